// The x87's other numeric instructions on 80-bit values: partial remainders
// (fprem/fprem1), fscale, fxtract, the built-in constants and the
// transcendental functions.
//
// fprem, fscale, fxtract and the constants are exact. The transcendentals
// (fsin, fcos, fsincos, fptan, fpatan, fyl2x, fyl2xp1, f2xm1) are computed in
// double precision and widened: their special cases, flags and C2 follow the
// SDM, but the last 11 bits of a result generally differ from Intel's (a
// documented gap; our libc computes long double functions without them).

import {
  DE, DENORMAL, EXTENDED, INF, NORMAL, PE, ZE, ZERO, UNSUPPORTED,
  type Exact, type F80, bitLength, classify, env80, exactOf, f80, fromExact, infinity, invalid,
  isNaNKind, propagateNaN, roundToExtended, zero, significand,
} from './float80.js';

/** The exponent of the most significant bit of a finite nonzero value. */
const topExponent = (x: Exact): number => x.exp + bitLength(x.sig) - 1;

/** A partial remainder: the new ST(0), whether it is incomplete (C2) and the quotient's low three bits. */
export interface Remainder { value: F80; incomplete: boolean; quotient: number }

/**
 * fprem (quotient truncated) and fprem1 (quotient rounded to nearest, IEEE
 * remainder) of a by b. When the exponents differ by 64 or more the hardware
 * only reduces a by b * 2^(d - n) for n in 32..63 and sets C2, so that a loop
 * finishes the job; n = 32 + d mod 32 here.
 */
export function remainder(a: F80, b: F80, nearest: boolean): Remainder {
  const ka = classify(a), kb = classify(b);
  const none = (value: F80): Remainder => ({ value, incomplete: false, quotient: 0 });
  if (ka === UNSUPPORTED || kb === UNSUPPORTED) return none(invalid());
  if (isNaNKind(ka) || isNaNKind(kb)) return none(propagateNaN(a, ka, b, kb));
  if (ka === INF || kb === ZERO) return none(invalid());
  if (ka === DENORMAL || kb === DENORMAL) env80.flags |= DE;
  if (ka === ZERO) return none(a);
  // A pseudo-denormal comes back normalized, as from every arithmetic path.
  if (kb === INF) return none(fromExact(exactOf(a)));
  const x = exactOf(a), y = exactOf(b);
  const d = topExponent(x) - topExponent(y);
  if (d < 0 && !(nearest && d === -1)) return none(fromExact(x));
  const e = Math.min(x.exp, y.exp);
  const A = x.sig << BigInt(x.exp - e);
  let B = y.sig << BigInt(y.exp - e);
  if (d >= 64) {
    // Partial: the quotient is truncated whatever the instruction.
    const n = 32 + (d % 32);
    B <<= BigInt(d - n);
    const r = A % B;
    return { value: r === 0n ? zero(x.sign) : fromExact({ sign: x.sign, sig: r, exp: e }), incomplete: true, quotient: 0 };
  }
  let q = A / B, r = A - q * B, sign = x.sign;
  if (nearest && (2n * r > B || (2n * r === B && (q & 1n) === 1n))) {
    q += 1n;
    r = B - r;
    sign ^= 1;
  }
  const value = r === 0n ? zero(x.sign) : fromExact({ sign, sig: r, exp: e });
  return { value, incomplete: false, quotient: Number(q & 7n) };
}

/** fscale: a * 2^trunc(b), rounded to 64 bits by RC. */
export function scale(a: F80, b: F80): F80 {
  const ka = classify(a), kb = classify(b);
  if (ka === UNSUPPORTED || kb === UNSUPPORTED) return invalid();
  if (isNaNKind(ka) || isNaNKind(kb)) return propagateNaN(a, ka, b, kb);
  if (ka === DENORMAL || kb === DENORMAL) env80.flags |= DE;
  const sb = b.se >>> 15;
  if (kb === INF) {
    if (ka === ZERO) return sb ? a : invalid();
    if (ka === INF) return sb ? invalid() : a;
    return sb ? zero(a.se >>> 15) : infinity(a.se >>> 15);
  }
  if (ka === ZERO || ka === INF) return a;
  let n = 0;
  if (kb !== ZERO) {
    const y = exactOf(b);
    // Beyond 2^17 every result overflows or underflows alike.
    const t = topExponent(y) > 20 ? 1 << 20 : Number(y.exp >= 0 ? y.sig << BigInt(y.exp) : y.sig >> BigInt(-y.exp));
    n = sb ? -t : t;
  }
  const x = exactOf(a);
  return roundToExtended(x.sign, x.sig, x.exp + n, false, EXTENDED);
}

/** fxtract: [exponent, significand] of a (ST(1) and ST(0) afterwards). */
export function extract(a: F80): [F80, F80] {
  const k = classify(a);
  if (k === UNSUPPORTED) { const v = invalid(); return [v, v]; }
  if (isNaNKind(k)) { const v = propagateNaN(a, k, undefined, ZERO); return [v, v]; }
  if (k === ZERO) { env80.flags |= ZE; return [infinity(1), a]; }
  if (k === INF) return [infinity(0), a];
  if (k === DENORMAL) env80.flags |= DE;
  const x = exactOf(a);
  const e = topExponent(x);
  const exponent = e === 0 ? zero(0) : fromExact({ sign: e < 0 ? 1 : 0, sig: BigInt(Math.abs(e)), exp: 0 });
  const mant = fromExact({ sign: x.sign, sig: x.sig, exp: -(bitLength(x.sig) - 1) });
  return [exponent, mant];
}

/**
 * The constants of fld1, fldl2t, fldl2e, fldpi, fldlg2, fldln2 and fldz,
 * rounded to 64 bits by RC without raising PE. The SDM describes 66-bit
 * internal constants; the hardware's results are those of the exact values
 * (bit 65 and 66 never leave a tie), so 96 bits and a sticky bit serve.
 * [significand bits 95..0, exponent of bit 95].
 */
const CONSTANTS: readonly [bigint, number][] = [
  [0x800000000000000000000000n, 0],        // 1 (exact)
  [0xd49a784bcd1b8afe492bf6ffn, 1],        // log2(10)
  [0xb8aa3b295c17f0bbbe87fed0n, 0],        // log2(e)
  [0xc90fdaa22168c234c4c6628bn, 1],        // pi
  [0x9a209a84fbcff7988f8959acn, -2],       // log10(2)
  [0xb17217f7d1cf79abc9e3b398n, -1],       // ln(2)
];

export function constant(i: number): F80 {
  if (i === 6) return zero(0);
  const [sig, exp] = CONSTANTS[i];
  const saved = env80.flags;
  const v = roundToExtended(0, sig, exp - 95, i !== 0, EXTENDED);
  env80.flags = saved;
  return v;
}

// ---- transcendentals, in double precision -------------------------------------------------

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

/** The nearest double (no flags); overflow gives an infinity, underflow zero. */
export function toNumber(v: F80): number {
  const k = classify(v);
  const sign = v.se & 0x8000 ? -1 : 1;
  if (k === ZERO) return sign * 0;
  if (k === INF) return sign * Infinity;
  if (k !== NORMAL && k !== DENORMAL) return NaN;
  const x = exactOf(v);
  const n = bitLength(x.sig);
  // Keep 64 bits as a double first (one rounding), then scale in two exact steps.
  const m = Number(x.sig) * sign, e = x.exp;
  if (e < -1000 && n + e > -1074) return m * 2 ** (e + 600) * 2 ** -600;
  return m * 2 ** e;
}

/** The exact register value of a double. */
export function fromNumber(v: number): F80 {
  f64[0] = v;
  const lo = u32[0], hi = u32[1];
  const sign = hi >>> 31, e = (hi >>> 20) & 0x7ff, frac = hi & 0xfffff;
  if (e === 0x7ff) return (frac | lo) === 0 ? infinity(sign) : f80((sign << 15) | 0x7fff, 0xc0000000 | (frac << 11) | (lo >>> 21), lo << 11);
  if (e === 0) return (frac | lo) === 0 ? zero(sign) : fromExact({ sign, sig: (BigInt(frac) << 32n) | BigInt(lo), exp: -1074 });
  return f80((sign << 15) | (e - 1023 + 16383), 0x80000000 | (frac << 11) | (lo >>> 21), lo << 11);
}

/** A transcendental's result: inexact unless exact by its nature. */
function inexact(v: number): F80 { env80.flags |= PE; return fromNumber(v); }

/** Screens a one-operand transcendental: returns its result for NaN/unsupported operands. */
function screenOne(a: F80, k: number): F80 | undefined {
  if (k === UNSUPPORTED) return invalid();
  if (isNaNKind(k)) return propagateNaN(a, k, undefined, ZERO);
  if (k === DENORMAL) env80.flags |= DE;
  return undefined;
}

/** fsin/fcos/fptan/fsincos accept |x| < 2^63; beyond, C2 is set and ST(0) left alone. */
export function outOfRange(a: F80): boolean {
  const k = classify(a);
  return (k === NORMAL || k === DENORMAL) && (a.se & 0x7fff) >= 16383 + 63;
}

export function sine(a: F80): F80 {
  const k = classify(a);
  const s = screenOne(a, k);
  if (s) return s;
  if (k === INF) return invalid();
  if (k === ZERO) return a;
  return inexact(Math.sin(toNumber(a)));
}

export function cosine(a: F80): F80 {
  const k = classify(a);
  const s = screenOne(a, k);
  if (s) return s;
  if (k === INF) return invalid();
  if (k === ZERO) return fromNumber(1);
  return inexact(Math.cos(toNumber(a)));
}

export function tangent(a: F80): F80 {
  const k = classify(a);
  const s = screenOne(a, k);
  if (s) return s;
  if (k === INF) return invalid();
  if (k === ZERO) return a;
  return inexact(Math.tan(toNumber(a)));
}

/** fpatan: arctan(y / x) with the quadrant of (x, y). */
export function arctangent(y: F80, x: F80): F80 {
  const ky = classify(y), kx = classify(x);
  if (ky === UNSUPPORTED || kx === UNSUPPORTED) return invalid();
  if (isNaNKind(ky) || isNaNKind(kx)) return propagateNaN(x, kx, y, ky);
  if (ky === DENORMAL || kx === DENORMAL) env80.flags |= DE;
  const r = Math.atan2(toNumber(y), toNumber(x));
  return ky === ZERO && (x.se & 0x8000) === 0 ? y : inexact(r);
}

/** f2xm1: 2^x - 1 for -1 <= x <= 1. */
export function exp2m1(a: F80): F80 {
  const k = classify(a);
  const s = screenOne(a, k);
  if (s) return s;
  if (k === ZERO) return a;
  if (k === INF) return a.se & 0x8000 ? fromNumber(-1) : a;
  return inexact(Math.expm1(toNumber(a) * Math.LN2));
}

/** fyl2x: y * log2(x); fyl2xp1: y * log2(x + 1) (plusOne). */
export function ylog2x(y: F80, x: F80, plusOne: boolean): F80 {
  const ky = classify(y), kx = classify(x);
  if (ky === UNSUPPORTED || kx === UNSUPPORTED) return invalid();
  if (isNaNKind(ky) || isNaNKind(kx)) return propagateNaN(x, kx, y, ky);
  if (ky === DENORMAL || kx === DENORMAL) env80.flags |= DE;
  const xv = toNumber(x), yv = toNumber(y);
  const l = plusOne ? Math.log1p(xv) / Math.LN2 : Math.log2(xv);
  if (l !== l) return invalid();                   // log of a negative number
  if (!plusOne && kx === ZERO) {
    if (ky === ZERO) return invalid();
    env80.flags |= ZE;
    return infinity(((y.se >>> 15) ^ 1) & 1);
  }
  const r = yv * l;
  if (r !== r) return invalid();                  // 0 * inf
  if (r === 0 || !Number.isFinite(r)) return fromNumber(r);
  return l === Math.trunc(l) && significand(y) !== 0n && !plusOne ? mulExact(y, l) : inexact(r);
}

/** y * n for an integer logarithm n (x a power of two): rounded once, as the hardware does. */
function mulExact(y: F80, n: number): F80 {
  const x = exactOf(y);
  const sign = n < 0 ? x.sign ^ 1 : x.sign;
  return roundToExtended(sign, x.sig * BigInt(Math.abs(n)), x.exp, false, EXTENDED);
}
