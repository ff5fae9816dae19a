// Robustness: random byte sequences executed as kernel code must only ever
// produce guest-visible outcomes (exceptions, triple faults, limits), never a
// JavaScript exception from the emulator.

import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Machine } from '../../emulator/index.js';
import { makeTempDir } from './helpers.js';
import { xorshift32 as rng } from '../prng.js';

// Runs first: a stack, an IDT whose handlers skip one byte past the faulting
// RIP and return, then falls into the random bytes appended after it.
const SETUP = `
  .text
  movabs $0xffffffff81100000, %rsp
  movabs $0xffffffff81080000, %rdi
  lea h_noerr(%rip), %rax
  lea h_err(%rip), %rdx
  xor %ecx, %ecx
1: mov %rax, %rbx
  cmp $8, %ecx; je 2f
  cmp $10, %ecx; jb 3f
  cmp $14, %ecx; jbe 2f
  cmp $17, %ecx; jne 3f
2: mov %rdx, %rbx
3: mov %rbx, %r8
  and $0xffff, %r8d
  or $0x100000, %r8
  mov %rbx, %r9
  shr $16, %r9
  and $0xffff, %r9
  shl $48, %r9
  or %r9, %r8
  movabs $0x00008e0000000000, %r9
  or %r9, %r8
  mov %r8, (%rdi)
  mov %rbx, %r9
  shr $32, %r9
  mov %r9, 8(%rdi)
  add $16, %rdi
  inc %ecx
  cmp $256, %ecx
  jne 1b
  lidt idtr(%rip)
  jmp random_code
h_err: add $8, %rsp
h_noerr: addq $1, (%rsp)
  iretq
idtr: .word 4095
  .quad 0xffffffff81080000
random_code:
`;
let setup: Uint8Array;

beforeAll(() => {
  const dir = makeTempDir('fuzz');
  writeFileSync(join(dir, 'setup.s'), SETUP);
  execFileSync('as', [join(dir, 'setup.s'), '-o', join(dir, 'setup.o')]);
  execFileSync('objcopy', ['-O', 'binary', '-j', '.text', join(dir, 'setup.o'), join(dir, 'setup.bin')]);
  setup = readFileSync(join(dir, 'setup.bin'));
});

/** A minimal ELF64 executable: one PT_LOAD of `code` at physical 16 MiB, entry in the high mapping. */
function elfWithCode(code: Uint8Array): Uint8Array {
  const elf = new Uint8Array(120 + code.length);
  const v = new DataView(elf.buffer);
  elf.set([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1]);
  v.setUint16(16, 2, true);
  v.setUint16(18, 62, true);
  v.setUint32(20, 1, true);
  v.setBigUint64(24, 0xffffffff81000000n, true);
  v.setBigUint64(32, 64n, true);
  v.setUint16(52, 64, true);
  v.setUint16(54, 56, true);
  v.setUint16(56, 1, true);
  v.setUint32(64, 1, true);
  v.setUint32(68, 7, true);
  v.setBigUint64(72, 120n, true);
  v.setBigUint64(80, 0xffffffff81000000n, true);
  v.setBigUint64(88, 0x1000000n, true);
  v.setBigUint64(96, BigInt(code.length), true);
  v.setBigUint64(104, BigInt(code.length + 4096), true);
  elf.set(code, 120);
  return elf;
}


describe('random code', () => {
  it('never raises a host exception', () => {
    const next = rng(12345);
    const outcomes = new Map<string, number>();
    for (let round = 0; round < 200; round++) {
      const code = new Uint8Array(512);
      // Bias toward prefixes and two-byte opcodes so the decoder's corners get exercised.
      for (let i = 0; i < code.length; i++) {
        const r = next();
        code[i] = r % 7 === 0 ? [0x0f, 0x48, 0x66, 0xf3, 0xf2, 0x41, 0x64][r % 7] : r & 0xff;
      }
      const image = new Uint8Array(setup.length + code.length);
      image.set(setup);
      image.set(code, setup.length);
      const machine = new Machine({ kernel: elfWithCode(image), memoryBytes: 32 << 20, onConsoleOutput: () => {}, compileThreshold: round % 2, inlineThreshold: round % 2 });
      const exit = machine.runSync({ maxInstructions: 5_000 });
      outcomes.set(exit.reason, (outcomes.get(exit.reason) ?? 0) + 1);
    }
    expect([...outcomes.keys()].every((r) => ['poweroff', 'triple-fault', 'instruction-limit', 'deadlock'].includes(r))).toBe(true);
    // Exceptions are delivered and skipped, so many runs should survive to the limit.
    expect(outcomes.get('instruction-limit') ?? 0).toBeGreaterThan(10);
  });
});
