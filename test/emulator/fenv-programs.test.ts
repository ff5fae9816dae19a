// <fenv.h> programs built by gcc against our libc (at -O0 and -O2, the way
// test/userland builds them) print the same natively and in the emulator:
// rounding modes, exception flags, x87 rounding control, test/userland's
// fenv_case, and an unmasked SSE exception delivered as SIGFPE.

import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { boot, buildTree, type Built } from '../golden/harness.js';
import { buildUserland, CFLAGS, link, type UserlandBuild } from '../userland/build.js';
import { runProgram } from '../userland/run.js';

const run = promisify(execFile);
const HERE = resolve(import.meta.dirname, 'c');
const FENV_CASE = resolve(import.meta.dirname, '../userland/c/fenv_case.c');

let userland: UserlandBuild;
let built: Built;
let work: string;

beforeAll(async () => {
  [userland, built] = await Promise.all([buildUserland(), buildTree()]);
  work = mkdtempSync(join(tmpdir(), 'tcc-lite-emu-fenv-'));
}, 180_000);

afterAll(() => { if (work) rmSync(work, { recursive: true, force: true }); });

/** Compiles src with the oracle flags at the given optimisation level; returns the executable. */
async function buildProgram(src: string, name: string, opt: string): Promise<string> {
  const flags = CFLAGS.filter((f) => f !== '-Werror' && f !== '-O2');
  const obj = join(work, `${name}${opt}.o`), exe = join(work, `${name}${opt}`);
  await run('gcc', [...flags, opt, '-c', src, '-o', obj]);
  await link(userland.dir, [obj], exe);
  return exe;
}

describe('floating-point environment: native vs emulator', () => {
  for (const opt of ['-O0', '-O2']) {
    it(`fenv_modes (${opt}): every rounding mode and flag, SSE and x87`, async () => {
      const exe = await buildProgram(join(HERE, 'fenv_modes.c'), 'fenv_modes', opt);
      const native = runProgram(exe, []);
      expect(native.status).toBe(0);
      const emulated = await boot(built, { command: '/bin/fenv_modes', files: [`/bin/fenv_modes=${exe}`] });
      expect(emulated.output).toBe(native.stdout);
    }, 60_000);

    it(`test/userland/c/fenv_case.c (${opt})`, async () => {
      const exe = await buildProgram(FENV_CASE, 'fenv_case', opt);
      const native = runProgram(exe, []);
      expect(native.status).toBe(3);
      const emulated = await boot(built, { command: '/bin/fenv_case', files: [`/bin/fenv_case=${exe}`] });
      // stdout is flushed before warn()/errx() write to stderr, which shares the console.
      expect(emulated.output.slice(0, native.stdout.length)).toBe(native.stdout);
      expect(emulated.output).toContain('bye now');
    }, 60_000);
  }

  it('an unmasked SSE exception raises #XM, delivered as SIGFPE', async () => {
    const exe = await buildProgram(join(HERE, 'fenv_trap.c'), 'fenv_trap', '-O2');
    const native = runProgram(exe, []);
    expect(native.signal).toBe('SIGFPE');
    const emulated = await boot(built, { command: '/bin/fenv_trap; echo status $?', files: [`/bin/fenv_trap=${exe}`] });
    expect(emulated.output).toContain(native.stdout);
    expect(emulated.output).not.toContain('not reached');
    expect(emulated.output).toContain(`status ${128 + 8}`);
  }, 60_000);
});
