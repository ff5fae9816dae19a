/**
 * The linker-script parser and evaluator: unit checks of the syntax, then a script using
 * most of the subset linked by us and by GNU ld, compared symbol by symbol.
 */

import { afterAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { link, parseLinkerScript } from '../../compiler/link/index.js';
import { readElf } from '../../compiler/elf/reader.js';
import { PT } from '../../compiler/elf/constants.js';
import { CompileError } from '../../compiler/diagnostics.js';
import { KERNEL_CFLAGS, tool, Workdir } from './helpers.js';

describe('parseLinkerScript', () => {
  it('reads the statements of a vmlinux.lds', () => {
    const s = parseLinkerScript(`
      /* comment */ OUTPUT_ARCH(i386:x86-64) ENTRY(startup_64)
      SECTIONS {
        . = 0xffffffff81000000;
        .text : AT(ADDR(.text) - 0xffffffff80000000) { _text = .; *(.text.head) *(.text .text.*) _etext = .; }
        . = ALIGN(4096);
        __ex_table : { __start___ex_table = .; KEEP(*(__ex_table)) __stop___ex_table = .; }
        /DISCARD/ : { *(.eh_frame) *(.note.*) }
      }`);
    expect(s.entry).toBe('startup_64');
    const kinds = s.statements.map((st) => (st.kind === 'section' ? st.name : st.kind));
    expect(kinds).toEqual(['assign', '.text', 'assign', '__ex_table', '/DISCARD/']);
    const text = s.statements[1];
    if (text.kind !== 'section') throw new Error('not a section');
    expect(text.lma).toBeDefined();
    expect(text.items.map((i) => i.kind)).toEqual(['assign', 'input', 'input', 'assign']);
    const spec = text.items[2];
    expect(spec.kind === 'input' && spec.sectionPatterns).toEqual(['.text', '.text.*']);
    const ex = s.statements[3];
    expect(ex.kind === 'section' && ex.items[1].kind === 'input' && ex.items[1].keep).toBe(true);
  });

  it('parses expressions with C precedence', () => {
    const s = parseLinkerScript('SECTIONS { a = 1 + 2 * 3; b = (1 + 2) * 3; c = ~0 & 0xff | 1 << 8; d = 4K; e = 010; f = 5 > 3 ? 7 : 9; }');
    const exprs = s.statements.map((st) => (st.kind === 'assign' ? st.expr : undefined));
    expect(exprs[0]).toMatchObject({ kind: 'binary', op: '+', right: { kind: 'binary', op: '*' } });
    expect(exprs[1]).toMatchObject({ kind: 'binary', op: '*', left: { kind: 'binary', op: '+' } });
    expect(exprs[2]).toMatchObject({ kind: 'binary', op: '|' });
    expect(exprs[3]).toMatchObject({ kind: 'number', value: 4096n });
    expect(exprs[4]).toMatchObject({ kind: 'number', value: 8n });
    expect(exprs[5]).toMatchObject({ kind: 'ternary' });
  });

  it('reports syntax errors with the script line and column', () => {
    const bad = (text: string) => {
      try { parseLinkerScript(text, 'bad.lds'); } catch (e) { return e as CompileError; }
      throw new Error('no error');
    };
    expect(bad('SECTIONS {\n  .text : { *(.text) \n').diagnostic.loc?.file).toBe('bad.lds');
    expect(bad('SECTIONS {\n  . = ;\n}').message).toMatch(/bad\.lds:2:\d+: error: syntax error/);
    expect(bad('SECTIONS { .text : { *(.text) } > ram }').message).toMatch(/memory regions/);
    expect(bad('SECTIONS { x = 1 }').message).toMatch(/expected ';'/);
    expect(bad('MEMORY { ram : ORIGIN = 0, LENGTH = 4K }').message).toMatch(/MEMORY is not supported/);
    expect(bad('PHDRS { text PT_LOAD FILEHDR BOGUS; }').message).toMatch(/bad\.lds:1:\d+: error: expected FILEHDR, PHDRS, FLAGS or ';' in PHDRS, found 'BOGUS'/);
    expect(bad('PHDRS { text PT_LOAD; text PT_NOTE; }').message).toMatch(/program header 'text' is defined twice/);
    expect(bad('PHDRS { text PT_LOAD FLAGS(x); }').message).toMatch(/FLAGS must be a constant/);
  });
});

const TORTURE_LDS = `
ENTRY(entry_point)
PROVIDE(provided_unused = 0x1234);
SECTIONS
{
  . = 0xffffffff81000000;
  .text ALIGN(0x1000) : AT(0x1000000) {
    _text = .;
    KEEP(*(.text.head))
    *(EXCLUDE_FILE(*b.o) .text)
    *(.text .text.*)
    . = ALIGN(64);
    _etext = .;
  }
  rodata_start = .;
  .rodata : { *(SORT(.rodata.sorted.*)) *(.rodata .rodata.*) }
  .tables : {
    tables_start = .;
    LONG(0xdeadbeef) SHORT(7) BYTE(1) . = ALIGN(8); QUAD(_etext - _text)
    *(.tables)
    in_section_offset = 0x10;
    tables_end = .;
  }
  . = ALIGN(0x1000);
  data_lma = LOADADDR(.data);
  .data : AT(LOADADDR(.tables) + SIZEOF(.tables) + 0x100) { *(.data .data.*) . = . + 0x40; data_end = .; }
  .bss (NOLOAD) : { __bss_start = .; *(.bss .bss.*) *(COMMON) }
  __bss_size = SIZEOF(.bss);
  big = MAX(SIZEOF(.data), 0x80) + (DEFINED(entry_point) ? 1 : 2);
  _end = ALIGN(. , 0x1000);
  PROVIDE(end = .);
  /DISCARD/ : { *(.eh_frame) *(.comment) *(.note.*) }
}
`;

describe('a script using most of the subset, against GNU ld', () => {
  const w = new Workdir();
  afterAll(() => w.cleanup());
  const a = w.compile('a.c', `
    extern char end[];
    __attribute__((section(".text.head"))) void entry_point(void) {}
    const int sorted_b __attribute__((section(".rodata.sorted.b"))) = 2;
    const int sorted_a __attribute__((section(".rodata.sorted.a"))) = 1;
    const long table_entry __attribute__((section(".tables"))) = 99;
    long data_a = 5; long bss_a; char *end_ptr = end;
    __attribute__((section(".init.data"))) int orphan_data = 3;
    long fa(void) { return data_a + bss_a; }
  `, KERNEL_CFLAGS);
  const b = w.compile('b.c', 'long data_b = 6; long fb(void) { return data_b; }\n', KERNEL_CFLAGS);
  const lds = w.write('t.lds', TORTURE_LDS);
  const gnu = w.path('t.ld');
  execFileSync('ld', ['-T', lds, '-o', gnu, w.save(a), w.save(b)], { stdio: 'ignore' });
  const ours = link([a, b], { script: TORTURE_LDS, scriptName: 't.lds' });
  const mine = w.writeExe('t.tcc', ours.elf);

  it('defines every symbol at the same address with the same type', () => {
    expect(ours.systemMap).toBe(tool('nm', ['-n', gnu]));
  });

  it('places sections and load addresses like ld', () => {
    const headers = (f: string) => tool('readelf', ['-SW', f]).split('\n').filter((l) => /^\s+\[\s*\d+\]/.test(l))
      .map((l) => l.replace(/^\s+\[\s*\d+\]\s+/, '').split(/\s+/).slice(0, 3).join(' '))
      .filter((l) => !/^\.(symtab|strtab|shstrtab|comment) /.test(l));
    expect(headers(mine)).toEqual(headers(gnu));
    const loads = (f: Uint8Array) => readElf(f, 'x').programHeaders.filter((p) => p.type === PT.LOAD).map((p) => [p.vaddr, p.paddr, p.memsz]);
    expect(loads(ours.elf)).toEqual(loads(w.read('t.ld')));
  });

  it('writes the same bytes, data statements included', () => {
    for (const s of ['.text', '.rodata', '.tables', '.data', '.init.data']) {
      const dump = (exe: string) => tool('objdump', ['-s', '-j', s, exe]).split('\n').slice(3).join('\n');
      expect(dump(mine), s).toBe(dump(gnu));
    }
  });
});
