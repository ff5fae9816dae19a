/**
 * .eh_frame editing, as GNU ld does it: every object brings its own copy of the same CIE
 * (the common unwind header), and ld keeps only the first; FDEs whose code was dropped
 * (discarded COMDAT group or /DISCARD/) go too, and the zero terminators and padding
 * after the last entry disappear. Each section keeps a map from old entry offsets to new
 * ones so its relocations can be moved, and each FDE's CIE pointer is rewritten once the
 * final offsets are known.
 */

import type { ElfRelocation } from '../elf/reader.js';
import type { InputSection } from './types.js';

interface EhEntry {
  oldStart: number;
  size: number;
  /** Offset in the section's new data, or -1 when the entry was dropped. */
  newStart: number;
  isCie: boolean;
  /** For an FDE: the old offset of its CIE in the same section. */
  oldCie?: number;
  /** For an FDE: the CIE it uses after editing (maybe another object's copy). */
  cie?: { section: InputSection; entry: EhEntry };
}

export interface EhFrameEdit {
  entries: EhEntry[];
}

/** Reads the entries of one .eh_frame; undefined when the layout is not plain 32-bit DWARF CFI. */
function parseEntries(data: Uint8Array): { entries: EhEntry[]; cieAt: Map<number, EhEntry> } | undefined {
  const v = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const entries: EhEntry[] = [];
  const cieAt = new Map<number, EhEntry>();
  let pos = 0;
  while (pos + 4 <= data.length) {
    const len = v.getUint32(pos, true);
    if (len === 0) break; // terminator: the rest is padding
    if (len === 0xffffffff || pos + 4 + len > data.length || len < 4) return undefined;
    const id = v.getUint32(pos + 4, true);
    const e: EhEntry = { oldStart: pos, size: 4 + len, newStart: -1, isCie: id === 0 };
    if (!e.isCie) {
      e.oldCie = pos + 4 - id;
      if (!cieAt.has(e.oldCie)) return undefined;
    } else {
      cieAt.set(pos, e);
    }
    entries.push(e);
    pos += 4 + len;
  }
  return { entries, cieAt };
}

function relocationsIn(rels: ElfRelocation[], e: EhEntry): ElfRelocation[] {
  return rels.filter((r) => r.offset >= e.oldStart && r.offset < e.oldStart + e.size);
}

/**
 * Edits the .eh_frame inputs of one output section. `relocs` gives a section's relocations,
 * `symbolKey` a stable description of a relocation's target (for comparing CIEs), and
 * `codeIsLive` whether the code an FDE covers is in the image.
 */
export function editEhFrames(
  inputs: InputSection[], relocs: (s: InputSection) => ElfRelocation[],
  symbolKey: (s: InputSection, r: ElfRelocation) => string, codeIsLive: (s: InputSection, r: ElfRelocation) => boolean,
): void {
  const seenCies = new Map<string, { section: InputSection; entry: EhEntry }>();
  const last = inputs[inputs.length - 1];
  for (const sec of inputs) {
    if (sec.name !== '.eh_frame' || sec.synthetic || sec.merge || sec.ehFrame) continue;
    const parsed = parseEntries(sec.data);
    if (!parsed) continue;
    const rels = relocs(sec);
    const canonical = new Map<EhEntry, { section: InputSection; entry: EhEntry }>();
    let size = 0;
    for (const e of parsed.entries) {
      const inside = relocationsIn(rels, e);
      if (e.isCie) {
        const key = latin1(sec.data.subarray(e.oldStart, e.oldStart + e.size)) + inside.map((r) => `|${r.offset - e.oldStart}:${r.type}:${r.addend}:${symbolKey(sec, r)}`).join('');
        const first = seenCies.get(key);
        if (first) { canonical.set(e, first); continue; }
        seenCies.set(key, { section: sec, entry: e });
        canonical.set(e, { section: sec, entry: e });
      } else {
        // pc_begin is the first relocated field after the CIE pointer.
        const pcBegin = inside.find((r) => r.offset === e.oldStart + 8);
        if (pcBegin && !codeIsLive(sec, pcBegin)) continue;
        const cie = canonical.get(parsed.cieAt.get(e.oldCie!)!);
        if (!cie) continue;
        e.cie = cie;
      }
      e.newStart = size;
      size += e.size;
    }
    // Padding keeps the next section aligned; after the last one there is nothing to align.
    const data = new Uint8Array(sec === last ? size : alignTo(size, sec.align));
    for (const e of parsed.entries) if (e.newStart >= 0) data.set(sec.data.subarray(e.oldStart, e.oldStart + e.size), e.newStart);
    padLastEntry(data, parsed.entries, size);
    sec.data = data;
    sec.size = data.length;
    sec.ehFrame = { entries: parsed.entries };
  }
}

/** Grows the last entry's length over the alignment padding (DW_CFA_nop is 0), as ld does. */
function padLastEntry(data: Uint8Array, entries: EhEntry[], used: number): void {
  if (data.length === used) return;
  const last = [...entries].reverse().find((e) => e.newStart >= 0);
  if (!last) return;
  const v = new DataView(data.buffer, data.byteOffset, data.byteLength);
  last.size += data.length - used;
  v.setUint32(last.newStart, last.size - 4, true);
}

function alignTo(n: number, a: number): number {
  return Math.ceil(n / a) * a;
}

function latin1(d: Uint8Array): string {
  let s = '';
  for (let i = 0; i < d.length; i++) s += String.fromCharCode(d[i]);
  return s;
}

/** Moves an edited section's relocations to their new offsets; dropped entries lose theirs. */
export function remapEhRelocations(edit: EhFrameEdit, rels: ElfRelocation[]): ElfRelocation[] {
  const out: ElfRelocation[] = [];
  for (const r of rels) {
    const e = edit.entries.find((x) => r.offset >= x.oldStart && r.offset < x.oldStart + x.size);
    if (!e || e.newStart < 0) continue;
    out.push({ ...r, offset: e.newStart + (r.offset - e.oldStart) });
  }
  return out;
}

/** Rewrites each kept FDE's CIE pointer: the distance back from the pointer to its CIE. */
export function patchCiePointers(sec: InputSection, buf: Uint8Array): void {
  const edit = sec.ehFrame;
  if (!edit) return;
  const v = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  for (const e of edit.entries) {
    if (e.isCie || e.newStart < 0 || !e.cie) continue;
    const fdePointer = sec.outputOffset + e.newStart + 4;
    const ciePos = e.cie.section.outputOffset + e.cie.entry.newStart;
    v.setUint32(fdePointer, fdePointer - ciePos, true);
  }
}
