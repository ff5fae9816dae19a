/**
 * The executable's symbol table, System.map and symbolizing.
 *
 * The type letters are nm's: T/t code, R/r read-only data, D/d data, B/b zero-initialised,
 * A/a absolute, W/w weak (V/v weak object); lower case for local symbols. As with ld in a
 * static link, an object's hidden globals stay global (nm shows them in upper case); a
 * script's PROVIDE_HIDDEN symbols become local.
 */

import { SHF_ALLOC, SHF_EXECINSTR, SHF_WRITE, SHN_ABS, SHT, STB, STT, STV } from '../elf/constants.js';
import { globalAddress, globalSection, symbolAddress } from './address.js';
import { hashTableOrder } from './hash-order.js';
import type { GlobalSymbol, InputObject, OutputSection } from './types.js';

export interface LinkedSymbol {
  name: string;
  address: bigint;
  size: bigint;
  /** nm's type letter. */
  type: string;
}

/** One entry of the output .symtab. */
export interface OutputSymbol {
  name: string;
  value: bigint;
  size: bigint;
  bind: number;
  type: number;
  visibility: number;
  /** Output section, or undefined for absolute symbols (and FILE symbols). */
  section?: OutputSection;
  letter: string;
}

function letterFor(section: OutputSection | undefined, local: boolean, weak: boolean, isObject: boolean): string {
  let c: string;
  if (weak) return isObject ? 'V' : 'W';
  if (!section) c = 'A';
  else if (section.flags & SHF_EXECINSTR) c = 'T';
  else if (section.type === SHT.NOBITS) c = 'B';
  else if (section.flags & SHF_WRITE) c = 'D';
  else c = 'R';
  return local ? c.toLowerCase() : c;
}

/** The section a script symbol outside any output section belongs to: the one containing its value, or the one before. */
function sectionByAddress(sections: OutputSection[], value: bigint): OutputSection | undefined {
  let best: OutputSection | undefined;
  for (const s of sections) {
    if ((s.flags & SHF_ALLOC) === 0) continue;
    if (s.addr <= value && value < s.addr + BigInt(s.size)) return s;
    if (s.addr <= value && (!best || s.addr >= best.addr)) best = s;
  }
  return best ?? sections.find((s) => s.flags & SHF_ALLOC);
}

/**
 * The output's symbol table. `tlsBase` is the PT_TLS segment's address: as ld does, a
 * thread-local symbol's value is its offset in the TLS template, not an address.
 */
export function buildOutputSymbols(
  objects: InputObject[], globals: Map<string, GlobalSymbol>, emitted: OutputSection[], tlsBase?: bigint,
): OutputSymbol[] {
  const inTemplate = (value: bigint, type: number) => (type === STT.TLS && tlsBase !== undefined ? value - tlsBase : value);
  const emittedSet = new Set(emitted);
  const locals: OutputSymbol[] = [];
  for (const obj of objects) locals.push(...objectLocals(obj, emittedSet, inTemplate));
  const linkerLocals: OutputSymbol[] = [];
  const out: OutputSymbol[] = [];
  for (const g of globals.values()) {
    const value = globalAddress(g);
    // Undefined weak references resolve to 0; ld leaves them out of a static executable.
    if (value === undefined) continue;
    let section: OutputSection | undefined;
    if (g.scriptValue !== undefined) {
      section = g.scriptAbsolute ? undefined : g.scriptSection ?? sectionByAddress(emitted, value);
    } else if (g.def && g.def.symbol.shndx !== SHN_ABS) {
      section = globalSection(g)?.output;
      if (!section || !emittedSet.has(section)) continue; // defined in a discarded section
    }
    const def = g.scriptValue === undefined ? g.def : undefined;
    // A script's PROVIDE_HIDDEN symbol becomes local (its visibility dropped); an object's
    // hidden symbol stays global with its visibility: a static link hides nothing more.
    const scriptLocal = g.scriptValue !== undefined && g.scriptHidden === true;
    const weak = def?.weak === true;
    const type = def ? (def.common ? STT.OBJECT : def.symbol.type) : STT.NOTYPE;
    const sym: OutputSymbol = {
      name: g.name, value: inTemplate(value, type), size: def?.symbol.size ?? 0n, bind: scriptLocal ? STB.LOCAL : weak ? STB.WEAK : STB.GLOBAL,
      type, visibility: def?.symbol.visibility ?? STV.DEFAULT, section, letter: letterFor(section, scriptLocal, weak, type === STT.OBJECT),
    };
    (scriptLocal ? linkerLocals : out).push(sym);
  }
  // ld writes the global symbols in the order of its symbol hash table.
  const order = hashTableOrder([...globals.keys()]);
  const byOrder = (a: OutputSymbol, b: OutputSymbol) => order.get(a.name)! - order.get(b.name)!;
  linkerLocals.sort(byOrder);
  out.sort(byOrder);
  // ld puts the locals it made itself after a FILE symbol with no name.
  if (linkerLocals.length > 0) linkerLocals.unshift(fileSymbol(''));
  return [...locals, ...linkerLocals, ...out];
}

function fileSymbol(name: string): OutputSymbol {
  return { name, value: 0n, size: 0n, bind: STB.LOCAL, type: STT.FILE, visibility: 0, letter: '' };
}

/**
 * An object's local symbols that are in the image, after its FILE symbols. As ld, an
 * object without a FILE symbol (assembled from a .s) gets one with its file name when it
 * has locals to show.
 */
function objectLocals(obj: InputObject, emitted: Set<OutputSection>, inTemplate: (value: bigint, type: number) => bigint): OutputSymbol[] {
  const list: OutputSymbol[] = [];
  let hasFile = false;
  for (let i = 1; i < obj.elf.firstGlobal; i++) {
    const s = obj.elf.symbols[i];
    if (s.type === STT.FILE) {
      list.push(fileSymbol(s.name));
      hasFile = true;
      continue;
    }
    if (s.type === STT.SECTION || !s.name || s.name.startsWith('.L')) continue;
    const section = s.shndx === SHN_ABS ? undefined : obj.sections[s.shndx]?.output;
    if (s.shndx !== SHN_ABS && (!section || !emitted.has(section))) continue;
    const value = symbolAddress(obj, s);
    if (value === undefined) continue;
    list.push({ name: s.name, value: inTemplate(value, s.type), size: s.size, bind: STB.LOCAL, type: s.type, visibility: s.visibility, section, letter: letterFor(section, true, false, false) });
  }
  if (!hasFile && list.length > 0) list.unshift(fileSymbol(obj.fileName));
  return list;
}

/** `nm -n` output: defined symbols by address, then name (FILE symbols are not listed). */
export function formatSystemMap(symbols: OutputSymbol[]): string {
  const listed = symbols.filter((s) => s.type !== STT.FILE);
  listed.sort((a, b) => (a.value < b.value ? -1 : a.value > b.value ? 1 : a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return listed.map((s) => `${s.value.toString(16).padStart(16, '0')} ${s.letter} ${utf8Name(s.name)}\n`).join('');
}

/**
 * Names are read as latin1 (one char per byte: fast, and they round-trip into the output
 * symbol table), but a C identifier with extended characters is UTF-8: print it as such,
 * the bytes nm would print.
 */
function utf8Name(name: string): string {
  return /[\x80-\xff]/.test(name) ? Buffer.from(name, 'latin1').toString('utf8') : name;
}

export function symbolMap(symbols: OutputSymbol[]): Map<string, LinkedSymbol> {
  const map = new Map<string, LinkedSymbol>();
  // Globals come last in the list; let them win over statics of the same name.
  for (const s of symbols) {
    if (s.type === STT.FILE) continue;
    if (map.has(s.name) && s.bind === STB.LOCAL) continue;
    map.set(s.name, { name: s.name, address: s.value, size: s.size, type: s.letter });
  }
  return map;
}

/** Reads a System.map (or `nm -n` output) back into the symbols map. */
export function parseSystemMap(text: string): Map<string, LinkedSymbol> {
  const map = new Map<string, LinkedSymbol>();
  for (const line of text.split('\n')) {
    const m = /^([0-9a-fA-F]+) (\S) (\S+)$/.exec(line.trim());
    if (m && !map.has(m[3])) map.set(m[3], { name: m[3], address: BigInt(`0x${m[1]}`), size: 0n, type: m[2] });
  }
  return map;
}
