/**
 * -Wint-in-bool-context (on with -Wall, as in gcc): an integer operation used as a truth
 * value where a comparison or a logical operator was most likely meant:
 *
 *   if (a << 1)       '<<' in boolean context, did you mean '<'?
 *   if (a * b)        '*' in boolean context, suggest '&&' instead
 *   if (a ? 2 : 3)    '?:' using integer constants in boolean context, the expression will
 *                     always evaluate to 'true'
 *
 * The truth-value contexts are gcc's: the conditions of if, while, do, for and ?:, the
 * operands of &&, || and !, and a value converted to _Bool. A constant (`1 << 3`) was folded
 * before gcc looks, and so it is here.
 */
import type { Node } from './ast.js';
import { isWarningOn, warnAt } from './report.js';
import { isInteger } from './types.js';

/** `e` is used as a truth value. */
export function checkBoolContext(e: Node): void {
  if (!isWarningOn('int-in-bool-context')) return;
  switch (e.kind) {
    case 'shl':
      // Unsigned shifts are left alone: they are mostly arithmetic meant to wrap.
      if (e.tok.image === '<<' && e.ty!.kind !== 'bool' && !e.ty!.isUnsigned) {
        warnAt(e.tok, "'<<' in boolean context, did you mean '<'? [-Wint-in-bool-context]");
      }
      return;
    case 'mul':
      if (e.tok.image === '*') warnAt(e.tok, "'*' in boolean context, suggest '&&' instead [-Wint-in-bool-context]");
      return;
    case 'cond':
      checkConditionalConstants(e);
      return;
    default:
      return;
  }
}

/** `c ? x : y` as a truth value, with integer constants that are not all 0 and 1. */
function checkConditionalConstants(e: Node): void {
  const value = (n: Node): bigint | undefined => (n.kind === 'num' && isInteger(n.ty!) ? n.val : undefined);
  const a = value(e.then!), b = value(e.els!);
  const at = e.codeTok ?? e.tok;
  if (a !== undefined && b !== undefined && a !== 0n && b !== 0n && (a !== 1n || b !== 1n)) {
    warnAt(at, "'?:' using integer constants in boolean context, the expression will always evaluate to 'true' [-Wint-in-bool-context]");
  } else if ((a !== undefined && a !== 0n && a !== 1n) || (b !== undefined && b !== 0n && b !== 1n)) {
    warnAt(at, "'?:' using integer constants in boolean context [-Wint-in-bool-context]");
  }
}
