import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCcArgs } from '../../cli/commands/cc-args.js';
import { commandLine, COMMAND_SCRIPT, prepareInitrd } from '../../cli/commands/run.js';
import { readCpio, S_IFDIR, writeCpio } from '../../cli/build/cpio.js';
import { UsageError } from '../../cli/usage-error.js';

describe('tcc-lite cc arguments', () => {
  it('reads glued and separate values like gcc', () => {
    const o = parseCcArgs(['-c', '-Iinc', '-I', 'inc2', '-DX=1', '-D', 'Y', '-UZ', '-O2', '-g', '-Wall', '-o', 'out.o', 'a.c']);
    expect(o.mode).toBe('compile');
    expect(o.includePaths).toEqual(['inc', 'inc2']);
    expect(o.macros).toEqual([{ define: 'X=1' }, { define: 'Y' }, { undefine: 'Z' }]);
    expect(o.optimize).toBe(2);
    expect(o.debug).toBe(true);
    expect(o.output).toBe('out.o');
    expect(o.inputs).toEqual(['a.c']);
  });

  it('knows -include, -nostdlib, -mcmodel=kernel and -std=', () => {
    const o = parseCcArgs(['-include', 'k.h', '-nostdlib', '-mcmodel=kernel', '-std=c11', 'x.c']);
    expect(o.forceIncludes).toEqual(['k.h']);
    expect(o.nostdlib).toBe(true);
    expect(o.codeModel).toBe('kernel');
    expect(o.std).toBe('c11');
  });

  it('takes -mms-bitfields and -mno-ms-bitfields (the last one wins)', () => {
    expect(parseCcArgs(['a.c']).msBitfields).toBe(false);
    expect(parseCcArgs(['-mms-bitfields', 'a.c']).msBitfields).toBe(true);
    expect(parseCcArgs(['-mms-bitfields', '-mno-ms-bitfields', 'a.c']).msBitfields).toBe(false);
  });

  it('turns builtin folding off for -fno-builtin and -ffreestanding, and takes -pthread', () => {
    expect(parseCcArgs(['a.c']).builtins).toBe(true);
    expect(parseCcArgs(['-fno-builtin', 'a.c']).builtins).toBe(false);
    expect(parseCcArgs(['-ffreestanding', 'a.c']).builtins).toBe(false);
    expect(parseCcArgs(['-pthread', 'a.c']).macros).toEqual([{ define: '_REENTRANT' }]);
  });

  it('accepts the link flags build systems add that mean nothing for a static link', () => {
    expect(parseCcArgs(['-rdynamic', '-static', 'a.o', '-o', 'prog'])).toEqual(parseCcArgs(['a.o', '-o', 'prog']));
  });

  it('says what is wrong with a bad command line', () => {
    expect(() => parseCcArgs(['-c'])).toThrow(UsageError);
    expect(() => parseCcArgs(['-c'])).toThrow('no input files');
    expect(() => parseCcArgs(['--frobnicate', 'a.c'])).toThrow("unrecognized command-line option '--frobnicate'");
    expect(() => parseCcArgs(['a.c', '-o'])).toThrow("missing argument to '-o'");
  });

  it('refuses an output that is one of the inputs (the source would be overwritten)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tcc-lite-args-'));
    const src = join(dir, 'prog.c');
    writeFileSync(src, 'int main(void) { return 0; }\n');
    expect(() => parseCcArgs([src, '-o', src])).toThrow(`input file '${src}' is the same as output file`);
    expect(() => parseCcArgs(['-c', src, '-o', join(dir, '.', 'prog.c')])).toThrow(UsageError);
    expect(parseCcArgs([src, '-o', join(dir, 'prog')]).output).toBe(join(dir, 'prog'));
    rmSync(dir, { recursive: true });
  });
});

describe('tcc-lite run: kernel command line and initramfs', () => {
  it('runs -c commands from a script with the shell as init, quietly', () => {
    expect(commandLine({ command: 'echo hi' })).toBe(`console=ttyS0 quiet rdinit=/bin/sh -- ${COMMAND_SCRIPT}`);
  });

  it('runs -- PROGRAM ARGS as init, quoting arguments with spaces', () => {
    expect(commandLine({ program: ['/bin/test', 'Hello World!'] })).toBe('console=ttyS0 quiet rdinit=/bin/test -- "Hello World!"');
    expect(() => commandLine({ program: ['/bin/echo', 'say "hi"'] })).toThrow(UsageError);
  });

  it('adds the command script to the initramfs', () => {
    const base = writeCpio([{ name: 'etc', mode: S_IFDIR | 0o755 }]);
    const entries = readCpio(prepareInitrd(base, { files: [], command: "test 'Hello World!'" }));
    const script = entries.find((e) => `/${e.name}` === COMMAND_SCRIPT);
    expect(new TextDecoder().decode(script?.data)).toBe("test 'Hello World!'\n");
    expect(entries.filter((e) => e.name === 'etc')).toHaveLength(1);
  });

  it('rejects a malformed --file', () => {
    const base = writeCpio([]);
    expect(() => prepareInitrd(base, { files: ['nohost'] })).toThrow(/GUEST=HOST/);
    expect(() => prepareInitrd(base, { files: ['/x=/definitely/not/here'] })).toThrow(/No such file or directory/);
  });
});

describe('input files named on the command line', () => {
  it('must exist and must not be directories', async () => {
    const { checkInputFile } = await import('../../cli/usage-error.js');
    const dir = mkdtempSync(join(tmpdir(), 'inputs-'));
    const file = join(dir, 'a.c');
    writeFileSync(file, 'int x;\n');
    expect(() => checkInputFile(file)).not.toThrow();
    expect(() => checkInputFile(dir)).toThrow(new UsageError(`${dir}: Is a directory`));
    expect(() => checkInputFile(join(dir, 'none.c'), 'kernel')).toThrow(new UsageError('kernel: No such file or directory'));
    rmSync(dir, { recursive: true });
  });
});

describe('-x and standard input', () => {
  it('gives the inputs after it a language until -x none', () => {
    const o = parseCcArgs(['a.txt', '-x', 'c', 'b.txt', '-xassembler', 'c.txt', '-x', 'none', 'd.c']);
    expect(o.inputs).toEqual(['a.txt', 'b.txt', 'c.txt', 'd.c']);
    expect(o.languages).toEqual([undefined, 'c', 'asm', undefined]);
  });

  it('rejects unknown languages, and - without -x unless preprocessing', () => {
    expect(() => parseCcArgs(['-x', 'fortran', 'a.f'])).toThrow(/language fortran not recognized/);
    expect(() => parseCcArgs(['-c', '-'])).toThrow('-E or -x required when input is from standard input');
    expect(parseCcArgs(['-E', '-']).inputs).toEqual(['-']);
  });
});
