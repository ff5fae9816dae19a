/**
 * ps (userland/bin/ps.c) against procps's ps on this machine: for a process that
 * used 1.2 s of CPU and then waits, `ps -ef` and `ps aux` built by tcc-lite with our
 * libc and run natively show the same start time (STIME, START) and CPU time (TIME)
 * as the host's ps. C and %CPU (CPU time over age) fall as the process ages, so ours
 * must lie between procps's just before and just after. Columns that come from
 * elsewhere (STAT's extra letters, VSZ and RSS) are not compared.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cc } from '../../cli/commands/cc.js';
import { runProgram } from './run.js';

const PROCPS = '/usr/bin/ps';
const ROOT = resolve(import.meta.dirname, '../..');

/** The line for pid in ps's output, split into its columns (the command's words joined again). */
function columns(output: string, pid: number, commandColumn: number): string[] {
  const line = output.split('\n').find((l) => l.trim().split(/\s+/)[1] === String(pid));
  expect(line, `pid ${pid} in\n${output}`).toBeDefined();
  const fields = line!.trim().split(/\s+/);
  return [...fields.slice(0, commandColumn), fields.slice(commandColumn).join(' ')];
}

describe.skipIf(!existsSync(PROCPS))('ps against procps', () => {
  let work: string;
  let ps: string;
  let burner: ChildProcess;

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'tcc-lite-ps-'));
    ps = join(work, 'ps');
    const exe = join(work, 'cpu_burner');
    await cc(['-w', '-o', ps, join(ROOT, 'userland/bin/ps.c')]);
    await cc(['-w', '-o', exe, join(ROOT, 'test/userland/c/cpu_burner.c')]);
    burner = spawn(exe, ['1.2'], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((ready) => burner.stdout!.once('data', () => ready()));
  }, 60_000);

  afterAll(() => {
    burner?.kill();
    rmSync(work, { recursive: true, force: true });
  });

  const env = { PATH: '/usr/bin:/bin', LC_ALL: 'C', TZ: 'UTC' };

  /** The burner's columns as procps, ours and procps again print them with these arguments. */
  function threeRuns(args: string[], commandColumn: number): string[][] {
    return [PROCPS, ps, PROCPS].map((program) =>
      columns(runProgram(program, args, { env }).stdout, burner.pid!, commandColumn),
    );
  }

  it('ps -ef: UID PID PPID STIME TTY TIME CMD as procps, C between its two', () => {
    const [before, ours, after] = threeRuns(['-ef'], 7);
    const fixed = (c: string[]): string[] => [...c.slice(0, 3), ...c.slice(4)];
    expect(ours[6]).toBe('00:00:01');
    expect(fixed(ours)).toEqual(fixed(before));
    expect(Number(ours[3])).toBeGreaterThan(0);
    expect(Number(ours[3])).toBeLessThanOrEqual(Number(before[3]));
    expect(Number(ours[3])).toBeGreaterThanOrEqual(Number(after[3]));
  });

  it('ps aux: USER PID START TIME COMMAND as procps, %CPU between its two', () => {
    const [before, ours, after] = threeRuns(['aux'], 10);
    const fixed = (c: string[]): string[] => [c[0], c[1], c[8], c[9], c[10]];
    expect(ours[9]).toBe('0:01');
    expect(fixed(ours)).toEqual(fixed(before));
    expect(Number(ours[2])).toBeGreaterThan(0);
    expect(Number(ours[2])).toBeLessThanOrEqual(Number(before[2]));
    expect(Number(ours[2])).toBeGreaterThanOrEqual(Number(after[2]));
  });
});
