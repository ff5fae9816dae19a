/**
 * -ftrapv (compiler/cc/trapv.ts): signed int and long + - * and negation call libgcc's
 * checking routines where gcc 12 -O0 calls them, and abort on overflow whether the
 * routines are libgcc's (gcc links) or our libc's (tcc-lite links), natively and in the
 * emulator. The option obeys gcc's rules against -fwrapv.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cc } from '../../cli/commands/cc.js';
import { boot, buildTree, type Built } from '../golden/harness.js';
import { run, workDir } from './helpers.js';

const dir = join(import.meta.dirname, 'trapv');

/** Each function's calls of the checking routines, in order, in assembly `-S` wrote. */
function checkCalls(asmFile: string): Map<string, string[]> {
  const calls = new Map<string, string[]>();
  let current: string[] | undefined;
  for (const line of readFileSync(asmFile, 'utf8').split('\n')) {
    const fn = /^([A-Za-z_]\w*):/.exec(line);
    if (fn) calls.set(fn[1], (current = []));
    const call = /\bcall\s+(__(?:add|sub|mul|neg)v[sd]i[23])\b/.exec(line);
    if (call && current) current.push(call[1]);
  }
  return calls;
}

async function callsOf(src: string, flags: string[]): Promise<{ gcc: Map<string, string[]>; ours: Map<string, string[]> }> {
  const tag = flags.join('');
  const gccAsm = join(workDir, `gcc${tag}.s`);
  const oursAsm = join(workDir, `ours${tag}.s`);
  execFileSync('gcc', ['-std=gnu99', '-O0', '-w', '-S', ...flags, '-o', gccAsm, src]);
  await cc(['-w', '-S', ...flags, '-o', oursAsm, src]);
  return { gcc: checkCalls(gccAsm), ours: checkCalls(oursAsm) };
}

describe('-ftrapv', () => {
  it('checks the operations gcc checks, and none it narrows or folds', async () => {
    const { gcc, ours } = await callsOf(join(dir, 'sites.c'), ['-ftrapv']);
    // gcc's folder drops the check of `i * 2` as an array index (it rewrites the scaled
    // index without it), and checks a pointer difference as a long subtraction: two
    // places where we check what the program wrote, as written.
    const differ = new Set(['index_sum', 'pointer_difference']);
    const mismatches = [...gcc].filter(([fn, calls]) => !differ.has(fn) && calls.join(' ') !== ours.get(fn)?.join(' '))
      .map(([fn, calls]) => `${fn}: gcc [${calls.join(' ')}] ours [${ours.get(fn)?.join(' ')}]`);
    expect(mismatches).toEqual([]);
    expect(gcc.get('add_int')).toEqual(['__addvsi3']);
    expect(ours.get('sub_const')).toEqual(['__addvsi3']); // gcc checks x - 7 as x + -7
    expect(ours.get('narrow_nested_mul')).toEqual(['__addvsi3']);
    expect(ours.get('index_sum')).toEqual(['__addvsi3', '__mulvsi3', '__addvsi3']);
  });

  it('follows gcc when -ftrapv and -fwrapv are both given: the later one, while both are on', async () => {
    const count = (m: Map<string, string[]>): number => [...m.values()].reduce((n, c) => n + c.length, 0);
    for (const flags of [['-ftrapv', '-fwrapv'], ['-fwrapv', '-ftrapv'], ['-ftrapv', '-fwrapv', '-fno-wrapv'], ['-ftrapv', '-fno-trapv'], []]) {
      const { gcc, ours } = await callsOf(join(dir, 'sites.c'), flags);
      expect({ flags, calls: count(ours) > 0 }).toEqual({ flags, calls: count(gcc) > 0 });
    }
  });

  describe('at run time', () => {
    let expected: string;
    let built: Built;
    const ours = join(workDir, 'overflow-ours');
    beforeAll(async () => {
      const gccExe = join(workDir, 'overflow-gcc');
      execFileSync('gcc', ['-std=gnu99', '-w', '-ftrapv', '-o', gccExe, join(dir, 'overflow.c')]);
      expected = run(gccExe).stdout;
      await cc(['-w', '-ftrapv', '-o', ours, join(dir, 'overflow.c')]);
      built = await buildTree();
    }, 120_000);

    it('aborts on overflow natively, as gcc and libgcc do', () => {
      expect(expected).toContain('add_int: killed by signal 6 (SIGABRT)\n');
      expect(expected).toContain('in_range = -2\n');
      expect(expected).toContain('narrowed = -32768\n');
      expect(run(ours).stdout).toBe(expected);
    });

    it('aborts on overflow in the emulator, the machine running on', async () => {
      const booted = await boot(built, { command: 'overflow; echo done', files: [`/bin/overflow=${ours}`] });
      expect(booted.output).toBe(`${expected}done\n`);
    }, 120_000);
  });
});
