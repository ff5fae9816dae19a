// The decoder's special cases outside the shared table (emulator/cpu/decode.ts): each is
// an encoding the CPU runs that no table line describes.

import { describe, expect, it } from 'vitest';
import { decodeInstruction } from '../../emulator/cpu/decode.js';
import type { Insn } from '../../emulator/cpu/insn.js';
import * as alu from '../../emulator/cpu/ops-alu.js';
import * as sys from '../../emulator/cpu/ops-system.js';
import * as I from '../../emulator/cpu/ops-sse-int.js';

function decode(...bytes: number[]): Insn {
  return decodeInstruction((a) => bytes[a] ?? 0x90, 0);
}

describe('decoder special cases', () => {
  it('0x90 is nop, pause after F3, and xchg %r8 with REX.B', () => {
    expect(decode(0x90).exec).toBe(sys.nop);
    expect(decode(0xf3, 0x90).exec).toBe(sys.pause);
    const x = decode(0x49, 0x90);
    expect([x.exec, x.reg, x.rm, x.size]).toEqual([alu.xchgRmReg, 8, 0, 64]);
    expect(decode(0x91).exec).toBe(alu.xchgRmReg);
  });

  it('0F 18-1F hint NOPs the table does not name still take a ModRM', () => {
    expect([decode(0x0f, 0x19, 0x44, 0x00, 0x00).exec, decode(0x0f, 0x19, 0x44, 0x00, 0x00).len]).toEqual([sys.nop, 5]);
    expect(decode(0x0f, 0x1f, 0x48, 0x08).len).toBe(4); // nopl /1
    expect(decode(0xf3, 0x0f, 0x1e, 0xfa).exec).toBe(sys.nop); // endbr64
  });

  it('ModRM.reg aliases: shift /6 is shl, F7 /1 is test, SETcc ignores reg', () => {
    expect([decode(0xd1, 0xf0).exec, decode(0xd1, 0xf0).sub]).toEqual([alu.shiftImm, 6]);
    expect([decode(0xf7, 0xc8, 1, 0, 0, 0).exec, decode(0xf7, 0xc8, 1, 0, 0, 0).len]).toEqual([alu.testRmImm, 6]);
    expect(decode(0x0f, 0x94, 0xd8).exec).toBe(alu.setcc);
  });

  it('fences ignore ModRM.rm; a register lmsw runs', () => {
    expect(decode(0x0f, 0xae, 0xe9).exec).toBe(sys.nop);
    expect([decode(0x0f, 0xae, 0xf0).len, decode(0x0f, 0xae, 0xf8).exec]).toEqual([3, sys.nop]);
    expect(decode(0x0f, 0x01, 0xf0).exec).toBe(sys.lmsw);
  });

  it('a mandatory prefix picks the SSE form; a missing SSE form is #UD, not the unprefixed one', () => {
    expect(decode(0x66, 0x0f, 0xef, 0xc0).exec).not.toBe(sys.undefinedOpcode); // pxor
    expect(decode(0x0f, 0xef, 0xc0).exec).toBe(sys.undefinedOpcode); // MMX pxor: no MMX
    expect(decode(0xf3, 0x0f, 0x28, 0xc1).exec).toBe(sys.undefinedOpcode); // no F3 form of movaps
    expect(decode(0xf2, 0x0f, 0xaf, 0xc1).exec).toBe(alu.imulRegRm); // F2 is a plain prefix here
    expect(decode(0xf3, 0x0f, 0xbc, 0xc1).exec).toBe(alu.tzcnt);
    expect(decode(0x0f, 0xbc, 0xc1).exec).toBe(alu.bsf);
  });

  it('emms has no ModRM; the store direction of register moves runs', () => {
    expect(decode(0x0f, 0x77).len).toBe(2);
    expect(decode(0x0f, 0x11, 0xca).exec).toBe(I.storeUnaligned);
    expect(decode(0x0f, 0x29, 0xca).exec).toBe(I.storeAligned);
  });

  it('FWAIT-prefixed forms are two instructions; moves to control registers ignore ModRM.mod', () => {
    expect(decode(0x9b, 0xd9, 0x38).len).toBe(1);
    const cr = decode(0x0f, 0x20, 0xd8);
    expect([cr.exec, cr.rm, cr.reg]).toEqual([sys.movFromCr, 0, 3]);
  });
});
