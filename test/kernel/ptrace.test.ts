/**
 * Tracing gives back every page and task it takes: fixtures/ptrace_pages.c breaks
 * copy-on-write in a tracee's text with a breakpoint, pokes its data, single-steps and
 * syscall-steps it, and leaves a tracee stopped when its tracer exits (PTRACE_O_EXITKILL).
 * What ptrace does is judged against Linux in test/userland/ptrace.test.ts.
 */
import { describe, it } from 'vitest';
import { expectNoPagesLost, useKernelFixtures } from './fixtures.js';

describe('ptrace in the kernel', () => {
  const fixtures = useKernelFixtures('tcc-lite-ptrace-');

  it('frees every page: private text copies, stopped tracees killed with their tracer', async () => {
    await expectNoPagesLost(fixtures, 'ptrace_pages');
  }, 120_000);
});
