/**
 * Linux's event file descriptors (kernel-src/fs/eventpoll.c, eventfd.c, timerfd.c and
 * signalfd.c): epoll over pipes, sockets and other epoll instances, with its errors,
 * triggers and signal masks; eventfd's counter, timerfd's expirations and signalfd's
 * siginfo, each also watched by poll and epoll. Each case (test/userland/c/NAME.c) must
 * print natively what glibc prints on the host's kernel, and the same in the emulator,
 * where our kernel does the work.
 */
import { describe, expect, it } from 'vitest';
import { itPrintsGlibcOutputInEmulator, useGlibcCases } from './glibc-cases.js';

const cases = useGlibcCases('tcc-lite-epoll-');
const { expectSameAsGlibc } = cases;

describe('epoll', () => {
  it('errors, level/edge-triggered and one-shot items, order, close, nesting, timeouts, EINTR, epoll_pwait', async () => {
    const out = await expectSameAsGlibc('epoll_api_case');
    expect(out).toContain('ctl of a regular file: -1 EPERM\n');
    expect(out).toContain('inner watches third: -1 ELOOP\n');
    expect(out).toContain('2 more on unread data, ET: 1 [IN 7]\nand again, ET: 0\n');
    expect(out).toContain('c, a, b written: 3 [IN 3] [IN 1] [IN 2]\n');
    expect(out).toContain('the duplicate: 3 [IN 2] [IN 3] [IN 4]\n');
    expect(out).toContain('epoll_pwait with SIGALRM blocked, timeout 60: 0\nalarms 2\n');
  });

  it('sockets, FIFOs, stdout: an echo server for forked clients over AF_UNIX and TCP, RDHUP and HUP, UDP', async () => {
    const out = await expectSameAsGlibc('epoll_sockets_case');
    expect(out).toContain('unix listener with a connection waiting: 1 [IN 1]\n');
    expect(out).toContain('tcp peer shut its writing: 1 [IN|OUT|RDHUP 2]\n');
    expect(out).toContain('tcp: accepted 4, echoed 204 bytes, closed 4, EPOLLRDHUP seen: yes, open 0\n');
    expect(out).toContain('fifo writer gone: 1 [HUP 11]\n');
    expect(out).toContain('stdout: 1, writable yes, data 12\n');
  });

  it('an edge-triggered relay from three producers to a consumer, draining to EAGAIN', async () => {
    const out = await expectSameAsGlibc('epoll_pipeline_case');
    expect(out).toContain('relayed 120000 of 120000 bytes\nconsumer read 120000 bytes\n');
  });

  it('eventfd: counter, EFD_SEMAPHORE, 8-byte rules, EAGAIN and overflow, blocked reader and writer, readiness; /proc names', async () => {
    const out = await expectSameAsGlibc('eventfd_case');
    expect(out).toContain('sum: 8 value 12\n');
    expect(out).toContain('semaphore 2: 8 value 1\nsemaphore 3: -1 EAGAIN\n');
    expect(out).toContain('write 1 more: -1 EAGAIN\nread it all: 8 value 18446744073709551614\n');
    expect(out).toContain('blocked write, woken by a child\'s read: 8\nchild status 0\n');
    expect(out).toContain('ET after another write: 1 [IN 2]\n');
    expect(out).toContain('anon_inode:[eventpoll]: st_mode 600\nanon_inode:[eventfd]: st_mode 600\n');
  });

  it('timerfd: errors, one-shot and periodic, relative and absolute, expiration counts, gettime, readiness', async () => {
    const out = await expectSameAsGlibc('timerfd_case');
    expect(out).toContain('blocking read: 8\nexpirations 1\nafter it expired: value 0\n');
    expect(out).toContain('non-blocking read at once: -1 EAGAIN\n');
    expect(out).toContain('every 10 ms for 55 ms: at least 4 1, at most 100 1\n');
    expect(out).toContain('expirations 11\nnext in (0, 800 ms] 1\n');
    expect(out).toContain('epoll until it expires: 1 [IN 77]\n');
  });

  it('signalfd: siginfo of kill, raise, sigqueue and SIGCHLD, changing the mask, errors, waking, EINTR, readiness', async () => {
    const out = await expectSameAsGlibc('signalfd_case');
    expect(out).toContain('USR2 then USR1 sent: the lower first: 256 [signo 10 code SI_USER pid matches status 0 int 0]');
    expect(out).toContain('the second: 128 [signo 34 code SI_QUEUE pid matches status 0 int 43]\n');
    expect(out).toContain('child exited: 128 [signo 17 code CLD_EXITED pid matches status 7 int 0]\n');
    expect(out).toContain('child killed: 128 [signo 17 code CLD_KILLED pid matches status 15 int 0]\n');
    expect(out).toContain('epoll until a child\'s kill: 1 [IN 5]\n');
  });

  itPrintsGlibcOutputInEmulator(cases, ['epoll_api_case', 'epoll_sockets_case', 'epoll_pipeline_case', 'eventfd_case',
    'timerfd_case', 'signalfd_case']);
});
