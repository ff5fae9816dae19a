/**
 * GNU C structs and unions with variable length array members (`void f(int n) { struct s
 * { int a[n]; char c; } x; }`): their size and the offsets of the members after a VLA are
 * known only at run time, when the definition is reached.
 *
 * The layout follows gcc's static rules (types.ts layoutStruct) but keeps the current
 * position as "a run-time base plus a constant": `base` is a hidden local holding a byte
 * offset (none: 0), `bits` the constant part. A member whose alignment the base already
 * guarantees is placed at base + constant; otherwise a new base is computed, rounded up.
 * Members placed after a run-time base record it (Member.dynBase); memberNode adds it.
 *
 * The type itself behaves like a VLA: `isVla`, its size in the `vlaSize` local, objects of
 * it reached through a pointer kept in their 8-byte slot (`size` is that slot's).
 */
import type { IToken } from './chevrotain.js';
import type { Node, Obj } from './ast.js';
import { errorAt } from './report.js';
import { alignTo, bitfieldRecordAlign, bitfieldStart, bitfieldUnit, capAlign, fieldAlign, isIntegerModeBitfield, memberAlign, tyULong, type Member, type MemberDecl, type Type } from './types.js';
import { arithNode, assignNode, bitnotNode, compareNode, condNode, numNode, varNode } from './typecheck.js';

/** What the layout needs from the parser: hidden locals for the run-time values. */
export interface TempMaker {
  newTemp(ty: Type): Obj;
}

/** Alignment a base is known to have when it is the constant 0 (any power of two). */
const ANY_ALIGN = 1 << 30;

/** Whether a struct/union definition needs a run-time layout: a member of variable size. */
export function hasVariableMember(decls: MemberDecl[]): boolean {
  return decls.some((d) => d.ty.isVla);
}

/** The alignment of a member's storage: a VLA's elements', not its pointer slot's. */
function storageAlign(ty: Type): number {
  let t = ty;
  while (t.kind === 'array') t = t.base!;
  return t.align;
}

/** The largest power of two that divides every possible size of a variable sized type. */
function sizeGranule(ty: Type): number {
  if (ty.kind !== 'array') return ty.align; // a variable struct's size is padded to its alignment
  const elem = ty.base!;
  if (elem.isVla) return sizeGranule(elem);
  const s = elem.size;
  return s === 0 ? ANY_ALIGN : s & -s;
}


/** The run-time position while a struct is laid out. */
class Cursor {
  base: Obj | undefined;
  bits = 0;
  known = ANY_ALIGN; // the base is a multiple of this
  readonly code: Node[] = [];

  constructor(private readonly p: TempMaker, private readonly tok: IToken) {}

  /** base + constant bytes (rounded up to a byte), as an expression. */
  position(): Node {
    const bytes = numNode(BigInt(Math.ceil(this.bits / 8)), this.tok, tyULong);
    return this.base ? arithNode('add', '+', varNode(this.base, this.tok), bytes, this.tok) : bytes;
  }

  /** Starts a new base at the current position rounded up to `align`. */
  rebase(align: number, extra?: Node): void {
    let pos = this.position();
    if (extra) pos = arithNode('add', '+', pos, extra, this.tok);
    if (align > 1) pos = roundUp(pos, align, this.tok);
    const t = this.p.newTemp(tyULong);
    this.code.push(assignNode(varNode(t, this.tok), pos, this.tok));
    this.base = t;
    this.bits = 0;
    this.known = Math.max(align, 1);
  }

  /** Moves to the next multiple of `align` bytes. */
  alignTo(align: number): void {
    if (align <= this.known) this.bits = alignTo(this.bits, align * 8);
    else this.rebase(align);
  }
}

function roundUp(n: Node, align: number, tok: IToken): Node {
  const biased = arithNode('add', '+', n, numNode(BigInt(align - 1), tok, tyULong), tok);
  return arithNode('band', '&', biased, bitnotNode(numNode(BigInt(align - 1), tok, tyULong), tok), tok);
}

/** The size a variable sized member adds: its run-time size. */
function variableSize(ty: Type, tok: IToken): Node {
  if (!ty.vlaSize) return errorAt(tok, 'the size of this variable length array type is not known here');
  return varNode(ty.vlaSize, tok);
}

/**
 * Lays out a struct with variable sized members; returns the code that computes its
 * offsets and size, to run where the definition is.
 */
export function layoutVariableStruct(
  p: TempMaker, t: Type, decls: MemberDecl[], packed: boolean, minAlign: number, maxAlign: number, tok: IToken,
): Node[] {
  if (maxAlign === 1) packed = true;
  const cur = new Cursor(p, tok);
  const members: Member[] = [];
  let align = 1;
  for (const d of decls) {
    const tyAlign = fieldAlign(d, packed, maxAlign, storageAlign(d.ty));
    if (d.bitWidth >= 0) {
      const integerMode = placeBitfield(cur, d, packed, maxAlign, members);
      if (d.bitWidth > 0 && d.name !== undefined) align = Math.max(align, bitfieldRecordAlign(d, packed, maxAlign, integerMode));
      continue;
    }
    cur.alignTo(tyAlign);
    members.push({ name: d.name, ty: d.ty, offset: cur.bits / 8, isBitfield: false, bitOffset: 0, bitWidth: 0, dynBase: cur.base, ...memberAlign(d, tyAlign) });
    if (d.ty.isVla) {
      const startAlign = Math.min(cur.known, tyAlign);
      cur.rebase(1, variableSize(d.ty, tok));
      cur.known = Math.min(startAlign, sizeGranule(d.ty));
    } else if (d.ty.kind === 'array' && d.ty.arrayLen < 0) {
      t.isFlexible = true;
    } else {
      cur.bits += d.ty.size * 8;
    }
    align = Math.max(align, tyAlign);
  }
  align = Math.max(align, minAlign);
  cur.rebase(align);
  finishVariableRecord(t, members, cur.base!, align, packed);
  return cur.code;
}

/**
 * Places a bit-field; true when gcc gives it an integer mode (isIntegerModeBitfield). Once a
 * VLA has made the position a run-time value, gcc no longer keeps a bit-field inside an
 * aligned unit of its type: it takes the next free bit, as if packed.
 */
function placeBitfield(cur: Cursor, d: MemberDecl, packed: boolean, maxAlign: number, members: Member[]): boolean {
  if (d.bitWidth === 0) {
    cur.alignTo(Math.max(d.ty.align, d.align));
    return false;
  }
  const integerMode = cur.base === undefined && isIntegerModeBitfield(cur.bits, d, packed);
  if (d.align > 0) cur.alignTo(capAlign(d.align, maxAlign));
  const tight = packed || d.packed || maxAlign > 0 || cur.base !== undefined;
  if (!tight && !integerMode) cur.bits = bitfieldStart(cur.bits, d);
  const unitStart = bitfieldUnit(cur.bits, d, tight);
  members.push({
    name: d.name, ty: d.ty, offset: unitStart, isBitfield: true,
    bitOffset: cur.bits - unitStart * 8, bitWidth: d.bitWidth, dynBase: cur.base,
  });
  cur.bits += d.bitWidth;
  return integerMode;
}

/** A union with variable sized members: every member at 0, the size the largest one's. */
export function layoutVariableUnion(
  p: TempMaker, t: Type, decls: MemberDecl[], packed: boolean, minAlign: number, maxAlign: number, tok: IToken,
): Node[] {
  if (maxAlign === 1) packed = true;
  const code: Node[] = [];
  const largest = p.newTemp(tyULong);
  code.push(assignNode(varNode(largest, tok), numNode(0n, tok, tyULong), tok));
  const members: Member[] = [];
  let align = 1;
  for (const d of decls) {
    const tyAlign = fieldAlign(d, packed, maxAlign, storageAlign(d.ty));
    if (d.bitWidth === 0) continue;
    const isBitfield = d.bitWidth > 0;
    members.push({ name: d.name, ty: d.ty, offset: 0, isBitfield, bitOffset: 0, bitWidth: isBitfield ? d.bitWidth : 0 });
    const bytes = isBitfield ? Math.ceil(d.bitWidth / 8) : d.ty.size;
    const size = d.ty.isVla ? variableSize(d.ty, tok) : numNode(BigInt(bytes), tok, tyULong);
    const bigger = compareNode('lt', varNode(largest, tok), size, tok);
    code.push(assignNode(varNode(largest, tok), condNode(bigger, size, varNode(largest, tok), tok), tok));
    if (!isBitfield) align = Math.max(align, tyAlign);
    else if (d.name !== undefined) align = Math.max(align, bitfieldRecordAlign(d, packed, maxAlign, isIntegerModeBitfield(0, d, packed)));
  }
  align = Math.max(align, minAlign);
  const size = p.newTemp(tyULong);
  code.push(assignNode(varNode(size, tok), roundUp(varNode(largest, tok), align, tok), tok));
  finishVariableRecord(t, members, size, align, packed);
  return code;
}

function finishVariableRecord(t: Type, members: Member[], size: Obj, align: number, packed: boolean): void {
  t.members = members;
  t.size = 8; // the slot holding the object's address, as for a VLA
  t.align = align;
  t.isPacked = packed;
  t.isComplete = true;
  t.isVla = true;
  t.vlaSize = size;
}
