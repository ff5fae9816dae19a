/**
 * IEEE 754 binary128 arithmetic at compile time, on 128-bit images held in a bigint: what
 * gcc folds for `_Float128` constants (`1.0q / 3`, `(_Float128) 0.1`, `FLT128_MAX`).
 * Finite values are carried exactly as m * 2^e (bigint m) and rounded once, to nearest
 * with ties to even, into the format: 1 sign bit, 15 exponent bits (bias 16383) and 112
 * fraction bits, with gradual underflow. A NaN result is the default quiet NaN.
 */

const FRACTION_BITS = 112;
const BIAS = 16383;
const MAX_BIASED = 0x7fff;
const SIGN = 1n << 127n;
const FRACTION_MASK = (1n << 112n) - 1n;
export const B128_QUIET_NAN = 0x7fff8000000000000000000000000000n;
export const B128_INF = 0x7fff0000000000000000000000000000n;

/** A decoded value: a finite one is (-1)^neg * m * 2^e. */
export type B128Value =
  | { kind: 'finite'; neg: boolean; m: bigint; e: number }
  | { kind: 'inf'; neg: boolean }
  | { kind: 'nan'; neg: boolean };

function bitLength(a: bigint): number {
  return a === 0n ? 0 : a.toString(2).length;
}

export function decodeB128(bits: bigint): B128Value {
  const neg = (bits & SIGN) !== 0n;
  const biased = Number((bits >> 112n) & 0x7fffn);
  const frac = bits & FRACTION_MASK;
  if (biased === MAX_BIASED) return frac === 0n ? { kind: 'inf', neg } : { kind: 'nan', neg };
  const m = biased === 0 ? frac : frac | (1n << 112n);
  return { kind: 'finite', neg, m, e: (biased === 0 ? 1 : biased) - BIAS - FRACTION_BITS };
}

/** A floating format's shape, for rounding an exact value into it. */
interface Format { precision: number; bias: number; maxBiased: number }
const BINARY128: Format = { precision: 113, bias: BIAS, maxBiased: MAX_BIASED };
const BINARY64: Format = { precision: 53, bias: 1023, maxBiased: 0x7ff };

/**
 * The exact value m * 2^e (m >= 0; `sticky`: nonzero bits below it were dropped) rounded
 * to nearest even in `f`: the biased exponent and fraction fields, infinity on overflow.
 */
function roundInto(f: Format, m: bigint, e: number, sticky: boolean): { biased: number; frac: bigint } {
  if (m === 0n) return { biased: 0, frac: 0n };
  const top = e + bitLength(m) - 1; // the value is 1.x * 2^top
  const minExp = 1 - f.bias;
  // The weight of the last bit kept: `precision` bits, never finer than the subnormals'.
  const quantum = Math.max(top, minExp) - (f.precision - 1);
  let q: bigint;
  if (e >= quantum) q = m << BigInt(e - quantum);
  else {
    const shift = BigInt(quantum - e);
    q = m >> shift;
    const rest = m - (q << shift);
    const half = 1n << (shift - 1n);
    if (rest > half || (rest === half && (sticky || (q & 1n) === 1n))) q += 1n;
  }
  // q holds at most precision + 1 bits (rounding may carry into a new top bit).
  let exp = quantum + f.precision - 1;
  if (bitLength(q) > f.precision) {
    q >>= 1n;
    exp += 1;
  }
  const hidden = 1n << BigInt(f.precision - 1);
  if (q < hidden) return { biased: 0, frac: q }; // subnormal (or rounded to zero)
  const biased = exp + f.bias;
  if (biased >= f.maxBiased) return { biased: f.maxBiased, frac: 0n };
  return { biased, frac: q - hidden };
}

export function encodeB128(neg: boolean, m: bigint, e: number, sticky = false): bigint {
  const r = roundInto(BINARY128, m, e, sticky);
  return (neg ? SIGN : 0n) | (BigInt(r.biased) << 112n) | r.frac;
}

/** A double's exact binary128 image. */
export function b128FromDouble(f: number): bigint {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, f, true);
  const bits = view.getBigUint64(0, true);
  const neg = bits >> 63n !== 0n;
  const biased = Number((bits >> 52n) & 0x7ffn);
  const frac = bits & ((1n << 52n) - 1n);
  if (biased === 0x7ff) {
    if (frac === 0n) return (neg ? SIGN : 0n) | B128_INF;
    return (neg ? SIGN : 0n) | B128_INF | (frac << 60n) | (1n << 111n);
  }
  const m = biased === 0 ? frac : frac | (1n << 52n);
  return encodeB128(neg, m, (biased === 0 ? 1 : biased) - 1023 - 52);
}

export function b128FromInteger(v: bigint): bigint {
  return encodeB128(v < 0n, v < 0n ? -v : v, 0);
}

/** The nearest double (the conversion __trunctfdf2 performs). */
export function b128ToDouble(bits: bigint): number {
  const v = decodeB128(bits);
  if (v.kind === 'nan') return NaN;
  if (v.kind === 'inf') return v.neg ? -Infinity : Infinity;
  const r = roundInto(BINARY64, v.m, v.e, false);
  const view = new DataView(new ArrayBuffer(8));
  view.setBigUint64(0, (v.neg ? 1n << 63n : 0n) | (BigInt(r.biased) << 52n) | r.frac, true);
  return view.getFloat64(0, true);
}

/** The value truncated toward zero, or undefined for an infinity or NaN. */
export function b128ToInteger(bits: bigint): bigint | undefined {
  const v = decodeB128(bits);
  if (v.kind !== 'finite') return undefined;
  const mag = v.e >= 0 ? v.m << BigInt(v.e) : v.m >> BigInt(-v.e);
  return v.neg ? -mag : mag;
}

export function b128Negate(bits: bigint): bigint {
  return bits ^ SIGN;
}

export type B128Op = 'add' | 'sub' | 'mul' | 'div';

/** a op b, correctly rounded; the special cases as IEEE 754 defines them. */
export function b128Arith(op: B128Op, abits: bigint, bbits: bigint): bigint {
  const a = decodeB128(abits);
  const b0 = decodeB128(bbits);
  const b: B128Value = op === 'sub' ? { ...b0, neg: !b0.neg } : b0;
  if (a.kind === 'nan' || b.kind === 'nan') return B128_QUIET_NAN;
  const sign = (neg: boolean): bigint => (neg ? SIGN : 0n);
  if (op === 'add' || op === 'sub') {
    if (a.kind === 'inf' || b.kind === 'inf') {
      if (a.kind === 'inf' && b.kind === 'inf' && a.neg !== b.neg) return B128_QUIET_NAN;
      return sign(a.kind === 'inf' ? a.neg : b.neg) | B128_INF;
    }
    const e = Math.min(a.e, b.e);
    const sa = (a.neg ? -a.m : a.m) << BigInt(a.e - e);
    const sb = (b.neg ? -b.m : b.m) << BigInt(b.e - e);
    const sum = sa + sb;
    // An exact zero sum is +0, unless both operands were -0 (round to nearest).
    if (sum === 0n) return a.neg && b.neg ? SIGN : 0n;
    return encodeB128(sum < 0n, sum < 0n ? -sum : sum, e);
  }
  const neg = a.neg !== b.neg;
  if (op === 'mul') {
    if (a.kind === 'inf' || b.kind === 'inf') {
      const other = a.kind === 'inf' ? b : a;
      if (other.kind === 'finite' && other.m === 0n) return B128_QUIET_NAN;
      return sign(neg) | B128_INF;
    }
    return encodeB128(neg, a.m * b.m, a.e + b.e);
  }
  if (a.kind === 'inf') return b.kind === 'inf' ? B128_QUIET_NAN : sign(neg) | B128_INF;
  if (b.kind === 'inf') return sign(neg);
  if (b.m === 0n) return a.m === 0n ? B128_QUIET_NAN : sign(neg) | B128_INF;
  if (a.m === 0n) return sign(neg);
  return divideExact(neg, a.m, a.e, b.m, b.e);
}

/** n*2^ne / d*2^de with enough quotient bits (and a sticky bit) to round once. */
function divideExact(neg: boolean, n: bigint, ne: number, d: bigint, de: number): bigint {
  const k = Math.max(0, 120 + bitLength(d) - bitLength(n));
  const scaled = n << BigInt(k);
  const q = scaled / d;
  return encodeB128(neg, q, ne - de - k, q * d !== scaled);
}

/**
 * A floating constant's digits (no suffix) as binary128: decimal with an optional
 * exponent, or hexadecimal with a binary exponent; undefined if it is neither.
 */
export function parseB128(text: string): bigint | undefined {
  const hex = /^0[xX]([0-9a-fA-F]*)(?:\.([0-9a-fA-F]*))?[pP]([+-]?\d+)$/.exec(text);
  if (hex) {
    const frac = hex[2] ?? '';
    const digits = (hex[1] || '0') + frac;
    return encodeB128(false, BigInt('0x' + digits), Number(hex[3]) - 4 * frac.length);
  }
  const dec = /^(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(text);
  if (!dec || (dec[1] === '' && (dec[2] ?? '') === '')) return undefined;
  const frac = dec[2] ?? '';
  const m = BigInt((dec[1] || '0') + frac);
  const exp10 = Number(dec[3] ?? '0') - frac.length;
  if (m === 0n) return 0n;
  // Far outside the format, the value is zero or infinity whatever the digits.
  const magnitude = (dec[1] + frac).replace(/^0+/, '').length + exp10;
  if (magnitude > 5000) return B128_INF;
  if (magnitude < -5000) return 0n;
  if (exp10 >= 0) return encodeB128(false, m * 10n ** BigInt(exp10), 0);
  return divideExact(false, m, 0, 10n ** BigInt(-exp10), 0);
}

/** The 16-byte little-endian image of a 128-bit value. */
export function b128Bytes(bits: bigint): Uint8Array {
  const out = new Uint8Array(16);
  for (let i = 0; i < 16; i++) out[i] = Number((bits >> BigInt(8 * i)) & 0xffn);
  return out;
}

export function b128FromBytes(bytes: Uint8Array): bigint {
  let v = 0n;
  for (let i = 15; i >= 0; i--) v = (v << 8n) | BigInt(bytes[i]);
  return v;
}
