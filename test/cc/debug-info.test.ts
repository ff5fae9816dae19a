/**
 * `tcc-lite cc -g`'s own .debug_info (compiler/cc/debug-info.ts, debug-scopes.ts). The
 * oracle is gdb: the same batch of commands on a program built by gcc -g and on the
 * same program built by us must print the same text — types, arguments, locals of
 * each block, globals, static locals, return values, other frames. Addresses are left
 * out (our executables are static, gcc's are PIE). Skipped without gdb.
 */

import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cc } from '../../cli/commands/cc.js';
import { workDir } from './helpers.js';

const hasGdb = spawnSync('gdb', ['--version']).status === 0;
const dir = 'test/cc/debug-info';

/** What gdb prints for the commands (each its own -ex: an error does not stop the rest), addresses and pids left out. */
function gdbBatch(exe: string, commands: string[]): string {
  const args = ['-batch', '-nx', '-ex', 'set width 0', ...commands.flatMap((c) => ['-ex', c]), exe];
  // No debuginfod: gdb would ask the network about glibc's build id.
  const r = spawnSync('gdb', args, { encoding: 'utf8', env: { ...process.env, DEBUGINFOD_URLS: '' } });
  return (r.stdout + r.stderr)
    .split('\n')
    .filter((l) => !/^\[(Inferior|Thread|New Thread)|^Using host libthread|libthread_db|^Breakpoint \d+ at 0x/.test(l))
    .join('\n')
    .replace(/0x[0-9a-f]+( in)? ?/g, '');
}

/** Builds `name.c` with gcc -g (or `flag`) and with us (linked by us), and compares gdb's outputs. */
async function expectSameAsGcc(name: string, commands: string[], flag = '-g'): Promise<string> {
  const source = join(dir, `${name}.c`);
  const gccExe = join(workDir, `${name}${flag}.gcc`), ourExe = join(workDir, `${name}${flag}.ours`);
  execFileSync('gcc', [flag, source, '-o', gccExe]);
  await cc([flag, source, '-o', ourExe]);
  const ours = gdbBatch(ourExe, commands);
  expect(ours).toBe(gdbBatch(gccExe, commands));
  return ours;
}

// The programs' own output goes to /dev/null: it would mix with gdb's in the pipe.
const RUN = 'run > /dev/null';

describe.skipIf(!hasGdb)('gdb on tcc-lite -g programs, as on gcc -g ones', () => {
  it('arguments and locals, values of every kind, finish, other frames', async () => {
    const out = await expectSameAsGcc('types', [
      'break scale', 'break walk', RUN, 'bt', 'info args', 'next', 'info locals', 'print p', 'print p.x + p.y', 'print factor', 'print c',
      'print tag', 'print name', 'print *name@3', 'up', 'print numbers', 'print text', 'print first', 'print *first.next',
      'print first.weights[1]', 'print last.label', 'frame 0', 'finish', 'continue', 'bt', 'info args', 'next', 'next', 'info locals',
      'print *n', 'print n->next->label', 'print u', 'print u.bytes', 'print f', 'print f.b', 'ptype n', 'ptype u', 'ptype f',
      'ptype struct point', 'whatis n->weights', 'finish',
    ]);
    expect(out).toContain('scale (p=..., factor=2.5, c=BLUE, tag=113 \'q\', name="hello") at ');
    expect(out).toContain('f = {a = 5, b = -3, c = 100, d = 42}');
    expect(out).toContain('Value returned is $');
  });

  it('globals of each type, static and extern ones, enums, function types', async () => {
    const globals = ['counter', 'ratio', 'greeting', 'table', 'table[1]', 'origin', 'hidden', 'letter', 'byte', 'big', 'truth', 'single',
      'wide', 'shared', 'fixed', '*pointer', 'paint', '(enum color)1', 'bits', 'num', 'callback', 'RED', 'GREEN + BLUE', 'NEG',
      'sizeof(struct node)', 'sizeof(bits)', 'undefined_here'];
    const types = ['enum sign', 'paint', 'callback', 'pointer', 'table', 'fixed', 'shared', 'main', 'scale', 'add', 'num', 'truth', 'wide', 'big'];
    const out = await expectSameAsGcc('types', [
      'break walk', RUN, ...globals.map((g) => `print ${g}`), ...types.map((t) => `ptype ${t}`), 'whatis greeting', 'print scale::calls',
    ]);
    expect(out).toContain('type = enum color {RED, GREEN = 5, BLUE}');
    expect(out).toContain('type = double (struct point, double, enum color, char, const char *)');
  });

  it('nested scopes: each loop its own i, a shadowing block, static locals; recursion, finish of each return type', async () => {
    const out = await expectSameAsGcc('scopes', [
      'break depth_sum if n == 2', 'break loops', RUN, 'bt', 'info args', 'up', 'info args', 'frame 3', 'print level', 'delete 1', 'frame 0',
      'finish', 'finish', 'finish', 'next', 'step', 'finish', 'next', 'step', 'finish', 'next', 'step', 'finish', 'next', 'step', 'finish',
      'continue', 'next', 'next', 'next', 'info locals', 'print i', 'print square', 'print total', 'up', 'info locals', 'down',
      'until 22', 'next', 'next', 'next', 'next', 'next', 'info locals', 'print total', 'print seen', 'print name_of::names', 'print inner',
    ]);
    expect(out).toMatch(/total = -1\ninner = 5\nseen = 10\ni = 10\ntotal = 95/);
  });

  it('typedef names: what gdb says each object is (whatis), through pointers, qualifiers and parameters', async () => {
    const names = ['length', 'big', 'total', 'limit', 'head', 'cursor', 'title', 'form', 'cell', 'couple', 'ticks', 'action', '*cursor', '&length'];
    const out = await expectSameAsGcc('typedefs', [
      ...names.map((n) => `whatis ${n}`), 'ptype total', 'ptype cursor', 'ptype couple', 'print *cursor', 'print form', 'break visit', RUN,
      'info args', 'whatis n', 'whatis depth', 'whatis seen', 'next', 'next', 'whatis sum', 'whatis steps', 'whatis p', 'print sum', 'print steps', 'finish',
    ]);
    expect(out).toContain('type = size_t');
    expect(out).toContain('type = const myint');
    expect(out).toContain('type = NodeP');
  });

  it('variable length arrays: their sizes computed in the frame, one and two dimensions', async () => {
    const out = await expectSameAsGcc('vla', [
      'break 8', RUN, 'info locals', 'print arr', 'print grid', 'print grid[1]', 'ptype arr', 'ptype grid', 'whatis grid[0]', 'print sizeof(grid)',
    ]);
    expect(out).toContain('type = double [3][2]');
  });

  it('-gdwarf-4: a version 4 unit (bit-fields as DW_AT_bit_offset, .debug_ranges) and gdb says the same', async () => {
    const out = await expectSameAsGcc('types', [
      'break walk', RUN, 'bt', 'print f', 'print f.b', 'ptype f', 'print bits', 'up', 'print first', 'print numbers',
    ], '-gdwarf-4');
    expect(out).toContain('$1 = {a = 5, b = -3, c = 100, d = 42}');
    const obj = join(workDir, 'types4.o');
    await cc(['-gdwarf-4', '-c', join(dir, 'types.c'), '-o', obj]);
    const dump = execFileSync('readelf', ['--debug-dump=info,line', obj], { encoding: 'utf8' });
    expect(dump).toMatch(/Version:\s+4\n/);
    expect(dump).toContain('DWARF Version:               3');
    expect(dump).toContain('DW_AT_bit_offset');
  });

  it('objects we compile, linked by gcc with glibc', async () => {
    const source = join(dir, 'scopes.c');
    const obj = join(workDir, 'scopes.o'), ourExe = join(workDir, 'scopes.gcclinked'), gccExe = join(workDir, 'scopes.gccref');
    await cc(['-g', '-c', source, '-o', obj]);
    execFileSync('gcc', [obj, '-o', ourExe]);
    execFileSync('gcc', ['-g', source, '-o', gccExe]);
    const commands = ['break loops', RUN, 'bt', 'next', 'next', 'next', 'info locals', 'up', 'print p', 'print s'];
    expect(gdbBatch(ourExe, commands)).toBe(gdbBatch(gccExe, commands));
  });

  it('gcc -g -S assembled by our assembler and linked by us, as gcc builds it', async () => {
    const asm = join(workDir, 'types-gcc.s'), ourExe = join(workDir, 'types.ouras'), gccExe = join(workDir, 'types.gccref');
    execFileSync('gcc', ['-g', '-S', join(dir, 'types.c'), '-o', asm]);
    await cc([asm, '-o', ourExe]);
    execFileSync('gcc', ['-g', join(dir, 'types.c'), '-o', gccExe]);
    const commands = ['break walk', RUN, 'bt', 'info args', 'print *n', 'up', 'print first', 'ptype struct flags', 'print bits'];
    expect(gdbBatch(ourExe, commands)).toBe(gdbBatch(gccExe, commands));
  });
});

describe('the -g assembly', () => {
  it('is accepted by GNU as, and its debug sections read without complaint', async () => {
    for (const name of ['types', 'scopes']) {
      const asm = join(workDir, `${name}-ours.s`), obj = join(workDir, `${name}-gas.o`);
      await cc(['-g', '-S', join(dir, `${name}.c`), '-o', asm]);
      execFileSync('as', ['--64', asm, '-o', obj]);
      const r = spawnSync('readelf', ['--debug-dump=info,line', obj], { encoding: 'utf8' });
      expect(r.stderr).toBe('');
      expect(r.stdout).toContain('DW_AT_producer    : tcc-lite cc');
      expect(r.stdout).toContain('DWARF Version:               5');
      writeFileSync(join(workDir, `${name}.dump`), r.stdout);
    }
    expect(readFileSync(join(workDir, 'scopes.dump'), 'utf8')).toMatch(/DW_TAG_lexical_block/);
  });

  it('without -g (or with -g0 last): no debug sections, the same code', async () => {
    const plain = join(workDir, 'plain.s'), debug = join(workDir, 'debug.s'), none = join(workDir, 'g0.s');
    await cc(['-S', join(dir, 'scopes.c'), '-o', plain]);
    await cc(['-g', '-g0', '-S', join(dir, 'scopes.c'), '-o', none]);
    expect(readFileSync(none, 'utf8')).toBe(readFileSync(plain, 'utf8'));
    await cc(['-g', '-S', join(dir, 'scopes.c'), '-o', debug]);
    const code = (f: string) => readFileSync(f, 'utf8').split('\n').filter((l) => l.startsWith('\t') && !/^\t\.(loc|file)\b/.test(l)).join('\n');
    expect(readFileSync(plain, 'utf8')).not.toContain('.debug_');
    expect(code(debug).split('\t.section .debug_info')[0]).toBe(code(plain).split('\t.section .note.GNU-stack')[0]);
  });
});
