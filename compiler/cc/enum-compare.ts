/**
 * -Wenum-compare (-Wall): two values of different enumerations compared, most likely a
 * slip between two sets of constants:
 *
 *   if (color == APPLE)   comparison between 'enum color' and 'enum fruit' [-Wenum-compare]
 *
 * and -Wenum-conversion (-Wextra): one stored in, passed as or returned as the other:
 *
 *   enum color c = APPLE;   implicit conversion from 'enum fruit' to 'enum color' [-Wenum-conversion]
 *
 * In C an enumerator is an int, but gcc remembers which enumeration it came from, and so
 * does this module (for the enumerators the parser names while the warning is on).
 */
import { COMPARISON_OPERATORS, type Node } from './ast.js';
import type { IToken } from './chevrotain.js';
import { isWarningOn, warnAt } from './report.js';
import { canonicalType, type Type } from './types.js';
import { quotedType } from './typedef-names.js';

const enumerationOf = new WeakMap<Node, Type>();

/** `n` is an enumerator of `enumeration`; returns n. */
export function noteEnumerator(n: Node, enumeration: Type | undefined): Node {
  if (enumeration !== undefined && (isWarningOn('enum-compare') || isWarningOn('enum-conversion'))) enumerationOf.set(n, enumeration);
  return n;
}

/** The operands of `op` as written (checked after the other operator warnings, in gcc's order). */
export function checkEnumCompare(op: IToken, lhs: Node, rhs: Node): void {
  if (!isWarningOn('enum-compare') || !COMPARISON_OPERATORS.has(op.image)) return;
  const a = enumeration(lhs), b = enumeration(rhs);
  if (a !== undefined && b !== undefined && canonicalType(a) !== canonicalType(b)) {
    warnAt(op, `comparison between ${quotedType(a)} and ${quotedType(b)} [-Wenum-compare]`);
  }
}

/** `expr` converted to enum type `to` by assignment (`at`: where gcc places the warning). */
export function checkEnumConversion(expr: Node, to: Type, at: IToken): void {
  if (!isWarningOn('enum-conversion')) return;
  const from = enumeration(expr);
  if (from !== undefined && canonicalType(from) !== canonicalType(to)) {
    warnAt(at, `implicit conversion from ${quotedType(from)} to ${quotedType(to)} [-Wenum-conversion]`);
  }
}

function enumeration(n: Node): Type | undefined {
  return n.ty!.kind === 'enum' ? n.ty! : enumerationOf.get(n);
}
