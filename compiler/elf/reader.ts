/**
 * ELF64 little-endian reader for x86-64 relocatable objects and executables.
 *
 * The reader checks every offset and size against the file before touching the bytes, so
 * a truncated or corrupt input becomes a CompileError naming the file ("a.o: section
 * headers extend past the end of the file") instead of a RangeError deep in the linker.
 * Sections are returned as views into the input buffer; nothing is copied.
 */

import { CompileError } from '../diagnostics.js';
import {
  EHDR_SIZE, ELFCLASS64, ELFDATA2LSB, EM_X86_64, PHDR_SIZE, RELA_SIZE, SHDR_SIZE, SHN_XINDEX, SHT,
  SHF_ALLOC, SYM_SIZE,
} from './constants.js';

export interface ElfHeader {
  type: number;
  machine: number;
  entry: bigint;
  phoff: number;
  shoff: number;
  flags: number;
  phnum: number;
  shnum: number;
  shstrndx: number;
}

export interface ElfSection {
  index: number;
  name: string;
  type: number;
  flags: number;
  addr: bigint;
  offset: number;
  size: number;
  link: number;
  info: number;
  addralign: number;
  entsize: number;
  /** The section's bytes (empty for SHT_NOBITS). A view into the input file. */
  data: Uint8Array;
}

export interface ElfSymbol {
  index: number;
  name: string;
  value: bigint;
  size: bigint;
  bind: number;
  type: number;
  visibility: number;
  shndx: number;
}

export interface ElfRelocation {
  offset: number;
  type: number;
  symbol: number;
  addend: bigint;
}

export interface ElfProgramHeader {
  type: number;
  flags: number;
  offset: number;
  vaddr: bigint;
  paddr: bigint;
  filesz: number;
  memsz: number;
  align: number;
}

export interface ElfFile {
  name: string;
  header: ElfHeader;
  sections: ElfSection[];
  /** The symbol table (.symtab), index 0 included; empty when the file has none. */
  symbols: ElfSymbol[];
  /** Index of the first non-local symbol (the SYMTAB's sh_info). */
  firstGlobal: number;
  /** Relocations by the index of the section they patch. */
  relocations: Map<number, ElfRelocation[]>;
  programHeaders: ElfProgramHeader[];
}

/** Thrown for malformed ELF input; always names the file. */
function bad(file: string, message: string): CompileError {
  return new CompileError(`${file}: ${message}`);
}

export function isElf(data: Uint8Array): boolean {
  return data.length >= 4 && data[0] === 0x7f && data[1] === 0x45 && data[2] === 0x4c && data[3] === 0x46;
}

/** Largest offset a JavaScript number holds exactly; file offsets beyond it are corrupt anyway. */
function toOffset(file: string, v: bigint, what: string): number {
  if (v > BigInt(Number.MAX_SAFE_INTEGER)) throw bad(file, `${what} is out of range`);
  return Number(v);
}

/** Reads a NUL-terminated string from a string table. */
export function readCString(table: Uint8Array, offset: number): string {
  if (offset >= table.length) return '';
  const end = table.indexOf(0, offset);
  // Symbol names are ASCII in practice; latin1 keeps any byte round-trippable.
  return latin1.decode(table.subarray(offset, end < 0 ? table.length : end));
}

const asciiDecoder = new TextDecoder('ascii');

/** Bytes → string, one code point per byte (so names round-trip exactly). */
const latin1 = {
  decode(bytes: Uint8Array): string {
    let ascii = true;
    for (let i = 0; i < bytes.length; i++) if (bytes[i] >= 0x80) { ascii = false; break; }
    // The native decoder is fast; WHATWG "ascii" is windows-1252, exact only below 0x80.
    if (ascii) return asciiDecoder.decode(bytes);
    let s = '';
    for (let i = 0; i < bytes.length; i++) s += String.fromCharCode(bytes[i]);
    return s;
  },
};

export function decodeLatin1(bytes: Uint8Array): string {
  return latin1.decode(bytes);
}

/** A u64 field as a number (offsets and sizes); values past 2^53 only come from corrupt files. */
function u64(file: string, v: DataView, at: number, what: string): number {
  const hi = v.getUint32(at + 4, true);
  if (hi >= 0x200000) throw bad(file, `${what} is out of range`);
  return hi * 0x100000000 + v.getUint32(at, true);
}

export function readElf(data: Uint8Array, name: string): ElfFile {
  if (!isElf(data)) throw bad(name, 'file format not recognized (not an ELF file)');
  if (data.length < EHDR_SIZE) throw bad(name, 'ELF header is truncated');
  if (data[4] !== ELFCLASS64) throw bad(name, 'not a 64-bit ELF file (ELFCLASS32 is not supported)');
  if (data[5] !== ELFDATA2LSB) throw bad(name, 'not a little-endian ELF file');
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const header = readHeader(view, name);
  if (header.machine !== EM_X86_64) throw bad(name, `ELF machine ${header.machine} is not x86-64`);
  const sections = readSections(data, view, header, name);
  const { symbols, firstGlobal } = readSymbols(data, view, sections, name);
  const relocations = readRelocations(view, sections, symbols.length, name);
  const programHeaders = readProgramHeaders(data, view, header, name);
  return { name, header, sections, symbols, firstGlobal, relocations, programHeaders };
}

function readHeader(v: DataView, file: string): ElfHeader {
  const header: ElfHeader = {
    type: v.getUint16(0x10, true),
    machine: v.getUint16(0x12, true),
    entry: v.getBigUint64(0x18, true),
    phoff: toOffset(file, v.getBigUint64(0x20, true), 'e_phoff'),
    shoff: toOffset(file, v.getBigUint64(0x28, true), 'e_shoff'),
    flags: v.getUint32(0x30, true),
    phnum: v.getUint16(0x38, true),
    shnum: v.getUint16(0x3c, true),
    shstrndx: v.getUint16(0x3e, true),
  };
  if (header.phnum > 0 && v.getUint16(0x36, true) !== PHDR_SIZE) throw bad(file, 'e_phentsize is not 56');
  if (header.shoff !== 0 && v.getUint16(0x3a, true) !== SHDR_SIZE) throw bad(file, 'e_shentsize is not 64');
  return header;
}

function readSections(data: Uint8Array, v: DataView, h: ElfHeader, file: string): ElfSection[] {
  if (h.shoff === 0) return [];
  let shnum = h.shnum;
  let shstrndx = h.shstrndx;
  if (h.shoff + SHDR_SIZE > data.length) throw bad(file, 'section headers extend past the end of the file');
  // Extended numbering: the real counts live in section header 0.
  if (shnum === 0) shnum = toOffset(file, v.getBigUint64(h.shoff + 0x20, true), 'section count');
  if (shstrndx === SHN_XINDEX) shstrndx = v.getUint32(h.shoff + 0x28, true);
  if (h.shoff + shnum * SHDR_SIZE > data.length) throw bad(file, 'section headers extend past the end of the file');
  const sections: ElfSection[] = [];
  const nameOffsets: number[] = [];
  for (let i = 0; i < shnum; i++) {
    const base = h.shoff + i * SHDR_SIZE;
    const type = v.getUint32(base + 4, true);
    const offset = u64(file, v, base + 0x18, 'a section offset');
    const size = u64(file, v, base + 0x20, 'a section size');
    const hasBytes = type !== SHT.NOBITS && type !== SHT.NULL;
    if (hasBytes && offset + size > data.length) throw bad(file, `section ${i} extends past the end of the file`);
    nameOffsets.push(v.getUint32(base, true));
    sections.push({
      index: i, name: '', type,
      flags: v.getUint32(base + 8, true),
      addr: v.getBigUint64(base + 0x10, true),
      offset, size,
      link: v.getUint32(base + 0x28, true),
      info: v.getUint32(base + 0x2c, true),
      addralign: Math.max(1, u64(file, v, base + 0x30, 'a section alignment')),
      entsize: u64(file, v, base + 0x38, 'a section entsize'),
      data: hasBytes ? data.subarray(offset, offset + size) : new Uint8Array(0),
    });
  }
  if (shstrndx >= sections.length || sections[shstrndx].type !== SHT.STRTAB) {
    if (shstrndx !== 0) throw bad(file, `e_shstrndx ${shstrndx} does not name a string table`);
  } else {
    const names = sections[shstrndx].data;
    sections.forEach((s, i) => { s.name = readCString(names, nameOffsets[i]); });
  }
  return sections;
}

function readSymbols(data: Uint8Array, v: DataView, sections: ElfSection[], file: string) {
  const symtab = sections.find((s) => s.type === SHT.SYMTAB);
  if (!symtab) return { symbols: [] as ElfSymbol[], firstGlobal: 0 };
  if (symtab.link >= sections.length) throw bad(file, '.symtab has an out of range sh_link');
  const strtab = sections[symtab.link].data;
  const shndxSection = sections.find((s) => s.type === SHT.SYMTAB_SHNDX && s.link === symtab.index);
  const count = Math.floor(symtab.size / SYM_SIZE);
  const symbols: ElfSymbol[] = new Array(count);
  for (let i = 0; i < count; i++) {
    const base = symtab.offset + i * SYM_SIZE;
    const info = data[base + 4];
    let shndx = v.getUint16(base + 6, true);
    if (shndx === SHN_XINDEX && shndxSection && (i + 1) * 4 <= shndxSection.size) {
      shndx = v.getUint32(shndxSection.offset + i * 4, true);
    }
    symbols[i] = {
      index: i,
      name: readCString(strtab, v.getUint32(base, true)),
      bind: info >> 4,
      type: info & 0xf,
      visibility: data[base + 5] & 3,
      shndx,
      value: v.getBigUint64(base + 8, true),
      size: v.getBigUint64(base + 16, true),
    };
  }
  return { symbols, firstGlobal: Math.min(symtab.info, count) };
}

function readRelocations(v: DataView, sections: ElfSection[], nsyms: number, file: string) {
  const relocations = new Map<number, ElfRelocation[]>();
  for (const s of sections) {
    if (s.type === SHT.REL) throw bad(file, `${s.name}: SHT_REL relocations are not used on x86-64`);
    // Allocated ones (.rela.dyn, .rela.plt of a dynamic executable) are the dynamic
    // loader's: their symbols index .dynsym and sh_info may be 0. Only link-time
    // relocations matter here.
    if (s.type !== SHT.RELA || (s.flags & SHF_ALLOC) !== 0) continue;
    if (s.info === 0 || s.info >= sections.length) throw bad(file, `${s.name}: sh_info ${s.info} does not name a section`);
    const count = Math.floor(s.size / RELA_SIZE);
    const list: ElfRelocation[] = new Array(count);
    const target = sections[s.info];
    for (let i = 0; i < count; i++) {
      const base = s.offset + i * RELA_SIZE;
      const symbol = v.getUint32(base + 12, true);
      const offset = u64(file, v, base, 'relocation offset');
      if (symbol >= nsyms) throw bad(file, `${s.name}: relocation ${i} has bad symbol index ${symbol}`);
      if (target.type !== SHT.NOBITS && offset >= target.size) {
        throw bad(file, `${s.name}: relocation ${i} offset 0x${offset.toString(16)} is outside ${target.name}`);
      }
      list[i] = { offset, type: v.getUint32(base + 8, true), symbol, addend: v.getBigInt64(base + 16, true) };
    }
    const existing = relocations.get(s.info);
    relocations.set(s.info, existing ? existing.concat(list) : list);
  }
  return relocations;
}

function readProgramHeaders(data: Uint8Array, v: DataView, h: ElfHeader, file: string): ElfProgramHeader[] {
  if (h.phnum === 0) return [];
  if (h.phoff + h.phnum * PHDR_SIZE > data.length) throw bad(file, 'program headers extend past the end of the file');
  const out: ElfProgramHeader[] = [];
  for (let i = 0; i < h.phnum; i++) {
    const base = h.phoff + i * PHDR_SIZE;
    out.push({
      type: v.getUint32(base, true),
      flags: v.getUint32(base + 4, true),
      offset: toOffset(file, v.getBigUint64(base + 8, true), 'p_offset'),
      vaddr: v.getBigUint64(base + 0x10, true),
      paddr: v.getBigUint64(base + 0x18, true),
      filesz: toOffset(file, v.getBigUint64(base + 0x20, true), 'p_filesz'),
      memsz: toOffset(file, v.getBigUint64(base + 0x28, true), 'p_memsz'),
      align: toOffset(file, v.getBigUint64(base + 0x30, true), 'p_align'),
    });
  }
  return out;
}
