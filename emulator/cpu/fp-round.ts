// IEEE 754 arithmetic under a chosen rounding mode, with the exception flags
// x86 reports (MXCSR and the x87 status word share their layout).
//
// JavaScript only rounds to nearest, so each operation first computes the
// nearest result r, then learns on which side of r the exact value lies:
// error-free transformations (TwoSum; Dekker's TwoProduct, as JS has no FMA;
// for / and sqrt the remainder, which is exactly representable) give the
// error exactly while everything stays well inside the normal range. A
// directed mode then steps r to its neighbour when the exact value lies
// beyond it. Near the ends of the range (overflow, underflow, subnormal
// operands) the result is instead computed exactly with BigInt and rounded
// bit by bit; that path is slow but rare, and it decides OE/UE precisely
// (x86 detects tininess after rounding).
//
// Callers set `fpEnv.mode` and clear `fpEnv.flags` before an instruction and
// collect the flags after it. NaN operands are the caller's business (the
// NaN that propagates depends on the instruction); these functions see
// non-NaN inputs and return NaN only for an invalid operation (IE raised).

export const IE = 1, DE = 2, ZE = 4, OE = 8, UE = 16, PE = 32;
/** Rounding-control values (MXCSR bits 13-14, x87 control word bits 10-11). */
export const NEAREST = 0, DOWN = 1, UP = 2, TOWARD_ZERO = 3;

export interface FpEnv {
  mode: number;
  /** Exceptions raised by the instruction in progress. */
  flags: number;
  /**
   * Round to nearest with PE already raised and masked: the exact error can
   * change neither the result nor the flags, so it is not computed.
   */
  lazy: boolean;
}

export const fpEnv: FpEnv = { mode: NEAREST, flags: 0, lazy: false };

/** A binary floating-point format: precision in bits and normal exponent range. */
export interface Format { p: number; emin: number; emax: number; max: number }
export const F64: Format = { p: 53, emin: -1022, emax: 1023, max: Number.MAX_VALUE };
export const F32: Format = { p: 24, emin: -126, emax: 127, max: 3.4028234663852886e38 };

// Inside [SMALL, BIG] the error-free transformations are exact for doubles
// (no overflow in Veltkamp's split, no underflow in the error term) and a
// one-ulp step can neither overflow nor leave the normal range.
const SMALL = 2 ** -960, BIG = 2 ** 960;
const MIN_NORMAL = 2 ** -1022;
// The same margins for single-precision results computed in double.
const SMALL32 = 2 ** -125, BIG32 = 2 ** 127, MIN_NORMAL32 = 2 ** -126;
const SPLITTER = 134217729; // 2^27 + 1

/** Whether v is a normal double (not zero, subnormal, infinite or NaN). */
export function isNormal64(v: number): boolean {
  const m = Math.abs(v);
  return m >= MIN_NORMAL && m <= F64.max;
}

/** Whether v (a float held in a double) is a normal float. */
export function isNormal32(v: number): boolean {
  const m = Math.abs(v);
  return m >= MIN_NORMAL32 && m <= F32.max;
}

const f64 = new Float64Array(1);
const u64 = new Uint32Array(f64.buffer);
const f32 = new Float32Array(1);
const u32 = new Uint32Array(f32.buffer);

/** The next double toward +infinity. */
export function nextUp(x: number): number {
  if (x === 0) return 5e-324;
  f64[0] = x;
  if (x > 0) { if (u64[0]++ === 0xffffffff) u64[1]++; }
  else if (u64[0]-- === 0) u64[1]--;
  return f64[0];
}


function nextUpF32(x: number): number {
  if (x === 0) return 2 ** -149;
  f32[0] = x;
  u32[0] += x > 0 ? 1 : -1;
  return f32[0];
}

/** Moves nearest result r one step when the exact value r + err lies beyond it in the rounding direction. */
function directed(r: number, err: number, up: (x: number) => number): number {
  switch (fpEnv.mode) {
    case NEAREST: return r;
    case UP: return err > 0 ? up(r) : r;
    case DOWN: return err < 0 ? -up(-r) : r;
    default:
      if (r > 0 && err < 0) return -up(-r);
      return r < 0 && err > 0 ? up(r) : r;
  }
}

/** Low part of a*b: a*b = hi + lo exactly (Dekker), valid inside [SMALL, BIG]. */
function productError(a: number, b: number, hi: number): number {
  let t = SPLITTER * a;
  const ah = t - (t - a), al = a - ah;
  t = SPLITTER * b;
  const bh = t - (t - b), bl = b - bh;
  return ((ah * bh - hi) + ah * bl + al * bh) + al * bl;
}

const isDenormal = (x: number, minNormal: number): boolean => x !== 0 && x < minNormal && x > -minNormal;

/**
 * Raises DE when either operand is subnormal in format f (min, max, compares,
 * conversions); a NaN operand takes precedence and suppresses it.
 */
export function noteDenormals(a: number, b: number, f: Format): void {
  if (a !== a || b !== b) return;
  const minNormal = f === F64 ? MIN_NORMAL : MIN_NORMAL32;
  if (isDenormal(a, minNormal) || isDenormal(b, minNormal)) fpEnv.flags |= DE;
}

// ---- exact arithmetic (the slow path) -------------------------------------------------------
//
// exactAdd/Mul/Div/Sqrt round the exact result to any format f; they also
// serve the x87's single-precision mode. Operands are not NaN.

/** value = (neg ? -1 : 1) * mant * 2^exp */
interface Exact { neg: boolean; mant: bigint; exp: number }

function exactOf(x: number): Exact {
  f64[0] = x;
  const hi = u64[1], e = (hi >>> 20) & 0x7ff;
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(u64[0]);
  if (e !== 0) mant |= 1n << 52n;
  return { neg: hi >>> 31 === 1, mant, exp: e === 0 ? -1074 : e - 1075 };
}

/** The number of significant bits of a non-negative v (0 for 0). */
export function bitLength(v: bigint): number {
  if (v <= 0xffffffffn) return 32 - Math.clz32(Number(v));
  if (v < 0x20000000000000n) return 64 - Math.clz32(Math.floor(Number(v) / 2 ** 32));
  const hex = v.toString(16);
  return (hex.length - 1) * 4 + (32 - Math.clz32(parseInt(hex[0], 16)));
}

/** Rounds mant to drop `shift` low bits; returns the kept bits and whether anything was lost. */
function roundBits(neg: boolean, mant: bigint, shift: number): [bigint, boolean] {
  if (shift <= 0) return [mant << BigInt(-shift), false];
  const s = BigInt(shift);
  const kept = mant >> s, rem = mant & ((1n << s) - 1n);
  if (rem === 0n) return [kept, false];
  const half = 1n << (s - 1n);
  let inc: boolean;
  switch (fpEnv.mode) {
    case NEAREST: inc = rem > half || (rem === half && (kept & 1n) === 1n); break;
    case UP: inc = !neg; break;
    case DOWN: inc = neg; break;
    default: inc = false;
  }
  return [inc ? kept + 1n : kept, true];
}

function overflowResult(neg: boolean, f: Format): number {
  const m = fpEnv.mode;
  const toInfinity = m === NEAREST || (m === UP && !neg) || (m === DOWN && neg);
  const v = toInfinity ? Infinity : f.max;
  return neg ? -v : v;
}

/** Rounds the exact value (neg, mant, exp) to format f, raising PE, UE and OE as x86 does. */
export function roundExact(neg: boolean, mant: bigint, exp: number, f: Format): number {
  if (mant === 0n) return neg ? -0 : 0;
  const top = exp + bitLength(mant) - 1;
  const q = Math.max(top, f.emin) - f.p + 1;
  const [kept, inexact] = roundBits(neg, mant, q - exp);
  if (top < f.emin && inexact) {
    // Tiny after rounding: rounded to p bits with an unbounded exponent, still below 2^emin.
    const qUnbounded = top - f.p + 1;
    const [k] = roundBits(neg, mant, qUnbounded - exp);
    if (qUnbounded + bitLength(k) - 1 < f.emin) fpEnv.flags |= UE;
  }
  if (q + bitLength(kept) - 1 > f.emax) {
    fpEnv.flags |= OE | PE;
    return overflowResult(neg, f);
  }
  if (inexact) fpEnv.flags |= PE;
  const v = Number(kept) * 2 ** q;
  return neg ? -v : v;
}

const signed = (x: Exact, shift: number): bigint => (x.neg ? -x.mant : x.mant) << BigInt(shift);

/** The sign of an exact zero sum: -0 only from two -0s, or from cancellation when rounding down. */
function zeroSum(a: number, b: number): number {
  if (a === 0 && b === 0 && Object.is(a, b)) return a;
  return fpEnv.mode === DOWN ? -0 : 0;
}

function exactAdd(a: number, b: number, f: Format): number {
  if (a - a !== 0 || b - b !== 0) {        // an infinite operand: exact, or inf - inf
    const r = a + b;
    if (r !== r) fpEnv.flags |= IE;
    return r;
  }
  const x = exactOf(a), y = exactOf(b);
  const e = Math.min(x.exp, y.exp);
  const sum = signed(x, x.exp - e) + signed(y, y.exp - e);
  if (sum === 0n) return zeroSum(a, b);
  return roundExact(sum < 0n, sum < 0n ? -sum : sum, e, f);
}

function exactMul(a: number, b: number, f: Format): number {
  const r = a * b;
  if (r !== r) { fpEnv.flags |= IE; return NaN; }  // 0 * inf
  if (a === 0 || b === 0 || a - a !== 0 || b - b !== 0) return r;
  const x = exactOf(a), y = exactOf(b);
  return roundExact(x.neg !== y.neg, x.mant * y.mant, x.exp + y.exp, f);
}

function exactDiv(a: number, b: number, f: Format): number {
  const r = a / b;
  if (r !== r) { fpEnv.flags |= IE; return NaN; }   // 0/0, inf/inf
  if (b === 0) { if (a - a === 0) fpEnv.flags |= ZE; return r; }
  if (a === 0 || a - a !== 0 || b - b !== 0) return r;
  const x = exactOf(a), y = exactOf(b);
  // At least p+2 quotient bits, then a sticky bit for a non-zero remainder.
  const k = Math.max(0, f.p + 3 + bitLength(y.mant) - bitLength(x.mant));
  const num = x.mant << BigInt(k);
  const quotient = num / y.mant;
  const sticky = num % y.mant === 0n ? 0n : 1n;
  return roundExact(x.neg !== y.neg, quotient * 2n + sticky, x.exp - y.exp - k - 1, f);
}

function isqrt(n: bigint): bigint {
  let x = BigInt(Math.floor(Math.sqrt(Number(n))));
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) break;
    x = y;
  }
  while (x * x > n) x--;
  while ((x + 1n) * (x + 1n) <= n) x++;
  return x;
}

function exactSqrt(b: number, f: Format): number {
  if (b === 0 || b === Infinity) return b;
  if (b < 0) { fpEnv.flags |= IE; return NaN; }
  const x = exactOf(b);
  let mant = x.mant, exp = x.exp;
  if (exp & 1) { mant <<= 1n; exp -= 1; }
  // At least 2(p+3) radicand bits give p+3 root bits; the shift keeps exp even.
  let need = 2 * (f.p + 3) - bitLength(mant);
  if (need > 0) { need += need & 1; mant <<= BigInt(need); exp -= need; }
  const root = isqrt(mant);
  const sticky = root * root === mant ? 0n : 1n;
  return roundExact(false, root * 2n + sticky, exp / 2 - 1, f);
}

// ---- double precision -----------------------------------------------------------------------

export function addF64(a: number, b: number): number {
  const r = a + b;
  if (!(r < BIG && r > -BIG) || isDenormal(a, MIN_NORMAL) || isDenormal(b, MIN_NORMAL)) {
    noteDenormals(a, b, F64);
    return exactAdd(a, b, F64);
  }
  if (r === 0) return fpEnv.mode === DOWN ? zeroSum(a, b) : r;
  if (fpEnv.lazy) return r;
  const bb = r - a;
  const err = (a - (r - bb)) + (b - bb);
  if (err === 0) return r;
  fpEnv.flags |= PE;
  return directed(r, err, nextUp);
}

export function subF64(a: number, b: number): number { return addF64(a, -b); }

/** True when a, b and their rounded result r all lie where the fast path is exact. */
const inRange = (a: number, b: number, r: number): boolean =>
  a < BIG && a > -BIG && b < BIG && b > -BIG && (r >= SMALL ? r <= BIG : r <= -SMALL && r >= -BIG) &&
  !isDenormal(a, MIN_NORMAL) && !isDenormal(b, MIN_NORMAL);

export function mulF64(a: number, b: number): number {
  const r = a * b;
  if (!inRange(a, b, r)) { noteDenormals(a, b, F64); return exactMul(a, b, F64); }
  if (fpEnv.lazy) return r;
  const err = productError(a, b, r);
  if (err === 0) return r;
  fpEnv.flags |= PE;
  return directed(r, err, nextUp);
}

export function divF64(a: number, b: number): number {
  const r = a / b;
  // r * b ≈ a: TwoProduct(r, b) needs a, like r and b, inside the range too.
  if (!inRange(a, b, r) || !(b >= SMALL || b <= -SMALL) || !(a >= SMALL || a <= -SMALL)) {
    if (b !== 0) noteDenormals(a, b, F64); // x86 reports only ZE for a subnormal divided by zero
    return exactDiv(a, b, F64);
  }
  if (fpEnv.lazy) return r;
  const p = r * b;
  const rem = (a - p) - productError(r, b, p);
  if (rem === 0) return r;
  fpEnv.flags |= PE;
  return directed(r, b > 0 ? rem : -rem, nextUp);
}

export function sqrtF64(b: number): number {
  if (!(b >= SMALL && b <= BIG)) {
    if (isDenormal(b, MIN_NORMAL) && b > 0) fpEnv.flags |= DE; // IE takes precedence for a negative one
    return exactSqrt(b, F64);
  }
  const r = Math.sqrt(b);
  if (fpEnv.lazy) return r;
  const p = r * r;
  const rem = (b - p) - productError(r, r, p);
  if (rem === 0) return r;
  fpEnv.flags |= PE;
  return directed(r, rem, nextUp);
}

// ---- single precision: computed in double, then rounded to float ----------------------------
//
// The double result d of + - * / sqrt on floats rounds to the correctly
// rounded float when rounding to nearest (53 >= 2*24 + 2). For the directed
// modes: if d is not a float, the exact value lies between the same two
// floats as d; if d is a float, the double error says on which side.

/** Rounds d (exact value d + err, err's sign only matters) to float; |d| must lie in [SMALL32, BIG32]. */
function toF32(d: number, err: number): number {
  const rf = Math.fround(d);
  if (rf === d && err === 0) return rf;
  fpEnv.flags |= PE;
  return directed(rf, rf === d ? err : d - rf, nextUpF32);
}

const inRange32 = (d: number): boolean => d >= SMALL32 ? d < BIG32 : d <= -SMALL32 && d > -BIG32;

export function addF32(a: number, b: number): number {
  const d = a + b;
  if (!inRange32(d) || isDenormal(a, MIN_NORMAL32) || isDenormal(b, MIN_NORMAL32)) {
    noteDenormals(a, b, F32);
    return d === 0 && a - a === 0 && b - b === 0 ? zeroSum(a, b) : exactAdd(a, b, F32);
  }
  if (fpEnv.lazy) return Math.fround(d);
  const bb = d - a;
  return toF32(d, (a - (d - bb)) + (b - bb));
}

export function subF32(a: number, b: number): number { return addF32(a, -b); }

export function mulF32(a: number, b: number): number {
  const d = a * b; // exact: 48 bits
  if (!inRange32(d) || isDenormal(a, MIN_NORMAL32) || isDenormal(b, MIN_NORMAL32)) { noteDenormals(a, b, F32); return exactMul(a, b, F32); }
  return fpEnv.lazy ? Math.fround(d) : toF32(d, 0);
}

export function divF32(a: number, b: number): number {
  const d = a / b;
  if (!inRange32(d) || !inRange32(a) || !inRange32(b)) {
    if (b !== 0) noteDenormals(a, b, F32);
    return exactDiv(a, b, F32);
  }
  if (fpEnv.lazy) return Math.fround(d);
  const p = d * b;
  const rem = (a - p) - productError(d, b, p);
  return toF32(d, b > 0 ? rem : -rem);
}

export function sqrtF32(b: number): number {
  if (!inRange32(b) || b < 0) { if (isDenormal(b, MIN_NORMAL32) && b > 0) fpEnv.flags |= DE; return exactSqrt(b, F32); }
  const d = Math.sqrt(b);
  if (fpEnv.lazy) return Math.fround(d);
  const p = d * d;
  return toF32(d, (b - p) - productError(d, d, p));
}

// ---- conversions ----------------------------------------------------------------------------

/** A double (not NaN) to float: cvtsd2ss, cvtpd2ps. */
export function narrowF64(v: number): number {
  if (v === 0 || v - v !== 0) return Math.fround(v);
  if (isDenormal(v, MIN_NORMAL)) fpEnv.flags |= DE;
  if (!inRange32(v)) { const x = exactOf(v); return roundExact(x.neg, x.mant, x.exp, F32); }
  return toF32(v, 0);
}

/** A 64-bit integer (hi:lo halves) to double or float: cvtsi2sd/ss with REX.W. */
export function int64ToFloat(lo: number, hi: number, f: Format): number {
  const v = (hi | 0) * 4294967296 + (lo >>> 0);
  if (v < 2 ** 53 && v > -(2 ** 53)) return f === F64 ? v : int32ToFloat(v);
  const big = (BigInt(hi | 0) << 32n) | BigInt(lo >>> 0);
  return roundExact(big < 0n, big < 0n ? -big : big, 0, f);
}

/** An integer that a double holds exactly, to float (cvtsi2ss, cvtdq2ps). */
export function int32ToFloat(v: number): number {
  return v === 0 ? 0 : toF32(v, 0);
}

/** Rounds to an integer by the rounding mode (ties to even when nearest). */
function roundToInteger(v: number, mode: number): number {
  switch (mode) {
    case NEAREST: {
      const r = Math.round(v);
      return r - v === 0.5 && r % 2 !== 0 ? r - 1 : r;
    }
    case DOWN: return Math.floor(v);
    case UP: return Math.ceil(v);
    default: return Math.trunc(v);
  }
}

/**
 * Float to integer of `bits` (32 or 64): rounded by the mode or truncated;
 * NaN and out-of-range raise IE and return null (the caller stores the
 * "integer indefinite" 0x80..0); an inexact result raises PE.
 */
export function floatToInteger(v: number, truncate: boolean, bits: number): number | null {
  const r = truncate ? Math.trunc(v) : roundToInteger(v, fpEnv.mode);
  const limit = bits === 64 ? 9223372036854775808 : 2147483648;
  if (!(r >= -limit && r < limit)) { fpEnv.flags |= IE; return null; }
  if (r !== v) fpEnv.flags |= PE;
  return r;
}
