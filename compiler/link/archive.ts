/**
 * `ar` archives in the GNU format: the `/` (or `/SYM64/`) symbol index, the `//` long-name
 * table, and members with 60-byte ASCII headers, each padded to an even offset.
 *
 * writeArchive produces what `ar rcsD` produces: zero timestamps and ids, mode 644, and a
 * symbol index naming every defined global of every ELF member, so the output is
 * deterministic and GNU ld accepts it.
 */

import { CompileError } from '../diagnostics.js';
import { readElf, isElf } from '../elf/reader.js';
import { SHN_UNDEF, STB } from '../elf/constants.js';

export const ARCHIVE_MAGIC = '!<arch>\n';
const HEADER_SIZE = 60;

export interface ArchiveMember {
  name: string;
  /** Offset of the member's header from the start of the archive (what the index stores). */
  headerOffset: number;
  data: Uint8Array;
}

export interface Archive {
  name: string;
  members: ArchiveMember[];
  /** Symbol name → header offset of the defining member, in index order. */
  index: { symbol: string; memberOffset: number }[];
  /** True when the archive carried no index and one was built from the members. */
  indexBuilt: boolean;
}

export function isArchive(data: Uint8Array): boolean {
  if (data.length < 8) return false;
  for (let i = 0; i < 8; i++) if (data[i] !== ARCHIVE_MAGIC.charCodeAt(i)) return false;
  return true;
}

function ascii(data: Uint8Array, start: number, len: number): string {
  return String.fromCharCode(...data.subarray(start, start + len));
}

export function readArchive(data: Uint8Array, name: string): Archive {
  if (data.length >= 8 && ascii(data, 0, 8) === '!<thin>\n') {
    throw new CompileError(`${name}: thin archives are not supported`);
  }
  if (!isArchive(data)) throw new CompileError(`${name}: file format not recognized (not an ar archive)`);
  const members: ArchiveMember[] = [];
  let rawIndex: Uint8Array | undefined;
  let index64 = false;
  let longNames: Uint8Array | undefined;
  let pos = 8;
  while (pos < data.length) {
    if (data[pos] === 0x0a) { pos++; continue; } // stray padding at the end
    if (pos + HEADER_SIZE > data.length) throw new CompileError(`${name}: truncated member header at offset ${pos}`);
    if (data[pos + 58] !== 0x60 || data[pos + 59] !== 0x0a) {
      throw new CompileError(`${name}: malformed member header at offset ${pos}`);
    }
    const rawName = ascii(data, pos, 16).trimEnd();
    const size = Number.parseInt(ascii(data, pos + 48, 10).trim(), 10);
    if (!Number.isFinite(size) || size < 0 || pos + HEADER_SIZE + size > data.length) {
      throw new CompileError(`${name}: member at offset ${pos} has a bad size`);
    }
    const body = data.subarray(pos + HEADER_SIZE, pos + HEADER_SIZE + size);
    if (rawName === '/' || rawName === '/SYM64/') {
      rawIndex = body;
      index64 = rawName === '/SYM64/';
    } else if (rawName === '//') {
      longNames = body;
    } else {
      members.push({ name: memberName(rawName, longNames, name), headerOffset: pos, data: body });
    }
    pos += HEADER_SIZE + size + (size & 1);
  }
  if (rawIndex) return { name, members, index: parseIndex(rawIndex, index64, name), indexBuilt: false };
  return { name, members, index: buildIndex(members, name), indexBuilt: true };
}

function memberName(raw: string, longNames: Uint8Array | undefined, archive: string): string {
  if (raw.startsWith('/') && /^\/\d+$/.test(raw)) {
    const off = Number(raw.slice(1));
    if (!longNames || off >= longNames.length) throw new CompileError(`${archive}: bad long member name ${raw}`);
    let end = off;
    while (end < longNames.length && longNames[end] !== 0x0a) end++;
    return ascii(longNames, off, end - off).replace(/\/$/, '');
  }
  return raw.endsWith('/') ? raw.slice(0, -1) : raw;
}

function parseIndex(body: Uint8Array, is64: boolean, archive: string) {
  const v = new DataView(body.buffer, body.byteOffset, body.byteLength);
  const width = is64 ? 8 : 4;
  if (body.length < width) throw new CompileError(`${archive}: truncated symbol index`);
  const count = Number(is64 ? v.getBigUint64(0, false) : v.getUint32(0, false));
  let strPos = width + count * width;
  if (strPos > body.length) throw new CompileError(`${archive}: symbol index is truncated`);
  const index: { symbol: string; memberOffset: number }[] = [];
  for (let i = 0; i < count; i++) {
    const at = width + i * width;
    const memberOffset = Number(is64 ? v.getBigUint64(at, false) : v.getUint32(at, false));
    let end = strPos;
    while (end < body.length && body[end] !== 0) end++;
    index.push({ symbol: ascii(body, strPos, end - strPos), memberOffset });
    strPos = end + 1;
  }
  return index;
}

/** The globals an object defines, as an archive index lists them (COMMON included). */
export function definedGlobals(data: Uint8Array, name: string): string[] {
  if (!isElf(data)) return [];
  const elf = readElf(data, name);
  const out: string[] = [];
  for (let i = elf.firstGlobal; i < elf.symbols.length; i++) {
    const s = elf.symbols[i];
    if (s.shndx !== SHN_UNDEF && (s.bind === STB.GLOBAL || s.bind === STB.WEAK) && s.name) out.push(s.name);
  }
  return out;
}

function buildIndex(members: ArchiveMember[], archive: string) {
  const index: { symbol: string; memberOffset: number }[] = [];
  for (const m of members) {
    for (const symbol of definedGlobals(m.data, `${archive}(${m.name})`)) index.push({ symbol, memberOffset: m.headerOffset });
  }
  return index;
}

function field(text: string, width: number): string {
  return text.padEnd(width, ' ').slice(0, width);
}

function header(name: string, size: number, mode: string, blankIds = false): string {
  const id = blankIds ? '' : '0';
  return field(name, 16) + field(id, 12) + field(id, 6) + field(id, 6) + field(mode, 8) + field(String(size), 10) + '`\n';
}

/** Writes a GNU ar archive with a symbol index, like `ar rcsD` (members keep their base names). */
export function writeArchive(members: { name: string; data: Uint8Array }[]): Uint8Array {
  // Long names (> 15 characters) go into the `//` member as "name/\n".
  let longText = '';
  const headerNames = members.map((m) => {
    const name = m.name.split('/').pop() ?? m.name;
    if (name.length <= 15) return `${name}/`;
    const at = longText.length;
    longText += `${name}/\n`;
    return `/${at}`;
  });
  if (longText.length & 1) longText += '\n';

  const symbols = members.map((m) => definedGlobals(m.data, m.name));
  const nsyms = symbols.reduce((n, s) => n + s.length, 0);
  const namesBytes = symbols.flat().reduce((n, s) => n + s.length + 1, 0);
  let indexSize = 4 + 4 * nsyms + namesBytes;
  indexSize += indexSize & 1;

  // Member offsets depend on the sizes of the index and name table that precede them.
  let offset = 8 + HEADER_SIZE + indexSize;
  if (longText) offset += HEADER_SIZE + longText.length;
  const offsets = members.map((m) => {
    const at = offset;
    offset += HEADER_SIZE + m.data.length + (m.data.length & 1);
    return at;
  });

  const out = new Uint8Array(offset);
  let pos = 0;
  const putText = (s: string) => { for (let i = 0; i < s.length; i++) out[pos++] = s.charCodeAt(i); };
  putText(ARCHIVE_MAGIC);
  putText(header('/', indexSize, '0'));
  const v = new DataView(out.buffer);
  v.setUint32(pos, nsyms, false);
  pos += 4;
  symbols.forEach((list, i) => list.forEach(() => { v.setUint32(pos, offsets[i], false); pos += 4; }));
  for (const s of symbols.flat()) { putText(s); out[pos++] = 0; }
  if (pos & 1) out[pos++] = 0;
  if (longText) { putText(header('//', longText.length, '', true)); putText(longText); }
  members.forEach((m, i) => {
    putText(header(headerNames[i], m.data.length, '644'));
    out.set(m.data, pos);
    pos += m.data.length;
    if (m.data.length & 1) out[pos++] = 0x0a;
  });
  return out;
}
