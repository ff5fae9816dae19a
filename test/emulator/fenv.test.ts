// SSE rounding modes and exception flags (MXCSR) against the host CPU: the
// same method as sse.test.ts, each case under every rounding mode.

import { beforeAll, describe, expect, it } from 'vitest';
import { runCases } from './semantics-cases.js';
import { FenvCase, fenvAssembly, generateFenvCases } from './fenv-cases.js';

let cases: FenvCase[];
let native: string[];
let emulated: string[];
let exitCode: number;

beforeAll(() => {
  cases = generateFenvCases();
  // Threshold 1: every block is compiled, so the compiled path is what gets checked
  // (the interpreter runs the same handlers, and the system tests cover it).
  const r = runCases('fenv', fenvAssembly(cases), cases.length, 4, [1]);
  ({ native, exitCode } = r);
  [emulated] = r.emulated;
});

describe('MXCSR rounding and exception flags vs the host CPU', () => {
  it('runs every case to completion', () => {
    expect(exitCode).toBe(0);
    expect(emulated.length).toBe(native.length);
  });

  it('matches xmm0, rax and MXCSR for every case', () => {
    const failures: string[] = [];
    for (let i = 0; i < cases.length; i++) {
      if (native[i] !== emulated[i]) {
        const c = cases[i];
        failures.push(`${c.asm}  mxcsr=${c.mxcsr.toString(16)} x0=${c.x0.toString(16)} x1=${c.x1.toString(16)} rbx=${c.rbx.toString(16)}\n  native   ${native[i]}\n  emulated ${emulated[i]}`);
      }
    }
    expect(failures.slice(0, 40).join('\n'), `${failures.length} of ${cases.length} cases differ`).toBe('');
  });
});
