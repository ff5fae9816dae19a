/**
 * `npm run bench`: the speed figures that matter to users, each measured as a ratio in
 * one run (these machines are shared and noisy, so absolute times alone mean little):
 *
 *  1. compile throughput: tcc-lite vs gcc -O0, gcc -O2 and tcc on a generated C file;
 *  2. building the kernel + userland: tcc-lite vs the gcc toolchain;
 *  3. the tutorial loop: edit sys.c → build → boot → test → dmesg;
 *  4. the emulator: a CPU-bound program natively vs emulated;
 *  5. the assembler and the linker next to GNU as and GNU ld.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from '../cli/commands/build.js';
import { runMachine } from '../cli/commands/run.js';
import { silentLog } from '../cli/build/log.js';
import { sourceToObject } from '../cli/build/phases.js';
import { generateC } from './gen-c.js';
import { assemble } from '../compiler/asm/index.js';
import { link } from '../compiler/link/index.js';
import { parseKconfig } from '../cli/build/kconfig.js';
import { kernelSources } from '../cli/build/kbuild.js';
import { LINKER_SCRIPT } from '../cli/build/kernel.js';
import { GCC_USER_FLAGS } from '../cli/build/toolchain.js';
import { packageRoot } from '../cli/package-root.js';

// The package root, whether this runs from bench/ (tsx) or dist/bench/ (compiled).
const ROOT = packageRoot();
const work = mkdtempSync(join(tmpdir(), 'tcc-lite-bench-'));

function seconds(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e9;
}

/** Best of `n` runs: the least disturbed by other work on the machine. */
async function best(n: number, fn: () => unknown): Promise<number> {
  let min = Infinity;
  for (let i = 0; i < n; i++) {
    const t = process.hrtime.bigint();
    await fn();
    min = Math.min(min, seconds(t));
  }
  return min;
}

function hasTool(tool: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;
}

function row(label: string, secs: number, extra = ''): void {
  console.log(`  ${label.padEnd(34)} ${secs.toFixed(3).padStart(8)} s  ${extra}`);
}

async function compileThroughput(): Promise<void> {
  const lines = 50_000;
  const file = join(work, 'big.c');
  writeFileSync(file, generateC(lines));
  console.log(`\n1. Compile throughput: ${lines} generated lines, -c`);
  const opts = { preprocess: { includePaths: [], systemIncludePaths: [], defines: [], undefines: [], forceIncludes: [] }, codeModel: 'small' as const, debug: false, optimize: 0, warnings: false };
  sourceToObject(file, 'c', opts); // warm up the JIT and chevrotain
  const rssBefore = process.memoryUsage().rss;
  const ours = await best(3, () => sourceToObject(file, 'c', opts));
  const rss = Math.max(process.memoryUsage().rss, rssBefore);
  row('tcc-lite (in process)', ours, `${Math.round(lines / ours).toLocaleString('en')} lines/s, rss ${(rss / 2 ** 20).toFixed(0)} MiB`);
  const others: [string, string, string[]][] = [['gcc -O0', 'gcc', ['-O0']], ['gcc -O2', 'gcc', ['-O2']], ['tcc', 'tcc', []]];
  for (const [label, tool, flags] of others) {
    if (!hasTool(tool)) {
      console.log(`  ${label.padEnd(34)} (not installed: apt-get install ${tool})`);
      continue;
    }
    const t = await best(3, () => execFileSync(tool, [...flags, '-c', file, '-o', join(work, 'big.o')]));
    row(label, t, `${Math.round(lines / t).toLocaleString('en')} lines/s, tcc-lite is ${(t / ours).toFixed(2)}x its speed`);
  }
}

let fresh = 0;

async function buildTimes(): Promise<void> {
  console.log('\n2. Build kernel + userland from scratch (empty output directory and cache)');
  const tcc = await best(2, () => build({ kernelSrc: join(ROOT, 'kernel-src'), userland: join(ROOT, 'userland'), out: join(work, `b-tcc-${fresh++}`), cc: 'tcc-lite', log: silentLog }));
  row('tcc-lite build', tcc);
  const gcc = await best(1, () => build({ kernelSrc: join(ROOT, 'kernel-src'), userland: join(ROOT, 'userland'), out: join(work, 'b-gcc'), cc: 'gcc', log: silentLog }));
  row('gcc build (host gcc -O2 + GNU ld)', gcc, `tcc-lite takes ${(tcc / gcc).toFixed(2)}x gcc's time`);
}

async function tutorialLoop(): Promise<void> {
  console.log('\n3. Tutorial loop: edit kernel/sys.c → build → boot → test → dmesg');
  const tree = join(work, 'tree');
  cpSync(join(ROOT, 'kernel-src'), tree, { recursive: true });
  const out = join(work, 'b-loop');
  await build({ kernelSrc: tree, userland: join(ROOT, 'userland'), out, cc: 'tcc-lite', log: silentLog });
  let n = 0;
  // A real edit (the message changes), so sys.c is recompiled, not only re-preprocessed.
  const edit = (): void => {
    const file = join(tree, 'kernel/sys.c');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/stephen syscall( \d+)? called/, `stephen syscall ${n++} called`));
  };
  const inProcess = await best(3, async () => {
    edit();
    await build({ kernelSrc: tree, userland: join(ROOT, 'userland'), out, cc: 'tcc-lite', log: silentLog });
    await runMachine({ kernel: join(out, 'vmlinux'), initrd: join(out, 'initramfs.cpio'), memoryBytes: 256 << 20, files: [], command: "test 'Hello World!'; dmesg | tail -n 1", output: () => {} });
  });
  row('in process (library API)', inProcess, inProcess < 1 ? '(goal: under 1 s — met)' : '(goal: under 1 s — not yet)');
  const cli = join(ROOT, 'dist/cli/main.js');
  if (!existsSync(cli)) {
    console.log('  (dist/ missing: run npm run build:ts to time the CLI)');
    return;
  }
  const viaCli = await best(3, () => {
    edit();
    execFileSync('node', [cli, 'build', '--kernel-src', tree, '--out', out], { stdio: 'ignore' });
    execFileSync('node', [cli, 'run', '--kernel', join(out, 'vmlinux'), '--initrd', join(out, 'initramfs.cpio'), '-c', "test 'Hello World!'; dmesg | tail -n 1"], { stdio: 'ignore' });
  });
  row('CLI build + run (node start-ups)', viaCli, viaCli < 1 ? '(goal: under 1 s — met)' : '(goal: under 1 s — not yet)');
}

const PRIMES = `
#include <stdio.h>
int main(void) {
  static char sieve[2000000];
  int count = 0;
  for (int round = 0; round < 5; round++) {
    count = 0;
    for (int i = 0; i < 2000000; i++) sieve[i] = 1;
    for (int i = 2; i < 2000000; i++) {
      if (!sieve[i]) continue;
      count++;
      for (int j = 2 * i; j < 2000000; j += i) sieve[j] = 0;
    }
  }
  printf("%d\\n", count);
  return 0;
}
`;

async function emulatorSpeed(): Promise<void> {
  console.log('\n4. Emulator: a sieve (gcc -O2, our libc) natively vs in the emulator');
  const out = join(work, 'b-gcc');
  const src = join(work, 'sieve.c');
  writeFileSync(src, PRIMES);
  const exe = join(work, 'sieve');
  const inc = join(ROOT, 'userland/libc/include');
  // The same flags the gcc toolchain builds the userland with.
  execFileSync('gcc', [...GCC_USER_FLAGS, '-I', inc, '-static', '-nostdlib', '-o', exe,
    join(out, 'userland/libc/crt0.o'), src, join(out, 'userland/libc/libc.a')]);
  const native = await best(3, () => execFileSync(exe));
  row('native', native);
  const machine = (program: string[]) => runMachine({ kernel: join(out, 'vmlinux'), initrd: join(out, 'initramfs.cpio'), memoryBytes: 256 << 20, files: [`/bin/sieve=${exe}`], program, output: () => {} });
  const bootOnly = await best(2, () => machine(['/bin/true']));
  const emulated = await best(2, () => machine(['/bin/sieve']));
  row('emulated (boot excluded)', emulated - bootOnly, `${((emulated - bootOnly) / native).toFixed(1)}x native; boot alone ${bootOnly.toFixed(3)} s`);
}

async function assemblerAndLinker(): Promise<void> {
  console.log('\n5. Assembler and linker next to GNU as and GNU ld (same inputs)');
  // A large realistic .s: gcc -O0 -S of the generated C file (at -O2 gcc folds it away).
  const src = join(work, 'big.c');
  const asmFile = join(work, 'big.s');
  execFileSync('gcc', ['-O0', '-fno-asynchronous-unwind-tables', '-S', src, '-o', asmFile]);
  const text = readFileSync(asmFile, 'utf8');
  const lines = text.split('\n').length;
  assemble(text, { fileName: asmFile }); // warm up
  const ours = await best(3, () => assemble(text, { fileName: asmFile }));
  const gnu = await best(3, () => execFileSync('as', [asmFile, '-o', join(work, 'big-gnu.o')]));
  row(`tcc-lite as (${lines} lines)`, ours, `${Math.round(lines / ours).toLocaleString('en')} lines/s; GNU as ${gnu.toFixed(3)} s, ratio ${(ours / gnu).toFixed(2)}x its time`);
  // The kernel's objects from the gcc build, linked with its script by both linkers.
  const out = join(work, 'b-gcc');
  const config = parseKconfig(readFileSync(join(ROOT, 'kernel-src/.config'), 'utf8'));
  const objects = kernelSources(join(ROOT, 'kernel-src'), config).map((s) => join(out, 'kernel', s.object));
  objects.push(join(out, 'kernel', '.tmp_kallsyms2.o')); // the symbol table of the final link
  const script = readFileSync(join(ROOT, 'kernel-src', LINKER_SCRIPT), 'utf8');
  const inputs = objects.map((f) => ({ name: f, data: readFileSync(f) }));
  const oursLd = await best(3, () => link(inputs, { script }));
  const scriptFile = join(work, 'vmlinux.lds');
  writeFileSync(scriptFile, script);
  const gnuLd = await best(3, () => execFileSync('ld', ['-static', '-nostdlib', '-z', 'max-page-size=4096', '-z', 'noexecstack', '-T', scriptFile, '-o', join(work, 'vmlinux-gnu'), ...objects]));
  row(`tcc-lite ld (kernel, ${objects.length} objects)`, oursLd, `GNU ld ${gnuLd.toFixed(3)} s (process included), ratio ${(oursLd / gnuLd).toFixed(2)}x its time`);
}

async function main(): Promise<void> {
  console.log(`tcc-lite benchmarks (node ${process.version}, ${new Date().toISOString()})`);
  await compileThroughput();
  await buildTimes();
  await tutorialLoop();
  await emulatorSpeed();
  await assemblerAndLinker();
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
