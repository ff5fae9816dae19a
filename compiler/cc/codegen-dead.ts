/**
 * `if` with a constant condition: like gcc even at -O0, the branch that cannot run is not
 * compiled, so `if (0) undefined_function();` links. A dead branch may still hold a label
 * or a `case` that a jump reaches (`case 0: if (0) { f(); case 1: g(); }`): the code from
 * that label on is live and is compiled; what comes before it in the branch is not.
 */
import { forEachChild, type Node } from './ast.js';
import { evalFloat, tryEval } from './consteval.js';
import { foldComplexEquality } from './fold128.js';
import { isFlonum, isInteger } from './types.js';
import type { Gen } from './codegen-state.js';

/** The condition's value when it is an integer constant (no address, no side effects). */
export function constantCondition(cond: Node): boolean | undefined {
  if (isFlonum(cond.ty!)) {
    const f = evalFloat(cond);
    return f === undefined ? undefined : f !== 0;
  }
  if (!isInteger(cond.ty!)) return undefined; // an address may be a weak symbol's null
  if (cond.kind === 'complex' && (cond.label === 'eq' || cond.label === 'ne')) return foldComplexEquality(cond);
  const same = sameOperands(cond);
  if (same !== undefined) return same;
  const v = tryEval(cond);
  return v && v.label === undefined ? v.value !== 0n : undefined;
}

/**
 * `E == E` and `E != E` on one side-effect-free integer expression, which gcc folds even
 * at -O0 (`(a < b) != (b > a)`, `p[1] != p[1]`): true, false, or undefined when not of
 * that form. `!` of such a comparison too.
 */
function sameOperands(cond: Node): boolean | undefined {
  if (cond.kind === 'not') {
    const inner = sameOperands(cond.lhs!);
    return inner === undefined ? undefined : !inner;
  }
  if (cond.kind !== 'eq' && cond.kind !== 'ne') return undefined;
  const l = cond.lhs!;
  if (!isInteger(l.ty!) || !sameValue(l, cond.rhs!)) return undefined;
  return cond.kind === 'eq';
}

const pureOperators = new Set(['add', 'sub', 'mul', 'band', 'bor', 'bxor', 'shl', 'shr', 'eq', 'ne', 'lt', 'le',
  'logand', 'logor', 'not', 'bitnot', 'neg', 'cast', 'deref', 'member']);

/** Whether two expressions always have one value: the same reads (nothing volatile) and operations. */
function sameValue(a: Node, b: Node): boolean {
  if (a.kind !== b.kind || a.ty!.isVolatile || b.ty!.isVolatile) return false;
  if (a.ty!.kind !== b.ty!.kind || a.ty!.size !== b.ty!.size || a.ty!.isUnsigned !== b.ty!.isUnsigned) return false;
  switch (a.kind) {
    case 'num': return a.val === b.val;
    case 'var': return a.obj === b.obj && (isInteger(a.ty!) || a.ty!.kind === 'ptr');
    default:
      if (!pureOperators.has(a.kind) || a.member !== b.member) return false;
      if ((a.lhs === undefined) !== (b.lhs === undefined) || (a.rhs === undefined) !== (b.rhs === undefined)) return false;
      return (a.lhs === undefined || sameValue(a.lhs, b.lhs!)) && (a.rhs === undefined || sameValue(a.rhs, b.rhs!));
  }
}

/**
 * Whether a jump from outside can land inside `n`: a label, a `case` of an enclosing switch,
 * or a statement expression (which may hold either; kept whole to stay simple).
 */
export function hasJumpTarget(n: Node, inNestedSwitch = false): boolean {
  if (n.kind === 'label' || n.kind === 'stmtExpr') return true;
  if (n.kind === 'case' && !inNestedSwitch) return true;
  const nested = inNestedSwitch || n.kind === 'switch';
  let found = false;
  forEachChild(n, (child) => {
    found ||= hasJumpTarget(child, nested);
  }, undefined);
  return found;
}

/**
 * Compiles the reachable part of a dead statement; returns whether control can leave its
 * end (it can once a jump target inside has been compiled).
 */
export function genDeadStmt(g: Gen, n: Node, genStmt: (g: Gen, n: Node) => void): boolean {
  if (!hasJumpTarget(n)) return false;
  if (n.kind === 'block') {
    let live = false;
    for (const s of n.body!) {
      if (live) genStmt(g, s);
      else live = genDeadStmt(g, s, genStmt);
    }
    return live;
  }
  // A label, a case, or a statement that holds one: compiled whole, entered only by the jump.
  const skip = g.newLabel();
  if (n.kind !== 'label' && n.kind !== 'case') g.emit(`\tjmp ${skip}`);
  genStmt(g, n);
  g.label(skip);
  return true;
}

/** `if (constant) then else els`: only the taken branch, and whatever a jump can reach in the other. */
export function genConstantIf(g: Gen, n: Node, taken: boolean, genStmt: (g: Gen, n: Node) => void): void {
  const end = g.newLabel();
  if (taken) {
    genStmt(g, n.then!);
    if (n.els && hasJumpTarget(n.els)) {
      g.emit(`\tjmp ${end}`);
      genDeadStmt(g, n.els, genStmt);
    }
  } else {
    if (hasJumpTarget(n.then!)) {
      const els = g.newLabel();
      g.emit(`\tjmp ${els}`);
      genDeadStmt(g, n.then!, genStmt);
      g.emit(`\tjmp ${end}`);
      g.label(els);
    }
    if (n.els) genStmt(g, n.els);
  }
  g.label(end);
}
