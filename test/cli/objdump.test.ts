/**
 * `tcc-lite objdump -d` against binutils' objdump on the same files: an object gcc made
 * and an executable our toolchain linked.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readElf } from '../../compiler/elf/reader.js';
import { objdump } from '../../compiler/x86/objdump.js';

const dir = mkdtempSync(join(tmpdir(), 'objdump-'));

const PROGRAM = `
static int table[16];
int square(int x) { return x * x; }
long sum(const int *p, long n) { long s = 0; for (long i = 0; i < n; i++) s += p[i] * 3; return s; }
int pick(int k) { switch (k) { case 0: return 4; case 1: return 9; case 2: return 16; case 3: return 25; default: return -1; } }
int main(void) { for (int i = 0; i < 16; i++) table[i] = square(i) + pick(i & 3); return (int)sum(table, 16) & 0xff; }
`;

function compare(file: string): { same: number; total: number; ours: string; theirs: string } {
  const theirs = execFileSync('objdump', ['-d', file], { encoding: 'utf8' });
  const ours = objdump(readElf(readFileSync(file), file), file);
  const a = ours.split('\n');
  const b = theirs.split('\n');
  let same = 0;
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] === b[i]) same++;
  return { same, total: b.length, ours, theirs };
}

describe('tcc-lite objdump -d', () => {
  it("prints a gcc object exactly as objdump does", () => {
    const src = join(dir, 'p.c');
    writeFileSync(src, PROGRAM);
    for (const opt of ['-O0', '-O2']) {
      const obj = join(dir, `p${opt}.o`);
      execFileSync('gcc', [opt, '-fno-pie', '-fcf-protection=none', '-fno-asynchronous-unwind-tables', '-c', src, '-o', obj]);
      const r = compare(obj);
      expect(r.ours).toBe(r.theirs);
    }
  });

  it('agrees with objdump on nearly every line of a linked executable', () => {
    const src = join(dir, 'p.c');
    writeFileSync(src, PROGRAM);
    const exe = join(dir, 'p');
    execFileSync('gcc', ['-O2', '-static', '-nostdlib', '-fno-pie', '-no-pie', '-fcf-protection=none', '-Wl,-e,main', src, '-o', exe]);
    const r = compare(exe);
    expect(r.total).toBeGreaterThan(20);
    expect(r.same / r.total).toBeGreaterThan(0.97);
  });
});
