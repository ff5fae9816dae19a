// A decoded instruction. The decoder fills one of these per guest instruction
// and picks the handler once, so executing it is a single indirect call with
// every operand already resolved (no re-parsing of ModRM/SIB/immediates).

import type { Cpu } from './cpu.js';

export type Handler = (cpu: Cpu, ins: Insn) => void;

/** ModRM.rm/base value meaning "RIP-relative". */
export const BASE_RIP = 16;
/** No base / no index register. */
export const NO_REG = -1;

export class Insn {
  exec: Handler;
  /** Length in bytes. */
  len = 0;
  /** Operand size in bits: 8, 16, 32, 64 (128 for SSE moves where it matters). */
  size = 32;
  /** ModRM.reg with REX.R (or the +r register of short forms). Byte registers AH..BH are 16..19. */
  reg = 0;
  /** Register operand when ModRM.mod == 3 (byte registers AH..BH are 16..19), else -1. */
  rm = -1;
  // Memory operand (valid when rm == -1 and hasModrm).
  base = NO_REG;
  index = NO_REG;
  scaleShift = 0;
  disp = 0;
  /** 0 none, 4 fs, 5 gs (other segment overrides are no-ops in 64-bit mode). */
  seg = 0;
  addr32 = false;
  /** Immediate (low 32 bits, sign-extended as the instruction defines) and high half. */
  imm = 0;
  immHi = 0;
  /** Second immediate (enter), or the condition code / group digit / sub-operation. */
  sub = 0;
  /** 0, 0xF2 or 0xF3. */
  rep = 0;
  /** Prefix 0x66 seen (used by SSE to select packed-double/integer forms). */
  opsize16 = false;
  /** Opcode bytes for diagnostics (0x0fxx for two-byte opcodes). */
  opcode = 0;
  /** True when this instruction must end its basic block (branches, mode changes). */
  endsBlock = false;
  /** True when the machine loop must look at devices/interrupts right after this instruction. */
  exits = false;

  constructor(exec: Handler) {
    this.exec = exec;
  }
}
