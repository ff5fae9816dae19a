/**
 * Constraints on struct and union members that gcc enforces as errors (C11 6.7.2.1): what a
 * bit-field may be, one name per member (anonymous members' names included), and a flexible
 * array member only after some named member; and -pedantic's word on GNU C's nesting of
 * structs that end in one. The messages and positions are gcc's.
 */
import type { IToken } from './chevrotain.js';
import { errorAt, pedwarnAt } from './report.js';
import { isAggregate, isInteger, type MemberDecl, type Type } from './types.js';

/** A bit-field has an integer type (GNU: any, enums too), never an atomic one (6.7.2.1p5). */
export function checkBitfieldType(ty: Type, at: IToken, name: string): void {
  if (!isInteger(ty) || ty.kind === 'ptr') errorAt(at, `bit-field '${name}' has invalid type`);
  if (ty.isAtomic) errorAt(at, `bit-field '${name}' has atomic type`);
}

/** The names an anonymous struct or union member brings into its parent, at any depth. */
function namesWithin(ty: Type, out: string[]): string[] {
  for (const m of ty.members) {
    if (m.name !== undefined) out.push(m.name);
    else if (isAggregate(m.ty)) namesWithin(m.ty, out);
  }
  return out;
}

/**
 * gcc's flexible_array_type_p: a struct ending in a flexible array member, or a union with
 * such a member. ISO C lets neither be a struct member or an array element (C11 6.7.2.1p3).
 */
export function endsInFlexibleArray(t: Type): boolean {
  if (t.kind === 'struct') return t.isFlexible;
  if (t.kind === 'union') return t.members.some((m) => endsInFlexibleArray(m.ty));
  return false;
}

/** GNU C allows what endsInFlexibleArray describes anywhere; -pedantic reports it as gcc does. */
export function pedwarnFlexibleArrayUse(t: Type, at: IToken): void {
  if (endsInFlexibleArray(t)) pedwarnAt(at, 'invalid use of structure with flexible array member', '-Wpedantic');
}

/** Checks a record's member declarations before it is laid out; `close` is its `}`. */
export function checkMemberList(kind: string, decls: readonly MemberDecl[], close: IToken): void {
  const seen = new Set<string>();
  for (const d of decls) {
    const names = d.name !== undefined ? [d.name] : isAggregate(d.ty) ? namesWithin(d.ty, []) : [];
    for (const name of names) {
      if (seen.has(name)) errorAt(d.tok ?? close, `duplicate member '${name}'`);
      seen.add(name);
    }
  }
  if (kind === 'struct') for (const d of decls) pedwarnFlexibleArrayUse(d.ty, d.tok ?? close);
  const last = decls[decls.length - 1];
  if (kind === 'struct' && last?.ty.kind === 'array' && last.ty.arrayLen < 0 && !last.ty.isVla && seen.size === 1) {
    errorAt(last.tok ?? close, 'flexible array member in a struct with no named members');
  }
}
