/**
 * The executable's symbol table, System.map and symbolizing.
 *
 * The type letters are nm's: T/t code, R/r read-only data, D/d data, B/b zero-initialised,
 * A/a absolute, W/w weak (V/v weak object); lower case for local symbols. Hidden globals
 * become local in the output, as with ld, so nm shows them in lower case too.
 */

import { SHF_ALLOC, SHF_EXECINSTR, SHF_WRITE, SHN_ABS, SHT, STB, STT, STV } from '../elf/constants.js';
import { globalAddress, globalSection, symbolAddress } from './address.js';
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
  const hiddenGlobals: OutputSymbol[] = [];
  const out: OutputSymbol[] = [];
  for (const obj of objects) {
    let fileSymbol: OutputSymbol | undefined;
    for (let i = 1; i < obj.elf.firstGlobal; i++) {
      const s = obj.elf.symbols[i];
      if (s.type === STT.FILE) {
        fileSymbol = { name: s.name, value: 0n, size: 0n, bind: STB.LOCAL, type: STT.FILE, visibility: 0, letter: '' };
        continue;
      }
      if (s.type === STT.SECTION || !s.name || s.name.startsWith('.L')) continue;
      const section = s.shndx === SHN_ABS ? undefined : obj.sections[s.shndx]?.output;
      if (s.shndx !== SHN_ABS && (!section || !emittedSet.has(section))) continue;
      const value = symbolAddress(obj, s);
      if (value === undefined) continue;
      if (fileSymbol) { locals.push(fileSymbol); fileSymbol = undefined; }
      locals.push({ name: s.name, value: inTemplate(value, s.type), size: s.size, bind: STB.LOCAL, type: s.type, visibility: s.visibility, section, letter: letterFor(section, true, false, false) });
    }
  }
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
    const hidden = g.scriptValue !== undefined ? g.scriptHidden === true : def !== undefined && def.symbol.visibility !== STV.DEFAULT && def.symbol.visibility !== STV.PROTECTED;
    const weak = def?.weak === true && !hidden;
    const type = def ? (def.common ? STT.OBJECT : def.symbol.type) : STT.NOTYPE;
    const sym: OutputSymbol = {
      name: g.name, value: inTemplate(value, type), size: def?.symbol.size ?? 0n, bind: hidden ? STB.LOCAL : weak ? STB.WEAK : STB.GLOBAL,
      type, visibility: hidden ? STV.HIDDEN : 0, section, letter: letterFor(section, hidden, weak, type === STT.OBJECT),
    };
    (hidden ? hiddenGlobals : out).push(sym);
  }
  return [...locals, ...hiddenGlobals, ...out];
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
