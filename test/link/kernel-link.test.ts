/**
 * A small kernel linked with a vmlinux.lds-style script, by our linker and by GNU ld from
 * the same objects in the same order: the symbol maps, program headers and section
 * contents must be identical.
 */

import { afterAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { link } from '../../compiler/link/index.js';
import { readElf } from '../../compiler/elf/reader.js';
import { PT } from '../../compiler/elf/constants.js';
import { KERNEL_CFLAGS, readelfComplaints, tool, VMLINUX_LDS, Workdir } from './helpers.js';


const HEAD_S = `
	.section .text.head,"ax"
	.globl startup_64
startup_64:
	movq $stack_top, %rsp
	call start_kernel
1:	hlt
	jmp 1b
	.section .bss
	.balign 16
	.skip 4096
stack_top:
	.section .note.GNU-stack,"",@progbits
`;

const MAIN_C = `
extern const struct exentry { long insn, fixup; } __start___ex_table[], __stop___ex_table[];
unsigned long volatile jiffies_64;
extern unsigned long volatile jiffies;
static char buf[256];
int counter = 7;
int read_mostly __attribute__((section(".data..read_mostly"))) = 3;
const char banner[] = "Linux version 4.7.1-stephen";
static void putc_(char c) { __asm__ volatile("outb %0, %1" :: "a"(c), "Nd"((unsigned short)0x3f8)); }
void printk(const char *s) { while (*s) putc_(*s++); }
long get_user_thing(long *p) {
  long v;
  __asm__ volatile("1: movq (%1), %0\\n2:\\n .pushsection __ex_table,\\"a\\"\\n .quad 1b, 2b\\n .popsection" : "=r"(v) : "r"(p));
  return v;
}
__attribute__((section(".init.text"))) void init_only(void) { printk("init\\n"); }
static const char ksym_name[] __attribute__((section("__ksymtab_strings"), used)) = "printk";
void start_kernel(void) {
  printk(banner); printk("\\nhello from the kernel\\n"); init_only();
  buf[0] = (char)(__stop___ex_table - __start___ex_table); jiffies++; counter += buf[0] + read_mostly;
}
`;

const SYS_C = `
extern void printk(const char *s);
static int calls;
long sys_stephen(const char *msg) { calls++; printk("stephen syscall called with "); printk(msg); printk("\\n"); return 0; }
long sys_other(void) { printk("kernel\\n"); return calls; }
`;

describe('kernel link with a linker script, against GNU ld', () => {
  const w = new Workdir();
  afterAll(() => w.cleanup());
  const inputs = [
    w.compile('head.S', HEAD_S, KERNEL_CFLAGS),
    w.compile('main.c', MAIN_C, KERNEL_CFLAGS),
    w.compile('sys.c', SYS_C, KERNEL_CFLAGS),
    w.compile('common.c', 'int shared_common; long big_common[64];\n', [...KERNEL_CFLAGS.filter((f) => f !== '-fno-common'), '-fcommon']),
  ];
  const lds = w.write('vmlinux.lds', VMLINUX_LDS);
  const gnu = w.path('vmlinux.ld');
  execFileSync('ld', ['-T', lds, '-o', gnu, ...inputs.map((i) => w.save(i))], { stdio: 'ignore' });
  const ours = link(inputs, { script: VMLINUX_LDS, scriptName: 'vmlinux.lds' });
  const ourPath = w.writeExe('vmlinux.tcc', ours.elf);

  it('gives every symbol the address and nm type letter GNU ld gives it', () => {
    expect(ours.systemMap).toBe(tool('nm', ['-n', gnu]));
    expect(ours.systemMap).toMatch(/^ffffffff81000000 T _text$/m);
  });

  it('builds the same PT_LOAD segments with physical addresses from AT()', () => {
    const strip = (f: Uint8Array) => readElf(f, 'x').programHeaders.filter((p) => p.type === PT.LOAD)
      .map(({ vaddr, paddr, memsz, flags }) => ({ vaddr, paddr, memsz, flags }));
    const mine = strip(ours.elf);
    expect(mine).toEqual(strip(w.read('vmlinux.ld')));
    expect(mine[0].paddr).toBe(0x1000000n);
    expect(readElf(ours.elf, 'x').header.entry).toBe(0xffffffff81000000n);
  });

  it('writes byte-identical section contents', () => {
    for (const s of ['.text', '.rodata', '__ex_table', '.data', '.init.text', '__ksymtab_strings']) {
      const dump = (exe: string) => tool('objdump', ['-s', '-j', s, exe]).split('\n').slice(3).join('\n');
      expect(dump(ourPath), s).toBe(dump(gnu));
    }
  });

  it('has section headers and symbols readelf accepts', () => {
    expect(readelfComplaints(ourPath)).toBe('');
    const sections = (exe: string) => tool('readelf', ['-SW', exe]).split('\n')
      .filter((l) => /^\s+\[\s*\d+\]/.test(l) && !/\.comment|\.symtab|\.strtab|\.shstrtab/.test(l))
      .map((l) => l.replace(/^\s+\[\s*\d+\]\s+/, ''));
    expect(sections(ourPath)).toEqual(sections(gnu));
  });
});
