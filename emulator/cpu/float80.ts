// The x87's 80-bit extended format, computed exactly: a value is the raw
// register image (sign+exponent word, significand as two 32-bit halves with
// the explicit integer bit J at hi bit 31), so loads, stores, FXSAVE and the
// tag word see the very bits the hardware would hold.
//
// Every operation works on the exact mathematical result (a BigInt significand
// times a power of two, plus a sticky bit for anything below it) and rounds it
// once, the way IEEE 754 and the Intel SDM vol. 1 ch. 4/8 describe:
// precision control (24/53/64 bits, over the full 15-bit exponent range),
// rounding control, tininess detected after rounding, C1 set when the
// magnitude was rounded up. Only the masked exception responses are modelled:
// with an exception unmasked the hardware would trap at the next wait, and
// programs that unmask x87 exceptions are not run here.

import { bitLength, DE, DOWN, IE, NEAREST, OE, PE, TOWARD_ZERO, UE, UP, ZE } from './fp-round.js';

// The exception flags and rounding-control values are MXCSR's and the x87's alike (fp-round.ts).
export { bitLength, DE, DOWN, IE, NEAREST, OE, PE, TOWARD_ZERO, UE, UP, ZE };
/** The stack fault flag and C1, as the status word lays them out. */
export const SF = 64, C1 = 0x200;

/** The raw 80-bit value: `se` = sign << 15 | biased exponent; `hi`/`lo` unsigned. */
export interface F80 { se: number; hi: number; lo: number }

/** The environment of the instruction in progress: rounding control in, exceptions (and C1) out. */
export interface Env80 { rc: number; flags: number }
export const env80: Env80 = { rc: NEAREST, flags: 0 };

// Operand classes. UNSUPPORTED covers unnormals, pseudo-NaNs and pseudo-infinities,
// which the 387 and later reject as invalid operands.
export const ZERO = 0, NORMAL = 1, DENORMAL = 2, INF = 3, QNAN = 4, SNAN = 5, UNSUPPORTED = 6;

const BIAS = 16383;
/** Exponent of a significand's least significant bit for biased exponent 0 or 1. */
const DENORMAL_LSB = 1 - BIAS - 63;

export function f80(se: number, hi: number, lo: number): F80 { return { se, hi: hi >>> 0, lo: lo >>> 0 }; }

export const POS_ZERO: F80 = f80(0, 0, 0);
/** The "real indefinite" an invalid operation produces (masked). */
export const INDEFINITE: F80 = f80(0xffff, 0xc0000000, 0);

export function classify(v: F80): number {
  const e = v.se & 0x7fff, j = v.hi >>> 31;
  if (e === 0) return (v.hi | v.lo) === 0 ? ZERO : DENORMAL;
  if (e === 0x7fff) {
    if (j === 0) return UNSUPPORTED;
    if ((v.hi & 0x7fffffff) === 0 && v.lo === 0) return INF;
    return v.hi & 0x40000000 ? QNAN : SNAN;
  }
  return j === 1 ? NORMAL : UNSUPPORTED;
}

export const isNaNKind = (k: number): boolean => k === QNAN || k === SNAN;
export const signOf = (v: F80): number => v.se >>> 15;
export const negate = (v: F80): F80 => ({ se: v.se ^ 0x8000, hi: v.hi, lo: v.lo });
export const absolute = (v: F80): F80 => ({ se: v.se & 0x7fff, hi: v.hi, lo: v.lo });
export const infinity = (sign: number): F80 => f80((sign << 15) | 0x7fff, 0x80000000, 0);
export const zero = (sign: number): F80 => f80(sign << 15, 0, 0);
export const quiet = (v: F80): F80 => ({ se: v.se, hi: (v.hi | 0x40000000) >>> 0, lo: v.lo });

// ---- the exact values behind finite operands --------------------------------------------

/** A finite nonzero value: (-1)^sign * sig * 2^exp. */
export interface Exact { sign: number; sig: bigint; exp: number }

export function significand(v: F80): bigint { return (BigInt(v.hi) << 32n) | BigInt(v.lo); }

/** The exact value of a finite operand (ZERO, NORMAL or DENORMAL; pseudo-denormals weigh as exponent 1). */
export function exactOf(v: F80): Exact {
  const e = v.se & 0x7fff;
  return { sign: v.se >>> 15, sig: significand(v), exp: (e === 0 ? 1 : e) - BIAS - 63 };
}


/** A target of rounding: significand bits and normal exponent range (of the MSB). */
export interface Format { p: number; emin: number; emax: number }
export const EXTENDED: Format = { p: 64, emin: 1 - BIAS, emax: BIAS };
export const DOUBLE_IN_EXTENDED: Format = { p: 53, emin: 1 - BIAS, emax: BIAS };
export const SINGLE_IN_EXTENDED: Format = { p: 24, emin: 1 - BIAS, emax: BIAS };
export const BINARY64: Format = { p: 53, emin: -1022, emax: 1023 };
export const BINARY32: Format = { p: 24, emin: -126, emax: 127 };

/** The precision control field (control word bits 8-9) as a format; 1 is reserved and behaves as 24 here. */
export function precisionFormat(fcw: number): Format {
  const pc = (fcw >> 8) & 3;
  return pc === 3 ? EXTENDED : pc === 2 ? DOUBLE_IN_EXTENDED : SINGLE_IN_EXTENDED;
}

/** A rounded finite result: sig * 2^exp with sig < 2^p (or 2^p exactly after a carry), or an overflow. */
export interface Rounded { sign: number; sig: bigint; exp: number; overflow: boolean }

/** Rounds sig * 2^exp (+ sticky below it) so its lowest kept bit weighs 2^lsb; notes inexact and round-up. */
export function roundAt(sign: number, sig: bigint, exp: number, sticky: boolean, lsb: number): [bigint, boolean, boolean] {
  const shift = lsb - exp;
  if (shift <= 0) {
    const m = sig << BigInt(-shift);
    if (!sticky) return [m, false, false];
    const up = env80.rc === (sign ? DOWN : UP);
    return [up ? m + 1n : m, true, up];
  }
  const s = BigInt(shift);
  const kept = sig >> s, rem = sig & ((1n << s) - 1n);
  if (rem === 0n && !sticky) return [kept, false, false];
  let up: boolean;
  switch (env80.rc) {
    case NEAREST: {
      const half = 1n << (s - 1n);
      up = rem > half || (rem === half && (sticky || (kept & 1n) === 1n));
      break;
    }
    case UP: up = sign === 0; break;
    case DOWN: up = sign === 1; break;
    default: up = false;
  }
  return [up ? kept + 1n : kept, true, up];
}

/**
 * Rounds the exact nonzero value (-1)^sign * sig * 2^exp (sticky: nonzero bits
 * below it) to format f, raising PE, UE (tiny after rounding and inexact),
 * OE and C1 (rounded up) in env80.
 */
export function roundExact(sign: number, sig: bigint, exp: number, sticky: boolean, f: Format): Rounded {
  const top = exp + bitLength(sig) - 1;
  const lsb = Math.max(top, f.emin) - f.p + 1;
  let [m, inexact, up] = roundAt(sign, sig, exp, sticky, lsb);
  if (top < f.emin && inexact) {
    const lsbUnbounded = top - f.p + 1;
    const [k] = lsbUnbounded === lsb ? [m] : roundAt(sign, sig, exp, sticky, lsbUnbounded);
    if (k !== 0n && lsbUnbounded + bitLength(k) - 1 < f.emin) env80.flags |= UE;
  }
  if (m !== 0n && lsb + bitLength(m) - 1 > f.emax) {
    env80.flags |= OE | PE;
    const rc = env80.rc;
    const toInfinity = rc === NEAREST || (rc === UP && sign === 0) || (rc === DOWN && sign === 1);
    if (toInfinity) env80.flags |= C1;
    return { sign, sig: toInfinity ? 0n : (1n << BigInt(f.p)) - 1n, exp: f.emax - f.p + 1, overflow: toInfinity };
  }
  if (inexact) env80.flags |= PE;
  if (up) env80.flags |= C1;
  return { sign, sig: m, exp: lsb, overflow: false };
}

/** Packs a rounded result into the register format (finite results are exact in it). */
export function packExtended(r: Rounded): F80 {
  if (r.overflow) return infinity(r.sign);
  if (r.sig === 0n) return zero(r.sign);
  const top = r.exp + bitLength(r.sig) - 1;
  let e: number, shift: number;
  if (top >= 1 - BIAS) { e = top + BIAS; shift = 63 - (top - r.exp); }
  else { e = 0; shift = r.exp - DENORMAL_LSB; }
  const m = r.sig << BigInt(shift);
  return f80((r.sign << 15) | e, Number(m >> 32n), Number(m & 0xffffffffn));
}

export function roundToExtended(sign: number, sig: bigint, exp: number, sticky: boolean, f: Format): F80 {
  if (sig === 0n && !sticky) return zero(sign);
  return packExtended(roundExact(sign, sig, exp, sticky, f));
}

/** An exact value already known to fit (integers, remainders, scaled operands). */
export function fromExact(x: Exact): F80 { return roundToExtended(x.sign, x.sig, x.exp, false, EXTENDED); }

// ---- NaNs and invalid operands ----------------------------------------------------------

/**
 * The NaN an operation with NaN operands delivers (Intel SDM vol. 1 table 4-7):
 * an SNaN raises IE; a QNaN wins over an SNaN, otherwise of two NaNs the one
 * with the larger significand (of equal ones the positive); the result
 * is always quiet.
 */
export function propagateNaN(a: F80, ka: number, b: F80 | undefined, kb: number): F80 {
  if (ka === SNAN || kb === SNAN) env80.flags |= IE;
  const aNaN = isNaNKind(ka), bNaN = b !== undefined && isNaNKind(kb);
  if (aNaN && bNaN) {
    if (ka !== kb) return quiet(ka === QNAN ? a : b);
    const ha = a.hi | 0x40000000, hb = b.hi | 0x40000000;
    if (ha !== hb) return quiet(ha >>> 0 > hb >>> 0 ? a : b);
    if (a.lo !== b.lo) return quiet(a.lo > b.lo ? a : b);
    return quiet(a.se & 0x8000 ? b : a);
  }
  return quiet(aNaN ? a : b as F80);
}

export function invalid(): F80 { env80.flags |= IE; return INDEFINITE; }

/**
 * Checks the operands of an arithmetic operation: returns the result when an
 * operand is a NaN or unsupported, undefined otherwise; raises DE for denormals.
 */
function screen(a: F80, ka: number, b: F80, kb: number): F80 | undefined {
  if (ka === UNSUPPORTED || kb === UNSUPPORTED) return invalid();
  if (isNaNKind(ka) || isNaNKind(kb)) return propagateNaN(a, ka, b, kb);
  if (ka === DENORMAL || kb === DENORMAL) env80.flags |= DE;
  return undefined;
}

// ---- arithmetic ------------------------------------------------------------------------

/** a + b (subtraction negates b first), rounded to f. */
export function add(a: F80, b: F80, f: Format): F80 {
  const ka = classify(a), kb = classify(b);
  const special = screen(a, ka, b, kb);
  if (special) return special;
  const sa = a.se >>> 15, sb = b.se >>> 15;
  if (ka === INF || kb === INF) {
    if (ka === INF && kb === INF && sa !== sb) return invalid();
    return infinity(ka === INF ? sa : sb);
  }
  if (ka === ZERO && kb === ZERO) return zero(sa === sb ? sa : env80.rc === DOWN ? 1 : 0);
  if (ka === ZERO) return roundToExtended(sb, significand(b), exactOf(b).exp, false, f);
  if (kb === ZERO) return roundToExtended(sa, significand(a), exactOf(a).exp, false, f);
  let x = exactOf(a), y = exactOf(b);
  if (x.exp < y.exp) [x, y] = [y, x];
  // Aligned more than 70 bits below a normal x (64 bits), y only matters as a
  // sticky bit under the kept bits: the true sum lies strictly between two
  // integers, and that is all rounding needs to know.
  const LIMIT = 70;
  let ys = y.sig, sticky = false, shift = x.exp - y.exp;
  if (shift > LIMIT) {
    const drop = BigInt(shift - LIMIT);
    sticky = (ys & ((1n << drop) - 1n)) !== 0n;
    ys >>= drop;
    shift = LIMIT;
  }
  const exp = x.exp - shift;
  const xv = x.sig << BigInt(shift);
  if (x.sign === y.sign) return roundToExtended(x.sign, xv + ys, exp, sticky, f);
  if (xv > ys) return roundToExtended(x.sign, sticky ? xv - ys - 1n : xv - ys, exp, sticky, f);
  if (ys > xv) return roundToExtended(y.sign, ys - xv, exp, false, f);
  return zero(env80.rc === DOWN ? 1 : 0);
}

export function sub(a: F80, b: F80, f: Format): F80 {
  // A NaN keeps its sign: negate only numbers.
  const kb = classify(b);
  return add(a, isNaNKind(kb) || kb === UNSUPPORTED ? b : negate(b), f);
}

export function mul(a: F80, b: F80, f: Format): F80 {
  const ka = classify(a), kb = classify(b);
  const special = screen(a, ka, b, kb);
  if (special) return special;
  const sign = (a.se ^ b.se) >>> 15;
  if (ka === INF || kb === INF) return ka === ZERO || kb === ZERO ? invalid() : infinity(sign);
  if (ka === ZERO || kb === ZERO) return zero(sign);
  const x = exactOf(a), y = exactOf(b);
  return roundToExtended(sign, x.sig * y.sig, x.exp + y.exp, false, f);
}

export function div(a: F80, b: F80, f: Format): F80 {
  const ka = classify(a), kb = classify(b);
  const sign = (a.se ^ b.se) >>> 15;
  // Division by zero takes precedence over a denormal dividend (no DE then).
  if (kb === ZERO && (ka === NORMAL || ka === DENORMAL)) { env80.flags |= ZE; return infinity(sign); }
  const special = screen(a, ka, b, kb);
  if (special) return special;
  if (ka === INF) return kb === INF ? invalid() : infinity(sign);
  if (kb === INF) return zero(sign);
  if (kb === ZERO) return invalid();
  if (ka === ZERO) return zero(sign);
  const x = exactOf(a), y = exactOf(b);
  const EXTRA = 140;
  const num = x.sig << BigInt(EXTRA);
  const q = num / y.sig;
  return roundToExtended(sign, q, x.exp - y.exp - EXTRA, q * y.sig !== num, f);
}

/** The integer square root of n (n >= 0): floor(sqrt(n)). */
export function isqrt(n: bigint): bigint {
  if (n < 2n) return n;
  let x = 1n << BigInt((bitLength(n) >> 1) + 1);
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}

export function sqrt(a: F80, f: Format): F80 {
  const ka = classify(a);
  if (ka === UNSUPPORTED) return invalid();
  if (isNaNKind(ka)) return propagateNaN(a, ka, undefined, ZERO);
  if (ka === ZERO) return a;
  if (a.se >>> 15) return invalid();
  if (ka === INF) return a;
  if (ka === DENORMAL) env80.flags |= DE;
  const x = exactOf(a);
  // Scale to an even exponent with enough bits for 64 + guard bits of root.
  let sig = x.sig, exp = x.exp;
  const widen = 160 - bitLength(sig);
  sig <<= BigInt(widen); exp -= widen;
  if (exp & 1) { sig <<= 1n; exp -= 1; }
  const r = isqrt(sig);
  return roundToExtended(0, r, exp / 2, r * r !== sig, f);
}

// ---- comparisons -------------------------------------------------------------------------

/** Comparison outcomes; UNORDERED when a NaN or unsupported operand is involved. */
export const LESS = -1, EQUAL = 0, GREATER = 1, UNORDERED = 2;

/**
 * Compares a with b. `signalling` (fcom, fcomi, ftst) raises IE for any NaN,
 * the quiet forms (fucom, fucomi) only for an SNaN; DE for denormals.
 */
export function compare(a: F80, b: F80, signalling: boolean): number {
  const ka = classify(a), kb = classify(b);
  if (ka === UNSUPPORTED || kb === UNSUPPORTED) { env80.flags |= IE; return UNORDERED; }
  if (isNaNKind(ka) || isNaNKind(kb)) {
    if (signalling || ka === SNAN || kb === SNAN) env80.flags |= IE;
    return UNORDERED;
  }
  if (ka === DENORMAL || kb === DENORMAL) env80.flags |= DE;
  if (ka === ZERO && kb === ZERO) return EQUAL;
  const sa = ka === ZERO ? signOf(b) ^ 1 : a.se >>> 15;
  const sb = kb === ZERO ? signOf(a) ^ 1 : b.se >>> 15;
  if (sa !== sb) return sa ? LESS : GREATER;
  const m = compareMagnitude(a, ka, b, kb);
  return sa ? -m : m;
}

function compareMagnitude(a: F80, ka: number, b: F80, kb: number): number {
  if (ka === ZERO) return LESS;
  if (kb === ZERO) return GREATER;
  const ea = (a.se & 0x7fff) || 1, eb = (b.se & 0x7fff) || 1;
  if (ea !== eb) return ea < eb ? LESS : GREATER;
  if (a.hi !== b.hi) return a.hi < b.hi ? LESS : GREATER;
  if (a.lo !== b.lo) return a.lo < b.lo ? LESS : GREATER;
  return EQUAL;
}
