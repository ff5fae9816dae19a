/**
 * The kernel's memory mappings give back every page they take: fixtures/mm_pages.c
 * maps, shares across fork, protects, moves, truncates and unmaps memory of every kind
 * in a child and compares the free memory before and after (sysinfo); fixtures/futex_keys.c
 * does the same with waiters on shared futexes, whose keys hold the files they sleep on
 * (and its futex results must be Linux's).
 * How the mappings behave is judged against Linux in test/userland/mman.test.ts.
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

describe('memory mappings in the kernel', () => {
  let built: Built;
  let work: string;
  beforeAll(async () => {
    built = await buildTree();
    work = mkdtempSync(join(tmpdir(), 'tcc-lite-mm-'));
  }, 120_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('free every page they took: shared, private, file, protected, moved, truncated', async () => {
    const exe = join(work, 'mm_pages');
    await cc(['-w', '-o', exe, join(import.meta.dirname, 'fixtures', 'mm_pages.c')]);
    const booted = await boot(built, { command: 'mm_pages', files: [`/bin/mm_pages=${exe}`] });
    expect(booted.output).toBe('pages not given back: 0\n');
    expect(booted.exitCode).toBe(0);
  }, 120_000);

  // The oracle is Linux: the same program built by gcc with glibc and run natively. Its
  // free-memory count moves with the rest of the host, so only ours is judged (by 0).
  it('free the files that shared futex keys hold, however their waiters leave', async () => {
    const source = join(import.meta.dirname, 'fixtures', 'futex_keys.c');
    const exe = join(work, 'futex_keys');
    await cc(['-w', '-o', exe, source]);
    await run('gcc', ['-w', '-O0', '-pthread', source, '-o', `${exe}.native`]);
    const native = runProgram(`${exe}.native`, []);
    const booted = await boot(built, { command: 'futex_keys', files: [`/bin/futex_keys=${exe}`] });
    const futexResults = (output: string): string => output.replace(/^pages not given back: .*\n/m, '');
    expect(futexResults(booted.output)).toBe(futexResults(native.stdout));
    expect(native.stdout).toContain('woken through a read-only private mapping: 1\n');
    expect(native.stdout).toContain('woken through a writable private mapping: 0\n');
    expect(booted.output).toContain('pages not given back: 0\n');
    expect(booted.exitCode).toBe(0);
  }, 120_000);
});
