/**
 * Debugging sections (`.debug_*`) and `.comment`, kept in the executable as GNU ld's
 * default script keeps them: each name becomes a non-allocated output section at address
 * 0 holding every input of that name in command-line order, so a DWARF offset into
 * another debug section is that input's offset in its output section, and an address in
 * the line table is the code's final address. They belong to no segment; output.ts writes
 * them after the loaded bytes. Strings in SHF_MERGE sections (.debug_str, .comment) are
 * stored once, as ld does.
 *
 * They are handled apart from the layout (which places the image) and after it: only
 * a script's /DISCARD/ can remove them (`/DISCARD/ : { *(.debug*) }`), and ld -s/-S (.debug_* only).
 */

import { SHF_ALLOC, SHF_MERGE, SHF_STRINGS, SHT, STT } from '../elf/constants.js';
import { globalAddress, offsetAddress } from './address.js';
import { isDiscardedByScript } from './mapping.js';
import { mergeSections } from './merge.js';
import { relocateSection, type RelocationContext } from './relocate.js';
import { checkAlignment } from './sections.js';
import type { LinkerScript } from './script-ast.js';
import type { InputObject, InputSection, OutputSection } from './types.js';

/**
 * The order of GNU ld's default script (`ld --verbose`); names it does not list follow
 * in the order they are first seen, as ld appends non-allocated orphans.
 */
const LD_ORDER = [
  '.comment', '.debug', '.debug_srcinfo', '.debug_sfnames', '.debug_aranges', '.debug_pubnames', '.debug_info', '.debug_abbrev',
  '.debug_line', '.debug_frame', '.debug_str', '.debug_loc', '.debug_macinfo', '.debug_weaknames', '.debug_funcnames',
  '.debug_typenames', '.debug_varnames', '.debug_pubtypes', '.debug_ranges', '.debug_addr', '.debug_line_str',
  '.debug_loclists', '.debug_macro', '.debug_names', '.debug_rnglists', '.debug_str_offsets', '.debug_sup',
];

/** Sections with this name and no SHF_ALLOC are debugging information. */
export function isDebugSection(name: string, flags: number): boolean {
  return (flags & SHF_ALLOC) === 0 && (name === '.comment' || name.startsWith('.debug'));
}

/**
 * Gathers the debug input sections into output sections named after them, merges their
 * strings and gives each input its offset. `strip` (ld -S/-s) keeps only .comment.
 */
export function collectDebugSections(objects: InputObject[], script: LinkerScript, defaultScript: boolean, strip: boolean): OutputSection[] {
  const byName = new Map<string, InputSection[]>();
  for (const obj of objects) {
    for (const s of obj.elf.sections) {
      if (s.type !== SHT.PROGBITS || !isDebugSection(s.name, s.flags) || obj.discarded.has(s.index)) continue;
      if (strip && s.name !== '.comment') continue;
      checkAlignment(obj, s);
      const sec: InputSection = {
        object: obj, index: s.index, name: s.name, type: s.type, flags: s.flags, align: Math.max(1, s.addralign),
        size: s.size, data: s.data, outputOffset: 0,
      };
      if (isDiscardedByScript(script, sec)) continue;
      obj.sections[s.index] = sec;
      const list = byName.get(s.name);
      if (list) list.push(sec);
      else byName.set(s.name, [sec]);
    }
  }
  const names = [...byName.keys()];
  if (defaultScript) names.sort((a, b) => ldRank(a) - ldRank(b));
  return names.map((name) => outputSection(name, byName.get(name)!));
}

function ldRank(name: string): number {
  const i = LD_ORDER.indexOf(name);
  return i < 0 ? LD_ORDER.length : i;
}

function outputSection(name: string, inputs: InputSection[]): OutputSection {
  mergeSections(inputs, (s) => (s.object.elf.relocations.get(s.index)?.length ?? 0) > 0);
  const out: OutputSection = {
    name, statement: { kind: 'section', name, noload: false, items: [], line: 0, orphan: true }, type: SHT.PROGBITS,
    flags: commonFlags(inputs), align: 1, addr: 0n, lma: 0n, size: 0, inputs, dataItems: [], keepEmpty: false, fileOffset: 0,
    entsize: 0, headerIndex: 0,
  };
  for (const s of inputs) {
    s.output = out;
    if (s.excluded) continue;
    out.align = Math.max(out.align, s.align);
    s.outputOffset = Math.ceil(out.size / s.align) * s.align;
    out.size = s.outputOffset + s.size;
  }
  // Merged strings keep their flags and entry size when every input agrees (ld's .debug_str).
  if (out.flags & SHF_MERGE) out.entsize = inputs[0].object.elf.sections[inputs[0].index].entsize;
  return out;
}

function commonFlags(inputs: InputSection[]): number {
  const merge = SHF_MERGE | SHF_STRINGS;
  const first = inputs[0];
  const entsize = (s: InputSection) => s.object.elf.sections[s.index].entsize;
  const same = inputs.every((s) => (s.flags & merge) === (first.flags & merge) && entsize(s) === entsize(first));
  return same ? first.flags : first.flags & ~merge;
}

/**
 * The bytes of each debug output section, relocated. A reference to code that is not in
 * the image (a discarded COMDAT copy, a /DISCARD/ed section) is left 0, as ld leaves it,
 * rather than being an error.
 */
export function debugSectionContents(outputs: OutputSection[], ctx: RelocationContext): Map<OutputSection, Uint8Array> {
  const contents = new Map<OutputSection, Uint8Array>();
  for (const out of outputs) {
    const buf = new Uint8Array(out.size);
    for (const s of out.inputs) {
      if (s.excluded) continue;
      buf.set(s.data.subarray(0, s.size), s.outputOffset);
      const rels = s.object.elf.relocations.get(s.index) ?? [];
      const placed = rels.filter((r) => isPlaced(s.object, r.symbol));
      relocateSection(s.object, s, placed, buf, s.outputOffset, BigInt(s.outputOffset), ctx);
    }
    contents.set(out, buf);
  }
  return contents;
}

/** Whether a relocation's symbol has an address in the output (symbol 0 is the absolute addend). */
export function isPlaced(obj: InputObject, symbolIndex: number): boolean {
  if (symbolIndex === 0) return true;
  const sym = obj.elf.symbols[symbolIndex];
  if (!sym) return false;
  if (sym.type === STT.SECTION || symbolIndex < obj.elf.firstGlobal) {
    const sec = obj.sections[sym.shndx];
    return sec?.output !== undefined && offsetAddress(sec, 0n) !== undefined;
  }
  return globalAddress(obj.globals[symbolIndex]) !== undefined;
}
