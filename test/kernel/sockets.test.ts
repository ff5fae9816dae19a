/**
 * The kernel's sockets give back every page and object they take: fixtures/sock_pages.c
 * creates Unix-domain sockets of every type, connects them every way, leaves data
 * queued and closes them in both orders, many times, in a child, and compares the free
 * memory before and after (sysinfo); fixtures/sockopt_pages.c does the same for files
 * closed under poll and select, socket timeouts and sendmmsg/recvmmsg.  How the sockets
 * behave is judged against Linux in test/userland/unix-socket.test.ts and
 * test/userland/sock-options.test.ts and test/userland/inet.test.ts.
 */
import { describe, it } from 'vitest';
import { expectNoPagesLost, useKernelFixtures } from './fixtures.js';

describe('sockets in the kernel', () => {
  const fixtures = useKernelFixtures('tcc-lite-sock-');

  it('free every page and object: pairs, paths, abstract names, datagrams, closed in both orders', async () => {
    await expectNoPagesLost(fixtures, 'sock_pages');
  }, 120_000);

  it('free every page and object: files closed under poll and select, timeouts, batch calls', async () => {
    await expectNoPagesLost(fixtures, 'sockopt_pages');
  }, 120_000);

  it('free every page and object: TCP connections every way, UDP datagrams queued, lost and refused', async () => {
    await expectNoPagesLost(fixtures, 'inet_pages');
  }, 120_000);
});
