/**
 * C types with the x86-64 System V sizes and alignments, and the struct/union layout
 * rules gcc uses (including bit-fields and `packed`).
 */
import type { IToken } from './chevrotain.js';
import type { Node, Obj } from './ast.js';

export type TypeKind =
  | 'void' | 'bool' | 'char' | 'short' | 'int' | 'long' | 'float' | 'double' | 'ldouble'
  | 'enum' | 'ptr' | 'array' | 'func' | 'struct' | 'union';

export interface Member {
  name: string | undefined; // undefined for anonymous struct/union members and unnamed bit-fields
  ty: Type;
  offset: number;
  isBitfield: boolean;
  bitOffset: number; // within the storage unit that starts at `offset`
  bitWidth: number;
  /** Its alignment in the record when that is not its type's (aligned(N), `_Alignas`, packed,
   *  #pragma pack): what `_Alignof s.m` reports, as gcc reports the field's own alignment. */
  declaredAlign?: number;
  /** In a struct with variable length members (vla-struct.ts): the local holding the run-time
   *  byte offset that `offset` counts from. */
  dynBase?: Obj;
  /** Where it is declared (gcc's "'y' declared here"): its name, or an anonymous member's first token. */
  tok?: IToken;
}

export interface Param {
  name: string | undefined;
  ty: Type;
  tok: IToken | undefined;
  /** Where gcc's notes show the parameter: its name, or the first token of an unnamed one. */
  at?: IToken;
  obj?: Obj; // the object later parameters' VLA sizes refer to; the definition's local
  // A K&R definition's `float x`: the caller passes a double (`ty`); the body sees a float copy.
  declaredTy?: Type;
  // Code a definition runs on entry for this parameter: `a[i++]` evaluates `i++` though `a` is a pointer.
  entryCode?: Node[];
  // `__attribute__((unused))`: no -Wunused-parameter.
  markedUnused?: boolean;
}

export class Type {
  kind: TypeKind;
  size: number;
  align: number;
  isUnsigned = false;
  // Qualifiers, on the copies qualifiedType makes (origin: the unqualified type): what
  // _Generic and __builtin_types_compatible_p tell apart (`const char *` vs `char *`).
  isConst = false;
  isVolatile = false;
  // C11 `_Atomic`: compound assignments and ++/-- on such an lvalue are atomic (parser-expr.ts).
  isAtomic = false;
  base: Type | undefined; // pointee / element type
  arrayLen = -1; // -1: incomplete array
  // struct/union
  members: Member[] = [];
  isComplete = true;
  isFlexible = false;
  isPacked = false;
  tagName: string | undefined;
  /** An untagged struct, union or enum named by a typedef: gcc's messages call it by that first typedef's name. */
  namingTypedef: string | undefined;
  /** A typedef's variant of the type it names (typedef-names.ts): the name messages call it by, and where it was declared. */
  typedefName: string | undefined = undefined;
  typedefTok: IToken | undefined = undefined;
  /** Such a variant's messages add `{aka 'the type it names'}` (gcc's get_aka_type). */
  akaShown = false;
  // function
  returnType: Type | undefined;
  params: Param[] = [];
  isVariadic = false;
  hasPrototype = true;
  // The type this one was copied from (typedef, qualifier): lets struct completion propagate.
  origin: Type | undefined;
  // Variable length array: the length expression and, once declared, the local holding its size.
  // _Complex T: a struct { T re, im; } in layout and ABI (see complex.ts).
  complexBase: Type | undefined = undefined;
  // __int128: a struct { u64 lo; i64 hi; } in layout and ABI (see int128.ts).
  isInt128 = false;
  // _Float128 / __float128: IEEE binary128, a 16-byte aggregate passed like a vector (see float128.ts).
  isFloat128 = false;
  // GNU vector (vector_size attribute): a struct of lanes of this type in layout (see vector.ts).
  vectorElem: Type | undefined = undefined;
  // GNU transparent_union: a parameter of this union type accepts any member's type (see passArgument).
  isTransparentUnion = false;
  isVla = false;
  // TS 18661-3 `_Float32` ... `_Float64x`: float, double or long double in format and ABI,
  // but a type of its own (no promotion through `...`, told apart by _Generic).
  floatN: string | undefined = undefined;
  // `long long` and `signed char`: the format and ABI of long and char, but types of their own
  // as in the standard (told apart by _Generic, conflicting in redeclarations).
  spelling: string | undefined = undefined;
  vlaLen: Node | undefined;
  vlaSize: Obj | undefined;
  // enum: its constants in declaration order, for the debug information (debug-info.ts).
  enumerators: { name: string; value: bigint }[] | undefined;

  constructor(kind: TypeKind, size: number, align: number) {
    this.kind = kind;
    this.size = size;
    this.align = align;
  }
}

export const tyVoid = new Type('void', 1, 1);
export const tyBool = new Type('bool', 1, 1);
export const tyChar = new Type('char', 1, 1);
export const tyShort = new Type('short', 2, 2);
export const tyInt = new Type('int', 4, 4);
export const tyLong = new Type('long', 8, 8);
export const tyUChar = unsignedOf(tyChar);
export const tySChar = distinctInteger(tyChar, 'signed char');
export const tyUShort = unsignedOf(tyShort);
export const tyUInt = unsignedOf(tyInt);
export const tyULong = unsignedOf(tyLong);
export const tyLLong = distinctInteger(tyLong, 'long long');
export const tyULLong = distinctInteger(tyULong, 'long long');
export const tyFloat = new Type('float', 4, 4);
export const tyDouble = new Type('double', 8, 8);
export const tyLDouble = new Type('ldouble', 16, 16);

function interchangeFloat(format: Type, name: string): Type {
  const t = new Type(format.kind, format.size, format.align);
  t.floatN = name;
  return t;
}
export const tyFloat32 = interchangeFloat(tyFloat, '_Float32');
export const tyFloat64 = interchangeFloat(tyDouble, '_Float64');
export const tyFloat32x = interchangeFloat(tyDouble, '_Float32x');
export const tyFloat64x = interchangeFloat(tyLDouble, '_Float64x');

/**
 * The usual arithmetic conversions' floating type (at least one of `a`, `b` is
 * floating): the wider format; of two types of one format, _FloatN before the standard
 * type before _FloatNx (C23 6.3.1.8, as gcc).
 */
export function commonFloating(a: Type, b: Type): Type {
  const width = { float: 1, double: 2, ldouble: 3 } as Partial<Record<TypeKind, number>>;
  const preference = (t: Type): number => (t.floatN === undefined ? 1 : t.floatN.endsWith('x') ? 0 : 2);
  const wa = width[a.kind] ?? 0;
  const wb = width[b.kind] ?? 0;
  const t = wa !== wb ? (wa > wb ? a : b) : preference(a) >= preference(b) ? a : b;
  return canonicalFloat(t);
}

function canonicalFloat(t: Type): Type {
  switch (t.floatN) {
    case '_Float32': return tyFloat32;
    case '_Float64': return tyFloat64;
    case '_Float32x': return tyFloat32x;
    case '_Float64x': return tyFloat64x;
    default: return t.kind === 'float' ? tyFloat : t.kind === 'double' ? tyDouble : tyLDouble;
  }
}
/**
 * GNU `__auto_type`: a stand-in until the initializer is parsed, which then gives the
 * variable its (decayed) type. An int so that declaring the name raises no complaint.
 */
export const tyAutoType = new Type('int', 4, 4);

function unsignedOf(t: Type): Type {
  const u = new Type(t.kind, t.size, t.align);
  u.isUnsigned = true;
  return u;
}

function distinctInteger(t: Type, spelling: string): Type {
  const d = new Type(t.kind, t.size, t.align);
  d.isUnsigned = t.isUnsigned;
  d.spelling = spelling;
  return d;
}

export function isInteger(t: Type): boolean {
  const k = t.kind;
  return k === 'bool' || k === 'char' || k === 'short' || k === 'int' || k === 'long' || k === 'enum';
}
/** The type the default argument promotions give a value of type t: float → double, integers narrower than int → int. */
export function promotedType(t: Type): Type {
  if (t.kind === 'float' && t.floatN === undefined) return tyDouble; // _Float32 is not promoted
  return isInteger(t) && t.size < 4 ? tyInt : t;
}
export function isFlonum(t: Type): boolean {
  return t.kind === 'float' || t.kind === 'double' || t.kind === 'ldouble';
}
export function isNumeric(t: Type): boolean {
  return isInteger(t) || isFlonum(t);
}
export function isPointerLike(t: Type): boolean {
  return t.kind === 'ptr' || t.kind === 'array';
}
export function isScalar(t: Type): boolean {
  return isNumeric(t) || t.kind === 'ptr';
}
export function isAggregate(t: Type): boolean {
  return t.kind === 'struct' || t.kind === 'union';
}

/** _Complex, __int128 and _Float128: aggregates in memory, but initialized and converted like numbers. */
export function isNumberLikeAggregate(t: Type): boolean {
  return t.complexBase !== undefined || t.isInt128 || t.isFloat128;
}

export function pointerTo(base: Type): Type {
  const t = new Type('ptr', 8, 8);
  t.base = base;
  t.isUnsigned = true;
  return t;
}

/** The type of a value of type `t` used as a value: an array or a function becomes a pointer to it. */
export function decayedType(t: Type): Type {
  return t.kind === 'array' ? pointerTo(t.base!) : t.kind === 'func' ? pointerTo(t) : t;
}

export function arrayOf(base: Type, len: number): Type {
  const t = new Type('array', base.size * Math.max(len, 0), base.align);
  t.base = base;
  t.arrayLen = len;
  return t;
}

/** A VLA: its object is reached through a pointer kept in the variable's stack slot. */
export function vlaOf(base: Type, len: Node): Type {
  const t = new Type('array', 8, Math.max(base.align, 8));
  t.base = base;
  t.isVla = true;
  t.vlaLen = len;
  return t;
}

export function funcType(returnType: Type): Type {
  const t = new Type('func', 1, 1);
  t.returnType = returnType;
  return t;
}

export function enumType(): Type {
  return new Type('enum', 4, 4);
}

export function structType(kind: 'struct' | 'union'): Type {
  const t = new Type(kind, 0, 1);
  t.isComplete = false;
  return t;
}

export function alignTo(n: number, align: number): number {
  return Math.ceil(n / align) * align;
}

/** Whether two types are compatible in the sense of __builtin_types_compatible_p (qualifiers ignored). */
export function isCompatible(a: Type, b: Type): boolean {
  if (a === b) return true;
  if (a.origin) return isCompatible(a.origin, b);
  if (b.origin) return isCompatible(a, b.origin);
  // An enum type is compatible with its underlying integer type (gcc: unsigned int or int).
  if (a.kind === 'enum' && b.kind === 'int') return a.isUnsigned === b.isUnsigned && a.size === b.size;
  if (b.kind === 'enum' && a.kind === 'int') return a.isUnsigned === b.isUnsigned && a.size === b.size;
  if (a.kind !== b.kind) return false;
  switch (a.kind) {
    case 'char':
      // Plain char is a type of its own, whatever its sign (-funsigned-char).
      if (a === tyChar || b === tyChar) return false;
      return a.isUnsigned === b.isUnsigned && a.spelling === b.spelling;
    case 'short': case 'int': case 'long':
      return a.isUnsigned === b.isUnsigned && a.spelling === b.spelling;
    case 'float': case 'double': case 'ldouble':
      return a.floatN === b.floatN;
    case 'bool': case 'void':
      return true;
    case 'ptr':
      return isCompatible(a.base!, b.base!);
    case 'array':
      return isCompatible(a.base!, b.base!) && (a.arrayLen < 0 || b.arrayLen < 0 || a.arrayLen === b.arrayLen);
    case 'func':
      if (!a.hasPrototype || !b.hasPrototype) return isCompatible(a.returnType!, b.returnType!) && unprototypedFits(a, b);
      if (!isCompatible(a.returnType!, b.returnType!) || a.isVariadic !== b.isVariadic) return false;
      if (a.params.length !== b.params.length) return false;
      return a.params.every((p, i) => isCompatible(p.ty, b.params[i].ty));
    default:
      return false;
  }
}

/**
 * A function type without a prototype is compatible with a prototyped one whose parameters
 * survive the default argument promotions unchanged and which takes no `...` (6.7.6.3p15).
 */
function unprototypedFits(a: Type, b: Type): boolean {
  const proto = a.hasPrototype ? a : b.hasPrototype ? b : undefined;
  if (!proto) return true;
  const promotes = (t: Type): boolean => t.kind === 'bool' || t.kind === 'char' || t.kind === 'short' || t.kind === 'float';
  return !proto.isVariadic && proto.params.every((p) => !promotes(p.ty));
}

const qualifiedCopies = new WeakMap<Type, (Type | undefined)[]>();

/**
 * `t` with const, volatile and/or _Atomic added: a copy that remembers its unqualified type
 * in `origin`, so everything but the two compatibility tests, the modifiable-lvalue check
 * and the pointer conversions treats both alike. A qualified struct or union inherits from
 * its plain type (prototype), so it sees a later completion; an array's qualifiers go to
 * its elements (C11 6.7.3p9). Functions, and the aggregates that stand for numbers
 * (_Complex, __int128, _Float128, vectors), stay unqualified.
 */
export function qualifiedType(t: Type, isConst: boolean, isVolatile: boolean, isAtomic = false): Type {
  const c = isConst || t.isConst;
  const v = isVolatile || t.isVolatile;
  const a = isAtomic || t.isAtomic;
  if (c === t.isConst && v === t.isVolatile && a === t.isAtomic) return t;
  if (t.kind === 'array') return arrayOfQualified(t, isConst, isVolatile);
  if (t.kind === 'func' || (t.kind === 'enum' && !t.isComplete)) return t;
  if (isAggregate(t) && (isNumberLikeAggregate(t) || t.vectorElem !== undefined)) return t;
  const plain = unqualified(t);
  let copies = qualifiedCopies.get(plain);
  if (!copies) qualifiedCopies.set(plain, (copies = []));
  const k = (c ? 1 : 0) + (v ? 2 : 0) + (a ? 4 : 0);
  let q = copies[k];
  if (!q) {
    q = isAggregate(plain) ? (Object.create(plain) as Type) : Object.assign(Object.create(Type.prototype) as Type, plain);
    q.isConst = c;
    q.isVolatile = v;
    q.isAtomic = a;
    q.origin = plain;
    copies[k] = q;
  }
  return q;
}

/**
 * Plain char's signedness, an option of each compile (-funsigned-char; signed by default, as
 * on x86-64). Plain char stays a type of its own either way, so the one object every
 * plain-char type refers to — and the qualified copies made of it — is told at the start
 * of each compile.
 */
export function setPlainCharUnsigned(unsigned: boolean): void {
  tyChar.isUnsigned = unsigned;
  for (const q of qualifiedCopies.get(tyChar) ?? []) if (q) q.isUnsigned = unsigned;
}

const qualifiedArrays = new WeakMap<Type, (Type | undefined)[]>();

/**
 * The array `t` with its elements qualified (`const T[3]` through a typedef of `T[3]`, or a
 * member array of a const struct): one copy per array type and qualifiers, which inherits
 * the rest (a VLA's run-time size) from `t`.
 */
function arrayOfQualified(t: Type, isConst: boolean, isVolatile: boolean): Type {
  const base = qualifiedType(t.base!, isConst, isVolatile);
  if (base === t.base) return t;
  let copies = qualifiedArrays.get(t);
  if (!copies) qualifiedArrays.set(t, (copies = []));
  const k = (isConst ? 1 : 0) + (isVolatile ? 2 : 0);
  let q = copies[k];
  if (!q) {
    q = Object.create(t) as Type;
    q.base = base;
    q.origin = t;
    copies[k] = q;
  }
  return q;
}

/** The type without its top-level qualifiers (what an lvalue conversion or a cast yields). */
export function unqualified(t: Type): Type {
  return t.isConst || t.isVolatile || t.isAtomic ? t.origin! : t;
}

/**
 * `t` without qualifiers and without the names typedefs gave it: what identity tests
 * compare (`canonicalType(t) === tyChar` holds for a `typedef char mychar`).
 */
export function canonicalType(t: Type): Type {
  let u = unqualified(t);
  while (u.typedefName !== undefined) u = unqualified(u.origin!);
  return u;
}

/**
 * Compatibility that also compares qualifiers, at every level below the top and, when
 * `topLevel`, at the top too: `const char *` is not `char *`, `const int` is not `int`.
 */
export function isCompatibleQualified(a: Type, b: Type, topLevel: boolean): boolean {
  if (topLevel && (a.isConst !== b.isConst || a.isVolatile !== b.isVolatile || a.isAtomic !== b.isAtomic)) return false;
  const ua = unqualified(a);
  const ub = unqualified(b);
  if (ua.kind === 'ptr' && ub.kind === 'ptr') return isCompatibleQualified(ua.base!, ub.base!, true);
  if (ua.kind === 'array' && ub.kind === 'array') {
    return isCompatibleQualified(ua.base!, ub.base!, true) && (ua.arrayLen < 0 || ub.arrayLen < 0 || ua.arrayLen === ub.arrayLen);
  }
  return isCompatible(ua, ub);
}

export interface MemberDecl {
  name: string | undefined;
  ty: Type;
  bitWidth: number; // -1: not a bit-field
  align: number; // explicit _Alignas / aligned attribute, 0 if none
  packed: boolean; // the member's own `packed` attribute
  tok?: IToken; // the member's name, where errors about it point
  at?: IToken; // an anonymous member's place (its tag or `{`), where gcc's notes point
}

/**
 * Lays out a struct the way gcc does on x86-64: members at the next multiple of their
 * alignment; a bit-field goes at the next free bit unless it would cross a naturally
 * aligned unit of its type; unnamed bit-fields do not raise the struct's alignment.
 */
export function capAlign(align: number, maxAlign: number): number {
  return maxAlign > 0 ? Math.min(align, maxAlign) : align;
}

/**
 * What a named bit-field adds to its record's alignment (unnamed ones add nothing): its
 * type's alignment, 1 when packed — but under #pragma pack(N) gcc caps the type's alignment
 * at N and ignores `packed` — and at least an explicit alignment.
 */
export function bitfieldRecordAlign(d: MemberDecl, packed: boolean, maxAlign: number, integerMode: boolean): number {
  const typeAlign = maxAlign > 0 ? Math.min(d.ty.align, maxAlign) : packed || d.packed ? 1 : d.ty.align;
  return Math.max(typeAlign, capAlign(d.align, maxAlign), integerMode ? capAlign(d.bitWidth / 8, maxAlign) : 1);
}

/**
 * gcc gives a bit-field as wide as a machine integer (8, 16, 32 or 64 bits) that starts on
 * such a boundary that integer's mode: it is then laid out as an ordinary member (exempt
 * from bitfieldStart's rule) and, when named, aligns the record to its width. Packed, only
 * a byte qualifies.
 */
export function isIntegerModeBitfield(bits: number, d: MemberDecl, packed: boolean): boolean {
  return [8, 16, 32, 64].includes(d.bitWidth) && bits % d.bitWidth === 0 && (d.bitWidth === 8 || !(packed || d.packed));
}

/**
 * Where gcc puts a bit-field that is not packed (its PCC_BITFIELD_TYPE_MATTERS rule): at
 * `bits`, unless it would then span more units of its type's alignment than the type's size
 * holds, in which case at the next unit. For a type aligned as its size that is "does not
 * cross a unit"; a typedef aligned beyond its size (aligned(16) on an int) starts every
 * bit-field at its alignment, and one aligned below it lets them cross units.
 */
export function bitfieldStart(bits: number, d: MemberDecl): number {
  const unit = d.ty.align * 8;
  const spanned = Math.floor(((bits % unit) + d.bitWidth + unit - 1) / unit);
  return spanned > Math.floor((d.ty.size * 8) / unit) ? alignTo(bits, unit) : bits;
}

/**
 * The byte a bit-field at `bits` is addressed from: the naturally aligned unit of its type
 * holding its first bit, or, when the field is packed or crosses that unit, its first byte.
 */
export function bitfieldUnit(bits: number, d: MemberDecl, tight: boolean): number {
  const natural = Math.floor(bits / (d.ty.size * 8)) * d.ty.size;
  return tight || bits + d.bitWidth > (natural + d.ty.size) * 8 ? Math.floor(bits / 8) : natural;
}

/**
 * Where a member may start: its type's alignment, or a byte when the struct or the member
 * is packed; an explicit _Alignas/aligned raises that even when packed (gcc's rule), and
 * #pragma pack(N) caps all of it. `natural` is the type's alignment in storage.
 */
export function fieldAlign(d: MemberDecl, packed: boolean, maxAlign: number, natural = d.ty.align): number {
  return capAlign(Math.max(packed || d.packed ? 1 : natural, d.align), maxAlign);
}

export function layoutStruct(t: Type, decls: MemberDecl[], packed: boolean, minAlign: number, maxAlign = 0): void {
  // #pragma pack(1) is `packed`; pack(N) caps every member's alignment at N.
  if (maxAlign === 1) packed = true;
  let bits = 0; // next free bit
  let align = 1;
  const members: Member[] = [];
  for (const d of decls) {
    const tyAlign = fieldAlign(d, packed, maxAlign);
    if (d.bitWidth >= 0) {
      if (d.bitWidth === 0) {
        // `int :0` ends the unit; an aligned attribute on it moves the next member further.
        bits = alignTo(bits, Math.max(d.ty.align, d.align) * 8);
        continue;
      }
      const integerMode = isIntegerModeBitfield(bits, d, packed);
      // gcc starts a bit-field with an aligned attribute, even aligned(1), at that boundary
      // (#pragma pack caps it, `packed` does not).
      if (d.align > 0) bits = alignTo(bits, capAlign(d.align, maxAlign) * 8);
      // Under `packed` or any #pragma pack, gcc lets a bit-field straddle its type's units.
      const tight = packed || d.packed || maxAlign > 0;
      if (!tight && !integerMode) bits = bitfieldStart(bits, d);
      const unitStart = bitfieldUnit(bits, d, tight);
      members.push({
        name: d.name, ty: d.ty, offset: unitStart, isBitfield: true,
        bitOffset: bits - unitStart * 8, bitWidth: d.bitWidth,
      });
      bits += d.bitWidth;
      if (d.name !== undefined) align = Math.max(align, bitfieldRecordAlign(d, packed, maxAlign, integerMode));
      continue;
    }
    bits = alignTo(bits, tyAlign * 8);
    members.push({ name: d.name, ty: d.ty, offset: bits / 8, isBitfield: false, bitOffset: 0, bitWidth: 0, ...memberAlign(d, tyAlign) });
    // A flexible array member adds no size.
    if (d.ty.kind === 'array' && d.ty.arrayLen < 0) t.isFlexible = true;
    else bits += d.ty.size * 8;
    align = Math.max(align, tyAlign);
  }
  align = Math.max(align, minAlign);
  finishRecord(t, members, alignTo(Math.ceil(bits / 8), align), align, packed);
}

/** Records a member's alignment in the record when it is not its type's (what `_Alignof(s.m)` answers). */
export function memberAlign(d: MemberDecl, align: number): { declaredAlign?: number } {
  return align !== d.ty.align ? { declaredAlign: align } : {};
}

export function layoutUnion(t: Type, decls: MemberDecl[], packed: boolean, minAlign: number, maxAlign = 0): void {
  if (maxAlign === 1) packed = true;
  let size = 0;
  let align = 1;
  const members: Member[] = [];
  for (const d of decls) {
    const tyAlign = fieldAlign(d, packed, maxAlign);
    if (d.bitWidth >= 0) {
      if (d.bitWidth === 0) continue;
      members.push({ name: d.name, ty: d.ty, offset: 0, isBitfield: true, bitOffset: 0, bitWidth: d.bitWidth });
      size = Math.max(size, Math.ceil(d.bitWidth / 8));
    } else {
      members.push({ name: d.name, ty: d.ty, offset: 0, isBitfield: false, bitOffset: 0, bitWidth: 0, ...memberAlign(d, tyAlign) });
      size = Math.max(size, d.ty.size);
    }
    if (d.bitWidth < 0) align = Math.max(align, tyAlign);
    else if (d.name !== undefined) align = Math.max(align, bitfieldRecordAlign(d, packed, maxAlign, isIntegerModeBitfield(0, d, packed)));
  }
  align = Math.max(align, minAlign);
  finishRecord(t, members, alignTo(size, align), align, packed);
}

export function finishRecord(t: Type, members: Member[], size: number, align: number, packed: boolean): void {
  t.members = members;
  t.size = size;
  t.align = align;
  t.isPacked = packed;
  t.isComplete = true;
}

/** Finds a member by name, descending into anonymous struct/union members. Returns the path. */
export function findMember(t: Type, name: string): Member[] | undefined {
  for (const m of t.members) {
    if (m.name === name) return [m];
    if (m.name === undefined && !m.isBitfield && isAggregate(m.ty)) {
      const inner = findMember(m.ty, name);
      if (inner) return [m, ...inner];
    }
  }
  return undefined;
}

/**
 * A type as gcc's messages spell it, as an abstract declarator around the base type:
 * qualifiers before the type they qualify (`_Atomic const volatile int`) but after a
 * pointer's `*` (`int * const`, `const char * const*`), `char **`, `int *[3]`, and
 * parentheses where a pointer meets a function or array (`void (*)(int)`, `int (*)[10]`,
 * `void (*[3])(void)`); a function type is `double(void)`, `void(int, ...)`, `int()`.
 */
export function typeName(t: Type): string {
  return declaratorName(t, '');
}

function declaratorName(t: Type, inner: string): string {
  const qualifiers = [t.isAtomic ? '_Atomic' : '', t.isConst ? 'const' : '', t.isVolatile ? 'volatile' : ''].filter(Boolean).join(' ');
  // A type named by a typedef is called by that name, whatever it stands for.
  if (t.typedefName !== undefined) return spelledBefore(qualifiers ? `${qualifiers} ${t.typedefName}` : t.typedefName, inner);
  switch (t.kind) {
    case 'ptr': {
      const own = `*${qualifiers ? ` ${qualifiers}` : ''}${inner}`;
      const base = t.base!;
      return declaratorName(base, base.kind === 'func' || base.kind === 'array' ? `(${own})` : own);
    }
    case 'array':
      return declaratorName(t.base!, `${inner}[${t.arrayLen >= 0 ? t.arrayLen : ''}]`);
    case 'func': {
      const params = !t.hasPrototype ? '' : t.params.length === 0 && !t.isVariadic ? 'void' : [...t.params.map((p) => typeName(p.ty)), ...(t.isVariadic ? ['...'] : [])].join(', ');
      return declaratorName(t.returnType!, `${inner}(${params})`);
    }
    default: {
      const plain = unqualifiedTypeName(t);
      return spelledBefore(qualifiers ? `${qualifiers} ${plain}` : plain, inner);
    }
  }
}

/** A type's name before its declarator: a space before a pointer's `*` or its parentheses, none before `[3]` or `(int)`. */
function spelledBefore(name: string, inner: string): string {
  return inner.startsWith('*') || inner.startsWith('(*') ? `${name} ${inner}` : name + inner;
}

function unqualifiedTypeName(t: Type): string {
  switch (t.kind) {
    case 'struct': case 'union':
      if (t.complexBase) return `complex ${typeName(t.complexBase)}`;
      if (t.isInt128) return t.isUnsigned ? 'unsigned __int128' : '__int128';
      if (t.isFloat128) return '_Float128';
      if (t.vectorElem) return `__vector(${t.size / t.vectorElem.size}) ${typeName(t.vectorElem)}`;
      // va_list's element (va-list.ts): gcc's built-in record has a name of its own, not a tag.
      if (t.tagName === '__va_list_tag') return t.tagName;
      return t.tagName !== undefined ? `${t.kind} ${t.tagName}` : unqualified(t).namingTypedef ?? `${t.kind} <anonymous>`;
    case 'bool': return '_Bool';
    case 'float': case 'double': return t.floatN ?? t.kind;
    case 'ldouble': return t.floatN ?? 'long double';
    case 'enum': return t.tagName !== undefined ? `enum ${t.tagName}` : unqualified(t).namingTypedef ?? 'enum <anonymous>';
    default: return isInteger(t) ? integerName(t) : t.spelling ?? t.kind;
  }
}

/** gcc's names for the integer types: `long unsigned int`, `short int`, `unsigned char`. */
function integerName(t: Type): string {
  if (canonicalType(t) === tyChar || t.spelling === 'signed char') return t.spelling ?? 'char';
  const base = t.spelling ?? t.kind;
  if (base === 'int' || base === 'char') return t.isUnsigned ? `unsigned ${base}` : base;
  return t.isUnsigned ? `${base} unsigned int` : `${base} int`;
}

/**
 * `typedef T name __attribute__((aligned(n)))`: T with another alignment (a typedef may even
 * lower it, as gcc allows). Incomplete structs keep their own type, since their copy would
 * not see the completion.
 */
export function withAlignment(t: Type, align: number): Type {
  if (align === t.align || (isAggregate(t) && !t.isComplete)) return t;
  // A qualified record owns only its qualifiers (see qualifiedType): align the plain one.
  if (isAggregate(t) && t.origin && unqualified(t) !== t) return qualifiedType(withAlignment(t.origin, align), t.isConst, t.isVolatile, t.isAtomic);
  // A typedef's record owns only its name (typedef-names.ts): align the record itself.
  if (isAggregate(t) && t.typedefName !== undefined) return withAlignment(t.origin!, align);
  const copy = Object.assign(Object.create(Type.prototype), t) as Type;
  copy.align = align;
  copy.origin = t;
  return copy;
}


/** The type -funsigned-bitfields gives a plain integer bit-field (its qualifiers kept); enums, _Bool and unsigned types stay. */
export function unsignedBitfieldType(t: Type): Type {
  const plain = canonicalType(t);
  const u = plain === tyChar ? tyUChar : plain === tyShort ? tyUShort : plain === tyInt ? tyUInt : plain === tyLong ? tyULong : plain === tyLLong ? tyULLong : undefined;
  return u ? qualifiedType(u, t.isConst, t.isVolatile, t.isAtomic) : t;
}
