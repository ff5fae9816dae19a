/**
 * The object an assignment or `++`/`--` changes must be a modifiable lvalue (C11 6.5.16p2,
 * 6.5.2.4p1, 6.5.3.1p1): not const-qualified. Initialisation is not assignment, so only the
 * operators the user wrote call this, never the lowering that stores initial values.
 *
 * Struct and union types carry no qualifiers here (see qualifiedType), so a member reached
 * through a pointer to a const struct is not caught; a member declared const is, and so is
 * a member of a variable declared const (`const struct s v; v.x = 1;`), through the variable.
 */
import type { IToken } from './chevrotain.js';
import type { Node } from './ast.js';
import { errorAt } from './report.js';

export type Modification = 'assignment' | 'increment' | 'decrement';

/** The variable a chain of `.` members starts from (`v.in.x` is v's), if it is one. */
function memberRoot(n: Node): Node | undefined {
  let cur = n;
  while (cur.kind === 'member') cur = cur.lhs!;
  return cur.kind === 'var' ? cur : undefined;
}

export function requireModifiable(lhs: Node, tok: IToken, what: Modification): void {
  if (!lhs.ty!.isConst) {
    if (lhs.kind === 'member' && lhs.member!.name !== undefined && memberRoot(lhs)?.obj?.isReadOnly) {
      errorAt(tok, `${what} of member '${lhs.member!.name}' in read-only object`);
    }
    return;
  }
  // gcc's wording names what the operand is: a variable, a member, or some other location.
  if (lhs.kind === 'var') errorAt(tok, `${what} of read-only variable '${lhs.tok.image}'`);
  if (lhs.kind === 'member' && lhs.member!.name !== undefined) errorAt(tok, `${what} of read-only member '${lhs.member!.name}'`);
  errorAt(tok, `${what} of read-only location`);
}
