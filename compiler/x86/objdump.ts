/**
 * `objdump -d` for ELF files: headers, symbol labels, address columns, byte columns and
 * branch/RIP-relative annotations laid out as binutils 2.40 prints them (see
 * x86-64-encoding-and-abi.md §4); the instruction text itself comes from disasm.ts.
 *
 * Addresses are bigints: kernel addresses (0xffffffff81000000) do not fit a double.
 * The decoder works in section offsets and we add the section's address afterwards.
 */
import { SHF_EXECINSTR, STB, STT } from '../elf/constants.js';
import type { ElfFile, ElfSection, ElfSymbol } from '../elf/reader.js';
import { decodeInstruction } from './disasm.js';

interface Label {
  address: bigint;
  name: string;
  /** Section header index the symbol belongs to (SHN_ABS and friends included). */
  shndx: number;
}

const hex = (n: bigint): string => n.toString(16);

/** objdump's address column width: 4, 8, 12 or 16 digits depending on the section's end. */
function addressWidth(end: bigint): number {
  const digits = end.toString(16).padStart(16, '0');
  const zeros = digits.length - digits.replace(/^0+/, '').length;
  return 16 - Math.max(0, (zeros - 1) & ~3);
}

const SHN_COMMON = 0xfff2;

/**
 * objdump's symbol order (compare_symbols): by address, then functions, then objects,
 * locals last, globals before weak symbols, larger sizes first, names starting with '.'
 * last, and finally by name. (Symbols of the section being disassembled are preferred
 * when choosing, see findSymbol.)
 */
function compareSymbols(a: ElfSymbol, b: ElfSymbol): number {
  if (a.value !== b.value) return a.value < b.value ? -1 : 1;
  const func = (s: ElfSymbol): number => (s.type === STT.FUNC || s.type === 10 ? 0 : 1);
  if (func(a) !== func(b)) return func(a) - func(b);
  const object = (s: ElfSymbol): number => (s.type === STT.OBJECT ? 0 : 1);
  if (object(a) !== object(b)) return object(a) - object(b);
  const bind = (s: ElfSymbol): number => (s.bind === STB.LOCAL ? 2 : s.bind === STB.GLOBAL ? 0 : 1);
  if (bind(a) !== bind(b)) return bind(a) - bind(b);
  if (a.size !== b.size) return a.size > b.size ? -1 : 1;
  const dot = (s: ElfSymbol): number => (s.name.startsWith('.') ? 1 : 0);
  if (dot(a) !== dot(b)) return dot(a) - dot(b);
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

/** The symbols objdump can name addresses with, in its order. */
function sortedLabels(file: ElfFile): Label[] {
  return file.symbols
    .filter((s) => s.name !== '' && s.type !== STT.SECTION && s.type !== STT.FILE && s.shndx !== 0 && s.shndx !== SHN_COMMON)
    .sort(compareSymbols)
    .map((s) => ({ address: s.value, name: s.name, shndx: s.shndx }));
}

/**
 * The symbol objdump names `address` after (find_symbol_for_address): the closest one at
 * or below it, the first in sort order among equals but one of `section` if there is;
 * in an object file (or for the `<sym>:` lines) only symbols of `section` qualify.
 */
function findSymbol(labels: Label[], address: bigint, section: ElfSection, requireSection: boolean): Label | undefined {
  if (labels.length === 0) return undefined;
  let lo = 0;
  let hi = labels.length;
  while (lo + 1 < hi) {
    const mid = (lo + hi) >> 1;
    if (labels[mid].address > address) hi = mid;
    else lo = mid;
  }
  let place = lo;
  while (place > 0 && labels[place - 1].address === labels[place].address) place--;
  for (let i = place; i < labels.length && labels[i].address === labels[place].address; i++) {
    if (labels[i].shndx === section.index) return labels[i];
  }
  if (!requireSection || labels[place].shndx === section.index) return labels[place];
  // The nearest earlier symbol of the section (the first of its address), else the next one after.
  let found = -1;
  for (let i = place - 1; i >= 0; i--) {
    if (labels[i].shndx !== section.index) continue;
    if (found >= 0 && labels[i].address !== labels[found].address) break;
    found = i;
  }
  if (found < 0) for (let i = place + 1; i < labels.length; i++) if (labels[i].shndx === section.index) return labels[i];
  return found >= 0 ? labels[found] : undefined;
}

/** `<sym+0xoff>` for an address, or `<section+0xoff>` when no symbol qualifies. */
function describe(labels: Label[], address: bigint, section: ElfSection, requireSection: boolean): string {
  const best = findSymbol(labels, address, section, requireSection);
  const base = best ?? { name: section.name, address: section.addr };
  const off = address - base.address;
  return off === 0n ? `<${base.name}>` : off > 0n ? `<${base.name}+0x${hex(off)}>` : `<${base.name}-0x${hex(-off)}>`;
}

function byteColumn(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0') + ' ').join('');
}

function disassembleSection(section: ElfSection, labels: Label[], relocatable: boolean): string[] {
  const out = ['', `Disassembly of section ${section.name}:`];
  const end = section.addr + BigInt(section.size);
  const width = addressWidth(end);
  const col = (a: bigint): string => `${hex(a).padStart(width)}:\t`;
  let offset = 0;
  while (offset < section.data.length) {
    const address = section.addr + BigInt(offset);
    // A label line where a symbol of the section starts, and at the section's start in any case.
    const here = findSymbol(labels, address, section, true);
    if (offset === 0 || here?.address === address) out.push('', `${hex(address).padStart(16, '0')} ${describe(labels, address, section, true)}:`);
    const d = decodeInstruction(section.data, offset, offset);
    let text = d.text;
    if (d.target !== undefined) {
      const target = section.addr + BigInt(d.target);
      // In an object file every section starts at 0: only the instruction's own section names targets.
      const inSection = target >= section.addr && target < end;
      // Without any symbol objdump prints the bare address.
      const named = labels.length === 0 ? `0x${hex(target)}` : `${hex(target)} ${describe(labels, target, section, relocatable && inSection)}`;
      text = text.includes('# 0x') ? text.replace(/# 0x[0-9a-f]+$/, `# ${named}`) : text.replace(/-?[0-9a-f]+$/, named);
    }
    const bytes = section.data.subarray(offset, offset + d.length);
    out.push(`${col(address)}${byteColumn(bytes.subarray(0, 7)).padEnd(21)}\t${text}`);
    for (let i = 7; i < bytes.length; i += 7) out.push(`${col(address + BigInt(i))}${byteColumn(bytes.subarray(i, i + 7))}`);
    offset += d.length;
  }
  return out;
}

/** The whole `objdump -d FILE` listing. */
export function objdump(file: ElfFile, displayName: string): string {
  const relocatable = file.header.type === 1;
  const labels = sortedLabels(file);
  const lines = ['', `${displayName}:     file format elf64-x86-64`, ''];
  for (const section of file.sections) {
    if ((section.flags & SHF_EXECINSTR) === 0 || section.size === 0 || section.data.length === 0) continue;
    // Not push(...): a section of a static libc executable has more lines than a call has arguments.
    for (const line of disassembleSection(section, labels, relocatable)) lines.push(line);
  }
  return lines.join('\n') + '\n';
}
