/**
 * C11 `_Generic` (6.5.1.1): the association chosen by the controlling expression's type,
 * and the constraints on the associations.
 */
import type { IToken } from './chevrotain.js';
import type { Node } from './ast.js';
import { errorAt } from './report.js';
import { decayedType, isAggregate, isCompatibleQualified, unqualified, type Type } from './types.js';
import { quotedType } from './typedef-names.js';

export interface GenericAssociation {
  ty: Type | undefined; // undefined: `default`
  expr: Node;
  tok: IToken; // the type name's (or `default`'s) first token
}

/** Whether a type has a size: no `void`, `int[]` or declared-only struct (C11 6.2.5p1). */
function isCompleteObjectType(t: Type): boolean {
  if (t.kind === 'void' || t.kind === 'func') return false;
  if (t.kind === 'array') return t.arrayLen >= 0 || t.isVla;
  return !isAggregate(t) || t.isComplete;
}

/**
 * Associations name complete object types (C11 6.5.1.1p2), at most one is `default`, and
 * no two are compatible.
 */
function checkAssociations(associations: GenericAssociation[]): void {
  const comparable = (t: Type | undefined): t is Type => t !== undefined;
  associations.forEach((a, i) => {
    if (a.ty?.kind === 'func') errorAt(a.tok, "'_Generic' association has function type");
    else if (a.ty && !isCompleteObjectType(a.ty)) errorAt(a.tok, "'_Generic' association has incomplete type");
    const earlier = associations.slice(0, i);
    if (a.ty === undefined && earlier.some((b) => b.ty === undefined)) errorAt(a.tok, "duplicate 'default' case in '_Generic'");
    if (comparable(a.ty) && earlier.some((b) => comparable(b.ty) && isCompatibleQualified(a.ty!, b.ty, true))) {
      errorAt(a.tok, "'_Generic' specifies two compatible types");
    }
  });
}

/**
 * `_Generic`: the association whose type is compatible with the controlling expression's
 * type after lvalue conversion (arrays and functions become pointers, qualifiers drop).
 */
export function selectGeneric(control: Node, associations: GenericAssociation[], tok: IToken): Node {
  checkAssociations(associations);
  const t = unqualified(control.ty!);
  const ty = decayedType(t);
  const chosen = associations.find((a) => a.ty !== undefined && isCompatibleQualified(a.ty, ty, true))
    ?? associations.find((a) => a.ty === undefined);
  if (!chosen) return errorAt(tok, `'_Generic' selector of type ${quotedType(ty)} is not compatible with any association`);
  return chosen.expr;
}
