/**
 * Whether control can run off the end of a function body: -Wreturn-type's "control reaches
 * end of non-void function". gcc decides it in its middle end, on the control-flow graph
 * after unreachable blocks are removed and constant conditions folded (even at -O0). So a
 * statement no path reaches counts for nothing: the `break;` after a `return` in a case,
 * `if (0) break;` in an endless loop, `do { return x; } while (0);`.
 *
 * The walk carries whether the statement is reached; a label may be jumped to, so code
 * after one is reached again, and a `case` label is reached when its switch is.
 */
import { isNoreturnCall, type Node } from './ast.js';
import { tryEvalInt } from './consteval.js';

/** What the enclosing loop or switch learns from its body. */
interface Exits {
  /** A reached `break` leaves it. */
  broken: boolean;
  /** A reached `continue` goes to its next iteration (loops only). */
  continued: boolean;
  /** The innermost switch is reached, so are its case labels. */
  switchReached: boolean;
}

export function mayFallOffEnd(body: Node): boolean {
  return completes(body, true, { broken: false, continued: false, switchReached: false });
}

/** Whether control can reach the end of n, entered (or not) as `reached` says. */
function completes(n: Node, reached: boolean, exits: Exits): boolean {
  switch (n.kind) {
    case 'return': case 'goto': case 'gotoExpr':
      return false;
    case 'break':
      if (reached) exits.broken = true;
      return false;
    case 'continue':
      if (reached) exits.continued = true;
      return false;
    case 'block': {
      let r = reached;
      for (const item of n.body ?? []) r = completes(item, r, exits);
      return r;
    }
    case 'label':
      return completes(n.lhs!, true, exits);
    case 'case':
      return completes(n.lhs!, reached || exits.switchReached, exits);
    case 'if': {
      const truth = constantTruth(n.cond!);
      const then = completes(n.then!, reached && truth !== false, exits);
      const otherwise = reached && truth !== true;
      return (n.els === undefined ? otherwise : completes(n.els, otherwise, exits)) || then;
    }
    case 'switch': {
      const inner: Exits = { broken: false, continued: exits.continued, switchReached: reached };
      const end = completes(n.then!, false, inner);
      exits.continued = inner.continued;
      return end || inner.broken || (reached && n.defaultCase === undefined);
    }
    case 'for': case 'do':
      return loopCompletes(n, reached, exits);
    case 'exprStmt':
      return reached && !isNoreturnCall(n.lhs!);
    default:
      return reached;
  }
}

/** `for`, `while` (kind 'for') and `do`: left by a reached break, or by a condition that can be false. */
function loopCompletes(n: Node, reached: boolean, exits: Exits): boolean {
  const truth = n.cond === undefined ? true : constantTruth(n.cond);
  const inner: Exits = { broken: false, continued: false, switchReached: exits.switchReached };
  const bodyReached = reached && (n.kind === 'do' || truth !== false);
  const end = completes(n.then!, bodyReached, inner);
  // The condition is tested after the body's end or a continue (and, for while/for, first).
  const tested = inner.continued || end || (n.kind === 'for' && reached);
  return inner.broken || (tested && truth !== true);
}

/** A condition's value when it is a constant (gcc folds these before the check), else undefined. */
function constantTruth(cond: Node): boolean | undefined {
  const v = tryEvalInt(cond);
  return v === undefined ? undefined : v !== 0n;
}
