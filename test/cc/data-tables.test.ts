/**
 * Big constant tables (compiler/cc/data-run.ts, data-emit.ts): `xxd -i` output and lookup
 * tables are scanned as one token per list and written as `.ascii` lines. The bytes each
 * object gets must be gcc's: every data symbol's contents are compared between gcc's object
 * and ours (assembled by our assembler and by GNU as). Lists the fast path declines (a
 * struct, a local, a value that does not fit, more elements than the array) go the general
 * way with the same diagnostics.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileC } from '../../compiler/cc/index.js';
import { tokenize } from '../../compiler/cc/lexer.js';
import { assemble } from '../../compiler/asm/index.js';
import { preprocess } from '../../compiler/cpp/index.js';
import { readElf } from '../../compiler/elf/reader.js';
import { CompileError } from '../../compiler/diagnostics.js';
import { xorshift32 } from '../prng.js';
import { gccObject, workDir } from './helpers.js';

/** What `xxd -i` prints for a file named `name` holding `bytes`. */
function xxdInclude(name: string, bytes: Uint8Array): string {
  const lines: string[] = [];
  for (let i = 0; i < bytes.length; i += 12) {
    const row = Array.from(bytes.subarray(i, i + 12), (b) => `0x${b.toString(16).padStart(2, '0')}`);
    lines.push(`  ${row.join(', ')}${i + 12 < bytes.length ? ',' : ''}`);
  }
  return `unsigned char ${name}[] = {\n${lines.join('\n')}\n};\nunsigned int ${name}_len = ${bytes.length};\n`;
}

function randomBytes(n: number, seed: number): Uint8Array {
  const next = xorshift32(seed);
  const bytes = new Uint8Array(n);
  for (let i = 0; i < n; i++) bytes[i] = next() & 0xff;
  return bytes;
}

function list(values: (number | bigint | string)[]): string {
  return `{ ${values.join(', ')} }`;
}

/** Tables of every shape the fast path takes, and some it must leave to the general path. */
function tablesSource(): string {
  const next = xorshift32(7);
  const blob = randomBytes(65536, 1);
  // Zero runs long and short, so that strings alternate with `.zero`.
  const sparse = randomBytes(3000, 2).map((b, i) => (i % 700 < 40 ? 0 : i % 50 < 5 ? 0 : b));
  const ints = Array.from({ length: 500 }, () => next() >>> 1);
  const octal = Array.from({ length: 40 }, () => `0${(next() & 0xffff).toString(8)}`);
  const longs = Array.from({ length: 64 }, (_, i) => (BigInt(next()) << BigInt(i % 33)) * 2n + 1n);
  return [
    xxdInclude('blob', blob),
    `static const unsigned char sparse[] = ${list(Array.from(sparse))};`,
    `const int ints[600] = ${list(ints)};`,
    `unsigned short octal[] = ${list(octal)};`,
    `unsigned long longs[] = ${list([...longs, '0xffffffffffffffff', '18446744073709551615', '9007199254740993'])};`,
    `long signed_longs[] = ${list(['0x7fffffffffffffff', '9223372036854775807', '9007199254740993', 1, 2, 3, 4, 5])};`,
    // Negated int constants; `-` before anything larger (or before an unsigned constant) is left to the general path.
    `const short samples[] = ${list(Array.from({ length: 300 }, (_, i) => Math.round(32767 * Math.sin(i / 10))))};`,
    `signed char deltas[] = ${list([-128, -1, -0, 0, 127, -5, 3, -2, 1])};`,
    `long negatives[] = ${list([-2147483647, -1, '-0x7fffffff', '-017', 1, 2, 3, 4])};`,
    `long wide_negatives[] = ${list(['-2147483648', '-0x80000000', '-4294967296', -1, 2, 3, 4, 5])};`,
    `unsigned char unsigned_negatives[] = ${list([-1, -2, 3, 4, 5, 6, 7, 8])};`,
    // Values that do not fit the element type, and a bool and an enum table: the general path.
    `char wraps[] = ${list([0x7f, 0x80, 0xff, 300, 1, 2, 3, 4, 5])};`,
    `_Bool bools[] = ${list([0, 1, 2, 3, 4, 5, 6, 7, 8])};`,
    `enum color { RED } colors[] = ${list([0, 1, 2, 3, 4, 5, 6, 7, 8])};`,
    `int grid[3][10] = { ${list([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])}, ${list([11, 12, 13, 14, 15, 16, 17, 18])} };`,
    `struct rgb { unsigned char r, g, b; int weight; } palette[] = ${list([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])};`,
    `float floats[] = ${list([1, 2, 3, 4, 5, 6, 7, 8, 16777217])};`,
    `int *pointer = (int[])${list([1, 2, 3, 4, 5, 6, 7, 8])};`,
    // The same values as `blob`'s first ones, forced through the general path by a cast.
    `unsigned char general[] = ${list(['(unsigned char)' + blob[0], ...Array.from(blob.subarray(1, 400))])};`,
    `unsigned char fast[] = ${list(Array.from(blob.subarray(0, 400)))};`,
    `int f(int i) { static const short local_static[] = ${list([5, 4, 3, 2, 1, 0, 9, 8, 7])}; ` +
      `int local[] = ${list([9, 8, 7, 6, 5, 4, 3, 2, 1])}; return local[i] + local_static[i]; }`,
    '',
  ].join('\n');
}

/** Every defined data symbol's bytes (zero-filled for .bss), by name. */
function symbolBytes(object: Uint8Array, name: string): Map<string, string> {
  const elf = readElf(object, name);
  const out = new Map<string, string>();
  for (const s of elf.symbols) {
    if (s.type !== 1 /* STT_OBJECT */ || s.shndx === 0 || s.shndx >= 0xff00) continue;
    const sec = elf.sections[s.shndx];
    const start = Number(s.value);
    const bytes = sec.data.length === 0 ? new Uint8Array(Number(s.size)) : sec.data.subarray(start, start + Number(s.size));
    out.set(s.name.replace(/\.\d+$/, ''), Buffer.from(bytes).toString('hex'));
  }
  return out;
}

function compileFile(file: string): string {
  return compileC(preprocess(file).text, { fileName: file, warnings: false }).asm;
}

describe('data tables', () => {
  const dir = mkdtempSync(join(workDir, 'tables-'));
  const file = join(dir, 'tables.c');
  writeFileSync(file, tablesSource());

  it('give every object the bytes gcc gives it, through our assembler and GNU as', () => {
    const asm = compileFile(file);
    const ours = symbolBytes(assemble(asm, { fileName: 'tables.s' }), 'ours.o');
    writeFileSync(join(dir, 'tables.s'), asm);
    execFileSync('as', ['-o', join(dir, 'tables.as.o'), join(dir, 'tables.s')]);
    const gnu = symbolBytes(new Uint8Array(readFileSync(join(dir, 'tables.as.o'))), 'gnu.o');
    const gcc = symbolBytes(new Uint8Array(readFileSync(gccObject(file, dir, ['-O0', '-fno-pie']))), 'gcc.o');
    expect(gcc.size).toBeGreaterThan(15);
    // The compound literal's name is our own; its bytes are checked through `pointer` at run time elsewhere.
    for (const [name, bytes] of gcc) {
      if (name.startsWith('__compound_literal') || name.startsWith('.compoundliteral')) continue;
      expect(ours.get(name), name).toBe(bytes);
      expect(gnu.get(name), name).toBe(bytes);
    }
    expect(ours.get('fast')).toBe(ours.get('general'));
    // The blob is long stretches of plain bytes: strings, not a `.byte` per 16 bytes.
    expect(asm.split('\n').filter((l) => l.startsWith('\t.ascii')).length).toBeGreaterThan(1000);
  });

  it('make one token of a list of plain constants, and a token each of anything else', () => {
    const blob = xxdInclude('blob', randomBytes(65536, 3));
    expect(tokenize(blob, 'blob.c', undefined, true).tokens.length).toBeLessThan(20);
    expect(tokenize(blob, 'blob.c').tokens.length).toBeGreaterThan(2 * 65536);
    // After `=`, or inside a list: yes; a block's braces: no.
    const inBlock = 'void f(void) { { 1, 2, 3, 4, 5, 6, 7, 8, 9 }; }';
    expect(tokenize(inBlock, 'b.c', undefined, true).tokens.length).toBe(tokenize(inBlock, 'b.c').tokens.length);
    const nested = 'int g[2][9] = { { 1, 2, 3, 4, 5, 6, 7, 8, 9 }, { 1, 2, 3, 4, 5, 6, 7, 8, 9, } };';
    expect(tokenize(nested, 'n.c', undefined, true).tokens.length).toBe(19);
    // A suffix, an expression or a short list keeps its tokens.
    const declined = [
      'int a[] = { 1, 2, 3, 4, 5, 6, 7, 8u };', 'int a[] = { 1, 2, 3, 4, 5, 6, 7, 8 + 1 };', 'int a[] = { 1, 2, 3 };',
      'int a[] = { 1, 2, 3, 4, 5, 6, 7, - 8 };', 'int a[] = { 1, 2, 3, 4, 5, 6, 7, -0x80000000 };', 'int a[] = { 1, 2, 3, 4, 5, 6, 7, 1-1 };',
    ];
    expect(tokenize('int a[] = { -1, -2, -3, -4, -5, -6, -7, -8 };', 'n.c', undefined, true).tokens.length).toBe(9);
    for (const text of declined) {
      expect(tokenize(text, 'a.c', undefined, true).tokens.length, text).toBe(tokenize(text, 'a.c').tokens.length);
    }
  });

  it('report what the tokens would have: the same errors and warnings at the same places', () => {
    const diagnose = (source: string): string => {
      const file = join(dir, 'diag.c');
      writeFileSync(file, source);
      try {
        const r = compileC(preprocess(file).text, { fileName: file });
        return r.warnings.filter((w) => w.severity === 'warning').map((w) => `${w.loc?.line}:${w.loc?.col}: ${w.message}`).join('\n');
      } catch (e) {
        if (!(e instanceof CompileError)) throw e;
        return e.message;
      }
    };
    const nine = '1, 2, 3, 4, 5, 6, 7, 8, 9';
    expect(diagnose(`void f(void) { { ${nine} } }`)).toMatch(/^.*:1:\d+: error: expected ';' before '}' token/);
    expect(diagnose(`int g; void f(void) { g = { ${nine} }; }`)).toMatch(/expected expression before '\{' token/);
    expect(diagnose(`char c[4] = { ${nine} };`)).toBe([27, 30, 33, 36, 39].map((col) => `1:${col}: excess elements in array initializer`).join('\n'));
    expect(diagnose(`int a[] = { ${nine} };\nint a[] = { ${nine} };`)).toMatch(/:2:9: error: redefinition of 'a'/);
    expect(diagnose(`typedef int T[] = { ${nine} };`)).toMatch(/error: typedef is initialized/);
  });
});
