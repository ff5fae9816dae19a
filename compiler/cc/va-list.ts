/**
 * `__builtin_va_list`, the System V x86-64 ABI's va_list: an array of one struct
 * __va_list_tag, so that a va_list parameter is a pointer to the caller's (ABI 3.5.7).
 */
import { arrayOf, layoutStruct, pointerTo, structType, tyUInt, tyVoid, type Type } from './types.js';

function vaListType(): Type {
  const rec = structType('struct');
  layoutStruct(rec, [
    { name: 'gp_offset', ty: tyUInt, bitWidth: -1, align: 0, packed: false },
    { name: 'fp_offset', ty: tyUInt, bitWidth: -1, align: 0, packed: false },
    { name: 'overflow_arg_area', ty: pointerTo(tyVoid), bitWidth: -1, align: 0, packed: false },
    { name: 'reg_save_area', ty: pointerTo(tyVoid), bitWidth: -1, align: 0, packed: false },
  ], false, 0);
  rec.tagName = '__va_list_tag';
  return arrayOf(rec, 1);
}

export const tyVaList = vaListType();

/** What a va_list parameter is (`struct __va_list_tag *`). */
export const tyVaListParameter = pointerTo(tyVaList.base!);
