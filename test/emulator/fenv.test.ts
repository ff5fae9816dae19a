// SSE rounding modes and exception flags (MXCSR) against the host CPU: the
// same method as sse.test.ts, each case under every rounding mode.

import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildKernel, KERNEL_LIB_C, makeTempDir, runKernel } from './helpers.js';
import { printerC } from './semantics-cases.js';
import { FenvCase, fenvAssembly, generateFenvCases } from './fenv-cases.js';

let cases: FenvCase[];
let native: string[];
let emulated: string[];
let exitCode: number;

beforeAll(() => {
  cases = generateFenvCases();
  const dir = makeTempDir('fenv');
  const asm = fenvAssembly(cases);
  const printer = printerC(cases.length, 4);
  writeFileSync(join(dir, 'cases.S'), asm);
  writeFileSync(join(dir, 'native.c'), `#include <unistd.h>
static char buf[1 << 16]; static int used;
${printer}
static void emit(char c) { buf[used++] = c; if (used == sizeof buf) { write(1, buf, used); used = 0; } }
int main(void) { run_all(results, scratch); print_results(); write(1, buf, used); return 0; }
`);
  execFileSync('gcc', ['-O2', '-o', join(dir, 'native'), join(dir, 'native.c'), join(dir, 'cases.S')]);
  native = execFileSync(join(dir, 'native'), { maxBuffer: 1 << 28 }).toString().trimEnd().split('\n');
  const kernel = buildKernel(dir, {
    'cases.S': asm,
    'main.c': `${KERNEL_LIB_C}\n${printer}\nstatic void emit(char c) { putc(c); }\nint kmain(void) { run_all(results, scratch); print_results(); return 0; }\n`,
  });
  // Threshold 1: every block is compiled, so the compiled path is what gets checked
  // (the interpreter runs the same handlers, and the system tests cover it).
  const run = runKernel(kernel, { compileThreshold: 1 });
  exitCode = run.exit.exitCode;
  emulated = run.output.trimEnd().split('\n');
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
