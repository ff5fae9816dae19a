/**
 * /proc gives back what it takes: fixtures/proc_pages.c reads every file and link of
 * every process and of /proc itself, many times over, in children that exit with a
 * /proc file open, and compares the free memory before and after (sysinfo);
 * fixtures/proc_big_pages.c does the same for texts over 64 KiB and " (deleted)" links.
 * What the files say is judged against Linux in test/userland/procfs.test.ts; here,
 * ps (userland/bin/ps.c, which reads only /proc) prints the emulator's deterministic
 * processes in procps's formats.
 */
import { describe, expect, it } from 'vitest';
import { expectNoPagesLost, useKernelFixtures } from './fixtures.js';

describe('the proc file system in the kernel', () => {
  const fixtures = useKernelFixtures('tcc-lite-procfs-');

  it('opening, reading and closing many /proc files leaks no pages', async () => {
    await expectNoPagesLost(fixtures, 'proc_pages');
  }, 120_000);

  it('texts over 64 KiB and links to removed files leak no pages', async () => {
    await expectNoPagesLost(fixtures, 'proc_big_pages');
  }, 120_000);

  it('ps lists the processes on its terminal, and all of them with -ef and aux', async () => {
    const booted = await fixtures.boot({ command: 'sleep 1 & ps; ps -ef; ps aux; wait', files: [] });
    expect(booted.output).toBe(
      [
        '  PID TTY          TIME CMD',
        '    1 console  00:00:00 sh',
        '    2 console  00:00:00 sleep',
        '    3 console  00:00:00 ps',
        'UID        PID  PPID  C STIME TTY          TIME CMD',
        'root         1     0  0 12:00 console  00:00:00 /bin/sh /etc/tcc-lite-cmd.sh',
        'root         2     1  0 12:00 console  00:00:00 sleep 1',
        'root         4     1  0 12:00 console  00:00:00 ps -ef',
        'USER       PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND',
        'root         1  0.0  0.0   8464   160 console  S    12:00   0:00 /bin/sh /etc/tcc-lite-cmd.sh',
        'root         2  0.0  0.0   8352   164 console  S    12:00   0:00 sleep 1',
        'root         5  0.0  0.2   8940   636 console  R    12:00   0:00 ps aux',
        '',
      ].join('\n'),
    );
    expect(booted.exitCode).toBe(0);
  }, 120_000);
});
