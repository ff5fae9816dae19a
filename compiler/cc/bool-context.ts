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
import { TRUTH_VALUE_KINDS, type Node, type Obj } from './ast.js';
import type { IToken } from './chevrotain.js';
import { isWarningOn, noteAt, warnAt } from './report.js';
import { isInteger } from './types.js';
import { isFoldedComparison } from './comparisons.js';

/**
 * Where a truth value is used, which decides how gcc words -Waddress's warning and where it
 * places it: an if's condition or a left operand of && or || ('if', 'left'), a right operand
 * ('right', at the operator), a loop's condition ('loop'), the operand of `!` ('not', at the
 * `!`), the condition of `?:` ('choice', at the `?`), or a value converted to _Bool
 * ('convert').
 */
export type TruthUse = 'if' | 'left' | 'right' | 'loop' | 'not' | 'choice' | 'convert';

/** `e` is used as a truth value (`at`: the operator of a 'right', 'not' or 'choice' use). */
export function checkBoolContext(e: Node, use: TruthUse, at?: IToken): void {
  if (isWarningOn('address')) checkAddressTruth(e, use, at);
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

/** The objects whose address -Waddress has called always true: gcc says so once, then words it as a comparison. */
const addressWarned = new WeakSet<Obj>();

/**
 * -Waddress: a function or array name, or `&x`, is never null, so as a truth value it is
 * always true: `if (ready)` most likely meant `if (ready())`. As gcc words it: "the address
 * of 'ready' will always evaluate as 'true'" the first time an object is used so, after
 * that as a comparison with null, with a note where it is declared. (gcc also warns of
 * `buf == NULL`, but not inside a macro such as assert(), which cannot be told here: that
 * one is left out.)
 */
function checkAddressTruth(e: Node, use: TruthUse, at: IToken | undefined): void {
  const target = e.kind === 'addr' ? e.lhs! : e;
  if (target.kind !== 'var') return;
  const o = target.obj!;
  // A weak symbol's address may be null: testing it is the point.
  if (o.isWeak || o.isString) return;
  // (`&array` gcc words one way or the other by context: left out.)
  if (e.kind === 'addr' ? target.ty!.kind === 'array' : target.ty!.kind !== 'func' && target.ty!.kind !== 'array') return;
  const place = use === 'if' || use === 'left' || use === 'loop' || at === undefined ? e.tok : at;
  if (!addressWarned.has(o)) {
    addressWarned.add(o);
    // (A conversion to _Bool gcc places at the function's start.)
    if (use !== 'convert') warnAt(place, `the address of '${o.name}' will always evaluate as 'true' [-Waddress]`);
    return;
  }
  if (use === 'convert') return;
  warnAt(place, `the comparison will always evaluate as 'true' for the address of '${o.name}' will never be NULL [-Waddress]`);
  const declared = o.defTok ?? o.tok;
  if (declared) noteAt(declared, `'${o.name}' declared here`);
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

/**
 * -Wbool-operation (-Wall): an operator that makes no sense on a truth value.
 *
 *   b++;      increment of a boolean expression
 *   x = ~b;   '~' on a boolean expression   (note: did you mean to use logical not?)
 *
 * `~` warns on a _Bool operand and on a comparison or logical operation (its value is 0 or
 * 1, so `~` gives -1 or -2, both true), seen through commas as gcc does.
 */
export function warnBoolStep(operand: Node, op: IToken, step: 'increment' | 'decrement'): void {
  if (operand.ty!.kind === 'bool' && isWarningOn('bool-operation')) warnAt(op, `${step} of a boolean expression [-Wbool-operation]`);
}

export function warnBitNotOfTruth(operand: Node, op: IToken): void {
  if (!isWarningOn('bool-operation') || !isInteger(operand.ty!)) return;
  let e = operand;
  while (e.kind === 'comma') e = e.rhs!;
  // (A comparison gcc's folding decided is a constant to it.)
  if (operand.ty!.kind !== 'bool' && (!TRUTH_VALUE_KINDS.has(e.kind) || isFoldedComparison(e))) return;
  warnAt(op, "'~' on a boolean expression [-Wbool-operation]");
  noteAt(op, 'did you mean to use logical not?');
}

