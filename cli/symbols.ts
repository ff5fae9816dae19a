/**
 * Address → symbol lookup from a System.map (`nm -n` format: "ffffffff81000000 T _text"),
 * for symbolized fault reports: `sys_stephen+0x1c`.
 */
export interface MapSymbol {
  address: bigint;
  type: string;
  name: string;
}

export class SymbolTable {
  private readonly symbols: MapSymbol[];

  constructor(symbols: MapSymbol[]) {
    this.symbols = [...symbols].sort((a, b) => (a.address < b.address ? -1 : a.address > b.address ? 1 : 0));
  }

  static fromSystemMap(text: string): SymbolTable {
    const symbols: MapSymbol[] = [];
    for (const line of text.split('\n')) {
      const m = /^([0-9a-fA-F]+)\s+(\S)\s+(\S+)/.exec(line);
      // Absolute symbols (A) and section-less markers are no help in naming code.
      if (m && m[2] !== 'A' && m[2] !== 'a') symbols.push({ address: BigInt('0x' + m[1]), type: m[2], name: m[3] });
    }
    return new SymbolTable(symbols);
  }

  /** The closest symbol at or below the address, as `name+0xoff`; undefined when none. */
  symbolize(address: bigint): string | undefined {
    let lo = 0;
    let hi = this.symbols.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.symbols[mid].address <= address) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    if (found < 0) return undefined;
    const s = this.symbols[found];
    const off = address - s.address;
    // Past 1 MiB from the nearest symbol we are surely not inside it.
    if (off > 0x100000n) return undefined;
    return off === 0n ? s.name : `${s.name}+0x${off.toString(16)}`;
  }
}
