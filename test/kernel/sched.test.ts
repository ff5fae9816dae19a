/**
 * The scheduler honours real-time policies on the emulator's one CPU: a SCHED_FIFO
 * task keeps the CPU from SCHED_OTHER ones (fixtures/sched_rt.c). A many-CPU host
 * would run both at once, so this is judged in the emulator only; what the calls
 * report is judged against Linux in test/userland/sched.test.ts.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cc } from '../../cli/commands/cc.js';
import { boot, buildTree, type Built } from '../golden/harness.js';

describe('real-time scheduling', () => {
  let built: Built;
  let work: string;
  beforeAll(async () => {
    built = await buildTree();
    work = mkdtempSync(join(tmpdir(), 'tcc-lite-sched-'));
  }, 120_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('a SCHED_FIFO task runs before SCHED_OTHER ones; SCHED_OTHER ones share the CPU', async () => {
    const exe = join(work, 'sched_rt');
    await cc(['-w', '-o', exe, join(import.meta.dirname, 'fixtures', 'sched_rt.c')]);
    const booted = await boot(built, { command: 'sched_rt', files: [`/bin/sched_rt=${exe}`] });
    expect(booted.output).toBe(
      'SCHED_OTHER parent: the child ran while the parent spun: 1\n' +
        'SCHED_FIFO 50 | SCHED_RESET_ON_FORK: 0\n' +
        'SCHED_FIFO parent: the child ran while the parent spun: 0\n' +
        'SCHED_OTHER again: the child ran while the parent spun: 1\n',
    );
    expect(booted.exitCode).toBe(0);
  }, 120_000);
});
