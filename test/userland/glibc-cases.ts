/**
 * Cases judged against glibc: each program test/userland/c/NAME.c is built three ways —
 * by gcc against our libc, by gcc against the host's glibc (the oracle), and by
 * `tcc-lite cc` (our compiler and the libc it builds) — and all must print the same and
 * exit the same way. Builds go to a scratch directory made before the file's tests.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { cc } from '../../cli/commands/cc.js';
import { boot, buildTree, type Built } from '../golden/harness.js';
import { buildUserland, CFLAGS, link, type UserlandBuild } from './build.js';
import { runProgram, type RunResult } from './run.js';

export type Flavour = 'ours' | 'glibc' | 'tcc';

const run = promisify(execFile);
const CASES = resolve(import.meta.dirname, 'c');

export interface GlibcCases {
  /** Builds NAME.c one way; returns the executable's path. */
  buildCase(name: string, flavour: Flavour): Promise<string>;
  /** Runs with a scratch file name as argv[1], in the C locale. */
  runCase(exe: string): RunResult;
  /** Builds and runs all three; returns glibc's output. */
  expectSameAsGlibc(name: string, flavours?: Flavour[]): Promise<string>;
}

/** The first lines (up to 8) where two outputs differ, for readable failures. */
export function firstDifferences(ours: string, glibc: string): string[] {
  const a = ours.split('\n');
  const b = glibc.split('\n');
  const diffs: string[] = [];
  for (let i = 0; i < Math.max(a.length, b.length) && diffs.length < 8; i++) {
    if (a[i] !== b[i]) diffs.push(`line ${i + 1}: ours ${JSON.stringify(a[i])} glibc ${JSON.stringify(b[i])}`);
  }
  return diffs;
}

/** Registers the scratch directory and the userland build with the calling test file. */
export function useGlibcCases(prefix: string): GlibcCases {
  let build: UserlandBuild;
  let work: string;
  beforeAll(async () => {
    build = await buildUserland();
    work = mkdtempSync(join(tmpdir(), prefix));
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  async function buildCase(name: string, flavour: Flavour): Promise<string> {
    const src = join(CASES, `${name}.c`);
    const exe = join(work, `${name}.${flavour}`);
    if (flavour === 'ours') {
      const obj = join(work, `${name}.o`);
      await run('gcc', [...CFLAGS.filter((f) => f !== '-Werror' && f !== '-Wall'), '-w', '-c', src, '-o', obj]);
      await link(build.dir, [obj], exe);
    } else if (flavour === 'glibc') {
      await run('gcc', ['-std=gnu99', '-O0', '-w', '-fno-builtin', src, '-o', exe, '-lm', '-ldl']);
    } else {
      // -fno-builtin, as the glibc build: the library's answers are under test, not gcc's folding.
      await cc(['-w', '-fno-builtin', '-o', exe, src, '-lm', '-ldl']);
    }
    return exe;
  }

  function runCase(exe: string): RunResult {
    return runProgram(exe, [`${exe}.scratch`], { env: { PATH: '/usr/bin:/bin', LC_ALL: 'C' } });
  }

  async function expectSameAsGlibc(name: string, flavours: Flavour[] = ['ours', 'tcc']): Promise<string> {
    const glibc = runCase(await buildCase(name, 'glibc'));
    for (const flavour of flavours) {
      const ours = runCase(await buildCase(name, flavour));
      expect({ flavour, diffs: firstDifferences(ours.stdout, glibc.stdout) }).toEqual({ flavour, diffs: [] });
      expect({ flavour, status: ours.status, signal: ours.signal }).toEqual({ flavour, status: glibc.status, signal: glibc.signal });
    }
    return glibc.stdout;
  }

  return { buildCase, runCase, expectSameAsGlibc };
}

/**
 * A test that boots the tree once and runs the named cases there, built by tcc-lite (each
 * with /tmp/NAME as its scratch file): together they must print what glibc prints natively.
 */
export function itPrintsGlibcOutputInEmulator(cases: GlibcCases, names: string[]): void {
  let built: Built;
  beforeAll(async () => {
    built = await buildTree();
  }, 120_000);

  it('compiled by tcc-lite, they print in the emulator what glibc prints natively', async () => {
    const files: string[] = [];
    const expected: string[] = [];
    for (const name of names) {
      files.push(`/bin/${name}=${await cases.buildCase(name, 'tcc')}`);
      expected.push(cases.runCase(await cases.buildCase(name, 'glibc')).stdout);
    }
    const booted = await boot(built, { command: names.map((n) => `${n} /tmp/${n}`).join('; '), files });
    expect(firstDifferences(booted.output, expected.join(''))).toEqual([]);
    expect(booted.exitCode).toBe(0);
  }, 120_000);
}
