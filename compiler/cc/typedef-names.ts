/**
 * The names typedefs give types, as gcc's messages show them: `'size_t' {aka 'long
 * unsigned int'}`, `'NodeP' {aka 'struct node *'}`.
 *
 * A typedef declares a variant of the type it names: the same type in every respect
 * (isCompatible and canonicalType look through it, castNode converts nothing), which
 * remembers the name. Objects, members, parameters and return types declared with the
 * name have the variant, and expressions keep it where gcc keeps it (usual-conversions.ts
 * commonType: `n + 1` is still a size_t; a cast's type is the plain one).
 *
 * A message names a type by quotedType: the typedef's name, then the type with every
 * typedef taken out when that reads differently (gcc's c_tree_printer and get_aka_type).
 */
import type { IToken } from './chevrotain.js';
import { arrayOf, isAggregate, isNumberLikeAggregate, pointerTo, qualifiedType, Type, typeName, unqualified } from './types.js';

/**
 * The type `typedef T name` declares (`nameTok`: its name). `inSystemHeader`: the typedef
 * is a system header's, whose records named in the implementation's namespace
 * (`struct _IO_FILE`) gcc does not expose in messages.
 */
export function typedefType(t: Type, nameTok: IToken, inSystemHeader: boolean): Type {
  if (!getsVariant(t)) return t;
  const name = nameTok.image;
  // A record's variant inherits from it (as a qualified record does), so it sees a later
  // completion; a scalar is copied whole, so that qualifiedType can copy it again.
  const variant = isAggregate(t) ? (Object.create(t) as Type) : Object.assign(Object.create(Type.prototype) as Type, t);
  variant.typedefName = name;
  variant.typedefTok = nameTok;
  variant.origin = t;
  variant.akaShown = akaShown(t, name, inSystemHeader);
  return variant;
}

/**
 * Which named types get a variant. Left as they are: qualified types (unqualified() must
 * strip a variant's qualifiers back to the variant), functions and arrays (their copies
 * are rebuilt by the declarators), the aggregates that stand for numbers, vectors, an
 * enum not yet complete (a copy would not see its completion), and untagged records and
 * enums, which messages already call by their first typedef's name (namingTypedef).
 */
function getsVariant(t: Type): boolean {
  if (t.isConst || t.isVolatile || t.isAtomic) return false;
  if (t.kind === 'func' || t.kind === 'array' || isNumberLikeAggregate(t) || t.vectorElem !== undefined) return false;
  if (t.kind === 'enum' && !t.isComplete) return false;
  return !(isTagged(t) && identifier(t) === undefined);
}

function isTagged(t: Type): boolean {
  return t.kind === 'struct' || t.kind === 'union' || t.kind === 'enum';
}

/** The name a type goes by: a typedef's name, a record's or enum's tag. */
function identifier(t: Type): string | undefined {
  return t.typedefName ?? (isTagged(t) ? t.tagName : undefined);
}

/**
 * gcc's get_aka_type and user_facing_original_type_p: `struct node` is worth showing for
 * `Node`, but not `struct foo` for `foo`; and a system header's name for a record named
 * in the implementation's namespace is the one to show (`FILE`, not `struct _IO_FILE`).
 */
function akaShown(t: Type, name: string, inSystemHeader: boolean): boolean {
  const id = identifier(t);
  if (isTagged(t) && id === name) return false;
  if (!inSystemHeader || (id !== undefined && !isReservedName(id))) return true;
  return !isTagged(t);
}

/** A name reserved for the implementation: `__x` or `_X`. */
function isReservedName(name: string): boolean {
  return name.charCodeAt(0) === 0x5f && (name.charCodeAt(1) === 0x5f || (name.charCodeAt(1) >= 0x41 && name.charCodeAt(1) <= 0x5a));
}

/**
 * `t` with the typedefs worth showing taken out, at every level (pointers, arrays,
 * functions); `t` itself when there is none.
 */
export function akaType(t: Type): Type {
  const u = unqualified(t);
  let stripped: Type;
  if (u.typedefName !== undefined) {
    if (!u.akaShown) return t;
    stripped = akaType(u.origin!);
  } else if (u.kind === 'ptr') {
    const base = akaType(u.base!);
    if (base === u.base) return t;
    stripped = pointerTo(base);
  } else if (u.kind === 'array' && !u.isVla) {
    const base = akaType(u.base!);
    if (base === u.base) return t;
    stripped = arrayOf(base, u.arrayLen);
  } else if (u.kind === 'func') {
    const returnType = akaType(u.returnType!);
    const params = u.params.map((p) => ({ ...p, ty: akaType(p.ty) }));
    if (returnType === u.returnType && params.every((p, i) => p.ty === u.params[i].ty)) return t;
    stripped = Object.assign(Object.create(Type.prototype) as Type, u, { returnType, params });
  } else {
    return t;
  }
  return qualifiedType(stripped, t.isConst, t.isVolatile, t.isAtomic);
}

/** A type as gcc's messages quote it: `'size_t' {aka 'long unsigned int'}`, or just `'int'`. */
export function quotedType(t: Type): string {
  return spelledType(t, "'");
}

/** A type as gcc writes it inside a quoted phrase: `sizeof (IP {aka int *})`. */
export function unquotedType(t: Type): string {
  return spelledType(t, '');
}

function spelledType(t: Type, quote: string): string {
  const name = typeName(t);
  const aka = akaType(t);
  const akaName = aka === t ? name : typeName(aka);
  return akaName === name ? `${quote}${name}${quote}` : `${quote}${name}${quote} {aka ${quote}${akaName}${quote}}`;
}

/** A value's type as messages quote it: without the qualifiers an lvalue loses when it is read (C11 6.3.2.1p2). */
export function quotedValueType(t: Type): string {
  return quotedType(unqualified(t));
}
