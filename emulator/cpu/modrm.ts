// Decoding state and the ModRM/SIB operand parser, shared by the table-driven decoder
// (decode.ts), the x87 escapes (ops-x87.ts) and the handler mapping (handler-map.ts).

import { BASE_RIP, Insn, NO_REG } from './insn.js';

/** Reads one code byte at a linear address (may raise #PF). */
export type CodeReader = (linear: number) => number;

const NO_WINDOW = new Uint8Array(0);

/** Decoding state for one instruction. */
export class DecodeContext {
  pos = 0;
  rex = 0;
  opsize = false;
  addr32 = false;
  rep = 0;
  seg = 0;
  lock = false;
  /** The last opcode byte (the one a +r register or a condition code lives in). */
  op = 0;
  /** The register in the opcode byte's low 3 bits (with REX.B) for +r forms, else -1. */
  zreg = -1;
  /** Operand size in bits the chosen form gets from the prefixes (binders may refine it). */
  size = 32;
  /** ModRM.reg's low 3 bits: the /digit of group opcodes. */
  digit = 0;
  // The REX bits, spread out once the prefixes are read (setRex): the ModRM parser and
  // the binders ask for them on nearly every instruction.
  rexW = false;
  rexR = 0;
  rexX = 0;
  rexB = 0;

  /**
   * Reads code at `start` through `read`, except that the first `windowLength` bytes come
   * straight from window[windowStart...] (the block builder passes the page's bytes in RAM:
   * no call per byte, and `read` is left for a page-straddling tail).
   */
  constructor(
    readonly read: CodeReader, readonly start: number,
    readonly window: Uint8Array = NO_WINDOW, readonly windowStart = 0, readonly windowLength = 0,
  ) {}

  byte(): number {
    const pos = this.pos;
    if (pos >= 15) throw new DecodeError();
    this.pos = pos + 1;
    return pos < this.windowLength ? this.window[this.windowStart + pos] : this.read(this.start + pos);
  }
  /** The next code byte without consuming it. */
  peek(): number {
    const pos = this.pos;
    if (pos >= 15) throw new DecodeError();
    return pos < this.windowLength ? this.window[this.windowStart + pos] : this.read(this.start + pos);
  }
  int8(): number { return (this.byte() << 24) >> 24; }
  int16(): number { const lo = this.byte(); return lo | (this.byte() << 8); }
  int32(): number { const a = this.byte(), b = this.byte(), c = this.byte(); return a | (b << 8) | (c << 16) | (this.byte() << 24); }
  /** Called when the prefixes are read: `rex` is the REX byte in force (0 if none). */
  setRex(): void {
    const rex = this.rex;
    this.rexW = (rex & 8) !== 0;
    this.rexR = (rex & 4) << 1;
    this.rexX = (rex & 2) << 2;
    this.rexB = (rex & 1) << 3;
  }
  /** Operand size of "v" operands. */
  get vsize(): number { return this.rexW ? 64 : this.opsize ? 16 : 32; }
  /** Operand size of default-64 instructions (push, pop, near branches). */
  get dsize(): number { return this.opsize ? 16 : 64; }
}

/** Too long (> 15 bytes): the CPU raises #GP(0). */
export class DecodeError {}

/** Parses ModRM (+SIB, displacement) into ins. Returns the ModRM.reg field (with REX.R). */
export function modrm(d: DecodeContext, ins: Insn): number {
  const m = d.byte();
  const mod = m >> 6, rm = m & 7;
  ins.reg = ((m >> 3) & 7) | d.rexR;
  ins.seg = d.seg;
  ins.addr32 = d.addr32;
  if (mod === 3) {
    ins.rm = rm | d.rexB;
    return ins.reg;
  }
  ins.rm = -1;
  if (rm === 4) {
    const sib = d.byte();
    const index = ((sib >> 3) & 7) | d.rexX;
    ins.index = index === 4 ? NO_REG : index;
    ins.scaleShift = sib >> 6;
    if ((sib & 7) === 5 && mod === 0) {
      ins.base = NO_REG;
      ins.disp = d.int32();
    } else {
      ins.base = (sib & 7) | d.rexB;
    }
  } else if (rm === 5 && mod === 0) {
    ins.base = BASE_RIP;
    ins.disp = d.int32();
  } else {
    ins.base = rm | d.rexB;
  }
  if (mod === 1) ins.disp = d.int8();
  else if (mod === 2) ins.disp = d.int32();
  return ins.reg;
}

/** Without any REX prefix, byte registers 4..7 are AH, CH, DH, BH (encoded 16..19). */
export function fixByteRegs(d: DecodeContext, ins: Insn): void {
  if (d.rex !== 0) return;
  if (ins.reg >= 4 && ins.reg < 8) ins.reg += 12;
  if (ins.rm >= 4 && ins.rm < 8) ins.rm += 12;
}

/** Like fixByteRegs, for instructions where only the r/m operand is a byte register. */
export function fixByteRm(d: DecodeContext, ins: Insn): void {
  if (d.rex === 0 && ins.rm >= 4 && ins.rm < 8) ins.rm += 12;
}
