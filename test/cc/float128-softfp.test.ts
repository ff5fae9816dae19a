/**
 * The binary128 routines of our libc (userland/libc/src/softfp_*.c) against the host's
 * libgcc: compiled by tcc-lite under other names (float128/softfp_rename.h) and linked
 * with a gcc-built driver that calls both on random and edge-case operands in all four
 * rounding modes, comparing result bits and exception flags. The compile-time side
 * (binary128.ts) is checked against gcc's own reading of random decimal literals.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { b128Arith, parseB128 } from '../../compiler/cc/binary128.js';
import { link, ourObject, workDir } from './helpers.js';

const src = join(import.meta.dirname, '../../userland/libc/src');
const here = join(import.meta.dirname, 'float128');
const out = join(workDir, 'softfp');

describe('binary128 routines against libgcc', () => {
  it('agree on results and flags (30,000 operand pairs, ~35 operations each)', () => {
    const cppArgs = ['-include', join(here, 'softfp_rename.h'), `-I${src}`];
    const objects = ['core', 'arith', 'cmp', 'conv'].map((f) => ourObject(join(src, `softfp_${f}.c`), out, {}, cppArgs));
    mkdirSync(out, { recursive: true });
    const driver = join(out, 'driver.o');
    execFileSync('gcc', ['-O1', '-c', '-o', driver, join(here, 'softfp_driver.c')]);
    const exe = link([driver, ...objects], join(out, 'diff'));
    const r = spawnSync(exe, ['30000'], { encoding: 'utf8', timeout: 60_000 });
    expect(r.stdout).toContain('30000 cases, 0 failures');
    expect(r.status).toBe(0);
  });
});

/** xorshift: the same literals every run. */
function* randomLiterals(n: number): Generator<string> {
  let s = 0x2545f4914f6cdd1dn;
  const next = (): bigint => {
    s ^= (s << 13n) & 0xffffffffffffffffn;
    s ^= s >> 7n;
    s ^= (s << 17n) & 0xffffffffffffffffn;
    return s;
  };
  for (let i = 0; i < n; i++) {
    const digits = (next() % 10n ** BigInt(1 + Number(next() % 40n))).toString();
    const exp = Number(next() % 9900n) - 4950;
    yield `${digits.slice(0, 1)}.${digits.slice(1) || '0'}e${exp}`;
  }
}

describe('compile-time binary128 (binary128.ts) against gcc', () => {
  it('parses decimal literals and folds arithmetic to the same bits', () => {
    const literals = [...randomLiterals(300), '0.1', '1e-4966', '6.5e-4966', '1.18973149535723176508575932662800702e4932', '1.2e4932'];
    const lines = literals.map((l, i) => `  { F x = ${l}q, y = ${literals[(i + 1) % literals.length]}q; show(x); show(x + y); show(x * y); show(x / y); }`);
    const program = [
      '#include <stdio.h>', '#include <string.h>', 'typedef __float128 F;',
      'static void show(F x) { unsigned long w[2]; memcpy(w, &x, 16); printf("%016lx%016lx\\n", w[1], w[0]); }',
      'int main(void) {', ...lines, '  return 0;', '}',
    ].join('\n');
    mkdirSync(out, { recursive: true });
    const file = join(out, 'literals.c');
    writeFileSync(file, program);
    execFileSync('gcc', ['-w', '-O0', '-o', join(out, 'literals'), file]);
    const expected = execFileSync(join(out, 'literals'), { encoding: 'utf8' }).trim().split('\n');
    const hex = (v: bigint): string => v.toString(16).padStart(32, '0');
    const got: string[] = [];
    literals.forEach((l, i) => {
      const x = parseB128(l)!;
      const y = parseB128(literals[(i + 1) % literals.length])!;
      got.push(hex(x), hex(b128Arith('add', x, y)), hex(b128Arith('mul', x, y)), hex(b128Arith('div', x, y)));
    });
    expect(got).toEqual(expected);
  });
});
