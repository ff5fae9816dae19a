/**
 * What OS-course socket programs lean on beyond plain send and receive, judged against
 * Linux: a descriptor closed by one thread while another sleeps in poll or select on
 * it (the sleeper holds the file, as Linux's wait-queue entries do: poll_close_case);
 * SO_RCVTIMEO, SO_SNDTIMEO and SO_LINGER (sock_timeout_case); sendmmsg and recvmmsg
 * (sock_mmsg_case).  Each case (test/userland/c/NAME.c) must print natively what glibc
 * prints, and the same in the emulator, where our kernel does the work.
 */
import { describe, expect, it } from 'vitest';
import { itPrintsGlibcOutputInEmulator, useGlibcCases } from './glibc-cases.js';

const cases = useGlibcCases('tcc-lite-sock-options-');
const { expectSameAsGlibc } = cases;

describe('socket options, batch calls and poll holding its files', () => {
  it('closing a descriptor under poll or select: the peer can still write, then POLLNVAL or ready', async () => {
    const out = await expectSameAsGlibc('poll_close_case');
    expect(out).toContain('pipe, poll:\n  write to the peer while the sleeper holds the file: 1\n  the sleeper returned 1, revents 0x20\n');
    expect(out).toContain('stream socket pair, select:\n  write to the peer while the sleeper holds the file: 1\n  the sleeper returned 1, revents 0x1\n');
    expect(out).toContain('  write to the peer after it returned: -1 Broken pipe\n');
  });

  it('SO_RCVTIMEO, SO_SNDTIMEO: values, EDOM and EINVAL, EAGAIN after the timeout, EINTR; SO_LINGER', async () => {
    const out = await expectSameAsGlibc('sock_timeout_case');
    expect(out).toContain('  read back: 0, {2, 500000}, len 16\n');
    expect(out).toContain('tv_usec 1000000: -1 Numerical argument out of domain\n');
    expect(out).toContain('accept: -1 Resource temporarily unavailable\n  elapsed at least 90 ms: 1\n');
    expect(out).toContain('a second, the backlog full: -1 Resource temporarily unavailable\n  elapsed at least 90 ms: 1\n');
    expect(out).toContain('after 50 ms: -1 Interrupted system call\n');
    expect(out).toContain('set SO_LINGER {0, 9}: 0\n  read back {0, 5} (the time stays)\n');
  });

  it('sendmmsg and recvmmsg: msg_len, MSG_WAITFORONE, the timeout, UIO_MAXIOV, partial results', async () => {
    const out = await expectSameAsGlibc('sock_mmsg_case');
    expect(out).toContain('sizeof(struct mmsghdr) 64, msg_len at 56\n');
    expect(out).toContain('MSG_WAITFORONE with 2 queued, vlen 5: 2\n');
    expect(out).toContain('3 queued, timeout {0, 0}: one, then the time is up: 1\n');
    expect(out).toContain('(capped at 1024): 1024\n');
    expect(out).toContain('recvmmsg, the second header\'s iovec bad: 1\n  [0] msg_len 5 "first"\n  SO_ERROR then: Bad address\n');
  });

  itPrintsGlibcOutputInEmulator(cases, ['poll_close_case', 'sock_timeout_case', 'sock_mmsg_case']);
});
