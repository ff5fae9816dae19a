/**
 * Job control as Linux 4.7 does it (kernel-src/kernel/signal_stop.c, exit.c): stop
 * signals stop every thread of a process, SIGCONT continues it whatever its action,
 * the parent hears of both (SIGCHLD's CLD_STOPPED / CLD_CONTINUED, wait's WUNTRACED /
 * WCONTINUED, waitid's WSTOPPED), and the terminal's stop signals pass an orphaned
 * process group by; the terminal's ^Z, SIGTTIN and SIGTTOU. Each case (test/userland/c/NAME.c) prints natively with glibc what
 * it prints with our libc, and the same in the emulator, where our kernel does the work.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { boot, buildTree, type Built } from '../golden/harness.js';
import { itPrintsGlibcOutputInEmulator, useGlibcCases } from './glibc-cases.js';
import { runProgram } from './run.js';

const cases = useGlibcCases('tcc-lite-jobctl-');
const { expectSameAsGlibc } = cases;

describe('job control', () => {
  it('wait: WUNTRACED and WCONTINUED report once, /proc shows T, SIGKILL of a stopped child, waitid WSTOPPED | WNOWAIT', async () => {
    const out = await expectSameAsGlibc('jobctl_wait_case');
    expect(out).toContain('signal 20, waitpid WUNTRACED: stopped by signal 20\n  /proc stat state T, status State: T (stopped)\n');
    expect(out).toContain('  again, WUNTRACED | WNOHANG: returned 0\n');
    expect(out).toContain('  SIGCONT, waitpid WCONTINUED: continued (status 0xffff)\n  again, WCONTINUED | WNOHANG: returned 0\n');
    expect(out).toContain('  SIGKILL of the stopped child, waitpid: killed by signal 9\n');
    expect(out).toContain('  again, WSTOPPED: 0, signal 17, CLD_STOPPED, status 19, si_pid is the child 1\n');
    expect(out).toContain('  again, WCONTINUED | WSTOPPED: 0, signal 17, CLD_CONTINUED, status 18, si_pid is the child 1\n');
  });

  it('SIGCHLD: CLD_STOPPED and CLD_CONTINUED with si_status, none under SA_NOCLDSTOP but CLD_KILLED', async () => {
    const out = await expectSameAsGlibc('jobctl_sigchld_case');
    expect(out).toContain('SIGTSTP: signal 17, CLD_STOPPED, si_status 20, si_pid is the child 1\n');
    expect(out).toContain('SIGCONT: signal 17, CLD_CONTINUED, si_status 18, si_pid is the child 1\n');
    expect(out).toContain('  SIGCONT, waitpid WCONTINUED: continued (status 0xffff)\n  then: no SIGCHLD (EAGAIN)\n');
    expect(out).toContain('  SIGKILL: signal 17, CLD_KILLED, si_status 9, si_pid is the child 1\n');
  });

  it('SIGCONT continues when handled (the handler runs) or ignored; stop and continue signals discard each other', async () => {
    const out = await expectSameAsGlibc('jobctl_cont_case');
    expect(out).toContain('  the counter stays while stopped: 1\n  child says: the SIGCONT handler ran\n');
    expect(out).toContain('SIGCONT ignored\n  SIGSTOP: stopped by signal 19\n  the counter stays while stopped: 1\n  SIGCONT: continued (status 0xffff)\n  the counter moves again: 1\n');
    expect(out).toContain('after SIGCONT:\n  child says: pending SIGTSTP 0, SIGTTOU 0, SIGCONT 1\n');
    expect(out).toContain('after SIGTTOU:\n  child says: pending SIGTSTP 0, SIGTTOU 1, SIGCONT 0\n');
  });

  it('a multi-threaded process stops as a whole, by kill or by tgkill of one thread', async () => {
    const out = await expectSameAsGlibc('jobctl_threads_case');
    expect(out).toContain('SIGTSTP to the worker thread: stopped by signal 20\n  threads stopped: 2 of 2\n  no count moved while stopped: 1\n');
    expect(out).toContain('  both threads count again: 1\n');
  });

  it('an orphaned group ignores SIGTSTP, SIGTTIN and SIGTTOU but not SIGSTOP; setsid and getsid', async () => {
    const out = await expectSameAsGlibc('jobctl_orphan_case');
    expect(out).toContain('after SIGTSTP: still running\nafter SIGTTIN: still running\nafter SIGTTOU: still running\nSIGSTOP: stopped by signal 19\n');
    expect(out).toContain("a group leader's setsid: EPERM\n");
    expect(out).toContain('a group of its own, SIGTSTP: stopped by signal 20\n');
  });

  itPrintsGlibcOutputInEmulator(cases, [
    'jobctl_wait_case', 'jobctl_sigchld_case', 'jobctl_cont_case', 'jobctl_threads_case', 'jobctl_orphan_case',
  ]);
});

/** Runs a case on a terminal of its own, a pty that script(1) makes; the pty's \r\n read as \n. */
function runOnTerminal(exe: string): string {
  const r = runProgram('script', ['-qec', exe, '/dev/null'], { env: { PATH: '/usr/bin:/bin', LC_ALL: 'C' } });
  expect(r.status).toBe(0);
  return r.stdout.replaceAll('\r\n', '\n');
}

const TTY_CASE_OUTPUT = `^Z
a foreground job, ^Z: stopped by signal 20
a background read: stopped by signal 21
read: -1 EIO
a background read, SIGTTIN ignored: exited 0
read: -1 EIO
a background read, SIGTTIN blocked: exited 0
a background write
a background write: exited 0
TOSTOP, a background write: stopped by signal 22
a background write, SIGTTOU ignored
TOSTOP, a background write, SIGTTOU ignored: exited 0
tcsetpgrp in the background: stopped by signal 22
tcsetpgrp: 0
tcsetpgrp in the background, SIGTTOU blocked: exited 0
`;

describe("the terminal's job control", () => {
  let built: Built;
  beforeAll(async () => {
    built = await buildTree();
  }, 120_000);

  it('^Z, SIGTTIN (EIO when ignored or blocked), SIGTTOU for TOSTOP writes and tcsetpgrp: natively on a pty', async () => {
    for (const flavour of ['glibc', 'ours', 'tcc'] as const) {
      const out = runOnTerminal(await cases.buildCase('jobctl_tty_case', flavour));
      expect({ flavour, out }).toEqual({ flavour, out: TTY_CASE_OUTPUT });
    }
  });

  it('the same on the emulated console, compiled by tcc-lite', async () => {
    const exe = await cases.buildCase('jobctl_tty_case', 'tcc');
    const booted = await boot(built, { command: 'jobctl_tty_case', files: [`/bin/jobctl_tty_case=${exe}`] });
    expect(booted.output).toBe(TTY_CASE_OUTPUT);
    expect(booted.exitCode).toBe(0);
  }, 120_000);
});
