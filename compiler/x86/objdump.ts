/**
 * `objdump -d` for ELF files: headers, symbol labels, address columns, byte columns and
 * branch/RIP-relative annotations laid out as binutils 2.40 prints them (see
 * x86-64-encoding-and-abi.md §4); the instruction text itself comes from disasm.ts.
 *
 * Addresses are bigints: kernel addresses (0xffffffff81000000) do not fit a double.
 * The decoder works in section offsets and we add the section's address afterwards.
 */
import { SHF_ALLOC, SHF_EXECINSTR, STB, STT } from '../elf/constants.js';
import type { ElfFile, ElfSection, ElfSymbol } from '../elf/reader.js';
import { decodeInstruction } from './disasm.js';

interface Label {
  address: bigint;
  name: string;
  /** Lower is preferred when several symbols share an address. */
  rank: number;
}

const hex = (n: bigint): string => n.toString(16);

/** objdump's address column width: 4, 8, 12 or 16 digits depending on the section's end. */
function addressWidth(end: bigint): number {
  const digits = end.toString(16).padStart(16, '0');
  const zeros = digits.length - digits.replace(/^0+/, '').length;
  return 16 - Math.max(0, (zeros - 1) & ~3);
}

/** objdump names an address after a typed symbol before an untyped one, a global before a local. */
function rank(s: ElfSymbol): number {
  return (s.type === STT.NOTYPE ? 2 : 0) + (s.bind === STB.LOCAL ? 1 : 0);
}

/** Symbols that may name an address in this section, sorted by address then preference. */
function labelsFor(file: ElfFile, section: ElfSection, relocatable: boolean): Label[] {
  const start = section.addr;
  const end = start + BigInt(section.size);
  const inSection = (s: ElfSymbol): boolean => relocatable ? s.shndx === section.index : s.shndx !== 0 && s.value >= start && s.value < end;
  const labels = file.symbols
    .filter((s) => s.name !== '' && s.type !== STT.SECTION && s.type !== STT.FILE && inSection(s))
    .map((s) => ({ address: s.value, name: s.name, rank: rank(s) }));
  if (labels.length === 0) labels.push({ address: start, name: section.name, rank: 0 });
  // Among equals objdump takes the first by name (so `SyS_x` before its alias `sys_x`).
  return labels.sort((a, b) => (a.address !== b.address ? (a.address < b.address ? -1 : 1) : a.rank !== b.rank ? a.rank - b.rank : a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** `<sym+0xoff>` for an address: the closest label at or below it, else the first one. */
function describe(labels: Label[], address: bigint): string {
  let best = labels[0];
  for (const l of labels) if (l.address <= address && l.address !== best.address) best = l;
  const off = address - best.address;
  return off === 0n ? `<${best.name}>` : off > 0n ? `<${best.name}+0x${hex(off)}>` : `<${best.name}-0x${hex(-off)}>`;
}

/**
 * The labels to name a target with: in an executable those of whichever section holds
 * the address (a RIP-relative load names its data symbol); in an object file sections
 * all start at 0, so only the instruction's own section.
 */
function labelsAt(file: ElfFile, own: ElfSection, ownLabels: Label[], address: bigint, relocatable: boolean): Label[] {
  if (relocatable) return ownLabels;
  const holder = file.sections.find((s) => (s.flags & SHF_ALLOC) !== 0 && address >= s.addr && address < s.addr + BigInt(s.size));
  return holder && holder !== own ? labelsFor(file, holder, false) : ownLabels;
}

function byteColumn(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0') + ' ').join('');
}

function disassembleSection(file: ElfFile, section: ElfSection, relocatable: boolean): string[] {
  const out = ['', `Disassembly of section ${section.name}:`];
  const labels = labelsFor(file, section, relocatable);
  const width = addressWidth(section.addr + BigInt(section.size));
  const starts = new Map<bigint, string>();
  for (const l of labels) if (!starts.has(l.address)) starts.set(l.address, l.name);
  const col = (a: bigint): string => `${hex(a).padStart(width)}:\t`;
  let offset = 0;
  while (offset < section.data.length) {
    const address = section.addr + BigInt(offset);
    const name = starts.get(address);
    if (name) out.push('', `${hex(address).padStart(16, '0')} <${name}>:`);
    const d = decodeInstruction(section.data, offset, offset);
    let text = d.text;
    if (d.target !== undefined) {
      const target = section.addr + BigInt(d.target);
      const named = `${hex(target)} ${describe(labelsAt(file, section, labels, target, relocatable), target)}`;
      text = text.includes('# 0x') ? text.replace(/# 0x[0-9a-f]+$/, `# ${named}`) : text.replace(/[0-9a-f]+$/, named);
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
  const lines = ['', `${displayName}:     file format elf64-x86-64`, ''];
  for (const section of file.sections) {
    if ((section.flags & SHF_EXECINSTR) === 0 || section.size === 0 || section.data.length === 0) continue;
    lines.push(...disassembleSection(file, section, relocatable));
  }
  return lines.join('\n') + '\n';
}
