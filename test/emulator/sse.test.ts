// SSE/SSE2 and x87 semantics against the host CPU (same method as
// semantics.test.ts: native program vs test kernel in the emulator).

import { beforeAll, describe, expect, it } from 'vitest';
import { runCases } from './semantics-cases.js';
import { generateVectorCases, vectorAssembly, VectorCase } from './sse-cases.js';

let cases: VectorCase[];
let native: string[];
let emulated: string[];
let exitCode: number;

beforeAll(() => {
  cases = generateVectorCases();
  // Threshold 1: every block is compiled, so the compiled path is what gets checked
  // (the interpreter runs the same handlers, and the system tests cover it).
  const r = runCases('sse', vectorAssembly(cases), cases.length, 4, [1]);
  ({ native, exitCode } = r);
  [emulated] = r.emulated;
});

describe('SSE/SSE2 and x87 semantics vs the host CPU', () => {
  it('runs every case to completion', () => {
    expect(exitCode).toBe(0);
    expect(emulated.length).toBe(native.length);
  });

  it('matches xmm0, rax and defined flags for every case', () => {
    const failures: string[] = [];
    for (let i = 0; i < cases.length; i++) {
      if (native[i] !== emulated[i]) {
        const c = cases[i];
        failures.push(`${c.asm}  x0=${c.x0.toString(16)} x1=${c.x1.toString(16)} rbx=${c.rbx.toString(16)}\n  native   ${native[i]}\n  emulated ${emulated[i]}`);
      }
    }
    expect(failures.slice(0, 12).join('\n'), `${failures.length} of ${cases.length} cases differ`).toBe('');
  });
});
