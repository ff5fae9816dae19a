/**
 * Instructions objdump prints with more than their table form says: string operations
 * with their implicit operands (`rep stos %al,%es:(%rdi)`), the far returns whose name
 * carries the operand size (`iretq`, `sysretl`, `lretw`), and `66 90` (`xchg %ax,%ax`).
 */

const SEG = ['es', 'cs', 'ss', 'ds', 'fs', 'gs'];

/** The prefixes the decoder has read, as this module needs them. */
export interface PrefixState {
  /** Number of 66 prefixes. */
  opsize: number;
  rep: number;
  lock: boolean;
  seg: number;
  addr32: boolean;
  rex: number;
}

interface StringOp {
  name: string;
  /** Operands in AT&T order: `src` %ds:(%rsi), `dst` %es:(%rdi), `acc` the accumulator, `dx` (%dx). */
  operands: ReadonlyArray<'src' | 'dst' | 'acc' | 'dx' | 'rbx'>;
  /** objdump writes the size as a suffix (movsb) rather than through a register (stos %al). */
  suffix: boolean;
  /** repz/repnz (compare) rather than rep. */
  compares: boolean;
}

const STRING_OPS: Record<number, StringOp> = {
  0xa4: { name: 'movs', operands: ['src', 'dst'], suffix: true, compares: false },
  0xa6: { name: 'cmps', operands: ['dst', 'src'], suffix: true, compares: true },
  0xaa: { name: 'stos', operands: ['acc', 'dst'], suffix: false, compares: false },
  0xac: { name: 'lods', operands: ['src', 'acc'], suffix: false, compares: false },
  0xae: { name: 'scas', operands: ['dst', 'acc'], suffix: false, compares: true },
  0x6c: { name: 'ins', operands: ['dx', 'dst'], suffix: true, compares: false },
  0x6e: { name: 'outs', operands: ['src', 'dx'], suffix: true, compares: false },
};

const ACC: Record<number, string> = { 1: 'al', 2: 'ax', 4: 'eax', 8: 'rax' };
const SUFFIX: Record<number, string> = { 1: 'b', 2: 'w', 4: 'l', 8: 'q' };

function withMnemonic(mnemonic: string, operands: string[]): string {
  return operands.length ? `${mnemonic.padEnd(6)} ${operands.join(',')}` : mnemonic;
}

/** The objdump text of a string instruction or xlat at one-byte opcode `op`; undefined for others. */
export function stringText(op: number, p: PrefixState): string | undefined {
  if (op === 0xd7) return withMnemonic('xlat', [`%${SEG[p.seg >= 0 ? p.seg : 3]}:(%${p.addr32 ? 'ebx' : 'rbx'})`]);
  const base = STRING_OPS[op & ~1];
  if (!base) return undefined;
  const rexW = (p.rex & 8) !== 0;
  const size = (op & 1) === 0 ? 1 : rexW && base.name !== 'ins' && base.name !== 'outs' ? 8 : p.opsize ? 2 : 4;
  // In 64-bit mode objdump shows only an %fs/%gs override on the source; es/cs/ss/ds mean ds.
  const srcSeg = p.seg === 4 || p.seg === 5 ? p.seg : 3;
  const si = p.addr32 ? 'esi' : 'rsi';
  const di = p.addr32 ? 'edi' : 'rdi';
  const operands = base.operands.map((o) => {
    switch (o) {
      case 'src': return `%${SEG[srcSeg]}:(%${si})`;
      case 'dst': return `%es:(%${di})`;
      case 'acc': return `%${ACC[size]}`;
      default: return '(%dx)';
    }
  });
  let mnemonic = base.suffix ? base.name + SUFFIX[size] : base.name;
  if (p.rep) mnemonic = `${base.compares ? (p.rep === 0xf3 ? 'repz' : 'repnz') : p.rep === 0xf3 ? 'rep' : 'repnz'} ${mnemonic}`;
  if (p.lock) mnemonic = `lock ${mnemonic}`;
  return withMnemonic(mnemonic, operands);
}

/** Far returns and sysret/sysexit: objdump names their operand size (iretq, lretw, sysretl). */
export function farReturnName(opcode: readonly number[], p: PrefixState): string | undefined {
  const rexW = (p.rex & 8) !== 0;
  const key = opcode.join(',');
  if (key === '15,7' || key === '15,53') return `${key === '15,7' ? 'sysret' : 'sysexit'}${rexW ? 'q' : 'l'}`;
  if (key === '207' || key === '203' || key === '202') {
    const base = key === '207' ? 'iret' : 'lret';
    return base + (rexW ? 'q' : p.opsize ? 'w' : '');
  }
  return undefined;
}
