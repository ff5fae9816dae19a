/**
 * A cursor over one statement of assembly text. The assembler scans by character codes
 * (no regular expressions on the hot path): names, numbers, strings, punctuation.
 */

export const enum Ch {
  Tab = 9, Space = 32, Bang = 33, Quote = 34, Hash = 35, Dollar = 36, Percent = 37, Amp = 38,
  Apos = 39, LParen = 40, RParen = 41, Star = 42, Plus = 43, Comma = 44, Minus = 45, Dot = 46,
  Slash = 47, D0 = 48, D9 = 57, Colon = 58, Semi = 59, Lt = 60, Eq = 61, Gt = 62, At = 64,
  UA = 65, UZ = 90, Backslash = 92, Caret = 94, Underscore = 95, LA = 97, LJ = 106, LZ = 122, Pipe = 124, Tilde = 126,
}

/** GNU as takes every byte ≥ 0x80 as a name character: gcc writes C's extended identifiers in UTF-8. */
export function isNameStart(c: number): boolean {
  return (c >= Ch.LA && c <= Ch.LZ) || (c >= Ch.UA && c <= Ch.UZ) || c === Ch.Underscore || c === Ch.Dot || c === Ch.Dollar || c >= 0x80;
}

export function isNameChar(c: number): boolean {
  return isNameStart(c) || (c >= Ch.D0 && c <= Ch.D9);
}

export function isDigit(c: number): boolean {
  return c >= Ch.D0 && c <= Ch.D9;
}

export class Cursor {
  pos = 0;
  constructor(readonly text: string, start = 0) {
    this.pos = start;
  }

  get done(): boolean {
    this.skipSpace();
    return this.pos >= this.text.length;
  }

  peek(): number {
    return this.pos < this.text.length ? this.text.charCodeAt(this.pos) : -1;
  }

  peekAt(offset: number): number {
    const p = this.pos + offset;
    return p < this.text.length ? this.text.charCodeAt(p) : -1;
  }

  skipSpace(): void {
    const t = this.text;
    while (this.pos < t.length) {
      const c = t.charCodeAt(this.pos);
      if (c !== Ch.Space && c !== Ch.Tab && c !== 13 && c !== 12 && c !== 11) break;
      this.pos++;
    }
  }

  /** Consumes `c` (after spaces) if it is next. */
  eat(c: number): boolean {
    this.skipSpace();
    if (this.peek() === c) {
      this.pos++;
      return true;
    }
    return false;
  }

  /** Reads a name (symbol, directive, mnemonic) at the cursor; '' if none. */
  name(): string {
    this.skipSpace();
    const t = this.text;
    const start = this.pos;
    if (start >= t.length || !isNameStart(t.charCodeAt(start))) return '';
    let p = start + 1;
    while (p < t.length && isNameChar(t.charCodeAt(p))) p++;
    this.pos = p;
    return t.slice(start, p);
  }

  /** The rest of the statement, trimmed. */
  rest(): string {
    const r = this.text.slice(this.pos).trim();
    this.pos = this.text.length;
    return r;
  }
}

/** Splits `a, b, c` at top-level commas (outside parentheses and strings). */
export function splitArgs(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === Ch.Backslash) i++;
      else if (c === Ch.Quote) inString = false;
      continue;
    }
    if (c === Ch.Quote) inString = true;
    else if (c === Ch.LParen) depth++;
    else if (c === Ch.RParen) depth--;
    else if (c === Ch.Comma && depth === 0) {
      out.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  // An empty argument list is one empty argument, so callers report "missing expression".
  out.push(text.slice(start).trim());
  return out;
}

/** `\n` and friends: the byte each one-character escape stands for. */
const SIMPLE_ESCAPES = new Map<string | undefined, number>([
  ['n', 10], ['t', 9], ['r', 13], ['b', 8], ['f', 12], ['v', 11], ['a', 7], ['e', 27], ['\\', 92], ['"', 34], ["'", 39],
]);

/** Decodes a GNU as string literal body starting at the opening quote; returns bytes and end index. */
export function readString(text: string, start: number): { bytes: number[]; end: number } | null {
  if (text.charCodeAt(start) !== Ch.Quote) return null;
  const bytes: number[] = [];
  let i = start + 1;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === Ch.Quote) return { bytes, end: i + 1 };
    if (c !== Ch.Backslash) {
      pushUtf8(bytes, text.codePointAt(i)!);
      i += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
      continue;
    }
    i++;
    const e = text[i];
    const simple = SIMPLE_ESCAPES.get(e);
    if (simple !== undefined) {
      bytes.push(simple);
      i++;
    } else if (e === 'x' || e === 'X') {
      let j = i + 1;
      let v = 0;
      while (j < text.length && /[0-9a-fA-F]/.test(text[j])) v = (v * 16 + parseInt(text[j++], 16)) & 0xff;
      bytes.push(v);
      i = j;
    } else if (e >= '0' && e <= '7') {
      let j = i;
      let v = 0;
      while (j < text.length && j < i + 3 && text[j] >= '0' && text[j] <= '7') v = v * 8 + (text.charCodeAt(j++) - 48);
      bytes.push(v & 0xff);
      i = j;
    } else {
      pushUtf8(bytes, text.charCodeAt(i));
      i++;
    }
  }
  return null;
}

function pushUtf8(out: number[], cp: number): void {
  if (cp < 0x80) out.push(cp);
  else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 63));
  else if (cp < 0x10000) out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
  else out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
}
