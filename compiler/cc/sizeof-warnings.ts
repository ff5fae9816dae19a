/**
 * gcc's warnings for the classic ways of counting an array's elements wrongly:
 *
 *   void f(int a[10]) { sizeof a; }   'sizeof' on array function parameter 'a' will return
 *                                     size of 'int *' [-Wsizeof-array-argument] (on by default)
 *   sizeof p / sizeof p[0]            division 'sizeof (int *) / sizeof (int)' does not compute
 *                                     the number of array elements [-Wsizeof-pointer-div] (-Wall)
 *   sizeof a / sizeof(char)           expression does not compute the number of elements in this
 *                                     array; element type is 'int', not 'char' [-Wsizeof-array-div] (-Wall)
 *
 * The parsers record what each `sizeof` of a fixed size measured, and the division sees its
 * two operands as written (parentheses.ts, checkOperatorOperands), as gcc's parser does.
 */
import type { Node, Obj } from './ast.js';
import type { IToken } from './chevrotain.js';
import { operandPlace } from './parentheses.js';
import { isWarningOn, noteAt, warnAt } from './report.js';
import { isCompatibleQualified, type Type } from './types.js';
import { quotedType, unquotedType } from './typedef-names.js';

/**
 * What a `sizeof` measured: the operand's type, the variable it names (gcc's DECL), the
 * operand itself (undefined for a type name) and where gcc places the operand.
 */
export interface Measured {
  ty: Type;
  variable: Obj | undefined;
  operand: Node | undefined;
  at: IToken;
}

const measured = new WeakMap<Node, Measured>();

/**
 * `size` is the value of a `sizeof` of a fixed size; `ty` is its operand's type and `operand`
 * the expression (undefined for a type name); `after` is the token after the `sizeof` (for a
 * type name, its first token).
 */
export function sizeofMeasured(size: Node, ty: Type, operand: Node | undefined, after: IToken): void {
  const variable = operand?.kind === 'var' ? operand.obj : undefined;
  if (variable?.isArrayParameter && !isWarningOn('no-sizeof-array-argument')) {
    warnAt(operandPlace(operand!), `'sizeof' on array function parameter '${variable.name}' will return size of ${quotedType(ty)} [-Wsizeof-array-argument]`);
    if (variable.tok) noteAt(variable.tok, 'declared here');
  }
  // gcc places a type name at its first token, a parenthesized operand at its `(`.
  const at = operand === undefined || (operand.grouped && after.image === '(') ? after : operandPlace(operand);
  measured.set(size, { ty, variable, operand, at });
}

/** What a `sizeof` measured, if `n` is the value of one. */
export function measuredSizeof(n: Node): Measured | undefined {
  return measured.get(n);
}

/** `lhs / rhs` as written (`op` is the operator): both a `sizeof`, and the second not the first's element. */
export function checkSizeofDivision(op: IToken, lhs: Node, rhs: Node): void {
  if (op.image !== '/') return;
  const first = measured.get(lhs);
  const second = measured.get(rhs);
  if (first === undefined || second === undefined) return;
  const { ty, variable } = first;
  // An array parameter has had its warning already (unless that one is off).
  const arrayParameter = variable?.isArrayParameter && !isWarningOn('no-sizeof-array-argument');
  if (ty.kind === 'ptr' && isCompatibleQualified(ty.base!, second.ty, true) && !arrayParameter) {
    if (!isWarningOn('sizeof-pointer-div')) return;
    warnAt(op, `division 'sizeof (${unquotedType(ty)}) / sizeof (${unquotedType(second.ty)})' does not compute the number of array elements [-Wsizeof-pointer-div]`);
    if (variable?.tok) noteAt(variable.tok, "first 'sizeof' operand was declared here");
  } else if (ty.kind === 'array' && !rhs.grouped && isWarningOn('sizeof-array-div')) {
    const element = ty.base!;
    // A char array's size is its length; a multidimensional one is counted by its rows, or whatever.
    if (element.kind === 'char' || element.kind === 'array' || element.size === second.ty.size) return;
    warnAt(op, `expression does not compute the number of elements in this array; element type is ${quotedType(element)}, not ${quotedType(second.ty)} [-Wsizeof-array-div]`);
    noteAt(op, "add parentheses around the second 'sizeof' to silence this warning");
    if (variable?.tok) noteAt(variable.tok, `array '${variable.name}' declared here`);
  }
}
