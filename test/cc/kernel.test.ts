/**
 * Every C file of kernel-src compiles in the kernel code model, GNU as accepts the
 * result, and no SSE/x87 instruction appears in it (the kernel has no FPU state).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseKconfig } from '../../cli/build/kconfig.js';
import { kernelSources } from '../../cli/build/kbuild.js';
import { kernelIncludePaths } from '../../cli/build/kernel.js';
import { compileC } from '../../compiler/cc/index.js';
import { workDir } from './helpers.js';
import { generateKernelHeaders } from './kernel-headers.js';

const src = join(import.meta.dirname, '../../kernel-src');
const gen = join(workDir, 'kernel-gen');

const haveKernel = existsSync(join(src, '.config'));

describe.skipIf(!haveKernel)('kernel-src in the kernel code model', () => {
  if (haveKernel) generateKernelHeaders(src, gen);
  const config = haveKernel ? parseKconfig(readFileSync(join(src, '.config'), 'utf8')) : undefined;
  const sources = config ? kernelSources(src, config).filter((s) => s.kind === 'c') : [];
  const cppArgs = [
    '-std=gnu99', '-nostdinc', ...kernelIncludePaths(src, gen).flatMap((p) => ['-I', p]),
    '-include', join(src, 'include/linux/kconfig.h'), '-D__KERNEL__',
  ];
  it('finds kernel sources', () => expect(sources.length).toBeGreaterThan(10));
  it('compiles and assembles every file, without SSE', () => {
    const failures: string[] = [];
    for (const s of sources) {
      const file = join(src, s.path);
      const pp = execFileSync('gcc', ['-E', ...cppArgs, file], { encoding: 'utf8', maxBuffer: 64 << 20 });
      try {
        const { asm } = compileC(pp, { fileName: s.path, codeModel: 'kernel' });
        if (/%xmm|%st\b|\bfld|\bcvt/.test(asm)) failures.push(`${s.path}: uses the FPU`);
        const base = join(workDir, 'kobj', s.path.replace(/\//g, '_'));
        mkdirSync(dirname(base), { recursive: true });
        writeFileSync(`${base}.s`, asm);
        execFileSync('as', ['-o', `${base}.o`, `${base}.s`], { stdio: ['ignore', 'pipe', 'pipe'] });
      } catch (e) {
        failures.push(`${s.path}: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
      }
    }
    expect(failures).toEqual([]);
  });
});
