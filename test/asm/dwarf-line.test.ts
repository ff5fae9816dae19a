/**
 * DWARF generated from `.file`/`.loc` (compiler/asm/dwarf.ts, dwarf-lines.ts). The oracle
 * is GNU as 2.40 on the same text: readelf decodes the same line program, compile unit,
 * abbreviations and ranges from both objects, their debug sections have the same headers
 * and relocations. Only the producer string differs ("GNU AS 2.40" / "tcc-lite as", of
 * the same length, so no string offset moves).
 */

import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { assemble } from '../../compiler/asm/index.js';
import { DWARF_PRODUCER } from '../../compiler/asm/dwarf.js';
import { cc } from '../../cli/commands/cc.js';
import { cleanup, gnuAssemble, scratch } from './oracle.js';
import { kernelIncludePaths } from '../../cli/build/kernel.js';
import { generateKernelHeaders } from '../cc/kernel-headers.js';

afterAll(cleanup);

/** The debug sections' headers, relocations and decoded contents, as text. */
function debugView(obj: Uint8Array, name: string): string {
  const file = join(scratch, `${name}.o`);
  writeFileSync(file, obj);
  // readelf's warnings about a partial debug section (the tests' hand-made units) are part of the view.
  const readelf = (args: string[]) => {
    const r = spawnSync('readelf', [...args, file], { encoding: 'utf8', maxBuffer: 1 << 28 });
    return r.stdout + r.stderr.replaceAll(file, 'FILE');
  };
  const dump = readelf(['--debug-dump=line,info,abbrev,aranges,ranges']).split('\n').slice(2).join('\n')
    .replace('GNU AS 2.40', 'PRODUCER').replace(DWARF_PRODUCER, 'PRODUCER');
  const headers = readelf(['-SW']).split('\n').filter((l) => /\] \.debug_/.test(l))
    .map((l) => l.replace(/^\s*\[\s*\d+\]\s*/, '').split(/\s+/).filter((_, i) => i !== 2 && i !== 3).join(' '));
  // Relocations by offset, type, symbol name and addend (symbol indices may differ).
  const relocs: string[] = [];
  let inDebug = false;
  for (const l of readelf(['-rW']).split('\n')) {
    if (l.startsWith('Relocation section')) { inDebug = l.includes('.debug_'); if (inDebug) relocs.push(l.split(' ')[2]); continue; }
    const f = l.trim().split(/\s+/);
    if (inDebug && f.length >= 5 && /^[0-9a-f]{16}$/.test(f[0])) relocs.push(`${f[0]} ${f[2]} ${f.slice(4).join(' ')}`);
  }
  return [dump, ...headers, ...relocs].join('\n');
}

function expectSameAsGas(text: string, name: string): string {
  const theirs = gnuAssemble(text, name);
  expect(theirs, 'GNU as rejected the text').toBeDefined();
  const ours = assemble(text, { fileName: `${name}.s` });
  const view = debugView(ours, `${name}.ours`);
  expect(view).toBe(debugView(theirs!, `${name}.gas`));
  return view;
}

const lines = (...l: string[]) => `${l.join('\n')}\n`;

describe('DWARF from .loc, as GNU as generates it', () => {
  it('two .loc in a row: the first gets its row where the second is read', () => {
    const view = expectSameAsGas(lines(
      '\t.file 1 "sub/t.c"', '\t.text', '\t.globl f', '\t.type f, @function', 'f:', '\t.loc 1 1 12', '\tpush %rbp',
      '\tmov %rsp, %rbp', '\t.loc 1 1 26', '\t.loc 1 2 9', '\tnop', '\t.loc 1 3 3', '\t.loc 1 3 14', '\tleave', '\tret', '\t.size f, .-f',
    ), 'twice');
    expect(view).toContain('advance Address by 0 to 0x4 and Line by 1 to 2 (view 1)');
  });

  it('a .loc before alignment or data gets its row at the next instruction', () => {
    expectSameAsGas(lines(
      '\t.file 1 "x.c"', '\t.text', 'f:', '\t.loc 1 3 1', '\tnop', '\t.loc 1 4 1', '\t.p2align 4', '\tret', '\t.loc 1 5 2',
      '\t.byte 1, 2, 3', '\t.p2align 3', '\tnop', '\t.loc 1 6', '\t.data', '\t.long 7', '\t.text', '\tnop', '\t.loc 1 7',
    ), 'padding');
  });

  it('is_stmt, isa and the column stay until changed; discriminator and flags last one row; line 0 gives none', () => {
    expectSameAsGas(lines(
      '\t.file 1 "x.c"', '\t.text', 'f:', '\t.loc 1 2 5 discriminator 2 prologue_end', '\tnop', '\t.loc 1 0', '\tnop',
      '\t.loc 1 3 is_stmt 0', '\tnop', '\t.loc 1 4 basic_block epilogue_begin isa 1', '\tnop', '\t.loc 1 5', '\tnop',
      '\t.loc 1 6 7 is_stmt 1', '\tnop', '\t.loc 1 6 7', '\tnop', '\t.loc 1 5 0 discriminator 300', '\tnop',
    ), 'state');
  });

  it('big line and address steps: advance_line, const_add_pc, advance_pc', () => {
    const body = ['\t.file 1 "x.c"', '\t.text', 'f:'];
    const steps = [[1, 0], [9, 17], [2, 18], [-3, 20], [300, 1], [-200, 300], [100000, 70000], [4, 255], [-5, 273], [8, 16]];
    let line = 1;
    for (const [dl, bytes] of steps) {
      line += dl;
      body.push(`\t.loc 1 ${line} 1`, '\tnop');
      if (bytes > 1) body.push(`\t.skip ${bytes - 1}`);
    }
    body.push('\t.skip 17');
    expectSameAsGas(lines(...body), 'steps');
  });

  it('several sections: one sequence each, DW_AT_ranges and .debug_ranges', () => {
    expectSameAsGas(lines(
      '\t.file 1 "a/b/x.c"', '\t.file 2 "/usr/include/y.h"', '\t.file 3 "z.c"', '\t.file 4 "a/b/w.h"', '\t.text', '\t.globl f',
      '\t.type f, @function', 'f:', '\t.loc 1 3 1', '\tnop', '\t.loc 2 400 2', '\tret', '\t.size f, .-f',
      '\t.section .text.unlikely,"ax",@progbits', '\t.type h, @function', 'h:', '\t.loc 4 10 1', '\tud2', '\t.size h, .-h',
      '\t.section .init.text,"ax",@progbits', '\t.loc 3 1', '\tret', '\t.text', '\t.loc 1 9', '\tnop', '\t.p2align 4',
    ), 'sections');
  });

  it('functions: global, static, weak, aliases; none without a size or with size 0', () => {
    const view = expectSameAsGas(lines(
      '\t.file 1 "x.c"', '\t.text', '\t.globl late', '\t.set late_alias, late', '\t.type s, @function', 's:', '\t.loc 1 1',
      '\tnop', '\t.size s, .-s', '\t.weak w', '\t.type w, @function', 'w:', '\tnop', '\t.size w, 1', '\t.set w_alias, w',
      '\t.type nosize, @function', 'nosize:', '\tnop', '\t.type zero, @function', 'zero:', '\t.size zero, 0',
      '\t.type late, @function', 'late:', '\tcall s', '\tret', '\t.size late, .-late', '\t.globl undef', '\t.type undef, @function',
    ), 'functions');
    expect(view).toMatch(/DW_AT_name .*: w_alias/);
    expect(view).not.toMatch(/DW_AT_name .*: (nosize|zero|late_alias|undef)$/m);
  });

  it('only weak or static functions: no DW_AT_external; no functions: a compile unit without children', () => {
    expectSameAsGas(lines('\t.file 1 "x.c"', '\t.text', '\t.weak w', '\t.type w, @function', 'w:', '\t.loc 1 2', '\tnop', '\t.size w, 1'), 'weak');
    expectSameAsGas(lines('\t.file 1 "x.c"', '\t.text', 'f:', '\t.loc 1 2', '\tnop'), 'nofunc');
  });

  it('every kind of instruction takes the waiting row: cached bytes, templates, branches, prefixes', () => {
    const text = ['\t.file 1 "x.c"', '\t.text', 'g:', '\tret'];
    for (let i = 0; i < 3; i++) {
      text.push(`\t.loc 1 ${10 * i + 1}`, '\tmovl $1, %eax', `\t.loc 1 ${10 * i + 2}`, '\tcall g', `\t.loc 1 ${10 * i + 3}`, `\tjmp .L${i}`,
        `\t.loc 1 ${10 * i + 4}`, '\tmovq x(%rip), %rax', `\t.loc 1 ${10 * i + 5}`, '\tlock', '\tincl (%rax)', `.L${i}:`);
    }
    expectSameAsGas(lines(...text), 'paths');
  });

  it('no .loc, or only .loc outside code: no DWARF, as GNU as', () => {
    for (const [name, text] of [['none', '\t.file 1 "x.c"\n\tnop\n'], ['dataonly', '\t.file 1 "x.c"\n\t.data\n\t.loc 1 2\n\t.long 1\n']]) {
      const ours = assemble(text, { fileName: `${name}.s` });
      expect(debugView(ours, name)).toBe(debugView(gnuAssemble(text, name)!, `${name}.gas`));
      expect(debugView(ours, name)).not.toContain('.debug_line');
    }
  });

  it('DWARF 5 input (.file 0) without a .debug_info of its own: nothing generated (gas would write a v5 unit)', () => {
    const text = lines('\t.file 0 "/tmp" "x.c"', '\t.file 1 "x.c"', '\t.text', 'f:', '\t.loc 1 2', '\tnop');
    const view = debugView(assemble(text, { fileName: 'five.s' }), 'five');
    expect(view).not.toContain('.debug_info');
  });

  it('names DW_AT_comp_dir after the directory we run in, or compDir', () => {
    const text = lines('\t.file 1 "x.c"', '\t.text', 'f:', '\t.loc 1 2', '\tnop');
    expect(debugView(assemble(text, { fileName: 'dir.s', compDir: '/some/where' }), 'dir')).toMatch(/DW_AT_comp_dir .*: \/some\/where$/m);
  });
});

/** Input with its own .debug_info: a compile unit gcc-style, the line table left to the assembler. */
const withInfo = (...l: string[]) => lines(...l, '\t.section .debug_info,"",@progbits', '\t.long .Ldebug_line0', '\t.section .debug_line,"",@progbits', '.Ldebug_line0:');

describe('the line table of input that brings its own .debug_info (gcc -g -S), as GNU as fills it', () => {
  it('DWARF 5 (.file 0): directory 0 from .file 0, directories split off, names in .debug_line_str after its own', () => {
    const view = expectSameAsGas(withInfo(
      '\t.file 0 "/src/dir" "a.c"', '\t.text', 'f:', '\t.file 1 "a.c"', '\t.loc 1 3 22', '\tnop', '\t.file 2 "/usr/include/stdio.h"',
      '\t.file 3 "/src/dir/inc/b.h"', '\t.file 4 "sub/c.h"', '\t.file 5 "/opt" "d.h"', '\t.file 6 "/src/dir" "e.h"', '\t.file 7 "/src/dir/f.h"',
      '\t.loc 2 4', '\tnop', '\t.loc 4 5', '\tnop', '\t.loc 0 9', '\tnop',
      '\t.section .debug_line_str,"MS",@progbits,1', '\t.string "/src/dir"',
    ), 'five-dirs');
    expect(view).toContain('DWARF Version:               5');
    expect(view).toMatch(/1\s+\(indirect line string, offset: 0x[0-9a-f]+\): \/usr\/include$/m);
  });

  it('DWARF 5: .file 0 naming a file in another directory; md5 sums (a column when any has one)', () => {
    expectSameAsGas(withInfo(
      '\t.file 0 "/src" "sub/a.c" md5 0x00112233445566778899aabbccddeeff', '\t.file 1 "sub/a.c" md5 0xffeeddccbbaa99887766554433221100',
      '\t.file 2 "b.h"', '\t.text', '\t.loc 1 2', '\tret',
    ), 'five-md5');
    expectSameAsGas(withInfo('\t.file 0 "/src" "a.c"', '\t.file 1 "a.c" md5 0x0123456789abcdef0123456789abcd00', '\t.text', '\t.loc 1 2', '\tret'), 'five-md5-zero');
  });

  it('DWARF 4 output (no .file 0): a version 3 table; no .loc at all: the header alone', () => {
    expectSameAsGas(withInfo('\t.file 1 "a.c"', '\t.file 2 "/usr/include/x.h"', '\t.text', 'f:', '\t.loc 1 2 5', '\tnop', '\t.loc 2 7', '\tret'), 'four');
    expectSameAsGas(withInfo('\t.file 0 "/src" "a.c"', '\t.data', '\t.long 1'), 'five-empty');
  });

  it('a .debug_line of its own with .loc is an error, as in gas; without .loc it is kept as it is', () => {
    const own = (...l: string[]) => lines('\t.file 1 "a.c"', ...l, '\t.section .debug_line,"",@progbits', '\t.long 0');
    expect(() => assemble(own('\t.text', '\t.loc 1 2', '\tnop'), { fileName: 'dup.s' })).toThrow(/duplicate .debug_line sections/);
    expect(gnuAssemble(own('\t.text', '\t.loc 1 2', '\tnop'), 'dup')).toBeUndefined();
    expectSameAsGas(own('\t.text', '\tnop'), 'own-line');
  });

  it('file-table errors, as in gas: a hole, a slot given twice, the two-string form or md5 without .file 0, a small md5', () => {
    const cases: [string, RegExp | null][] = [
      ['\t.file 1 "a.c"\n\t.file 3 "c.c"\n\t.text\n\t.loc 3 1\n\tnop\n', /unassigned file number 2/],
      ['\t.file 1 "a.c"\n\t.file 1 "b.c"\n', /already occupied/],
      ['\t.file 1 "a.c"\n\t.file 1 "a.c"\n', null],
      ['\t.file 1 "/d" "a.c"\n', /junk at end of line/],
      ['\t.file 0 "/d" "a.c" md5 0x1234\n', /md5 value too small/],
    ];
    for (const [text, message] of cases) {
      const error = (() => { try { assemble(text, { fileName: 'bad.s' }); return null; } catch (e) { return (e as Error).message; } })();
      if (message) expect(error).toMatch(message);
      else expect(error).toBeNull();
      expect(gnuAssemble(text, 'bad') === undefined).toBe(message !== null);
    }
  });
});

describe('gcc -g -S output assembled by us and by GNU as: the same line table and compile unit', () => {
  const programs = ['structs', 'bitfield_values', 'atomics', 'extended_identifiers'];
  for (const name of programs) {
    for (const flags of [['-g'], ['-gdwarf-4'], ['-O2', '-g']]) {
      it(`gcc ${flags.join(' ')} -S test/cc/programs/${name}.c`, () => {
        const out = join(scratch, `gcc-${name}.s`);
        execFileSync('gcc', [...flags, '-S', join('test/cc/programs', `${name}.c`), '-o', out]);
        expectSameAsGas(readFileSync(out, 'utf8'), `gcc-${name}`);
      });
    }
  }
});

describe("DWARF of our compiler's -g output, as GNU as makes it from the same text", () => {
  const programs = ['extended_identifiers', 'pragma_weak', 'structs', 'bitfield_values', 'static_compound_init', 'atomics'];
  for (const name of programs) {
    it(`test/cc/programs/${name}.c`, async () => {
      const source = join('test/cc/programs', `${name}.c`);
      const out = join(scratch, `${name}.s`);
      await cc(['-g', '-S', source, '-o', out]);
      expectSameAsGas(readFileSync(out, 'utf8'), name);
    });
  }

  it('a kernel file: kernel/sys.c', async () => {
    const src = 'kernel-src';
    const gen = join(scratch, 'kernel-gen');
    generateKernelHeaders(src, gen);
    const out = join(scratch, 'sys.s');
    await cc([
      '-g', '-S', '-nostdinc', '-mcmodel=kernel', '-ffreestanding', '-fno-builtin', '-D__KERNEL__',
      '-include', join(src, 'include/linux/kconfig.h'), ...kernelIncludePaths(src, gen).flatMap((p) => ['-I', p]),
      join(src, 'kernel/sys.c'), '-o', out,
    ]);
    const view = expectSameAsGas(readFileSync(out, 'utf8'), 'sys');
    expect(view).toMatch(/DW_AT_name .*: sys_getpid$/m);
  });
});
