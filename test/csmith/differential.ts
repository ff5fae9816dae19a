/** One csmith differential run: generate, build with gcc and with tcc-lite, run both natively. */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cc } from '../../cli/commands/cc.js';

export const CSMITH_INCLUDE = '/usr/include/csmith';
export const CSMITH_AVAILABLE = existsSync(CSMITH_INCLUDE) && spawnSync('sh', ['-c', 'command -v csmith']).status === 0;

export interface Outcome {
  gcc: string;
  ours: string;
}

function runBinary(exe: string): string {
  // csmith programs can loop for a long time; both builds get the same budget.
  const r = spawnSync(exe, [], { encoding: 'utf8', timeout: 10_000 });
  if (r.error) return `error: ${r.error.message}`;
  return `${r.stdout}exit ${r.status ?? r.signal}`;
}

export async function differential(seed: number): Promise<Outcome> {
  const dir = mkdtempSync(join(tmpdir(), `csmith-${seed}-`));
  const src = join(dir, 'prog.c');
  // Options keep programs terminating quickly and within C99 without floating point.
  const program = execFileSync('csmith', ['--seed', String(seed), '--no-packed-struct', '--max-funcs', '8'], { encoding: 'utf8' });
  writeFileSync(src, program);
  const gccExe = join(dir, 'gcc.out');
  execFileSync('gcc', ['-O0', '-w', '-I', CSMITH_INCLUDE, src, '-o', gccExe]);
  const oursExe = join(dir, 'ours.out');
  await cc(['-w', '-I', CSMITH_INCLUDE, src, '-o', oursExe]);
  return { gcc: runBinary(gccExe), ours: runBinary(oursExe) };
}
