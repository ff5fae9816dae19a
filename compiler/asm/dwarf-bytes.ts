/**
 * Bytes of a DWARF section being written (dwarf.ts, dwarf-line-table.ts): integers,
 * LEB128s, strings, and fields the linker fills (relocations).
 */

import type { Assembler } from './assembler.js';
import type { Expr, Section, Sym } from './model.js';

/**
 * Bytes of one debug section with the places that need a relocation; `emit` hands them
 * to the assembler (the relocated fields stay zero, the addend is in the relocation).
 */
export class DebugBytes {
  readonly bytes: number[] = [];
  private readonly fields: { at: number; expr: Expr; size: 4 | 8 }[] = [];

  u8(v: number): void { this.bytes.push(v & 0xff); }
  u16(v: number): void { this.u8(v); this.u8(v >> 8); }
  u32(v: number): void { this.u16(v); this.u16(v >>> 16); }
  u64(v: number): void { this.u32(v % 2 ** 32); this.u32(Math.floor(v / 2 ** 32)); }
  uleb(v: number): void { this.bytes.push(...uleb128(v)); }
  sleb(v: number): void { this.bytes.push(...sleb128(v)); }
  /** A NUL-terminated string: `.file` names are bytes (latin1), symbol names UTF-8 as in .strtab. */
  string(s: string, encoding: 'latin1' | 'utf8' = 'latin1'): void { this.bytes.push(...Buffer.from(s, encoding), 0); }
  /** A field holding `symbol + addend` once linked. */
  address(symbol: Sym, addend: number, size: 4 | 8 = 8): void {
    this.fields.push({ at: this.bytes.length, expr: { add: symbol, sub: null, k: BigInt(addend), mod: '' }, size });
    for (let i = 0; i < size; i++) this.bytes.push(0);
  }
  /** Writes a 32-bit length at `at` (DWARF's unit_length and header_length). */
  patch32(at: number, v: number): void {
    for (let i = 0; i < 4; i++) this.bytes[at + i] = (v >>> (8 * i)) & 0xff;
  }

  /** Appends the bytes to `sec`, after what it holds already. */
  emit(as: Assembler, sec: Section): void {
    as.withSection(sec, () => {
      let done = 0;
      for (const f of this.fields) {
        as.emitBytes(this.bytes.slice(done, f.at));
        as.emitValue(f.expr, f.size);
        done = f.at + f.size;
      }
      as.emitBytes(this.bytes.slice(done));
    });
  }
}

/** The bytes of `v` as a ULEB128. */
export function uleb128(v: number): number[] {
  const out: number[] = [];
  for (; v >= 128; v = Math.floor(v / 128)) out.push((v % 128) | 0x80);
  out.push(v);
  return out;
}

/** How many bytes `v` takes as a ULEB128. */
export function ulebSize(v: number): number {
  let n = 1;
  for (; v >= 128; v = Math.floor(v / 128)) n++;
  return n;
}

/** The bytes of `v` as a SLEB128. */
export function sleb128(v: number): number[] {
  const out: number[] = [];
  for (;;) {
    const b = ((v % 128) + 128) % 128;
    v = Math.floor(v / 128);
    const done = (v === 0 && (b & 0x40) === 0) || (v === -1 && (b & 0x40) !== 0);
    out.push(done ? b : b | 0x80);
    if (done) return out;
  }
}
