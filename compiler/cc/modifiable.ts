/**
 * The object an assignment or `++`/`--` changes must be a modifiable lvalue (C11 6.5.16p2,
 * 6.5.2.4p1, 6.5.3.1p1): not const-qualified. Initialisation is not assignment, so only the
 * operators the user wrote call this, never the lowering that stores initial values.
 *
 * A member of a const record is const (memberNode), so `p->x = 1` with `const struct s *p`
 * is caught like `v.x = 1` with `const struct s v`; gcc's wording tells a member declared
 * const from one of a read-only object.
 */
import type { IToken } from './chevrotain.js';
import type { Node } from './ast.js';
import type { Type } from './types.js';
import { lvalueText } from './lvalue-text.js';
import { errorAt } from './report.js';
import { warnBoolStep } from './bool-context.js';

export type Modification = 'assignment' | 'increment' | 'decrement';

/** Const, or a record with a const member somewhere in it, which no assignment may replace (6.3.2.1p1). */
function isReadOnly(t: Type): boolean {
  if (t.isConst) return true;
  if (t.kind === 'array') return isReadOnly(t.base!);
  return (t.kind === 'struct' || t.kind === 'union') && t.members.some((m) => isReadOnly(m.ty));
}

export function requireModifiable(lhs: Node, tok: IToken, what: Modification): void {
  if (isReadOnly(lhs.ty!)) readOnlyError(lhs, tok, what);
  // (Every ++ and -- the source writes passes here.)
  if (what !== 'assignment') warnBoolStep(lhs, tok, what);
}

function readOnlyError(lhs: Node, tok: IToken, what: Modification): never {
  const named = lhs.kind === 'member' && lhs.member!.name !== undefined;
  // gcc's wording names what the operand is: a variable, a member, or some other location.
  if (lhs.kind === 'var') errorAt(tok, `${what} of read-only variable '${lhs.tok.image}'`);
  if (named && isReadOnly(lhs.member!.ty)) errorAt(tok, `${what} of read-only member '${lhs.member!.name}'`);
  if (named) errorAt(tok, `${what} of member '${lhs.member!.name}' in read-only object`);
  const text = lvalueText(lhs);
  errorAt(tok, text === undefined ? `${what} of read-only location` : `${what} of read-only location '${text}'`);
}
