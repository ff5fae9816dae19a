/**
 * SHF_MERGE sections: identical strings (`.rodata.str1.1`) and constants (`.rodata.cst8`)
 * from all inputs of one output section are stored once, as GNU ld does. Strings that are
 * the tail of a longer string ("world" in "hello world") share its bytes. The merged data
 * stays in the first section that had each piece (later copies are dropped, as ld does),
 * and every section keeps a map from its old offsets to the new places for relocations.
 */

import { SHF_MERGE, SHF_STRINGS } from '../elf/constants.js';
import { decodeLatin1 } from '../elf/reader.js';
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
    if ((s.flags & SHF_MERGE) === 0 || s.synthetic || s.merge || hasRelocations(s)) continue;
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

  // Unique contents in first-seen order, each owned by the section it was first seen in;
  // then, for strings, find the ones that are the tail of another and need no bytes.
  const unique = new Map<string, number>();
  const owner: InputSection[] = [];
  for (const p of pieces) {
    if (unique.has(p.key)) continue;
    unique.set(p.key, unique.size);
    owner.push(p.section);
  }
  const keys = [...unique.keys()];
  const container = keys.map((_, i) => i);
  if (strings && first.align <= entsize) findTails(keys, container);

  // Each section keeps the strings it owns, in order, packed at its own alignment.
  const sizes = new Map<InputSection, number>(group.map((s) => [s, 0]));
  const offsets = new Array<number>(keys.length).fill(-1);
  keys.forEach((k, i) => {
    if (container[i] !== i) return;
    const at = alignUp(sizes.get(owner[i])!, first.align);
    offsets[i] = at;
    sizes.set(owner[i], at + k.length);
  });
  const data = new Map<InputSection, Uint8Array>(group.map((s) => [s, new Uint8Array(sizes.get(s)!)]));
  keys.forEach((k, i) => {
    if (container[i] !== i) return;
    const d = data.get(owner[i])!;
    for (let j = 0; j < k.length; j++) d[offsets[i] + j] = k.charCodeAt(j);
  });

  const maps = new Map<InputSection, MergeMap>(group.map((s) => [s, { starts: [], holders: [], offsets: [] }]));
  for (const p of pieces) {
    const m = maps.get(p.section)!;
    const i = unique.get(p.key)!;
    const c = container[i];
    m.starts.push(p.start);
    m.holders.push(owner[c]);
    // A tail lives at the end of its container (both include the terminating NUL).
    m.offsets.push(offsets[c] + keys[c].length - keys[i].length);
  }
  const owners = new Set(owner.filter((_, i) => container[i] === i));
  for (const s of group) {
    s.merge = maps.get(s);
    s.data = data.get(s)!;
    s.size = s.data.length;
    s.excluded = !owners.has(s);
  }
}

/** Orders strings by their characters read from the end, so a suffix sorts before the strings ending with it. */
function compareReversed(a: string, b: string): number {
  for (let i = a.length - 1, j = b.length - 1; i >= 0 && j >= 0; i--, j--) {
    const d = a.charCodeAt(i) - b.charCodeAt(j);
    if (d !== 0) return d;
  }
  return a.length - b.length;
}

/** Marks strings that are a suffix of another string: container[i] = the string holding i. */
function findTails(keys: string[], container: number[]): void {
  const order = keys.map((_, i) => i).sort((x, y) => compareReversed(keys[x], keys[y]));
  // In reverse-sorted order a suffix comes right before the strings that end with it.
  for (let j = order.length - 2; j >= 0; j--) {
    const cur = order[j];
    const next = order[j + 1];
    if (keys[next].endsWith(keys[cur])) container[cur] = container[next];
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
  return decodeLatin1(d.subarray(start, end));
}

function alignUp(n: number, align: number): number {
  return Math.ceil(n / align) * align;
}

/** Where an offset inside a merged section ended up: the holding section and the offset in it. */
export function mergedLocation(m: MergeMap, offset: number): { holder: InputSection; offset: number } | undefined {
  let lo = 0;
  let hi = m.starts.length - 1;
  if (hi < 0) return undefined;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (m.starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { holder: m.holders[lo], offset: m.offsets[lo] + (offset - m.starts[lo]) };
}
