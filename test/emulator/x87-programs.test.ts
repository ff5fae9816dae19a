// The x87 in 80-bit extended precision: C programs built with tcc-lite print
// the same natively (the host CPU is the oracle) and in the emulator.
// x87_ops.c hashes the bits and status words of every instruction over
// pseudo-random operands in all rounding modes and precisions;
// x87_long_double.c is long double as compiled C uses it.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cc } from '../../cli/commands/cc.js';
import { boot, buildTree, type Built } from '../golden/harness.js';

const HERE = resolve(import.meta.dirname, 'c');
/** Cases per instruction and mode: 50 instructions x 12 modes x CASES in the emulator. */
const CASES = 120;

let built: Built;
let work: string;

beforeAll(async () => {
  built = await buildTree();
  work = mkdtempSync(join(tmpdir(), 'tcc-lite-x87-'));
}, 180_000);

afterAll(() => { if (work) rmSync(work, { recursive: true, force: true }); });

/** Builds each program with tcc-lite, runs it natively, then all of them in one boot; returns [native, emulated] per program. */
async function compareRuns(programs: [string, string[]][]): Promise<[string, string][]> {
  const natives: string[] = [];
  for (const [name, args] of programs) {
    const exe = join(work, name);
    await cc(['-o', exe, join(HERE, `${name}.c`)]);
    natives.push(execFileSync(exe, args, { encoding: 'utf8', maxBuffer: 1 << 26 }));
  }
  const emulated = await boot(built, {
    command: programs.map(([name, args], k) => `echo @@${k}; /bin/${name} ${args.join(' ')}`).join('; '),
    files: programs.map(([name]) => `/bin/${name}=${join(work, name)}`),
  });
  const parts = emulated.output.replace(/\r\n/g, '\n').split(/^@@\d+\n/m).slice(1);
  return natives.map((n, k) => [n, parts[k] ?? '(missing)']);
}

describe('x87 extended precision: native vs emulator', () => {
  it('every instruction on random operands (4 rounding modes x 3 precisions), and long double programs', async () => {
    const runs = await compareRuns([['x87_ops', [String(CASES)]], ['x87_long_double', []]]);
    for (const [native, emulated] of runs) expect(emulated).toBe(native);
  }, 300_000);
});
