/**
 * The x86-64 register file as the assembler and disassembler name it (AT&T, without '%').
 *
 * Every register has a class (what kind of operand it can be), a size in bytes for the
 * general-purpose ones, and its 4-bit number (bit 3 goes into REX.R/X/B).
 */

export type RegClass =
  | 'gpr' // rax..r15 in all four sizes
  | 'xmm'
  | 'seg'
  | 'cr'
  | 'dr'
  | 'st' // x87 %st(i)
  | 'rip'; // only as a base: %rip / %eip

export interface Register {
  readonly name: string;
  readonly cls: RegClass;
  /** Operand size in bytes (gpr: 1, 2, 4, 8; rip: 8 or 4; others 0). */
  readonly size: number;
  readonly num: number;
  /** spl/bpl/sil/dil: need a REX prefix (even an empty one) to be addressed. */
  readonly needsRex: boolean;
  /** ah/ch/dh/bh: cannot be encoded when any REX prefix is present. */
  readonly highByte: boolean;
}

const registers = new Map<string, Register>();

function add(name: string, cls: RegClass, size: number, num: number, needsRex = false, highByte = false): void {
  registers.set(name, { name, cls, size, num, needsRex, highByte });
}

const GPR64 = ['rax', 'rcx', 'rdx', 'rbx', 'rsp', 'rbp', 'rsi', 'rdi'];
const GPR32 = ['eax', 'ecx', 'edx', 'ebx', 'esp', 'ebp', 'esi', 'edi'];
const GPR16 = ['ax', 'cx', 'dx', 'bx', 'sp', 'bp', 'si', 'di'];
const GPR8 = ['al', 'cl', 'dl', 'bl', 'spl', 'bpl', 'sil', 'dil'];
const HIGH8 = ['ah', 'ch', 'dh', 'bh'];
const SEGS = ['es', 'cs', 'ss', 'ds', 'fs', 'gs'];

for (let i = 0; i < 8; i++) {
  add(GPR64[i], 'gpr', 8, i);
  add(GPR32[i], 'gpr', 4, i);
  add(GPR16[i], 'gpr', 2, i);
  add(GPR8[i], 'gpr', 1, i, i >= 4);
}
for (let i = 0; i < 4; i++) add(HIGH8[i], 'gpr', 1, i + 4, false, true);
for (let i = 8; i < 16; i++) {
  add(`r${i}`, 'gpr', 8, i);
  add(`r${i}d`, 'gpr', 4, i);
  add(`r${i}w`, 'gpr', 2, i);
  add(`r${i}b`, 'gpr', 1, i);
  add(`r${i}l`, 'gpr', 1, i); // Intel spelling, accepted by GNU as
}
for (let i = 0; i < 16; i++) {
  add(`xmm${i}`, 'xmm', 16, i);
  add(`cr${i}`, 'cr', 0, i);
  add(`db${i}`, 'dr', 0, i);
  add(`dr${i}`, 'dr', 0, i);
}
for (let i = 0; i < SEGS.length; i++) add(SEGS[i], 'seg', 2, i);
for (let i = 0; i < 8; i++) add(`st(${i})`, 'st', 0, i);
add('st', 'st', 0, 0);
add('rip', 'rip', 8, 0);
add('eip', 'rip', 4, 0);

/** Looks a register up by its name without '%' (lower case); undefined if unknown. */
export function lookupRegister(name: string): Register | undefined {
  return registers.get(name);
}

/** The name of general register `num` at `size` bytes, as objdump prints it. */
export function gprName(num: number, size: number, rex: boolean): string {
  if (num < 8) {
    if (size === 8) return GPR64[num];
    if (size === 4) return GPR32[num];
    if (size === 2) return GPR16[num];
    return !rex && num >= 4 ? HIGH8[num - 4] : GPR8[num];
  }
  if (size === 8) return `r${num}`;
  if (size === 4) return `r${num}d`;
  if (size === 2) return `r${num}w`;
  return `r${num}b`;
}

export const SEGMENT_NAMES = SEGS;
