/**
 * The warm server (cli/server/) is invisible: every command run through it twice gives
 * the same standard output and error bytes, exit status and files (contents and
 * permission bits) as the same command run in its own process.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readTree, Sandbox, writeTree, type Run } from './server-harness.js';
import { scratchDir } from '../scratch.js';

const sandbox = new Sandbox();
const base = scratchDir('tcc-server-eq-');
const work = join(base, 'work');

const SOURCES: Record<string, string> = {
  'include/config.h': '#ifndef CONFIG_H\n#define CONFIG_H\n#define LIMIT (SCALE * 10)\nint triple(int);\n#endif\n',
  'src/a.c': '#include "config.h"\nint limit(void) { return LIMIT; }\n',
  'src/lib.c': '#include "config.h"\nint triple(int x) { return 3 * x; }\n',
  'src/main.c': '#include <stdio.h>\n#include "config.h"\nint main(int argc, char **argv) {\n  printf("%d %s\\n", triple(argc), argv[0]);\n  return 7;\n}\n',
  'warn.c': '#warning check this\nint f(int x) {\n  int *p = x;\n  return p != 0;\n}\nint h(void) { }\n',
  'bad.c': 'int f(void) {\n  return 1 +;\n}\n',
  'asm/one.s': '.globl one\none:\n  movl $1, %eax\n  ret\n',
  'link.rsp': '-Iinclude src/main.c\n"src/lib.c" -o out/rsp-prog\n',
  'to-device.rsp': '-c -Iinclude -DSCALE=6 src/a.c -o /dev/null\n',
};

interface Case {
  name: string;
  args: string[];
  umask?: string;
  /** A program the command links, run afterwards. */
  program?: string;
}

const CASES: Case[] = [
  { name: 'compile into a subdirectory', args: ['cc', '-c', 'src/a.c', '-Iinclude', '-DSCALE=3', '-o', 'out/obj/a.o'] },
  { name: 'warnings', args: ['cc', '-Wall', '-c', 'warn.c'] },
  { name: 'an error with a caret', args: ['cc', '-c', 'bad.c'] },
  { name: 'a missing input', args: ['cc', '-c', 'missing.c'] },
  { name: '-E to standard output', args: ['cc', '-E', '-Iinclude', '-DSCALE=2', 'src/a.c'] },
  { name: '-M', args: ['cc', '-M', '-Iinclude', 'src/a.c'] },
  { name: '-MD with -save-temps', args: ['cc', '-MD', '-save-temps', '-c', '-Iinclude', '-DSCALE=1', 'src/a.c', '-o', 'out/a.o'] },
  { name: 'linking a program', args: ['cc', '-g', '-Iinclude', 'src/main.c', 'src/lib.c', '-o', 'out/prog'], program: 'out/prog' },
  { name: 'linking under umask 077', args: ['cc', '-Iinclude', 'src/main.c', 'src/lib.c', '-o', 'prog'], umask: '077', program: 'prog' },
  { name: 'as', args: ['as', 'asm/one.s', '-o', 'out/one.o'] },
  { name: 'an object to standard output', args: ['cc', '-c', '-Iinclude', '-DSCALE=4', 'src/a.c', '-o', '-'] },
  { name: 'a response file', args: ['cc', '@link.rsp'], program: 'out/rsp-prog' },
];

interface Effects extends Run {
  files: Record<string, string>;
  ran?: string;
}

function runCase(c: Case, server: boolean): Effects {
  writeTree(work, SOURCES);
  const r = sandbox.run(c.args, { cwd: work, server, umask: c.umask });
  const ran = c.program && existsSync(join(work, c.program)) ? spawnSync(join(work, c.program), ['x'], { encoding: 'utf8' }) : undefined;
  return { ...r, files: readTree(work), ran: ran && `${ran.status} ${ran.stdout}` };
}

describe('tcc-lite cc/as through the warm server', () => {
  beforeAll(() => sandbox.start());
  afterAll(() => sandbox.stop());

  it.each(CASES)('$name: the same as in its own process, twice', (c) => {
    const local = runCase(c, false);
    const before = sandbox.served();
    const first = runCase(c, true);
    const second = runCase(c, true);
    expect(sandbox.served()).toBe(before + 2);
    expect(first).toEqual(local);
    expect(second).toEqual(local);
  });

  it('takes the environment of its client (TCC_LITE_CACHE: where the linked libc is kept)', () => {
    const cache = join(base, 'cache');
    writeTree(work, SOURCES);
    const before = sandbox.served();
    const r = sandbox.run(['cc', '-Iinclude', 'src/main.c', 'src/lib.c', '-o', 'prog'], { cwd: work, server: true, env: { TCC_LITE_CACHE: cache } });
    expect(r).toEqual({ status: 0, stdout: '', stderr: '' });
    expect(sandbox.served()).toBe(before + 1);
    expect(readdirSync(cache).some((n) => n.startsWith('libc-'))).toBe(true);
  });

  it("runs in the client a response file that names a device (the server's /dev would be its own)", () => {
    writeTree(work, SOURCES);
    const before = sandbox.served();
    const r = sandbox.run(['cc', '@to-device.rsp'], { cwd: work, server: true, env: { TCC_LITE_SERVER_DEBUG: '1' } });
    expect(sandbox.served()).toBe(before);
    expect(r).toEqual({ status: 0, stdout: '', stderr: 'tcc-lite: server: running here: names /dev/null\n' });
  });

  it('serves warnings, each under its line as the file is now', () => {
    const debug = { TCC_LITE_SERVER_DEBUG: '1' }; // which would say if the server declined
    for (const edit of ['', '/* two lines\n   above */\n', 'int g(int y) { return; }\n']) {
      const files = { ...SOURCES, 'warn.c': edit + SOURCES['warn.c'] };
      writeTree(work, files);
      const local = sandbox.run(['cc', '-Wall', '-c', 'warn.c'], { cwd: work, server: false });
      writeTree(work, files);
      expect(sandbox.run(['cc', '-Wall', '-c', 'warn.c'], { cwd: work, server: true, env: debug })).toEqual(local);
      expect(local.stderr).toContain('warning');
    }
  });

  it('tells apart two files of one name, size and mtime in different directories (mpq/inits.c, mpf/inits.c)', () => {
    const stamp = new Date('2020-01-01T00:00:00Z');
    writeTree(work, { 'a/x.c': 'int fa(void) { return 1; }\n', 'b/x.c': 'int fb(void) { return 2; }\n' });
    for (const dir of ['a', 'b']) utimesSync(join(work, dir, 'x.c'), stamp, stamp);
    for (let round = 0; round < 2; round++) {
      for (const dir of ['a', 'b']) {
        const r = sandbox.run(['cc', '-S', 'x.c', '-o', '-'], { cwd: join(work, dir), server: true });
        expect(r.stdout).toContain(`f${dir}:`);
      }
    }
  });

  it('sees an edited header (the include caches check the file again)', () => {
    writeTree(work, SOURCES);
    const args = ['cc', '-E', '-P', '-Iinclude', '-DSCALE=5', 'src/a.c'];
    expect(sandbox.run(args, { cwd: work, server: true }).stdout).toContain('return (5 * 10);');
    writeTree(work, { ...SOURCES, 'include/config.h': '#define LIMIT (SCALE + 1)\n' });
    expect(sandbox.run(args, { cwd: work, server: true }).stdout).toContain('return (5 + 1);');
  });
});
