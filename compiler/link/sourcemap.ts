/**
 * Source maps for executables and symbolizing addresses.
 *
 * The map is a Source Map v3 document with one generated line: the generated column of a
 * mapping is the code address minus the image base (the lowest PT_LOAD address, recorded
 * as "x_tcclite_imageBase" in the JSON), and the original position is the C file and
 * line from the assembler's `.tcclite.lines` table.
 *
 * The source-map package's consumer is asynchronous (WebAssembly), which does not suit a
 * fault printer; the mappings use only four fields, so decoding them here is simpler.
 */

import { SourceMapGenerator } from 'source-map';
import type { LinkedSymbol } from './symbols.js';

export interface LineRecord {
  address: bigint;
  file: string;
  line: number;
}

export function buildSourceMap(records: LineRecord[], imageBase: bigint, file: string): string {
  const gen = new SourceMapGenerator({ file });
  const sorted = [...records].sort((a, b) => (a.address < b.address ? -1 : a.address > b.address ? 1 : 0));
  for (const r of sorted) {
    if (r.address < imageBase) continue;
    gen.addMapping({
      generated: { line: 1, column: Number(r.address - imageBase) },
      original: { line: r.line, column: 0 },
      source: r.file,
    });
  }
  const json = gen.toJSON() as unknown as Record<string, unknown>;
  json.x_tcclite_imageBase = `0x${imageBase.toString(16)}`;
  return JSON.stringify(json);
}

/** A decoded source map: sorted code offsets with their file and line. */
export interface SourceLineTable {
  imageBase: bigint;
  offsets: number[];
  files: string[];
  lines: number[];
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function decodeVlq(s: string, pos: { i: number }): number {
  let result = 0;
  let shift = 0;
  for (;;) {
    const digit = BASE64.indexOf(s[pos.i++]);
    if (digit < 0) throw new Error('bad VLQ digit');
    result += (digit & 31) * 2 ** shift;
    shift += 5;
    if ((digit & 32) === 0) break;
  }
  return result % 2 === 1 ? -(result - 1) / 2 : result / 2;
}

/** Parses a source map written by buildSourceMap. Returns undefined for anything else. */
export function parseSourceMap(json: string): SourceLineTable | undefined {
  let doc: { sources?: string[]; mappings?: string; x_tcclite_imageBase?: string };
  try { doc = JSON.parse(json) as typeof doc; } catch { return undefined; }
  if (!doc.mappings || !doc.sources || !doc.x_tcclite_imageBase) return undefined;
  const table: SourceLineTable = { imageBase: BigInt(doc.x_tcclite_imageBase), offsets: [], files: [], lines: [] };
  const firstLine = doc.mappings.split(';')[0];
  let col = 0;
  let src = 0;
  let line = 0;
  try {
    for (const seg of firstLine.split(',')) {
      if (!seg) continue;
      const pos = { i: 0 };
      col += decodeVlq(seg, pos);
      if (pos.i >= seg.length) continue;
      src += decodeVlq(seg, pos);
      line += decodeVlq(seg, pos);
      table.offsets.push(col);
      table.files.push(doc.sources[src]);
      table.lines.push(line + 1);
    }
  } catch {
    return undefined;
  }
  return table;
}

function lookupLine(table: SourceLineTable, addr: bigint): string | undefined {
  const off = Number(addr - table.imageBase);
  let lo = 0;
  let hi = table.offsets.length - 1;
  if (hi < 0 || off < table.offsets[0]) return undefined;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (table.offsets[mid] <= off) lo = mid;
    else hi = mid - 1;
  }
  return `${table.files[lo]}:${table.lines[lo]}`;
}

/** Prefer a sized function over a marker like `_text` that shares its address. */
function rank(s: LinkedSymbol): number {
  return (s.size > 0n ? 4 : 0) + ('TtWw'.includes(s.type) ? 2 : 0) + (s.name.startsWith('_') ? 0 : 1);
}

const sortedCache = new WeakMap<Map<string, LinkedSymbol>, LinkedSymbol[]>();

function sortedSymbols(symbols: Map<string, LinkedSymbol>): LinkedSymbol[] {
  let list = sortedCache.get(symbols);
  if (!list) {
    // Absolute symbols are numbers, not places in the code.
    list = [...symbols.values()].filter((s) => s.type !== 'A' && s.type !== 'a');
    // At equal addresses the best name sorts last, where the search below lands.
    list.sort((a, b) => (a.address < b.address ? -1 : a.address > b.address ? 1 : rank(a) - rank(b)));
    sortedCache.set(symbols, list);
  }
  return list;
}

/**
 * `sys_stephen+0x1c`, plus ` (kernel/sys.c:2390)` when a line table is given and covers the
 * address. Addresses below every symbol print as plain hex.
 */
export function symbolize(symbols: Map<string, LinkedSymbol>, addr: bigint, lines?: SourceLineTable): string {
  const list = sortedSymbols(symbols);
  let lo = 0;
  let hi = list.length - 1;
  let found: LinkedSymbol | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].address <= addr) { found = list[mid]; lo = mid + 1; } else hi = mid - 1;
  }
  let text = found ? `${found.name}+0x${(addr - found.address).toString(16)}` : `0x${addr.toString(16)}`;
  const where = lines ? lookupLine(lines, addr) : undefined;
  if (where) text += ` (${where})`;
  return text;
}
