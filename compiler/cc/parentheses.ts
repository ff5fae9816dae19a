/**
 * -Wparentheses (on with -Wall, as in gcc): the precedence slips of a first C course,
 * with gcc's messages and places:
 *
 *   if (a = b)               suggest parentheses around assignment used as truth value
 *   if (flags & MASK == 0)   suggest parentheses around comparison in operand of '&'
 *   if (a || b && c)         suggest parentheses around '&&' within '||'
 *
 * Writing the parentheses says it is meant, so the parsers mark a node that was written
 * inside them (Node.parenthesized), and only unmarked ones are warned about.
 */
import type { Node } from './ast.js';
import type { IToken } from './chevrotain.js';
import { isWarningOn, warnAt } from './report.js';

const COMPARISONS = new Set(['eq', 'ne', 'lt', 'le']);
const BITWISE = new Set(['&', '|', '^']);

/** Marks an expression written inside parentheses; returns it. */
export function parenthesized(n: Node): Node {
  n.parenthesized = true;
  return n;
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
  if (cond.kind !== 'assign' || cond.parenthesized || cond.tok.image !== '=' || !isWarningOn('parentheses')) return;
  warnAt(startOf(cond.lhs!), 'suggest parentheses around assignment used as truth value [-Wparentheses]');
}

/** The operands of the binary operator `op` as written: a comparison under & | ^, && under ||. */
export function checkOperatorOperands(op: IToken, lhs: Node, rhs: Node): void {
  const bitwise = BITWISE.has(op.image);
  if ((!bitwise && op.image !== '||') || !isWarningOn('parentheses')) return;
  for (const operand of [lhs, rhs]) {
    if (operand.parenthesized) continue;
    if (bitwise && COMPARISONS.has(operand.kind)) {
      warnAt(operand.tok, `suggest parentheses around comparison in operand of '${op.image}' [-Wparentheses]`);
    } else if (op.image === '||' && operand.kind === 'logand') {
      warnAt(operand.tok, "suggest parentheses around '&&' within '||' [-Wparentheses]");
    }
  }
}
