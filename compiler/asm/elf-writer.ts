/**
 * Writes the ELF64 relocatable object in GNU as 2.40's layout:
 *   headers: null, each section followed by its .rela, then .symtab .strtab .shstrtab;
 *   file:    ELF header, section contents in header order, .symtab (8-aligned), .strtab,
 *            the .rela sections (8-aligned), .shstrtab, the section header table (8-aligned).
 * .symtab: null, the FILE symbol, locals in creation order (section symbols only when a
 * relocation uses them), then globals in creation order. String tables share suffixes.
 */

import {
  EHDR_SIZE, ELFCLASS64, ELFDATA2LSB, EM_X86_64, ET_REL, EV_CURRENT, RELA_SIZE, SHDR_SIZE, SHF_INFO_LINK,
  SHF_GROUP, SHF_TLS, SHN_ABS, SHN_COMMON, SHT, STB, STT, SYM_SIZE,
} from '../elf/constants.js';
import { CompileError } from '../diagnostics.js';
import { equatedLabel, isAliasOfExternal, resolveExpr, resolveSym } from './layout.js';
import type { Section, Sym } from './model.js';

interface HeaderEntry {
  name: string;
  type: number;
  flags: number;
  offset: number;
  size: number;
  link: number;
  info: number;
  align: number;
  entsize: number;
  data: Uint8Array | null;
}

/** A string table whose strings share storage with longer strings they end (as BFD does). */
export function buildStringTable(names: string[]): { data: Uint8Array; offsets: Map<string, number> } {
  const unique = [...new Set(names.filter((n) => n !== ''))];
  // Longest-suffix-first order finds, for each string, a longer one that ends with it.
  const reversed = new Map(unique.map((u) => [u, [...u].reverse().join('')]));
  const byReversed = [...unique].sort((a, b) => {
    const ra = reversed.get(a)!;
    const rb = reversed.get(b)!;
    return ra < rb ? 1 : ra > rb ? -1 : 0;
  });
  const host = new Map<string, string>();
  for (let i = 0; i < byReversed.length; i++) {
    const s = byReversed[i];
    const prev = i > 0 ? host.get(byReversed[i - 1]) ?? byReversed[i - 1] : null;
    host.set(s, prev !== null && prev.endsWith(s) ? prev : s);
  }
  const offsets = new Map<string, number>();
  const parts: number[] = [0];
  for (const s of unique) {
    if (host.get(s) !== s) continue;
    offsets.set(s, parts.length);
    for (const b of Buffer.from(s, 'utf8')) parts.push(b);
    parts.push(0);
  }
  for (const s of unique) {
    const h = host.get(s)!;
    if (h !== s) offsets.set(s, offsets.get(h)! + Buffer.byteLength(h) - Buffer.byteLength(s));
  }
  offsets.set('', 0);
  return { data: Uint8Array.from(parts), offsets };
}

function isOutputLocal(s: Sym): boolean {
  if (s.sectionSymbolOf) return s.usedInReloc;
  if (s.groupSignatureOf) return true;
  if (s.internal || s.binding !== STB.LOCAL || s.common || isAliasOfExternal(s)) return false;
  if ((s.name.startsWith('.L') || s.name.includes('\u0002')) && !s.usedInReloc) return false;
  return s.section !== null || s.absolute !== null || s.equ !== null;
}

function isOutputGlobal(s: Sym): boolean {
  if (s.internal || s.sectionSymbolOf || isAliasOfExternal(s)) return false;
  if (s.binding !== STB.LOCAL) return true;
  // An undefined symbol that something refers to is global (external).
  return s.section === null && s.absolute === null && s.equ === null && s.common === null && s.usedInReloc;
}

export function writeObject(sections: Section[], symbols: Sym[], fileSymbol: Sym | null): Uint8Array {
  // Chain order; the few symbols written are picked before sorting (orders are unique).
  const all = [...symbols, ...sections.map((s) => s.symbol)];
  const byOrder = (a: Sym, b: Sym): number => a.order - b.order;
  const locals = all.filter(isOutputLocal).sort(byOrder);
  if (fileSymbol) locals.unshift(fileSymbol);
  const globals = all.filter(isOutputGlobal).sort(byOrder);
  for (const g of globals) if (g.binding === STB.LOCAL) g.binding = STB.GLOBAL;
  const symtabSyms = [...locals, ...globals];

  const headers: HeaderEntry[] = [{ name: '', type: 0, flags: 0, offset: 0, size: 0, link: 0, info: 0, align: 0, entsize: 0, data: null }];
  // SHT_GROUP sections come first (as BFD places them), in the order their groups appear.
  const groups = [...new Set(sections.map((s) => s.group).filter((g) => g !== null))];
  const groupHeaders = groups.map((g) => {
    g.index = headers.length;
    const entry: HeaderEntry = { name: '.group', type: SHT.GROUP, flags: 0, offset: 0, size: 0, link: 0, info: 0, align: 4, entsize: 4, data: null };
    headers.push(entry);
    return { entry, group: g, members: [] as number[] };
  });
  const relaHeaders: Array<{ entry: HeaderEntry; sec: Section }> = [];
  for (const sec of sections) {
    sec.index = headers.length;
    headers.push({ name: sec.name, type: sec.type, flags: sec.flags, offset: 0, size: sec.size, link: 0, info: 0, align: sec.align, entsize: sec.entsize, data: sec.nobits ? null : sec.data });
    const members = sec.group ? groupHeaders.find((g) => g.group === sec.group)!.members : null;
    members?.push(sec.index);
    if (sec.relocs.length > 0) {
      const flags = SHF_INFO_LINK | (sec.group ? SHF_GROUP : 0);
      const entry: HeaderEntry = { name: `.rela${sec.name}`, type: SHT.RELA, flags, offset: 0, size: sec.relocs.length * RELA_SIZE, link: 0, info: sec.index, align: 8, entsize: RELA_SIZE, data: null };
      members?.push(headers.length);
      headers.push(entry);
      relaHeaders.push({ entry, sec });
    }
  }
  const hasSymbols = symtabSyms.length > 0;
  const symtabIndex = headers.length;
  symtabSyms.forEach((s, i) => (s.index = i + 1));
  const strtab = buildStringTable(symtabSyms.filter((s) => !s.sectionSymbolOf).map((s) => s.name));
  if (hasSymbols) {
    headers.push({ name: '.symtab', type: SHT.SYMTAB, flags: 0, offset: 0, size: (symtabSyms.length + 1) * SYM_SIZE, link: symtabIndex + 1, info: locals.length + 1, align: 8, entsize: SYM_SIZE, data: null });
    headers.push({ name: '.strtab', type: SHT.STRTAB, flags: 0, offset: 0, size: strtab.data.length, link: 0, info: 0, align: 1, entsize: 0, data: strtab.data });
  }
  for (const r of relaHeaders) r.entry.link = hasSymbols ? symtabIndex : 0;
  // A group: its flags word (GRP_COMDAT) and the header indices of its members.
  for (const g of groupHeaders) {
    const words = [g.group.comdat ? 1 : 0, ...g.members];
    const data = new Uint8Array(words.length * 4);
    words.forEach((w, i) => new DataView(data.buffer).setUint32(i * 4, w, true));
    Object.assign(g.entry, { data, size: data.length, link: symtabIndex, info: g.group.signature?.index ?? 0 });
  }
  // BFD makes the group sections last, so their name comes last in .shstrtab.
  const shstrNames = [...(hasSymbols ? ['.symtab', '.strtab'] : []), '.shstrtab', ...headers.slice(1).filter((h) => h.type !== SHT.GROUP).map((h) => h.name), ...(groups.length ? ['.group'] : [])];
  const shstrtab = buildStringTable(shstrNames);
  const shstrIndex = headers.length;
  headers.push({ name: '.shstrtab', type: SHT.STRTAB, flags: 0, offset: 0, size: shstrtab.data.length, link: 0, info: 0, align: 1, entsize: 0, data: shstrtab.data });

  const symtabData = hasSymbols ? encodeSymbols(symtabSyms) : null;
  if (symtabData) headers[symtabIndex].data = symtabData;
  for (const r of relaHeaders) r.entry.data = encodeRelocs(r.sec);

  // File offsets: contents, then symtab/strtab, relas, shstrtab, section headers.
  let off = EHDR_SIZE;
  const place = (h: HeaderEntry): void => {
    const a = Math.max(h.align, 1);
    off = Math.ceil(off / a) * a;
    h.offset = off;
    if (h.type !== SHT.NOBITS) off += h.size;
  };
  for (const h of headers.slice(1)) if (h.type !== SHT.RELA && h.type !== SHT.SYMTAB && h.type !== SHT.STRTAB) place(h);
  if (hasSymbols) {
    place(headers[symtabIndex]);
    place(headers[symtabIndex + 1]);
  }
  for (const r of relaHeaders) place(r.entry);
  place(headers[shstrIndex]);
  const shoff = Math.ceil(off / 8) * 8;
  const total = shoff + headers.length * SHDR_SIZE;

  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  writeElfHeader(view, shoff, headers.length, shstrIndex);
  headers.forEach((h, i) => {
    if (h.data && h.type !== SHT.NOBITS) out.set(h.data, h.offset);
    const at = shoff + i * SHDR_SIZE;
    view.setUint32(at, i === 0 ? 0 : shstrtab.offsets.get(h.name)!, true);
    view.setUint32(at + 4, h.type, true);
    view.setBigUint64(at + 8, BigInt(h.flags >>> 0), true);
    view.setBigUint64(at + 24, BigInt(h.offset), true);
    view.setBigUint64(at + 32, BigInt(h.size), true);
    view.setUint32(at + 40, h.link, true);
    view.setUint32(at + 44, h.info, true);
    view.setBigUint64(at + 48, BigInt(h.align), true);
    view.setBigUint64(at + 56, BigInt(h.entsize), true);
  });
  return out;

  function encodeSymbols(list: Sym[]): Uint8Array {
    const data = new Uint8Array((list.length + 1) * SYM_SIZE);
    const v = new DataView(data.buffer);
    list.forEach((s, i) => {
      const at = (i + 1) * SYM_SIZE;
      const { shndx, value } = symbolPlace(s);
      // `.set alias, label` gives the alias the label's type and size (as GNU as copies them).
      const label = s.equ && s.section === null ? equatedLabel(s) : null;
      const target = label !== s ? label : null;
      const type = s.sectionSymbolOf ? STT.SECTION : inTlsSection(s) ? STT.TLS : s.type === STT.NOTYPE && target ? target.type : s.type;
      v.setUint32(at, s.sectionSymbolOf ? 0 : strtab.offsets.get(s.name) ?? 0, true);
      data[at + 4] = (s.binding << 4) | type;
      data[at + 5] = s.visibility;
      v.setUint16(at + 6, shndx, true);
      v.setBigUint64(at + 8, BigInt.asUintN(64, value), true);
      v.setBigUint64(at + 16, BigInt.asUintN(64, symbolSize(!s.size && target ? target : s)), true);
    });
    return data;
  }
}

/** GNU as makes every symbol defined in a TLS section STT_TLS, whatever its `.type` said (a linker matches TLS references with it). */
function inTlsSection(s: Sym): boolean {
  if (s.type === STT.FILE || s.groupSignatureOf || s.common) return false;
  const section = resolveSym(s).section;
  return section !== null && (section.flags & SHF_TLS) !== 0;
}

function symbolPlace(s: Sym): { shndx: number; value: bigint } {
  if (s.type === STT.FILE) return { shndx: SHN_ABS, value: 0n };
  if (s.groupSignatureOf) return { shndx: s.groupSignatureOf.index, value: 0n };
  if (s.common) return { shndx: SHN_COMMON, value: s.common.align };
  if (s.sectionSymbolOf) return { shndx: s.sectionSymbolOf.index, value: 0n };
  const r = resolveSym(s);
  if (r.section) return { shndx: r.section.index, value: r.value };
  if (r.sym === null) return { shndx: SHN_ABS, value: r.value };
  return { shndx: 0, value: 0n };
}

function symbolSize(s: Sym): bigint {
  if (s.common) return s.common.size;
  if (!s.size) return 0n;
  const r = resolveExpr(s.size);
  if (r.sym !== null || r.minus !== null) throw new CompileError(`.size expression for ${s.name} does not evaluate to a constant`);
  return r.value;
}

function encodeRelocs(sec: Section): Uint8Array {
  const data = new Uint8Array(sec.relocs.length * RELA_SIZE);
  const v = new DataView(data.buffer);
  sec.relocs.forEach((r, i) => {
    const at = i * RELA_SIZE;
    v.setBigUint64(at, BigInt(r.offset), true);
    v.setBigUint64(at + 8, (BigInt(r.sym?.index ?? 0) << 32n) | BigInt(r.type), true);
    v.setBigInt64(at + 16, BigInt.asIntN(64, r.addend), true);
  });
  return data;
}

function writeElfHeader(v: DataView, shoff: number, shnum: number, shstrndx: number): void {
  const ident = [0x7f, 0x45, 0x4c, 0x46, ELFCLASS64, ELFDATA2LSB, EV_CURRENT, 0];
  ident.forEach((b, i) => v.setUint8(i, b));
  v.setUint16(16, ET_REL, true);
  v.setUint16(18, EM_X86_64, true);
  v.setUint32(20, EV_CURRENT, true);
  v.setBigUint64(24, 0n, true);
  v.setBigUint64(32, 0n, true);
  v.setBigUint64(40, BigInt(shoff), true);
  v.setUint32(48, 0, true);
  v.setUint16(52, EHDR_SIZE, true);
  v.setUint16(54, 0, true);
  v.setUint16(56, 0, true);
  v.setUint16(58, SHDR_SIZE, true);
  v.setUint16(60, shnum, true);
  v.setUint16(62, shstrndx, true);
}
