/**
 * gcc's own execution tests, the long run (not part of `npm test`: the suite is gcc's, kept
 * outside the repository):
 *
 *     npx tsx test/torture/run.ts GCC_TESTSUITE_DIR [-O2 ...] [--emulated]
 *
 * For each gcc.c-torture/execute/*.c and execute/ieee/*.c: gcc builds it with the test's
 * own dg-options and the flags given, and runs it; where gcc's build passes (exit 0),
 * tcc-lite builds it the same way and runs it natively; with --emulated, the programs
 * that pass natively are booted in batches in the emulator (`tcc-lite run`), where they
 * must exit 0 too. Prints each failure and a summary. Needs `tcc-lite build` done.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { cc } from '../../cli/commands/cc.js';

const ROOT = resolve(import.meta.dirname, '../..');
const BATCH = 150;

interface Test {
  name: string;
  src: string;
  flags: string[];
}

/** The flags a test asks for (`dg-options`, `dg-additional-options`), as gcc's harness adds them. */
function testFlags(src: string): string[] {
  const text = readFileSync(src, 'utf8');
  const flags: string[] = [];
  for (const m of text.matchAll(/\{\s*dg-(?:additional-)?options\s+"([^"]*)"/g)) flags.push(...m[1].split(/\s+/).filter(Boolean));
  return flags;
}

function listTests(suite: string): Test[] {
  const tests: Test[] = [];
  for (const sub of ['gcc.c-torture/execute', 'gcc.c-torture/execute/ieee']) {
    const dir = join(suite, sub);
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.c')).sort()) {
      const src = join(dir, f);
      tests.push({ name: `${sub.endsWith('ieee') ? 'ieee/' : ''}${basename(f, '.c')}`, src, flags: testFlags(src) });
    }
  }
  return tests;
}

/** Exit status 0 within the time budget. */
function passes(exe: string): boolean {
  const r = spawnSync(exe, [], { cwd: dirname(exe), stdio: 'ignore', timeout: 10_000 });
  return r.status === 0;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const suite = args.find((a) => !a.startsWith('-'));
  if (!suite) {
    console.error('usage: npx tsx test/torture/run.ts GCC_TESTSUITE_DIR [gcc flags...] [--emulated]');
    process.exit(2);
  }
  const emulated = args.includes('--emulated');
  const extra = args.filter((a) => a.startsWith('-') && a !== '--emulated');
  const work = mkdtempSync(join(tmpdir(), 'tcc-lite-torture-'));
  const counts = { gccFails: 0, pass: 0, buildFails: 0, runFails: 0, emulatedFails: 0 };
  const nativePasses: { name: string; exe: string }[] = [];
  try {
    for (const [i, t] of listTests(suite).entries()) {
      const flags = [...t.flags, ...extra, '-w'];
      const gccExe = join(work, `g${i}`);
      const gcc = spawnSync('gcc', [...flags, '-o', gccExe, t.src, '-lm'], { cwd: dirname(t.src), stdio: 'ignore', timeout: 120_000 });
      if (gcc.status !== 0 || !passes(gccExe)) {
        counts.gccFails++;
        continue;
      }
      const exe = join(work, `t${i}`);
      try {
        await cc([...flags, '-o', exe, t.src, '-lm']);
      } catch (e) {
        counts.buildFails++;
        console.log(`${t.name}: tcc-lite's build failed: ${(e as Error).message.split('\n')[0]}`);
        continue;
      }
      if (!passes(exe)) {
        counts.runFails++;
        console.log(`${t.name}: fails natively`);
        continue;
      }
      counts.pass++;
      nativePasses.push({ name: t.name, exe });
    }
    if (emulated) {
      for (let i = 0; i < nativePasses.length; i += BATCH) counts.emulatedFails += runEmulated(nativePasses.slice(i, i + BATCH));
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  const total = counts.pass + counts.buildFails + counts.runFails;
  console.log(`${counts.pass} of the ${total} programs gcc passes pass natively (${counts.buildFails} not built, ${counts.runFails} failing); ` +
    `${counts.gccFails} that gcc fails or cannot build left out` + (emulated ? `; ${nativePasses.length - counts.emulatedFails} of ${nativePasses.length} pass in the emulator` : ''));
}

/** Boots once with the batch's programs in /bin; returns how many did not exit 0 there. */
function runEmulated(batch: { name: string; exe: string }[]): number {
  const files = batch.flatMap((p, i) => ['--file', `/bin/t${i}=${p.exe}`]);
  const command = batch.map((_, i) => `t${i} >/dev/null; echo "t${i} $?"`).join('; ');
  const r = spawnSync(join(ROOT, 'bin/tcc-lite'), ['run', '--no-build', '-m', '512M', ...files, '-c', command], { cwd: ROOT, encoding: 'utf8', timeout: 900_000 });
  const status = new Map<string, string>();
  for (const line of r.stdout.split('\n')) {
    const m = /^(t\d+) (\d+)$/.exec(line);
    if (m) status.set(m[1], m[2]);
  }
  let failed = 0;
  batch.forEach((p, i) => {
    const s = status.get(`t${i}`);
    if (s === '0') return;
    failed++;
    console.log(`${p.name}: fails in the emulator (${s === undefined ? 'no status' : `exit ${s}`})`);
  });
  return failed;
}

await main();
