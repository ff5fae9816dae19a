/**
 * gcc's words for the two commonest slips with structs and functions, which a course's
 * first programs make: `.` for `->` and back, and a call with the wrong number of
 * arguments.
 *
 *   error: 'p' is a pointer; did you mean to use '->'?
 *   error: invalid type argument of '->' (have 'struct node')
 *   error: too many arguments to function 'add'
 *   note: declared here
 */
import type { IToken } from './chevrotain.js';
import type { Node } from './ast.js';
import { expressionStart } from './pointer-conversion.js';
import { errorAt, errorNote } from './report.js';
import { quotedType, quotedValueType } from './typedef-names.js';
import { findMember, isAggregate, isPointerLike, type Member, type Type } from './types.js';
import { suggestMember, withSuggestion } from './spellcheck.js';

/** A member access `n.name` or `n->name` (at `tok`, the operator) that cannot be, refused. */
export function checkMemberAccess(n: Node, tok: IToken, name: IToken, arrow: boolean): void {
  const t = n.ty!;
  if (arrow) {
    if (!isPointerLike(t) && t.kind !== 'func') errorAt(tok, `invalid type argument of '->' (have ${quotedValueType(t)})`);
    return;
  }
  if (isAggregate(t)) return;
  const text = calleeText(n);
  if (t.kind === 'ptr' && isAggregate(t.base!) && text !== undefined) errorAt(tok, `'${text}' is a pointer; did you mean to use '->'?`);
  errorAt(tok, `request for member '${name.image}' in something not a structure or union`);
}

/**
 * `record`'s member `name`, with the members of anonymous members it lies in first: gcc's
 * "has no member named" if there is none, with a suggestion where a member is spelt alike
 * (then at the name, the suggestion's place, else at `place`).
 */
export function memberPath(record: Type, name: IToken, place: IToken): Member[] {
  const path = findMember(record, name.image);
  if (path !== undefined) return path;
  const suggestion = suggestMember(record, name.image);
  return errorAt(suggestion === undefined ? place : name, withSuggestion(`${quotedType(record)} has no member named '${name.image}'`, suggestion));
}

/**
 * A call of a function with a prototype given too few or too many arguments, refused at
 * the called expression's start, naming it as gcc does (`add`, `fp` for `(*fp)`, `st.cb`),
 * with a note at the function's declaration.
 */
export function checkArgumentCount(fnExpr: Node, fty: Type, count: number, start: IToken): void {
  const expected = fty.params.length;
  if (count === expected || (count > expected && fty.isVariadic)) return;
  const text = calleeText(fnExpr);
  const o = fnExpr.kind === 'var' && fnExpr.obj!.isFunction ? fnExpr.obj : undefined;
  const notes = o?.tok !== undefined ? [errorNote(o.tok, 'declared here')] : [];
  errorAt(start, `too ${count < expected ? 'few' : 'many'} arguments to function${text !== undefined ? ` '${text}'` : ''}`, notes);
}

/** A call of something that is no function (`int g = g();`): gcc's error, naming a variable and where it was declared. */
export function refuseNonFunctionCall(fnExpr: Node): never {
  const o = fnExpr.kind === 'var' ? fnExpr.obj : undefined;
  const notes = o?.tok !== undefined ? [errorNote(o.tok, 'declared here')] : [];
  // gcc's place: the name, a member access's start, an operator.
  const at = fnExpr.kind === 'member' ? expressionStart(fnExpr) : fnExpr.tok;
  return errorAt(at, `called object ${o !== undefined ? `'${fnExpr.tok.image}' ` : ''}is not a function or function pointer`, notes);
}

/** How gcc prints a called or accessed expression made of names: `f`, `*fp` as `fp`, `s.cb`, `p->cb`. */
function calleeText(n: Node): string | undefined {
  switch (n.kind) {
    case 'var': return n.tok.image;
    case 'deref': return n.lhs!.ty!.base?.kind === 'func' ? calleeText(n.lhs!) : undefined;
    case 'member': {
      const base = n.lhs!.kind === 'deref' ? n.lhs!.lhs! : n.lhs!;
      const text = calleeText(base);
      return text === undefined ? undefined : `${text}${n.lhs!.kind === 'deref' ? '->' : '.'}${n.member!.name}`;
    }
    default: return undefined;
  }
}
