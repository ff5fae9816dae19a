// Developer tool: measures guest MIPS on a few small gcc-built kernels.
//
//   npx tsx emulator/tools/mips.ts [--interpret] [name...]
//
// --interpret disables the block compiler (pure interpreter).
//
// Needs gcc and GNU ld on the host. Each benchmark is a freestanding kernel
// (our boot protocol) whose kmain result becomes the exit status.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Machine } from '../index.js';

const BENCHMARKS: Record<string, string> = {
  loop: 'int kmain(void) { unsigned long s = 0; for (unsigned long i = 0; i < 20000000; i++) s += i ^ (s >> 3); return s & 0x7f; }',
  crc32: `static unsigned t[256]; static unsigned char buf[65536];
    int kmain(void) { for (unsigned i = 0; i < 256; i++) { unsigned c = i; for (int k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >> 1) : c >> 1; t[i] = c; }
    unsigned crc = ~0u; for (int r = 0; r < 200; r++) for (int i = 0; i < 65536; i++) crc = t[(crc ^ buf[i]) & 0xff] ^ (crc >> 8); return crc & 0x7f; }`,
  fib: '__attribute__((noinline)) static long fib(long n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); } int kmain(void) { return fib(31) & 0x7f; }',
  sieve: `static char s[1000000]; int kmain(void) { int c = 0; for (int r = 0; r < 3; r++) { for (int i = 0; i < 1000000; i++) s[i] = 1;
    for (int i = 2; i < 1000000; i++) if (s[i]) { c++; for (int j = i * 2; j < 1000000; j += i) s[j] = 0; } } return c & 0x7f; }`,
};

const ENTRY = `.section .text.boot, "ax"
.globl startup_64
startup_64: lea stack_top(%rip), %rsp; call kmain; out %al, $0xf4; 1: hlt; jmp 1b
.section .bss
.balign 16
.space 65536
stack_top:
`;
const SCRIPT = `ENTRY(startup_64)
SECTIONS { . = 0xffffffff81000000;
  .text : AT(ADDR(.text) - 0xffffffff80000000) { *(.text.boot) *(.text .text.*) }
  .rodata : AT(ADDR(.rodata) - 0xffffffff80000000) { *(.rodata .rodata.*) }
  .data : AT(ADDR(.data) - 0xffffffff80000000) { *(.data .data.*) }
  .bss : AT(ADDR(.bss) - 0xffffffff80000000) { *(.bss .bss.*) *(COMMON) } }`;

function build(source: string): Uint8Array {
  const dir = mkdtempSync(join(tmpdir(), 'tcc-lite-mips-'));
  writeFileSync(join(dir, 'entry.S'), ENTRY);
  writeFileSync(join(dir, 'main.c'), source);
  writeFileSync(join(dir, 'k.lds'), SCRIPT);
  const flags = ['-O2', '-ffreestanding', '-fno-pic', '-fno-pie', '-mno-red-zone', '-mcmodel=kernel', '-mno-sse', '-fno-stack-protector', '-c'];
  execFileSync('gcc', [...flags, join(dir, 'entry.S'), '-o', join(dir, 'entry.o')]);
  execFileSync('gcc', [...flags, join(dir, 'main.c'), '-o', join(dir, 'main.o')]);
  execFileSync('ld', ['--no-warn-rwx-segments', '-z', 'noexecstack', '-T', join(dir, 'k.lds'), '-o', join(dir, 'k.elf'), join(dir, 'entry.o'), join(dir, 'main.o')]);
  return readFileSync(join(dir, 'k.elf'));
}

const args = process.argv.slice(2);
const interpret = args.includes('--interpret');
const picked = args.filter((a) => a !== '--interpret');
const names = picked.length ? picked : Object.keys(BENCHMARKS);
for (const name of names) {
  const source = BENCHMARKS[name];
  if (!source) { process.stderr.write(`unknown benchmark ${name}\n`); process.exit(2); }
  const machine = new Machine({ kernel: build(source), memoryBytes: 64 << 20, onConsoleOutput: () => {}, compileThreshold: interpret ? 0 : undefined });
  const started = performance.now();
  const cpuStart = process.cpuUsage();
  const exit = machine.runSync();
  const seconds = (performance.now() - started) / 1000;
  // CPU time, not wall time: the host may be shared with other busy processes.
  const cpu = process.cpuUsage(cpuStart);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  console.log(`${name.padEnd(6)} ${exit.reason} status ${exit.exitCode}  ${(exit.instructions / 1e6).toFixed(1)} M instructions  ` +
    `${seconds.toFixed(2)} s wall  ${cpuSeconds.toFixed(2)} s cpu  ${(exit.instructions / cpuSeconds / 1e6).toFixed(1)} MIPS (cpu time)`);
}
