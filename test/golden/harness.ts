/**
 * Helpers for whole-system golden tests: build a tree (the shipped one is shared) and boot
 * it with a command, capturing the console. Emulated runs are deterministic, so the
 * captured output can be compared byte for byte with a checked-in golden file.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { build } from '../../cli/commands/build.js';
import { runMachine, type RunOptions } from '../../cli/commands/run.js';
import { silentLog } from '../../cli/build/log.js';
import { scratchDir } from '../scratch.js';

export const ROOT = join(import.meta.dirname, '..', '..');

export interface Built {
  out: string;
  kernel: string;
  initrd: string;
}

/**
 * Builds a tree; with no options, the shipped one (kernel-src and userland by tcc-lite),
 * which is built once and shared (sharedOutput).
 */
export async function buildTree(opts: { kernelSrc?: string; userland?: string; cc?: string } = {}): Promise<Built> {
  const shipped = opts.kernelSrc === undefined && opts.userland === undefined && (opts.cc ?? 'tcc-lite') === 'tcc-lite';
  const out = shipped ? SHARED_OUT : scratchDir('tcc-lite-golden-');
  const make = (): Promise<void> => build({
    kernelSrc: opts.kernelSrc ?? join(ROOT, 'kernel-src'),
    userland: opts.userland ?? join(ROOT, 'userland'),
    out,
    cc: opts.cc ?? 'tcc-lite',
    log: silentLog,
  });
  if (shipped) await withLock(`${out}.lock`, make);
  else await make();
  return { out, kernel: join(out, 'vmlinux'), initrd: join(out, 'initramfs.cpio') };
}

/**
 * Where the shipped tree is built for the tests: the test files that only boot it used to
 * build a copy each into a fresh directory (some 60 of them, 11 s each: a third of the
 * suite's time). It stays between runs, one per checkout; the build's cache (OUT/.cache,
 * keyed by the sources, the options and the compiler's own code) brings it up to date,
 * and an up-to-date build rewrites nothing, so files booting it meanwhile are safe.
 */
const SHARED_OUT = join(tmpdir(), `tcc-lite-test-shipped-${createHash('sha1').update(ROOT).digest('hex').slice(0, 12)}`);

/**
 * Runs f holding a lock directory (with its holder's pid inside), so the test workers
 * never build the shared tree at once.
 */
async function withLock(lock: string, f: () => Promise<void>): Promise<void> {
  for (;;) {
    try {
      mkdirSync(lock);
      writeFileSync(join(lock, 'pid'), String(process.pid));
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      if (abandoned(lock)) rmSync(lock, { recursive: true, force: true });
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  try {
    await f();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** Was the lock left by a run that was killed (Ctrl-C during its build)? */
function abandoned(lock: string): boolean {
  let pid: number;
  try {
    pid = Number(readFileSync(join(lock, 'pid'), 'utf8'));
  } catch {
    // No pid yet: its holder is between mkdir and writing it, unless that was long ago.
    try {
      return Date.now() - statSync(lock).mtimeMs > 60_000;
    } catch {
      return false; // released meanwhile
    }
  }
  try {
    process.kill(pid, 0);
    return false;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

export interface Run {
  output: string;
  exitCode: number;
}

export async function boot(built: Built, opts: Partial<RunOptions>): Promise<Run> {
  const chunks: Buffer[] = [];
  const exit = await runMachine({
    kernel: built.kernel,
    initrd: built.initrd,
    memoryBytes: 256 << 20,
    files: [],
    ...opts,
    output: (b) => chunks.push(Buffer.from(b)),
  });
  const output = Buffer.concat(chunks).toString('utf8') + (exit.report ? `\n${exit.report}` : '');
  return { output, exitCode: exit.exitCode };
}

/** Compares with test/golden/NAME; UPDATE_GOLDEN=1 rewrites the file instead. */
export function expectGolden(name: string, actual: string): void {
  const file = join(ROOT, 'test', 'golden', name);
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(file)) {
    writeFileSync(file, actual);
    if (process.env.UPDATE_GOLDEN !== '1') throw new Error(`golden file ${name} was missing; wrote it — check it and commit it`);
    return;
  }
  expect(actual).toBe(readFileSync(file, 'utf8'));
}
