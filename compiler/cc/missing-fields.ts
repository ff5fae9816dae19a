/**
 * -Wmissing-field-initializers (on with -Wextra): a struct's initializer list that leaves
 * fields out, as gcc's pop_init_level decides it,
 *
 *   struct pt p = { 1, 2 };    missing initializer for field 'z' of 'struct pt'
 *
 * Only the first field left out is named, for each brace-enclosed list and for each part
 * of one that a nested struct took without braces of its own. Not warned: a list with
 * designators, or inside one; `{}` and `{ 0 }` (and the nested parts of `{ 0 }`); unions;
 * flexible and zero-length array members. The warning points where the declaration names
 * its type (gcc's input_location then: the struct's tag or the typedef name); a compound
 * literal's is not checked.
 */
import type { IToken } from './chevrotain.js';
import { isWarningOn, noteAt, warnAt } from './report.js';
import { isNumberLikeAggregate, type Member, type Type } from './types.js';
import { quotedType } from './typedef-names.js';

/** What the check needs of an initializer (initializer.ts Initializer): its type, and which members got a value. */
export interface FilledRecord {
  ty: Type;
  members: Member[] | undefined;
  children: unknown[] | undefined;
}

interface MissingField {
  member: Member;
  ty: Type;
}

/** Where the warnings point; undefined: the initializer is not checked. */
let place: IToken | undefined;
/** How many of the lists being filled used designators. */
let designatedLists = 0;
/** The fields missing from nested structs filled without braces, until their list closes. */
const pending: MissingField[] = [];

/** An initializer begins (buildInitializer); `typeTok`: where its declaration names its type. */
export function beginFieldsCheck(typeTok: IToken | undefined): void {
  place = typeTok !== undefined && isWarningOn('missing-field-initializers') ? typeTok : undefined;
  designatedLists = 0;
  pending.length = 0;
}

/** What a list's check needs; `checked`: false when nothing is checked (no further work). */
export interface OpenFieldList {
  checked: boolean;
  designated: boolean;
  mark: number;
}

/** A brace-enclosed list of `items` begins to be filled. */
export function openFieldList(items: readonly { designators: readonly unknown[] }[]): OpenFieldList {
  const checked = place !== undefined;
  const designated = checked && items.some((item) => item.designators.length > 0);
  if (designated) designatedLists++;
  return { checked, designated, mark: pending.length };
}

/** A nested struct took its values from the enclosing list without braces. */
export function noteElidedFields(init: FilledRecord): void {
  const missing = missingField(init);
  if (missing !== undefined) pending.push(missing);
}

/**
 * The list `open` began is filled: the fields missing from its brace-less parts, given
 * before the list's other warnings (dropped for `{ 0 }`, `zero`).
 */
export function flushElidedFields(open: OpenFieldList, zero: boolean): void {
  if (pending.length === open.mark) return;
  const inner = pending.splice(open.mark);
  if (!zero) for (const m of inner) warnMissing(m);
}

/** Then the list's own first missing field. */
export function closeFieldList(init: FilledRecord, open: OpenFieldList, zero: boolean): void {
  const own = zero ? undefined : missingField(init);
  if (open.designated) designatedLists--;
  if (own !== undefined) warnMissing(own);
}

/** The first field a struct's list left out, when gcc would name it. */
function missingField(init: FilledRecord): MissingField | undefined {
  const ty = init.ty;
  if (place === undefined || designatedLists > 0 || ty.kind !== 'struct' || isNumberLikeAggregate(ty) || ty.vectorElem !== undefined) return undefined;
  const members = init.members!;
  for (let i = 0; i < members.length; i++) {
    if (init.children![i] !== undefined) continue;
    const m = members[i];
    // (An array member without elements has no size: gcc does not count it.)
    if (m.ty.kind === 'array' && m.ty.arrayLen <= 0) continue;
    return { member: m, ty };
  }
  return undefined;
}

function warnMissing({ member, ty }: MissingField): void {
  const name = member.name ?? '({anonymous})';
  warnAt(place!, `missing initializer for field '${name}' of ${quotedType(ty)} [-Wmissing-field-initializers]`);
  if (member.tok !== undefined) noteAt(member.tok, `'${name}' declared here`);
}
