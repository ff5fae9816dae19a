/**
 * `tcc-lite objdump -d` against binutils' objdump on the same files: an object gcc made
 * and an executable our toolchain linked.
 */
import { execFileSync, spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readElf } from '../../compiler/elf/reader.js';
import { objdump } from '../../compiler/x86/objdump.js';
import { breadthListing } from '../asm/breadth.js';
import { scratchDir } from '../scratch.js';

const dir = scratchDir('objdump-');

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

/** Each instruction's bytes and text, without the symbol annotations that follow an address. */
function instructions(listing: string): string[] {
  return listing.split('\n').filter((l) => /^\s+[0-9a-f]+:\t/.test(l)).map((l) =>
    l.split('\t').slice(1, 3).join('\t').replace(/ *(#.*|<[^>]*>)$/, '').replace(/\b(0x)?([0-9a-f]+)$/, '$2').trimEnd());
}

it('reads a dynamically linked executable (allocated relocations) and decodes it as objdump does', () => {
  // A PIE, as gcc makes by default: .rela.dyn has sh_info 0, and calls to the PLT go backwards.
  const src = join(dir, 'dyn.c');
  writeFileSync(src, '#include <stdio.h>\nint main(int c, char **v) { printf("%d %s\\n", c, v[0]); return 0; }\n');
  const exe = join(dir, 'dyn');
  execFileSync('gcc', ['-O0', src, '-o', exe]);
  const r = compare(exe);
  const ours = instructions(r.ours);
  expect(ours.length).toBeGreaterThan(20);
  expect(ours).toEqual(instructions(r.theirs));
});

describe('tcc-lite objdump -d on every instruction spelling', () => {
  it('prints the issue\'s instruction list (assembled by GNU as) exactly as objdump does', () => {
    const src = join(dir, 'breadth.s');
    writeFileSync(src, breadthListing());
    const obj = join(dir, 'breadth.o');
    execFileSync('as', ['--64', src, '-o', obj]);
    const r = compare(obj);
    expect(r.ours).toBe(r.theirs);
  });

  it('names prefixes, implicit operands and hints as objdump does', () => {
    // Far returns, segment moves, string operations with each prefix, data16/rex.W leftovers,
    // bnd/notrack/branch hints, addr32 without a memory operand, no-op segment overrides, cmpPREDps, xchg with r8.
    const bytes = [
      '0f 07', '48 0f 07', 'cf', '48 cf', '66 cf', 'cb', '48 cb', '66 cb', '0f 35', '48 0f 35', '66 90', '8e d8', '48 8e d8', '66 8e d8',
      '8c d8', '48 8c d8', '66 8c d8', '8c 10', '8e 20', 'a4', '64 a4', '67 a4', 'a5', '66 a5', '48 a5', 'aa', 'ab', '48 ab', 'ac', '48 ad',
      'ae', 'af', 'a6', '64 a7', '6c', '6d', '6e', '66 6f', 'd7', '67 d7', 'f3 a4', 'f2 ae', 'f3 a6', '66 66 90', '3e a4', '26 a4',
      '9c', '66 9c', '48 9c', 'f3 48 ab', 'f0 f3 90', '66 ff 28', '48 ff 28', '66 ff 18', '48 ff 18', '66 ff 30', 'ff 30',
      'f2 e8 00 00 00 00', 'f2 74 00', 'f2 eb 00', '3e ff d0', '2e 74 00', '3e 74 00', '26 8b 00', '36 8b 00', '64 8b 00', '2e a4',
      '66 0f a0', '0f a0', '48 0f a0', '66 50', '66 6a 01', '66 c3', '66 c9', '0f c2 d1 08', '0f c2 d1 02', '41 90', '66 41 90', '49 90',
      '0f 01 c8', '0f 01 c9', '0f 00 00', '66 0f 00 00', '0f 01 20', 'f3 90', 'f2 90', 'f3 c3', 'f3 0f 05',
      '66 66 2e 0f 1f 84 00 00 00 00 00', '67 e8 00 00 00 00', '67 c3', '67 90',
    ];
    const src = join(dir, 'prefixes.s');
    writeFileSync(src, `.text\n${bytes.map((b) => `.byte ${b.split(' ').map((x) => `0x${x}`).join(',')}`).join('\n')}\n`);
    const obj = join(dir, 'prefixes.o');
    execFileSync('as', ['--64', src, '-o', obj]);
    const r = compare(obj);
    expect(r.ours).toBe(r.theirs);
  });
});

it('stops quietly when its reader goes away (`tcc-lite objdump -d big | head`)', async () => {
  const exe = join(dir, 'static');
  writeFileSync(join(dir, 'static.c'), 'int main(void) { return 0; }\n');
  execFileSync('gcc', ['-static', join(dir, 'static.c'), '-o', exe]);
  const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, '../../cli/main.ts'), 'objdump', '-d', exe]);
  let stderr = '';
  child.stderr.on('data', (b: Buffer) => { stderr += b.toString(); });
  child.stdout.once('data', () => child.stdout.destroy());
  const status = await new Promise<number | null>((done) => child.on('close', (code) => done(code)));
  expect(stderr).toBe('');
  expect(status).toBe(141);
}, 30_000);
