/**
 * What build systems ask a compiler before compiling anything — -dumpversion,
 * -dumpmachine, -print-file-name=, -v — and gcc's macro dump (-dM -E), with the
 * predefined macros checked against gcc's own.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scratchDir } from '../scratch.js';
import { parseCcArgs } from '../../cli/commands/cc-args.js';

const cli = join(__dirname, '../../cli/main.ts');
const tsx = pathToFileURL(createRequire(__filename).resolve('tsx')).href;
const dir = scratchDir('cc-query-');

function run(who: 'ours' | 'gcc', args: string[], input = ''): { stdout: string; stderr: string; status: number | null } {
  const r = who === 'ours'
    ? spawnSync(process.execPath, ['--import', tsx, cli, 'cc', ...args], { cwd: dir, input, encoding: 'utf8' })
    : spawnSync('gcc', args, { cwd: dir, input, encoding: 'utf8' });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

/** `#define NAME VALUE` lines → NAME → the line. */
function definitions(text: string): Map<string, string> {
  return new Map(text.split('\n').filter((l) => l.startsWith('#define ')).map((l) => [l.split(/[ (]/)[1], l]));
}

describe('driver queries', () => {
  it('-dumpmachine answers as gcc does; -dumpversion gives the version __GNUC__ claims', () => {
    expect(run('ours', ['-dumpmachine']).stdout).toBe(run('gcc', ['-dumpmachine']).stdout);
    const macros = definitions(run('ours', ['-dM', '-E', '-'], '').stdout);
    const claimed = ['__GNUC__', '__GNUC_MINOR__', '__GNUC_PATCHLEVEL__'].map((n) => macros.get(n)!.split(' ')[2]).join('.');
    expect(run('ours', ['-dumpversion']).stdout).toBe(`${claimed}\n`);
  });

  it('-print-file-name= names our headers and libc, and echoes a file we do not have', () => {
    const include = run('ours', ['-print-file-name=include']).stdout.trim();
    expect(existsSync(join(include, 'stdarg.h'))).toBe(true);
    const archive = run('ours', ['-print-file-name=libc.a']).stdout.trim();
    expect(readFileSync(archive).subarray(0, 8).toString('latin1')).toBe('!<arch>\n');
    expect(run('ours', ['-print-file-name=libgcc_s.so']).stdout).toBe('libgcc_s.so\n');
  }, 120_000);

  it("libtool's questions: -print-search-dirs, -print-prog-name=, -print-libgcc-file-name, -print-multi-*", () => {
    const archive = run('ours', ['-print-file-name=libc.a']).stdout.trim();
    const dirs = run('ours', ['-print-search-dirs']);
    expect(dirs.status).toBe(0);
    // The lines libtool reads, in gcc's form.
    expect(dirs.stdout).toMatch(/^install: .*\/\nprograms: =.*\nlibraries: =/);
    expect(dirs.stdout).toContain(`libraries: =${archive.slice(0, archive.lastIndexOf('/') + 1)}\n`);
    expect(run('ours', ['-print-prog-name=ld']).stdout).toBe('ld\n');
    expect(run('ours', ['-print-libgcc-file-name']).stdout).toBe(`${archive}\n`);
    expect(run('ours', ['-print-multi-directory']).stdout).toBe(run('gcc', ['-print-multi-directory']).stdout);
    expect(run('ours', ['-print-multi-os-directory']).stdout).toBe('.\n');
  });

  it('-v alone prints the target line gcc prints and succeeds; with inputs it also compiles', () => {
    const alone = run('ours', ['-v']);
    expect(alone.status).toBe(0);
    const target = run('gcc', ['-v']).stderr.split('\n').find((l) => l.startsWith('Target: '));
    expect(alone.stderr.split('\n')).toContain(target);
    writeFileSync(join(dir, 'one.c'), 'int one(void) { return 1; }\n');
    expect(run('ours', ['-v', '-c', 'one.c']).status).toBe(0);
    expect(existsSync(join(dir, 'one.o'))).toBe(true);
  });
});

describe('-dM', () => {
  it("lists a file's macros spelled as gcc spells them", () => {
    writeFileSync(join(dir, 'm.c'), [
      '#define f(x, y)   x   +  y', '#define g(a, ...) a __VA_ARGS__', '#define h(args...) args', '#define E',
      '#define S(x) #x  ## x', '#define L 1 /* c */ + 2', '#define GONE 1', '#undef GONE', 'int x;', '',
    ].join('\n'));
    const ours = definitions(run('ours', ['-dM', '-E', 'm.c']).stdout);
    const gcc = definitions(run('gcc', ['-dM', '-E', 'm.c']).stdout);
    for (const name of ['f', 'g', 'h', 'E', 'S', 'L']) expect(ours.get(name)).toBe(gcc.get(name));
    expect(ours.has('GONE')).toBe(false);
  });

  it('predefines what gcc predefines, with the values gcc gives them, in each mode', () => {
    // The version we claim is ours by design; the default dialect is gcc 12's (gnu17).
    const ours = (args: string[]): Map<string, string> => definitions(run('ours', [...args, '-dM', '-E', '-']).stdout);
    const gcc = (args: string[]): Map<string, string> => definitions(run('gcc', [...args, '-dM', '-E', '-']).stdout);
    const claimed = new Set(['__GNUC__', '__GNUC_MINOR__', '__GNUC_PATCHLEVEL__', '__VERSION__']);
    for (const args of [[], ['-ffreestanding'], ['-nostdinc'], ['-std=c11', '-O2'], ['-x', 'assembler-with-cpp']]) {
      const o = ours(args);
      const g = gcc(args);
      const differing = [...o].filter(([name, line]) => g.has(name) && g.get(name) !== line && !claimed.has(name));
      expect(differing, args.join(' ')).toEqual([]);
      // Nothing gcc leaves undefined (.S has no __STDC_VERSION__), but our own name and
      // __NO_INLINE__ at -O2 (see the next test).
      const extra = [...o.keys()].filter((name) => !g.has(name) && name !== '__tcc_lite__' && name !== '__NO_INLINE__');
      expect(extra, args.join(' ')).toEqual([]);
      // gcc's stdc-predef.h macros: only hosted, only with the libc's headers.
      for (const name of ['__STDC_HOSTED__', '__STDC_IEC_559__', '__STDC_ISO_10646__', '__GCC_IEC_559']) {
        expect(o.get(name), `${name} ${args.join(' ')}`).toBe(g.get(name));
      }
    }
  });

  it('-O levels change no macro: the code is the same at every level (no __OPTIMIZE__)', () => {
    const ours = (args: string[]): Map<string, string> => definitions(run('ours', [...args, '-dM', '-E', '-']).stdout);
    const plain = ours([]);
    expect(plain.has('__NO_INLINE__')).toBe(true);
    for (const level of ['-O1', '-O2', '-Os', '-Ofast']) expect(ours([level]), level).toEqual(plain);
  });
});

describe('cc --help', () => {
  it('lists the options, each of which the driver takes, and exits 0', () => {
    const help = run('ours', ['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: tcc-lite cc \[options\] file\.\.\.\n/);
    // Every option the help names without an argument placeholder is accepted, with an input
    // (-Wa, -Wp and -Wl are named with their `,<options>`: alone, gcc refuses them too).
    const plain = [...help.stdout.matchAll(/(?<=^|[\s,])-[A-Za-z][\w=-]*(?=,|\s|$)/gm)].map((m) => m[0])
      .filter((o) => !['-l', '-L', '-I', '-D', '-U', '-o', '-x', '-e', '-T', '-u', '-MF', '-MT', '-MQ', '-include', '-iquote', '-isystem', '-idirafter', '-Xlinker', '-W', '-Wa', '-Wp', '-Wl'].includes(o) && !o.endsWith('='));
    expect(plain.length).toBeGreaterThan(40);
    for (const option of plain) expect(() => parseCcArgs([option, 'input.c']), option).not.toThrow();
  });
});
