/**
 * .eh_frame editing, as GNU ld does it: every object brings its own copy of the same CIE
 * (the common unwind header), and ld keeps only the first; FDEs whose code was dropped
 * (discarded COMDAT group or /DISCARD/) go too, and the zero terminators and padding
 * after the last entry disappear. Each section keeps a map from old entry offsets to new
 * ones so its relocations can be moved, and each FDE's CIE pointer is rewritten once the
 * final offsets are known.
 */

import { decodeLatin1, type ElfRelocation } from '../elf/reader.js';
import type { InputSection } from './types.js';

interface EhEntry {
  oldStart: number;
  /** Bytes in the input, length field included. */
  size: number;
  /** Offset in the section's new data, or -1 when the entry was dropped. */
  newStart: number;
  isCie: boolean;
  /** For an FDE: the old offset of its CIE in the same section. */
  oldCie?: number;
  /** For an FDE: the CIE it uses after editing (maybe another object's copy). */
  cie?: { section: InputSection; entry: EhEntry };
  /** Trailing DW_CFA_nop bytes dropped from the last FDE. */
  trimmed?: number;
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
        const key = decodeLatin1(sec.data.subarray(e.oldStart, e.oldStart + e.size)) + inside.map((r) => `|${r.offset - e.oldStart}:${r.type}:${r.addend}:${symbolKey(sec, r)}`).join('');
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
    // Padding keeps the next section aligned; after the last one there is nothing to align,
    // and ld even trims the last FDE's trailing DW_CFA_nops to a 4-byte boundary.
    if (sec === last) size -= trimLastFde(sec.data, parsed.entries);
    const data = new Uint8Array(sec === last ? size : alignTo(size, sec.align));
    for (const e of parsed.entries) {
      if (e.newStart >= 0) data.set(sec.data.subarray(e.oldStart, e.oldStart + Math.min(e.size, data.length - e.newStart)), e.newStart);
    }
    if (sec === last) fixLastLength(data, parsed.entries);
    else padLastEntry(data, parsed.entries, size);
    sec.data = data;
    sec.size = data.length;
    sec.ehFrame = { entries: parsed.entries };
  }
}

/** Bytes of trailing DW_CFA_nop the last kept FDE can lose (keeping its size a multiple of 4). */
function trimLastFde(data: Uint8Array, entries: EhEntry[]): number {
  const last = [...entries].reverse().find((e) => e.newStart >= 0);
  if (!last || last.isCie || last.oldCie === undefined) return 0;
  const cie = entries.find((e) => e.oldStart === last.oldCie);
  const start = cie && instructionsStart(data, cie, last);
  if (start === undefined) return 0;
  const end = endOfInstructions(data, start, last.oldStart + last.size);
  if (end === undefined) return 0;
  const kept = Math.ceil((end - last.oldStart) / 4) * 4;
  const cut = last.size - Math.max(kept, start - last.oldStart);
  if (cut <= 0) return 0;
  last.trimmed = cut;
  return cut;
}

/** Rewrites the length of the last entry after trimming. */
function fixLastLength(data: Uint8Array, entries: EhEntry[]): void {
  const last = [...entries].reverse().find((e) => e.newStart >= 0);
  if (!last?.trimmed) return;
  new DataView(data.buffer, data.byteOffset, data.byteLength).setUint32(last.newStart, last.size - last.trimmed - 4, true);
}

function uleb(d: Uint8Array, pos: { i: number }): number {
  let result = 0;
  let shift = 0;
  for (;;) {
    const b = d[pos.i++];
    if (b === undefined) return NaN;
    result += (b & 0x7f) * 2 ** shift;
    shift += 7;
    if ((b & 0x80) === 0) return result;
  }
}

/**
 * Where an FDE's call-frame instructions start, for the common "zR" CIE with 4-byte
 * addresses (what gcc emits); undefined for anything else, which is then left alone.
 */
function instructionsStart(d: Uint8Array, cie: EhEntry, fde: EhEntry): number | undefined {
  const pos = { i: cie.oldStart + 9 }; // length, CIE id, version
  let aug = '';
  while (pos.i < cie.oldStart + cie.size && d[pos.i] !== 0) aug += String.fromCharCode(d[pos.i++]);
  if (aug !== 'zR') return undefined;
  pos.i++;
  uleb(d, pos); // code alignment
  uleb(d, pos); // data alignment (sleb; only skipped)
  if (d[cie.oldStart + 8] === 1) pos.i++; else uleb(d, pos); // return address register
  uleb(d, pos); // augmentation data length
  const encoding = d[pos.i];
  if ((encoding & 0x0f) !== 0x0b && (encoding & 0x0f) !== 0x03) return undefined;
  const at = { i: fde.oldStart + 16 }; // length, CIE pointer, pc_begin, pc_range
  const augLength = uleb(d, at);
  return Number.isNaN(augLength) ? undefined : at.i + augLength;
}

/** Operand kinds of the DW_CFA opcodes below 0x40: u = ULEB128, s = SLEB128, b = block, digits = bytes. */
const CFA_OPERANDS: Record<number, string> = {
  0x00: '', 0x01: '4', 0x02: '1', 0x03: '2', 0x04: '4', 0x05: 'uu', 0x06: 'u', 0x07: 'u', 0x08: 'u', 0x09: 'uu',
  0x0a: '', 0x0b: '', 0x0c: 'uu', 0x0d: 'u', 0x0e: 'u', 0x0f: 'b', 0x10: 'ub', 0x11: 'us', 0x12: 'us', 0x13: 's',
  0x14: 'uu', 0x15: 'us', 0x16: 'ub', 0x2e: 'u', 0x2f: 'uu',
};

/** The end of the last instruction that is not DW_CFA_nop, or undefined for an unknown opcode. */
function endOfInstructions(d: Uint8Array, start: number, end: number): number | undefined {
  const pos = { i: start };
  let lastEnd = start;
  while (pos.i < end) {
    const op = d[pos.i++];
    if (op >= 0x40) {
      if ((op & 0xc0) === 0x80) uleb(d, pos); // DW_CFA_offset
      lastEnd = pos.i;
      continue;
    }
    const operands = CFA_OPERANDS[op];
    if (operands === undefined) return undefined;
    for (const k of operands) {
      if (k === 'u' || k === 's') uleb(d, pos);
      else if (k === 'b') pos.i += uleb(d, pos);
      else pos.i += Number(k);
    }
    if (Number.isNaN(pos.i) || pos.i > end) return undefined;
    if (op !== 0) lastEnd = pos.i;
  }
  return lastEnd;
}

/** Grows the last entry's length over the alignment padding (DW_CFA_nop is 0), as ld does. */
function padLastEntry(data: Uint8Array, entries: EhEntry[], used: number): void {
  if (data.length === used) return;
  const last = [...entries].reverse().find((e) => e.newStart >= 0);
  if (!last) return;
  const v = new DataView(data.buffer, data.byteOffset, data.byteLength);
  v.setUint32(last.newStart, last.size + (data.length - used) - 4, true);
}

function alignTo(n: number, a: number): number {
  return Math.ceil(n / a) * a;
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
