/**
 * Addresses of input sections and symbols once the layout has placed the sections.
 */

import { SHN_ABS, SHN_UNDEF } from '../elf/constants.js';
import type { ElfSymbol } from '../elf/reader.js';
import { mergedLocation } from './merge.js';
import type { GlobalSymbol, InputObject, InputSection } from './types.js';

export const U64 = (v: bigint): bigint => BigInt.asUintN(64, v);

export function sectionAddress(sec: InputSection): bigint {
  return sec.output ? sec.output.addr + BigInt(sec.outputOffset) : 0n;
}

/** The address of byte `offset` of an input section, following merged strings. */
export function offsetAddress(sec: InputSection, offset: bigint): bigint {
  const at = sec.merge ? mergedLocation(sec.merge, Number(offset)) : undefined;
  if (at) return U64(sectionAddress(at.holder) + BigInt(at.offset));
  return U64(sectionAddress(sec) + offset);
}

/** The address a global resolved to, or undefined while it has no definition. */
export function globalAddress(g: GlobalSymbol): bigint | undefined {
  if (g.scriptValue !== undefined) return g.scriptValue;
  const def = g.def;
  if (!def) return undefined;
  if (def.common) return g.commonSection ? sectionAddress(g.commonSection) + BigInt(g.commonOffset ?? 0) : 0n;
  return symbolAddress(def.object, def.symbol);
}

/** The address of a symbol defined in an object (local or global definition). */
export function symbolAddress(obj: InputObject, sym: ElfSymbol): bigint | undefined {
  if (sym.shndx === SHN_ABS) return sym.value;
  if (sym.shndx === SHN_UNDEF) return undefined;
  const sec = obj.sections[sym.shndx];
  if (!sec) return undefined;
  return offsetAddress(sec, sym.value);
}

/** The input section a defined global lives in (undefined for absolute or script symbols). */
export function globalSection(g: GlobalSymbol): InputSection | undefined {
  if (g.scriptValue !== undefined || !g.def) return undefined;
  if (g.def.common) return g.commonSection;
  // Merged pieces may move to another section, but always of the same output section.
  return g.def.object.sections[g.def.symbol.shndx];
}
