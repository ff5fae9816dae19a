/**
 * Makes a static library behave like a shared one towards programs that define a
 * function or variable of the same name as the library.
 *
 * With glibc's shared library a program may define its own `strnlen`, `div` or `index`:
 * the program's references go to the program's definition, while the library keeps
 * calling its own (glibc binds its internal calls to hidden aliases). Our libc is linked
 * statically and several functions share one archive member (all of stdlib.c is one), so
 * a plain static link would meet two strong definitions as soon as anything pulls that
 * member in, and GNU ld's answer is "multiple definition".
 *
 * So before the library is archived, every symbol it defines with global binding gets:
 *  - a strong alias under a name no C program can spell (`__libc_internal.NAME`), and
 *    every reference inside the library — across members or within one — is retargeted
 *    to the alias, so the library always reaches its own code;
 *  - weak binding for the public name, so a program's own strong definition wins for
 *    the program's references without a conflict (as `objcopy --weaken` would do).
 * The objects stay ordinary ELF: the grown .symtab and .strtab are written at the end of
 * the file and their section headers point there.
 */
import { CompileError } from '../diagnostics.js';
import { SHN_COMMON, SHN_UNDEF, SHT, STB, SYM_SIZE } from './constants.js';
import { readElf, type ElfFile, type ElfSymbol } from './reader.js';

export interface LibraryMember {
  name: string;
  data: Uint8Array;
}

export const INTERNAL_PREFIX = '__libc_internal.';

/** Returns the members rewritten as described above (inputs are not modified). */
export function bindLibraryInternally(members: LibraryMember[]): LibraryMember[] {
  const elfs = members.map((m) => readElf(m.data, m.name));
  const defined = new Set<string>();
  for (const elf of elfs) for (const s of elf.symbols) if (isStrongDefinition(s)) defined.add(s.name);
  return members.map((m, i) => ({ name: m.name, data: rewriteMember(m.data, elfs[i], defined) }));
}

function isStrongDefinition(s: ElfSymbol): boolean {
  return s.bind === STB.GLOBAL && s.name !== '' && s.shndx !== SHN_UNDEF && s.shndx !== SHN_COMMON;
}

function rewriteMember(data: Uint8Array, elf: ElfFile, defined: Set<string>): Uint8Array {
  const symtab = elf.sections.find((s) => s.type === SHT.SYMTAB);
  if (!symtab) return data;
  if (elf.sections.some((s) => s.type === SHT.SYMTAB_SHNDX)) {
    throw new CompileError(`${elf.name}: objects with extended section indices cannot be library members`);
  }
  const strtab = elf.sections[symtab.link];
  const names: string[] = [];
  let strtabSize = strtab.size;
  const nameOffset = (name: string): number => {
    names.push(name);
    const offset = strtabSize;
    strtabSize += Buffer.byteLength(name) + 1;
    return offset;
  };

  const symbols = new Uint8Array(symtab.size + SYM_SIZE * elf.symbols.filter(isStrongDefinition).length);
  symbols.set(data.subarray(symtab.offset, symtab.offset + symtab.size));
  const view = new DataView(symbols.buffer);
  const aliasOf = new Map<number, number>();
  let next = elf.symbols.length;
  for (const s of elf.symbols) {
    if (!defined.has(s.name) || s.index < elf.firstGlobal) continue;
    const at = s.index * SYM_SIZE;
    if (s.shndx === SHN_UNDEF) {
      view.setUint32(at, nameOffset(INTERNAL_PREFIX + s.name), true);
    } else if (isStrongDefinition(s)) {
      const alias = next++ * SYM_SIZE;
      symbols.copyWithin(alias, at, at + SYM_SIZE);
      view.setUint32(alias, nameOffset(INTERNAL_PREFIX + s.name), true);
      symbols[at + 4] = (STB.WEAK << 4) | s.type;
      aliasOf.set(s.index, next - 1);
    }
  }

  const out = new Uint8Array(align8(data.length) + symbols.length + strtabSize);
  out.set(data);
  retargetRelocations(out, elf, symtab.index, aliasOf);
  const symbolsAt = align8(data.length);
  out.set(symbols, symbolsAt);
  const stringsAt = symbolsAt + symbols.length;
  out.set(data.subarray(strtab.offset, strtab.offset + strtab.size), stringsAt);
  let p = stringsAt + strtab.size;
  for (const name of names) p += Buffer.from(out.buffer, p).write(name) + 1;
  setSectionPlace(out, elf, symtab.index, symbolsAt, symbols.length);
  setSectionPlace(out, elf, strtab.index, stringsAt, strtabSize);
  return out;
}

/** Points relocations against a public definition at its internal alias instead. */
function retargetRelocations(out: Uint8Array, elf: ElfFile, symtabIndex: number, aliasOf: Map<number, number>): void {
  const view = new DataView(out.buffer);
  for (const section of elf.sections) {
    if (section.type !== SHT.RELA || section.link !== symtabIndex) continue;
    for (let at = section.offset; at + 24 <= section.offset + section.size; at += 24) {
      const alias = aliasOf.get(view.getUint32(at + 12, true));
      if (alias !== undefined) view.setUint32(at + 12, alias, true);
    }
  }
}

function setSectionPlace(out: Uint8Array, elf: ElfFile, index: number, offset: number, size: number): void {
  const view = new DataView(out.buffer);
  const header = elf.header.shoff + index * 64;
  view.setBigUint64(header + 24, BigInt(offset), true);
  view.setBigUint64(header + 32, BigInt(size), true);
}

function align8(n: number): number {
  return (n + 7) & ~7;
}
