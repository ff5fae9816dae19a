/**
 * Microsoft's record layout, which gcc uses for `__attribute__((ms_struct))` (and for every
 * struct under -mms-bitfields): bit-fields are allocated in whole units of their declared
 * type. Adjacent bit-fields share a unit only while their types have the same size and
 * the unit has bits left; any other member ends the unit, whose unused bits stay padding.
 * The type of every bit-field, named or not, counts for the record's alignment, and so does
 * a zero-width bit-field that directly follows a non-empty one.
 *
 * The rules are gcc's (stor-layout.c, place_field with ms_bitfield_layout_p), checked
 * against gcc on thousands of random records (test/cc/struct-layout.test.ts).
 */
import { alignTo, capAlign, fieldAlign, finishRecord, memberAlign, type Member, type MemberDecl, type Type } from './types.js';

/** The bit-field that opened the current unit (gcc's `prev_field`). */
interface Run {
  typeSize: number; // bytes of its declared type: only equal sizes share a unit
  width: number;
}

export function layoutMsStruct(t: Type, decls: MemberDecl[], packed: boolean, minAlign: number, maxAlign: number): void {
  let bits = 0;
  let align = 1;
  let run: Run | null = null;
  let remaining = 0; // free bits in the current unit
  let unitStart = 0; // byte offset of the current unit
  const members: Member[] = [];
  for (const d of decls) {
    const isBitfield = d.bitWidth >= 0;
    const width = d.bitWidth;
    align = Math.max(align, recordAlign(d, packed, maxAlign, run));
    let opener = run; // the run this field is compared with; null once used up
    let newUnit = false;
    let fits = false; // the bit-field continues the current unit
    if (run !== null) {
      if (isBitfield && width !== 0 && run.width !== 0 && d.ty.size === run.typeSize) {
        if (remaining < width) {
          // Out of bits: the next unit of the same type.
          bits += remaining;
          run = { typeSize: d.ty.size, width };
          remaining = d.ty.size * 8 - width;
          newUnit = true;
        } else {
          remaining -= width;
          fits = true;
        }
      } else {
        // The run ends: its unit's unused bits are used up. A zero-width opener ends nothing.
        if (run.width !== 0) bits += remaining;
        else opener = null;
        if (!isBitfield || width === 0) run = null;
      }
    }
    if (!isBitfield || (opener !== null ? d.ty.size !== opener.typeSize : width !== 0)) {
      // A new unit (or an ordinary member) starts at its type's alignment.
      remaining = isBitfield ? d.ty.size * 8 - width : 0;
      bits = alignTo(bits, capAlign(packed || d.packed ? 1 : d.ty.align, maxAlign) * 8);
      run = null;
      newUnit = true;
    }
    if (!fits) {
      // A field that does not continue a unit honours its own alignment (an aligned attribute).
      const desired = isBitfield ? (d.align > 0 ? capAlign(d.align, maxAlign) : 1) : fieldAlign(d, packed, maxAlign);
      bits = alignTo(bits, desired * 8);
    }
    if (isBitfield && run === null) run = { typeSize: d.ty.size, width };
    if (!isBitfield) {
      members.push({ name: d.name, ty: d.ty, offset: bits / 8, isBitfield: false, bitOffset: 0, bitWidth: 0, ...memberAlign(d, fieldAlign(d, packed, maxAlign)) });
      if (d.ty.kind === 'array' && d.ty.arrayLen < 0) t.isFlexible = true;
      else bits += d.ty.size * 8;
      continue;
    }
    if (newUnit) unitStart = Math.floor(bits / 8);
    if (width > 0) {
      members.push({ name: d.name, ty: d.ty, offset: unitStart, isBitfield: true, bitOffset: bits - unitStart * 8, bitWidth: width });
    }
    bits += width;
  }
  // The last unit is whole too, even where packing would let the record end sooner.
  if (run !== null && run.width !== 0) bits += remaining;
  align = Math.max(align, minAlign);
  finishRecord(t, members, alignTo(Math.ceil(bits / 8), align), align, packed);
}

/** In a union every member starts at 0; only the alignment rule differs from gcc's usual one. */
export function layoutMsUnion(t: Type, decls: MemberDecl[], packed: boolean, minAlign: number, maxAlign: number): void {
  let size = 0;
  let align = 1;
  const members: Member[] = [];
  for (const d of decls) {
    align = Math.max(align, recordAlign(d, packed, maxAlign, null));
    if (d.bitWidth === 0) continue;
    const isBitfield = d.bitWidth > 0;
    members.push({ name: d.name, ty: d.ty, offset: 0, isBitfield, bitOffset: 0, bitWidth: isBitfield ? d.bitWidth : 0 });
    size = Math.max(size, isBitfield ? Math.ceil(d.bitWidth / 8) : d.ty.size);
  }
  align = Math.max(align, minAlign);
  finishRecord(t, members, alignTo(size, align), align, packed);
}

/**
 * What a member adds to the record's alignment: an ordinary member its own; a bit-field,
 * named or not, its type's unless packed; a zero-width bit-field its type's only right
 * after a non-empty bit-field.
 */
function recordAlign(d: MemberDecl, packed: boolean, maxAlign: number, run: Run | null): number {
  if (d.bitWidth < 0) return fieldAlign(d, packed, maxAlign);
  const counts = d.bitWidth !== 0 ? !(packed || d.packed) : run !== null && run.width !== 0;
  if (!counts) return 1;
  return capAlign(Math.max(d.ty.align, d.align), maxAlign);
}
