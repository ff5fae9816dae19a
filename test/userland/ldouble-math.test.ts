/**
 * The long double functions of <math.h> in long double precision (math_ldouble*.c):
 * (a) accuracy: test/userland/c/ldouble_accuracy.c, built by `tcc-lite cc`, prints a few
 *     hundred arguments and results per function as 80-bit hex; ldouble_math_ulps.py
 *     measures each result against mpmath in ulps of the true value;
 * (b) the same binary prints byte for byte the same in the emulator (x87 + - * / sqrt
 *     only: the emulator's transcendental instructions are double-precision), and so
 *     does the program built by gcc against our libc natively;
 * (c) the special cases (zeros, infinities, NaN, errno, overflow, exact results, the
 *     representation functions beyond double's range) print what glibc prints.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { boot, buildTree, type Built } from '../golden/harness.js';
import { firstDifferences, useGlibcCases } from './glibc-cases.js';
import { runProgram } from './run.js';

const cases = useGlibcCases('tcc-lite-ldouble-');
const ULPS = resolve(import.meta.dirname, 'ldouble_math_ulps.py');
// The first Python with mpmath: the PATH's (a pip install), else Debian's python3-mpmath
// (.ci/run installs it when neither has it).
const PYTHON = ['python3', '/usr/bin/python3'].find((p) => spawnSync(p, ['-c', 'import mpmath']).status === 0);

interface Measured {
  lines: number;
  max_ulps: number;
  worst: string;
}

/** Runs the accuracy program natively with PER_RANGE arguments per range. */
async function accuracyOutput(flavour: 'tcc' | 'ours', perRange: number): Promise<string> {
  const run = runProgram(await cases.buildCase('ldouble_accuracy', flavour), [String(perRange)]);
  expect(run.status).toBe(0);
  return run.stdout;
}

/*
 * The bound each function keeps on these arguments, in ulps: correct rounding (0.5)
 * but for a hair where the last terms of a series are summed in long double; fmal is
 * exactly the correctly rounded x y + z. lgammal's absolute error is ~2^-70, a larger
 * relative one next to its zeros below -2 (0.52 ulps at -2.687 in a run of 4000
 * arguments; arbitrarily many right next to a zero).
 */
const BOUND: Record<string, number> = {
  expl: 0.51, exp2l: 0.51, exp10l: 0.51, expm1l: 0.51, logl: 0.51, log2l: 0.51, log10l: 0.51,
  log1pl: 0.51, powl: 0.51, sinl: 0.53, cosl: 0.53, tanl: 0.53, asinl: 0.51, acosl: 0.51,
  atanl: 0.51, atan2l: 0.51, sinhl: 0.51, coshl: 0.51, tanhl: 0.51, asinhl: 0.51, acoshl: 0.51,
  atanhl: 0.51, cbrtl: 0.51, hypotl: 0.51, erfl: 0.51, erfcl: 0.51, lgammal: 0.6, tgammal: 0.51,
  fmal: 0.5,
};

describe('long double math', () => {
  let native: string;
  beforeAll(async () => {
    native = await accuracyOutput('tcc', 100);
  }, 120_000);

  it('every function is within its bound of mpmath on its interesting ranges', () => {
    if (PYTHON === undefined) throw new Error('the accuracy oracle needs Python with mpmath: apt-get install python3-mpmath');
    const report = JSON.parse(execFileSync(PYTHON, [ULPS], { input: native, encoding: 'utf8', maxBuffer: 1 << 24 })) as Record<string, Measured>;
    expect(Object.keys(report).sort()).toEqual(Object.keys(BOUND).sort());
    const few = Object.entries(report).filter(([, measured]) => measured.lines < 200).map(([name]) => name);
    expect(few).toEqual([]);
    const over = Object.entries(report).filter(([name, measured]) => measured.max_ulps > BOUND[name]);
    expect(over.map(([name, m]) => `${name}: ${m.max_ulps} ulps at ${m.worst}`)).toEqual([]);
  }, 120_000);

  it('built by gcc against our libc, the accuracy program prints the same bits', async () => {
    expect(firstDifferences(await accuracyOutput('ours', 100), native)).toEqual([]);
  }, 120_000);

  it('special cases, errno and the representation functions print what glibc prints', async () => {
    const out = await cases.expectSameAsGlibc('ldouble_special_case');
    expect(out).toContain('expl(11357.0L) = inf errno 34\n');
    expect(out).toContain('powl(2.0L, 10.0L) = 0x8p+7 errno 0\n');
    expect(out).toContain('sinl(-0x0p+0) = -0x0p+0 errno 0\n');
    expect(out).toContain('ilogbl -16411 13287 16383 -16445 1\n');
    expect(out).toContain('lroundl 9223372036854775807 ');
  }, 120_000);

  it('strtold, wcstold and scanf %Lf are correctly rounded to the x87 format, with its range', async () => {
    const out = await cases.expectSameAsGlibc('strtold_case');
    // 64 bits of precision and the 15-bit exponent's range, not double's.
    expect(out).toContain('strtold "0.1" = 3ffbcccccccccccccccd 0xc.ccccccccccccccdp-7 errno 0 end 3\n');
    expect(out).toContain('strtold "1e4000" = 73e6d1ba8323fe558c61 0xd.1ba8323fe558c61p+13284 errno 0 end 6\n');
    // A midpoint in all its 11496 digits ties to even; beyond it, the first nonzero digit rounds up.
    expect(out).toContain('strtold 3 * 2^-16446 (11496 digits) = 00000000000000000002 ');
    expect(out).toContain('strtold midpoint, 600 zeros and a 1 = 3fff8000000000000001 ');
    expect(out).toContain('sscanf "0.1" "%Lf%n" = 1 3ffbcccccccccccccccd ');
  }, 120_000);

  describe('in the emulator', () => {
    let built: Built;
    beforeAll(async () => {
      built = await buildTree();
    }, 120_000);

    it('compiled by tcc-lite, both programs print there what they print natively', async () => {
      const perRange = 10;
      const expected = (await accuracyOutput('tcc', perRange)) + cases.runCase(await cases.buildCase('ldouble_special_case', 'glibc')).stdout;
      const files = ['ldouble_accuracy', 'ldouble_special_case'].map(async (name) => `/bin/${name}=${await cases.buildCase(name, 'tcc')}`);
      const booted = await boot(built, { command: `ldouble_accuracy ${perRange}; ldouble_special_case`, files: await Promise.all(files) });
      expect(firstDifferences(booted.output, expected)).toEqual([]);
      expect(booted.exitCode).toBe(0);
    }, 240_000);
  });
});
