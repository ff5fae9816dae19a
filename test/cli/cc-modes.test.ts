/**
 * Each `tcc-lite cc` mode loads only the phases it runs (cli/commands/cc.ts): -E the
 * preprocessor, -S/-c the compiler and assembler, a link also the linker and libc.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { cc } from '../../cli/commands/cc.js';
import { scratchDir } from '../scratch.js';

const dir = scratchDir('cc-modes-');
const src = join(dir, 'twice.c');
writeFileSync(src, '#define TWICE(x) ((x) * 2)\nint twice(int v) { return TWICE(v); }\n');

describe('tcc-lite cc modes', () => {
  it('-E preprocesses', async () => {
    const out = join(dir, 'twice.i');
    await cc(['-E', src, '-o', out]);
    expect(readFileSync(out, 'utf8')).toContain('return ((v) * 2);');
  });

  it('-include takes a device as gcc does (-include /dev/null, as configure scripts pass)', async () => {
    const out = join(dir, 'null.i');
    await cc(['-E', '-include', '/dev/null', src, '-o', out]);
    expect(readFileSync(out, 'utf8')).toContain('# 1 "/dev/null" 1');
  });

  it('-S writes assembly that defines the function', async () => {
    const out = join(dir, 'twice.s');
    await cc(['-S', src, '-o', out]);
    expect(readFileSync(out, 'utf8')).toMatch(/^twice:/m);
  });

  it('-c compiles C and assembles .s and .S into ELF objects', async () => {
    const asm = join(dir, 'one.s');
    writeFileSync(asm, '.globl one\none:\n  movl $1, %eax\n  ret\n');
    const asmCpp = join(dir, 'two.S');
    writeFileSync(asmCpp, '#define VALUE 2\n.globl two\ntwo:\n  movl $VALUE, %eax\n  ret\n');
    for (const input of [src, asm, asmCpp]) {
      const out = input.replace(/\.[csS]$/, '.o');
      await cc(['-c', input, '-o', out]);
      const bytes = readFileSync(out);
      expect([...bytes.subarray(0, 4)]).toEqual([0x7f, 0x45, 0x4c, 0x46]);
      expect(execFileSync('nm', [out], { encoding: 'utf8' })).toMatch(/ T (twice|one|two)$/m);
    }
  });

  it('-fsyntax-only reports what a compile would and writes nothing, even with -c', async () => {
    const bad = join(dir, 'bad.c');
    writeFileSync(bad, 'int f(void) { return g(); }\nint h(void) { return 1 +; }\n');
    await expect(cc(['-fsyntax-only', '-c', bad])).rejects.toThrow("expected expression before ';' token");
    // The warnings are there too: -Werror fails on the implicit declaration alone.
    const warnsOnly = join(dir, 'warns-only.c');
    writeFileSync(warnsOnly, 'int f(void) { return g(); }\n');
    await expect(cc(['-fsyntax-only', '-Werror', warnsOnly])).rejects.toThrow('all warnings being treated as errors');
    expect(existsSync(join(process.cwd(), 'bad.o'))).toBe(false);
    const good = join(dir, 'good.c');
    writeFileSync(good, 'int main(void) { return 0; }\n');
    await cc(['-fsyntax-only', good, '-o', join(dir, 'good')]);
    expect(existsSync(join(dir, 'good'))).toBe(false);
  });

  it('links objects made in earlier runs with a new C file and libc', async () => {
    const main = join(dir, 'main.c');
    writeFileSync(main, 'int twice(int); int one(void); int two(void);\nint main(void) { return twice(one() + two()); }\n');
    const exe = join(dir, 'prog');
    await cc([main, join(dir, 'twice.o'), join(dir, 'one.o'), join(dir, 'two.o'), '-o', exe]);
    let status = 0;
    try { execFileSync(exe); } catch (e) { status = (e as { status: number }).status; }
    expect(status).toBe(6);
  });
});

describe('-Werror', () => {
  const warns = join(dir, 'warns.c');
  writeFileSync(warns, 'int main(void) { return undeclared_function(); }\n');

  it('makes a warning fail the compile, and nothing is written', async () => {
    const out = join(dir, 'warns.o');
    await expect(cc(['-Werror', '-c', warns, '-o', out])).rejects.toThrow('all warnings being treated as errors');
    expect(existsSync(out)).toBe(false);
  });

  it("leaves what #pragma GCC diagnostic decides: its warning stays one, its error fails the compile without -Werror", async () => {
    const pragmaWarning = join(dir, 'pragma-warning.c');
    writeFileSync(pragmaWarning, '#pragma GCC diagnostic warning "-Wimplicit-function-declaration"\nint main(void) { return undeclared_function(); }\n');
    await cc(['-Werror', '-c', pragmaWarning, '-o', join(dir, 'pragma-warning.o')]);
    expect(existsSync(join(dir, 'pragma-warning.o'))).toBe(true);
    const pragmaError = join(dir, 'pragma-error.c');
    writeFileSync(pragmaError, '#pragma GCC diagnostic error "-Wimplicit-function-declaration"\nint main(void) { return undeclared_function(); }\n');
    await expect(cc(['-c', pragmaError, '-o', join(dir, 'pragma-error.o')])).rejects.toThrow('some warnings being treated as errors');
    expect(existsSync(join(dir, 'pragma-error.o'))).toBe(false);
  });

  it('is off again after -Wno-error, and without warnings changes nothing', async () => {
    await cc(['-Werror', '-Wno-error', '-c', warns, '-o', join(dir, 'warns2.o')]);
    await cc(['-Werror', '-c', src, '-o', join(dir, 'clean.o')]);
    expect(existsSync(join(dir, 'warns2.o')) && existsSync(join(dir, 'clean.o'))).toBe(true);
  });
});

it('compiles standard input (`-x c -`), naming it <stdin> in diagnostics', () => {
  const cli = [join(__dirname, '../../cli/main.ts'), 'cc'];
  const run = (args: string[], input: string) => spawnSync(process.execPath, ['--import', 'tsx', ...cli, ...args], { input, encoding: 'utf8' });
  const out = join(dir, 'stdin.o');
  expect(run(['-x', 'c', '-c', '-', '-o', out], 'int from_stdin(void) { return 7; }\n').status).toBe(0);
  expect(execFileSync('nm', [out], { encoding: 'utf8' })).toMatch(/ T from_stdin$/m);
  const bad = run(['-x', 'c', '-c', '-', '-o', out], 'int x = ;\n');
  expect(bad.status).toBe(1);
  expect(bad.stderr).toBe("<stdin>:1:9: error: expected expression before ';' token\n    1 | int x = ;\n      |         ^\n");
}, 30_000);

it("reports the preprocessor's warnings (#warning, a redefined macro) like the compiler's, silenced by -w", async () => {
  const file = join(dir, 'pp-warns.c');
  writeFileSync(file, '#warning check this\nint x;\n');
  await expect(cc(['-Werror', '-c', file, '-o', join(dir, 'pp-warns.o')])).rejects.toThrow('all warnings being treated as errors');
  await cc(['-w', '-Werror', '-c', file, '-o', join(dir, 'pp-warns.o')]);
  expect(existsSync(join(dir, 'pp-warns.o'))).toBe(true);
});

it('writes to standard output for -o -', async () => {
  const chunks: string[] = [];
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('latin1'));
    return true;
  });
  try {
    await cc(['-S', src, '-o', '-']);
    await cc(['-c', src, '-o', '-']);
  } finally {
    spy.mockRestore();
  }
  expect(chunks[0]).toMatch(/^twice:/m);
  expect(chunks[1].startsWith('\x7fELF')).toBe(true);
  expect(existsSync('-')).toBe(false);
});

it('-E -P prints no linemarkers and no blank lines, as gcc -E -P', async () => {
  const file = join(dir, 'plain.c');
  writeFileSync(file, 'int a;\n\n\nint b;\n\n\n\n\n\n\n\n\n\n\nint c;\n#define X 1\nint d = X;\n');
  const out = join(dir, 'plain.i');
  await cc(['-E', '-P', file, '-o', out]);
  expect(readFileSync(out, 'utf8')).toBe(execFileSync('gcc', ['-E', '-P', file], { encoding: 'utf8' }));
});
