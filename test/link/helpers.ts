/**
 * Test helpers: compile C and assembly with gcc into a temporary directory, link with
 * GNU ld as the oracle, and run programs natively.
 */

import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, chmodSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LinkInput } from '../../compiler/link/index.js';

export const USER_CFLAGS = ['-O2', '-fno-pic', '-fno-pie', '-ffreestanding', '-fno-stack-protector', '-fno-builtin'];
export const KERNEL_CFLAGS = [
  '-std=gnu99', '-O2', '-ffreestanding', '-fno-pic', '-fno-pie', '-mno-red-zone', '-mcmodel=kernel', '-mno-sse', '-mno-mmx',
  '-mno-80387', '-fno-stack-protector', '-fno-builtin', '-fno-common', '-fno-asynchronous-unwind-tables', '-nostdinc',
];

export class Workdir {
  readonly dir = mkdtempSync(join(tmpdir(), 'tcc-link-'));

  /** Removes the directory (call from afterAll). */
  cleanup(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }

  path(name: string): string {
    return join(this.dir, name);
  }

  write(name: string, text: string | Uint8Array): string {
    const p = this.path(name);
    writeFileSync(p, text);
    return p;
  }

  read(name: string): Uint8Array {
    return new Uint8Array(readFileSync(this.path(name)));
  }

  /** Compiles (or assembles, by extension) one source into NAME.o and returns it as a link input. */
  compile(name: string, source: string, flags: string[] = USER_CFLAGS): LinkInput {
    const src = this.write(name, source);
    const obj = src.replace(/\.[cSs]$/, '.o');
    execFileSync('gcc', [...flags, '-c', src, '-o', obj]);
    return { name: obj.split('/').pop()!, data: new Uint8Array(readFileSync(obj)) };
  }

  /** Writes an input back to disk (for GNU ld) and returns its path. */
  save(input: LinkInput): string {
    return this.write(input.name, input.data);
  }

  /** Links with GNU ld; returns the executable's path. */
  gnuLink(out: string, inputs: LinkInput[], extra: string[] = []): string {
    const paths = inputs.map((i) => this.save(i));
    const exe = this.path(out);
    execFileSync('ld', ['-static', '-o', exe, ...extra, ...paths], { stdio: ['ignore', 'ignore', 'ignore'] });
    return exe;
  }

  writeExe(name: string, elf: Uint8Array): string {
    const p = this.write(name, elf);
    chmodSync(p, 0o755);
    return p;
  }
}

export interface RunResult {
  stdout: string;
  status: number | null;
}

export function run(exe: string, args: string[] = []): RunResult {
  const r = spawnSync(exe, args, { encoding: 'latin1', timeout: 10_000 });
  return { stdout: r.stdout, status: r.status };
}

export function tool(cmd: string, args: string[]): string {
  return execFileSync(cmd, args, { encoding: 'latin1', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** readelf's stderr (and "Warning"/"Error" lines) for a file; empty means it had no complaints. */
export function readelfComplaints(exe: string): string {
  const r = spawnSync('readelf', ['-a', '-W', exe], { encoding: 'latin1' });
  const out = `${r.stdout}\n${r.stderr}`;
  return out.split('\n').filter((l) => /warning|error/i.test(l)).join('\n') + r.stderr;
}

/**
 * A tiny freestanding runtime (no libc): `_start` calls main and exits with its value,
 * `write` and `exit` are raw system calls.
 */
export const RUNTIME_C = `
static long sys3(long n, long a, long b, long c) {
  long r;
  __asm__ volatile("syscall" : "=a"(r) : "a"(n), "D"(a), "S"(b), "d"(c) : "rcx", "r11", "memory");
  return r;
}
extern int main(void);
void exit(int code) { for (;;) sys3(60, code, 0, 0); }
long write(int fd, const void *buf, long n) { return sys3(1, fd, (long)buf, n); }
__asm__(".globl _start\\n_start:\\n xor %ebp, %ebp\\n and $-16, %rsp\\n call main\\n mov %eax, %edi\\n call exit\\n");
`;

export const PRINT_H = `
long write(int fd, const void *buf, long n);
void exit(int code);
static inline int slen(const char *s) { int n = 0; while (s[n]) n++; return n; }
static inline void puts_(const char *s) { write(1, s, slen(s)); }
static inline void putnum(long v) {
  char b[24]; int i = 23; b[i] = 0;
  int neg = v < 0; unsigned long u = neg ? -(unsigned long)v : (unsigned long)v;
  do { b[--i] = '0' + u % 10; u /= 10; } while (u);
  if (neg) b[--i] = '-';
  puts_(b + i);
}
`;

/** A vmlinux.lds in the GNU ld subset the kernel uses (see docs/architecture.md). */
export const VMLINUX_LDS = `
OUTPUT_FORMAT("elf64-x86-64", "elf64-x86-64", "elf64-x86-64")
OUTPUT_ARCH(i386:x86-64)
ENTRY(startup_64)
jiffies = jiffies_64;
SECTIONS
{
  . = 0xffffffff81000000;
  .text : AT(ADDR(.text) - 0xffffffff80000000) {
    _text = .;
    *(.text.head)
    *(.text .text.*)
    _etext = .;
  }
  . = ALIGN(4096);
  .rodata : AT(ADDR(.rodata) - 0xffffffff80000000) {
    *(.rodata .rodata.*)
  }
  . = ALIGN(16);
  __ex_table : AT(ADDR(__ex_table) - 0xffffffff80000000) {
    __start___ex_table = .;
    KEEP(*(__ex_table))
    __stop___ex_table = .;
  }
  . = ALIGN(4096);
  .data : AT(ADDR(.data) - 0xffffffff80000000) {
    _sdata = .;
    *(.data .data.*)
    . = ALIGN(8);
    QUAD(0x1234)
    _edata = .;
  }
  . = ALIGN(4096);
  .bss : AT(ADDR(.bss) - 0xffffffff80000000) {
    __bss_start = .;
    *(.bss .bss.*)
    *(COMMON)
    . = ALIGN(8);
    __bss_stop = .;
  }
  . = ALIGN(4096);
  _end = .;
  /DISCARD/ : { *(.eh_frame) *(.comment) *(.note.*) }
}
`;
