/**
 * String instructions written with their operands (`movsb %fs:(%rsi),%es:(%rdi)`,
 * `stos %eax,(%rdi)`, `insl (%dx),(%rdi)`, `xlat (%rbx)`): the operands only name the
 * implicit registers, so they reduce to the bare mnemonic plus what they change — the
 * operand size (from the accumulator), a segment override on the source, and an
 * address-size prefix for %esi/%edi — as GNU as does.
 */

import type { Register } from './registers.js';
import { EncodeError, type Operand } from './encoder.js';

/** The operands each string instruction takes, in AT&T order. */
const SHAPES: Record<string, readonly Shape[]> = {
  movs: ['src', 'dst'],
  cmps: ['dst', 'src'],
  stos: ['acc', 'dst'],
  lods: ['src', 'acc'],
  scas: ['dst', 'acc'],
  ins: ['dx', 'dst'],
  outs: ['src', 'dx'],
  xlat: ['rbx'],
};

type Shape = 'src' | 'dst' | 'acc' | 'dx' | 'rbx';

const SEGMENT_PREFIX = [0x26, 0x2e, 0x36, 0x3e, 0x64, 0x65];
const DS = 3;
const ES = 0;
const SUFFIX: Record<number, string> = { 1: 'b', 2: 'w', 4: 'l', 8: 'q' };

export interface StringInstruction {
  /** The mnemonic with its size suffix (`stosl`), to encode without operands. */
  mnemonic: string;
  prefixes: number[];
}

/** Every string mnemonic spelling (`movs`, `movsb`...) → its base name and size (0: none given). */
const NAMES = new Map<string, { base: string; size: number }>();
for (const base of Object.keys(SHAPES)) {
  NAMES.set(base, { base, size: 0 });
  for (const [letter, size] of [['b', 1], ['w', 2], ['l', 4], ['q', 8]] as const) {
    if (base !== 'xlat' || size === 1) NAMES.set(base + letter, { base, size });
  }
}

/** Rewrites a string instruction that has operands; undefined when `mnemonic` is something else. */
export function stringInstruction<E>(mnemonic: string, ops: Operand<E>[]): StringInstruction | undefined {
  const name = NAMES.get(mnemonic);
  if (!name || ops.length === 0) return undefined;
  const shape = SHAPES[name.base];
  // `movsl %eax,%ebx` and friends are the sign-extending moves, not string operations.
  if (ops.length !== shape.length || ops.some((op, i) => !fitsShape(shape[i], op))) return undefined;
  let size = name.size;
  let seg: Register | null = null;
  let addr32 = false;
  shape.forEach((s, i) => {
    const op = ops[i];
    if (s === 'acc' && op.type === 'reg') {
      if (size !== 0 && size !== op.reg.size) throw new EncodeError(`operand size mismatch for \`${mnemonic}'`);
      size = op.reg.size;
    }
    if (op.type !== 'mem') return;
    addr32 ||= op.base!.size === 4;
    if (s === 'dst' && op.seg && op.seg.num !== ES) throw new EncodeError(`\`${name.base}' operand ${i + 1} must use \`%es' segment`);
    if ((s === 'src' || s === 'rbx') && op.seg) seg = op.seg;
  });
  if (name.base === 'xlat') size = 1;
  // GNU as warns and takes the 32-bit form when nothing gives the size.
  if (size === 0) size = 4;
  const prefixes: number[] = [];
  const override = seg as Register | null;
  if (override && override.num !== DS) prefixes.push(SEGMENT_PREFIX[override.num]);
  if (addr32) prefixes.push(0x67);
  return { mnemonic: name.base + SUFFIX[size], prefixes };
}

function fitsShape<E>(shape: Shape, op: Operand<E>): boolean {
  switch (shape) {
    case 'acc': return op.type === 'reg' && op.reg.cls === 'gpr' && op.reg.num === 0 && !op.reg.highByte;
    case 'dx': return op.type === 'reg' && op.reg.cls === 'gpr' && op.reg.size === 2 && op.reg.num === 2;
    default: {
      if (op.type !== 'mem' || op.index !== null || op.base === null || op.disp.e !== null || op.disp.k !== 0n) return false;
      const want = shape === 'src' ? 6 : shape === 'dst' ? 7 : 3;
      return op.base.cls === 'gpr' && op.base.num === want && (op.base.size === 8 || op.base.size === 4);
    }
  }
}
