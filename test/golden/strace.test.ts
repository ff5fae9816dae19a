/**
 * userland/bin/strace in the emulator (issue 3): the course's `strace test 'Hello World!'`
 * shows the new system call by its number, and `strace -f` follows a fork, decodes
 * strings, errors and signals. Emulated runs are deterministic (pids and addresses
 * included), so the whole stderr is golden.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cc } from '../../cli/commands/cc.js';
import { boot, buildTree, expectGolden, ROOT, type Built } from './harness.js';
import { scratchDir } from '../scratch.js';

describe('strace', () => {
  let built: Built;
  let demo: string;
  beforeAll(async () => {
    built = await buildTree();
    demo = join(scratchDir('strace-'), 'strace_demo');
    await cc(['-o', demo, join(ROOT, 'test/golden/programs/strace_demo.c')]);
  });

  it("strace test 'Hello World!' lists its system calls, the new one as syscall_329", async () => {
    const run = await boot(built, { command: "strace test 'Hello World!' 2>&1" });
    expect(run.output).toMatch(/^execve\("\/bin\/test", \["test", "Hello World!"\], 0x[0-9a-f]+ \/\* \d+ vars \*\/\) = 0\n/);
    expect(run.output).toContain('write(1, "Making system call with \\"Hello W"..., 40) = 40\n');
    expect(run.output).toMatch(/\nsyscall_329\(0x[0-9a-f]+, .*\) = 0\n/);
    expect(run.output).toMatch(/\nexit_group\(0\) = \?\n\+\+\+ exited with 0 \+\+\+\n$/);
    expect(run.exitCode).toBe(0);
    expectGolden('strace.out', run.output);
  });

  it('strace -f follows the fork, shows errors, cut strings and signals, returns the status', async () => {
    const run = await boot(built, { command: 'strace -f strace_demo 2>&1', files: [`/bin/strace_demo=${demo}`] });
    expect(run.output).toMatch(/\n\[pid +\d+\] write\(1, "child\\n", 6\) = 6\n/);
    expect(run.output).toContain('open("/no/such/file", O_RDONLY) = -1 ENOENT (No such file or directory)\n');
    expect(run.output).toContain('read(3, "a line longer than strace shows "..., 64) = 43\n');
    expect(run.output).toMatch(/--- SIGUSR1 \{si_signo=SIGUSR1, si_code=0, si_pid=\d+\} ---\n/);
    expect(run.exitCode).toBe(3);
    expectGolden('strace-f.out', run.output);
  });
});
