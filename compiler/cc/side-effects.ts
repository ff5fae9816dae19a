/**
 * Whether evaluating an expression can change something another part of the same expression
 * may read: calls, assignments (and so ++/--), statement expressions, va_arg. The code
 * generator asks this to evaluate operands in gcc's order only where the order can show.
 */
import type { Node } from './ast.js';

const EFFECTS: ReadonlySet<Node['kind']> = new Set(['call', 'assign', 'stmtExpr', 'vaArg', 'vaStart', 'vaCopy', 'asm', 'vlaAlloc']);

export function hasSideEffects(n: Node | undefined): boolean {
  if (!n) return false;
  if (EFFECTS.has(n.kind)) return true;
  if (hasSideEffects(n.lhs) || hasSideEffects(n.rhs) || hasSideEffects(n.cond) || hasSideEffects(n.then) || hasSideEffects(n.els)) return true;
  return n.args !== undefined && n.args.some(hasSideEffects);
}
