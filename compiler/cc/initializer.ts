/**
 * Initializers. The grammar gives a syntax tree of braces, designators and expressions;
 * `buildInitializer` matches it against the object's type (brace elision, designators,
 * GNU ranges `[0 ... N] =`, string literals for char arrays, incomplete array lengths).
 * The result is then either lowered to assignments (locals) or to bytes plus
 * relocations (static storage).
 */
import type { IToken } from './chevrotain.js';
import { newNode, type Node, type Obj, type Relocation } from './ast.js';
import { evalFloat, tryEval, tryEvalStatic, withObjectReads, wrapToType } from './consteval.js';
import { errorAt, pedwarnAt, refuseFloatingPoint } from './report.js';
import { assignNode, commaNode, convertForAssign, memberNode, numNode, varNode, addNode, derefNode } from './typecheck.js';
import { arrayOf, isAggregate, isCompatible, isFlonum, isInteger, isNumberLikeAggregate, tyChar, tyInt, tyUInt, tyUShort, type Member, type Type } from './types.js';
import { foldNumberLike } from './fold128.js';
import { foldExtended } from './fold80.js';
import { SNAN_DOUBLE_BITS, SNAN_FLOAT_BITS } from './literals.js';
import { runBytes, runItems, type IntegerRun } from './data-run.js';
import { beginInitializer, closeBracedList, isZeroInit, noteElidedBraces } from './missing-braces.js';
import { beginFieldsCheck, closeFieldList, flushElidedFields, noteElidedFields, openFieldList } from './missing-fields.js';
import { quotedType } from './typedef-names.js';
import { checkOverride } from './override-init.js';
import { expressionStart } from './pointer-conversion.js';

export type Designator =
  | { kind: 'index'; lo: Node; hi: Node | undefined; tok: IToken }
  | { kind: 'field'; name: IToken };

export interface InitItem {
  designators: Designator[];
  value: InitSyntax;
}

export type InitSyntax =
  // `run`: the scanner's one token for a list of plain integer constants (data-run.ts); items is then empty.
  | { kind: 'list'; items: InitItem[]; tok: IToken; run?: IntegerRun }
  | { kind: 'expr'; expr: Node };

/** An initializer shaped like its type: a leaf expression or one child per element/member. */
export interface Initializer {
  ty: Type;
  expr: Node | undefined;
  children: (Initializer | undefined)[] | undefined;
  members: Member[] | undefined; // struct/union: the member of each child
  unionIndex: number; // union: which member is initialized (-1 none)
  isFlexibleArray: boolean; // incomplete array: grows as elements are designated
  /**
   * An array of integers initialized by a run (data-run.ts): its elements' bytes, written
   * at once; children stay empty until something needs them (`unpack`).
   */
  packed: { run: IntegerRun; bytes: Uint8Array } | undefined;
  /** The bit-field member it initializes, if it is one (-Woverflow knows its width). */
  bitfield: Member | undefined;
  /** The aggregate it is element or member `index` of (override-init.ts names it by them). */
  parent: Initializer | undefined;
  index: number;
  /** The whole initializer's: the object's name (undefined: a compound literal's). */
  name?: string;
  /** A union's: the member a designator just switched away from, with what it held (override-init.ts). */
  displaced?: Initializer;
}

function newInitializer(ty: Type): Initializer {
  const init: Initializer = {
    ty, expr: undefined, children: undefined, members: undefined, unionIndex: -1,
    isFlexibleArray: ty.kind === 'array' && ty.arrayLen < 0, packed: undefined, bitfield: undefined, parent: undefined, index: -1,
  };
  if (ty.kind === 'array') init.children = [];
  if (isAggregate(ty)) {
    init.members = ty.members.filter((m) => m.name !== undefined || !m.isBitfield);
    init.children = [];
  }
  return init;
}

function childCount(init: Initializer): number {
  if (init.ty.kind === 'array') return init.isFlexibleArray ? Infinity : init.ty.arrayLen;
  if (init.ty.kind === 'union') return Math.min(1, init.members!.length); // none if only unnamed bit-fields
  return init.members!.length;
}

function child(init: Initializer, i: number): Initializer {
  if (init.packed) unpack(init);
  let c = init.children![i];
  if (!c) {
    const ty = init.ty.kind === 'array' ? init.ty.base! : init.members![i].ty;
    c = newInitializer(ty);
    c.parent = init;
    c.index = i;
    if (init.members?.[i].isBitfield) c.bitfield = init.members[i];
    init.children![i] = c;
  }
  if (init.ty.kind === 'union' && init.unionIndex !== i) {
    init.displaced = init.unionIndex >= 0 ? init.children![init.unionIndex] : undefined;
    init.children = [];
    init.children[i] = c;
    init.unionIndex = i;
  }
  return c;
}

function isStringLiteral(n: Node): boolean {
  return n.kind === 'var' && n.obj!.initData !== undefined && n.obj!.name.startsWith('.LC') && n.ty!.kind === 'array';
}

/**
 * An array of integers, which a string literal initializes as a whole, in braces too
 * (`long a[2] = {"x"}` is then refused, as gcc does, not a long set from a pointer).
 */
function isIntegerArray(ty: Type): boolean {
  return ty.kind === 'array' && isInteger(ty.base!);
}

/**
 * Which string literals the element type `elem` takes: any "" for char, signed char and
 * unsigned char; L"" for wchar_t (int), u"" for char16_t, U"" for char32_t (6.7.9p14-15).
 */
function stringElementFor(elem: Type): Type | undefined {
  if (elem.kind === 'char') return tyChar;
  return [tyInt, tyUShort, tyUInt].find((t) => isCompatible(elem, t));
}

/** gcc's errors for a string literal `e` that cannot initialize the integer array `ty`. */
function checkStringInitializer(ty: Type, e: Node): void {
  const elem = ty.base!;
  const wanted = stringElementFor(elem);
  if (!wanted) errorAt(e.tok, 'array of inappropriate type initialized from string constant');
  const given = e.ty!.base!;
  if (wanted === tyChar ? given.kind !== 'char' : !isCompatible(given, wanted)) {
    errorAt(e.tok, `cannot initialize array of ${quotedType(elem)} from a string literal with type array of ${quotedType(given)}`);
  }
}

/** Can this expression initialize the aggregate `ty` as a whole (no brace elision)? */
function initializesWhole(ty: Type, e: Node): boolean {
  if (isIntegerArray(ty) && isStringLiteral(e)) return true;
  if (isNumberLikeAggregate(ty)) return true;
  return isAggregate(ty) && isAggregate(e.ty!);
}

/** `literalAt`: a compound literal's '(', where gcc places the initializer's -Wmissing-braces. */
/** `typeTok`: where the declaration names its type (missing-fields.ts); a compound literal has none. */
/** `name`: the object's (undefined for a compound literal). */
export function buildInitializer(ty: Type, syn: InitSyntax, literalAt?: IToken, typeTok?: IToken, name?: string): Initializer {
  const init = newInitializer(ty);
  init.name = name;
  beginInitializer(syn, literalAt);
  beginFieldsCheck(typeTok);
  fillFromSyntax(init, syn);
  return init;
}

/** The type after initialization: `int a[] = {1,2,3}` becomes `int[3]`. */
export function initializedType(init: Initializer): Type {
  if (init.ty.kind === 'array' && init.ty.arrayLen < 0) {
    return arrayOf(init.ty.base!, elementCount(init));
  }
  if (init.ty.kind === 'struct' && init.ty.isFlexible && init.children) {
    // A flexible array member initialized statically extends the object (GNU).
    const last = init.members!.length - 1;
    const c = init.children[last];
    if (c && c.ty.kind === 'array' && elementCount(c) > 0) {
      const extra = elementCount(c) * c.ty.base!.size;
      const t = Object.assign(Object.create(Object.getPrototypeOf(init.ty)), init.ty) as Type;
      t.size = init.ty.size + extra;
      return t;
    }
  }
  return init.ty;
}

/** An array's elements so far (the highest index initialized, plus one). */
function elementCount(init: Initializer): number {
  return init.packed ? init.packed.run.count : init.children!.length;
}

/**
 * Takes a run as the bytes of an array of integers (all of them fit, and there is room
 * for all); false leaves it to the general path, element by element.
 */
function packRun(init: Initializer, run: IntegerRun): boolean {
  const ty = init.ty;
  if (ty.kind !== 'array' || init.expr !== undefined || init.children!.length > 0) return false;
  if (!init.isFlexibleArray && run.count > ty.arrayLen) return false; // "excess elements": warned there
  const bytes = runBytes(run, ty.base!);
  if (bytes === undefined) return false;
  init.packed = { run, bytes };
  return true;
}

/** A packed array as elements, as the general path would have made them from the same list. */
function unpack(init: Initializer): void {
  const { run } = init.packed!;
  init.packed = undefined;
  fillList(init, runItems(run), 0, true);
}

function fillFromSyntax(init: Initializer, syn: InitSyntax): void {
  if (syn.kind === 'list' && syn.run !== undefined) {
    if (packRun(init, syn.run)) return closeBracedList(syn, undefined);
    syn = { kind: 'list', items: runItems(syn.run), tok: syn.tok };
  }
  if (syn.kind === 'expr') {
    setExpr(init, syn.expr);
    return;
  }
  if (init.ty.kind !== 'array' && (!isAggregate(init.ty) || isNumberLikeAggregate(init.ty))) {
    // Scalar in braces: `int x = {3};`
    if (syn.items.length === 0) {
      init.expr = numNode(0n, syn.tok);
      return;
    }
    if (syn.items.length > 1) pedwarnAt(exprTokOf(syn.items[1].value), 'excess elements in scalar initializer');
    fillFromSyntax(init, syn.items[0].value);
    closeBracedList(syn, init.ty);
    return;
  }
  // `char s[] = {"abc"}`
  if (syn.items.length === 1 && syn.items[0].designators.length === 0 && syn.items[0].value.kind === 'expr' &&
      isIntegerArray(init.ty) && isStringLiteral(syn.items[0].value.expr)) {
    setExpr(init, syn.items[0].value.expr);
    return;
  }
  firstScalar = undefined;
  const fields = openFieldList(syn.items);
  fillList(init, syn.items, 0, true);
  const zero = fields.checked && isZeroInit(syn, firstScalar);
  flushElidedFields(fields, zero);
  closeBracedList(syn, firstScalar);
  closeFieldList(init, fields, zero);
}

/** The type of the first scalar a brace-enclosed list initialized (set by setExpr, for missing-braces.ts). */
let firstScalar: Type | undefined;

/**
 * File-scope compound literals and the initializer they were written with. GNU C lets
 * `static struct s x = (struct s){ ... };` initialize x as if from the braces themselves.
 */
export const fileScopeCompoundLiterals = new WeakMap<Node, InitSyntax>();

function setExpr(init: Initializer, e: Node): void {
  const ty = init.ty;
  const literal = fileScopeCompoundLiterals.get(e);
  if (literal && (ty.kind === 'array' || isAggregate(ty)) && isCompatible(ty, e.ty!)) {
    // `int a[] = (int [3]){ 1 };` takes the literal's length.
    if (init.isFlexibleArray && e.ty!.kind === 'array' && e.ty!.arrayLen >= 0) {
      init.ty = e.ty!;
      init.isFlexibleArray = false;
    }
    fillFromSyntax(init, literal);
    return;
  }
  if (ty.kind === 'array') {
    if (isIntegerArray(ty) && isStringLiteral(e)) {
      checkStringInitializer(ty, e);
      fillString(init, e);
      return;
    }
    errorAt(e.tok, isStringLiteral(e) ? 'invalid initializer' : 'array must be initialized with a brace-enclosed initializer');
  }
  if (ty.vectorElem && !isAggregate(e.ty!)) {
    // gcc elides the braces of a vector inside a list, but one scalar is no whole vector.
    errorAt(e.tok, `incompatible types when initializing type ${quotedType(ty)} using type ${quotedType(e.ty!)}`);
  }
  if (isAggregate(ty) && !isAggregate(e.ty!) && !isNumberLikeAggregate(ty)) {
    // Braces may be elided only inside a list (fillOne); `struct s x = 0;` has none to elide.
    errorAt(e.tok, 'invalid initializer');
  }
  firstScalar ??= ty;
  init.expr = convertForAssign(e, ty, e.tok, 'initializing', undefined, init.bitfield?.bitWidth);
}

function fillString(init: Initializer, e: Node): void {
  const data = e.obj!.initData!;
  const elem = init.ty.base!;
  const n = data.length / e.ty!.base!.size;
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const len = init.isFlexibleArray ? n : Math.min(n, init.ty.arrayLen);
  // Only the terminating null may be left out (C99 6.7.8p14): `char s[3] = "abc"` is fine.
  if (!init.isFlexibleArray && n - 1 > init.ty.arrayLen) pedwarnAt(e.tok, `initializer-string for array of ${quotedType(elem)} is too long`);
  for (let i = 0; i < len; i++) {
    const sz = e.ty!.base!.size;
    const v = sz === 1 ? view.getInt8(i) : sz === 2 ? view.getUint16(i * 2, true) : view.getInt32(i * 4, true);
    child(init, i).expr = numNode(wrapToType(BigInt(v), elem), e.tok, elem);
  }
}

/**
 * Fills `init`'s elements from items[pos...]. A braced list may use designators; an
 * elided one (braces omitted for a nested aggregate) stops at a designator or when full.
 * Returns the position of the first unused item.
 */
function fillList(init: Initializer, items: InitItem[], pos: number, braced: boolean, firstIsPlain = false, startIdx = 0): number {
  let idx = startIdx;
  const count = childCount(init);
  const start = pos;
  while (pos < items.length) {
    const item = items[pos];
    if (item.designators.length > 0 && !(firstIsPlain && pos === start)) {
      if (!braced) return pos;
      const [next, newPos] = designate(init, item.designators, 0, items, pos);
      idx = next;
      pos = newPos;
      continue;
    }
    if (idx >= count) {
      if (!braced) return pos;
      pedwarnAt(exprTokOf(item.value), `excess elements in ${aggregateWord(init.ty)} initializer`);
      pos++;
      continue;
    }
    pos = fillOne(child(init, idx), items, pos);
    idx++;
  }
  return pos;
}

/** What gcc calls the aggregate in "excess elements in ... initializer". */
function aggregateWord(ty: Type): string {
  if (ty.vectorElem) return 'vector';
  return ty.kind === 'array' ? 'array' : ty.kind === 'union' ? 'union' : 'struct';
}

function exprTokOf(s: InitSyntax): IToken {
  return s.kind === 'expr' ? s.expr.tok : s.tok;
}

/** Fills one element from items[pos], eliding braces if it is an aggregate given a scalar. */
function fillOne(init: Initializer, items: InitItem[], pos: number): number {
  const v = items[pos].value;
  if (v.kind === 'list') {
    checkOverride(init, v.tok);
    // A braced initializer sets the whole subobject: `[0] = { .a = 1 }` zeroes what an earlier `[0].b = 2` set.
    forgetEarlierValues(init);
    fillFromSyntax(init, v);
    return pos + 1;
  }
  if ((init.ty.kind !== 'array' && !isAggregate(init.ty)) || initializesWhole(init.ty, v.expr)) {
    checkOverride(init, expressionStart(v.expr));
    setExpr(init, v.expr);
    return pos + 1;
  }
  // The item's designators (if any) have already been applied.
  noteElidedBraces();
  const next = Math.max(fillList(init, items, pos, false, true), pos + 1);
  noteElidedFields(init);
  return next;
}

function forgetEarlierValues(init: Initializer): void {
  init.expr = undefined;
  init.packed = undefined;
  if (init.children) init.children = [];
  init.unionIndex = -1;
}

/** PTRDIFF_MAX: no object may be larger. */
const MAX_OBJECT_BYTES = 2 ** 63 - 1;
const MAX_RANGE_ELEMENTS = 1 << 22;

/** Applies designators[k...] inside `init`; returns [the index after the designated element, new pos]. */
function designate(init: Initializer, ds: Designator[], k: number, items: InitItem[], pos: number, continues = true): [number, number] {
  const d = ds[k];
  const last = k === ds.length - 1;
  if (d.kind === 'index') {
    if (init.ty.kind !== 'array') errorAt(d.tok, 'array index in non-array initializer');
    const lo = constIndex(d.lo);
    const hi = d.hi ? constIndex(d.hi) : lo;
    if (lo < 0 || hi < lo || (!init.isFlexibleArray && hi >= init.ty.arrayLen)) {
      errorAt(d.tok, 'array index in initializer exceeds array bounds');
    }
    // An array of unknown size grows to the index: past 2^63 bytes no object can be that
    // large (and past 2^53 the index would not even count up here).
    if (init.isFlexibleArray && (hi + 1) * Math.max(init.ty.base!.size, 1) > MAX_OBJECT_BYTES) errorAt(d.tok, 'size of array is too large');
    // Each element of a range is an initializer of its own: a billion would exhaust memory.
    if (hi - lo >= MAX_RANGE_ELEMENTS) {
      errorAt(d.tok, `a designator range of ${hi - lo + 1} elements: tcc-lite supports ranges of up to ${MAX_RANGE_ELEMENTS}`);
    }
    let newPos = pos;
    for (let i = lo; i <= hi; i++) {
      newPos = last ? fillOne(child(init, i), items, pos) : designateInside(child(init, i), ds, k + 1, items, pos, continues && i === hi);
    }
    return [hi + 1, newPos];
  }
  if (!isAggregate(init.ty)) errorAt(d.name, `field name not in record or union initializer`);
  const members = init.members!;
  for (let i = 0; i < members.length; i++) {
    const m = members[i];
    if (m.name === d.name.image) {
      const c = child(init, i);
      const newPos = last ? fillOne(c, items, pos) : designateInside(c, ds, k + 1, items, pos, continues);
      return [i + 1, newPos];
    }
    if (m.name === undefined && isAggregate(m.ty) && m.ty.members.some((x) => memberReaches(x, d.name.image))) {
      const c = child(init, i);
      const newPos = designateInside(c, ds, k, items, pos, continues);
      return [i + 1, newPos];
    }
  }
  return errorAt(d.name, `unknown field '${d.name.image}' specified in initializer`);
}

/**
 * Applies the rest of a designator inside `sub`. Plain initializers after `[1].a.b = x`
 * continue with the members after b, then after a (C99 6.7.8p17): `continues` fills them
 * here (only once, for the last element of a range), before the caller moves past `sub`.
 */
function designateInside(sub: Initializer, ds: Designator[], k: number, items: InitItem[], pos: number, continues: boolean): number {
  // A designator into an aggregate an expression set (`{ t, [0].b = 3 }`) starts it afresh,
  // as gcc does: the rest of it is zero, not what the expression held.
  if (sub.expr) forgetEarlierValues(sub);
  const [next, newPos] = designate(sub, ds, k, items, pos, continues);
  if (!continues || next >= childCount(sub)) return newPos;
  return fillList(sub, items, newPos, false, false, next);
}

function memberReaches(m: Member, name: string): boolean {
  if (m.name === name) return true;
  return m.name === undefined && isAggregate(m.ty) && m.ty.members.some((x) => memberReaches(x, name));
}

function constIndex(n: Node): number {
  const r = tryEval(n);
  if (!r || r.label !== undefined) return errorAt(n.tok, 'nonconstant array index in initializer');
  return Number(r.value);
}

// ---- lowering for automatic storage ----

/** `var = init` as a chain of assignments, after zeroing the whole object. */
export function lowerLocalInit(init: Initializer, v: Obj, tok: IToken): Node {
  // A scalar is simply assigned; only aggregates need zeroing of what the list leaves out.
  if (init.expr && !isAggregate(v.ty) && v.ty.kind !== 'array') return assignNode(varNode(v, tok), init.expr, tok);
  const zero = newNode('memzero', tok);
  zero.obj = v;
  zero.ty = v.ty;
  const assigns: Node[] = [];
  lowerInto(init, varNode(v, tok), tok, assigns);
  let n: Node = zero;
  for (const a of assigns) n = commaNode(n, a, tok);
  return n;
}

function lowerInto(init: Initializer, target: Node, tok: IToken, out: Node[]): void {
  if (init.packed) unpack(init);
  if (init.expr) {
    out.push(assignNode(target, init.expr, tok));
    return;
  }
  if (!init.children) return;
  if (init.ty.kind === 'array') {
    init.children.forEach((c, i) => {
      if (!c) return;
      const elem = derefNode(addNode(target, numNode(BigInt(i), tok), tok), tok);
      lowerInto(c, elem, tok, out);
    });
    return;
  }
  init.children.forEach((c, i) => {
    if (!c) return;
    lowerInto(c, memberNode(target, init.members![i], tok), tok, out);
  });
}

// ---- bytes for static storage ----

export function writeStaticInit(init: Initializer, buf: Uint8Array, offset: number, relocs: Relocation[], noFloat: string | undefined): void {
  if (init.packed) {
    buf.set(init.packed.bytes, offset);
    return;
  }
  if (init.expr) {
    writeScalar(init.ty, init.expr, buf, offset, relocs, noFloat);
    return;
  }
  if (!init.children) return;
  init.children.forEach((c, i) => {
    if (!c) return;
    if (init.ty.kind === 'array') {
      writeStaticInit(c, buf, offset + i * init.ty.base!.size, relocs, noFloat);
      return;
    }
    const m = init.members![i];
    if (m.isBitfield && c.expr) {
      writeBitfield(m, c.expr, buf, offset + m.offset);
      return;
    }
    writeStaticInit(c, buf, offset + m.offset, relocs, noFloat);
  });
}

/**
 * Where the bytes writeStaticInit writes for `init` at `offset` end: every element the
 * initializer names counts, zero or not (past the end, the object is zero anyway).
 */
export function initializerExtent(init: Initializer, offset: number): number {
  if (init.packed) return offset + init.packed.bytes.length;
  if (init.expr) return offset + init.ty.size;
  const children = init.children ?? [];
  if (init.ty.kind === 'array') {
    // Elements lie in order, so the last one named ends the image. From the end, not with
    // forEach: `[0x80000000] = x` leaves two billion holes before it.
    for (let i = children.length - 1; i >= 0; i--) {
      const c = children[i];
      if (c) return initializerExtent(c, offset + i * init.ty.base!.size);
    }
    return offset;
  }
  let end = offset;
  children.forEach((c, i) => {
    if (!c) return;
    const m = init.members![i];
    const at = offset + m.offset;
    end = Math.max(end, m.isBitfield && c.expr ? at + bitfieldBytes(m) : initializerExtent(c, at));
  });
  return end;
}

/** The bytes a bit-field's value is written into, from its member offset. */
function bitfieldBytes(m: Member): number {
  return Math.ceil((m.bitOffset + m.bitWidth) / 8);
}

function writeBitfield(m: Member, e: Node, buf: Uint8Array, offset: number): void {
  const r = tryEvalStatic(e);
  if (!r || r.label !== undefined) return errorAt(e.tok, 'initializer element is not constant');
  const mask = (1n << BigInt(m.bitWidth)) - 1n;
  const bytes = bitfieldBytes(m);
  let word = 0n;
  for (let i = 0; i < bytes; i++) word |= BigInt(buf[offset + i]) << BigInt(8 * i);
  word = (word & ~(mask << BigInt(m.bitOffset))) | ((r.value & mask) << BigInt(m.bitOffset));
  for (let i = 0; i < bytes; i++) buf[offset + i] = Number((word >> BigInt(8 * i)) & 0xffn);
}

function writeScalar(ty: Type, e: Node, buf: Uint8Array, offset: number, relocs: Relocation[], noFloat: string | undefined): void {
  if (isFlonum(ty)) {
    const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
    if (noFloat !== undefined) refuseFloatingPoint(e.tok, noFloat);
    const f = withObjectReads(() => evalFloat(e));
    if (f === undefined) return errorAt(e.tok, 'initializer element is not constant');
    const snan = signalingNaNConstant(e, ty);
    const image = ty.kind === 'ldouble' ? (snan ? snan.extended : foldExtended(e) ?? extendedConstant(e)) : undefined;
    if (image) buf.set(image, offset);
    else if (snan && ty.kind === 'float') view.setUint32(offset, SNAN_FLOAT_BITS, true);
    else if (snan && ty.kind === 'double') view.setBigUint64(offset, SNAN_DOUBLE_BITS, true);
    else if (ty.kind === 'float') view.setFloat32(offset, f, true);
    else if (ty.kind === 'double') view.setFloat64(offset, f, true);
    else writeLongDouble(view, offset, f);
    return;
  }
  if (isNumberLikeAggregate(ty)) {
    const bytes = foldNumberLike(e);
    if (!bytes) return errorAt(e.tok, 'initializer element is not constant');
    buf.set(bytes, offset);
    return;
  }
  if (isAggregate(ty)) {
    // A struct initialized from a constant compound literal or another object.
    const src = e.kind === 'var' ? e.obj : e.kind === 'comma' && e.rhs!.kind === 'var' ? e.rhs!.obj : undefined;
    if (src?.initData) {
      buf.set(src.initData.subarray(0, ty.size), offset);
      for (const r of src.relocs) relocs.push({ ...r, offset: offset + r.offset });
      return;
    }
    return errorAt(e.tok, 'initializer element is not constant');
  }
  const r = tryEvalStatic(e);
  if (!r) return errorAt(e.tok, 'initializer element is not constant');
  if (r.label !== undefined) {
    if (r.minus !== undefined && (ty.size === 4 || ty.size === 8)) {
      relocs.push({ offset, label: r.label, addend: r.value, minus: r.minus, size: ty.size });
      return;
    }
    if (ty.size !== 8 || r.minus !== undefined) return errorAt(e.tok, 'initializer element is not computable at load time');
    relocs.push({ offset, label: r.label, addend: r.value });
    return;
  }
  writeLittleEndian(buf, offset, ty.size, BigInt.asUintN(64, r.value));
}

/**
 * The low `size` bytes of v (bytes past the eighth are zero). Two 32-bit halves, not a
 * BigInt shift per byte: data tables (`xxd -i` output) are a million of these.
 */
function writeLittleEndian(buf: Uint8Array, offset: number, size: number, v: bigint): void {
  let lo = Number(v & 0xffffffffn);
  let hi = size > 4 ? Number(v >> 32n) : 0;
  for (let i = 0; i < size; i++) {
    if (i < 4) {
      buf[offset + i] = lo & 0xff;
      lo >>>= 8;
    } else if (i < 8) {
      buf[offset + i] = hi & 0xff;
      hi >>>= 8;
    } else {
      buf[offset + i] = 0;
    }
  }
}

/** The x87 80-bit extended format of a double (exact: every double is representable). */
export function writeLongDouble(view: DataView, offset: number, f: number): void {
  const tmp = new DataView(new ArrayBuffer(8));
  tmp.setFloat64(0, f, true);
  const bits = tmp.getBigUint64(0, true);
  const sign = Number(bits >> 63n);
  const exp = Number((bits >> 52n) & 0x7ffn);
  let mant = bits & ((1n << 52n) - 1n);
  let e80: number;
  let m80: bigint;
  if (exp === 0 && mant === 0n) {
    e80 = 0;
    m80 = 0n;
  } else if (exp === 0x7ff) {
    e80 = 0x7fff;
    m80 = (1n << 63n) | (mant << 11n);
  } else if (exp === 0) {
    // Subnormal double: normalize.
    let e = -1022;
    while ((mant & (1n << 52n)) === 0n) {
      mant <<= 1n;
      e--;
    }
    e80 = e + 1 + 16383;
    m80 = mant << 11n;
  } else {
    e80 = exp - 1023 + 16383;
    m80 = (1n << 63n) | (mant << 11n);
  }
  view.setBigUint64(offset, m80, true);
  view.setUint16(offset + 8, (sign << 15) | e80, true);
}

/** `__builtin_nans("")`, perhaps converted to a type of its own format (`volatile double`, `_Float32`). */
function signalingNaNConstant(e: Node, ty: Type): Node | undefined {
  while (e.kind === 'cast' && e.lhs!.ty!.kind === ty.kind) e = e.lhs!;
  return e.kind === 'fnum' && e.signalingNaN && e.ty!.kind === ty.kind ? e : undefined;
}

/** The exact 80-bit image of a long double literal, or of its negation. */
function extendedConstant(e: Node): Uint8Array | undefined {
  if (e.kind === 'fnum') return e.extended;
  if (e.kind === 'neg' && e.lhs!.kind === 'fnum' && e.lhs!.extended) {
    const image = e.lhs!.extended.slice();
    image[9] ^= 0x80;
    return image;
  }
  return undefined;
}
