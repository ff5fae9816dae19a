/**
 * The real input: every .c and .S file of kernel-src/, preprocessed by gcc and by us with
 * the kernel's include paths and flags (docs/architecture.md), must give the same tokens
 * on the same lines. Files gcc itself rejects (work in progress elsewhere) are skipped.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { preprocess } from '../../compiler/cpp/index.js';
import { autoconfHeader, parseKconfig } from '../../cli/build/kconfig.js';
import { parseSyscallTable, syscallMax, syscallsHeader, unistdHeader } from '../../cli/build/syscalltbl.js';
import { placedTokens, stripAsmComments } from './oracle.js';

const src = join(dirname(fileURLToPath(import.meta.url)), '../../kernel-src');
const gen = mkdtempSync(join(tmpdir(), 'cpp-kernel-'));
afterAll(() => rmSync(gen, { recursive: true, force: true }));

function write(rel: string, text: string): void {
  mkdirSync(dirname(join(gen, rel)), { recursive: true });
  writeFileSync(join(gen, rel), text);
}

/** The generated headers, as `tcc-lite build` makes them (contents only need to be plausible). */
function generateHeaders(): void {
  const table = parseSyscallTable(readFileSync(join(src, 'arch/x86/entry/syscalls/syscall_64.tbl'), 'utf8'), 'syscall_64.tbl');
  write('include/generated/autoconf.h', autoconfHeader(parseKconfig(readFileSync(join(src, '.config'), 'utf8'))));
  write('include/generated/utsrelease.h', '#define UTS_RELEASE "4.7.1-test"\n');
  write('include/generated/compile.h', '#define UTS_MACHINE "x86_64"\n#define UTS_VERSION "#1 SMP Sat Aug 20 12:00:00 UTC 2016"\n#define LINUX_COMPILE_BY "t"\n#define LINUX_COMPILE_HOST "h"\n#define LINUX_COMPILER "c"\n');
  write('arch/x86/include/generated/asm/syscalls_64.h', syscallsHeader(table));
  write('arch/x86/include/generated/uapi/asm/unistd_64.h', unistdHeader(table));
  write('include/generated/asm-offsets.h', `#define __NR_syscall_max ${syscallMax(table, false)}\n`);
}

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return sources(p);
    return /\.[cS]$/.test(name) ? [p] : [];
  });
}

const includePaths = [
  join(src, 'arch/x86/include'), join(gen, 'arch/x86/include/generated'), join(src, 'include'), join(gen, 'include'),
  join(src, 'arch/x86/include/uapi'), join(gen, 'arch/x86/include/generated/uapi'), join(src, 'include/uapi'),
];
const kconfig = join(src, 'include/linux/kconfig.h');

describe('kernel-src against gcc -E', () => {
  it('gives the same tokens on the same lines for every file', () => {
    generateHeaders();
    const files = sources(src);
    let compared = 0;
    let ms = 0;
    let lines = 0;
    for (const file of files) {
      const asm = file.endsWith('.S');
      const defines = asm ? ['__KERNEL__', '__ASSEMBLY__'] : ['__KERNEL__'];
      const args = ['-E', '-undef', '-std=gnu99', '-nostdinc', ...includePaths.flatMap((i) => ['-I', i]), '-include', kconfig, ...defines.map((d) => `-D${d}`)];
      const gcc = spawnSync('gcc', [...args, ...(asm ? ['-x', 'assembler-with-cpp'] : []), file], { encoding: 'utf8' });
      if (gcc.status !== 0) continue; // someone's work in progress: not ours to judge
      const start = performance.now();
      const ours = preprocess(file, { includePaths, defines, forceIncludes: [kconfig], assembly: asm, std: 'gnu99' });
      ms += performance.now() - start;
      lines += ours.dependencies.reduce((n, d) => n + readFileSync(d, 'utf8').split('\n').length, 0);
      const expected = placedTokens(asm ? stripAsmComments(gcc.stdout) : gcc.stdout).filter((t) => !t.file.startsWith('<'));
      const actual = placedTokens(ours.text);
      const show = (ts: typeof actual): string[] => ts.map((t) => `${t.file}:${t.line}: ${t.text}`);
      expect(show(actual), file).toEqual(show(expected));
      compared++;
    }
    console.log(`kernel-src: ${compared} of ${files.length} files match gcc; ${lines} lines (with headers) in ${ms.toFixed(0)} ms`);
    expect(compared).toBeGreaterThan(files.length / 2);
  });
});
