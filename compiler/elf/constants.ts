/**
 * ELF64 numbers used by the assembler, the linker and the tools (System V gABI and the
 * x86-64 psABI). Only constants live here; readers and writers are in their own modules.
 */

export const ELFCLASS64 = 2;
export const ELFDATA2LSB = 1;
export const EV_CURRENT = 1;
export const ELFOSABI_SYSV = 0;
export const EM_X86_64 = 62;

export const ET_REL = 1;
export const ET_EXEC = 2;

export const EHDR_SIZE = 64;
export const PHDR_SIZE = 56;
export const SHDR_SIZE = 64;
export const SYM_SIZE = 24;
export const RELA_SIZE = 24;

export enum SHT {
  NULL = 0, PROGBITS = 1, SYMTAB = 2, STRTAB = 3, RELA = 4, HASH = 5, DYNAMIC = 6, NOTE = 7,
  NOBITS = 8, REL = 9, DYNSYM = 11, INIT_ARRAY = 14, FINI_ARRAY = 15, PREINIT_ARRAY = 16,
  GROUP = 17, SYMTAB_SHNDX = 18, X86_64_UNWIND = 0x70000001,
}

export const SHF_WRITE = 0x1;
export const SHF_ALLOC = 0x2;
export const SHF_EXECINSTR = 0x4;
export const SHF_MERGE = 0x10;
export const SHF_STRINGS = 0x20;
export const SHF_INFO_LINK = 0x40;
export const SHF_LINK_ORDER = 0x80;
export const SHF_GROUP = 0x200;
export const SHF_TLS = 0x400;
export const SHF_EXCLUDE = 0x80000000;

export const SHN_UNDEF = 0;
export const SHN_ABS = 0xfff1;
export const SHN_COMMON = 0xfff2;
export const SHN_XINDEX = 0xffff;

export enum STB { LOCAL = 0, GLOBAL = 1, WEAK = 2 }
export enum STT { NOTYPE = 0, OBJECT = 1, FUNC = 2, SECTION = 3, FILE = 4, COMMON = 5, TLS = 6 }
export enum STV { DEFAULT = 0, INTERNAL = 1, HIDDEN = 2, PROTECTED = 3 }

export enum PT {
  NULL = 0, LOAD = 1, DYNAMIC = 2, INTERP = 3, NOTE = 4, PHDR = 6, TLS = 7,
  GNU_EH_FRAME = 0x6474e550, GNU_STACK = 0x6474e551, GNU_RELRO = 0x6474e552,
}
export const PF_X = 1;
export const PF_W = 2;
export const PF_R = 4;

/** x86-64 relocation types (psABI table 4.9). */
export enum R_X86_64 {
  NONE = 0, R64 = 1, PC32 = 2, GOT32 = 3, PLT32 = 4, COPY = 5, GLOB_DAT = 6, JUMP_SLOT = 7,
  RELATIVE = 8, GOTPCREL = 9, R32 = 10, R32S = 11, R16 = 12, PC16 = 13, R8 = 14, PC8 = 15,
  DTPMOD64 = 16, DTPOFF64 = 17, TPOFF64 = 18, TLSGD = 19, TLSLD = 20, DTPOFF32 = 21,
  GOTTPOFF = 22, TPOFF32 = 23, PC64 = 24, GOTOFF64 = 25, GOTPC32 = 26, SIZE32 = 32,
  SIZE64 = 33, IRELATIVE = 37, GOTPCRELX = 41, REX_GOTPCRELX = 42,
}

/** The names readelf and objdump print for relocation types. */
export function relocTypeName(type: number): string {
  const names: Record<number, string> = {
    0: 'R_X86_64_NONE', 1: 'R_X86_64_64', 2: 'R_X86_64_PC32', 3: 'R_X86_64_GOT32', 4: 'R_X86_64_PLT32',
    9: 'R_X86_64_GOTPCREL', 10: 'R_X86_64_32', 11: 'R_X86_64_32S', 12: 'R_X86_64_16', 13: 'R_X86_64_PC16',
    14: 'R_X86_64_8', 15: 'R_X86_64_PC8', 22: 'R_X86_64_GOTTPOFF', 23: 'R_X86_64_TPOFF32', 24: 'R_X86_64_PC64',
    41: 'R_X86_64_GOTPCRELX', 42: 'R_X86_64_REX_GOTPCRELX',
  };
  return names[type] ?? `R_X86_64_<${type}>`;
}
