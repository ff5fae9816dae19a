// Builds small freestanding test kernels with gcc + GNU ld (the layout of our
// boot protocol: linked at 0xffffffff81000000, loaded at physical 0x1000000)
// and runs them in the emulator.

import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Machine, type MachineExit } from '../../emulator/index.js';
import { scratchDir } from '../scratch.js';

export const LINKER_SCRIPT = `
ENTRY(startup_64)
SECTIONS {
  . = 0xffffffff81000000;
  .text : AT(ADDR(.text) - 0xffffffff80000000) { *(.text.boot) *(.text .text.*) }
  .rodata : AT(ADDR(.rodata) - 0xffffffff80000000) { *(.rodata .rodata.*) }
  .data : AT(ADDR(.data) - 0xffffffff80000000) { *(.data .data.*) }
  .bss : AT(ADDR(.bss) - 0xffffffff80000000) { *(.bss .bss.*) *(COMMON) }
  /DISCARD/ : { *(.note.*) *(.comment) *(.eh_frame) }
}
`;

/** Entry: own stack, SSE on (CR0.MP, CR4.OSFXSR|OSXMMEXCPT), call kmain, power off with its result. */
export const ENTRY_ASM = `
  .section .text.boot, "ax"
  .globl startup_64
startup_64:
  lea boot_stack_top(%rip), %rsp
  mov %cr0, %rax
  and $~4, %rax
  or $2, %rax
  mov %rax, %cr0
  mov %cr4, %rax
  or $0x600, %rax
  mov %rax, %cr4
  mov %rsi, %rdi
  call kmain
  out %al, $0xf4
1: hlt
  jmp 1b
  .section .bss
  .balign 16
  .space 65536
boot_stack_top:
`;

/** Freestanding console helpers shared by the C test kernels. */
export const KERNEL_LIB_C = `
static inline void outb(unsigned short port, unsigned char v) { __asm__ volatile("outb %0, %1" :: "a"(v), "Nd"(port)); }
static inline unsigned char inb(unsigned short port) { unsigned char v; __asm__ volatile("inb %1, %0" : "=a"(v) : "Nd"(port)); return v; }
static void putc(char c) { outb(0x3f8, c); }
static void puts(const char *s) { while (*s) putc(*s++); }
static void puthex(unsigned long v) { for (int i = 60; i >= 0; i -= 4) putc("0123456789abcdef"[(v >> i) & 15]); }
`;

export function makeTempDir(prefix: string): string {
  return scratchDir(`tcc-lite-emu-${prefix}-`);
}

const KERNEL_CFLAGS = ['-O2', '-ffreestanding', '-fno-pic', '-fno-pie', '-mno-red-zone', '-mcmodel=kernel',
  '-fno-stack-protector', '-fno-asynchronous-unwind-tables', '-nostdlib', '-fcf-protection=none'];

/** Compiles and links sources (name → text) into a kernel ELF; returns its bytes. */
export function buildKernel(dir: string, sources: Record<string, string>, extraCflags: string[] = []): Uint8Array {
  writeFileSync(join(dir, 'kernel.lds'), LINKER_SCRIPT);
  writeFileSync(join(dir, 'entry.S'), ENTRY_ASM);
  const objects: string[] = [];
  for (const [name, text] of Object.entries({ 'entry.S': ENTRY_ASM, ...sources })) {
    writeFileSync(join(dir, name), text);
    const obj = join(dir, name.replace(/\.[cS]$/, '.o'));
    execFileSync('gcc', [...KERNEL_CFLAGS, ...extraCflags, '-c', join(dir, name), '-o', obj]);
    objects.push(obj);
  }
  const out = join(dir, 'kernel.elf');
  execFileSync('ld', ['--no-warn-rwx-segments', '-T', join(dir, 'kernel.lds'), '-nostdlib', '-z', 'noexecstack', '-o', out, ...objects]);
  return readFileSync(out);
}

export interface KernelRun {
  exit: MachineExit;
  output: string;
}

/**
 * Boots `kernel`. A compileThreshold given here also compiles with memory access inline
 * from that many runs (threshold 1: every block, with all of inline.ts's code at once).
 */
export function runKernel(kernel: Uint8Array, options: { maxInstructions?: number; input?: string; cmdline?: string; initrd?: Uint8Array; compileThreshold?: number } = {}): KernelRun {
  const chunks: Uint8Array[] = [];
  const machine = new Machine({
    kernel,
    memoryBytes: 64 * 1024 * 1024,
    cmdline: options.cmdline,
    initrd: options.initrd,
    compileThreshold: options.compileThreshold,
    inlineThreshold: options.compileThreshold,
    onConsoleOutput: (b) => chunks.push(b.slice()),
  });
  if (options.input) machine.sendConsoleInput(new TextEncoder().encode(options.input));
  const exit = machine.runSync({ maxInstructions: options.maxInstructions ?? 200_000_000 });
  const output = Buffer.concat(chunks).toString('latin1');
  return { exit, output };
}
