/**
 * Compile-time values of _Float128 constant expressions ('float128' nodes, float128.ts):
 * the 16-byte image a static `_Float128` starts with, and the double or integer a
 * constant converts to — rounded exactly as the run-time helpers would (binary128.ts).
 */
import type { Node } from './ast.js';
import {
  b128Arith, b128FromBytes, b128FromDouble, b128FromInteger, b128Negate, b128ToDouble, b128ToInteger, decodeB128, type B128Op,
} from './binary128.js';
import { evalFloat, tryEvalInt } from './consteval.js';
import { foldNumberLike } from './fold128.js';

/** The image of a _Float128-valued constant expression, or undefined if it is not one. */
export function foldFloat128(n: Node): bigint | undefined {
  if (n.kind !== 'float128') return undefined;
  switch (n.label) {
    case 'const': return b128FromBytes(n.extended!);
    case 'neg': {
      const v = foldFloat128(n.lhs!);
      return v === undefined ? undefined : b128Negate(v);
    }
    case 'add': case 'sub': case 'mul': case 'div': {
      const a = foldFloat128(n.lhs!);
      const b = a === undefined ? undefined : foldFloat128(n.rhs!);
      return b === undefined ? undefined : b128Arith(n.label as B128Op, a!, b);
    }
    case 'fromInt': {
      const i = foldInteger(n.lhs!);
      return i === undefined ? undefined : b128FromInteger(i);
    }
    case 'fromFloat': {
      // A long double constant is known here to double precision only.
      const f = n.lhs!.ty!.kind === 'ldouble' ? undefined : evalFloat(n.lhs!);
      return f === undefined ? undefined : b128FromDouble(f);
    }
    default:
      return undefined;
  }
}

function foldInteger(n: Node): bigint | undefined {
  if (!n.ty!.isInt128) {
    const v = tryEvalInt(n);
    return v === undefined ? undefined : n.ty!.isUnsigned ? BigInt.asUintN(n.ty!.size * 8, v) : v;
  }
  const bytes = foldNumberLike(n);
  if (!bytes) return undefined;
  const u = b128FromBytes(bytes);
  return n.ty!.isUnsigned ? u : BigInt.asIntN(128, u);
}

/** A 'toFloat' node's constant value (as a double; a float is rounded once more by the caller's type). */
export function foldFloat128AsNumber(n: Node): number | undefined {
  if (n.kind !== 'float128' || n.label !== 'toFloat') return undefined;
  const v = foldFloat128(n.lhs!);
  if (v === undefined) return undefined;
  const d = b128ToDouble(v);
  return n.ty!.kind === 'float' ? Math.fround(d) : d;
}

/** The integer value of a constant conversion or comparison of _Float128 operands. */
export function foldFloat128Integer(n: Node): bigint | undefined {
  const a = n.lhs ? foldFloat128(n.lhs) : undefined;
  if (a === undefined) return undefined;
  switch (n.label) {
    case 'toInt': return b128ToInteger(a);
    case 'toBool': {
      const v = decodeB128(a);
      return v.kind === 'finite' && v.m === 0n ? 0n : 1n;
    }
    case 'eq': case 'ne': case 'lt': case 'le': {
      const b = foldFloat128(n.rhs!);
      if (b === undefined) return undefined;
      const order = compare(a, b);
      const r = n.label === 'eq' ? order === 0 : n.label === 'ne' ? order !== 0 : n.label === 'lt' ? order === -1 : order === -1 || order === 0;
      return r ? 1n : 0n;
    }
    default:
      return undefined;
  }
}

/** -1, 0 or 1 as a is below, equal to or above b; 2 when unordered. */
function compare(a: bigint, b: bigint): number {
  const x = decodeB128(a);
  const y = decodeB128(b);
  if (x.kind === 'nan' || y.kind === 'nan') return 2;
  const value = (v: typeof x): number => (v.kind === 'inf' ? (v.neg ? -Infinity : Infinity) : 0);
  if (x.kind === 'inf' || y.kind === 'inf') {
    const [p, q] = [value(x), value(y)];
    if (x.kind === 'finite') return q > 0 ? -1 : 1;
    if (y.kind === 'finite') return p > 0 ? 1 : -1;
    return p === q ? 0 : p < q ? -1 : 1;
  }
  const diff = decodeB128(b128Arith('sub', a, b));
  if (diff.kind !== 'finite' || diff.m === 0n) return 0;
  return diff.neg ? -1 : 1;
}
