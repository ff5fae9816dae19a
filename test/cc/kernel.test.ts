/**
 * Every C file of kernel-src compiles in the kernel code model, GNU as accepts the
 * result, and no SSE/x87 instruction appears in it (the kernel has no FPU state).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { autoconfHeader, parseKconfig } from '../../cli/build/kconfig.js';
import { kernelSources } from '../../cli/build/kbuild.js';
import { kernelIncludePaths } from '../../cli/build/kernel.js';
import { parseSyscallTable, syscallMax, syscallsHeader, unistdHeader } from '../../cli/build/syscalltbl.js';
import { compileC } from '../../compiler/cc/index.js';
import { workDir } from './helpers.js';

const src = join(import.meta.dirname, '../../kernel-src');
const gen = join(workDir, 'kernel-gen');

function write(path: string, text: string): void {
  mkdirSync(dirname(join(gen, path)), { recursive: true });
  writeFileSync(join(gen, path), text);
}

/** The generated headers the build would write (docs/architecture.md), enough to preprocess. */
function generateHeaders(): void {
  const config = parseKconfig(readFileSync(join(src, '.config'), 'utf8'));
  const table = parseSyscallTable(readFileSync(join(src, 'arch/x86/entry/syscalls/syscall_64.tbl'), 'utf8'), 'syscall_64.tbl');
  write('include/generated/autoconf.h', autoconfHeader(config));
  write('include/generated/utsrelease.h', '#define UTS_RELEASE "4.7.1-test"\n');
  write('include/generated/compile.h', '#define UTS_MACHINE "x86_64"\n#define UTS_VERSION "#1 SMP"\n#define LINUX_COMPILE_BY "t"\n#define LINUX_COMPILE_HOST "t"\n#define LINUX_COMPILER "tcc-lite"\n');
  write('arch/x86/include/generated/asm/syscalls_64.h', syscallsHeader(table));
  write('arch/x86/include/generated/uapi/asm/unistd_64.h', unistdHeader(table));
  write('include/generated/asm-offsets.h', `#define __NR_syscall_max ${syscallMax(table, false)}\n`);
}

const haveKernel = existsSync(join(src, '.config'));

describe.skipIf(!haveKernel)('kernel-src in the kernel code model', () => {
  if (haveKernel) generateHeaders();
  const config = haveKernel ? parseKconfig(readFileSync(join(src, '.config'), 'utf8')) : undefined;
  const sources = config ? kernelSources(src, config).filter((s) => s.kind === 'c') : [];
  const cppArgs = [
    '-std=gnu99', '-nostdinc', ...kernelIncludePaths(src, gen).flatMap((p) => ['-I', p]),
    '-include', join(src, 'include/linux/kconfig.h'), '-D__KERNEL__',
  ];
  it('finds kernel sources', () => expect(sources.length).toBeGreaterThan(10));
  it('compiles and assembles every file, without SSE', () => {
    const failures: string[] = [];
    for (const s of sources) {
      const file = join(src, s.path);
      const pp = execFileSync('gcc', ['-E', ...cppArgs, file], { encoding: 'utf8', maxBuffer: 64 << 20 });
      try {
        const { asm } = compileC(pp, { fileName: s.path, codeModel: 'kernel' });
        if (/%xmm|%st\b|\bfld|\bcvt/.test(asm)) failures.push(`${s.path}: uses the FPU`);
        const base = join(workDir, 'kobj', s.path.replace(/\//g, '_'));
        mkdirSync(dirname(base), { recursive: true });
        writeFileSync(`${base}.s`, asm);
        execFileSync('as', ['-o', `${base}.o`, `${base}.s`], { stdio: ['ignore', 'pipe', 'pipe'] });
      } catch (e) {
        failures.push(`${s.path}: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
      }
    }
    expect(failures).toEqual([]);
  });
});
