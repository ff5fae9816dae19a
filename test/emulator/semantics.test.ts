// Instruction semantics against the host CPU: the same generated snippets run
// natively (a gcc-built program) and inside a test kernel in the emulator;
// registers and the architecturally defined flags must match exactly.

import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildKernel, KERNEL_LIB_C, makeTempDir, runKernel } from './helpers.js';
import { casesAssembly, generateCases, printerC, SemanticsCase } from './semantics-cases.js';

let cases: SemanticsCase[];
let native: string[];
let emulated: string[];
let compiled: string[];
let exitCode: number;

beforeAll(() => {
  cases = generateCases();
  const dir = makeTempDir('semantics');
  const asm = casesAssembly(cases);
  const printer = printerC(cases.length);
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
    'main.c': `${KERNEL_LIB_C}
${printer}
static void emit(char c) { putc(c); }
int kmain(void) { run_all(results, scratch); print_results(); return 0; }
`,
  });
  // Each case runs once, so the default run checks the interpreter; threshold 1
  // compiles every block, which checks the block compiler's inline code.
  const run = runKernel(kernel);
  exitCode = run.exit.exitCode;
  emulated = run.output.trimEnd().split('\n');
  compiled = runKernel(kernel, { compileThreshold: 1 }).output.trimEnd().split('\n');
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
