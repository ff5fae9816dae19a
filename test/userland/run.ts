/**
 * Running native programs for the tests: ours (from the build directory)
 * and the host's reference tools, capturing stdout, stderr and status.
 */
import { spawnSync } from 'node:child_process';

export interface RunResult {
  stdout: string;
  stderr: string;
  status: number | null;
  signal: NodeJS.Signals | null;
}

export interface RunOptions {
  input?: string;
  cwd?: string;
  env?: NodeJS.ProcessEnv;
}

export function runProgram(file: string, args: string[], opts: RunOptions = {}): RunResult {
  const r = spawnSync(file, args, {
    input: opts.input ?? '',
    cwd: opts.cwd,
    env: opts.env ?? { ...process.env, LC_ALL: 'C' },
    encoding: 'utf8',
    timeout: 20_000,
  });
  // A program that exits without reading all its input makes our write fail with EPIPE;
  // that is the program's business (`sh -c 'true'` ignores stdin), not an error here.
  if (r.error && !((r.error as NodeJS.ErrnoException).code === 'EPIPE' && (r.status !== null || r.signal !== null))) throw r.error;
  return { stdout: r.stdout, stderr: r.stderr, status: r.status, signal: r.signal };
}
