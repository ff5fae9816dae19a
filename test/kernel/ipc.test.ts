/**
 * System V IPC in the kernel gives back every page and object it takes:
 * fixtures/ipc_pages.c uses shared memory, semaphores and message queues in every
 * way that ends an object (detach, exit, exec, IPC_RMID in use, sleepers, undo
 * entries, queued messages) and compares the free memory before and after
 * (sysinfo) and what SHM_INFO/SEM_INFO/MSG_INFO count. How the calls behave is
 * judged against Linux in test/userland/sysv-ipc.test.ts; POSIX message queues the
 * same way (fixtures/mq_pages.c, test/userland/posix-mq.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { useKernelFixtures } from './fixtures.js';

describe('System V IPC in the kernel', () => {
  const fixtures = useKernelFixtures('tcc-lite-ipc-');

  it('frees every page and object: segments, arrays, undo entries, queues, messages, sleepers', async () => {
    const booted = await fixtures.runFixture('ipc_pages');
    expect(booted.output).toBe(
      'pages not given back: 0\nleft: 0 segments of 0 pages, 0 arrays of 0 semaphores, 0 queues of 0 messages\n',
    );
    expect(booted.exitCode).toBe(0);
  }, 120_000);

  it('POSIX message queues: freed with their messages after unlink, last close and exit, sleepers killed', async () => {
    const booted = await fixtures.runFixture('mq_pages');
    expect(booted.output).toBe('pages not given back: 0\nnames left: 0\n');
    expect(booted.exitCode).toBe(0);
  }, 120_000);
});
