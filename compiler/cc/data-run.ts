/**
 * Data tables: brace lists of plain integer constants (`xxd -i` output, lookup tables).
 *
 * A 1 MB blob is a million constants; a token, an expression node and an initializer node
 * for each cost seconds and hundreds of megabytes. So the scanner keeps such a list as one
 * token holding the constants' offsets and values (an IntegerRun), the parser puts it in
 * the list's syntax as it is, and an array of integers it initializes gets the bytes at
 * once (`runBytes`, initializer.ts). Anything else (a struct, an array of floats, a local
 * array's assignments, a later designator into the array) gets the elements back as the
 * ordinary syntax (`runItems`): the same integer constant nodes, at the same offsets, the
 * parser would have built from the tokens.
 */
import type { IToken, TokenType } from './chevrotain.js';
import type { InitItem } from './initializer.js';
import { parseIntLiteral } from './literals.js';
import { intConstantNode } from './int-constant.js';
import { negNode } from './typecheck.js';
import type { Type } from './types.js';

/**
 * The constants of one brace list, read once: element i starts at text[starts[i]] and has
 * the value values[i] (NaN from 2^53 on, where a double is no longer exact; such a value
 * is read again from the text as a bigint). An element may be a negated int constant
 * (`-1`, the `-` right before the digits): then its value is negative.
 */
export interface IntegerRun {
  text: string;
  starts: Int32Array;
  values: Float64Array;
  count: number;
  /** Token types for the tokens `runItems` makes (lexer.ts imports this file's users). */
  types: RunTokenTypes;
}

export interface RunTokenTypes {
  intConst: TokenType;
  minus: TokenType;
}

/** The token the scanner makes of a run: positioned at its first constant. */
export interface IntegerRunToken extends IToken {
  run: IntegerRun;
}

/** Fewer elements than this are left to the ordinary tokens: a run only pays off on tables. */
export const MIN_RUN_LENGTH = 8;

const TAB = 9, LF = 10, VT = 11, FF = 12, CR = 13, SPACE = 32, COMMA = 44, RBRACE = 125;
const MINUS = 45, ZERO = 48, LOWER_X = 0x78;
/** A negated constant of type int (no larger): `-N` is then simply the value -N. */
const INT_MAX = 0x7fffffff;

function isSpace(c: number): boolean {
  return c === SPACE || c === LF || c === TAB || c === CR || c === VT || c === FF;
}

/** What may follow a constant of a run: anything else (a suffix, `.`, an operator) is no plain constant. */
function endsConstant(c: number): boolean {
  return isSpace(c) || c === COMMA || c === RBRACE;
}

/** A hexadecimal digit's value, or -1. */
function hexDigit(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  const lower = c | 0x20;
  return lower >= 97 && lower <= 102 ? lower - 87 : -1;
}

/** Reads the constants of a run one at a time: `pos` and `value` after each. */
class ConstantReader {
  value = 0;

  constructor(
    readonly src: string,
    public pos: number,
  ) {}

  /**
   * The plain integer constant at pos (decimal, octal or hex, no suffix): false if there
   * is none. Lengths are capped so that every constant of a run is below 2^64, hence
   * valid: an out-of-range one keeps its own token and its own diagnostic.
   */
  constant(): boolean {
    const src = this.src;
    const start = this.pos;
    let p = start;
    let v = 0;
    let c = src.charCodeAt(p);
    if (c === ZERO && (src.charCodeAt(p + 1) | 0x20) === LOWER_X) {
      p += 2;
      for (let d = hexDigit(src.charCodeAt(p)); d >= 0; d = hexDigit(src.charCodeAt(++p))) v = v * 16 + d;
      if (p === start + 2 || p - start > 2 + 16) return false;
      c = src.charCodeAt(p);
    } else {
      // After a leading 0 every digit must be octal (`08` is an error, left to the tokens).
      const top = c === ZERO ? ZERO + 8 : ZERO + 10;
      while (c >= ZERO && c < top) {
        v = v * (top - ZERO) + (c - ZERO);
        c = src.charCodeAt(++p);
      }
      if (p === start || p - start > 19) return false;
    }
    if (!endsConstant(c)) return false;
    // (Rounding is monotonic: a sum that reached 2^53 came from a value that did.)
    this.value = v < 2 ** 53 ? v : NaN;
    this.pos = p;
    return true;
  }

  skipSpace(): number {
    let c = this.src.charCodeAt(this.pos);
    while (isSpace(c)) c = this.src.charCodeAt(++this.pos);
    return c;
  }
}

/**
 * The run of constants after a `{` (p is just past it) when the whole list is one: plain
 * integer constants separated by commas, perhaps a trailing comma, then `}`; and at least
 * MIN_RUN_LENGTH of them. Returns it with the offset of the `}`, or undefined.
 */
export function scanIntegerRun(src: string, p: number, types: RunTokenTypes): { run: IntegerRun; end: number } | undefined {
  const r = new ConstantReader(src, p);
  let starts = new Int32Array(64);
  let values = new Float64Array(64);
  let count = 0;
  for (;;) {
    let c = r.skipSpace();
    if (c === RBRACE && count > 0) break; // after a trailing comma
    const start = r.pos;
    const negative = c === MINUS;
    if (negative) r.pos++;
    if (!r.constant() || (negative && !(r.value <= INT_MAX))) return undefined;
    if (count === starts.length) {
      starts = grown(starts, new Int32Array(2 * count));
      values = grown(values, new Float64Array(2 * count));
    }
    starts[count] = start;
    values[count] = negative ? -r.value : r.value;
    count++;
    c = r.skipSpace();
    if (c === RBRACE) break;
    if (c !== COMMA) return undefined;
    r.pos++;
  }
  if (count < MIN_RUN_LENGTH) return undefined;
  return { run: { text: src, starts: starts.slice(0, count), values: values.slice(0, count), count, types }, end: r.pos };
}

function grown<T extends Int32Array | Float64Array>(old: T, bigger: T): T {
  bigger.set(old);
  return bigger;
}

/** Element i's spelling: up to the space, comma or brace that ends every constant of a run. */
export function constantText(run: IntegerRun, i: number): string {
  const src = run.text;
  const start = run.starts[i];
  let end = start + 1;
  while (!endsConstant(src.charCodeAt(end))) end++;
  return src.slice(start, end);
}

function token(type: TokenType, image: string, startOffset: number): IToken {
  return { image, startOffset, tokenType: type, tokenTypeIdx: type.tokenTypeIdx! } as IToken;
}

/**
 * The list's items as the parser builds them from separate tokens: an integer constant
 * (parser-expr.ts intConstant), perhaps under a unary minus (prefixNode).
 */
export function runItems(run: IntegerRun): InitItem[] {
  const items: InitItem[] = new Array<InitItem>(run.count);
  for (let i = 0; i < run.count; i++) {
    const text = constantText(run, i);
    const start = run.starts[i];
    const negative = text.charCodeAt(0) === MINUS;
    const image = negative ? text.slice(1) : text;
    // (scanIntegerRun keeps only valid constants.)
    const n = intConstantNode(token(run.types.intConst, image, negative ? start + 1 : start), image);
    const expr = negative ? negNode(n, token(run.types.minus, '-', start)) : n;
    items[i] = { designators: [], value: { kind: 'expr', expr } };
  }
  return items;
}

/** Integer element types a table's bytes are written for directly (not bool, enums, vectors, __int128). */
function isPlainIntegerElement(t: Type): boolean {
  const k = t.kind;
  return (k === 'char' || k === 'short' || k === 'int' || k === 'long') && !t.isAtomic &&
    t.vectorElem === undefined && !t.isInt128 && (t.size === 1 || t.size === 2 || t.size === 4 || t.size === 8);
}

/**
 * Writes the elements of `run` as `size`-byte little-endian integers; false if one does
 * not fit its element type (that conversion is left to the general path and whatever it
 * reports).
 */
function writeElements(run: IntegerRun, elem: Type, data: Uint8Array): boolean {
  const size = elem.size;
  const limit = 2 ** (8 * size - (elem.isUnsigned ? 0 : 1));
  const lowest = elem.isUnsigned ? 0 : -limit;
  const values = run.values;
  for (let i = 0; i < run.count; i++) {
    const v = values[i];
    const at = i * size;
    if (v < limit && v >= lowest) {
      if (size === 1) {
        data[at] = v;
        continue;
      }
      let lo = v >>> 0; // v is an exact integer of magnitude below 2^53: two's complement halves
      let hi = (v - lo) / 0x100000000;
      for (let k = 0; k < size; k++) {
        if (k < 4) {
          data[at + k] = lo & 0xff;
          lo >>>= 8;
        } else {
          data[at + k] = hi & 0xff;
          hi >>>= 8;
        }
      }
    } else {
      if (size < 8 || !Number.isNaN(v)) return false;
      // An 8-byte element from 2^53 on (never negated): exact as a bigint (rare). A constant
      // gcc warns about (a decimal past LLONG_MAX) takes the general path, which warns.
      const lit = parseIntLiteral(constantText(run, i))!;
      const big = lit.value;
      if (lit.warning !== undefined || big >= BigInt(limit)) return false;
      for (let k = 0; k < 8; k++) data[at + k] = Number((big >> BigInt(8 * k)) & 0xffn);
    }
  }
  return true;
}

/**
 * The bytes of an array of integers holding the run's values in order (`unsigned char b[]
 * = {0x7f, ...}`); undefined when the general path must build it: another element type,
 * or a value that does not fit.
 */
export function runBytes(run: IntegerRun, elem: Type): Uint8Array | undefined {
  if (!isPlainIntegerElement(elem)) return undefined;
  const data = new Uint8Array(run.count * elem.size);
  return writeElements(run, elem, data) ? data : undefined;
}
