/**
 * SHF_MERGE sections: identical strings (`.rodata.str1.1`) and constants (`.rodata.cst8`)
 * from all inputs of one output section are stored once, as GNU ld does. Strings that are
 * the tail of a longer string ("world" in "hello world") share its bytes. The merged data
 * goes into the first section of each group; the others shrink to nothing, and every
 * section keeps a map from its old offsets to the merged ones for relocations and symbols.
 */

import { SHF_MERGE, SHF_STRINGS } from '../elf/constants.js';
import type { InputSection, MergeMap } from './types.js';
import { LinkError } from './types.js';

interface Piece {
  section: InputSection;
  start: number;
  key: string;
}

/** Merges the mergeable inputs of one output section (they must be in layout order). */
export function mergeSections(inputs: InputSection[], hasRelocations: (s: InputSection) => boolean): void {
  const groups = new Map<string, InputSection[]>();
  for (const s of inputs) {
    if ((s.flags & SHF_MERGE) === 0 || s.synthetic || hasRelocations(s)) continue;
    const entsize = s.object.elf.sections[s.index].entsize;
    if (entsize === 0) continue;
    const key = `${s.flags & SHF_STRINGS}:${entsize}:${s.align}`;
    const group = groups.get(key);
    if (group) group.push(s);
    else groups.set(key, [s]);
  }
  for (const group of groups.values()) mergeGroup(group);
}

function mergeGroup(group: InputSection[]): void {
  const first = group[0];
  const strings = (first.flags & SHF_STRINGS) !== 0;
  const entsize = first.object.elf.sections[first.index].entsize;
  const pieces = group.flatMap((s) => (strings ? stringPieces(s, entsize) : fixedPieces(s, entsize)));

  // Unique contents in first-seen order; then, for strings, find the ones that are the tail
  // of another and need no bytes of their own.
  const unique = new Map<string, number>();
  for (const p of pieces) if (!unique.has(p.key)) unique.set(p.key, unique.size);
  const keys = [...unique.keys()];
  const container = keys.map((_, i) => i);
  if (strings && first.align <= entsize) findTails(keys, container);

  const align = first.align;
  const offsets = new Array<number>(keys.length).fill(-1);
  let size = 0;
  keys.forEach((k, i) => {
    if (container[i] !== i) return;
    size = alignUp(size, align);
    offsets[i] = size;
    size += k.length;
  });
  keys.forEach((k, i) => {
    const c = container[i];
    if (c !== i) offsets[i] = offsets[c] + keys[c].length - k.length;
  });

  const data = new Uint8Array(size);
  keys.forEach((k, i) => {
    if (container[i] !== i) return;
    for (let j = 0; j < k.length; j++) data[offsets[i] + j] = k.charCodeAt(j);
  });

  const maps = new Map<InputSection, MergeMap>();
  for (const s of group) maps.set(s, { starts: [], outputs: [], holder: first });
  for (const p of pieces) {
    const m = maps.get(p.section)!;
    m.starts.push(p.start);
    m.outputs.push(offsets[unique.get(p.key)!]);
  }
  for (const s of group) {
    s.merge = maps.get(s);
    if (s !== first) { s.size = 0; s.data = new Uint8Array(0); }
  }
  first.size = size;
  first.data = data;
}

/** Marks strings that are a suffix of another string: container[i] = the string holding i. */
function findTails(keys: string[], container: number[]): void {
  const reversed = keys.map((k, i) => ({ r: [...k].reverse().join(''), i }));
  reversed.sort((a, b) => (a.r < b.r ? -1 : a.r > b.r ? 1 : 0));
  // In reverse-sorted order a suffix comes right before the strings that end with it.
  for (let j = reversed.length - 2; j >= 0; j--) {
    const cur = reversed[j];
    const next = reversed[j + 1];
    if (next.r.startsWith(cur.r)) container[cur.i] = container[next.i];
  }
}

function stringPieces(s: InputSection, entsize: number): Piece[] {
  const pieces: Piece[] = [];
  const d = s.data;
  let start = 0;
  while (start < d.length) {
    let end = start;
    // A string ends at an entsize-wide zero character.
    for (;;) {
      if (end + entsize > d.length) {
        throw new LinkError(`${s.object.name}: section ${s.name} has an unterminated string`);
      }
      let zero = true;
      for (let k = 0; k < entsize; k++) if (d[end + k] !== 0) zero = false;
      end += entsize;
      if (zero) break;
    }
    pieces.push({ section: s, start, key: latin1(d, start, end) });
    start = end;
    // Aligned string sections pad between strings; the padding is not a string.
    while (s.align > entsize && start < d.length && start % s.align !== 0 && d[start] === 0) start++;
  }
  return pieces;
}

function fixedPieces(s: InputSection, entsize: number): Piece[] {
  if (s.data.length % entsize !== 0) {
    throw new LinkError(`${s.object.name}: section ${s.name} size is not a multiple of its entry size`);
  }
  const pieces: Piece[] = [];
  for (let start = 0; start < s.data.length; start += entsize) {
    pieces.push({ section: s, start, key: latin1(s.data, start, start + entsize) });
  }
  return pieces;
}

function latin1(d: Uint8Array, start: number, end: number): string {
  let s = '';
  for (let i = start; i < end; i++) s += String.fromCharCode(d[i]);
  return s;
}

function alignUp(n: number, align: number): number {
  return Math.ceil(n / align) * align;
}

/** Where an offset inside a merged section ended up, relative to the group's holder. */
export function mergedOffset(m: MergeMap, offset: number): number {
  let lo = 0;
  let hi = m.starts.length - 1;
  if (hi < 0) return offset;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (m.starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return m.outputs[lo] + (offset - m.starts[lo]);
}
