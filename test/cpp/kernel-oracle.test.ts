/**
 * The real inputs: every .c and .S file of kernel-src/ and userland/, preprocessed by gcc
 * and by us with the build's include paths and flags (docs/architecture.md), must give
 * the same tokens on the same lines. Files gcc itself rejects (work in progress
 * elsewhere) are skipped.
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

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const src = join(root, 'kernel-src');
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

interface Job {
  includePaths: string[];
  defines: string[];
  forceIncludes: string[];
}

/** Compares gcc's and our output for each file; returns how many were compared. */
function compareAll(label: string, files: string[], job: (asm: boolean) => Job): number {
  let compared = 0;
  let ms = 0;
  let lines = 0;
  for (const file of files) {
    const asm = file.endsWith('.S');
    const { includePaths, defines, forceIncludes } = job(asm);
    const args = ['-E', '-undef', '-std=gnu99', '-nostdinc', ...includePaths.flatMap((i) => ['-I', i]), ...forceIncludes.flatMap((f) => ['-include', f]), ...defines.map((d) => `-D${d}`)];
    const gcc = spawnSync('gcc', [...args, ...(asm ? ['-x', 'assembler-with-cpp'] : []), file], { encoding: 'utf8' });
    if (gcc.status !== 0) continue; // someone's work in progress: not ours to judge
    const start = performance.now();
    const ours = preprocess(file, { includePaths, defines, forceIncludes, assembly: asm, std: 'gnu99' });
    ms += performance.now() - start;
    lines += ours.dependencies.reduce((n, d) => n + readFileSync(d, 'utf8').split('\n').length, 0);
    const expected = placedTokens(asm ? stripAsmComments(gcc.stdout) : gcc.stdout).filter((t) => !t.file.startsWith('<'));
    const actual = placedTokens(ours.text);
    const show = (ts: typeof actual): string[] => ts.map((t) => `${t.file}:${t.line}: ${t.text}`);
    expect(show(actual), file).toEqual(show(expected));
    compared++;
  }
  console.log(`${label}: ${compared} of ${files.length} files match gcc; ${lines} lines (with headers) in ${ms.toFixed(0)} ms`);
  return compared;
}

describe('real sources against gcc -E', () => {
  it('kernel-src: same tokens on the same lines for every file', () => {
    generateHeaders();
    const files = sources(src);
    const job = (asm: boolean): Job => ({ includePaths, defines: asm ? ['__KERNEL__', '__ASSEMBLY__'] : ['__KERNEL__'], forceIncludes: [kconfig] });
    expect(compareAll('kernel-src', files, job)).toBeGreaterThan(files.length / 2);
  });

  it('userland: same tokens on the same lines for every file', () => {
    const files = sources(join(root, 'userland'));
    const libc = join(root, 'userland/libc/include');
    expect(compareAll('userland', files, () => ({ includePaths: [libc], defines: [], forceIncludes: [] }))).toBeGreaterThan(files.length / 2);
  });
});
