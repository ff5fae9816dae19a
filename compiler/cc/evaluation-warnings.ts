/**
 * gcc's warnings, on by default, about what evaluating an operation would do:
 *
 *   a / 0, a % 0    division by zero [-Wdiv-by-zero]
 *   a << 40         left shift count >= width of type [-Wshift-count-overflow]
 *   a >> -1         right shift count is negative [-Wshift-count-negative]
 *
 * gcc gives none for code that is never evaluated: the operand of sizeof or typeof, the
 * side of `0 && x`, `1 || x` or `1 ? x : y` a constant condition rules out. Those are only
 * known once the whole construct is built, after its operands gave their warnings: each
 * warning remembers the node it is about, and dropUnevaluated takes back those inside a
 * subtree that turns out never to run.
 */
import type { Diagnostic } from '../diagnostics.js';
import type { IToken } from './chevrotain.js';
import { forEachChild, type Node, type NodeKind } from './ast.js';
import { isWarningOn, retractWarning, warnAtRetractable } from './report.js';
import { isFlonum, isInteger, type Type } from './types.js';

/** The warnings given so far in this file, with the node each is about. */
let given: { node: Node; warning: Diagnostic }[] = [];

/** A new file: nothing given yet. */
export function beginEvaluationWarnings(): void {
  given = [];
}

function constantOf(e: Node): bigint | undefined {
  while (e.kind === 'cast') e = e.lhs!;
  return e.kind === 'num' && isInteger(e.ty!) ? e.val : undefined;
}

/**
 * `n`, just built for the source operator `tok` (`/`, `%`, `<<`, `>>` or their compound
 * forms) of kind `kind` on a left operand of promoted type `left` and the right operand
 * `rhs`. Compiler-made operations pass another token and are left alone.
 */
export function checkEvaluation(n: Node, kind: NodeKind, left: Type, rhs: Node, tok: IToken): void {
  const op = tok.image;
  const count = constantOf(rhs);
  if (count === undefined) return;
  if ((kind === 'div' && op === '/') || (kind === 'mod' && op === '%')) {
    if (count === 0n && (isInteger(left) || isFlonum(left))) give(n, tok, 'division by zero', 'div-by-zero');
    return;
  }
  const side = kind === 'shl' && op === '<<' ? 'left' : kind === 'shr' && op === '>>' ? 'right' : undefined;
  if (side === undefined) return;
  if (count < 0n) give(n, tok, `${side} shift count is negative`, 'shift-count-negative');
  else if (count >= BigInt(left.size * 8)) give(n, tok, `${side} shift count >= width of type`, 'shift-count-overflow');
}

function give(node: Node, tok: IToken, message: string, option: 'div-by-zero' | 'shift-count-negative' | 'shift-count-overflow'): void {
  if (isWarningOn(`no-${option}`)) return;
  const warning = warnAtRetractable(tok, `${message} [-W${option}]`);
  if (warning) given.push({ node, warning });
}

/** `root` will never be evaluated: the warnings about operations inside it are taken back. */
export function dropUnevaluated(root: Node | undefined): void {
  if (root === undefined || given.length === 0) return;
  const inside = new Set<Node>();
  const visit = (n: Node): void => {
    inside.add(n);
    forEachChild(n, visit, undefined);
  };
  visit(root);
  given = given.filter(({ node, warning }) => {
    if (!inside.has(node)) return true;
    retractWarning(warning);
    return false;
  });
}

/** `c ? then : els`, `lhs && rhs`, `lhs || rhs` with a constant condition: the side it rules out. */
export function dropRuledOut(kind: 'cond' | 'logand' | 'logor', cond: Node, then: Node, els?: Node): void {
  const value = constantOf(cond);
  if (value === undefined) return;
  if (kind === 'cond') dropUnevaluated(value !== 0n ? els : then);
  else if ((kind === 'logand') === (value === 0n)) dropUnevaluated(then);
}
