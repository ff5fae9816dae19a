/**
 * The text `gcc -E` would print: tokens with linemarkers.
 *
 * Mirrors gcc's c-ppoutput.c: every source line whose first token is read outside a macro
 * call starts a new output line, and so does an unexpanded token from a later line (after
 * a multi-line macro call or comment; not in assembly, where a line is a statement).
 * Gaps of up to 7 lines are printed as empty lines and longer ones as a `# LINE "FILE"`
 * marker; entering and leaving an #include print markers with flags 1 and 2.
 *
 * A line's first token is indented to its original column, and later tokens keep their
 * column when nothing before them grew. Between tokens a space is printed where the
 * source had whitespace, or where the two spellings would otherwise lex as different
 * tokens (`+` `+`, `x` `1`).
 *
 * Where something before a token grew (a macro's expansion is longer than its call, or
 * shorter), the token's column in the text is not its column in the source: columnFixes
 * records the difference from there on, so that the compiler's messages give the source
 * column, as gcc's do.
 */
import { Token, TokenKind, TF_BOL, TF_FALLTHROUGH, TF_MACRO, TF_SPACE } from './token.js';
import type { TokenTable } from './lexer.js';

/** Every punctuator and every prefix of one: if a+b[0] is in here, a and b would paste. */
const PASTE_PREFIXES = new Set<string>();
for (const p of [
  '...', '<<=', '>>=', '->', '++', '--', '<<', '>>', '<=', '>=', '==', '!=', '&&', '||', '*=', '/=',
  '%=', '+=', '-=', '&=', '^=', '|=', '##', '<:', ':>', '<%', '%>', '%:%:', '/*', '//',
]) {
  for (let n = 2; n <= p.length; n++) PASTE_PREFIXES.add(p.slice(0, n));
}

/** Would printing `a` immediately followed by `b` lex differently? */
export function wouldPaste(a: Token, b: Token): boolean {
  const ak = a.kind;
  const bk = b.kind;
  if (ak === TokenKind.Ident || ak === TokenKind.Number) {
    if (bk === TokenKind.Ident || bk === TokenKind.Number) return true;
    if (ak === TokenKind.Ident) return bk === TokenKind.String || bk === TokenKind.Char; // L "x"
    if (bk !== TokenKind.Punct) return false;
    const c = b.text[0];
    if (c === '.') return true;
    const last = a.text[a.text.length - 1];
    return (c === '+' || c === '-') && 'eEpP'.includes(last);
  }
  if (ak === TokenKind.Punct) {
    if (bk === TokenKind.Punct) return PASTE_PREFIXES.has(a.text + b.text[0]);
    if (bk === TokenKind.Number) return a.text === '.' && b.text[0] >= '0' && b.text[0] <= '9';
  }
  return false;
}

/** Escapes a file name for a linemarker or __FILE__ the way gcc does. */
export function quoteFileName(name: string): string {
  return '"' + name.replace(/[\\"]/g, '\\$&') + '"';
}

/**
 * A growing UTF-16 buffer: copying characters into it and decoding once at the end is
 * much cheaper than collecting a million small strings and joining them.
 */
class TextBuffer {
  private buf = new Uint16Array(1 << 16);
  private len = 0;

  reserve(n: number): void {
    if (this.len + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.len + n) size *= 2;
    const b = new Uint16Array(size);
    b.set(this.buf.subarray(0, this.len));
    this.buf = b;
  }

  /** Copies s[from, to). */
  pushRange(s: string, from: number, to: number): void {
    this.reserve(to - from);
    const buf = this.buf;
    let len = this.len;
    for (let k = from; k < to; k++) buf[len++] = s.charCodeAt(k);
    this.len = len;
  }

  push(s: string): void {
    const n = s.length;
    this.reserve(n);
    const buf = this.buf;
    let len = this.len;
    for (let k = 0; k < n; k++) buf[len++] = s.charCodeAt(k);
    this.len = len;
  }

  repeat(code: number, n: number): void {
    this.reserve(n);
    if (n === 1) {
      this.buf[this.len++] = code;
      return;
    }
    this.buf.fill(code, this.len, this.len + n);
    this.len += n;
  }

  get length(): number {
    return this.len;
  }

  toString(): string {
    // Buffer keeps lone surrogates (raw source bytes, see source-text.ts); TextDecoder would not.
    return Buffer.from(this.buf.buffer, 0, this.len * 2).toString('utf16le');
  }
}

export class OutputWriter {
  private readonly chunks = new TextBuffer();
  private file = '';
  /** The current file is a system header: its markers say so (flags 3 4, as gcc's), and the compiler gives no warnings in it. */
  private system = false;
  /** The source line the output is currently on. */
  private srcLine = 1;
  /** Something (maybe just indentation) is on the current output line. */
  private printed = false;
  /** Length of the current output line. */
  private col = 0;
  /** The last token on the current line, for the paste check (see prevToken). */
  private prev: Token | null = null;
  /** When the last token was printed straight from a file's token table: where. */
  private prevTable: TokenTable | null = null;
  private prevIndex = 0;
  /** Offsets in the text of the tokens printed with TF_FALLTHROUGH (the C compiler reads them). */
  readonly fallthroughTokens: number[] = [];
  /**
   * Pairs (offset, delta): from the token at `offset` in the text on, to the end of its
   * line or the next pair, a column in the text is `delta` less than in the source.
   */
  readonly columnFixes: number[] = [];
  /**
   * Triples (start, end, column): the text from start to end came from one macro expansion,
   * and every token in it is at the macro name's column in the source (a message about one
   * points at the call, not at a column the expansion pushed past the line's end).
   */
  readonly expansionColumns: number[] = [];
  /** The current line's delta (see columnFixes). */
  private delta = 0;

  /**
   * @param keepLines assembly text: a logical line is a statement, so only a new logical
   *   line may start a new output line (gcc does the same for -x assembler-with-cpp).
   */
  constructor(private readonly keepLines = false) {}

  /** The first marker, `# 1 "main.c"`; the output is usually about as long as the file. */
  startFile(name: string, length: number): void {
    this.chunks.reserve(length + (length >> 2));
    this.marker(1, name, '');
  }

  enterFile(name: string, system: boolean): void {
    this.system = system;
    this.marker(1, name, ' 1');
  }

  leaveFile(name: string, line: number, system: boolean): void {
    this.system = system;
    this.marker(line, name, ' 2');
  }

  /** After #line: a plain marker. */
  setLine(line: number, name: string): void {
    this.marker(line, name, '');
  }

  private marker(line: number, name: string, flags: string): void {
    if (this.printed) this.chunks.push('\n');
    this.chunks.push(`# ${line} ${quoteFileName(name)}${flags}${this.systemFlags()}\n`);
    this.file = name;
    this.srcLine = line;
    this.printed = false;
    this.col = 0;
    this.delta = 0;
    this.prev = null;
    this.prevTable = null;
  }

  private systemFlags(): string {
    return this.system ? ' 3 4' : '';
  }

  /** Ends the current line and moves the output to source line `line`. */
  private moveTo(line: number): void {
    if (this.printed) {
      this.chunks.push('\n');
      this.srcLine++;
      this.printed = false;
    }
    this.col = 0;
    this.delta = 0;
    this.prev = null;
    this.prevTable = null;
    if (line >= this.srcLine && line < this.srcLine + 8) {
      if (line > this.srcLine) this.chunks.repeat(10, line - this.srcLine);
      this.srcLine = line;
    } else {
      this.chunks.push(`# ${line} ${quoteFileName(this.file)}${this.systemFlags()}\n`);
      this.srcLine = line;
    }
  }

  /** A new source line starts with a token at column `col` (gcc's cb_line_change). */
  lineChange(line: number, col: number): void {
    this.moveTo(line);
    this.printed = true;
    if (col > 1) this.pad(col - 1);
  }

  private pad(n: number): void {
    this.chunks.repeat(32, n);
    this.col += n;
  }

  /**
   * Prints a token; `line` is its presumed line. Like gcc, an unexpanded token from a
   * later line than the output's (after a multi-line macro call or comment) moves the
   * output to its line and column, so the C compiler's messages point at the source.
   */
  token(t: Token, line: number): void {
    const flags = t.flags;
    const prev = this.prev;
    if (flags & TF_MACRO || !this.sourceLine(flags, line, t.col)) this.space(t, line);
    // An expansion's tokens carry the column of the macro's name in the call: the first one
    // is placed there, the others follow it (as gcc places a message about a macro from a
    // system header, NULL or EOF, at the call).
    const expansionStart = prev === null || !(prev.flags & TF_MACRO) || prev.col !== t.col || prev.line !== t.line;
    if (!(flags & TF_MACRO) || (expansionStart && line === this.srcLine)) this.noteColumn(t.col);
    if (flags & TF_FALLTHROUGH) this.fallthroughTokens.push(this.chunks.length);
    const start = this.chunks.length;
    this.chunks.push(t.text);
    this.col += t.text.length;
    if (flags & TF_MACRO) this.noteExpansion(start, expansionStart, t.col);
    this.prev = t;
    this.prevTable = null;
    this.printed = true;
  }

  /**
   * Prints token i of a file straight from its table, without making a Token: the path of
   * every token that is not a macro name, so it is kept short.
   */
  tableToken(table: TokenTable, i: number, line: number): void {
    const flags = table.flags[i];
    const col = table.col[i];
    if (!this.sourceLine(flags, line, col)) {
      const adjacent = this.prevTable === table && this.prevIndex === i - 1;
      if (flags & TF_SPACE) {
        if (line === this.srcLine && col - 1 > this.col) this.pad(col - 1 - this.col);
        else if (this.prev !== null || this.prevTable !== null) this.pad(1);
      } else if (!adjacent && this.prevToken() !== null && wouldPaste(this.prevToken()!, table.token(i))) {
        // (tokens adjacent in the source were lexed apart, so they cannot paste)
        this.pad(1);
      }
    }
    const start = table.start[i];
    const end = table.end[i];
    this.noteColumn(col);
    if (flags & TF_FALLTHROUGH) this.fallthroughTokens.push(this.chunks.length);
    this.chunks.pushRange(table.src, start, end);
    this.col += end - start;
    this.prev = null;
    this.prevTable = table;
    this.prevIndex = i;
    this.printed = true;
  }

  /** A token of an expansion was printed at `start`: it starts a run of expansionColumns, or extends the last. */
  private noteExpansion(start: number, expansionStart: boolean, col: number): void {
    const runs = this.expansionColumns;
    if (expansionStart) runs.push(start, this.chunks.length, col);
    else runs[runs.length - 2] = this.chunks.length;
  }

  /** A source token with source column `col` is printed next: records a change of delta. */
  private noteColumn(col: number): void {
    const delta = col - 1 - this.col;
    if (delta === this.delta) return;
    this.delta = delta;
    this.columnFixes.push(this.chunks.length, delta);
  }

  private prevToken(): Token | null {
    if (this.prev === null && this.prevTable !== null) this.prev = this.prevTable.token(this.prevIndex);
    return this.prev;
  }

  /**
   * An unexpanded token (or the name of a macro about to expand) at `line`:`col`.
   * Returns true if it starts a new output line.
   */
  sourceLine(flags: number, line: number, col: number): boolean {
    if (!(flags & TF_BOL) && (line <= this.srcLine || this.keepLines)) return false;
    this.lineChange(line, col);
    return true;
  }

  /** The whitespace to print before `t` on the current line. */
  private space(t: Token, line: number): void {
    const flags = t.flags;
    const prev = this.prevToken();
    if (prev !== null) {
      if (flags & TF_SPACE) {
        // An unexpanded token keeps its column if nothing before it grew.
        if (!(flags & TF_MACRO) && line === this.srcLine && t.col - 1 > this.col) this.pad(t.col - 1 - this.col);
        else this.pad(1);
      } else if (wouldPaste(prev, t)) {
        this.pad(1);
      }
    }
  }

  /** A whole-line directive kept in the output (#pragma, #ident) at source line `line`. */
  directiveLine(text: string, line: number): void {
    this.moveTo(line);
    this.chunks.push(text);
    this.printed = true;
    this.col += text.length;
  }

  /** The _Pragma operator: the pragma goes on a line of its own, then output resumes at `line`. */
  pragmaOperator(text: string, line: number): void {
    this.marker(line, this.file, '');
    this.chunks.push(`#pragma ${text}\n`);
    this.marker(line, this.file, '');
  }

  finish(): string {
    if (this.printed) this.chunks.push('\n');
    this.printed = false;
    return this.chunks.toString();
  }
}
