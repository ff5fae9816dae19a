// System.map parsing and address → "symbol+0xoff" lookup.

import type { Symbolizer } from './report.js';

export interface MapSymbol {
  address: bigint;
  name: string;
}

/** Parses `nm`-style lines: "ffffffff81000000 T _text". Unparseable lines are skipped. */
export function parseSystemMap(text: string): MapSymbol[] {
  const symbols: MapSymbol[] = [];
  for (const line of text.split('\n')) {
    const m = /^([0-9a-fA-F]+)\s+(\S)\s+(\S+)/.exec(line.trim());
    if (!m) continue;
    if ('aAuUwWvV'.includes(m[2]) && m[2] !== 'A' && m[2] !== 'a') continue;
    symbols.push({ address: BigInt('0x' + m[1]), name: m[3] });
  }
  symbols.sort((a, b) => (a.address < b.address ? -1 : a.address > b.address ? 1 : 0));
  return symbols;
}

/** A symbolizer answering "name+0xoff" for the closest symbol at or below an address. */
export function symbolizerFromSystemMap(text: string): Symbolizer {
  const symbols = parseSystemMap(text);
  return (address: bigint): string | undefined => {
    let lo = 0, hi = symbols.length - 1, best = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (symbols[mid].address <= address) { best = mid; lo = mid + 1; } else hi = mid - 1;
    }
    if (best < 0) return undefined;
    const s = symbols[best];
    const off = address - s.address;
    if (off > 0x100000n) return undefined;
    return off === 0n ? s.name : `${s.name}+0x${off.toString(16)}`;
  };
}
