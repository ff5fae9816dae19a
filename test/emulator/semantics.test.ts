// Instruction semantics against the host CPU: the same generated snippets run
// natively (a gcc-built program) and inside a test kernel in the emulator;
// registers and the architecturally defined flags must match exactly.

import { beforeAll, describe, expect, it } from 'vitest';
import { casesAssembly, generateCases, runCases, SemanticsCase } from './semantics-cases.js';

let cases: SemanticsCase[];
let native: string[];
let emulated: string[];
let compiled: string[];
let exitCode: number;

beforeAll(() => {
  cases = generateCases();
  // Each case runs once, so the default run checks the interpreter; threshold 1
  // compiles every block, which checks the block compiler's inline code.
  const r = runCases('semantics', casesAssembly(cases), cases.length, 5, [undefined, 1]);
  ({ native, exitCode } = r);
  [emulated, compiled] = r.emulated;
});

describe('integer instruction semantics vs the host CPU', () => {
  it('runs every case to completion', () => {
    expect(exitCode).toBe(0);
    expect(emulated.length).toBe(native.length);
  });

  function differences(results: string[]): string[] {
    const failures: string[] = [];
    for (let i = 0; i < cases.length; i++) {
      if (native[i] !== results[i]) {
        const c = cases[i];
        failures.push(`${c.asm}  a=${c.a.toString(16)} b=${c.b.toString(16)} c=${c.c.toString(16)} flags=${c.flagsIn.toString(16)}\n  native   ${native[i]}\n  emulated ${results[i]}`);
      }
    }
    return failures;
  }

  it('matches registers and defined flags for every case (interpreter)', () => {
    const failures = differences(emulated);
    expect(failures.slice(0, 15).join('\n'), `${failures.length} of ${cases.length} cases differ`).toBe('');
  });

  it('matches registers and defined flags for every case (compiled blocks)', () => {
    const failures = differences(compiled);
    expect(failures.slice(0, 15).join('\n'), `${failures.length} of ${cases.length} cases differ`).toBe('');
  });
});
