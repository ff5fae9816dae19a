// Conversions between the x87's 80-bit registers and memory formats:
// binary32/binary64 (fld/fst), signed integers (fild/fist/fisttp) and
// rounding to an integer in place (frndint). Loads of m32/m64 are exact;
// stores round by the control word's RC (never by its precision control).

import {
  BINARY32, BINARY64, DE, DENORMAL, IE, INDEFINITE, INF, NORMAL, PE, QNAN, SNAN, UNSUPPORTED, ZERO,
  type F80, type Format, C1, classify, env80, exactOf, f80, fromExact, roundAt, roundExact, bitLength,
  infinity, zero, invalid, propagateNaN,
} from './float80.js';

/**
 * Widens binary64 bits (lo, hi halves) to the register format; a denormal
 * raises DE. An SNaN stays signalling: the instruction that uses it decides
 * (fld quiets it, arithmetic weighs it against the other operand).
 */
export function fromBinary64(lo: number, hi: number): F80 {
  const sign = hi >>> 31, e = (hi >>> 20) & 0x7ff, frac = hi & 0xfffff;
  lo >>>= 0;
  if (e === 0x7ff) {
    if ((frac | lo) === 0) return infinity(sign);
    return f80((sign << 15) | 0x7fff, 0x80000000 | (frac << 11) | (lo >>> 21), lo << 11);
  }
  if (e === 0) {
    if ((frac | lo) === 0) return zero(sign);
    env80.flags |= DE;
    return fromExact({ sign, sig: (BigInt(frac) << 32n) | BigInt(lo), exp: -1074 });
  }
  return f80((sign << 15) | (e - 1023 + 16383), 0x80000000 | (frac << 11) | (lo >>> 21), lo << 11);
}

/** Widens binary32 bits to the register format, as fromBinary64. */
export function fromBinary32(bits: number): F80 {
  const sign = bits >>> 31, e = (bits >>> 23) & 0xff, frac = bits & 0x7fffff;
  if (e === 0xff) {
    if (frac === 0) return infinity(sign);
    return f80((sign << 15) | 0x7fff, 0x80000000 | (frac << 8), 0);
  }
  if (e === 0) {
    if (frac === 0) return zero(sign);
    env80.flags |= DE;
    return fromExact({ sign, sig: BigInt(frac), exp: -149 });
  }
  return f80((sign << 15) | (e - 127 + 16383), 0x80000000 | (frac << 8), 0);
}

/**
 * Narrows a register to a binary interchange format f: returns the raw bits as
 * a BigInt (sign, biased exponent, fraction). NaNs keep their top fraction
 * bits; invalid operands give the format's indefinite.
 */
function narrow(v: F80, f: Format, expBits: number): bigint {
  const fracBits = f.p - 1, bias = (1 << (expBits - 1)) - 1, maxE = BigInt((1 << expBits) - 1);
  const sign = BigInt(v.se >>> 15) << BigInt(expBits + fracBits);
  const k = classify(v);
  const nanOf = (hi: number, lo: number): bigint =>
    sign | (maxE << BigInt(fracBits)) | (((BigInt(hi) << 32n) | BigInt(lo)) & ((1n << 63n) - 1n)) >> BigInt(64 - f.p);
  switch (k) {
    case UNSUPPORTED: env80.flags |= IE; return nanOf(INDEFINITE.hi, 0) | (1n << BigInt(expBits + fracBits));
    case SNAN: env80.flags |= IE; return nanOf(v.hi | 0x40000000, v.lo);
    case QNAN: return nanOf(v.hi, v.lo);
    case INF: return sign | (maxE << BigInt(fracBits));
    case ZERO: return sign;
  }
  // The hardware raises no DE here, though the SDM lists #D for fst.
  const x = exactOf(v);
  const r = roundExact(x.sign, x.sig, x.exp, false, f);
  if (r.overflow) return sign | (maxE << BigInt(fracBits));
  if (r.sig === 0n) return sign;
  const top = r.exp + bitLength(r.sig) - 1;
  if (top < f.emin) return sign | (r.sig << BigInt(r.exp - (f.emin - fracBits)));
  const frac = (r.sig << BigInt(fracBits - (top - r.exp))) & ((1n << BigInt(fracBits)) - 1n);
  return sign | (BigInt(top + bias) << BigInt(fracBits)) | frac;
}

/** fst m64: the binary64 bits as [lo, hi] (signed 32-bit halves). */
export function toBinary64(v: F80): [number, number] {
  const b = narrow(v, BINARY64, 11);
  return [Number(BigInt.asIntN(32, b)), Number(BigInt.asIntN(32, b >> 32n))];
}

/** fst m32: the binary32 bits. */
export function toBinary32(v: F80): number { return Number(BigInt.asIntN(32, narrow(v, BINARY32, 8))); }

/** fild: any 64-bit signed integer is exact. */
export function fromInteger(n: bigint): F80 {
  if (n === 0n) return zero(0);
  return fromExact({ sign: n < 0n ? 1 : 0, sig: n < 0n ? -n : n, exp: 0 });
}

/**
 * fist/fistp (rc from the control word) and fisttp (TOWARD_ZERO): the integer
 * of `bytes` bytes, or undefined for the integer indefinite (IE raised: NaN,
 * infinity, unsupported, or out of range).
 */
export function toInteger(v: F80, bytes: number, rc: number): bigint | undefined {
  const k = classify(v);
  if (k === ZERO) return 0n;
  if (k !== NORMAL && k !== DENORMAL) { env80.flags |= IE; return undefined; }
  const x = exactOf(v);
  const saved = env80.rc;
  env80.rc = rc;
  const [m, inexact, up] = roundAt(x.sign, x.sig, x.exp, false, 0);
  env80.rc = saved;
  const limit = 1n << BigInt(bytes * 8 - 1);
  if (x.sign ? m > limit : m >= limit) { env80.flags |= IE; return undefined; }
  if (inexact) env80.flags |= PE;
  if (up) env80.flags |= C1;
  return x.sign ? -m : m;
}

/** frndint: rounds to an integer in the register format by RC; PE when inexact, C1 when rounded up. */
export function roundToIntegral(v: F80): F80 {
  const k = classify(v);
  if (k === UNSUPPORTED) return invalid();
  if (k === SNAN || k === QNAN) return propagateNaN(v, k, undefined, ZERO);
  if (k === DENORMAL) env80.flags |= DE;
  if (k !== NORMAL && k !== DENORMAL) return v;
  const x = exactOf(v);
  if (x.exp >= 0) return v;
  const [m, inexact, up] = roundAt(x.sign, x.sig, x.exp, false, 0);
  if (inexact) env80.flags |= PE;
  if (up) env80.flags |= C1;
  return m === 0n ? zero(x.sign) : fromExact({ sign: x.sign, sig: m, exp: 0 });
}
