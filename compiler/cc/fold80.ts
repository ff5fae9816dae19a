/**
 * Constant folding of long double initializers in the x87's full 64-bit precision, as gcc
 * does: `static long double third = 1.0L / 3.0L;` must hold the extended quotient, not a
 * double's. Values are carried exactly as m * 2^e (BigInt m) and rounded to nearest-even
 * to the precision of each operation's type, so every step rounds just as the hardware would.
 * Anything unusual (infinities, NaNs, subnormals, division by zero) is left to the
 * double-precision folder by returning undefined.
 */
import type { Node } from './ast.js';
import { evalFloat, tryEvalInt } from './consteval.js';
import { isFlonum, isInteger, type Type } from './types.js';

/** An exact binary value: m * 2^e. */
interface Exact {
  m: bigint;
  e: number;
}

const EXTENDED_BIAS = 16383;

function bitLength(a: bigint): number {
  return a === 0n ? 0 : a.toString(2).length;
}

/** Mantissa bits of a floating type, with the lowest normal exponent of a value 1.x * 2^exp. */
function precisionOf(ty: Type): { bits: number; minExp: number; maxExp: number } {
  if (ty.kind === 'float') return { bits: 24, minExp: -126, maxExp: 127 };
  if (ty.kind === 'double') return { bits: 53, minExp: -1022, maxExp: 1023 };
  return { bits: 64, minExp: 1 - EXTENDED_BIAS, maxExp: EXTENDED_BIAS };
}

/** Rounds to the type's precision, ties to even (subnormals to their coarser grid); undefined above its range. */
function roundTo(x: Exact, ty: Type): Exact | undefined {
  const { bits, minExp, maxExp } = precisionOf(ty);
  if (x.m === 0n) return { m: 0n, e: 0 };
  const magnitude = x.m < 0n ? -x.m : x.m;
  // The value is 1.x * 2^exp; below even the subnormals the hardware rounds to zero.
  const exp = x.e + bitLength(magnitude) - 1;
  if (exp < minExp - bits) return { m: 0n, e: 0 };
  // The last kept bit's weight: `bits` significant bits, but never finer than the subnormals'.
  const quantum = Math.max(exp - (bits - 1), minExp - (bits - 1));
  const r = roundToQuantum(x, quantum);
  const a = r.m < 0n ? -r.m : r.m;
  if (a !== 0n && r.e + bitLength(a) - 1 > maxExp) return undefined;
  return r;
}

/** `x` rounded (to nearest, ties to even) to a multiple of 2^quantum. */
function roundToQuantum(x: Exact, quantum: number): Exact {
  if (x.e >= quantum) return x;
  const neg = x.m < 0n;
  const a = neg ? -x.m : x.m;
  const shift = BigInt(quantum - x.e);
  const kept = a >> shift;
  const rest = a - (kept << shift);
  const half = 1n << (shift - 1n);
  const r = rest > half || (rest === half && (kept & 1n) === 1n) ? kept + 1n : kept;
  return { m: neg ? -r : r, e: quantum };
}

function fromDouble(f: number): Exact | undefined {
  if (!Number.isFinite(f)) return undefined;
  if (f === 0) return { m: 0n, e: 0 };
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, f, true);
  const bits = view.getBigUint64(0, true);
  const biased = Number((bits >> 52n) & 0x7ffn);
  const frac = bits & ((1n << 52n) - 1n);
  const m = biased === 0 ? frac : frac | (1n << 52n);
  const e = (biased === 0 ? 1 : biased) - 1023 - 52;
  return { m: bits >> 63n ? -m : m, e };
}

function fromImage(image: Uint8Array): Exact | undefined {
  const view = new DataView(image.buffer, image.byteOffset, 10);
  const m = view.getBigUint64(0, true);
  const se = view.getUint16(8, true);
  const biased = se & 0x7fff;
  if (biased === 0x7fff) return undefined;
  const e = (biased === 0 ? 1 : biased) - EXTENDED_BIAS - 63;
  return { m: se & 0x8000 ? -m : m, e };
}

function add(a: Exact, b: Exact): Exact {
  const e = Math.min(a.e, b.e);
  return { m: (a.m << BigInt(a.e - e)) + (b.m << BigInt(b.e - e)), e };
}

/** The quotient with enough bits (and a sticky bit) to round correctly to 64 bits. */
function divide(a: Exact, b: Exact): Exact | undefined {
  if (b.m === 0n) return undefined;
  const neg = (a.m < 0n) !== (b.m < 0n);
  const num = a.m < 0n ? -a.m : a.m;
  const den = b.m < 0n ? -b.m : b.m;
  const k = Math.max(0, 70 + bitLength(den) - bitLength(num));
  let q = (num << BigInt(k)) / den;
  const inexact = q * den !== num << BigInt(k);
  q = (q << 1n) | (inexact ? 1n : 0n);
  return { m: neg ? -q : q, e: a.e - b.e - k - 1 };
}

/** The exact value of a constant expression, rounded as its type requires. */
function fold(n: Node): Exact | undefined {
  const ty = n.ty!;
  switch (n.kind) {
    case 'fnum':
      return ty.kind === 'ldouble' && n.extended ? fromImage(n.extended) : fromDouble(n.fval!);
    case 'num':
    case 'cast': {
      if (n.kind === 'cast' && isFlonum(n.lhs!.ty!)) {
        const v = fold(n.lhs!);
        return v && isFlonum(ty) ? roundTo(v, ty) : undefined;
      }
      if (!isFlonum(ty) && !isInteger(ty)) return undefined;
      const inner = n.kind === 'cast' ? n.lhs! : n;
      const i = tryEvalInt(inner);
      if (i === undefined) return undefined;
      const v = { m: inner.ty!.isUnsigned ? BigInt.asUintN(64, i) : i, e: 0 };
      return isFlonum(ty) ? roundTo(v, ty) : v;
    }
    case 'neg': {
      const v = fold(n.lhs!);
      return v && { m: -v.m, e: v.e };
    }
    case 'add':
    case 'sub':
    case 'mul':
    case 'div':
      return foldArith(n);
    case 'cond': {
      const c = tryEvalInt(n.cond!);
      return c === undefined ? undefined : fold(c !== 0n ? n.then! : n.els!);
    }
    default:
      return undefined;
  }
}

function foldArith(n: Node): Exact | undefined {
  if (!isFlonum(n.ty!)) return undefined;
  const a = fold(n.lhs!);
  const b = fold(n.rhs!);
  if (!a || !b) return undefined;
  let r: Exact | undefined;
  if (n.kind === 'add') r = add(a, b);
  else if (n.kind === 'sub') r = add(a, { m: -b.m, e: b.e });
  else if (n.kind === 'mul') r = { m: a.m * b.m, e: a.e + b.e };
  else r = divide(a, b);
  return r && roundTo(r, n.ty!);
}

/**
 * The 10-byte x87 image of a constant long double initializer folded in full precision,
 * or undefined when it is not such a constant (or is an infinity, a NaN or subnormal).
 */
export function foldExtended(n: Node): Uint8Array | undefined {
  const v = fold(n);
  if (!v) return undefined;
  const out = new Uint8Array(10);
  if (v.m === 0n) {
    // The exact form has no signed zero: take the sign from the double-precision fold.
    if (Object.is(evalFloat(n), -0)) out[9] = 0x80;
    return out;
  }
  const neg = v.m < 0n;
  const a = neg ? -v.m : v.m;
  const len = bitLength(a);
  let mant = len <= 64 ? a << BigInt(64 - len) : a >> BigInt(len - 64);
  let biased = v.e + len - 1 + EXTENDED_BIAS;
  if (biased >= 0x7fff) return undefined;
  if (biased <= 0) {
    // A denormal (LDBL_TRUE_MIN): exponent field 0, the mantissa shifted down, when exact.
    const shift = BigInt(1 - biased);
    if (shift >= 64n || (mant & ((1n << shift) - 1n)) !== 0n) return undefined;
    mant >>= shift;
    biased = 0;
  }
  const view = new DataView(out.buffer);
  view.setBigUint64(0, mant, true);
  view.setUint16(8, (neg ? 0x8000 : 0) | biased, true);
  return out;
}

/** An exact value already on `Number`'s grid, as a number (scaled in steps: 2 ** e alone would underflow). */
function toNumber(x: Exact): number {
  let v = Number(x.m);
  for (let e = x.e; e !== 0; ) {
    const step = Math.max(-1000, Math.min(1000, e));
    v *= 2 ** step;
    e -= step;
  }
  return v;
}

/**
 * A float or double complex product or quotient of constants, each part correctly rounded
 * from the exact result, as gcc folds them (with MPC) even at -O0:
 * `if ((3.+4.i) * (2+5i) != -14+23i) link_error();` must leave no call. A part too large
 * for the type is an infinity; undefined when an operand is not finite or the divisor is
 * zero. A part that is exactly zero takes the sign of `signs`' part when that is a zero too
 * (else +0).
 */
export function exactComplexArith(op: 'mul' | 'div', x: [number, number], y: [number, number], part: Type, signs: [number, number]): [number, number] | undefined {
  const [a, b, c, d] = x.concat(y).map(fromDouble);
  if (!a || !b || !c || !d) return undefined;
  const times = (p: Exact, q: Exact): Exact => ({ m: p.m * q.m, e: p.e + q.e });
  const minus = (p: Exact, q: Exact): Exact => add(p, { m: -q.m, e: q.e });
  let re: Exact | undefined;
  let im: Exact | undefined;
  if (op === 'mul') {
    re = minus(times(a, c), times(b, d));
    im = add(times(a, d), times(b, c));
  } else {
    const den = add(times(c, c), times(d, d));
    re = divide(add(times(a, c), times(b, d)), den);
    im = divide(minus(times(b, c), times(a, d)), den);
  }
  const rounded = (v: Exact | undefined, plain: number): number | undefined => {
    if (!v) return undefined;
    if (v.m === 0n) return plain === 0 ? plain : 0;
    // gcc rounds MPC's result to the type's precision first, and then a subnormal again.
    const r = roundTo(roundToQuantum(v, v.e + bitLength(v.m < 0n ? -v.m : v.m) - precisionOf(part).bits), part);
    if (!r) return v.m < 0n ? -Infinity : Infinity;
    // (Underflowed to zero: the exact form has no -0.)
    return r.m === 0n && v.m < 0n ? -0 : toNumber(r);
  };
  const parts = [rounded(re, signs[0]), rounded(im, signs[1])];
  return parts[0] !== undefined && parts[1] !== undefined ? [parts[0], parts[1]] : undefined;
}
