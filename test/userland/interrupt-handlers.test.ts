/**
 * `__attribute__((interrupt))` handlers (compiler/cc/interrupt.ts), entered the way the CPU
 * enters them: the program pushes an interrupt frame (and an error code) and jumps to the
 * handler, which must see the frame, keep every register, clear the direction flag for its
 * own calls and return with iretq (legal at the same privilege level, so this runs as a
 * user program). gcc's build with glibc, tcc-lite's natively and in the emulator agree.
 */
import { describe, expect, it } from 'vitest';
import { itPrintsGlibcOutputInEmulator, useGlibcCases } from './glibc-cases.js';

const cases = useGlibcCases('tcc-lite-interrupt-');

describe('interrupt handlers written in C', () => {
  it('see the frame and error code, keep every register and return with iretq', async () => {
    const out = await cases.expectSameAsGlibc('interrupt_case', ['tcc']);
    expect(out).toContain('timer: stack 16-aligned, buffer ---\ntimer: ticks 1, frame right, registers kept, direction flag set after iretq\n');
    expect(out).toContain('page fault: stack 16-aligned, buffer ---\npage fault: error code 0x6, frame right, registers kept, direction flag set after iretq\n');
  });

  itPrintsGlibcOutputInEmulator(cases, ['interrupt_case']);
});
