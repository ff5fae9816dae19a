/**
 * Program headers and file offsets, as GNU ld 2.40 makes them for an x86-64 executable
 * (bfd/elf.c: _bfd_elf_map_sections_to_segments, then assign_file_positions_for_*):
 *
 *   PT_LOAD      the allocated sections by load address, a new segment where they cannot
 *                share one (below); the ELF and program headers start the first segment,
 *                or a read-only segment of their own when the first section is code
 *                (-z separate-code, ld's default here)
 *   PT_NOTE      each run of adjacent loaded SHT_NOTE sections of one alignment
 *   PT_TLS       .tdata and .tbss, the template of every thread's block
 *   PT_GNU_PROPERTY  .note.gnu.property
 *   PT_GNU_STACK only when some input has a .note.GNU-stack (or -z [no]execstack)
 *   PT_GNU_RELRO what DATA_SEGMENT_RELRO_END marks read-only after relocation (-z relro)
 *
 * There is no PT_PHDR or PT_INTERP: ld writes them only with a .interp (dynamic links).
 * Each PT_LOAD's file offset is congruent to its address modulo the page size, so the
 * kernel (or our emulator) can map or copy it directly.
 */

import { EHDR_SIZE, PF_R, PF_W, PF_X, PHDR_SIZE, PT, SHF_ALLOC, SHF_EXECINSTR, SHF_TLS, SHF_WRITE, SHT } from '../elf/constants.js';
import type { ElfProgramHeader } from '../elf/reader.js';
import { alignUp, PAGE_SIZE } from './layout.js';
import { LinkError, type InputSection, type OutputSection } from './types.js';

/** PT_GNU_PROPERTY (not in the generic ELF list of constants.ts). */
const PT_GNU_PROPERTY = 0x6474e553;

/** A program header: the same fields the ELF reader gives. */
export type Segment = ElfProgramHeader;

export interface FileLayout {
  segments: Segment[];
  phnum: number;
  /** File offset where the non-allocated sections (.symtab...) may start. */
  end: number;
  /** What ld warns about the layout (an allocated section in no PHDRS segment). */
  warnings?: string[];
}

export interface SegmentOptions {
  /** The ELF header plus the program headers SIZEOF_HEADERS counted. */
  headersSize: number;
  /** ld's load_phdrs: the script used SIZEOF_HEADERS, so the headers are wanted in memory. */
  loadHeaders: boolean;
  /** PT_GNU_STACK's flags, or undefined for no PT_GNU_STACK. */
  stackFlags?: number;
  /** The RELRO region DATA_SEGMENT_ALIGN ... DATA_SEGMENT_RELRO_END gave (default script). */
  relro?: { start: bigint; end: bigint };
}

const page = Number(PAGE_SIZE);

/** One PT_LOAD being built: its sections, and for the first, whether it carries the headers. */
export interface LoadMap {
  sections: OutputSection[];
  includesHeaders: boolean;
  /** A segment of the headers alone (separate code): its own addresses. */
  headersOnly?: { vaddr: bigint; paddr: bigint };
}

const isLoaded = (s: OutputSection) => s.type !== SHT.NOBITS;
const isTbss = (s: OutputSection) => (s.flags & SHF_TLS) !== 0 && s.type === SHT.NOBITS;
const isCode = (s: OutputSection) => (s.flags & SHF_EXECINSTR) !== 0;
const isWritable = (s: OutputSection) => (s.flags & SHF_WRITE) !== 0;
const pageOf = (a: bigint) => a & ~(PAGE_SIZE - 1n);

/**
 * How many program headers ld first guesses (get_program_header_size), from the input
 * sections: two PT_LOADs, PT_GNU_RELRO (ld's -z relro is on by default) and one for each
 * other kind the sections ask for. ld lays out again with the real count when the guess
 * was wrong (index.ts layoutWithHeaders).
 */
export function estimateProgramHeaders(inputs: InputSection[], stackFlags: number | undefined): number {
  let count = 3;
  if (stackFlags !== undefined) count++;
  if (inputs.some((s) => s.name === '.note.gnu.property' && s.size > 0)) count++;
  if (inputs.some((s) => s.type === SHT.NOTE && (s.flags & SHF_ALLOC) !== 0)) count++;
  if (inputs.some((s) => s.flags & SHF_TLS)) count++;
  return count;
}

/** Lays out the segments and gives each allocated section its file offset. */
export function layoutSegments(headerOrder: OutputSection[], opts: SegmentOptions): FileLayout {
  const alloc = headerOrder.filter((s) => s.flags & SHF_ALLOC);
  const loads = mapLoadSegments(sortForSegments(alloc, headerOrder), opts);
  const notes = noteRuns(alloc);
  const tls = alloc.filter((s) => s.flags & SHF_TLS);
  const property = alloc.find((s) => s.name === '.note.gnu.property' && s.size > 0);
  const relroMap = relroLoad(loads, opts.relro);
  const phnum = loads.length + notes.length + [tls.length > 0, property, opts.stackFlags !== undefined, relroMap].filter(Boolean).length;
  const headersSize = EHDR_SIZE + phnum * PHDR_SIZE;
  const { segments, end } = placeLoads(loads, headersSize);
  // The other headers describe sections the loads have just placed.
  const all = [...segments, ...notes.map((run) => spanSegment(PT.NOTE, run, run[0].align))];
  if (tls.length > 0) all.push(spanSegment(PT.TLS, tls, Math.max(...tls.map((s) => s.align))));
  if (property) all.push(spanSegment(PT_GNU_PROPERTY, [property], property.align));
  if (opts.stackFlags !== undefined) {
    all.push({ type: PT.GNU_STACK, flags: opts.stackFlags, offset: 0, vaddr: 0n, paddr: 0n, filesz: 0, memsz: 0, align: 16 });
  }
  if (relroMap && opts.relro) all.push(relroSegment(relroMap, segments[loads.indexOf(relroMap)], opts.relro));
  return { segments: all, phnum: all.length, end: Math.max(end, headersSize) };
}

/**
 * ld's order for building segments (elf_sort_sections): by load address, then address;
 * zero-fill sections (not .tbss) after the loaded ones at the same place, then smaller
 * before larger, then the section header order.
 */
function sortForSegments(alloc: OutputSection[], headerOrder: OutputSection[]): OutputSection[] {
  const index = (s: OutputSection) => headerOrder.indexOf(s);
  const toEnd = (s: OutputSection) => s.type === SHT.NOBITS && (s.flags & SHF_TLS) === 0;
  const loadedSize = (s: OutputSection) => (isLoaded(s) ? s.size : 0);
  return [...alloc].sort((a, b) => {
    if (a.lma !== b.lma) return a.lma < b.lma ? -1 : 1;
    if (a.addr !== b.addr) return a.addr < b.addr ? -1 : 1;
    if (toEnd(a) !== toEnd(b)) return toEnd(a) ? 1 : -1;
    if (!toEnd(a) && loadedSize(a) !== loadedSize(b)) return loadedSize(a) - loadedSize(b);
    return index(a) - index(b);
  });
}

/** Groups the sorted sections into PT_LOADs (the loop of _bfd_elf_map_sections_to_segments). */
function mapLoadSegments(sorted: OutputSection[], opts: SegmentOptions): LoadMap[] {
  const maps: LoadMap[] = [];
  let headersIn = sorted.length > 0 && opts.loadHeaders;
  // For old scripts without SIZEOF_HEADERS: a first section that leaves room for the
  // headers on its page gets them.
  if (sorted.length > 0 && Number(sorted[0].lma % PAGE_SIZE) >= opts.headersSize % page) headersIn = true;
  if (headersIn) {
    const placed = placeHeaders(sorted[0], opts.headersSize);
    if (placed === 'omit') headersIn = false;
    else if (placed) {
      maps.push({ sections: [], includesHeaders: true, headersOnly: placed });
      headersIn = false;
    }
  }
  let current: OutputSection[] = [];
  let writable = false;
  let executable = false;
  for (const s of sorted) {
    if (current.length > 0 && startsNewSegment(current[current.length - 1], s, writable, executable)) {
      maps.push({ sections: current, includesHeaders: headersIn });
      headersIn = false;
      current = [];
      writable = false;
      executable = false;
    }
    current.push(s);
    writable ||= isWritable(s);
    executable ||= isCode(s);
  }
  // As ld, no PT_LOAD for a lone trailing .tbss (it takes no room in memory).
  if (current.length > 0 && !(current.length === 1 && isTbss(current[0]))) maps.push({ sections: current, includesHeaders: headersIn });
  return maps;
}

/**
 * Where the headers go when they are loaded: `undefined` in the first segment, a segment
 * of their own (separate code: the first section is code), or 'omit' when there is no
 * room below the first section. The separate segment goes on the page below the first
 * section's when it would share that page; ld moves only its load address there, so
 * p_paddr is a page below p_vaddr then (as ld writes it).
 */
function placeHeaders(first: OutputSection, headersSize: number): { vaddr: bigint; paddr: bigint } | 'omit' | undefined {
  const size = BigInt(headersSize);
  let paddr = pageOf(first.lma - size);
  let separate = isCode(first);
  if (separate && pageOf(paddr + size - 1n) === pageOf(first.lma)) {
    if (paddr >= PAGE_SIZE) paddr -= PAGE_SIZE;
    else separate = false;
  }
  if (first.lma < paddr || first.lma < size) return 'omit';
  return separate ? { vaddr: pageOf(first.addr - size), paddr } : undefined;
}

/** ld's reasons for a new PT_LOAD between the section `last` and the next one, `s`. */
function startsNewSegment(last: OutputSection, s: OutputSection, writable: boolean, executable: boolean): boolean {
  const lastSize = isTbss(last) ? 0n : BigInt(last.size);
  const lastEnd = last.lma + lastSize;
  if (last.lma - last.addr !== s.lma - s.addr) return true; // a different AT() relation
  if (s.lma < lastEnd) return true; // overlapping
  if (pageOf(lastEnd - 1n) === pageOf(s.lma)) return false; // the same page cannot be mapped twice
  if (alignUp(lastEnd, PAGE_SIZE) + PAGE_SIZE <= s.lma) return true; // a page or more between them
  if (!isLoaded(last) && !isTbss(last) && (isLoaded(s) || isTbss(s))) return true; // file bytes after zero-fill
  if (executable !== isCode(s)) return true; // -z separate-code
  return !writable && isWritable(s);
}

/**
 * File offsets: each PT_LOAD starts where the file ends, moved up to its address modulo
 * the page size; the one carrying the headers starts at offset 0.
 */
export function placeLoads(maps: LoadMap[], headersSize: number): { segments: Segment[]; end: number } {
  const segments: Segment[] = [];
  let cursor = headersSize;
  for (const m of maps) {
    if (m.headersOnly) {
      const { vaddr, paddr } = m.headersOnly;
      segments.push({ type: PT.LOAD, flags: PF_R, offset: 0, vaddr, paddr, filesz: headersSize, memsz: headersSize, align: page });
      continue;
    }
    const first = m.sections[0];
    const offset = congruentOffset(cursor, first.addr);
    const start = m.includesHeaders ? 0 : offset;
    const seg: Segment = {
      type: PT.LOAD, flags: PF_R, offset: start, vaddr: first.addr - BigInt(offset - start), paddr: first.lma - BigInt(offset - start),
      filesz: m.includesHeaders ? headersSize : 0, memsz: m.includesHeaders ? headersSize : 0, align: page,
    };
    if (first.addr < BigInt(offset - start)) throw new LinkError('not enough room for program headers, try linking with -N');
    for (const s of m.sections) {
      const rel = Number(s.addr - seg.vaddr);
      seg.flags |= (isWritable(s) ? PF_W : 0) | (isCode(s) ? PF_X : 0);
      if (isLoaded(s)) {
        s.fileOffset = seg.offset + rel;
        seg.filesz = Math.max(seg.filesz, rel + s.size);
        cursor = Math.max(cursor, s.fileOffset + s.size);
      } else {
        // Zero-fill sections have no bytes; like ld, give them the current end of the file.
        s.fileOffset = Math.min(seg.offset + rel, Math.max(cursor, seg.offset));
      }
      if (!isTbss(s)) seg.memsz = Math.max(seg.memsz, rel + s.size);
    }
    segments.push(seg);
  }
  return { segments, end: cursor };
}

/** The smallest offset from `cursor` on that has the address's position within a page. */
export function congruentOffset(cursor: number, addr: bigint): number {
  const want = Number(addr % PAGE_SIZE);
  const offset = cursor - (cursor % page) + want;
  return offset < cursor ? offset + page : offset;
}

/** Runs of adjacent loaded notes with one alignment, in section header order: one PT_NOTE each. */
function noteRuns(sections: OutputSection[]): OutputSection[][] {
  const runs: OutputSection[][] = [];
  const notes = (s: OutputSection | undefined) => s !== undefined && s.type === SHT.NOTE && (s.flags & SHF_ALLOC) !== 0;
  for (let i = 0; i < sections.length; i++) {
    if (!notes(sections[i])) continue;
    const run = [sections[i]];
    for (let next = sections[i + 1]; notes(next) && next.align === run[0].align &&
      alignUp(run[run.length - 1].lma + BigInt(run[run.length - 1].size), BigInt(next.align)) === next.lma; next = sections[i + 1]) {
      run.push(next);
      i++;
    }
    runs.push(run);
  }
  return runs;
}

/** A segment spanning sections that are already placed (PT_NOTE, PT_TLS, PT_GNU_PROPERTY). */
export function spanSegment(type: number, sections: OutputSection[], align: number): Segment {
  const first = sections[0];
  let memsz = 0;
  let filesz = 0;
  let flags = PF_R;
  for (const s of sections) {
    const end = Number(s.addr - first.addr) + s.size;
    memsz = Math.max(memsz, end);
    if (isLoaded(s)) filesz = Math.max(filesz, end);
    flags |= (isWritable(s) && type !== PT.TLS ? PF_W : 0) | (isCode(s) ? PF_X : 0);
  }
  return { type, flags, offset: first.fileOffset, vaddr: first.addr, paddr: first.lma, filesz, memsz, align: Math.max(align, 1) };
}

/** The PT_LOAD that begins inside the RELRO region with file bytes in it: ld's condition for PT_GNU_RELRO. */
function relroLoad(maps: LoadMap[], relro: SegmentOptions['relro']): LoadMap | undefined {
  if (!relro || relro.end <= relro.start) return undefined;
  const end = alignUp(relro.end, PAGE_SIZE);
  return maps.find((m) => m.sections.length > 0 && m.sections[0].addr >= relro.start && m.sections[0].addr < end &&
    m.sections.some((s) => isLoaded(s) && s.size > 0));
}

/** PT_GNU_RELRO: from the first loaded RELRO section to the page-aligned end of the region. */
function relroSegment(m: LoadMap, load: Segment, relro: { start: bigint; end: bigint }): Segment {
  const first = m.sections.find((s) => s.addr >= relro.start && isLoaded(s)) ?? m.sections[0];
  const size = Number(alignUp(relro.end, PAGE_SIZE) - first.addr);
  const filesz = Math.min(size, Number(load.vaddr + BigInt(load.filesz) - first.addr));
  return { type: PT.GNU_RELRO, flags: PF_R, offset: first.fileOffset, vaddr: first.addr, paddr: first.lma, filesz, memsz: size, align: 1 };
}

/**
 * The thread-local template: PT_TLS, or without one (a PHDRS script that lists none) the
 * span of the TLS sections, which is what ld uses then (its tls_sec).
 */
export function tlsTemplate(file: FileLayout, sections: OutputSection[]): { vaddr: bigint; memsz: number; align: number } | undefined {
  const tls = file.segments.find((s) => s.type === PT.TLS);
  if (tls) return tls;
  const list = sections.filter((s) => s.flags & SHF_TLS);
  if (list.length === 0) return undefined;
  const last = list[list.length - 1];
  return { vaddr: list[0].addr, memsz: Number(last.addr - list[0].addr) + last.size, align: Math.max(...list.map((s) => s.align)) };
}

/**
 * x86-64 TLS variant II: the thread pointer sits just past the block, aligned, so a
 * thread-local symbol's offset from it is its address minus the template's aligned end.
 */
export function threadPointerBase(file: FileLayout, sections: OutputSection[]): bigint | undefined {
  const tls = tlsTemplate(file, sections);
  if (!tls) return undefined;
  return tls.vaddr + alignUp(BigInt(tls.memsz), BigInt(tls.align));
}
