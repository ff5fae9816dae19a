// System-level behaviour with small gcc-built test kernels: exceptions with
// error codes and CR2, ring 3 through IRETQ, SYSCALL/SYSRET, the PIT through
// the PIC, UART receive interrupts, RTC, boot_info, triple faults, deadlocks.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildKernel, KERNEL_LIB_C, makeTempDir, runKernel, type KernelRun } from './helpers.js';
import { Machine } from '../../emulator/index.js';

const EXPECTED = `tables ok
rtc 200x16-0x8-0x20 0x12
boot magic 0x4f4f42454c4c4354 ram 64 MiB tsc_khz 1000000
cmdline 'console=ttyS0 quiet' len 19
trap 6 cpl 0 rip ok
trap 0 cpl 0 rip ok
trap 14 err 0x0 cr2 0x40002000 cpl 0 rip ok
trap 14 err 0x3 cr2 0x40010000 cpl 0 rip ok
trap 13 err 0x0 cpl 0 rip ok
trap 3 cpl 0 trap-return ok
trap 128 cpl 0 trap-return ok
trap 13 err 0x0 cpl 0 rip ok
trap 13 err 0x0 cpl 0 rip ok
trap 13 err 0x0 cpl 0 rip ok
trap 7 cpl 0 rip ok
fxsave/fxrstor xmm3 0x1122334455667788 0x1122334455667788 fcw 0x37f
ro page A=1 D=0
rw page A=1 D=1 value 0x4445
after remap+invlpg 0x5555
write to read-only page with WP=0 ok
trap 14 err 0x11 cr2 0x40015000 cpl 0 rip ok
self-modifying code sum 300
trap 14 err 0x10 cr2 0x40017000 cpl 0 rip ok
page-straddling mov 0x12345678 x2000 0x8e38e38980
syscall 1 arg 42 rcx=user+0xc r11.IF=1 kernel.IF=0
syscall 2 arg 100 rcx=user+0x16 r11.IF=1 kernel.IF=0
trap 13 err 0x0 cpl 3 at user+0x16
trap 14 err 0x5 cr2 0xffffffff81000000 cpl 3 at user+0x17
trap 14 err 0x7 cr2 0x40001000 cpl 3 at user+0x1f
trap 14 err 0x6 cr2 0x40002000 cpl 3 at user+0x27
trap 13 err 0x0 cpl 3 at user+0x2f
trap 13 err 0x0 cpl 3 at user+0x31
trap 128 cpl 3 at user+0x37
user done rax=7
back in kernel cpl0
timer ticks 5 elapsed ms 5
uart rx 'abc'
sse sum*4 15
done
`;

let system: KernelRun;
let dir: string;

beforeAll(() => {
  dir = makeTempDir('system');
  const kernel = buildKernel(dir, { 'system.c': readFileSync(join(import.meta.dirname, 'kernels', 'system.c'), 'utf8') });
  system = runKernel(kernel, { input: 'abc', cmdline: 'console=ttyS0 quiet' });
});

describe('system test kernel', () => {
  it('prints the expected trace and powers off with status 0', () => {
    expect(system.output).toBe(EXPECTED);
    expect(system.exit.reason).toBe('poweroff');
    expect(system.exit.exitCode).toBe(0);
  });

  it('is deterministic: a second run retires the same number of instructions', () => {
    const kernel = readFileSync(join(dir, 'kernel.elf'));
    const again = runKernel(kernel, { input: 'abc', cmdline: 'console=ttyS0 quiet' });
    expect(again.output).toBe(system.output);
    expect(again.exit.instructions).toBe(system.exit.instructions);
  });
});

describe('execution modes', () => {
  it('gives identical results interpreted and with every block compiled', () => {
    const kernel = readFileSync(join(dir, 'kernel.elf'));
    for (const compileThreshold of [0, 1]) {
      const run = runKernel(kernel, { input: 'abc', cmdline: 'console=ttyS0 quiet', compileThreshold });
      expect(run.output).toBe(system.output);
      expect(run.exit.instructions).toBe(system.exit.instructions);
    }
  });
});

describe('interactive console (async run)', () => {
  // Waits in hlt for UART receive interrupts and echoes lines in upper case.
  const ECHO = `${KERNEL_LIB_C}
static unsigned long idt[512] __attribute__((aligned(16)));
static volatile char line[64]; static volatile int len, done;
void on_irq(void) {
  while (inb(0x3fd) & 1) { char c = inb(0x3f8); if (c == '\\n') done = 1; else if (len < 63) line[len++] = c >= 'a' && c <= 'z' ? c - 32 : c; }
  outb(0x20, 0x20);
}
__asm__(".text\\nirq4: push %rax; push %rcx; push %rdx; push %rsi; push %rdi; push %r8; push %r9; push %r10; push %r11\\n"
        " call on_irq\\n pop %r11; pop %r10; pop %r9; pop %r8; pop %rdi; pop %rsi; pop %rdx; pop %rcx; pop %rax; iretq\\n");
extern char irq4[];
int kmain(void) {
  unsigned long h = (unsigned long)irq4;
  idt[2 * 0x24] = (h & 0xffff) | (0x10ul << 16) | (0x8eul << 40) | ((h >> 16 & 0xffff) << 48);
  idt[2 * 0x24 + 1] = h >> 32;
  struct { unsigned short l; unsigned long b; } __attribute__((packed)) r = { sizeof idt - 1, (unsigned long)idt };
  __asm__ volatile("lidt %0" :: "m"(r));
  outb(0x20, 0x11); outb(0x21, 0x20); outb(0x21, 4); outb(0x21, 1); outb(0x21, 0xef);
  outb(0x3f9, 1);
  puts("ready\\n");
  while (!done) __asm__ volatile("sti; hlt; cli");
  for (int i = 0; i < len; i++) putc(line[i]);
  putc('\\n');
  return len;
}`;

  it('sleeps in hlt until input arrives, then wakes on the receive interrupt', async () => {
    const kernel = buildKernel(makeTempDir('echo'), { 'main.c': ECHO });
    let output = '';
    const machine = new Machine({ kernel, memoryBytes: 32 << 20, onConsoleOutput: (b) => { output += Buffer.from(b).toString('latin1'); } });
    const exit = machine.run();
    await new Promise((r) => setTimeout(r, 50));
    expect(output).toBe('ready\n');
    machine.sendConsoleInput(new TextEncoder().encode('hello '));
    await new Promise((r) => setTimeout(r, 20));
    machine.sendConsoleInput(new TextEncoder().encode('world\n'));
    const result = await exit;
    expect(output).toBe('ready\nHELLO WORLD\n');
    expect(result).toMatchObject({ reason: 'poweroff', exitCode: 11 });
  });

  it('treats an idle guest as deadlocked once input is closed', async () => {
    const kernel = buildKernel(makeTempDir('echo2'), { 'main.c': ECHO });
    const machine = new Machine({ kernel, memoryBytes: 32 << 20, onConsoleOutput: () => {} });
    const exit = machine.run();
    machine.closeConsoleInput();
    expect((await exit).reason).toBe('deadlock');
    expect(machine.runSync().reason).toBe('deadlock');
  });
});

describe('machine stops', () => {
  it('reports a triple fault with a register dump', () => {
    const k = buildKernel(makeTempDir('triple'), {
      'main.c': 'int kmain(void) { __asm__ volatile("mov $0x1234, %rbx; ud2"); return 0; }',
    });
    const run = runKernel(k);
    expect(run.exit.reason).toBe('triple-fault');
    expect(run.exit.exitCode).toBe(125);
    expect(run.exit.report).toMatch(/RBX: 0000000000001234/);
    expect(run.exit.report).toMatch(/Last exceptions: #UD #GP\(0x32\)/);
    expect(run.exit.report).toMatch(/CR0: /);
  });

  it('reports hlt with interrupts disabled as a deadlock', () => {
    const k = buildKernel(makeTempDir('deadlock'), {
      'main.c': `${KERNEL_LIB_C}\nint kmain(void) { puts("halting\\n"); __asm__ volatile("cli; hlt"); return 0; }`,
    });
    const run = runKernel(k);
    expect(run.output).toBe('halting\n');
    expect(run.exit.reason).toBe('deadlock');
    expect(run.exit.report).toMatch(/hlt with interrupts disabled/);
  });

  it('reports sti+hlt with only masked interrupt sources as a deadlock (no hang)', () => {
    const k = buildKernel(makeTempDir('masked'), {
      'main.c': `${KERNEL_LIB_C}
int kmain(void) {
  outb(0x20, 0x11); outb(0x21, 0x20); outb(0x21, 4); outb(0x21, 1); outb(0x21, 0xff);
  outb(0x43, 0x34); outb(0x40, 0x9b); outb(0x40, 0x2e);
  __asm__ volatile("sti; hlt");
  return 0;
}`,
    });
    const run = runKernel(k);
    expect(run.exit.reason).toBe('deadlock');
    expect(run.exit.report).toMatch(/no unmasked timer/);
  });

  it('stops at the instruction limit', () => {
    const k = buildKernel(makeTempDir('spin'), { 'main.c': 'int kmain(void) { for (;;) __asm__ volatile(""); }' });
    const run = runKernel(k, { maxInstructions: 100_000 });
    expect(run.exit.reason).toBe('instruction-limit');
    expect(run.exit.instructions).toBeGreaterThanOrEqual(100_000);
  });

  it('powers off with the byte written to port 0xf4', () => {
    const k = buildKernel(makeTempDir('poweroff'), { 'main.c': 'int kmain(void) { return 77; }' });
    expect(runKernel(k).exit).toMatchObject({ reason: 'poweroff', exitCode: 77 });
  });
});
