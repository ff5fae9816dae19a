/**
 * POSIX message queues as Linux has them (mq_open, mq_send, mq_receive, their timed
 * forms, mq_getattr/mq_setattr, mq_notify, mq_unlink), through the classic
 * operating-systems exercises and their error paths. Each case (test/userland/c/NAME.c)
 * must print natively what glibc prints, and the same in the emulator, where our
 * kernel's ipc/mqueue.c does the work. Queue names carry the pid and every queue is
 * unlinked, so parallel runs never meet and the host keeps none.
 */
import { describe, expect, it } from 'vitest';
import { itPrintsGlibcOutputInEmulator, useGlibcCases } from './glibc-cases.js';

const cases = useGlibcCases('tcc-lite-posix-mq-');
const { expectSameAsGlibc } = cases;

describe('POSIX message queues', () => {
  it('names, attributes, priority order, producer and consumer, nonblocking, descriptors as files', async () => {
    const out = await expectSameAsGlibc('posix_mq_case');
    expect(out).toContain('no leading slash: EINVAL\nslash inside: EACCES\njust a slash: ENOENT\n256 characters: ENAMETOOLONG\n');
    expect(out).toContain('default queue: flags 0, maxmsg 10, msgsize 8192, curmsgs 0\nO_CREAT | O_EXCL again: EEXIST\n');
    expect(out).toContain('maxmsg 0: EINVAL\n');
    expect(out).toContain(
      'received 6 bytes "urgent" priority 31\nreceived 10 bytes "urgent too" priority 31\nreceived 6 bytes "normal" priority 5\n',
    );
    expect(out).toContain('33 bytes: EMSGSIZE\nbuffer of 31 bytes: EMSGSIZE\n');
    expect(out).toContain('consumer got 20 items, sum 210, end mark last\nproducer never saw more than 4 queued: 1\n');
    expect(out).toContain('receive from empty: EAGAIN\nsend to full: EAGAIN\n');
    expect(out).toContain('timed send to full: ETIMEDOUT\n');
    expect(out).toContain('poll full: 2 ready, revents 0x1 0x1\n');
    expect(out).toContain('mq_unlink: ok, open again: ENOENT\nan unlinked queue still works: "1" "from child"\n');
  });

  it('waiting: timeouts, wake-ups, EINTR and SA_RESTART, mq_notify once with SI_MESGQ, EBUSY', async () => {
    const out = await expectSameAsGlibc('posix_mq_wait_case');
    expect(out).toContain('timed receive from empty: ETIMEDOUT\ntimeout with tv_nsec 1e9: EINVAL\n');
    expect(out).toContain('woken by a send: 5 bytes "later"\n');
    expect(out).toContain('receive under a signal: EINTR, handler ran 1\nwith SA_RESTART: 5 bytes "after", handler ran 2\n');
    expect(out).toContain('another process: EBUSY\nafter 2 sends: notified 1, SI_MESGQ 1, value 42, si_pid is the sender 1\n');
    expect(out).toContain('a send to a queue that is not empty: notified 1\na send to the emptied queue: notified 2\n');
    expect(out).toContain("after the owner's close: ok\n");
  });

  it("mq_notify's SIGEV_THREAD runs the function in a new thread, once per registration", async () => {
    const out = await expectSameAsGlibc('posix_mq_thread_case');
    expect(out).toContain('register SIGEV_THREAD: 0\nregister again: -1 Device or resource busy\nthe function ran 1 time(s) and read "hello"\n');
    expect(out).toContain('one notification per registration: 1 call(s)\nregister, then unregister: 0 0\nafter mq_notify(q, NULL): 1 call(s)\n');
    expect(out).toContain('then: 2 call(s), read "fourth"\n');
  });

  itPrintsGlibcOutputInEmulator(cases, ['posix_mq_case', 'posix_mq_wait_case', 'posix_mq_thread_case']);
});
