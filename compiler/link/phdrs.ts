/**
 * Program headers a script's PHDRS command asks for (GNU ld's "ld.texi: PHDRS Command"):
 * exactly the entries it lists, in its order, and no others (no PT_GNU_STACK, RELRO or
 * TLS header of ld's own). Each allocated output section goes in the entries its `:name`
 * list names; one without a list goes where the section before it went (an orphan too),
 * and the sections before the first list go where the first list says; `:NONE` is none.
 *
 *   PT_LOAD   its sections' pages, placed in the file as segments.ts places ld's own
 *             (FILEHDR/PHDRS: the headers start it, at offset 0)
 *   PT_PHDR   the program header table itself
 *   others    a span over their sections (PT_NOTE, PT_TLS, PT_DYNAMIC...), or all zero
 *             when they have none (PT_GNU_STACK FLAGS(6))
 *
 * p_flags is FLAGS(n) when given, else R plus W and X as the sections need; p_align is the
 * page for PT_LOAD, 8 for the program header table and empty entries, else the largest
 * section alignment: what ld 2.40 writes.
 */

import { EHDR_SIZE, PF_R, PF_W, PF_X, PHDR_SIZE, PT, SHF_ALLOC, SHF_EXECINSTR, SHF_WRITE, SHT } from '../elf/constants.js';
import type { PhdrSpec } from './script-ast.js';
import { PAGE_SIZE } from './layout.js';
import { congruentOffset, placeLoads, spanSegment, type FileLayout, type Segment } from './segments.js';
import { LinkError, type OutputSection } from './types.js';

/** Lays out the PHDRS entries and gives each allocated section its file offset. */
export function layoutScriptSegments(headerOrder: OutputSection[], phdrs: PhdrSpec[]): FileLayout {
  const headersSize = EHDR_SIZE + phdrs.length * PHDR_SIZE;
  const members = assignSections(headerOrder, phdrs);
  // The loads first, in PHDRS order: they decide the file offsets.
  const loadIndexes = phdrs.flatMap((p, i) => (p.type === PT.LOAD ? [i] : []));
  const maps = loadIndexes.map((i) => ({ sections: members[i], includesHeaders: phdrs[i].fileHdr || phdrs[i].phdrs }))
    .filter((m) => m.sections.length > 0 || m.includesHeaders);
  if (maps.some((m) => m.sections.length === 0)) throw new LinkError('a PT_LOAD with FILEHDR or PHDRS needs sections in it');
  const placed = placeLoads(maps, headersSize);
  let end = placed.end;
  // Allocated sections in no load (`:NONE`, only in a PT_NOTE) still get their bytes in
  // the file, after the loads; ld warns about each.
  const warnings: string[] = [];
  for (const s of headerOrder) {
    if ((s.flags & SHF_ALLOC) === 0 || maps.some((m) => m.sections.includes(s))) continue;
    warnings.push(`allocated section \`${s.name}' not in segment`);
    if (s.type === SHT.NOBITS) continue;
    s.fileOffset = congruentOffset(end, s.addr);
    end = s.fileOffset + s.size;
  }
  const headerLoad = maps.findIndex((m) => m.includesHeaders);
  const segments = phdrs.map((spec, i): Segment => {
    let seg: Segment;
    if (spec.type === PT.LOAD) {
      const at = maps.findIndex((m) => m.sections === members[i]);
      seg = at >= 0 ? placed.segments[at] : emptySegment(spec.type, Number(PAGE_SIZE));
    } else if (spec.type === PT.PHDR) {
      const load = headerLoad >= 0 ? placed.segments[headerLoad] : undefined;
      if (!load) throw new LinkError('PHDR segment not covered by LOAD segment');
      const size = phdrs.length * PHDR_SIZE;
      seg = { type: spec.type, flags: PF_R, offset: EHDR_SIZE, vaddr: load.vaddr + BigInt(EHDR_SIZE), paddr: load.paddr + BigInt(EHDR_SIZE), filesz: size, memsz: size, align: 8 };
    } else if (members[i].length > 0) {
      seg = spanSegment(spec.type, members[i], Math.max(...members[i].map((s) => s.align)));
      seg.flags = sectionFlags(members[i]);
    } else {
      seg = emptySegment(spec.type, 8);
    }
    if (spec.flags !== undefined) seg.flags = spec.flags;
    return seg;
  });
  return { segments, phnum: segments.length, end: Math.max(end, headersSize), warnings };
}

function emptySegment(type: number, align: number): Segment {
  return { type, flags: 0, offset: 0, vaddr: 0n, paddr: 0n, filesz: 0, memsz: 0, align };
}

function sectionFlags(sections: OutputSection[]): number {
  let flags = PF_R;
  for (const s of sections) flags |= (s.flags & SHF_WRITE ? PF_W : 0) | (s.flags & SHF_EXECINSTR ? PF_X : 0);
  return flags;
}

/**
 * The sections of each PHDRS entry, in section header order: ld's lang_record_phdrs, one
 * pass over the sections per entry. A section without a list takes the list of the last
 * section that had one — carried from the end of the previous pass, so sections before
 * the first list join the first entry their forward neighbour names and, in later passes,
 * the entries the file's last list names (ld's behaviour, quirk included).
 */
function assignSections(headerOrder: OutputSection[], phdrs: PhdrSpec[]): OutputSection[][] {
  const index = (name: string, s: OutputSection): number => {
    const i = phdrs.findIndex((p) => p.name === name);
    if (i < 0) throw new LinkError(`section '${s.name}' assigned to non-existent phdr '${name}'`);
    return i;
  };
  const listed = (s: OutputSection): number[] | undefined =>
    s.statement.phdrs?.filter((n) => n !== 'NONE').map((n) => index(n, s));
  const alloc = headerOrder.filter((s) => s.flags & SHF_ALLOC);
  let last: number[] | undefined;
  return phdrs.map((_, i) => {
    const members: OutputSection[] = [];
    alloc.forEach((s, at) => {
      const own = listed(s);
      if (own) last = own;
      else last ??= alloc.slice(at).map(listed).find((l) => l !== undefined);
      if (!last) throw new LinkError('no sections assigned to phdrs');
      if ((own ?? last).includes(i)) members.push(s);
    });
    return members;
  });
}
