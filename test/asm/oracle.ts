/**
 * The oracle: GNU as 2.40 and objdump on this machine. Tests assemble the same text with
 * both assemblers and compare the object files byte for byte.
 */

import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const hasGnuAs = spawnSync('as', ['--version']).status === 0;

export const scratch = mkdtempSync(join(tmpdir(), 'tcc-lite-asm-'));

export function cleanup(): void {
  rmSync(scratch, { recursive: true, force: true });
}

/** Assembles with GNU as; undefined when GNU as rejects the text. */
export function gnuAssemble(text: string, name: string, extraArgs: string[] = []): Uint8Array | undefined {
  const src = join(scratch, `${name}.s`);
  const obj = join(scratch, `${name}.gas.o`);
  writeFileSync(src, text);
  const r = spawnSync('as', ['--64', ...extraArgs, '-o', obj, src], { encoding: 'utf8' });
  if (r.status !== 0) return undefined;
  return new Uint8Array(readFileSync(obj));
}

/** `objdump -dr` and `readelf -aW` of both objects, for a readable failure message. */
export function explainDifference(ours: Uint8Array, theirs: Uint8Array, name: string): string {
  const a = join(scratch, `${name}.ours.o`);
  const b = join(scratch, `${name}.theirs.o`);
  writeFileSync(a, ours);
  writeFileSync(b, theirs);
  const dump = (f: string): string[] =>
    execFileSync('sh', ['-c', `readelf -aW ${f} 2>&1; objdump -dr ${f} | tail -n +4`], { encoding: 'utf8', maxBuffer: 1 << 28 }).split('\n');
  const x = dump(b);
  const y = dump(a);
  const out: string[] = [];
  for (let i = 0; i < Math.max(x.length, y.length) && out.length < 20; i++) {
    if (x[i] !== y[i]) out.push(`gas:  ${x[i] ?? ''}`, `ours: ${y[i] ?? ''}`);
  }
  return out.join('\n');
}

export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
