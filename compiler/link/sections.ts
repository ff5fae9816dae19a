/**
 * Turns loaded objects into the input sections the layout places: the allocated sections
 * of each object (minus discarded COMDAT members), one synthetic section per COMMON
 * symbol, and a .got for GOT-relative references that cannot be relaxed.
 */

import { SHF_ALLOC, SHF_EXCLUDE, SHF_WRITE, SHN_ABS, SHN_UNDEF, SHT, STB, R_X86_64 } from '../elf/constants.js';
import type { ElfFile, ElfRelocation } from '../elf/reader.js';
import { hashTableOrder } from './hash-order.js';
import { LinkError, type GlobalSymbol, type InputObject, type InputSection } from './types.js';

/** Larger alignments only come from corrupt files (and would make absurd images). */
const MAX_ALIGN = 1 << 24;

/** Section types that describe the object rather than hold part of the image. */
const METADATA_TYPES = new Set<number>([SHT.NULL, SHT.SYMTAB, SHT.STRTAB, SHT.RELA, SHT.REL, SHT.GROUP, SHT.SYMTAB_SHNDX]);

export function collectInputSections(objects: InputObject[]): InputSection[] {
  const all: InputSection[] = [];
  for (const obj of objects) {
    for (const s of obj.elf.sections) {
      if (METADATA_TYPES.has(s.type) || obj.discarded.has(s.index)) continue;
      if ((s.flags & SHF_ALLOC) === 0 || (s.flags & SHF_EXCLUDE) !== 0) continue;
      checkAlignment(obj, s);
      const sec: InputSection = {
        object: obj, index: s.index, name: s.name, type: s.type, flags: s.flags, align: s.addralign,
        size: s.size, data: s.data, outputOffset: 0,
      };
      obj.sections[s.index] = sec;
      all.push(sec);
    }
  }
  return all;
}

/** Refuses the alignments only corrupt files have (not a power of two, or absurdly large). */
export function checkAlignment(obj: InputObject, s: { name: string; addralign: number }): void {
  if ((s.addralign & (s.addralign - 1)) !== 0 || s.addralign > MAX_ALIGN) {
    throw new LinkError(`${obj.name}: section ${s.name} has an unusable alignment (${s.addralign})`);
  }
}

/**
 * Places every COMMON symbol that won resolution in a synthetic "COMMON" input section of
 * the defining object (one per object, like ld), which `*(COMMON)` then puts in .bss.
 */
export function allocateCommons(objects: InputObject[], globals: Iterable<GlobalSymbol>): InputSection[] {
  const byObject = new Map<InputObject, InputSection>();
  for (const g of inHashOrder(globals)) {
    if (!g.def?.common || g.scriptValue !== undefined) continue;
    const obj = g.def.object;
    let sec = byObject.get(obj);
    if (!sec) {
      sec = {
        object: obj, index: -1, name: 'COMMON', type: SHT.NOBITS, flags: SHF_ALLOC | SHF_WRITE, align: 1, size: 0,
        data: new Uint8Array(0), outputOffset: 0, synthetic: 'common',
      };
      byObject.set(obj, sec);
    }
    const align = Math.max(1, Number(g.def.symbol.value));
    g.commonOffset = Math.ceil(sec.size / align) * align;
    sec.size = g.commonOffset + Number(g.def.symbol.size);
    sec.align = Math.max(sec.align, align);
    g.commonSection = sec;
  }
  return objects.flatMap((o) => byObject.get(o) ?? []);
}

/**
 * GNU ld places COMMON symbols by walking its symbol hash table; doing the same puts them
 * at ld's addresses, which keeps System.map comparable between the two linkers.
 */
function inHashOrder(globals: Iterable<GlobalSymbol>): GlobalSymbol[] {
  const list = [...globals];
  const order = hashTableOrder(list.map((g) => g.name));
  return list.sort((a, b) => order.get(a.name)! - order.get(b.name)!);
}

const GOT_TYPES = new Set<number>([R_X86_64.GOTPCREL, R_X86_64.GOTPCRELX, R_X86_64.REX_GOTPCRELX]);

/**
 * How a GOT-relative reference is resolved in a static link. `mov foo@GOTPCREL(%rip), %r`
 * becomes `lea foo(%rip), %r` and `call *foo@GOTPCREL(%rip)` becomes `addr32 call foo`
 * (the psABI's allowed rewrites) when foo is defined in the image; anything else reads a
 * real GOT slot holding foo's address.
 */
export type GotAction = 'lea' | 'call' | 'slot';

export function gotAction(rel: ElfRelocation, code: Uint8Array, target: GlobalSymbol | undefined, elf: ElfFile): GotAction {
  if (rel.type === R_X86_64.GOTPCREL || rel.offset < 2) return 'slot';
  const defined = target ? (target.def !== undefined && target.def.symbol.shndx !== SHN_ABS) || target.scriptValue !== undefined
    : elf.symbols[rel.symbol].shndx !== SHN_UNDEF && elf.symbols[rel.symbol].shndx !== SHN_ABS;
  if (!defined) return 'slot';
  const op = code[rel.offset - 2];
  const modrm = code[rel.offset - 1];
  if (op === 0x8b && (modrm & 0xc7) === 0x05) return 'lea';
  if (op === 0xff && modrm === 0x15) return 'call';
  return 'slot';
}

/** Finds the globals that need a GOT slot and builds the .got section for them. */
export function buildGot(objects: InputObject[], linker: InputObject): InputSection | undefined {
  const slots: GlobalSymbol[] = [];
  for (const obj of objects) {
    for (const [index, rels] of obj.elf.relocations) {
      const sec = obj.sections[index];
      if (!sec) continue;
      for (const rel of rels) {
        if (!GOT_TYPES.has(rel.type)) continue;
        const sym = obj.elf.symbols[rel.symbol];
        const g = sym.bind === STB.LOCAL ? undefined : obj.globals[rel.symbol];
        if (gotAction(rel, sec.data, g, obj.elf) !== 'slot') continue;
        if (!g) continue; // a local through the GOT: relocate.ts reports it
        if (g.gotOffset === undefined) { g.gotOffset = slots.length * 8; slots.push(g); }
      }
    }
  }
  if (slots.length === 0) return undefined;
  const got: InputSection = {
    object: linker, index: -1, name: '.got', type: SHT.PROGBITS, flags: SHF_ALLOC | SHF_WRITE, align: 8,
    size: slots.length * 8, data: new Uint8Array(slots.length * 8), outputOffset: 0, synthetic: 'got',
  };
  return got;
}
