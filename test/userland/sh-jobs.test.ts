/**
 * The interactive shell's job control (userland/bin/sh/jobs.c) on the emulated console,
 * with the kernel's (drivers/tty/tty_io.c: ^Z, SIGTTIN; kernel/signal_stop.c). A session
 * program (test/userland/c/jobctl_session.c), run by init as the console's session,
 * starts sh and types a scripted session with pauses between the lines, so that ^Z
 * reaches the job running then; the emulated clock makes the transcript exact. What sh
 * prints is what bash prints for the same session.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { commandLine, prepareInitrd } from '../../cli/commands/run.js';
import { Machine } from '../../emulator/machine.js';
import { buildTree, type Built } from '../golden/harness.js';
import { useGlibcCases } from './glibc-cases.js';

const cases = useGlibcCases('tcc-lite-sh-jobs-');

/** Boots init with the session typing `typed` (a pause in ms and text, each); the console's output. */
async function session(built: Built, typed: [number, string][]): Promise<{ output: string; exitCode: number }> {
  const exe = await cases.buildCase('jobctl_session', 'tcc');
  const chunks: Buffer[] = [];
  const machine = new Machine({
    kernel: readFileSync(built.kernel),
    initrd: prepareInitrd(readFileSync(built.initrd), { files: [`/bin/jobctl_session=${exe}`] }),
    cmdline: commandLine({ program: ['/bin/init', '/bin/jobctl_session', ...typed.map(([ms, text]) => `${ms}:${text}`)] }),
    onConsoleOutput: (b) => chunks.push(Buffer.from(b)),
  });
  // The console stays connected (no hang-up): the session's typing is all the input.
  const exit = machine.runSync({ maxInstructions: 20_000_000_000 });
  return { output: Buffer.concat(chunks).toString('utf8'), exitCode: exit.exitCode };
}

describe('sh: job control', () => {
  let built: Built;
  beforeAll(async () => {
    built = await buildTree();
  }, 120_000);

  it('^Z stops the foreground job; jobs, bg, fg, kill %n; background jobs reported before the prompt', async () => {
    const run = await session(built, [
      [200, 'sleep 5\\n'], [500, '\\032'], [200, 'jobs\\n'], [200, 'bg\\n'], [200, 'jobs\\n'], [200, 'fg\\n'], [500, '\\032'],
      [200, 'sleep 10 &\\n'], [200, 'jobs\\n'], [200, 'kill %1\\n'], [200, '\\n'], [200, 'cat &\\n'], [200, '\\n'],
      [200, 'kill %2 %3\\n'], [200, '\\n'], [200, 'true | sleep 1 &\\n'], [1500, '\\n'], [200, 'exit 3\\n'],
    ]);
    expect(run.output).toBe(`$ sleep 5
^Z
[1]+  Stopped                 sleep 5
$ jobs
[1]+  Stopped                 sleep 5
$ bg
[1]+ sleep 5 &
$ jobs
[1]+  Running                 sleep 5 &
$ fg
sleep 5
^Z
[1]+  Stopped                 sleep 5
$ sleep 10 &
[2] 5
$ jobs
[1]-  Stopped                 sleep 5
[2]+  Running                 sleep 10 &
$ kill %1
$ 
[1]-  Terminated              sleep 5
$ cat &
[3] 7
$ 
[3]+  Stopped                 cat
$ kill %2 %3
$ 
[2]-  Terminated              sleep 10
[3]+  Terminated              cat
$ true | sleep 1 &
[1] 9
$ 
[1]+  Done                    true | sleep 1
$ exit 3
`);
    expect(run.exitCode).toBe(3);
  }, 120_000);
});
