/**
 * Program headers, file offsets and the bytes of the ELF64 executable.
 *
 * Allocated sections are grouped into PT_LOAD segments: a new segment starts when the
 * permissions change on a new page, when the load address stops following the virtual address (a new
 * AT()), when there is a gap of a page or more, or when file-backed data follows
 * zero-fill. Each segment's file offset is congruent to its address modulo the page size,
 * so the kernel (or our emulator) can map or copy it directly.
 */

import {
  EHDR_SIZE, ELFCLASS64, ELFDATA2LSB, ELFOSABI_SYSV, EM_X86_64, ET_EXEC, EV_CURRENT, PF_R, PF_W, PF_X, PHDR_SIZE, PT,
  SHDR_SIZE, SHF_ALLOC, SHF_EXECINSTR, SHF_TLS, SHF_WRITE, SHN_ABS, SHT, STT, SYM_SIZE,
} from '../elf/constants.js';
import { alignUp, PAGE_SIZE } from './layout.js';
import type { OutputSymbol } from './symbols.js';
import type { OutputSection } from './types.js';

export interface Segment {
  type: number;
  flags: number;
  offset: number;
  vaddr: bigint;
  paddr: bigint;
  filesz: number;
  memsz: number;
  align: number;
}

export interface FileLayout {
  segments: Segment[];
  /** Total program headers including PT_GNU_STACK. */
  phnum: number;
  /** File offset where the non-allocated sections (.symtab...) may start. */
  end: number;
}

function segmentFlags(s: OutputSection): number {
  return PF_R | (s.flags & SHF_WRITE ? PF_W : 0) | (s.flags & SHF_EXECINSTR ? PF_X : 0);
}

const page = Number(PAGE_SIZE);

/**
 * Different permissions need different pages; like ld, a section whose first page is the
 * segment's last page joins the segment anyway (and the segment gets both permissions).
 */
function sharesPage(seg: Segment, addr: bigint): boolean {
  const lastByte = seg.vaddr + BigInt(Math.max(seg.memsz, 1)) - 1n;
  return addr / PAGE_SIZE === lastByte / PAGE_SIZE;
}

/**
 * Assigns file offsets to the allocated sections and builds the PT_LOAD list. With
 * `headersLoaded` the ELF and program headers are mapped at the page below the first
 * section (the default layout); otherwise they are only in the file.
 */
export function layoutFile(sections: OutputSection[], headersSize: number, headersLoaded: boolean): FileLayout {
  const alloc = sections.filter((s) => s.flags & SHF_ALLOC).sort((a, b) => (a.addr < b.addr ? -1 : a.addr > b.addr ? 1 : 0));
  const segments: Segment[] = [];
  let cursor = headersSize;
  let cur: Segment | undefined;
  let headers: Segment | undefined;
  if (headersLoaded && alloc.length > 0) {
    const first = alloc[0];
    const vaddr = (first.addr - BigInt(headersSize)) & ~(PAGE_SIZE - 1n);
    cur = headers = { type: PT.LOAD, flags: PF_R, offset: 0, vaddr, paddr: vaddr - (first.addr - first.lma), filesz: headersSize, memsz: headersSize, align: page };
    segments.push(cur);
  }
  for (const s of alloc) {
    const fileBacked = s.type !== SHT.NOBITS;
    if (isThreadBss(s)) {
      s.fileOffset = cursor;
      continue;
    }
    const flags = segmentFlags(s);
    // As ld, the loaded headers start the first segment whatever it holds, but never code
    // (-z separate-code): code then starts a segment of its own, even on the same page.
    const startsNew = !cur || cur.vaddr - cur.paddr !== s.addr - s.lma ||
      alignUp(cur.vaddr + BigInt(cur.memsz), PAGE_SIZE) < (s.addr & ~(PAGE_SIZE - 1n)) ||
      s.addr < cur.vaddr + BigInt(cur.memsz) ||
      (fileBacked && cur.memsz > cur.filesz && s.size > 0) ||
      (cur === headers ? (flags & PF_X) !== 0 : cur.flags !== flags && !sharesPage(cur, s.addr));
    if (!startsNew) cur!.flags |= flags;
    if (startsNew) {
      const want = Number(s.addr % PAGE_SIZE);
      let offset = cursor - (cursor % page) + want;
      if (offset < cursor) offset += page;
      cur = { type: PT.LOAD, flags, offset, vaddr: s.addr, paddr: s.lma, filesz: 0, memsz: 0, align: page };
      segments.push(cur);
    }
    const seg = cur!;
    const rel = Number(s.addr - seg.vaddr);
    // Zero-fill sections have no bytes; like ld, give them the current end of the file.
    s.fileOffset = fileBacked ? seg.offset + rel : Math.min(seg.offset + rel, Math.max(cursor, seg.offset));
    seg.memsz = Math.max(seg.memsz, rel + s.size);
    if (fileBacked) {
      seg.filesz = Math.max(seg.filesz, rel + s.size);
      cursor = Math.max(cursor, s.fileOffset + s.size);
    }
  }
  // Empty segments (only empty sections) carry nothing; drop them.
  const loads = segments.filter((s) => s.memsz > 0);
  const tls = tlsSegment(alloc);
  const stack: Segment = { type: PT.GNU_STACK, flags: PF_R | PF_W, offset: 0, vaddr: 0n, paddr: 0n, filesz: 0, memsz: 0, align: 16 };
  const all = tls ? [...loads, tls, stack] : [...loads, stack];
  return { segments: all, phnum: all.length, end: cursor };
}

/** .tbss: thread-local zeros, with an address (inside the TLS template) but no room in the image. */
function isThreadBss(s: OutputSection): boolean {
  return (s.flags & SHF_TLS) !== 0 && s.type === SHT.NOBITS;
}

/**
 * PT_TLS, the template every thread's block is copied from: .tdata's bytes (filesz)
 * followed by .tbss's zeros (up to memsz), with the largest alignment among them.
 */
function tlsSegment(alloc: OutputSection[]): Segment | undefined {
  const tls = alloc.filter((s) => (s.flags & SHF_TLS) !== 0 && s.size > 0);
  if (tls.length === 0) return undefined;
  const first = tls[0];
  let memsz = 0;
  let filesz = 0;
  let align = 1;
  for (const s of tls) {
    const end = Number(s.addr - first.addr) + s.size;
    memsz = Math.max(memsz, end);
    if (s.type !== SHT.NOBITS) filesz = Math.max(filesz, end);
    align = Math.max(align, s.align);
  }
  return { type: PT.TLS, flags: PF_R, offset: first.fileOffset, vaddr: first.addr, paddr: first.lma, filesz, memsz, align };
}

/**
 * x86-64 TLS variant II: the thread pointer sits just past the block, aligned, so a
 * thread-local symbol's offset from it is its address minus the template's aligned end.
 */
export function threadPointerBase(file: FileLayout): bigint | undefined {
  const tls = file.segments.find((s) => s.type === PT.TLS);
  if (!tls) return undefined;
  return tls.vaddr + alignUp(BigInt(tls.memsz), BigInt(tls.align));
}

class StringTable {
  private readonly parts: string[] = [''];
  private size = 1;
  private readonly seen = new Map<string, number>();
  add(s: string): number {
    if (s === '') return 0;
    const known = this.seen.get(s);
    if (known !== undefined) return known;
    const at = this.size;
    this.parts.push(s);
    this.size += s.length + 1;
    this.seen.set(s, at);
    return at;
  }
  bytes(): Uint8Array {
    const out = new Uint8Array(this.size);
    let pos = 0;
    for (const p of this.parts) {
      for (let i = 0; i < p.length; i++) out[pos++] = p.charCodeAt(i) & 0xff;
      pos++;
    }
    return out;
  }
}

export interface ExecutableParts {
  entry: bigint;
  sections: OutputSection[];
  contents: Map<OutputSection, Uint8Array>;
  file: FileLayout;
  symbols: OutputSymbol[];
}

/** Writes the ELF file: header, program headers, section bytes, .symtab, .strtab, .shstrtab, section headers. */
export function writeExecutable(p: ExecutableParts): Uint8Array {
  const shstr = new StringTable();
  const strtab = new StringTable();
  const sections = p.sections;
  sections.forEach((s, i) => { s.headerIndex = i + 1; });
  const symtabIndex = sections.length + 1;

  const firstNonLocal = p.symbols.findIndex((s) => s.bind !== 0);
  const nlocals = 1 + (firstNonLocal < 0 ? p.symbols.length : firstNonLocal);
  const symtab = new Uint8Array((p.symbols.length + 1) * SYM_SIZE);
  const sv = new DataView(symtab.buffer);
  p.symbols.forEach((s, i) => {
    const at = (i + 1) * SYM_SIZE;
    sv.setUint32(at, strtab.add(s.name), true);
    sv.setUint8(at + 4, (s.bind << 4) | s.type);
    sv.setUint8(at + 5, s.visibility);
    sv.setUint16(at + 6, s.section && s.type !== STT.FILE ? s.section.headerIndex : SHN_ABS, true);
    sv.setBigUint64(at + 8, s.value, true);
    sv.setBigUint64(at + 16, s.size, true);
  });
  const strBytes = strtab.bytes();
  const names = sections.map((s) => shstr.add(s.name));
  const symtabName = shstr.add('.symtab');
  const strtabName = shstr.add('.strtab');
  const shstrName = shstr.add('.shstrtab');
  const shstrBytes = shstr.bytes();

  let pos = Math.max(p.file.end, EHDR_SIZE + p.file.phnum * PHDR_SIZE);
  pos = Math.ceil(pos / 8) * 8;
  const symtabOff = pos;
  pos += symtab.length;
  const strOff = pos;
  pos += strBytes.length;
  const shstrOff = pos;
  pos += shstrBytes.length;
  const shoff = Math.ceil(pos / 8) * 8;
  const shnum = sections.length + 4;
  const out = new Uint8Array(shoff + shnum * SHDR_SIZE);
  const v = new DataView(out.buffer);

  writeElfHeader(v, p.entry, p.file.phnum, shoff, shnum, shnum - 1);
  p.file.segments.forEach((seg, i) => writeProgramHeader(v, EHDR_SIZE + i * PHDR_SIZE, seg));
  for (const s of sections) {
    const bytes = p.contents.get(s);
    if (bytes && s.type !== SHT.NOBITS) out.set(bytes, s.fileOffset);
  }
  out.set(symtab, symtabOff);
  out.set(strBytes, strOff);
  out.set(shstrBytes, shstrOff);

  sections.forEach((s, i) => {
    writeSectionHeader(v, shoff + (i + 1) * SHDR_SIZE, {
      name: names[i], type: s.type, flags: s.flags, addr: s.addr, offset: s.fileOffset, size: s.size, link: 0, info: 0,
      align: s.align, entsize: s.entsize,
    });
  });
  writeSectionHeader(v, shoff + symtabIndex * SHDR_SIZE, {
    name: symtabName, type: SHT.SYMTAB, flags: 0, addr: 0n, offset: symtabOff, size: symtab.length, link: symtabIndex + 1,
    info: nlocals, align: 8, entsize: SYM_SIZE,
  });
  writeSectionHeader(v, shoff + (symtabIndex + 1) * SHDR_SIZE, {
    name: strtabName, type: SHT.STRTAB, flags: 0, addr: 0n, offset: strOff, size: strBytes.length, link: 0, info: 0, align: 1, entsize: 0,
  });
  writeSectionHeader(v, shoff + (symtabIndex + 2) * SHDR_SIZE, {
    name: shstrName, type: SHT.STRTAB, flags: 0, addr: 0n, offset: shstrOff, size: shstrBytes.length, link: 0, info: 0, align: 1, entsize: 0,
  });
  return out;
}

function writeElfHeader(v: DataView, entry: bigint, phnum: number, shoff: number, shnum: number, shstrndx: number): void {
  v.setUint32(0, 0x464c457f, true);
  v.setUint8(4, ELFCLASS64);
  v.setUint8(5, ELFDATA2LSB);
  v.setUint8(6, EV_CURRENT);
  v.setUint8(7, ELFOSABI_SYSV);
  v.setUint16(0x10, ET_EXEC, true);
  v.setUint16(0x12, EM_X86_64, true);
  v.setUint32(0x14, EV_CURRENT, true);
  v.setBigUint64(0x18, entry, true);
  v.setBigUint64(0x20, BigInt(EHDR_SIZE), true);
  v.setBigUint64(0x28, BigInt(shoff), true);
  v.setUint32(0x30, 0, true);
  v.setUint16(0x34, EHDR_SIZE, true);
  v.setUint16(0x36, PHDR_SIZE, true);
  v.setUint16(0x38, phnum, true);
  v.setUint16(0x3a, SHDR_SIZE, true);
  v.setUint16(0x3c, shnum, true);
  v.setUint16(0x3e, shstrndx, true);
}

function writeProgramHeader(v: DataView, at: number, s: Segment): void {
  v.setUint32(at, s.type, true);
  v.setUint32(at + 4, s.flags, true);
  v.setBigUint64(at + 8, BigInt(s.offset), true);
  v.setBigUint64(at + 0x10, s.vaddr, true);
  v.setBigUint64(at + 0x18, s.paddr, true);
  v.setBigUint64(at + 0x20, BigInt(s.filesz), true);
  v.setBigUint64(at + 0x28, BigInt(s.memsz), true);
  v.setBigUint64(at + 0x30, BigInt(s.align), true);
}

interface SectionHeader {
  name: number; type: number; flags: number; addr: bigint; offset: number; size: number; link: number; info: number;
  align: number; entsize: number;
}

function writeSectionHeader(v: DataView, at: number, h: SectionHeader): void {
  v.setUint32(at, h.name, true);
  v.setUint32(at + 4, h.type, true);
  v.setBigUint64(at + 8, BigInt(h.flags), true);
  v.setBigUint64(at + 0x10, h.addr, true);
  v.setBigUint64(at + 0x18, BigInt(h.offset), true);
  v.setBigUint64(at + 0x20, BigInt(h.size), true);
  v.setUint32(at + 0x28, h.link, true);
  v.setUint32(at + 0x2c, h.info, true);
  v.setBigUint64(at + 0x30, BigInt(h.align), true);
  v.setBigUint64(at + 0x38, BigInt(h.entsize), true);
}
