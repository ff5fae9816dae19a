/**
 * -Wsign-compare (on with -Wextra), as gcc's warn_for_sign_compare and
 * build_conditional_expr decide it: a signed value that may be negative, compared with
 * (or chosen against, by `?:`) an unsigned one in an unsigned type, where a negative
 * value would wrap to a large one — `for (int i = 0; i < strlen(s); i++)`.
 *
 * The signed side is left alone when it is known not to be negative (gcc's
 * tree_expr_nonnegative_p: a constant, a narrower unsigned value widened, `x & 0xff`, a
 * truth value...), and `==`/`!=` with an unsigned constant that the signed type holds.
 */
import type { IToken } from './chevrotain.js';
import { COMPARISON_OPERATORS, TRUTH_VALUE_KINDS, type Node } from './ast.js';
import { isWarningOn, warnAt } from './report.js';
import { isInteger, type Type } from './types.js';
import { promoteBitfield } from './typecheck.js';
import { commonType } from './usual-conversions.js';
import { quotedValueType } from './typedef-names.js';
import { bitfieldTypeName } from './evaluation-warnings.js';
import { isInlineAbsoluteValue } from './fold-library.js';

/** The comparison `op` of the operands as written. */
export function checkSignCompare(op: IToken, lhs: Node, rhs: Node): void {
  if (!isWarningOn('sign-compare') || !COMPARISON_OPERATORS.has(op.image) || !differInSign(lhs, rhs)) return;
  const result = commonType(promoteBitfield(lhs).ty!, promoteBitfield(rhs).ty!);
  if (!result.isUnsigned) return;
  const [signed, unsigned] = isUnsignedType(lhs.ty!) ? [rhs, lhs] : [lhs, rhs];
  if (isNonNegative(signed)) return;
  // An unsigned constant the signed type of the comparison holds compares equal as either.
  if ((op.image === '==' || op.image === '!=') && unsigned.kind === 'num' && unsigned.val! < 1n << BigInt(result.size * 8 - 1)) return;
  warnAt(op, `comparison of integer expressions of different signedness: ${operandType(lhs)} and ${operandType(rhs)} [-Wsign-compare]`);
}

/** An operand's type as the message names it: a bit-field narrower than its type has a type of its own. */
function operandType(n: Node): string {
  const field = n.kind === 'member' && n.member!.isBitfield ? n.member! : undefined;
  return field !== undefined && field.bitWidth < field.ty.size * 8 ? `'${bitfieldTypeName(field.ty, field.bitWidth)}'` : quotedValueType(n.ty!);
}

/** `c ? a : b` written in the source, whose operands have the type `result`. */
export function checkConditionalSign(then: Node, els: Node, result: Type): void {
  if (!isWarningOn('sign-compare') || !differInSign(then, els) || !result.isUnsigned) return;
  const [signed, unsigned] = isUnsignedType(then.ty!) ? [els, then] : [then, els];
  if (isNonNegative(signed)) return;
  const from = quotedValueType(signed.ty!), to = quotedValueType(unsigned.ty!);
  warnAt(signed.tok, `operand of '?:' changes signedness from ${from} to ${to} due to unsignedness of other operand [-Wsign-compare]`);
}

/** Two integer operands, one of a signed type and one of an unsigned type (before promotion, as gcc's test). */
function differInSign(a: Node, b: Node): boolean {
  return isInteger(a.ty!) && isInteger(b.ty!) && isUnsignedType(a.ty!) !== isUnsignedType(b.ty!);
}

function isUnsignedType(t: Type): boolean {
  return t.isUnsigned || t.kind === 'bool';
}

/** gcc's tree_expr_nonnegative_p, for what C source writes. */
function isNonNegative(n: Node): boolean {
  if (isUnsignedType(n.ty!) || TRUTH_VALUE_KINDS.has(n.kind)) return true;
  switch (n.kind) {
    case 'num': return n.val! >= 0n;
    // A narrower unsigned value widens with zeros; a wider type keeps a sign.
    case 'cast': {
      const from = n.lhs!.ty!;
      if (!isInteger(from) || from.size > n.ty!.size) return false;
      return isUnsignedType(from) ? from.size < n.ty!.size : isNonNegative(n.lhs!);
    }
    case 'builtin': return isInlineAbsoluteValue(n);
    case 'band': return isNonNegative(n.lhs!) || isNonNegative(n.rhs!);
    case 'mul': return sameOperand(n.lhs!, n.rhs!) || (isNonNegative(n.lhs!) && isNonNegative(n.rhs!)); // x * x
    case 'bor': case 'bxor': case 'add': case 'div': return isNonNegative(n.lhs!) && isNonNegative(n.rhs!);
    case 'mod': case 'shr': return isNonNegative(n.lhs!);
    case 'cond': return (isNonNegative(n.then!) && isNonNegative(n.els!)) || isNonNegativeMax(n);
    case 'comma': case 'assign': return isNonNegative(n.rhs!);
    default: return false;
  }
}

/**
 * `x > 0 ? x : 0` and the like: gcc folds a choice between the two sides of its own
 * comparison into MAX_EXPR, which is not negative when either side is not.
 */
function isNonNegativeMax(n: Node): boolean {
  const c = n.cond!;
  // `a > b` was built as `b < a`: `small < big`, and the larger side is chosen when it holds.
  if (c.kind !== 'lt' && c.kind !== 'le') return false;
  const [small, big] = [c.lhs!, c.rhs!];
  const isMax = sameOperand(n.then!, big) && sameOperand(n.els!, small);
  return isMax && (isNonNegative(small) || isNonNegative(big));
}

/** The same variable, or the same constant. */
function sameOperand(a: Node, b: Node): boolean {
  if (a.kind === 'var' && b.kind === 'var') return a.obj === b.obj;
  return a.kind === 'num' && b.kind === 'num' && a.val === b.val;
}
