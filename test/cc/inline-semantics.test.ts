/**
 * `inline` in every dialect, compared with gcc 12 at -O0: which symbols an object file
 * defines and references (nm), and what a two-file program calls when one file has an
 * inline body and the other the external definition. C99's rules (gnu99/c11, and
 * -fno-gnu89-inline) and GNU89's (gnu89/c90/-ansi, -fgnu89-inline, gnu_inline) differ.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cc } from '../../cli/commands/cc.js';
import { UsageError } from '../../cli/usage-error.js';
import { parseCcArgs } from '../../cli/commands/cc-args.js';
import { run, workDir } from './helpers.js';

const dir = join(workDir, 'inline');
mkdirSync(dir, { recursive: true });
let serial = 0;

function source(text: string): string {
  const file = join(dir, `t${serial++}.c`);
  writeFileSync(file, text);
  return file;
}

/** The global and local symbols an object defines or needs, as `T f` lines, sorted. */
function symbols(obj: string): string[] {
  return execFileSync('nm', [obj], { encoding: 'utf8' }).split('\n').filter(Boolean)
    .map((l) => l.trim().split(/\s+/).slice(-2).join(' ')).sort();
}

async function ourObject(file: string, flags: string[]): Promise<string> {
  const out = file.replace(/\.c$/, `.${serial++}.ours.o`);
  await cc([...flags, '-w', '-c', '-o', out, file]);
  return out;
}

function gccObject(file: string, flags: string[]): string {
  const out = file.replace(/\.c$/, `.${serial++}.gcc.o`);
  execFileSync('gcc', [...flags, '-O0', '-w', '-c', '-o', out, file]);
  return out;
}

async function sameSymbols(text: string, flags: string[]): Promise<string[]> {
  const file = source(text);
  const ours = symbols(await ourObject(file, flags));
  expect(ours).toEqual(symbols(gccObject(file, flags)));
  return ours;
}

const C99 = [['-std=gnu99'], ['-std=c11'], ['-std=c99', '-fno-gnu89-inline']];
const GNU89 = [['-std=gnu89'], ['-std=c90'], ['-ansi'], ['-std=gnu99', '-fgnu89-inline']];
// Strict C90 has no `inline` keyword: its cases spell it __inline__.
const kw = (flags: string[]): string => (flags.includes('-ansi') || flags.includes('-std=c90') ? '__inline__' : 'inline');

describe('inline symbols match gcc', () => {
  it.each(C99)('C99 rules %s: inline definitions, external definitions, static inline', async (...flags) => {
    expect(await sameSymbols('inline int f(void){return 1;} int g(void){return f();}', flags)).toEqual(['T g', 'U f']);
    // One declaration without inline, or with extern, before or after the body: external.
    expect(await sameSymbols('inline int f(void){return 1;} int f(void); int g(void){return f();}', flags)).toEqual(['T f', 'T g']);
    expect(await sameSymbols('extern int f(void); inline int f(void){return 1;}', flags)).toEqual(['T f']);
    expect(await sameSymbols('extern inline int f(void){return 1;} int g(void){return f();}', flags)).toEqual(['T f', 'T g']);
    // A block-scope declaration does not count.
    await sameSymbols('inline int f(void){return 1;} int g(void){extern int f(void); return f();}', flags);
    await sameSymbols('inline int f(void){return 1;} int (*p)(void) = f;', flags);
    await sameSymbols('static inline int f(void){return 1;} static inline int u(void){return 2;} int g(void){return f();}', flags);
    await sameSymbols('__inline int f(void){return 1;} __inline__ int h(void){return 2;} int g(void){return f()+h();}', flags);
  });

  it.each(GNU89)('GNU89 rules %s: plain inline is external, extern inline never emitted', async (...flags) => {
    const inline = kw(flags);
    expect(await sameSymbols(`${inline} int f(void){return 1;} int g(void){return f();}`, flags)).toEqual(['T f', 'T g']);
    expect(await sameSymbols(`extern ${inline} int f(void){return 1;} int g(void){return f();}`, flags)).toEqual(['T g', 'U f']);
    // A later declaration changes nothing; a later definition is the external one.
    await sameSymbols(`extern ${inline} int f(void){return 1;} int f(void); int g(void){return f();}`, flags);
    await sameSymbols(`int f(void); extern ${inline} int f(void){return 1;} int g(void){return f();}`, flags);
    expect(await sameSymbols(`extern ${inline} int f(void){return 1;} int f(void){return 2;} int g(void){return f();}`, flags)).toEqual(['T f', 'T g']);
    await sameSymbols(`static ${inline} int f(void){return 1;} static ${inline} int u(void){return 2;} int g(void){return f();}`, flags);
  });

  it('gnu_inline gives one function GNU89 rules in C99 mode', async () => {
    const flags = ['-std=gnu11'];
    expect(await sameSymbols('extern inline __attribute__((gnu_inline)) int f(void){return 1;} int g(void){return f();}', flags)).toEqual(['T g', 'U f']);
    expect(await sameSymbols('inline __attribute__((gnu_inline)) int f(void){return 1;} int g(void){return f();}', flags)).toEqual(['T f', 'T g']);
    expect(await sameSymbols('extern inline __attribute__((gnu_inline)) int f(void){return 1;} int f(void){return 2;}', flags)).toEqual(['T f']);
  });

  it('predefines __GNUC_GNU_INLINE__ or __GNUC_STDC_INLINE__ per mode, as gcc', async () => {
    const probe = '#ifdef __GNUC_GNU_INLINE__\nint gnu_inline;\n#endif\n#ifdef __GNUC_STDC_INLINE__\nint stdc_inline;\n#endif\n';
    for (const flags of [...C99, ...GNU89, ['-std=gnu17']]) await sameSymbols(probe, flags);
  });

  it('accepts -fgnu89-inline and -fno-gnu89-inline, the latter only with C99 or later, as gcc', () => {
    expect(parseCcArgs(['-fgnu89-inline', 'a.c']).gnu89Inline).toBe(true);
    expect(parseCcArgs(['-fgnu89-inline', '-fno-gnu89-inline', 'a.c']).gnu89Inline).toBe(false);
    expect(parseCcArgs(['a.c']).gnu89Inline).toBeUndefined();
    expect(() => parseCcArgs(['-fno-gnu89-inline', '-std=gnu89', 'a.c'])).toThrow(UsageError);
    expect(() => parseCcArgs(['-ansi', '-fno-gnu89-inline', 'a.c'])).toThrow("'-fno-gnu89-inline' is only supported in GNU99 or C99 mode");
  });
});

describe('two-file programs call the definition gcc calls', () => {
  // The inline body returns 1; the other file's external definition returns 2.
  const other = 'int f(void) { return 2; }\n';
  const cases: [string, string[]][] = [
    ['inline int f(void) { return 1; }\nint main(void) { return f(); }\n', ['-std=gnu99']],
    ['extern inline int f(void) { return 1; }\nint main(void) { return f(); }\n', ['-std=gnu89']],
    ['extern inline int f(void) { return 1; }\nint main(void) { return f(); }\n', ['-std=gnu99', '-fgnu89-inline']],
    ['extern inline __attribute__((gnu_inline)) int f(void) { return 1; }\nint main(void) { return f(); }\n', ['-std=gnu11']],
  ];
  it.each(cases)('%s %s', async (main, flags) => {
    const mainFile = source(main);
    const otherFile = source(other);
    const exe = (name: string, objs: string[]): number | null => {
      const out = join(dir, `${name}${serial++}`);
      execFileSync('gcc', ['-o', out, ...objs]);
      return run(out).status;
    };
    const expected = exe('gcc', [gccObject(mainFile, flags), gccObject(otherFile, flags)]);
    expect(expected).toBe(2);
    expect(exe('ours', [await ourObject(mainFile, flags), await ourObject(otherFile, flags)])).toBe(expected);
    expect(exe('mixed', [await ourObject(mainFile, flags), gccObject(otherFile, flags)])).toBe(expected);
  });

  it('when optimizing, a program whose inline bodies gcc inlines links without external definitions', async () => {
    const text = 'inline int f(void) { return 4; }\nextern inline __attribute__((gnu_inline)) int h(void) { return 1; }\nint main(void) { return f() + h(); }\n';
    const file = source(text);
    const out = join(dir, `o2-${serial++}`);
    execFileSync('gcc', ['-O2', '-o', out, file]);
    expect(run(out).status).toBe(5);
    execFileSync('gcc', ['-o', out, await ourObject(file, ['-O2'])]);
    expect(run(out).status).toBe(5);
  });

  it('GNU89: a plain redefinition after an extern inline body is the one called', async () => {
    const file = source('extern inline int f(void) { return 1; }\nint f(void) { return 3; }\nint main(void) { return f(); }\n');
    const out = join(dir, `redef${serial++}`);
    execFileSync('gcc', ['-o', out, await ourObject(file, ['-std=gnu89'])]);
    expect(run(out).status).toBe(3);
  });
});
