/**
 * `npm run bench`: the speed figures that matter to users, each measured as a ratio in
 * one run (these machines are shared and noisy, so absolute times alone mean little):
 *
 *  1. compile throughput: tcc-lite vs gcc -O0, gcc -O2 and tcc on a generated C file
 *     (in process, and as a command: in a fresh process and through a warm server);
 *  2. building the kernel + userland: tcc-lite vs the gcc toolchain;
 *  3. the tutorial loop: edit sys.c → build → boot → test → dmesg;
 *  4. the emulator: CPU-bound programs (integer, floating point) natively vs emulated;
 *  5. the assembler and the linker next to GNU as and GNU ld;
 *  6. memory and garbage collection of a cold `tcc-lite cc -c` of section 1's file.
 *
 * `npm run bench -- 4` runs only section 4 (any list of section numbers).
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
import { coldCompileGc, type GcFigures } from './gc.js';
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

const GENERATED_LINES = 50_000;

/** The generated C file of sections 1 and 5, written once. */
function bigC(): string {
  const file = join(work, 'big.c');
  if (!existsSync(file)) writeFileSync(file, generateC(GENERATED_LINES));
  return file;
}

/** The gcc-built kernel and userland of section 2 (built here when that section is skipped). */
async function gccBuild(): Promise<string> {
  const out = join(work, 'b-gcc');
  if (!existsSync(join(out, 'vmlinux'))) {
    await build({ kernelSrc: join(ROOT, 'kernel-src'), userland: join(ROOT, 'userland'), out, cc: 'gcc', log: silentLog });
  }
  return out;
}

async function compileThroughput(): Promise<void> {
  const lines = GENERATED_LINES;
  const file = bigC();
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
  await commandLineCompiles(file, lines);
}

/**
 * The same compile as a user's command: in a fresh process (V8 warms up on the user's
 * time) and through a warm server (cli/server/), whose own runtime directory keeps it
 * apart from any server of the user's.
 */
async function commandLineCompiles(file: string, lines: number): Promise<void> {
  const cli = join(ROOT, 'bin/tcc-lite');
  if (!existsSync(join(ROOT, 'dist/cli/main.js'))) return;
  const env = { ...process.env, XDG_RUNTIME_DIR: mkdtempSync(join(work, 'runtime-')) };
  const compile = (extra: NodeJS.ProcessEnv = {}): void => {
    execFileSync(cli, ['cc', '-c', file, '-o', join(work, 'big.o')], { env: { ...env, ...extra } });
  };
  const fresh = await best(3, () => compile({ TCC_LITE_SERVER: '0' }));
  row('tcc-lite cc -c (a fresh process)', fresh, `${Math.round(lines / fresh).toLocaleString('en')} lines/s`);
  const served = await withServer(env, () => {
    compile(); // the server's first compiles warm its JIT up
    compile();
    return best(3, () => compile());
  });
  row('tcc-lite cc -c (warm server)', served, `${Math.round(lines / served).toLocaleString('en')} lines/s, ${(fresh / served).toFixed(2)}x a fresh process`);
}

/** Runs `measure` with a warm server started in `env`'s runtime directory, stopped after. */
async function withServer<T>(env: NodeJS.ProcessEnv, measure: () => Promise<T>): Promise<T> {
  const cli = join(ROOT, 'bin/tcc-lite');
  execFileSync(cli, ['server', 'start'], { env });
  try {
    return await measure();
  } finally {
    execFileSync(cli, ['server', 'stop'], { env });
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
  // A copy even when kernel-src is a symbolic link: the loop edits the copy's sys.c.
  cpSync(join(ROOT, 'kernel-src'), tree, { recursive: true, dereference: true });
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
  const cli = join(ROOT, 'bin/tcc-lite');
  if (!existsSync(join(ROOT, 'dist/cli/main.js'))) {
    console.log('  (dist/ missing: run npm run build to time the CLI)');
    return;
  }
  const buildCmd = ['build', '--kernel-src', tree, '--out', out];
  const runCmd = ['run', '--kernel', join(out, 'vmlinux'), '--initrd', join(out, 'initramfs.cpio'), '-c', "test 'Hello World!'; dmesg | tail -n 1"];
  // As a user runs it: bin/tcc-lite, from the start-up snapshot when there is one.
  const timed = (args: string[], env = process.env): number => {
    const t = process.hrtime.bigint();
    execFileSync(cli, args, { stdio: 'ignore', env });
    return seconds(t);
  };
  const loop = async (env = process.env): Promise<[both: number, build: number, run: number]> => {
    let buildBest = Infinity;
    let runBest = Infinity;
    const both = await best(3, () => {
      edit();
      buildBest = Math.min(buildBest, timed(buildCmd, env));
      runBest = Math.min(runBest, timed(runCmd, env));
    });
    return [both, buildBest, runBest];
  };
  const goal = (t: number): string => (t < 1 ? '(goal: under 1 s — met)' : '(goal: under 1 s — not yet)');
  const [viaCli, buildBest, runBest] = await loop();
  row('CLI build + run (node start-ups)', viaCli, goal(viaCli));
  row('  tcc-lite build (sys.c edited)', buildBest);
  row('  tcc-lite run -c ...', runBest);
  // The loop as one command: run brings the build up to date first (one node start-up).
  const singleCmd = ['run', '--kernel-src', tree, '--out', out, '-c', "test 'Hello World!'; dmesg | tail -n 1"];
  const single = await best(3, () => {
    edit();
    timed(singleCmd);
  });
  row('CLI run (builds first): one command', single, goal(single));
  const [modules, modulesBuild, modulesRun] = await loop({ ...process.env, TCC_LITE_NO_SNAPSHOT: '1' });
  row('CLI build + run without the snapshot', modules, `build ${modulesBuild.toFixed(3)} s, run ${modulesRun.toFixed(3)} s`);
  // Some sandboxes set NODE_EXTRA_CA_CERTS: every node process then parses that CA bundle
  // before running any code (~70 ms here). bin/tcc-lite unsets it (it opens no TLS
  // connection); the floor below shows node with and without it.
  const { NODE_EXTRA_CA_CERTS: caBundle, ...withoutCa } = process.env;
  // The fixed costs of a command: a build with nothing to do, a one-line compile.
  row('  tcc-lite build (nothing changed)', await best(3, () => timed(buildCmd)));
  const one = join(work, 'one.c');
  writeFileSync(one, 'int one(void) { return 1; }\n');
  // cc in a process of its own (no warm server), then through a warm server.
  const serverEnv = { ...process.env, XDG_RUNTIME_DIR: mkdtempSync(join(work, 'runtime-')) };
  const localEnv = { ...serverEnv, TCC_LITE_SERVER: '0' };
  row('  tcc-lite cc -c (one-line file)', await best(3, () => timed(['cc', '-c', one, '-o', join(work, 'one.o')], localEnv)));
  const hello = join(work, 'hello.c');
  writeFileSync(hello, '#include <stdio.h>\nint main(void) { printf("hello\\n"); return 0; }\n');
  const helloCmd = ['cc', hello, '-o', join(work, 'hello')];
  const modulesEnv = { ...localEnv, TCC_LITE_NO_SNAPSHOT: '1' };
  // The first link builds the cached libc.a.
  timed(helloCmd, localEnv);
  const helloModules = await best(3, () => timed(helloCmd, modulesEnv));
  row('  tcc-lite cc hello.c (stdio.h, linked)', await best(3, () => timed(helloCmd, localEnv)), `without the snapshot ${helloModules.toFixed(3)} s`);
  const served = await withServer(serverEnv, async () => {
    timed(helloCmd, serverEnv); // the server's first compiles warm its JIT up
    timed(helloCmd, serverEnv);
    return best(3, () => timed(helloCmd, serverEnv));
  });
  row('  tcc-lite cc hello.c, warm server', served);
  row('  node -e 0 (the floor)', await best(3, () => execFileSync('node', ['-e', '0'])));
  if (caBundle !== undefined) row('  node -e 0, no NODE_EXTRA_CA_CERTS', await best(3, () => execFileSync('node', ['-e', '0'], { env: withoutCa })));
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

// Double and float arithmetic, square roots and conversions; with an argument it rounds
// upward, which sends every operation through the emulator's exact-error path.
const FLOATS = `
#include <fenv.h>
#include <stdio.h>
int main(int argc, char **argv) {
  if (argc > 1) fesetround(FE_UPWARD);
  double s = 0, x = 1.0;
  float f = 0.5f;
  long n = 0;
  for (int i = 1; i < 3000000; i++) {
    x = x * 1.0000001 + 1.0 / i;
    s += __builtin_sqrt(x) - x / 3.0;
    f = f * 0.999f + (float)i * 1e-7f;
    n += (long)s;
  }
  printf("%.6g %.6g %ld\\n", s, (double)f, n);
  return 0;
}
`;

// Calls: a recursive fib (push/call/ret/leave, stack traffic) and small functions called
// through a pointer, the code unoptimized C is made of.
const CALLS = `
#include <stdio.h>
static long fib(long n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
static unsigned add(unsigned a, unsigned b) { return a + b; }
static unsigned mix(unsigned a, unsigned b) { return (a ^ b) * 3; }
static unsigned rot(unsigned a, unsigned b) { return (a << 5 | a >> 27) + b; }
unsigned (*ops[3])(unsigned, unsigned) = { add, mix, rot };
int main(void) {
  long f = fib(34);
  unsigned acc = 1;
  for (int i = 0; i < 10000000; i++) acc = ops[i % 3](acc, i);
  printf("%ld %u\\n", f, acc);
  return 0;
}
`;

/** Who builds a section-4 program: gcc -O2 (the userland's gcc flags) or tcc-lite -O0 (its userland flags). */
type Builder = 'gcc' | 'tcc-lite';

/** Builds `source` into the static executable `exe` with our libc. */
function buildProgram(builder: Builder, source: string, exe: string, out: string): void {
  writeFileSync(`${exe}.c`, source);
  if (builder === 'tcc-lite') {
    // As cli/build/toolchain-tcc.ts builds the userland (unoptimized, freestanding, no
    // builtins), linked with the libc tcc-lite builds for itself.
    execFileSync(join(ROOT, 'bin/tcc-lite'), ['cc', '-O0', '-ffreestanding', '-fno-builtin', '-o', exe, `${exe}.c`]);
    return;
  }
  // The same flags the gcc toolchain builds the userland with.
  execFileSync('gcc', [...GCC_USER_FLAGS, '-fno-math-errno', '-I', join(ROOT, 'userland/libc/include'), '-static', '-nostdlib', '-o', exe,
    join(out, 'userland/libc/crt0.o'), `${exe}.c`, join(out, 'userland/libc/libc.a')]);
}

async function emulatorSpeed(): Promise<void> {
  console.log('\n4. Emulator: programs built by gcc -O2 (or tcc-lite -O0) with our libc, natively vs emulated (boot excluded)');
  const out = await gccBuild();
  const programs: [name: string, source: string, args: string[], builder: Builder][] = [
    ['sieve', PRIMES, [], 'gcc'], ['float loop, round to nearest', FLOATS, [], 'gcc'], ['float loop, round upward', FLOATS, ['up'], 'gcc'],
    ['calls (fib, pointers)', CALLS, [], 'gcc'], ['calls, tcc-lite -O0', CALLS, [], 'tcc-lite'],
  ];
  const machine = (files: string[], program: string[], output: (b: Uint8Array) => void) => runMachine({
    kernel: join(out, 'vmlinux'), initrd: join(out, 'initramfs.cpio'), memoryBytes: 256 << 20, files, program, output,
  });
  const bootOnly = await best(2, () => machine([], ['/bin/true'], () => {}));
  row('boot to /bin/true and power-off', bootOnly);
  for (const [i, [name, source, args, builder]] of programs.entries()) {
    const exe = join(work, `emu-${i}`);
    buildProgram(builder, source, exe, out);
    const native = await best(3, () => execFileSync(exe, args));
    const expected = execFileSync(exe, args, { encoding: 'latin1' });
    let printed = '';
    const emulated = await best(2, () => { printed = ''; return machine([`/bin/prog=${exe}`], ['/bin/prog', ...args], (b) => { printed += Buffer.from(b).toString('latin1'); }); });
    const same = printed.replace(/\r\n/g, '\n').includes(expected) ? 'same output' : 'OUTPUT DIFFERS';
    row(name, emulated - bootOnly, `${((emulated - bootOnly) / native).toFixed(1)}x native (${native.toFixed(3)} s); ${same}`);
  }
}

async function assemblerAndLinker(): Promise<void> {
  console.log('\n5. Assembler and linker next to GNU as and GNU ld (same inputs)');
  // A large realistic .s: gcc -O0 -S of the generated C file (at -O2 gcc folds it away).
  const src = bigC();
  const asmFile = join(work, 'big.s');
  execFileSync('gcc', ['-O0', '-fno-asynchronous-unwind-tables', '-S', src, '-o', asmFile]);
  const text = readFileSync(asmFile, 'utf8');
  const lines = text.split('\n').length;
  assemble(text, { fileName: asmFile }); // warm up
  const ours = await best(3, () => assemble(text, { fileName: asmFile }));
  const gnu = await best(3, () => execFileSync('as', [asmFile, '-o', join(work, 'big-gnu.o')]));
  row(`tcc-lite as (${lines} lines)`, ours, `${Math.round(lines / ours).toLocaleString('en')} lines/s; GNU as ${gnu.toFixed(3)} s, ratio ${(ours / gnu).toFixed(2)}x its time`);
  // The kernel's objects from the gcc build, linked with its script by both linkers.
  const out = await gccBuild();
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

/**
 * Section 6: the collector's share of a cold compile. Best of three by wall time; the
 * bytes that survived scavenges are the load-independent figure (see gc.ts).
 */
async function compileMemory(): Promise<void> {
  console.log(`\n6. Memory and garbage collection: cold tcc-lite cc -c, ${GENERATED_LINES} generated lines`);
  const runs: GcFigures[] = [];
  for (let i = 0; i < 3; i++) runs.push(coldCompileGc(join(ROOT, 'dist', 'cli', 'main.js'), bigC(), join(work, 'big-gc.o')));
  const f = runs.reduce((a, b) => (b.wallSeconds < a.wallSeconds ? b : a));
  row('tcc-lite cc -c (new process)', f.wallSeconds, `peak rss ${f.peakRssMiB.toFixed(0)} MiB`);
  console.log(`  ${'garbage collection'.padEnd(34)} ${(f.pauseMs / 1000).toFixed(3).padStart(8)} s  ${f.scavenges} scavenges, ${f.markCompacts} mark-compacts, ${f.survivedMiB.toFixed(0)} MiB survived scavenges`);
}

const SECTIONS = [compileThroughput, buildTimes, tutorialLoop, emulatorSpeed, assemblerAndLinker, compileMemory];

/** `npm run bench` runs every section; `npm run bench -- 3 4` only those. */
async function main(): Promise<void> {
  const picked = process.argv.slice(2).map(Number);
  if (picked.some((n) => !Number.isInteger(n) || n < 1 || n > SECTIONS.length)) {
    console.error(`usage: npm run bench [-- SECTION...]   (sections 1 to ${SECTIONS.length})`);
    process.exitCode = 2;
    return;
  }
  console.log(`tcc-lite benchmarks (node ${process.version}, ${new Date().toISOString()})`);
  for (const [i, section] of SECTIONS.entries()) {
    if (picked.length === 0 || picked.includes(i + 1)) await section();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
