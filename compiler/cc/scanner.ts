/**
 * The C lexer's scanner: cuts preprocessed text into chevrotain tokens with a hand-written
 * loop over character codes. It matches exactly what the token patterns of lexer.ts
 * describe (the first pattern that matches wins, as in chevrotain's Lexer) — a test checks
 * the two agree — but makes no regex attempt per token and no intermediate objects: the
 * Lexer spent about 200 ns per token, a tenth of a whole compile.
 *
 * Identifiers may also hold extended characters and UCNs (see ../cpp/ucn.ts); a token's
 * image is then the characters themselves, so `\u00C0` and `À` are one name.
 */
import type { IToken, TokenType } from './chevrotain.js';
import { decodeUcns, isIdentifierExtended, ucnIdentifierError, ucnLength, ucnValue } from '../cpp/ucn.js';
import { constantText, scanIntegerRun, type IntegerRunToken, type RunTokenTypes } from './data-run.js';
import { TokenList } from './token-list.js';
import { NameTable } from './name-table.js';

/** The token types the scanner produces (defined, with their patterns, in lexer.ts). */
export interface ScannerTokens {
  identifier: TokenType;
  floatConst: TokenType;
  intConst: TokenType;
  charConst: TokenType;
  stringLit: TokenType;
  lineMarker: TokenType;
  /** A brace list's plain integer constants as one token (data-run.ts). */
  integerRun: TokenType;
  /** Keyword spelling → its token type (other names are identifiers). */
  keywords: ReadonlyMap<string, TokenType>;
  /** Punctuator image → its token type. */
  puncts: ReadonlyMap<string, TokenType>;
}

export interface ScanResult {
  tokens: TokenList;
  /** The `#...` lines (linemarkers, #pragma, #ident). */
  markers: IToken[];
  /** The first text no token matches: where, and what to say. */
  error: { offset: number; message: string } | null;
}

const TAB = 9, LF = 10, VT = 11, FF = 12, CR = 13, SPACE = 32;
const BANG = 33, DQUOTE = 34, HASH = 35, DOLLAR = 36, PERCENT = 37, AMP = 38, SQUOTE = 39;
const STAR = 42, PLUS = 43, MINUS = 45, DOT = 46, SLASH = 47, COLON = 58, LT = 60, EQ = 61, GT = 62;
const BACKSLASH = 92, CARET = 94, UNDERSCORE = 95, BAR = 124;
const UPPER_L = 76, UPPER_U = 85, LOWER_U = 117, DIGIT_8 = 56;

/** ASCII classes: 1 identifier start, 2 identifier continuation only (digits), 4 white space. */
const CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === UNDERSCORE || c === DOLLAR) CLASS[c] = 1;
  else if (c >= 48 && c <= 57) CLASS[c] = 2;
  else if (c === SPACE || c === TAB || c === LF || c === CR || c === FF || c === VT) CLASS[c] = 4;
}

/** Token slots made before the text says how many more it needs; and the most made at once. */
const FIRST_TOKEN_SLOTS = 1 << 16;
// (Capped: V8 makes a far larger empty array a slow dictionary.)
const MAX_TOKEN_SLOTS = 1 << 24;

class ScanFailure {
  constructor(readonly offset: number, readonly message: string) {}
}

/** `integerRuns`: make IntegerRun tokens of the lists data-run.ts describes. */
export function scan(src: string, types: ScannerTokens, integerRuns = false): ScanResult {
  return new Scanner(src, types, integerRuns).run();
}

/** A name's or a punctuator's token type, and the number of its spelling in the token list. */
interface Spelled {
  type: TokenType;
  spelling: number;
}

class Scanner {
  /**
   * Compact (token-list.ts: no object per token). Sized from the text (preprocessed C has
   * a token every 2.5 characters or so; a denser text just grows it), so its arrays are
   * not copied again and again as they grow. Sized from the text still to scan when the
   * first FIRST_TOKEN_SLOTS fill, not at the start: a data table that became one token
   * (data-run.ts) would otherwise leave megabytes of slots unused.
   */
  private readonly tokens: TokenList;
  private readonly markers: IToken[] = [];
  /** For each `{` still open, whether it opened an initializer list (see `brace`). */
  private readonly listBraces: boolean[] = [];
  private runTypes: RunTokenTypes | undefined;
  private readonly floatRe: RegExp;
  private readonly intRe: RegExp;
  /**
   * Every name seen so far (keywords first): tokens of one name share one spelling, a
   * string made once, so the parser's Map lookups by image find its hash already computed.
   */
  private readonly names = new NameTable<Spelled>();
  /** The same for plain integer constants (`0`, `1` and `8` recur everywhere). */
  private readonly numbers = new Map<string, number>();
  /** The same for punctuators (digraphs included), made as they are first met. */
  private readonly puncts = new Map<string, Spelled>();
  private readonly openBrace: TokenType;
  private readonly closeBrace: TokenType;

  constructor(
    private readonly src: string,
    private readonly types: ScannerTokens,
    private readonly integerRuns: boolean,
  ) {
    // Numbers are matched with the tokens' own patterns, anchored where the scan is.
    this.floatRe = new RegExp((types.floatConst.PATTERN as RegExp).source, 'y');
    this.intRe = new RegExp((types.intConst.PATTERN as RegExp).source, 'y');
    this.openBrace = types.puncts.get('{')!;
    this.closeBrace = types.puncts.get('}')!;
    this.tokens = new TokenList(Math.min(Math.ceil(src.length / 2), FIRST_TOKEN_SLOTS));
    for (const [image, type] of types.keywords) this.names.add(image, { type, spelling: this.tokens.spell(image) });
  }

  run(): ScanResult {
    let error: ScanResult['error'] = null;
    try {
      this.scanAll();
    } catch (e) {
      if (!(e instanceof ScanFailure)) throw e;
      error = { offset: e.offset, message: e.message };
    }
    return { tokens: this.tokens, markers: this.markers, error };
  }

  private add(type: TokenType, spelling: number, start: number): void {
    if (this.tokens.length === this.tokens.capacity) this.grow(start);
    this.tokens.add(type, spelling, start);
  }

  /** A token whose image occurs once (a literal). */
  private addSpelled(type: TokenType, image: string, start: number): void {
    this.add(type, this.tokens.spell(image), start);
  }

  /** The punctuator (or digraph) `image` at `start`; returns its type. */
  private addPunctuator(image: string, start: number): TokenType {
    let punct = this.puncts.get(image);
    if (punct === undefined) {
      const type = this.types.puncts.get(DIGRAPH_MEANING.get(image) ?? image)!;
      punct = { type, spelling: this.tokens.spell(image) };
      this.puncts.set(image, punct);
    }
    this.add(punct.type, punct.spelling, start);
    return punct.type;
  }

  private push(token: IToken): void {
    if (this.tokens.length === this.tokens.capacity) this.grow(token.startOffset);
    this.tokens.addToken(token);
  }

  /** Room for the tokens of the text from `at` on, at the usual density (see `tokens`). */
  private grow(at: number): void {
    const count = this.tokens.length;
    const wanted = count + Math.max(Math.ceil((this.src.length - at) / 2), FIRST_TOKEN_SLOTS);
    this.tokens.resize(Math.max(Math.min(wanted, MAX_TOKEN_SLOTS), count + FIRST_TOKEN_SLOTS));
  }

  private scanAll(): void {
    const src = this.src;
    const len = src.length;
    let p = 0;
    while (p < len) {
      const c = src.charCodeAt(p);
      const cls = c < 128 ? CLASS[c] : 0;
      if (cls === 4) {
        p++;
        while (p < len && src.charCodeAt(p) < 128 && CLASS[src.charCodeAt(p)] === 4) p++;
      } else if (cls === 1) {
        p = this.identifierOrLiteral(p, c);
      } else if (cls === 2 || c === DOT) {
        p = this.number(p);
      } else if (c === DQUOTE || c === SQUOTE) {
        const end = literalEnd(src, p);
        if (end < 0) throw this.stray(p);
        this.addSpelled(c === DQUOTE ? this.types.stringLit : this.types.charConst, src.slice(p, end), p);
        p = end;
      } else if (c === SLASH && src.charCodeAt(p + 1) === STAR && src.indexOf('*/', p + 2) >= 0) {
        p = src.indexOf('*/', p + 2) + 2;
      } else if (c === SLASH && src.charCodeAt(p + 1) === SLASH) {
        p = lineEnd(src, p);
      } else if (c === HASH) {
        const end = lineEnd(src, p);
        this.markers.push({ image: src.slice(p, end), startOffset: p, tokenTypeIdx: this.types.lineMarker.tokenTypeIdx!, tokenType: this.types.lineMarker } as IToken);
        p = end;
      } else if (c === BACKSLASH || c >= 128) {
        p = this.identifier(p);
      } else {
        const image = punctuatorAt(src, p);
        if (image === null) throw this.stray(p);
        const type = this.addPunctuator(image, p);
        p += image.length;
        if (this.integerRuns && (type === this.openBrace || type === this.closeBrace)) p = this.brace(type === this.openBrace, p);
      }
    }
  }

  /**
   * After a brace: which open braces are initializer lists — a `{` after `=`, or after `{`
   * or `,` inside a list (a block's `{` follows `)`, `;`, a name, another block's `{`...).
   * A list's constants become one token when they are a run (data-run.ts). Returns where
   * scanning goes on (at the `}` after a run).
   */
  private brace(open: boolean, p: number): number {
    const lists = this.listBraces;
    if (!open) {
      lists.pop();
      return p;
    }
    const before = this.tokens.length >= 2 ? this.tokens.typeAt(this.tokens.length - 2) : undefined;
    const inList = lists.length > 0 && lists[lists.length - 1];
    const isList = before === this.types.puncts.get('=') || (inList && (before === this.types.puncts.get(',') || before === this.types.puncts.get('{')));
    lists.push(isList);
    if (!isList) return p;
    this.runTypes ??= { intConst: this.types.intConst, minus: this.types.puncts.get('-')! };
    const found = scanIntegerRun(this.src, p, this.runTypes);
    if (found === undefined) return p;
    const { run } = found;
    const token: IntegerRunToken = {
      image: firstTokenImage(constantText(run, 0)), startOffset: run.starts[0],
      tokenTypeIdx: this.types.integerRun.tokenTypeIdx!, tokenType: this.types.integerRun, run,
    } as IntegerRunToken;
    this.push(token);
    return found.end;
  }

  private stray(p: number): ScanFailure {
    return new ScanFailure(p, `stray '${String.fromCodePoint(this.src.codePointAt(p)!)}' in program`);
  }

  /** A letter: an identifier, or the prefix of a character or string literal (L u U u8). */
  private identifierOrLiteral(p: number, c: number): number {
    const src = this.src;
    if (c === UPPER_L || c === LOWER_U || c === UPPER_U) {
      let q = p + 1;
      if (c === LOWER_U && src.charCodeAt(q) === DIGIT_8 && src.charCodeAt(q + 1) === DQUOTE) q++;
      const quote = src.charCodeAt(q);
      // `u8` prefixes strings only; a literal that does not end leaves the letters an identifier.
      if (quote === DQUOTE || (quote === SQUOTE && q === p + 1)) {
        const end = literalEnd(src, q);
        if (end >= 0) {
          this.addSpelled(quote === DQUOTE ? this.types.stringLit : this.types.charConst, src.slice(p, end), p);
          return end;
        }
      }
    }
    return this.identifier(p);
  }

  /** An identifier at `p` (its first character may also be extended or a UCN). */
  private identifier(p: number): number {
    const src = this.src;
    const start = p;
    let ucn = false;
    // The usual identifier is plain ASCII: run through it before the general loop below.
    if (src.charCodeAt(p) < 128 && CLASS[src.charCodeAt(p)] === 1) {
      p++;
      for (let c = src.charCodeAt(p); c < 128 && (CLASS[c] & 3) !== 0; c = src.charCodeAt(p)) p++;
    }
    for (;;) {
      const c = src.charCodeAt(p);
      if (c < 128) {
        if (CLASS[c] === 1 || (CLASS[c] === 2 && p > start)) {
          p++;
          continue;
        }
        if (c !== BACKSLASH) break;
        const n = ucnLength(src, p);
        if (n === 0) break;
        const error = ucnIdentifierError(src.slice(p, p + n), ucnValue(src, p, n), p === start);
        if (error !== null) throw new ScanFailure(start, error); // gcc points at the identifier
        ucn = true;
        p += n;
      } else {
        // NaN (the end) fails this test too.
        const cp = src.codePointAt(p)!;
        if (!(c >= 128) || !isIdentifierExtended(cp, p === start)) break;
        p += cp > 0xffff ? 2 : 1;
      }
    }
    if (p === start) throw this.stray(start);
    if (ucn) {
      this.addSpelled(this.types.identifier, decodeUcns(src.slice(start, p)), start);
      return p;
    }
    let name = this.names.get(src, start, p);
    if (name === undefined) {
      const image = src.slice(start, p);
      name = { type: this.types.identifier, spelling: this.tokens.spell(image) };
      this.names.add(image, name);
    }
    this.add(name.type, name.spelling, start);
    return p;
  }

  /** The integer constant src[p, end) without suffix: spelled once (tables repeat them). */
  private plainInteger(p: number, end: number): number {
    const image = this.src.slice(p, end);
    let spelling = this.numbers.get(image);
    if (spelling === undefined) this.numbers.set(image, (spelling = this.tokens.spell(image)));
    this.add(this.types.intConst, spelling, p);
    return end;
  }

  /** A digit or a dot: a floating constant, an integer constant, or `.`/`...`. */
  private number(p: number): number {
    const src = this.src;
    // Plain decimal digits followed by nothing that could continue a number (`.`, an
    // exponent, a radix or a suffix letter): what the patterns below would match too.
    let q = p;
    while (isDigit(src.charCodeAt(q))) q++;
    if (q > p && !continuesNumber(src.charCodeAt(q), NUMBER_CONTINUATION)) return this.plainInteger(p, q);
    // Likewise plain hexadecimal digits (data tables, `xxd -i` output).
    if (q === p + 1 && src.charCodeAt(p) === 48 && (src.charCodeAt(q) | 0x20) === 0x78) {
      let h = q + 1;
      while (isHexDigit(src.charCodeAt(h))) h++;
      if (h > q + 1 && !continuesNumber(src.charCodeAt(h), HEX_CONTINUATION) && !isSignedExponent(src, h)) return this.plainInteger(p, h);
    }
    this.floatRe.lastIndex = p;
    if (this.floatRe.test(src)) {
      const end = this.floatRe.lastIndex;
      this.addSpelled(this.types.floatConst, src.slice(p, end), p);
      return end;
    }
    this.intRe.lastIndex = p;
    if (this.intRe.test(src)) {
      const end = this.intRe.lastIndex;
      this.addSpelled(this.types.intConst, src.slice(p, end), p);
      return end;
    }
    const image = punctuatorAt(src, p)!;
    this.addPunctuator(image, p);
    return p + image.length;
  }
}

/** A run token stands where its first token would: the constant, or the `-` of `-1`. */
function firstTokenImage(constant: string): string {
  return constant.charCodeAt(0) === MINUS ? '-' : constant;
}

/** Whether src[h] is a sign after an `e`/`E`: there a preprocessing number goes on (`0xe+1`). */
function isSignedExponent(src: string, h: number): boolean {
  const c = src.charCodeAt(h);
  return (c === PLUS || c === MINUS) && (src.charCodeAt(h - 1) | 0x20) === 0x65;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isHexDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || ((c | 0x20) >= 97 && (c | 0x20) <= 102);
}

function charSet(chars: string): Uint8Array {
  const set = new Uint8Array(128);
  for (const ch of chars) set[ch.charCodeAt(0)] = 1;
  return set;
}

/** Characters after decimal digits that make a number pattern match more (`.`, e, x, b, u, l, i, j). */
const NUMBER_CONTINUATION = charSet('.eExXbBuUlLiIjJ');
/** The same after `0x` and hex digits: a hex float's `.`/p, or a suffix. */
const HEX_CONTINUATION = charSet('.pPuUlLiIjJ');

function continuesNumber(c: number, continuation: Uint8Array): boolean {
  return c < 128 && continuation[c] === 1; // NaN (the end) does not
}

function lineEnd(src: string, p: number): number {
  const nl = src.indexOf('\n', p);
  return nl < 0 ? src.length : nl;
}

/**
 * The end of the character or string literal whose quote is at `q`, or -1: it must close on
 * the same line, and a backslash escapes any character but a line terminator.
 */
function literalEnd(src: string, q: number): number {
  const quote = src.charCodeAt(q);
  for (let p = q + 1; p < src.length; ) {
    const c = src.charCodeAt(p);
    if (c === quote) return p + 1;
    if (c === LF) return -1;
    if (c === BACKSLASH) {
      const e = src.charCodeAt(p + 1);
      if (Number.isNaN(e) || e === LF || e === CR || e === 0x2028 || e === 0x2029) return -1;
      p += 2;
    } else p++;
  }
  return -1;
}

/**
 * The digraphs (C99 6.4.6p3) the preprocessor passes through in their own spelling, so that
 * `#` keeps it; here each becomes the token it stands for. (`%:` is `#`, which never reaches C.)
 */
const DIGRAPH_MEANING: ReadonlyMap<string, string> = new Map([['<:', '['], [':>', ']'], ['<%', '{'], ['%>', '}']]);

/** The punctuator at `p` (longest first), or null. The images are the token table's own strings or digraphs. */
function punctuatorAt(src: string, p: number): string | null {
  const c1 = src.charCodeAt(p + 1);
  const c2 = src.charCodeAt(p + 2);
  switch (src.charCodeAt(p)) {
    case DOT: return c1 === DOT && c2 === DOT ? '...' : '.';
    case LT: return c1 === LT ? (c2 === EQ ? '<<=' : '<<') : c1 === EQ ? '<=' : c1 === COLON ? '<:' : c1 === PERCENT ? '<%' : '<';
    case GT: return c1 === GT ? (c2 === EQ ? '>>=' : '>>') : c1 === EQ ? '>=' : '>';
    case MINUS: return c1 === GT ? '->' : c1 === MINUS ? '--' : c1 === EQ ? '-=' : '-';
    case PLUS: return c1 === PLUS ? '++' : c1 === EQ ? '+=' : '+';
    case AMP: return c1 === AMP ? '&&' : c1 === EQ ? '&=' : '&';
    case BAR: return c1 === BAR ? '||' : c1 === EQ ? '|=' : '|';
    case EQ: return c1 === EQ ? '==' : '=';
    case BANG: return c1 === EQ ? '!=' : '!';
    case STAR: return c1 === EQ ? '*=' : '*';
    case SLASH: return c1 === EQ ? '/=' : '/';
    case PERCENT: return c1 === EQ ? '%=' : c1 === GT ? '%>' : '%';
    case CARET: return c1 === EQ ? '^=' : '^';
    case 40: return '(';
    case 41: return ')';
    case 91: return '[';
    case 93: return ']';
    case 123: return '{';
    case 125: return '}';
    case 126: return '~';
    case 63: return '?';
    case COLON: return c1 === GT ? ':>' : ':';
    case 59: return ';';
    case 44: return ',';
    default: return null;
  }
}
