/**
 * The preprocessor's lexer: translation phases 1-3 (C99 5.1.1.2) over one source string.
 *
 * - Line splicing: backslash-newline pairs are removed first (only when the file has any),
 *   remembering where each one was so tokens still get their physical line and column.
 * - Comments become whitespace (a TF_SPACE flag on the next token); a comment spanning
 *   lines does not start a new logical line.
 * - The text is cut into pp-tokens with a hand-written scanner (charCodeAt, no regex per
 *   character): the whole kernel build lexes every header once, so this loop is hot.
 *
 * The dialect's lexical rules (standard.ts: LexRules) decide the rest: trigraphs are
 * replaced before splicing in strict ISO modes, and strict C90 has no `//` comments, no
 * `p+` in pp-numbers, no Unicode literal prefixes and (before C94) no digraphs.
 *
 * Assembly mode (.S files) follows gcc's -x assembler-with-cpp: '$' is not an identifier
 * character (so `$__NR_foo` expands), an unmatched quote is an ordinary character
 * ("it's" in a comment), and '#' comments are dropped: a '#' starting a line that is not
 * a directive, and a '#' in the middle of a line outside directives.
 */
import { CompileError } from '../diagnostics.js';
import { Token, TokenKind, TF_BOL, TF_CXX_COMMENT, TF_FALLTHROUGH, TF_SPACE, TF_UCN, TF_UNTERMINATED } from './token.js';
import { isFallthroughComment } from './fallthrough-comment.js';
import { decodeUcns, ucnLength } from './ucn.js';
import type { LexRules } from './standard.js';
import { replaceTrigraphs } from './trigraphs.js';

/** Directive names: in assembly mode a '#' line starting with anything else is a comment. */
const DIRECTIVE_NAMES = new Set([
  'define', 'undef', 'include', 'include_next', 'import', 'if', 'ifdef', 'ifndef', 'elif',
  'else', 'endif', 'line', 'error', 'warning', 'pragma', 'ident', 'sccs', 'assert', 'unassert',
]);

// Character codes used by the scanner.
const TAB = 9, LF = 10, VT = 11, FF = 12, CR = 13, SPACE = 32;
const BANG = 33, DQUOTE = 34, HASH = 35, DOLLAR = 36, PERCENT = 37, AMP = 38, SQUOTE = 39;
const STAR = 42, PLUS = 43, MINUS = 45, DOT = 46, SLASH = 47, COLON = 58;
const LT = 60, EQ = 61, GT = 62, BACKSLASH = 92, CARET = 94, UNDERSCORE = 95, BAR = 124;

/** Character classes, indexed by char code < 128. */
const IDENT_START = new Uint8Array(128);
const IDENT_CONT = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const alpha = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === UNDERSCORE;
  IDENT_START[c] = alpha ? 1 : 0;
  IDENT_CONT[c] = alpha || (c >= 48 && c <= 57) ? 1 : 0;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Result of phase 2: the spliced text and where each removed backslash-newline was. */
interface SplicedText {
  text: string;
  /** Offsets in `text` where a new physical line begins because of a splice (ascending). */
  splices: number[];
}

/** Phases 1-2: normalise CR LF and remove backslash-newline (gcc also allows spaces between). */
function splice(src: string): SplicedText {
  if (src.indexOf('\r') >= 0) src = src.replace(/\r\n?/g, '\n');
  if (src.indexOf('\\') < 0) return { text: src, splices: [] };
  const parts: string[] = [];
  const splices: number[] = [];
  let from = 0;
  let outLen = 0;
  for (let i = src.indexOf('\\'); i >= 0; i = src.indexOf('\\', i + 1)) {
    let j = i + 1;
    while (j < src.length && (src.charCodeAt(j) === SPACE || src.charCodeAt(j) === TAB)) j++;
    if (j >= src.length || src.charCodeAt(j) !== LF) continue;
    parts.push(src.slice(from, i));
    outLen += i - from;
    splices.push(outLen);
    from = j + 1;
    i = j;
  }
  if (splices.length === 0) return { text: src, splices };
  parts.push(src.slice(from));
  return { text: parts.join(''), splices };
}

/**
 * A lexed file: its tokens in parallel typed arrays over the spliced text. A kernel build
 * keeps every header's tokens cached; millions of small long-lived objects would make
 * the garbage collector the slowest part of the preprocessor, so Token objects are only
 * made (short-lived) as the preprocessor reads them.
 */
export class TokenTable {
  count = 0;
  kind: Uint8Array;
  flags: Uint8Array;
  line: Int32Array;
  col: Int32Array;
  start: Int32Array;
  end: Int32Array;
  /**
   * The comments gcc's -Wcomment warns of ("/*" inside a /* comment, a // comment continued
   * by a backslash), kept with the tokens: a header is lexed once per process, and whether
   * to warn is each compile's choice (Preprocessor.pushFrame).
   */
  readonly suspiciousComments: { line: number; col: number; message: string }[] = [];

  /** @param src the text after line splicing (token offsets point into it) */
  constructor(readonly src: string) {
    // Dense C averages about 3 characters per token, typical code more: rarely grows.
    const n = ((src.length / 3) | 0) + 64;
    this.kind = new Uint8Array(n);
    this.flags = new Uint8Array(n);
    this.line = new Int32Array(n);
    this.col = new Int32Array(n);
    this.start = new Int32Array(n);
    this.end = new Int32Array(n);
  }

  add(kind: TokenKind, flags: number, line: number, col: number, start: number, end: number): void {
    if (this.count === this.kind.length) this.grow();
    const i = this.count++;
    this.kind[i] = kind;
    this.flags[i] = flags;
    this.line[i] = line;
    this.col[i] = col;
    this.start[i] = start;
    this.end[i] = end;
  }

  private grow(): void {
    const n = this.kind.length * 2;
    const copy = <T extends Uint8Array | Int32Array>(a: T, b: T): T => (b.set(a), b);
    this.kind = copy(this.kind, new Uint8Array(n));
    this.flags = copy(this.flags, new Uint8Array(n));
    this.line = copy(this.line, new Int32Array(n));
    this.col = copy(this.col, new Int32Array(n));
    this.start = copy(this.start, new Int32Array(n));
    this.end = copy(this.end, new Int32Array(n));
  }

  text(i: number): string {
    const s = this.src.slice(this.start[i], this.end[i]);
    return this.flags[i] & TF_UCN ? decodeUcns(s) : s;
  }

  /** Does token i spell `text`? (No string is made.) */
  is(i: number, text: string): boolean {
    const s = this.start[i];
    return this.end[i] - s === text.length && this.src.startsWith(text, s);
  }

  isHash(i: number): boolean {
    return this.kind[i] === TokenKind.Punct && (this.is(i, '#') || this.is(i, '%:'));
  }

  token(i: number): Token {
    return new Token(this.kind[i], this.text(i), this.line[i], this.col[i], this.flags[i]);
  }
}

class Lexer {
  private readonly src: string;
  private readonly splices: number[];
  private spliceIdx = 0;
  private pos = 0;
  private line = 1;
  private lineStart = 0; // offset in src of the current physical line
  private bol = true;
  private space = false;
  private directiveLine = false; // inside a # directive (assembly, and C90's '//')
  /** A fallthrough comment came since the last token: the next one gets TF_FALLTHROUGH. */
  private fallthrough = false;
  private readonly assembly: boolean;
  readonly table: TokenTable;

  constructor(
    source: string,
    private readonly fileName: string,
    private readonly rules: LexRules,
  ) {
    this.assembly = rules.assembly;
    // Trigraphs go first (translation phase 1), so `??/` + newline is a line splice.
    const s = splice(rules.trigraphs ? replaceTrigraphs(source) : source);
    this.src = s.text;
    this.splices = s.splices;
    this.table = new TokenTable(s.text);
  }

  run(): TokenTable {
    const src = this.src;
    const len = src.length;
    while (this.pos < len) {
      const c = src.charCodeAt(this.pos);
      if (c === SPACE || c === TAB || c === FF || c === VT || c === CR) {
        this.pos++;
        this.space = true;
      } else if (c === LF) {
        this.newline();
      } else if (c === SLASH && src.charCodeAt(this.pos + 1) === STAR) {
        this.blockComment();
      } else if (c === SLASH && src.charCodeAt(this.pos + 1) === SLASH && this.rules.lineComments) {
        this.lineComment();
      } else if (c === HASH && this.assembly && this.isAssemblerComment()) {
        this.skipToEol();
      } else {
        this.token(c);
      }
    }
    this.syncLine(this.pos);
    this.table.add(TokenKind.EOF, TF_BOL | TF_SPACE, this.line, this.pos - this.lineStart + 1, this.pos, this.pos);
    return this.table;
  }

  private newline(): void {
    this.pos++;
    this.line++;
    this.lineStart = this.pos;
    this.bol = true;
    this.space = false;
    this.directiveLine = false;
  }

  private skipToEol(): void {
    const nl = this.src.indexOf('\n', this.pos);
    this.pos = nl < 0 ? this.src.length : nl;
    this.space = true;
  }

  private lineComment(): void {
    const start = this.pos;
    this.skipToEol();
    this.noteFallthrough(start + 2, this.pos);
    // A backslash-newline went inside: the next line is comment too.
    for (let k = this.spliceIdx; k < this.splices.length && this.splices[k] <= this.pos; k++) {
      if (this.splices[k] > start) {
        this.noteComment(start, 'multi-line comment');
        break;
      }
    }
  }

  private blockComment(): void {
    const start = this.pos;
    const end = this.src.indexOf('*/', start + 2);
    if (end < 0) {
      this.syncLine(start);
      throw new CompileError('unterminated comment', this.loc(start));
    }
    // gcc skips the character after the opening, and "/*/" is no nested opening.
    for (let i = this.src.indexOf('/*', start + 3); i >= 0 && i < end; i = this.src.indexOf('/*', i + 2)) {
      if (this.src.charCodeAt(i + 2) !== SLASH) this.noteComment(i, '"/*" within comment');
    }
    for (let nl = this.src.indexOf('\n', start); nl >= 0 && nl < end; nl = this.src.indexOf('\n', nl + 1)) {
      this.line++;
      this.lineStart = nl + 1;
    }
    this.noteFallthrough(start + 2, end);
    this.pos = end + 2;
    this.space = true;
  }

  /** A comment's text is src[from, to): does it say the code falls through? */
  private noteFallthrough(from: number, to: number): void {
    const level = this.rules.fallthroughLevel;
    if (level > 0 && isFallthroughComment(this.src, from, to, level)) this.fallthrough = true;
  }

  /** A -Wcomment place at `pos`, at or after the current line (comments are rare enough to count lines again). */
  private noteComment(pos: number, message: string): void {
    let line = this.line;
    let lineStart = this.lineStart;
    for (let nl = this.src.indexOf('\n', lineStart); nl >= 0 && nl < pos; nl = this.src.indexOf('\n', nl + 1)) {
      line++;
      lineStart = nl + 1;
    }
    // Backslash-newlines before pos end physical lines too.
    for (let k = this.spliceIdx; k < this.splices.length && this.splices[k] <= pos; k++) {
      line++;
      if (this.splices[k] > lineStart) lineStart = this.splices[k];
    }
    this.table.suspiciousComments.push({ line, col: pos - lineStart + 1, message });
  }

  /** Assembly mode: is the '#' at pos the start of a GNU as comment rather than a directive? */
  private isAssemblerComment(): boolean {
    if (!this.bol) return !this.directiveLine;
    const src = this.src;
    let p = this.pos + 1;
    while (src.charCodeAt(p) === SPACE || src.charCodeAt(p) === TAB) p++;
    const c = src.charCodeAt(p);
    if (p >= src.length || c === LF || isDigit(c)) return false; // null directive, linemarker
    let q = p;
    while (q < src.length && src.charCodeAt(q) < 128 && IDENT_CONT[src.charCodeAt(q)]) q++;
    return !DIRECTIVE_NAMES.has(src.slice(p, q));
  }

  /** Catches line/lineStart up with the splices before `pos`. */
  private syncLine(pos: number): void {
    const sp = this.splices;
    while (this.spliceIdx < sp.length && sp[this.spliceIdx] <= pos) {
      this.line++;
      if (sp[this.spliceIdx] > this.lineStart) this.lineStart = sp[this.spliceIdx];
      this.spliceIdx++;
    }
  }

  private loc(pos: number): { file: string; line: number; col: number } {
    return { file: this.fileName, line: this.line, col: pos - this.lineStart + 1 };
  }

  private push(kind: TokenKind, start: number, end: number, extraFlags = 0): void {
    let flags = (this.bol ? TF_BOL | TF_SPACE : 0) | (this.space ? TF_SPACE : 0) | extraFlags;
    if (this.fallthrough) {
      flags |= TF_FALLTHROUGH;
      this.fallthrough = false;
    }
    this.table.add(kind, flags, this.line, start - this.lineStart + 1, start, end);
    if (this.bol && this.src.charCodeAt(start) === HASH) this.directiveLine = true;
    this.bol = false;
    this.space = false;
    this.pos = end;
  }

  private token(c: number): void {
    const start = this.pos;
    if (this.splices.length) this.syncLine(start);
    const src = this.src;
    if (c < 128 ? IDENT_START[c] : true) {
      this.identifier(start);
    } else if (c === DOLLAR && !this.assembly) {
      this.identifier(start);
    } else if (c === BACKSLASH && !this.assembly && ucnLength(src, start) > 0) {
      this.identifier(start);
    } else if (isDigit(c) || (c === DOT && isDigit(src.charCodeAt(start + 1)))) {
      this.push(TokenKind.Number, start, this.ppNumberEnd(start + 1));
    } else if (c === DQUOTE || c === SQUOTE) {
      this.literal(start, start);
    } else if (c === LT && this.afterIncludeName()) {
      const end = src.indexOf('>', start);
      const nl = src.indexOf('\n', start);
      if (end >= 0 && (nl < 0 || end < nl)) this.push(TokenKind.HeaderName, start, end + 1);
      else this.punctuator(start);
    } else {
      this.punctuator(start);
    }
  }

  private identifier(start: number): void {
    const src = this.src;
    const cMode = !this.assembly; // '$' and UCNs are identifier characters in C only
    // C identifiers may also be spelled with UCNs (`\u00C0`); extended characters (≥ 128)
    // are taken as they come, the C lexer checks them.
    const first = cMode ? ucnLength(src, start) : 0;
    let ucn = first > 0 ? TF_UCN : 0;
    let p = start + (first || 1);
    for (;;) {
      const c = src.charCodeAt(p);
      let n: number;
      if (c < 128 ? IDENT_CONT[c] === 1 || (c === DOLLAR && cMode) : p < src.length) p++;
      else if (c === BACKSLASH && cMode && (n = ucnLength(src, p)) > 0) {
        p += n;
        ucn = TF_UCN;
      } else break;
    }
    const q = src.charCodeAt(p);
    if ((q === DQUOTE || q === SQUOTE) && p - start <= 2 && this.isLiteralPrefix(src.slice(start, p), q)) {
      this.literal(start, p);
      return;
    }
    this.push(TokenKind.Ident, start, p, ucn);
  }

  /** Does `prefix` (`L`, `u`, `U`, `u8`) make the quote that follows a wide or Unicode literal? */
  private isLiteralPrefix(prefix: string, quote: number): boolean {
    if (prefix === 'L') return true;
    if (!this.rules.unicodeLiterals) return false;
    if (prefix === 'u8') return quote === DQUOTE || this.rules.utf8CharLiterals;
    return prefix === 'u' || prefix === 'U';
  }

  /**
   * A pp-number continues with identifier characters, dots and exponent signs (e+ E-, and
   * from C99 on p+ P-: in C90 `0x1p-1` is the three pp-tokens `0x1p` `-` `1`).
   * In C those include extended characters, as in identifiers (`8µ`, which `b ## 8µ` pastes).
   */
  private ppNumberEnd(p: number): number {
    const src = this.src;
    for (;;) {
      const c = src.charCodeAt(p);
      const exponent = c === 101 || c === 69 || ((c === 112 || c === 80) && this.rules.binaryExponents);
      if (exponent && (src.charCodeAt(p + 1) === PLUS || src.charCodeAt(p + 1) === MINUS)) p += 2;
      else if ((c < 128 && IDENT_CONT[c]) || c === DOT) p++;
      else if (c >= 128 && p < src.length && !this.assembly) p++;
      else return p;
    }
  }

  /** A string or character literal; `quotePos` is the opening quote (after any prefix). */
  private literal(start: number, quotePos: number): void {
    const src = this.src;
    const quote = src.charCodeAt(quotePos);
    let p = quotePos + 1;
    for (;;) {
      const c = src.charCodeAt(p);
      if (c === quote) {
        this.push(quote === DQUOTE ? TokenKind.String : TokenKind.Char, start, p + 1);
        return;
      }
      if (c === LF || p >= src.length) break;
      p += c === BACKSLASH && src.charCodeAt(p + 1) !== LF ? 2 : 1;
    }
    if (this.assembly) {
      // GNU as text: a lone quote is just a character ("it's", 'a' as a char operand).
      if (quotePos > start) this.push(TokenKind.Ident, start, quotePos);
      else this.push(TokenKind.Other, start, start + 1);
      return;
    }
    // An error only if the preprocessor ever outputs it (it may be in a skipped group).
    this.push(TokenKind.Other, start, p, TF_UNTERMINATED);
  }

  /** True after `# include`, `# include_next` or `# import` at the start of a line. */
  private afterIncludeName(): boolean {
    const t = this.table;
    const name = t.count - 1;
    const hash = t.count - 2;
    return (
      hash >= 0 &&
      t.kind[name] === TokenKind.Ident &&
      (t.is(name, 'include') || t.is(name, 'include_next') || t.is(name, 'import')) &&
      (t.flags[hash] & TF_BOL) !== 0 &&
      t.isHash(hash)
    );
  }

  private punctuator(start: number): void {
    const src = this.src;
    const c = src.charCodeAt(start);
    const c1 = src.charCodeAt(start + 1);
    const c2 = src.charCodeAt(start + 2);
    let len = 1;
    switch (c) {
      case DOT:
        if (c1 === DOT && c2 === DOT) len = 3;
        break;
      case LT:
        if (c1 === LT) len = c2 === EQ ? 3 : 2;
        else if (c1 === EQ || ((c1 === COLON || c1 === PERCENT) && this.rules.digraphs)) len = 2;
        break;
      case GT:
        if (c1 === GT) len = c2 === EQ ? 3 : 2;
        else if (c1 === EQ) len = 2;
        break;
      case MINUS:
        if (c1 === GT || c1 === MINUS || c1 === EQ) len = 2;
        break;
      case PLUS:
        if (c1 === PLUS || c1 === EQ) len = 2;
        break;
      case AMP:
        if (c1 === AMP || c1 === EQ) len = 2;
        break;
      case BAR:
        if (c1 === BAR || c1 === EQ) len = 2;
        break;
      case HASH:
        if (c1 === HASH) len = 2;
        break;
      case PERCENT:
        if (c1 === COLON && this.rules.digraphs) len = c2 === PERCENT && src.charCodeAt(start + 3) === COLON ? 4 : 2;
        else if (c1 === EQ || (c1 === GT && this.rules.digraphs)) len = 2;
        break;
      case COLON:
        if (c1 === GT && this.rules.digraphs) len = 2;
        break;
      case SLASH:
        if (c1 === EQ) len = 2;
        else if (c1 === SLASH && src.charCodeAt(start + 2) !== STAR && !this.directiveLine) {
          // Strict C90 (lineComments off): `//` is two '/' tokens, which is what gcc makes
          // of it in a directive, in a skipped group and before '*' (`a //* c */ b` is
          // `a / b`); anywhere else it is an error, if the preprocessor reaches it.
          this.push(TokenKind.Punct, start, start + 1, TF_CXX_COMMENT);
          return;
        }
        break;
      case STAR: case EQ: case BANG: case CARET:
        if (c1 === EQ) len = 2;
        break;
      case 40: case 41: case 44: case 59: case 63: case 91: case 93: case 123: case 125: case 126:
        break; // ( ) , ; ? [ ] { } ~
      default:
        this.push(TokenKind.Other, start, start + 1);
        return;
    }
    this.push(TokenKind.Punct, start, start + len);
  }
}

/** Lexes a whole file into pp-tokens, ending with an EOF token. */
export function lexFile(source: string, fileName: string, rules: LexRules): TokenTable {
  return new Lexer(source, fileName, rules).run();
}

/** Lexes a short text (a ## result, -D lines) into Token objects, ending with EOF. */
export function tokenize(source: string, fileName: string, rules: LexRules): Token[] {
  const table = lexFile(source, fileName, rules);
  const out: Token[] = [];
  for (let i = 0; i < table.count; i++) out.push(table.token(i));
  return out;
}
