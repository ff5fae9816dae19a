/**
 * The usual arithmetic conversions (C11 6.3.1.8): the type two arithmetic operands are
 * converted to, with the typedef name gcc keeps (typedef-names.ts).
 */
import { canonicalType, commonFloating, isFlonum, isInteger, tyInt, tyLLong, tyLong, tyUInt, tyULLong, tyULong, unqualified, type Type } from './types.js';

/**
 * The usual arithmetic conversions' type. Where gcc's c_common_type gives back an
 * operand's own type, a typedef's name stays with it (typedef-names.ts): `n + 1` with a
 * size_t n is a size_t, `x * 2` with a `real x` a real.
 */
export function commonType(a: Type, b: Type): Type {
  const plain = plainCommonType(a, b);
  if (a.typedefName === undefined && b.typedefName === undefined) return plain;
  const ua = unqualified(a);
  const ub = unqualified(b);
  let kept: Type | undefined;
  if (ua === ub) kept = ua;
  else if (isFlonum(ua) !== isFlonum(ub)) kept = isFlonum(ua) ? ua : ub; // the only floating one
  else if (ua.size !== ub.size) kept = ua.size > ub.size ? ua : ub; // the wider
  else if (ua.size === 4 && !isFlonum(ua)) kept = ua.isUnsigned ? ua : ub; // of two ints, the unsigned one, else the right one
  // Never a type the integer promotions replace (`u8 + u8` is an int), nor another type than the plain one.
  const promoted = kept !== undefined && isInteger(kept) && (kept.size < 4 || kept.kind === 'enum' || kept.kind === 'bool');
  return kept !== undefined && !promoted && kept.typedefName !== undefined && canonicalType(kept) === canonicalType(plain) ? kept : plain;
}

function plainCommonType(a: Type, b: Type): Type {
  if (isFlonum(a) || isFlonum(b)) return commonFloating(a, b);
  const sa = Math.max(a.size, 4);
  const sb = Math.max(b.size, 4);
  if (sa !== sb) {
    const big = sa > sb ? a : b;
    return big.size === 8 ? wide(big.isUnsigned, big.spelling !== undefined) : big.isUnsigned ? tyUInt : tyInt;
  }
  const uns = (a.size === sa && a.isUnsigned) || (b.size === sb && b.isUnsigned);
  if (sa === 8) return wide(uns, a.spelling !== undefined || b.spelling !== undefined);
  return uns ? tyUInt : tyInt;
}

/** A 64-bit result: long long when an operand is (its rank is above long's). */
function wide(isUnsigned: boolean, isLongLong: boolean): Type {
  return isLongLong ? (isUnsigned ? tyULLong : tyLLong) : isUnsigned ? tyULong : tyLong;
}
