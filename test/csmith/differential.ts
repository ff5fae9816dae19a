/** One csmith differential run: generate, build with gcc and with tcc-lite, run both natively. */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cc } from '../../cli/commands/cc.js';

export const CSMITH_INCLUDE = '/usr/include/csmith';
export const CSMITH_AVAILABLE = existsSync(CSMITH_INCLUDE) && spawnSync('sh', ['-c', 'command -v csmith']).status === 0;

export interface Outcome {
  gcc: string;
  ours: string;
  /** gcc's build ran past the time budget: the seed says nothing about us. */
  inconclusive: boolean;
}

function runBinary(exe: string): { text: string; timedOut: boolean } {
  // csmith programs can loop for a long time; both builds get the same budget.
  const r = spawnSync(exe, [], { encoding: 'utf8', timeout: 10_000 });
  if (r.error) return { text: `error: ${r.error.message}`, timedOut: (r.error as NodeJS.ErrnoException).code === 'ETIMEDOUT' };
  return { text: `${r.stdout}exit ${r.status ?? r.signal}`, timedOut: false };
}

export async function differential(seed: number): Promise<Outcome> {
  const dir = mkdtempSync(join(tmpdir(), `csmith-${seed}-`));
  try {
    return await compareBuilds(seed, dir);
  } finally {
    // The seed alone reproduces the program.
    rmSync(dir, { recursive: true, force: true });
  }
}

async function compareBuilds(seed: number, dir: string): Promise<Outcome> {
  const src = join(dir, 'prog.c');
  // Options keep programs terminating quickly and within C99 without floating point.
  const program = execFileSync('csmith', ['--seed', String(seed), '--no-packed-struct', '--max-funcs', '8'], { encoding: 'utf8' });
  writeFileSync(src, program);
  const gccExe = join(dir, 'gcc.out');
  execFileSync('gcc', ['-O0', '-w', '-I', CSMITH_INCLUDE, src, '-o', gccExe]);
  const oursExe = join(dir, 'ours.out');
  await cc(['-w', '-I', CSMITH_INCLUDE, src, '-o', oursExe]);
  const gcc = runBinary(gccExe);
  if (gcc.timedOut) return { gcc: gcc.text, ours: '', inconclusive: true };
  return { gcc: gcc.text, ours: runBinary(oursExe).text, inconclusive: false };
}
