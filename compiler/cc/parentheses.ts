/**
 * -Wparentheses (on with -Wall, as in gcc): the precedence slips of a first C course,
 * with gcc's messages and places:
 *
 *   if (a = b)               suggest parentheses around assignment used as truth value
 *   if (flags & MASK == 0)   suggest parentheses around comparison in operand of '&'
 *   if (a || b && c)         suggest parentheses around '&&' within '||'
 *   1 << n - 1               suggest parentheses around '-' inside '<<'
 *   if (lo < x < hi)         comparisons like 'X<=Y<=Z' do not have their mathematical meaning
 *   if (!x == 5)             logical not is only applied to the left hand side of comparison
 *                            (-Wlogical-not-parentheses, also in -Wall)
 *
 * Writing the parentheses says it is meant, so the parsers mark a node that was written
 * inside them (Node.grouped), and only unmarked ones are warned about.
 */
import { checkSignCompare } from './sign-compare.js';
import { checkTypeLimits } from './type-limits.js';
import { checkEnumCompare } from './enum-compare.js';
import { COMPARISON_KINDS, COMPARISON_OPERATORS, TRUTH_VALUE_KINDS, type Node, type NodeKind } from './ast.js';
import type { IToken } from './chevrotain.js';
import { isWarningOn, noteAt, warnAt } from './report.js';
import { checkSizeofDivision } from './sizeof-warnings.js';
import { checkComparison, checkTautology } from './comparisons.js';

const ARITHMETIC = new Set(['add', 'sub']);
/**
 * The source operators a node of each kind is written with: a node the compiler made for
 * something else (`x++` is built with a subtraction) is not a written operator.
 */
const OPERATOR_OF: Partial<Record<string, readonly string[]>> = {
  add: ['+'], sub: ['-'], band: ['&'], bxor: ['^'], logand: ['&&'],
  eq: ['=='], ne: ['!='], lt: ['<', '>'], le: ['<=', '>='],
};

/**
 * What gcc says of an unparenthesized operand of the operator `op` (by the operand's
 * kind and operator), or undefined: its warn_about_parentheses cases.
 */
function operandWarning(op: string, operand: Node, kind: NodeKind): string | undefined {
  const inner = operand.tok.image;
  const comparison = COMPARISON_KINDS.has(kind);
  switch (op) {
    case '<<': case '>>':
      return ARITHMETIC.has(kind) ? `'${inner}' inside '${op}'` : undefined;
    case '||':
      return kind === 'logand' ? "'&&' within '||'" : undefined;
    case '|':
      if (kind === 'band' || kind === 'bxor' || ARITHMETIC.has(kind)) return "arithmetic in operand of '|'";
      return comparison ? "comparison in operand of '|'" : undefined;
    case '^':
      if (kind === 'band' || ARITHMETIC.has(kind)) return "arithmetic in operand of '^'";
      return comparison ? "comparison in operand of '^'" : undefined;
    case '&':
      if (ARITHMETIC.has(kind)) return `'${inner}' in operand of '&'`;
      return comparison ? "comparison in operand of '&'" : undefined;
    case '==': case '!=':
      return comparison ? `comparison in operand of '${op}'` : undefined;
    default:
      return undefined;
  }
}


/**
 * Marks an expression written as one operand (inside parentheses opened by `open`, or
 * `x++`); returns it. The outermost `(` becomes its start: where gcc's location of the
 * expression starts, so what gcc says of the operand (`sizeof (a)` of an array parameter)
 * or of the value (`int x = NULL;`, NULL being `((void *)0)`) is placed there.
 */
export function grouped(n: Node, open?: IToken): Node {
  n.grouped = true;
  if (open !== undefined) n.start = open;
  return n;
}

/** Where gcc places an operand: its outermost `(` if it has one, else its own token. */
export function operandPlace(n: Node): IToken {
  return (n.grouped && n.start) || n.tok;
}

/** The first token of an assignment's left side: where gcc puts the caret. */
function startOf(n: Node): IToken {
  for (;;) {
    const leftOperand = n.kind === 'member' || (n.kind === 'deref' && n.tok.image !== '*') || n.kind === 'add';
    if (!leftOperand || n.lhs === undefined) return n.tok;
    n = n.lhs;
  }
}

/** `if (a = b)`, `while (c = getchar() != EOF)`: a condition that is a bare `=`. */
export function checkConditionAssignment(cond: Node): void {
  if (cond.kind !== 'assign' || cond.grouped || cond.tok.image !== '=' || !isWarningOn('parentheses')) return;
  warnAt(startOf(cond.lhs!), 'suggest parentheses around assignment used as truth value [-Wparentheses]');
}

/**
 * The operands of the binary operator `op` as written: `a & b == c`, `a << b - 1`, `a < b < c`,
 * and the other warnings gcc gives on a source operator's operands, in gcc's order.
 */
export function checkOperatorOperands(op: IToken, lhs: Node, rhs: Node): void {
  checkSizeofDivision(op, lhs, rhs);
  checkComparison(op, lhs, rhs);
  checkTypeLimits(op, lhs, rhs);
  checkSignCompare(op, lhs, rhs);
  checkParentheses(op, lhs, rhs);
  checkTautology(op, lhs, rhs);
  checkLogicalNot(op, lhs, rhs);
  checkEnumCompare(op, lhs, rhs);
}

function checkParentheses(op: IToken, lhs: Node, rhs: Node): void {
  if (!isWarningOn('parentheses')) return;
  const relational = op.image === '<' || op.image === '>' || op.image === '<=' || op.image === '>=';
  // One warning per operator, the left operand's first, as gcc gives them.
  for (const operand of [lhs, rhs]) {
    // A constant operand was folded as it was built: its operator is what was written. gcc's
    // folded constant has no place of its own, so it names the outer operator's.
    const kind = operand.foldedFrom ?? operand.kind;
    const at = operand.foldedFrom ? op : operand.tok;
    if (operand.grouped || !OPERATOR_OF[kind]?.includes(operand.tok.image)) continue;
    if (relational && COMPARISON_KINDS.has(kind)) {
      return warnAt(at, "comparisons like 'X<=Y<=Z' do not have their mathematical meaning [-Wparentheses]");
    }
    const what = operandWarning(op.image, operand, kind);
    if (what !== undefined) return warnAt(at, `suggest parentheses around ${what} [-Wparentheses]`);
  }
}

/**
 * `!x == 5`: the `!` binds to x alone. Not when the right side is a truth value itself, or
 * `== 0` / `!= 0` (which mean the same either way), as gcc decides.
 */
function checkLogicalNot(op: IToken, lhs: Node, rhs: Node): void {
  if (!isWarningOn('logical-not-parentheses') || !COMPARISON_OPERATORS.has(op.image)) return;
  if (lhs.kind !== 'not' || lhs.grouped || lhs.tok.image !== '!' || rhs.ty!.kind === 'bool' || TRUTH_VALUE_KINDS.has(rhs.kind)) return;
  if ((op.image === '==' || op.image === '!=') && rhs.kind === 'num' && rhs.val === 0n) return;
  warnAt(op, 'logical not is only applied to the left hand side of comparison [-Wlogical-not-parentheses]');
  noteAt(lhs.tok, 'add parentheses around left hand side expression to silence this warning');
}
