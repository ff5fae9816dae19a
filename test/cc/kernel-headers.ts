/**
 * The generated headers a kernel build writes (docs/architecture.md), enough to preprocess
 * kernel-src files outside a build: for tests that compile kernel files on their own.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { autoconfHeader, parseKconfig } from '../../cli/build/kconfig.js';
import { parseSyscallTable, syscallMax, syscallsHeader, unistdHeader } from '../../cli/build/syscalltbl.js';

/** Writes them under `gen` for the kernel tree `src`. */
export function generateKernelHeaders(src: string, gen: string): void {
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(gen, path)), { recursive: true });
    writeFileSync(join(gen, path), text);
  };
  const config = parseKconfig(readFileSync(join(src, '.config'), 'utf8'));
  const table = parseSyscallTable(readFileSync(join(src, 'arch/x86/entry/syscalls/syscall_64.tbl'), 'utf8'), 'syscall_64.tbl');
  write('include/generated/autoconf.h', autoconfHeader(config));
  write('include/generated/utsrelease.h', '#define UTS_RELEASE "4.7.1-test"\n');
  write('include/generated/compile.h', '#define UTS_MACHINE "x86_64"\n#define UTS_VERSION "#1 SMP"\n#define LINUX_COMPILE_BY "t"\n#define LINUX_COMPILE_HOST "t"\n#define LINUX_COMPILER "tcc-lite"\n');
  write('arch/x86/include/generated/asm/syscalls_64.h', syscallsHeader(table));
  write('arch/x86/include/generated/uapi/asm/unistd_64.h', unistdHeader(table));
  write('include/generated/asm-offsets.h', `#define __NR_syscall_max ${syscallMax(table, false)}\n`);
}
