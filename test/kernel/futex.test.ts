/**
 * Robust futexes and requeued waiters give back what they hold: fixtures/robust_deaths.c
 * lets threads and processes die holding robust mutexes while others sleep on them,
 * requeues shared waiters to another file's futex and ends them there in every way,
 * and dies with circular, dangling and too-long robust lists; the free memory before
 * and after must be the same (a futex key keeps its file's pages). What it observes
 * must be what Linux shows. The libc side is judged in test/userland/futex.test.ts.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cc } from '../../cli/commands/cc.js';
import { boot, buildTree, type Built } from '../golden/harness.js';
import { runProgram } from '../userland/run.js';

const run = promisify(execFile);

describe('robust futexes in the kernel', () => {
  let built: Built;
  let work: string;
  beforeAll(async () => {
    built = await buildTree();
    work = mkdtempSync(join(tmpdir(), 'tcc-lite-robust-'));
  }, 120_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  // The oracle is Linux: the same program built by gcc with glibc and run natively. Its
  // free-memory count moves with the rest of the host, so only ours is judged (by 0).
  it('leak no pages or files when owners and waiters die, and walk bad lists safely', async () => {
    const source = join(import.meta.dirname, 'fixtures', 'robust_deaths.c');
    const exe = join(work, 'robust_deaths');
    await cc(['-w', '-o', exe, source]);
    await run('gcc', ['-w', '-O0', '-pthread', source, '-o', `${exe}.native`]);
    const native = runProgram(`${exe}.native`, []);
    const booted = await boot(built, { command: 'robust_deaths', files: [`/bin/robust_deaths=${exe}`] });
    const observed = (output: string): string => output.replace(/^pages not given back: .*\n/m, '');
    expect(observed(booted.output)).toBe(observed(native.stdout));
    expect(native.stdout).toContain('lock after the holding thread ended: 130\n');
    expect(native.stdout).toContain('circular list: word marked: 1\n');
    expect(native.stdout).toContain('killed waiter: -9\n');
    expect(booted.output).toContain('pages not given back: 0\n');
    expect(booted.exitCode).toBe(0);
  }, 120_000);
});
