/**
 * Data directives: integers of every width (.byte ... .octa), strings (.ascii, .asciz,
 * .string8/16/32/64), floating point (.float, .double, .tfloat), LEB128, .incbin, .fill,
 * .skip and .nops. Values follow GNU as: integers wrap to the field, a LEB128 of a label
 * difference is a variable fragment sized by relaxation.
 */

import { readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import type { Assembler } from './assembler.js';
import { readString, splitArgs } from './cursor.js';
import { isConstant, type Expr } from './model.js';

/** How the directives reach expressions (owned by directives.ts). */
export interface ExprReader {
  expr(text: string): Expr;
  constant(text: string, what?: string): bigint;
}

/** Reads a file for .incbin; undefined when it does not exist. */
export type BinaryReader = (path: string) => Uint8Array | undefined;

export function readBinaryFromDisk(path: string): Uint8Array | undefined {
  try {
    return new Uint8Array(readFileSync(path));
  } catch {
    return undefined;
  }
}

export type IntSize = 1 | 2 | 4 | 8 | 16;

/** `.byte 1, sym+4, ...`: constants are written at once, symbolic values become fixups. */
export function emitIntegers(as: Assembler, x: ExprReader, args: string, size: IntSize): void {
  if (args.trim() === '') return;
  for (const a of splitArgs(args)) {
    if (size === 16) {
      emitOcta(as, x, a);
      continue;
    }
    as.emitValue(x.expr(a), size);
  }
}

/**
 * `.octa`: a 128-bit value. GNU as keeps big literals exactly; a computed value is
 * sign-extended only when it was negated (its other results count as unsigned).
 */
function emitOcta(as: Assembler, x: ExprReader, text: string): void {
  const t = text.trim();
  let v: bigint;
  if (/^-?(0[xX][0-9a-fA-F]+|[1-9][0-9]*|0[bB][01]+|0)$/.test(t)) v = t.startsWith('-') ? -BigInt(t.slice(1)) : BigInt(t);
  else {
    const k = x.constant(t, '.octa value');
    v = /^[-~]/.test(t) ? k : BigInt.asUintN(64, k);
  }
  v = BigInt.asUintN(128, v);
  const out: number[] = [];
  for (let i = 0; i < 16; i++, v >>= 8n) out.push(Number(v & 0xffn));
  as.refuseDataInNobits(out, 'non-zero value');
  as.emitBytes(out);
}

/** `.ascii`/`.asciz`/`.stringN`: each character widened to `unit` bytes, little-endian. */
export function emitStrings(as: Assembler, args: string, unit: 1 | 2 | 4 | 8, zero: boolean): void {
  for (const a of splitArgs(args)) {
    const t = a.trim();
    // Adjacent literals (`"abc" "def"`) are one string.
    const bytes: number[] = [];
    let at = 0;
    do {
      const s = readString(t, at);
      if (!s) as.error(`expected a string, got '${t}'`);
      bytes.push(...s.bytes);
      at = s.end;
      while (t.charCodeAt(at) === 32 || t.charCodeAt(at) === 9) at++;
    } while (at < t.length);
    const chars = zero ? [...bytes, 0] : bytes;
    as.refuseDataInNobits(bytes, 'non-empty string');
    if (unit === 1) {
      as.emitBytes(chars);
      continue;
    }
    const out: number[] = [];
    for (const c of chars) {
      out.push(c);
      for (let i = 1; i < unit; i++) out.push(0);
    }
    as.emitBytes(out);
  }
}

// ---- floating point ------------------------------------------------------------------

export type FloatKind = 'single' | 'double' | 'extended';

/** A parsed floating-point literal: sign and either a special value or digits × 10^exp. */
interface FloatLiteral {
  negative: boolean;
  special: 'inf' | 'nan' | null;
  digits: bigint;
  exp10: number;
}

/**
 * GNU as's float syntax: an optional `0f`/`0d`/`0r`/`0e`/`0x` prefix (all just mark a float:
 * `0x10` is ten), a sign, `inf`/`nan`, or a decimal with an optional exponent.
 */
function parseFloatLiteral(text: string): FloatLiteral | null {
  let t = text.trim().replace(/^0[fFdDrReExX](?=[-+.0-9in])/, '');
  let negative = false;
  if (t[0] === '-' || t[0] === '+') {
    negative = t[0] === '-';
    t = t.slice(1);
  }
  const lower = t.toLowerCase();
  if (lower === 'inf' || lower === 'infinity') return { negative, special: 'inf', digits: 0n, exp10: 0 };
  if (lower === 'nan') return { negative, special: 'nan', digits: 0n, exp10: 0 };
  // A trailing `e` without digits is accepted (and ignored) by GNU as.
  const m = /^([0-9]*)(?:\.([0-9]*))?(?:[eE]([-+]?[0-9]*))?$/.exec(t);
  if (!m || (m[1] === '' && (m[2] ?? '') === '')) return null;
  const frac = m[2] ?? '';
  const exp = m[3] && m[3] !== '-' && m[3] !== '+' ? Number(m[3]) : 0;
  return { negative, special: null, digits: BigInt((m[1] || '0') + frac), exp10: exp - frac.length };
}

export function emitFloats(as: Assembler, args: string, kind: FloatKind): void {
  for (const a of splitArgs(args)) {
    const lit = parseFloatLiteral(a);
    if (!lit) as.error(`bad floating-point constant '${a.trim()}'`);
    if (as.section.nobits) as.error(`attempt to store float in section \`${as.section.name}'`);
    as.emitBytes(kind === 'extended' ? extendedBytes(lit) : ieeeBytes(as, lit, kind, a.trim()));
  }
}

function ieeeBytes(as: Assembler, lit: FloatLiteral, kind: 'single' | 'double', text: string): number[] {
  const size = kind === 'single' ? 4 : 8;
  const buf = new Uint8Array(size);
  const view = new DataView(buf.buffer);
  if (lit.special === 'nan') {
    // GNU as writes NaN with every mantissa bit set.
    if (size === 4) view.setUint32(0, lit.negative ? 0xffffffff : 0x7fffffff, true);
    else view.setBigUint64(0, lit.negative ? 0xffffffffffffffffn : 0x7fffffffffffffffn, true);
    return [...buf];
  }
  const v = lit.special === 'inf' ? Infinity : Number(`${lit.digits}e${lit.exp10}`);
  // Out of the format's exponent range is an error; rounding up into infinity is not.
  if (lit.special === null && (!Number.isFinite(v) || (size === 4 && Math.abs(v) >= 2 ** 128))) {
    as.error(`cannot create floating-point number from '${text}'`);
  }
  const signed = lit.negative ? -v : v;
  if (size === 4) view.setFloat32(0, signed, true);
  else view.setFloat64(0, signed, true);
  return [...buf];
}

/** The x87 80-bit format: sign, 15-bit exponent, explicit integer bit, 63-bit fraction. */
function extendedBytes(lit: FloatLiteral): number[] {
  let mantissa = 0n;
  let exponent = 0;
  if (lit.special === 'nan') {
    mantissa = 0xffffffffffffffffn;
    exponent = 0x7fff;
  } else if (lit.special === 'inf') {
    mantissa = 1n << 63n;
    exponent = 0x7fff;
  } else if (lit.digits !== 0n) {
    [mantissa, exponent] = roundToExtended(lit.digits, lit.exp10);
  }
  const out: number[] = [];
  for (let i = 0; i < 8; i++, mantissa >>= 8n) out.push(Number(mantissa & 0xffn));
  const top = exponent | (lit.negative ? 0x8000 : 0);
  out.push(top & 0xff, top >> 8);
  return out;
}

/** digits × 10^exp10 rounded to a 64-bit mantissa (integer bit set) and biased exponent, ties to even. */
function roundToExtended(digits: bigint, exp10: number): [bigint, number] {
  let num = digits;
  let den = 1n;
  if (exp10 >= 0) num *= 10n ** BigInt(exp10);
  else den = 10n ** BigInt(-exp10);
  // Scale so that 2^63 <= num / den * 2^shift < 2^64.
  let shift = 63 - (num.toString(2).length - den.toString(2).length);
  const scaled = (): [bigint, bigint] => (shift >= 0 ? [num << BigInt(shift), den] : [num, den << BigInt(-shift)]);
  let [n, d] = scaled();
  while (n / d >= 1n << 64n) {
    shift--;
    [n, d] = scaled();
  }
  while (n / d < 1n << 63n) {
    shift++;
    [n, d] = scaled();
  }
  let q = n / d;
  const r = n % d;
  if (r * 2n > d || (r * 2n === d && (q & 1n) === 1n)) q++;
  if (q === 1n << 64n) {
    q >>= 1n;
    shift--;
  }
  return [q, 63 - shift + 16383];
}

/** GNU as's NOP patterns for 1..11 bytes of padding in code. */
const NOPS: number[][] = [
  [],
  [0x90],
  [0x66, 0x90],
  [0x0f, 0x1f, 0x00],
  [0x0f, 0x1f, 0x40, 0x00],
  [0x0f, 0x1f, 0x44, 0x00, 0x00],
  [0x66, 0x0f, 0x1f, 0x44, 0x00, 0x00],
  [0x0f, 0x1f, 0x80, 0x00, 0x00, 0x00, 0x00],
  [0x0f, 0x1f, 0x84, 0x00, 0x00, 0x00, 0x00, 0x00],
  [0x66, 0x0f, 0x1f, 0x84, 0x00, 0x00, 0x00, 0x00, 0x00],
  [0x66, 0x2e, 0x0f, 0x1f, 0x84, 0x00, 0x00, 0x00, 0x00, 0x00],
  [0x66, 0x66, 0x2e, 0x0f, 0x1f, 0x84, 0x00, 0x00, 0x00, 0x00, 0x00],
];

/** `n` bytes of NOPs, each at most `limit` bytes long, the longest first. */
export function nopPadding(n: number, limit = 11): number[] {
  const out: number[] = [];
  while (n > limit) {
    out.push(...NOPS[limit]);
    n -= limit;
  }
  out.push(...NOPS[n]);
  return out;
}

// ---- LEB128 ------------------------------------------------------------------------------

export function lebBytes(value: bigint, signed: boolean): number[] {
  let v = signed ? BigInt.asIntN(64, value) : BigInt.asUintN(64, value);
  const out: number[] = [];
  for (;;) {
    const byte = Number(v & 0x7fn);
    v >>= 7n;
    const done = signed ? (v === 0n && (byte & 0x40) === 0) || (v === -1n && (byte & 0x40) !== 0) : v === 0n;
    out.push(done ? byte : byte | 0x80);
    if (done) return out;
  }
}

/** `.uleb128`/`.sleb128`: a constant is encoded now; a label difference waits for layout. */
export function emitLeb(as: Assembler, x: ExprReader, args: string, signed: boolean): void {
  for (const a of splitArgs(args)) {
    const e = x.expr(a);
    if (isConstant(e)) {
      const bytes = lebBytes(e.k, signed);
      as.refuseDataInNobits(bytes, 'non-zero value');
      as.emitBytes(bytes);
      continue;
    }
    if (e.mod !== '') as.error('leb128 operand cannot have a relocation modifier');
    // GNU as guesses one byte first: a larger first guess can settle on a larger size.
    as.addVariant({ kind: 'leb', value: e, signed, loc: { ...as.loc } }, 1);
  }
}

// ---- files and space -----------------------------------------------------------------

/** `.incbin "file"[,skip[,count]]`: the file as found from the current directory or an -I directory. */
export function incbin(as: Assembler, x: ExprReader, args: string, includePaths: readonly string[], read: BinaryReader): void {
  const parts = splitArgs(args);
  const s = readString(parts[0] ?? '', 0);
  if (!s) as.error('missing file name');
  const name = Buffer.from(s.bytes).toString('utf8');
  const candidates = isAbsolute(name) ? [name] : [name, ...includePaths.map((d) => join(d, name))];
  let data: Uint8Array | undefined;
  for (const c of candidates) if ((data = read(c)) !== undefined) break;
  if (data === undefined) as.error(`file not found: ${name}`);
  const skip = parts.length > 1 && parts[1] !== '' ? Number(x.constant(parts[1], '.incbin skip')) : 0;
  if (skip < 0) as.error(`skip (${skip}) or count (0) invalid for file size (${data.length})`);
  const count = parts.length > 2 ? Number(x.constant(parts[2], '.incbin count')) : data.length - skip;
  if (skip > data.length || count < 0 || skip + count > data.length) {
    as.error(`skip (${skip}) or count (${count}) invalid for file size (${data.length})`);
  }
  as.emitBytes(data.subarray(skip, skip + count));
}

/** `.fill repeat, size, value`: size is clamped to 8; bytes beyond the fourth are zero (GNU as). */
export function fill(as: Assembler, x: ExprReader, args: string): void {
  const parts = splitArgs(args);
  const repeat = Number(x.constant(parts[0], '.fill count'));
  const size = parts.length > 1 && parts[1] !== '' ? Math.min(Number(x.constant(parts[1])), 8) : 1;
  const value = parts.length > 2 ? x.constant(parts[2]) : 0n;
  // GNU as warns and ignores a negative repeat count.
  if (repeat <= 0 || size <= 0) return;
  const unit: number[] = [];
  let v = BigInt.asUintN(64, value);
  for (let i = 0; i < size; i++, v >>= 8n) unit.push(i < 4 ? Number(v & 0xffn) : 0);
  if (as.section.nobits && unit.some((b) => b !== 0)) as.error(`attempt to fill section \`${as.section.name}' with non-zero value`);
  for (let i = 0; i < repeat; i++) as.emitBytes(unit);
}

/** `.skip n[, fill]` (also `.space`, `.zero`, `.ds.b`); `unit` is the element size of `.ds.w`/`.ds.l`. */
export function skip(as: Assembler, x: ExprReader, args: string, unit = 1): void {
  const parts = splitArgs(args);
  const n = Number(x.constant(parts[0], 'space size')) * unit;
  const value = parts.length > 1 ? Number(x.constant(parts[1]) & 0xffn) : 0;
  if (n <= 0) return;
  // (GNU as warns that it ignores a fill value there; the section keeps no bytes anyway.)
  as.frag.bytes.fill(as.section.nobits ? 0 : value, n);
}

/** `.dcb.S count[, value]`: count elements of size S. */
export function dcb(as: Assembler, x: ExprReader, args: string, size: 1 | 2 | 4 | 8): void {
  const parts = splitArgs(args);
  const n = Number(x.constant(parts[0], '.dcb count'));
  const value = parts.length > 1 ? x.constant(parts[1]) : 0n;
  for (let i = 0; i < n; i++) as.emitValue({ add: null, sub: null, k: value, mod: '' }, size);
}

/** `.nops size[, limit]`: NOPs of at most `limit` bytes each (11 by default), longest first. */
export function nops(as: Assembler, x: ExprReader, args: string): void {
  const parts = splitArgs(args);
  const n = Number(x.constant(parts[0], '.nops size'));
  const limit = parts.length > 1 ? Number(x.constant(parts[1], '.nops limit')) : 11;
  if (limit < 0 || limit > 11) as.error(`invalid single nop size: ${limit} (expect within [0, 11])`);
  if (n < 0) as.error('.nops with negative value');
  as.emitBytes(nopPadding(n, limit || 11));
}
