// Human-readable machine state for triple faults, deadlocks and traces.

import type { Cpu } from './cpu/cpu.js';
import { getFlags } from './cpu/flags.js';

export type Symbolizer = (address: bigint) => string | undefined;

const NAMES = ['rax', 'rcx', 'rdx', 'rbx', 'rsp', 'rbp', 'rsi', 'rdi', 'r8', 'r9', 'r10', 'r11', 'r12', 'r13', 'r14', 'r15'];
const VECTOR_NAMES: Record<number, string> = {
  0: '#DE', 1: '#DB', 2: 'NMI', 3: '#BP', 4: '#OF', 5: '#BR', 6: '#UD', 7: '#NM', 8: '#DF', 10: '#TS',
  11: '#NP', 12: '#SS', 13: '#GP', 14: '#PF', 16: '#MF', 17: '#AC', 18: '#MC', 19: '#XM',
};

export function hex64(v: bigint | number): string {
  const b = typeof v === 'bigint' ? v : BigInt(Math.trunc(v));
  return BigInt.asUintN(64, b).toString(16).padStart(16, '0');
}

export function describeAddress(address: number, symbolize?: Symbolizer): string {
  const a = BigInt.asUintN(64, BigInt(address));
  const sym = symbolize?.(a);
  return sym ? `${hex64(a)} <${sym}>` : hex64(a);
}

export function vectorName(v: number): string {
  return VECTOR_NAMES[v] ?? `vector ${v}`;
}

/** A register dump in the spirit of a Linux oops / QEMU "info registers". */
export function dumpRegisters(cpu: Cpu, symbolize?: Symbolizer): string {
  const lines: string[] = [];
  lines.push(`RIP: ${describeAddress(cpu.rip, symbolize)}  CPL ${cpu.cpl}`);
  for (let i = 0; i < 16; i += 4) {
    lines.push(NAMES.slice(i, i + 4).map((n, j) => {
      const r = i + j;
      const v = (BigInt(cpu.regs[2 * r + 1] >>> 0) << 32n) | BigInt(cpu.regs[2 * r] >>> 0);
      return `${n.toUpperCase().padStart(3)}: ${hex64(v)}`;
    }).join(' '));
  }
  lines.push(`RFLAGS: ${hex64(getFlags(cpu))}  CS: ${hex(cpu.segSel[1])}  SS: ${hex(cpu.segSel[2])}  DS: ${hex(cpu.segSel[3])}  FS: ${hex(cpu.segSel[4])}  GS: ${hex(cpu.segSel[5])}`);
  lines.push(`CR0: ${hex64(cpu.cr0 >>> 0)}  CR2: ${hex64(cpu.cr2)}  CR3: ${hex64(cpu.cr3)}  CR4: ${hex64(cpu.cr4)}`);
  lines.push(`EFER: ${hex64(cpu.efer)}  FS_BASE: ${hex64(cpu.fsBase)}  GS_BASE: ${hex64(cpu.gsBase)}  KERNEL_GS_BASE: ${hex64(cpu.kernelGsBase)}`);
  lines.push(`GDT: ${hex64(cpu.gdtBase)}/${hex(cpu.gdtLimit)}  IDT: ${hex64(cpu.idtBase)}/${hex(cpu.idtLimit)}  TR: ${hex(cpu.trSel)}`);
  const exceptions = cpu.recentVectors.map(([v, code]) => (code >= 0 ? `${vectorName(v)}(${hex(code)})` : vectorName(v)));
  lines.push(`Last exceptions: ${exceptions.length ? exceptions.join(' ') : '(none)'}`);
  lines.push(`Retired instructions: ${cpu.icount}  virtual time: ${cpu.time} ns`);
  return lines.join('\n');
}

function hex(v: number): string {
  return '0x' + (v >>> 0).toString(16);
}
