/**
 * The system-call table generators, doing what Linux's arch/x86/entry/syscalls/
 * syscalltbl.sh and syscallhdr.sh do with syscall_64.tbl:
 *
 *   329	common	stephen	sys_stephen
 *   ──► __SYSCALL_64(329, sys_stephen, )         (asm/syscalls_64.h, included by syscall_64.c)
 *   ──► #define __NR_stephen 329                  (uapi/asm/unistd_64.h)
 *
 * plus __NR_syscall_max, which Linux derives in asm-offsets_64.c.
 */
import { CompileError } from '../../compiler/diagnostics.js';

export interface SyscallEntry {
  nr: number;
  abi: string; // common, 64 or x32
  name: string;
  entry: string; // may be empty: the slot stays sys_ni_syscall
  line: number;
}

/** Parses the table: lines starting with a digit, fields split on any whitespace. */
export function parseSyscallTable(text: string, file: string): SyscallEntry[] {
  const entries: SyscallEntry[] = [];
  const seen = new Map<string, number>();
  text.split('\n').forEach((raw, i) => {
    if (!/^[0-9]/.test(raw)) return;
    const fields = raw.trim().split(/\s+/);
    const loc = { file, line: i + 1, col: 1 };
    if (fields.length < 3) throw new CompileError(`malformed system call line (want "<number> <abi> <name> [<entry point>]"): '${raw}'`, loc);
    const [nrText, abi, name, entry = ''] = fields;
    if (!/^[0-9]+$/.test(nrText)) throw new CompileError(`bad system call number '${nrText}'`, loc);
    if (!['common', '64', 'x32'].includes(abi)) throw new CompileError(`unknown ABI '${abi}' (want common, 64 or x32)`, loc);
    const nr = Number(nrText);
    const key = `${abi === 'x32' ? 'x32' : '64'}:${nr}`;
    const previous = seen.get(key);
    if (previous !== undefined) {
      throw new CompileError(`system call number ${nr} is already used on line ${previous}`, loc);
    }
    seen.set(key, i + 1);
    entries.push({ nr, abi, name, entry, line: i + 1 });
  });
  return entries.sort((a, b) => a.nr - b.nr);
}

/** asm/syscalls_64.h, as syscalltbl.sh writes it. */
export function syscallsHeader(entries: SyscallEntry[]): string {
  const out: string[] = [];
  for (const e of entries) {
    if (e.entry === '') continue;
    const [fn, qualifier = ''] = e.entry.split('/');
    const line = `__SYSCALL_64(${e.nr}, ${fn}, ${qualifier})`;
    if (e.abi === 'x32') out.push('#ifdef CONFIG_X86_X32_ABI', line, '#endif');
    else out.push(line);
  }
  return out.join('\n') + '\n';
}

/** uapi/asm/unistd_64.h, as syscallhdr.sh writes it for the common and 64 ABIs. */
export function unistdHeader(entries: SyscallEntry[]): string {
  const guard = '_ASM_X86_UNISTD_64_H';
  const out = [`#ifndef ${guard}`, `#define ${guard} 1`, ''];
  for (const e of entries) if (e.abi !== 'x32') out.push(`#define __NR_${e.name} ${e.nr}`);
  out.push('', `#endif /* ${guard} */`);
  return out.join('\n') + '\n';
}

/** The highest number with an entry point, as asm-offsets_64.c computes it. */
export function syscallMax(entries: SyscallEntry[], x32Enabled: boolean): number {
  let max = -1;
  for (const e of entries) {
    if (e.entry === '' || (e.abi === 'x32' && !x32Enabled)) continue;
    max = Math.max(max, e.nr);
  }
  return max;
}
