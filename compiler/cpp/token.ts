/**
 * Preprocessing tokens (C99 6.4) and the hide sets of Prosser's expansion algorithm.
 *
 * A file is lexed once into an array of immutable tokens; the expander copies a token
 * whenever it needs to change its flags or hide set, so cached file tokens stay valid
 * across #includes and across preprocess() calls.
 */

export enum TokenKind {
  Ident,
  Number, // a pp-number: 12, 0x1f, 1.5e+3, 1f (GNU as local label)
  Char, // 'a', L'a', u'a', U'a'
  String, // "a", L"a", u8"a", u"a", U"a"
  Punct,
  HeaderName, // <stdio.h> right after #include
  Other, // any other character: @ \ ` (and unterminated literals)
  Placemarker, // internal: an empty macro argument next to ## (C99 6.10.3.3)
  EOF,
}

/** First token of a logical line (only such a '#' starts a directive). */
export const TF_BOL = 1;
/** Whitespace (or a comment) came before the token. */
export const TF_SPACE = 2;
/** The token came out of a macro expansion: its column is no longer meaningful. */
export const TF_MACRO = 4;
/** A string or character literal without its closing quote (an error only if used). */
export const TF_UNTERMINATED = 8;
/** An identifier spelled with UCNs (`\u00C0`): its name is the characters they name. */
export const TF_UCN = 16;
/**
 * The first '/' of a `//` in strict C90, where it is not a comment: an error ("C++ style
 * comments are not allowed in ISO C90") only if the preprocessor outputs it.
 */
export const TF_CXX_COMMENT = 32;
/**
 * A comment saying the code falls through ("fallthrough", as -Wimplicit-fallthrough's level
 * reads them: fallthrough-comment.ts) came before the token: gcc's PREV_FALLTHROUGH.
 */
export const TF_FALLTHROUGH = 64;

/**
 * The set of macro names a token must not be expanded by. Immutable and shared: the
 * results of adding and uniting are memoised on the set, because an expansion gives every
 * token of its result the same new set and the same few combinations recur constantly.
 */
export class HideSet {
  private readonly added = new Map<string, HideSet>();
  private readonly united = new Map<HideSet, HideSet>();

  constructor(private readonly names: ReadonlySet<string>) {}

  has(name: string): boolean {
    return this.names.has(name);
  }

  add(name: string): HideSet {
    if (this.names.has(name)) return this;
    let r = this.added.get(name);
    if (r === undefined) {
      r = new HideSet(new Set([...this.names, name]));
      this.added.set(name, r);
    }
    return r;
  }

  union(other: HideSet): HideSet {
    if (other === this) return this;
    let r = this.united.get(other);
    if (r === undefined) {
      let names: Set<string> | null = null;
      for (const n of other.names) {
        if (this.names.has(n)) continue;
        if (names === null) names = new Set(this.names);
        names.add(n);
      }
      r = names === null ? this : new HideSet(names);
      this.united.set(other, r);
    }
    return r;
  }

  intersect(other: HideSet): HideSet | null {
    const names = new Set<string>();
    for (const n of this.names) if (other.names.has(n)) names.add(n);
    return names.size === this.names.size ? this : names.size ? new HideSet(names) : null;
  }
}

export class Token {
  constructor(
    public kind: TokenKind,
    public text: string,
    /** Physical line in its file (1-based). */
    public line: number,
    /** Physical column (1-based, a tab counts as one). */
    public col: number,
    public flags: number,
    public hideSet: HideSet | null = null,
  ) {}

  /** A copy that belongs to a macro expansion. */
  copyForMacro(flags: number, hideSet: HideSet | null, line: number, col: number): Token {
    return new Token(this.kind, this.text, line, col, flags | TF_MACRO, hideSet);
  }
}

/** '#' or its digraph '%:'. */
export function isHash(t: Token): boolean {
  return t.kind === TokenKind.Punct && (t.text === '#' || t.text === '%:');
}

/** '##' or its digraph '%:%:'. */
export function isPaste(t: Token): boolean {
  return t.kind === TokenKind.Punct && (t.text === '##' || t.text === '%:%:');
}

export function isPunct(t: Token, text: string): boolean {
  return t.kind === TokenKind.Punct && t.text === text;
}

const singletons = new Map<string, HideSet>();

/** hs ∪ {name}; the one-element sets are shared. */
export function hideSetAdd(hs: HideSet | null, name: string): HideSet {
  if (hs !== null) return hs.add(name);
  let s = singletons.get(name);
  if (s === undefined) {
    s = new HideSet(new Set([name]));
    singletons.set(name, s);
  }
  return s;
}

export function hideSetUnion(a: HideSet | null, b: HideSet | null): HideSet | null {
  if (a === null) return b;
  if (b === null) return a;
  return a.union(b);
}

export function hideSetIntersect(a: HideSet | null, b: HideSet | null): HideSet | null {
  if (a === null || b === null) return null;
  return a === b ? a : a.intersect(b);
}
