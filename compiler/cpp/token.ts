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

/** The set of macro names a token must not be expanded by (immutable, shared). */
export type HideSet = ReadonlySet<string>;

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

/** hs ∪ {name}; the common one-element sets are shared. */
export function hideSetAdd(hs: HideSet | null, name: string): HideSet {
  if (hs === null) {
    let s = singletons.get(name);
    if (!s) {
      s = new Set([name]);
      singletons.set(name, s);
    }
    return s;
  }
  if (hs.has(name)) return hs;
  const s = new Set(hs);
  s.add(name);
  return s;
}

export function hideSetUnion(a: HideSet | null, b: HideSet | null): HideSet | null {
  if (a === null || a === b) return b;
  if (b === null) return a;
  if (a.size < b.size) [a, b] = [b, a];
  let out: Set<string> | null = null;
  for (const name of b) {
    if (a.has(name)) continue;
    if (!out) out = new Set(a);
    out.add(name);
  }
  return out ?? a;
}

export function hideSetIntersect(a: HideSet | null, b: HideSet | null): HideSet | null {
  if (a === null || b === null) return null;
  if (a === b) return a;
  const out = new Set<string>();
  for (const name of a) if (b.has(name)) out.add(name);
  return out.size ? out : null;
}
