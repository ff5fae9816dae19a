/**
 * Options for the programs gcc runs (-Wp, -Wa, -Wl, -Xlinker, -z, -u) and the link-shape
 * switches build systems pass (-nostartfiles, -nodefaultlibs, -no-pie, -iquote,
 * -idirafter): each does what it does with gcc, is harmless, or is refused by name.
 * gcc is the oracle wherever it can be run the same way.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cc } from '../../cli/commands/cc.js';
import { scratchDir } from '../scratch.js';

const dir = scratchDir('cc-pass-');
const at = (name: string): string => join(dir, name);

writeFileSync(at('hello.c'), '#include <stdio.h>\nint main(void) { puts(GREETING); return 0; }\n');
writeFileSync(at('marker.c'), 'int marker = 42;\n');
writeFileSync(at('start.c'), [
  '#include <unistd.h>', '#include <sys/syscall.h>',
  'void my_start(void) { static const char m[] = "own entry\\n"; syscall(SYS_write, 1, m, sizeof m - 1); syscall(SYS_exit, 7); }',
  'void _start(void) { my_start(); }', '',
].join('\n'));

function runs(exe: string): { out: string; status: number | null } {
  const r = spawnSync(exe, { encoding: 'utf8' });
  return { out: r.stdout, status: r.status };
}

const readelf = (args: string[], file: string): string => execFileSync('readelf', [...args, file], { encoding: 'utf8' });

describe('-Wp, -Wa, -Wl, -Xlinker', () => {
  it('-Wp,-D defines a macro and -Wp,-MMD,FILE writes the rule -MMD -MF FILE writes', async () => {
    await cc(['-Wp,-DGREETING="hi",-MMD,' + at('wp.d'), at('hello.c'), '-o', at('wp')]);
    expect(runs(at('wp')).out).toBe('hi\n');
    await cc(['-DGREETING="hi"', '-MMD', '-MF', at('plain.d'), at('hello.c'), '-o', at('wp')]);
    expect(readFileSync(at('wp.d'), 'utf8')).toBe(readFileSync(at('plain.d'), 'utf8'));
  });

  it('-Wl,-e and -Xlinker -e set the entry, as with gcc', async () => {
    for (const flags of [['-Wl,-e,my_start'], ['-Xlinker', '-e', '-Xlinker', 'my_start'], ['-Wl,--entry=my_start']]) {
      await cc([...flags, '-nostartfiles', at('start.c'), '-o', at('entry')]);
      expect(runs(at('entry'))).toEqual({ out: 'own entry\n', status: 7 });
      const entry = /Entry point address:\s+0x([0-9a-f]+)/.exec(readelf(['-h'], at('entry')))![1];
      expect(execFileSync('nm', [at('entry')], { encoding: 'utf8' })).toMatch(new RegExp(`^0*${entry} T my_start$`, 'm'));
    }
  });

  it('-u SYMBOL links the archive member that defines it, as gcc -u does', async () => {
    await cc(['-c', at('marker.c'), '-o', at('marker.o')]);
    execFileSync('ar', ['rcs', at('libmarker.a'), at('marker.o')]);
    const hasMarker = (exe: string): boolean => / marker$/m.test(execFileSync('nm', [exe], { encoding: 'utf8' }));
    for (const flags of [['-u', 'marker'], ['-Wl,-u,marker'], ['-Wl,--undefined=marker'], []]) {
      const args = ['-DGREETING="x"', ...flags, at('hello.c'), '-L', dir, '-lmarker', '-o'];
      await cc([...args, at('ours')]);
      execFileSync('gcc', ['-static', ...args, at('gcc')]);
      expect(hasMarker(at('ours')), flags.join(' ')).toBe(hasMarker(at('gcc')));
    }
  });

  it('-z execstack and -z noexecstack set the stack segment as gcc\'s do', async () => {
    for (const flags of [['-z', 'execstack'], ['-Wl,-z,execstack'], ['-z', 'noexecstack'], []]) {
      const args = ['-DGREETING="x"', ...flags, at('hello.c'), '-o'];
      await cc([...args, at('ours')]);
      execFileSync('gcc', ['-static', ...args, at('gcc')]);
      const stack = (exe: string): string => /GNU_STACK.*\s(RWE?)\s/.exec(readelf(['-lW'], exe))![1];
      expect(stack(at('ours')), flags.join(' ')).toBe(stack(at('gcc')));
    }
  });

  it('accepts what changes nothing in a static executable', async () => {
    await cc([
      '-DGREETING="ok"', '-no-pie', '-static-libgcc', '-Wa,--noexecstack', '-Wl,--gc-sections,--as-needed,-O1',
      '-Wl,-rpath,/opt/lib', '-Wl,-z,relro,-z,now', '-Wl,--hash-style=gnu', '-Wl,--build-id', '-Xlinker', '--no-undefined',
      at('hello.c'), '-o', at('quiet'),
    ]);
    expect(runs(at('quiet')).out).toBe('ok\n');
  });

  it('refuses by name what it cannot do, instead of dropping it', async () => {
    const refused: [string[], string][] = [
      [['-Wl,--cref'], "linker option '--cref' is not supported"],
      [['-Wl,--oformat=srec'], "--oformat: output format 'srec' is not supported"],
      [['-Wl,-z,muldefs'], "linker option '-z muldefs' is not supported"],
      [['-Wa,-adhln'], "assembler option '-adhln' (in '-Wa,-adhln') is not supported"],
      [['-Wp,-C'], "preprocessor option '-C' (in '-Wp,-C') is not supported"],
      [['-shared'], "'-shared' is not supported: tcc-lite links static, position-dependent executables (as gcc -static -no-pie); for a shared library, compile with 'tcc-lite cc -fPIC -c' and link the objects with 'gcc -shared'"],
      [['-pie'], "'-pie' is not supported"],
      [['-fsanitize=address'], "'-fsanitize=address' is not supported: tcc-lite has no instrumentation runtimes"],
      [['-fshort-wchar'], "'-fshort-wchar' is not supported: tcc-lite's wchar_t is 4 bytes"],
      [['-m32'], "'-m32' is not supported: tcc-lite generates code for x86-64 and its System V ABI only"],
      [['-mlong-double-64'], "'-mlong-double-64' is not supported"],
      [['-fpack-struct=4'], "'-fpack-struct=4' is not supported: it would change every struct's layout"],
    ];
    for (const [flags, message] of refused) {
      await expect(cc([...flags, at('hello.c'), '-o', at('never')]), flags.join(' ')).rejects.toThrow(message);
    }
  });
});

describe('link shape and header search', () => {
  it('-nostartfiles links no crt0 (the program brings _start); -nodefaultlibs no implicit libc', async () => {
    await cc(['-nostartfiles', at('start.c'), '-o', at('own')]);
    expect(runs(at('own'))).toEqual({ out: 'own entry\n', status: 7 });
    await expect(cc(['-nodefaultlibs', '-DGREETING="x"', at('hello.c'), '-o', at('never')])).rejects.toThrow("undefined reference to 'puts'");
    await cc(['-nodefaultlibs', '-DGREETING="libc"', at('hello.c'), '-lc', '-o', at('withc')]);
    expect(runs(at('withc')).out).toBe('libc\n');
  });

  it('-iquote serves "..." only, before -I; -idirafter comes after the system headers', async () => {
    for (const [name, text] of Object.entries({
      'q/who.h': '#define WHO "quote"\n', 'i/who.h': '#define WHO "dash-I"\n', 'a/who.h': '#define WHO "after"\n',
      'a/stdio.h': '#error the libc stdio.h comes first\n', 'a/only-after.h': '#define ONLY 1\n',
      'src/a.c': '#include "who.h"\nconst char *a = WHO;\n', 'src/b.c': '#include <who.h>\n#include <stdio.h>\n#include <only-after.h>\nconst char *b = WHO;\nint o = ONLY;\n',
    })) {
      execFileSync('mkdir', ['-p', join(dir, name, '..')]);
      writeFileSync(at(name), text);
    }
    for (const file of ['src/a.c', 'src/b.c']) {
      const args = ['-E', '-P', '-iquote', at('q'), '-I', at('i'), '-idirafter', at('a'), at(file), '-o'];
      await cc([...args, at('ours.i')]);
      execFileSync('gcc', [...args, at('gcc.i')]);
      const declarations = (f: string): string[] => readFileSync(f, 'utf8').split('\n').filter((l) => /^(const char|int o)/.test(l));
      expect(declarations(at('ours.i')), file).toEqual(declarations(at('gcc.i')));
    }
  });
});
