/**
 * What the kernel tests that run a program of test/kernel/fixtures/ share: the tree,
 * built once per test file, and the programs, built by tcc-lite into a scratch directory
 * and run as the guest's command. Linux is the oracle where a fixture's results can be
 * compared: the same source built by gcc with glibc and run natively.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, expect } from 'vitest';
import { cc } from '../../cli/commands/cc.js';
import { boot, buildTree, type Built, type Run } from '../golden/harness.js';
import { scratchDir } from '../scratch.js';
import { runProgram, type RunResult } from '../userland/run.js';
import type { RunOptions } from '../../cli/commands/run.js';

const run = promisify(execFile);

export interface KernelFixtures {
  /** Boots the tree with these options (a command of the initramfs's own programs). */
  boot(opts: Partial<RunOptions>): Promise<Run>;
  /** Builds fixtures/NAME.c with tcc-lite and boots the tree with it as the command. */
  runFixture(name: string): Promise<Run>;
  /** Builds fixtures/NAME.c with gcc and glibc and runs it natively. */
  runNatively(name: string): Promise<RunResult>;
}

/** Registers the tree's build with the calling test file; PREFIX names its scratch directory. */
export function useKernelFixtures(prefix: string): KernelFixtures {
  let built: Built;
  let work: string;
  beforeAll(async () => {
    built = await buildTree();
    work = scratchDir(prefix);
  }, 120_000);

  const source = (name: string): string => join(import.meta.dirname, 'fixtures', `${name}.c`);
  return {
    boot: (opts) => boot(built, opts),
    async runFixture(name) {
      const exe = join(work, name);
      await cc(['-w', '-o', exe, source(name)]);
      return boot(built, { command: name, files: [`/bin/${name}=${exe}`] });
    },
    async runNatively(name) {
      const exe = join(work, `${name}.native`);
      await run('gcc', ['-w', '-O0', '-pthread', source(name), '-o', exe]);
      return runProgram(exe, []);
    },
  };
}

/** A leak fixture prints how many pages its later rounds did not give back. */
export async function expectNoPagesLost(fixtures: KernelFixtures, name: string): Promise<void> {
  const booted = await fixtures.runFixture(name);
  expect(booted.output).toBe('pages not given back: 0\n');
  expect(booted.exitCode).toBe(0);
}

/**
 * A fixture's output without its page count, to compare with a native run's: the host's
 * free memory moves with the rest of the host, so only ours is judged (by 0).
 */
export function withoutPageCount(output: string): string {
  return output.replace(/^pages not given back: .*\n/m, '');
}
