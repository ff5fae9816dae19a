/**
 * Compile-time values of _Complex and __int128 constant expressions, for static
 * initializers (`static __int128 big = (__int128)1 << 100;`, `_Complex double z = 1 + 2i;`):
 * the bytes the object starts with, or undefined when the expression is not constant.
 */
import type { Node } from './ast.js';
import { evalFloat, tryEvalInt } from './consteval.js';
import { writeLongDouble } from './initializer.js';
import { b128Bytes } from './binary128.js';
import { foldFloat128 } from './fold-float128.js';
import { exactComplexArith, foldExtended } from './fold80.js';
import { isInteger, type Type } from './types.js';

export function foldNumberLike(e: Node): Uint8Array | undefined {
  const ty = e.ty!;
  if (ty.isFloat128) {
    const v = foldFloat128(e);
    return v === undefined ? undefined : b128Bytes(v);
  }
  if (ty.isInt128) {
    const v = foldInt(e);
    if (v === undefined) return undefined;
    const bytes = new Uint8Array(16);
    const u = BigInt.asUintN(128, v);
    for (let i = 0; i < 16; i++) bytes[i] = Number((u >> BigInt(8 * i)) & 0xffn);
    return bytes;
  }
  const parts = foldComplex(e);
  const base = ty.complexBase!;
  if (!parts) return undefined;
  const bytes = new Uint8Array(ty.size);
  const view = new DataView(bytes.buffer);
  parts.forEach((p, i) => {
    if (base.kind !== 'float' && base.kind !== 'double' && base.kind !== 'ldouble') {
      const v = BigInt.asUintN(64, BigInt(Math.trunc(p)));
      for (let b = 0; b < base.size; b++) bytes[i * base.size + b] = Number((v >> BigInt(8 * b)) & 0xffn);
    } else if (base.kind === 'float') view.setFloat32(i * 4, p, true);
    else if (base.kind === 'double') view.setFloat64(i * 8, p, true);
    else writeLongDouble(view, i * 16, p);
  });
  return bytes;
}

/** The real value a complex constant converts to: its real or imaginary part as a member, or its truth as _Bool. */
export function foldComplexAsReal(n: Node): number | undefined {
  const whole = n.lhs?.ty?.complexBase ? foldComplex(n.lhs) : undefined;
  if (!whole) return undefined;
  if (n.kind === 'member') return whole[n.member === n.lhs!.ty!.members[1] ? 1 : 0];
  if (n.kind === 'complex' && n.label === 'toBool') return whole[0] !== 0 || whole[1] !== 0 ? 1 : 0;
  return undefined;
}

/**
 * An integer expression's value, wrapped to its type (128-bit ones included): also the
 * int results of 128-bit operations (comparisons, truth values) and a 128-bit value's
 * halves, which consteval.ts asks for (`9223372036854775808 > 0`, `long y = 9223372036854775808;`).
 */
export function foldInt(n: Node): bigint | undefined {
  const ty = n.ty!;
  const wrap = (v: bigint): bigint => (ty.isUnsigned ? BigInt.asUintN(ty.size * 8, v) : BigInt.asIntN(ty.size * 8, v));
  if (n.kind === 'int128') {
    const a = n.label === 'fromFloat' ? truncated(n.lhs!) : foldInt(n.lhs!);
    if (a === undefined) return undefined;
    if (n.label === 'fromInt' || n.label === 'convert') return wrap(a);
    if (n.label === 'fromFloat') return wrap(a);
    if (n.label === 'neg') return wrap(-a);
    if (n.label === 'bitnot') return wrap(~a);
    if (n.label === 'toBool') return a !== 0n ? 1n : 0n;
    const b = n.rhs ? foldInt(n.rhs) : undefined;
    if (b === undefined) return undefined;
    switch (n.label) {
      case 'add': return wrap(a + b);
      case 'sub': return wrap(a - b);
      case 'mul': return wrap(a * b);
      case 'div': return b === 0n ? undefined : wrap(a / b);
      case 'mod': return b === 0n ? undefined : wrap(a % b);
      case 'band': return wrap(a & b);
      case 'bor': return wrap(a | b);
      case 'bxor': return wrap(a ^ b);
      case 'shl': return wrap(a << b);
      case 'shr': return wrap(a >> b);
      case 'eq': return a === b ? 1n : 0n;
      case 'ne': return a !== b ? 1n : 0n;
      case 'lt': return a < b ? 1n : 0n;
      case 'le': return a <= b ? 1n : 0n;
      default: return undefined;
    }
  }
  if (n.kind === 'member' && n.lhs!.ty!.isInt128) {
    const whole = foldInt(n.lhs!);
    return whole === undefined ? undefined : BigInt.asUintN(64, whole);
  }
  return tryEvalInt(n);
}

function truncated(n: Node): bigint | undefined {
  // A long double keeps its 64-bit significand: through a double, 1e30L would lose bits.
  const extended = n.ty!.kind === 'ldouble' ? foldExtended(n) : undefined;
  if (extended !== undefined) return truncatedExtended(extended);
  const f = evalFloat(n);
  return f === undefined || !Number.isFinite(f) ? undefined : BigInt(Math.trunc(f));
}

/** An x87 image's value truncated toward zero: significand × 2^(exponent − 16383 − 63). */
function truncatedExtended(bytes: Uint8Array): bigint {
  const view = new DataView(bytes.buffer, bytes.byteOffset, 10);
  const significand = view.getBigUint64(0, true);
  const signAndExponent = view.getUint16(8, true);
  const shift = (signAndExponent & 0x7fff) - 16383 - 63;
  const magnitude = shift >= 0 ? significand << BigInt(shift) : significand >> BigInt(-shift);
  return signAndExponent & 0x8000 ? -magnitude : magnitude;
}

/** A complex `==` / `!=` of two constants (gcc folds them even at -O0: `if (z != w) link_error();`). */
export function foldComplexEquality(n: Node): boolean | undefined {
  const a = foldComplex(n.lhs!, true);
  const b = a && foldComplex(n.rhs!, true);
  if (!a || !b) return undefined;
  const equal = a[0] === b[0] && a[1] === b[1];
  return n.label === 'eq' ? equal : !equal;
}

/** Integer (a + bi) / (c + di) as the generated code computes it (codegen-complex's genIntComplexDivide). */
function intComplexQuotient(x: [number, number], y: [number, number], part: Type): [number, number] | undefined {
  if (![...x, ...y].every(Number.isSafeInteger)) return undefined;
  const bits = part.size * 8;
  const wrap = (v: bigint): bigint => (part.isUnsigned ? BigInt.asUintN(bits, v) : BigInt.asIntN(bits, v));
  const abs = (v: bigint): bigint => (v < 0n ? -v : v);
  const [a, b, c, d] = [...x, ...y].map((v) => wrap(BigInt(v)));
  const cSmaller = abs(c) < abs(d);
  const [big, small] = cSmaller ? [d, c] : [c, d];
  if (big === 0n) return undefined; // a run-time trap, not a constant
  const ratio = wrap(small / big);
  const div = wrap(small * ratio + big);
  if (div === 0n) return undefined;
  const re = cSmaller ? wrap(a * ratio + b) : wrap(b * ratio + a);
  const im = cSmaller ? wrap(b * ratio - a) : wrap(b - a * ratio);
  return [Number(wrap(re / div)), Number(wrap(im / div))];
}

/**
 * A complex constant's parts. A floating product or quotient of finite parts is correctly
 * rounded from the exact result; otherwise an initializer gets what the run time computes,
 * while `exactOnly` (conditions, which gcc folds only the exact way) gets undefined.
 */
function foldComplex(n: Node, exactOnly = false): [number, number] | undefined {
  if (!n.ty!.complexBase) {
    const f = evalFloat(n);
    return f === undefined ? undefined : [f, 0];
  }
  if (n.kind !== 'complex') return undefined;
  if (n.label === 'fromParts') {
    const re = evalFloat(n.lhs!);
    const im = evalFloat(n.rhs!);
    return re === undefined || im === undefined ? undefined : [re, im];
  }
  if (n.label === 'fromReal' || n.label === 'fromImag') {
    const f = evalFloat(n.lhs!);
    if (f === undefined) return undefined;
    return n.label === 'fromReal' ? [f, 0] : [0, f];
  }
  const a = foldComplex(n.lhs!, exactOnly);
  if (!a) return undefined;
  if (n.label === 'convert') return n.ty!.complexBase.kind === 'float' ? [Math.fround(a[0]), Math.fround(a[1])] : a;
  if (n.label === 'neg') return [-a[0], -a[1]];
  if (n.label === 'conj') return [a[0], -a[1]];
  const b = n.rhs ? foldComplex(n.rhs, exactOnly) : undefined;
  if (!b) return undefined;
  if (isInteger(n.ty!.complexBase!) && n.label === 'div') return intComplexQuotient(a, b, n.ty!.complexBase!);
  const round = (v: number): number => (n.ty!.complexBase!.kind === 'float' ? Math.fround(v) : v);
  // A real operand (mixed operations) folds to [x, 0]; only its own part takes part.
  const realLeft = !n.lhs!.ty!.complexBase;
  switch (n.label) {
    case 'addReal': return realLeft ? [round(a[0] + b[0]), b[1]] : [round(a[0] + b[0]), a[1]];
    case 'subReal': return realLeft ? [round(a[0] - b[0]), -b[1]] : [round(a[0] - b[0]), a[1]];
    case 'mulReal': return realLeft ? [round(a[0] * b[0]), round(a[0] * b[1])] : [round(a[0] * b[0]), round(a[1] * b[0])];
    case 'divReal': return [round(a[0] / b[0]), round(a[1] / b[0])];
    case 'add': return [round(a[0] + b[0]), round(a[1] + b[1])];
    case 'sub': return [round(a[0] - b[0]), round(a[1] - b[1])];
    case 'mul': case 'div': {
      const part = n.ty!.complexBase!;
      // (Integer division was folded above.)
      if (isInteger(part)) return textbookNumerators('mul', a, b, round);
      // (A long double's parts are doubles here: no exact fold.)
      const exact = part.kind === 'ldouble' ? undefined : exactComplexArith(n.label, a, b, part, textbookNumerators(n.label, a, b, round));
      // In a condition gcc folds a product that overflows, but not a quotient.
      if (exactOnly) return n.label === 'mul' || exact?.every(Number.isFinite) ? exact : undefined;
      return exact ?? runTimeProduct(n.label, a, b, round);
    }
    default: return undefined;
  }
}

/**
 * The textbook formula's numerators in IEEE arithmetic (a quotient's denominator is
 * positive): an exact zero part gets the sign its numerator has here, as in gcc's folds.
 */
function textbookNumerators(op: 'mul' | 'div', a: [number, number], b: [number, number], round: (v: number) => number): [number, number] {
  if (op === 'mul') return [round(a[0] * b[0] - a[1] * b[1]), round(a[0] * b[1] + a[1] * b[0])];
  return [round(a[0] * b[0] + a[1] * b[1]), round(a[1] * b[0] - a[0] * b[1])];
}

/**
 * A product or quotient as the run time's helpers compute it (userland/libc's
 * complex_arith.c, libgcc's __muldc3/__divdc3: C11 Annex G, without libgcc's scaling of
 * extreme finite values), each step rounded by `round`: what an initializer holds when the
 * exact fold cannot give it, `(_Complex double)1 / 0` = inf + i NaN. A NaN part is the
 * positive one gcc's folder writes.
 */
function runTimeProduct(op: 'mul' | 'div', [a, b]: [number, number], [c, d]: [number, number], round: (v: number) => number): [number, number] {
  const [x, y] = op === 'mul' ? annexGProduct(a, b, c, d, round) : annexGQuotient(a, b, c, d, round);
  return [Number.isNaN(x) ? NaN : x, Number.isNaN(y) ? NaN : y];
}

const isInf = (v: number): boolean => v === Infinity || v === -Infinity;
/** copysign(isinf(v), v): Annex G's "box" of an infinite operand (a NaN's sign is not seen here). */
const boxInf = (v: number): number => {
  const magnitude = isInf(v) ? 1 : 0;
  return v < 0 || Object.is(v, -0) ? -magnitude : magnitude;
};
/** A NaN operand as a zero (its sign is not observable here). */
const nanToZero = (v: number): number => (Number.isNaN(v) ? 0 : v);

function annexGProduct(a: number, b: number, c: number, d: number, round: (v: number) => number): [number, number] {
  const ac = round(a * c), bd = round(b * d), ad = round(a * d), bc = round(b * c);
  const x = round(ac - bd), y = round(ad + bc);
  if (!Number.isNaN(x) || !Number.isNaN(y)) return [x, y];
  let again = false;
  if (isInf(a) || isInf(b)) {
    [a, b, c, d] = [boxInf(a), boxInf(b), nanToZero(c), nanToZero(d)];
    again = true;
  }
  if (isInf(c) || isInf(d)) {
    [c, d, a, b] = [boxInf(c), boxInf(d), nanToZero(a), nanToZero(b)];
    again = true;
  }
  if (!again && [ac, bd, ad, bc].some(isInf)) {
    [a, b, c, d] = [a, b, c, d].map(nanToZero);
    again = true;
  }
  return again ? [Infinity * round(round(a * c) - round(b * d)), Infinity * round(round(a * d) + round(b * c))] : [x, y];
}

function annexGQuotient(a: number, b: number, c: number, d: number, round: (v: number) => number): [number, number] {
  let x: number, y: number;
  // Smith's division: the ratio of the divisor's smaller part to its larger.
  if (Math.abs(c) < Math.abs(d)) {
    const ratio = round(c / d), denom = round(round(c * ratio) + d);
    x = round(round(round(a * ratio) + b) / denom);
    y = round(round(round(b * ratio) - a) / denom);
  } else {
    const ratio = round(d / c), denom = round(round(d * ratio) + c);
    x = round(round(round(b * ratio) + a) / denom);
    y = round(round(b - round(a * ratio)) / denom);
  }
  if (!Number.isNaN(x) || !Number.isNaN(y)) return [x, y];
  const finite = Number.isFinite;
  if (c === 0 && d === 0 && (!Number.isNaN(a) || !Number.isNaN(b))) {
    const inf = Object.is(c, -0) ? -Infinity : Infinity;
    return [inf * a, inf * b];
  }
  if ((isInf(a) || isInf(b)) && finite(c) && finite(d)) {
    [a, b] = [boxInf(a), boxInf(b)];
    return [Infinity * round(round(a * c) + round(b * d)), Infinity * round(round(b * c) - round(a * d))];
  }
  if ((isInf(c) || isInf(d)) && finite(a) && finite(b)) {
    [c, d] = [boxInf(c), boxInf(d)];
    return [0 * round(round(a * c) + round(b * d)), 0 * round(round(b * c) - round(a * d))];
  }
  return [x, y];
}
