// System-level behaviour with small gcc-built test kernels: exceptions with
// error codes and CR2, ring 3 through IRETQ, SYSCALL/SYSRET, the PIT through
// the PIC, UART receive interrupts, RTC, boot_info, triple faults, deadlocks.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildKernel, KERNEL_LIB_C, makeTempDir, runKernel, type KernelRun } from './helpers.js';

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
