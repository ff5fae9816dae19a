/**
 * Test helpers for the C compiler: the native toolchain (gcc -E, GNU as, gcc as linker)
 * is the oracle. A program is built twice — by compileC and by gcc — and both run here.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { compileC, type CompileOptions, type CompileResult } from '../../compiler/cc/index.js';

import { afterAll } from 'vitest';

export const workDir = mkdtempSync(join(tmpdir(), 'tcc-lite-cc-'));
// Each test file gets its own module instance (vitest isolates files), hence its own directory.
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

/** `gcc -E` output (with linemarkers) for a C file. */
export function preprocess(file: string, args: string[] = []): string {
  return execFileSync('gcc', ['-E', '-std=gnu99', ...args, file], { encoding: 'utf8', maxBuffer: 64 << 20 });
}

/** Preprocesses C source text given inline (written to a temporary file first). */
export function preprocessText(source: string, name = 'input.c', args: string[] = []): string {
  const dir = mkdtempSync(join(workDir, 'src-'));
  const file = join(dir, name);
  writeFileSync(file, source);
  return preprocess(file, args);
}

export function compileText(source: string, opts: Partial<CompileOptions> = {}): CompileResult {
  return compileC(preprocessText(source), { fileName: 'input.c', ...opts });
}

/** Compiles C to an object file with our compiler and GNU as. */
export function ourObject(file: string, outDir: string, opts: Partial<CompileOptions> = {}, cppArgs: string[] = []): string {
  const asm = compileC(preprocess(file, cppArgs), { fileName: file, ...opts }).asm;
  mkdirSync(outDir, { recursive: true });
  const base = join(outDir, basename(file).replace(/\.c$/, ''));
  writeFileSync(`${base}.s`, asm);
  execFileSync('as', ['-o', `${base}.o`, `${base}.s`]);
  return `${base}.o`;
}

export function gccObject(file: string, outDir: string, args: string[] = []): string {
  mkdirSync(outDir, { recursive: true });
  const out = join(outDir, basename(file).replace(/\.c$/, '.gcc.o'));
  execFileSync('gcc', ['-c', '-w', '-std=gnu99', ...args, '-o', out, file]);
  return out;
}

export function link(objects: string[], exe: string, args: string[] = []): string {
  execFileSync('gcc', ['-no-pie', ...args, '-o', exe, ...objects], { stdio: ['ignore', 'pipe', 'pipe'] });
  return exe;
}

export interface RunResult {
  stdout: string;
  status: number | null;
}

export function run(exe: string, args: string[] = [], input = ''): RunResult {
  const r = spawnSync(exe, args, { input, encoding: 'utf8', timeout: 10_000 });
  return { stdout: r.stdout, status: r.status };
}
