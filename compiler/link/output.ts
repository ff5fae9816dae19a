/**
 * The bytes of the ELF64 executable: header, program headers (segments.ts lays them
 * out), section contents, symbol and string tables, section headers.
 */

import {
  EHDR_SIZE, ELFCLASS64, ELFDATA2LSB, ELFOSABI_SYSV, EM_X86_64, ET_EXEC, EV_CURRENT, PHDR_SIZE, SHDR_SIZE, SHN_ABS, SHT, STT, SYM_SIZE,
} from '../elf/constants.js';
import type { FileLayout, Segment } from './segments.js';
import type { OutputSymbol } from './symbols.js';
import type { OutputSection } from './types.js';

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
  /** Non-allocated sections (debug-sections.ts): headers after the image's, bytes after the loaded ones. */
  debugSections?: OutputSection[];
  debugContents?: Map<OutputSection, Uint8Array>;
}

/** Writes the ELF file: header, program headers, section bytes, .symtab, .strtab, .shstrtab, section headers. */
export function writeExecutable(p: ExecutableParts): Uint8Array {
  const shstr = new StringTable();
  const strtab = new StringTable();
  const sections = [...p.sections, ...(p.debugSections ?? [])];
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
  for (const s of p.debugSections ?? []) {
    s.fileOffset = Math.ceil(pos / s.align) * s.align;
    pos = s.fileOffset + s.size;
  }
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
    const bytes = p.contents.get(s) ?? p.debugContents?.get(s);
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
