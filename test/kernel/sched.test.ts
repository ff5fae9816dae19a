/**
 * The scheduler honours real-time policies on the emulator's one CPU: a SCHED_FIFO
 * task keeps the CPU from SCHED_OTHER ones (fixtures/sched_rt.c). A many-CPU host
 * would run both at once, so this is judged in the emulator only; what the calls
 * report is judged against Linux in test/userland/sched.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { useKernelFixtures } from './fixtures.js';

describe('real-time scheduling', () => {
  const fixtures = useKernelFixtures('tcc-lite-sched-');

  it('a SCHED_FIFO task runs before SCHED_OTHER ones; SCHED_OTHER ones share the CPU', async () => {
    const booted = await fixtures.runFixture('sched_rt');
    expect(booted.output).toBe(
      'SCHED_OTHER parent: the child ran while the parent spun: 1\n' +
        'SCHED_FIFO 50 | SCHED_RESET_ON_FORK: 0\n' +
        'SCHED_FIFO parent: the child ran while the parent spun: 0\n' +
        'SCHED_OTHER again: the child ran while the parent spun: 1\n',
    );
    expect(booted.exitCode).toBe(0);
  }, 120_000);
});
