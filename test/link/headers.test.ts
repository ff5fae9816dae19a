/**
 * Program headers, SIZEOF_HEADERS and the symbols the linker defines, against GNU ld 2.40
 * on this machine: the same objects (from GNU as, gcc -c and tcc-lite cc -c) linked by
 * the same command line must give the same ELF header, section headers, program headers
 * (number, order, every field), `nm -n` and symbol table entries (binding, visibility,
 * section index, order). Left out: where the section header table and the symbol and
 * string tables are in the file, and ld's .comment (gcc's version strings), which we do
 * not write.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { linkCommand } from '../../cli/commands/binutils.js';
import { cc } from '../../cli/commands/cc.js';
import { scratchDir } from '../scratch.js';

const dir = scratchDir('ld-headers-');
const at = (name: string): string => join(dir, name);

function gas(name: string, lines: string[]): string {
  writeFileSync(at(`${name}.s`), `${lines.join('\n')}\n`);
  execFileSync('as', [at(`${name}.s`), '-o', at(`${name}.o`)]);
  return at(`${name}.o`);
}

const NOTE_STACK = '\t.section .note.GNU-stack,"",@progbits';
/** .text, .data and .bss with a local symbol; with or without the stack note. */
const plain = gas('plain', ['\t.globl _start', '_start:', '\tmov dval(%rip), %edi', '\tmov $60, %eax', '\tsyscall',
  '\t.data', '\t.globl dval', 'dval: .quad 0', '\t.bss', 'bval: .zero 64', NOTE_STACK]);
const noNote = gas('nonote', ['\t.globl _start', '_start:', '\tmov $60, %eax', '\tsyscall', '\t.data', '\t.quad 1']);
/** Thread-locals, an init array (RELRO) and a loaded note. */
const tls = gas('tls', ['\t.globl _start', '_start:', '\tmov $60, %eax', '\tsyscall', '\t.section .init_array,"aw"', '\t.quad _start',
  '\t.section .tdata,"awT",@progbits', '\t.globl tv', 'tv: .quad 5', '\t.section .tbss,"awT",@nobits', 'tb: .zero 8',
  '\t.section .note.foo,"a",@note', '\t.long 4, 4, 1', '\t.ascii "GNU\\0"', '\t.long 0', NOTE_STACK]);
/** .tdata then a .tbss that ends the RELRO region: ld does not count .tbss there. */
const tbss = gas('tbss', ['\t.globl _start', '_start:', '\tret', '\t.section .tdata,"awT",@progbits', '\t.quad 1',
  '\t.section .tbss,"awT",@nobits', '\t.zero 256', '\t.data', '\t.quad 2', NOTE_STACK]);
/** Only a .tbss in the RELRO region, starting off its alignment (a threaded libc program's layout): ld counts it empty. */
const tbssOnly = gas('tbss-only', ['\t.globl _start', '_start:', '\tret', '\t.section .rodata', '\t.zero 0x5ee', '\t.section .tbss,"awT",@nobits',
  '\t.balign 4', '\t.zero 4', '\t.data', '\t.balign 16', '\t.quad 2', NOTE_STACK]);
/** Thread-locals and a note with no entry point of their own, to link beside another object. */
const tlsData = gas('tls-data', ['\t.section .tdata,"awT",@progbits', '\t.globl tv2', 'tv2: .quad 5', '\t.section .tbss,"awT",@nobits', '\t.zero 16',
  '\t.section .note.foo,"a",@note', '\t.long 4, 4, 1', '\t.ascii "GNU\\0"', '\t.long 0', NOTE_STACK]);
/** A multiboot header that must come first, and read-only data. */
const multiboot = gas('multiboot', ['\t.section .multiboot,"a"', '\t.align 4', '\t.long 0x1BADB002, 3, -(0x1BADB002 + 3)',
  '\t.text', '\t.globl _start', '_start: jmp _start', '\t.section .rodata', '\t.quad 1', '\t.data', '\t.quad 2', '\t.bss', '\t.zero 100']);

const PROGRAM_C = `
__thread int tv = 5;
__thread int tz;
int counter;
int data = 7;
const char msg[] = "hello";
extern char __bss_start[], _edata[], _end[], etext[], edata[], end[], __executable_start[];
long sys3(long n, long a, long b, long c) {
  long r;
  __asm__ volatile("syscall" : "=a"(r) : "a"(n), "D"(a), "S"(b), "d"(c) : "rcx", "r11", "memory");
  return r;
}
void _start(void) {
  counter = tv + tz + data + msg[0] + (int)(_end - __bss_start) + (int)(etext - __executable_start) + (int)(edata - _edata) + (int)(long)end;
  sys3(60, counter & 0, 0, 0);
}
`;
writeFileSync(at('program.c'), PROGRAM_C);
const FREESTANDING = ['-O2', '-fno-pie', '-ffreestanding', '-fno-stack-protector', '-c'];
execFileSync('gcc', [...FREESTANDING, at('program.c'), '-o', at('program-gcc.o')]);
const programGcc = at('program-gcc.o');
const programTcc = at('program-tcc.o');

function script(name: string, lines: string[]): string {
  writeFileSync(at(name), `${lines.join('\n')}\n`);
  return at(name);
}

const codeFirst = script('code-first.ld', ['ENTRY(_start)', 'SECTIONS {', '  . = 0x400000 + SIZEOF_HEADERS;', '  .text : { *(.text) }',
  '  .data : { *(.data) }', '  .bss : { *(.bss) }', '  hdr = SIZEOF_HEADERS;', '}']);
const dataFirst = script('data-first.ld', ['ENTRY(_start)', 'SECTIONS {', '  . = 0x400000 + SIZEOF_HEADERS;', '  .rodata : { *(.rodata) *(.note*) }',
  '  .text : { *(.text) }', '  .tdata : { *(.tdata) }', '  .tbss : { *(.tbss) }', '  . = ALIGN(4K);', '  .data : { *(.data) *(.init_array) }',
  '  .bss : { *(.bss) }', '  PROVIDE(end = .);', '  PROVIDE(unused = .);', '  hdr = SIZEOF_HEADERS;', '}']);
const lowBase = script('low.ld', ['ENTRY(_start)', 'SECTIONS {', '  PROVIDE(__executable_start = 0x10000);', '  . = 0x10000 + SIZEOF_HEADERS;',
  '  .text : { *(.text) }', '  PROVIDE(etext = .);', '  .rodata : { *(.rodata) }', '  .tdata : { *(.tdata) }', '  .tbss : { *(.tbss) }',
  '  .data : { *(.data) }', '  _edata = .;', '  PROVIDE(edata = .);', '  __bss_start = .;', '  .bss : { *(.bss) }', '  _end = .;',
  '  PROVIDE(end = .);', '}']);
const osdev = script('osdev.ld', ['ENTRY(_start)', 'SECTIONS {', '  . = 1M;', '  .text BLOCK(4K) : ALIGN(4K) { *(.multiboot) *(.text) }',
  '  .rodata BLOCK(4K) : ALIGN(4K) { *(.rodata) }', '  .data BLOCK(4K) : ALIGN(4K) { *(.data) }',
  '  .bss BLOCK(4K) : ALIGN(4K) { *(COMMON) *(.bss) }', '  /DISCARD/ : { *(.comment) *(.eh_frame) *(.note.gnu.property) }', '}']);
const higherHalf = script('higher-half.ld', ['ENTRY(_start)', 'KERNEL_VMA = 0xC0000000;', 'SECTIONS {', '  . = 0x100000;',
  '  .multiboot : { *(.multiboot) }', '  . += KERNEL_VMA;', '  .text ALIGN(4K) : AT(ADDR(.text) - KERNEL_VMA) { *(.text) }',
  '  .rodata ALIGN(4K) : AT(ADDR(.rodata) - KERNEL_VMA) { *(.rodata) }', '  .data ALIGN(4K) : AT(ADDR(.data) - KERNEL_VMA) { *(.data) }',
  '  .bss ALIGN(4K) : AT(ADDR(.bss) - KERNEL_VMA) { *(COMMON) *(.bss) }', '  end = .;', '}']);
/** Output sections with no inputs: kept when `.` moved inside them, dropped otherwise (ld's rule). */
const empties = script('empties.ld', ['ENTRY(_start)', 'SECTIONS {', '  . = 0x100000;', '  .text : { *(.text) }', '  .data : { *(.data) }',
  '  .kept : { . = ALIGN(8); }', '  .dropped : { . = ALIGN(. != 0 ? 8 : 1); before_bss = .; }', '  .none : { . = . + 0; }',
  '  .words : { LONG(0x12345678) }',
  '  .bss : { *(.bss) }', '}']);

/** PHDRS: a Limine-style higher-half kernel, one PT_LOAD per kind, FLAGS given; orphan .tdata/.tbss after .data. */
const limine = script('limine.ld', ['ENTRY(_start)', 'PHDRS {', '  requests PT_LOAD;', '  text PT_LOAD FLAGS((1 << 0) | (1 << 2));',
  '  rodata PT_LOAD FLAGS((1 << 2));', '  data PT_LOAD;', '}', 'SECTIONS {', '  . = 0xffffffff80000000;',
  '  .requests : { KEEP(*(.multiboot)) } :requests', '  . = ALIGN(CONSTANT(MAXPAGESIZE));', '  .text : { *(.text .text.*) } :text',
  '  . = ALIGN(CONSTANT(MAXPAGESIZE));', '  .rodata : { *(.rodata .rodata.*) } :rodata', '  . = ALIGN(CONSTANT(MAXPAGESIZE));',
  '  .data : { *(.data .data.*) } :data', '  PROVIDE(_edata = .); PROVIDE(edata = .); PROVIDE(__bss_start = .);', '  .bss : { *(.bss .bss.*) *(COMMON) }',
  '  PROVIDE(_end = .); PROVIDE(end = .); PROVIDE(etext = ADDR(.text) + SIZEOF(.text)); PROVIDE(__executable_start = 0xffffffff80000000);',
  '  /DISCARD/ : { *(.eh_frame*) *(.note .note.*) *(.comment) }', '}']);
/** PHDRS with the headers loaded (FILEHDR PHDRS, PT_PHDR), a section in two entries (:text :note), TLS, an empty GNU_STACK. */
const phdrsAll = script('phdrs-all.ld', ['ENTRY(_start)', 'PHDRS {', '  headers PT_PHDR PHDRS;', '  text PT_LOAD FILEHDR PHDRS;', '  data PT_LOAD;',
  '  note PT_NOTE;', '  tls PT_TLS;', '  stack PT_GNU_STACK FLAGS(6);', '}', 'SECTIONS {', '  /DISCARD/ : { *(.note.GNU-stack) }',
  '  PROVIDE(__executable_start = 0x400000);', '  . = 0x400000 + SIZEOF_HEADERS;', '  .text : { *(.text) } :text', '  PROVIDE(etext = .);',
  '  .rodata : { *(.rodata) }', '  .note : { *(.note.*) } :text :note',
  '  . = ALIGN(0x1000);', '  .data : { *(.data) *(.init_array) } :data', '  .tdata : { *(.tdata) } :data :tls', '  .tbss : { *(.tbss) } :data :tls',
  '  _edata = .;', '  PROVIDE(edata = .);', '  __bss_start = .;', '  .bss : { *(.bss) *(COMMON) } :data', '  _end = .;', '  PROVIDE(end = .);',
  '  hdr = SIZEOF_HEADERS;', '}']);
/** PHDRS quirks: sections before the first `:name`, `:NONE`, FLAGS on every kind, entries with no sections. */
const phdrsQuirks = script('phdrs-quirks.ld', ['ENTRY(_start)', 'PHDRS {', '  text PT_LOAD FLAGS(5);', '  data PT_LOAD;', '  nt PT_NOTE FLAGS(4);',
  '  dyn PT_DYNAMIC FLAGS((1 << 1) | (1 << 2));', '  tls PT_TLS;', '}', 'SECTIONS {', '  /DISCARD/ : { *(.note.GNU-stack) }', '  . = 0x100000;',
  '  .first : { *(.multiboot) *(.init_array) }', '  .text : { *(.text) } :text', '  .rodata : { *(.rodata) }', '  .note : { *(.note.*) } :NONE',
  '  . = ALIGN(0x1000);', '  .data : { *(.data) } :data', '  .tdata : { *(.tdata) } :data :tls', '  .tbss : { *(.tbss) } :data :tls',
  '  .bss : { *(.bss) *(COMMON) } :data', '}']);

/** readelf -lhSW without what legitimately differs: where the section header table and the non-allocated sections are. */
function headers(file: string): string[] {
  // (readelf complains on stderr about an empty PT_DYNAMIC, which a PHDRS case has on purpose.)
  const text = execFileSync('readelf', ['-lhSW', file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  return text.split('\n').filter((line) =>
    !/Start of section headers|Number of section headers|Section header string table index/.test(line) &&
    !/^\s+\[\s*\d+\] \.(symtab|strtab|shstrtab|comment)\s/.test(line) && !/^There are \d+ section headers/.test(line));
}

/**
 * The symbol table in order: each symbol's value, size, type, binding, visibility, section
 * index and name (FILE symbols before each object's locals, ld's own locals after an
 * unnamed FILE symbol, the globals in the order of ld's hash table).
 */
function symbolEntries(file: string): string[] {
  const text = execFileSync('readelf', ['-sW', file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  return text.split('\n').filter((l) => /^\s+\d+:/.test(l)).map((l) => l.trim().split(/\s+/).slice(1).join(' '));
}

const nm = (file: string): string => execFileSync('nm', ['-n', file], { encoding: 'utf8' });

async function linkBoth(name: string, args: string[]): Promise<[string, string]> {
  await linkCommand([...args, '-o', at(`${name}.ours`)]);
  execFileSync('ld', [...args, '-o', at(`${name}.gnu`)], { stdio: 'ignore' });
  return [at(`${name}.ours`), at(`${name}.gnu`)];
}

function expectSameAsGnu(ours: string, gnu: string): void {
  expect(headers(ours)).toEqual(headers(gnu));
  expect(nm(ours)).toBe(nm(gnu));
  expect(symbolEntries(ours)).toEqual(symbolEntries(gnu));
}

describe('program headers and linker symbols, as GNU ld 2.40', () => {
  it('compiles the C objects with tcc-lite cc -c', async () => {
    await cc([...FREESTANDING.filter((f) => f !== '-fno-pie'), at('program.c'), '-o', programTcc]);
    expect(readFileSync(programTcc).length).toBeGreaterThan(0);
  });

  const cases: [string, () => string[]][] = [
    ['default script: headers, code, data and .bss', () => ['-static', plain]],
    ['default script: no .note.GNU-stack, so no PT_GNU_STACK; absent .bss', () => ['-static', noNote]],
    ['default script: PT_NOTE after the headers, PT_TLS, PT_GNU_RELRO', () => ['-static', tls]],
    ['default script: a .tbss that ends the RELRO region', () => ['-static', tbss]],
    ['default script: only a .tbss in the RELRO region', () => ['-static', tbssOnly]],
    ['default script: gcc -c object with thread-locals and etext/edata/end', () => ['-static', programGcc]],
    ['default script: tcc-lite cc -c object', () => ['-static', programTcc]],
    ['default script: -z noexecstack without notes', () => ['-static', '-z', 'noexecstack', noNote]],
    ['default script: -z execstack', () => ['-static', '-z', 'execstack', plain]],
    ['default script: -z norelro (no RELRO alignment, no PT_GNU_RELRO)', () => ['-static', '-z', 'norelro', tls]],
    ['default script: -z norelro, gcc object', () => ['-static', '-z', 'norelro', programGcc]],
    ['SIZEOF_HEADERS, code first: the headers get a segment of their own', () => ['-T', codeFirst, plain]],
    ['SIZEOF_HEADERS, code first, no stack note', () => ['-T', codeFirst, noNote]],
    ['SIZEOF_HEADERS, data first: headers, notes and TLS in the first segment; PROVIDE', () => ['-T', dataFirst, tls]],
    ['SIZEOF_HEADERS, gcc object, low address, symbols outside sections', () => ['-T', lowBase, programGcc]],
    ['SIZEOF_HEADERS, tcc-lite object', () => ['-T', lowBase, programTcc]],
    ['an OS-course kernel: multiboot header first, BLOCK(4K), /DISCARD/', () => ['-T', osdev, multiboot]],
    ['a higher-half kernel: AT() load addresses', () => ['-T', higherHalf, multiboot]],
    ['empty output sections', () => ['-T', empties, plain]],
    ['PHDRS: a Limine-style kernel, FLAGS, orphan thread-locals', () => ['-T', limine, multiboot, tlsData]],
    ['PHDRS: FILEHDR PHDRS, PT_PHDR, PT_NOTE, PT_TLS, PT_GNU_STACK', () => ['-T', phdrsAll, tls]],
    ['PHDRS: FILEHDR PHDRS, gcc object', () => ['-T', phdrsAll, programGcc]],
    ['PHDRS: FILEHDR PHDRS, tcc-lite object', () => ['-T', phdrsAll, programTcc]],
    ['PHDRS: sections before the first :name, :NONE, empty entries', () => ['-T', phdrsQuirks, multiboot, tlsData]],
  ];
  it.each(cases)('%s', async (name, args) => {
    const [ours, gnu] = await linkBoth(name.replace(/\W+/g, '-'), args());
    expectSameAsGnu(ours, gnu);
  });

  it('counts the program headers the output has in SIZEOF_HEADERS (64 + 3 * 56 here)', async () => {
    const [ours] = await linkBoth('count', ['-T', codeFirst, plain]);
    expect(nm(ours)).toMatch(/^00000000000000e8 A hdr$/m);
    expect(nm(ours)).toMatch(/^00000000004000e8 T _start$/m);
  });

  it('runs what it linked', async () => {
    for (const args of [['-static', programTcc], ['-T', codeFirst, plain], ['-T', lowBase, programGcc], ['-T', phdrsAll, plain]]) {
      const [ours, gnu] = await linkBoth('runs', args);
      expect(spawnSync(ours).status).toBe(spawnSync(gnu).status);
    }
  });

  it('refuses PHDRS it cannot honour, with ld\'s words where ld has them', async () => {
    const bad = script('phdrs-bad.ld', ['PHDRS { text PT_LOAD; }', 'SECTIONS { .text : { *(.text) } :txt }']);
    await expect(linkCommand(['-T', bad, plain, '-o', at('bad.out')])).rejects.toThrow(/section '.text' assigned to non-existent phdr 'txt'/);
    const at_ = script('phdrs-at.ld', ['PHDRS { text PT_LOAD AT(0x1000); }', 'SECTIONS { .text : { *(.text) } :text }']);
    await expect(linkCommand(['-T', at_, plain, '-o', at('bad.out')])).rejects.toThrow(/AT\(\) in PHDRS is not supported/);
  });

  it('writes the raw image of a SIZEOF_HEADERS script as ld --oformat binary does', async () => {
    const [ours, gnu] = await linkBoth('raw', ['--oformat', 'binary', '-T', dataFirst, tls]);
    expect(readFileSync(ours)).toEqual(readFileSync(gnu));
  });
});
