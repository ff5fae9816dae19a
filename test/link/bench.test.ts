/**
 * Link speed on a large synthetic program: 500 gcc objects that call each other in a
 * ring, linked by us and by GNU ld. Prints the times; asserts only that both outputs run
 * and agree.
 */

import { afterAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { link } from '../../compiler/link/index.js';
import { KERNEL_CFLAGS, RUNTIME_C, run, USER_CFLAGS, VMLINUX_LDS, Workdir } from './helpers.js';

const TEMPLATE = `
extern int fBBB_work(int);
static int fAAA_hidden[64];
int fAAA_data = AAA;
const char *fAAA_names[] = { "object AAA", "shared string", "another shared string" };
static int fAAA_step(int x) { return x * 3 + fAAA_hidden[x & 63]++; }
int fAAA_work(int depth) {
  if (depth <= 0) return fAAA_data & 7;
  switch (depth & 7) {
    case 0: return fBBB_work(depth - 1) + 1;
    case 1: return fBBB_work(depth - 1) + fAAA_names[1][0];
    case 2: return fBBB_work(depth - 1) ^ 2;
    case 3: return fBBB_work(depth - 1) + fAAA_step(depth);
    default: return fBBB_work(depth - 1) - 1;
  }
}
`;

/** Makes object N from the template object by rewriting the 3-digit names in place. */
function instantiate(template: Uint8Array, n: number, count: number): Uint8Array {
  const out = new Uint8Array(template);
  const me = String(n).padStart(3, '0');
  const prev = String((n + count - 1) % count).padStart(3, '0');
  for (let i = 0; i + 3 <= out.length; i++) {
    const a = out[i], b = out[i + 1], c = out[i + 2];
    const isAAA = a === 65 && b === 65 && c === 65;
    const isBBB = a === 66 && b === 66 && c === 66;
    if (!isAAA && !isBBB) continue;
    const text = isAAA ? me : prev;
    for (let k = 0; k < 3; k++) out[i + k] = text.charCodeAt(k);
  }
  return out;
}

/** Wall-clock milliseconds of fn. */
function timeIt(fn: () => void): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

/** CPU milliseconds (user + system) of fn: steadier than wall time on a shared machine. */
function cpuTime(fn: () => void): number {
  const c = process.cpuUsage();
  fn();
  const d = process.cpuUsage(c);
  return (d.user + d.system) / 1000;
}

describe('link speed (benchmark, no timing assertions)', () => {
  const w = new Workdir();
  afterAll(() => w.cleanup());

  it('links 500 user objects; prints our time and GNU ld time', () => {
    // "AAA" in the template source becomes a number; keep the C valid by defining it.
    const tpl = w.compile('tpl.c', `#define AAA 1\n${TEMPLATE}`, USER_CFLAGS);
    const count = 500;
    const objects = Array.from({ length: count }, (_, n) => ({ name: `o${n}.o`, data: instantiate(tpl.data, n, count) }));
    const main = w.compile('bm.c', 'int f000_work(int); int main(void) { return f000_work(1000) & 0x7f; }\n');
    const inputs = [w.compile('rt.c', RUNTIME_C), main, ...objects];
    link(inputs, {}); // warm up the JIT
    let ours = link(inputs, {});
    const ms = Math.min(...[0, 1, 2].map(() => timeIt(() => { ours = link(inputs, {}); })));
    const cpu = Math.min(...[0, 1, 2].map(() => cpuTime(() => link(inputs, {}))));
    const ourExe = w.writeExe('bench.tcc', ours.elf);
    const paths = inputs.map((i) => w.save(i));
    const gnuMs = timeIt(() => execFileSync('ld', ['-static', '-o', w.path('bench.ld'), ...paths], { stdio: 'ignore' }));
    console.log(`link of ${inputs.length} objects: tcc-lite ${ms.toFixed(1)} ms wall / ${cpu.toFixed(1)} ms CPU, GNU ld ${gnuMs.toFixed(1)} ms wall (process included)`);
    expect(run(ourExe)).toEqual(run(w.path('bench.ld')));
  });

  it('links a 100-object kernel with the vmlinux.lds script; prints the time', () => {
    const tpl = w.compile('ktpl.c', `#define AAA 1\n${TEMPLATE}`, KERNEL_CFLAGS);
    const head = w.compile('khead.S', '.section .text.head,"ax"\n.globl startup_64\nstartup_64: call f000_work\nhlt\n.bss\n.globl jiffies_64\njiffies_64: .quad 0\n', KERNEL_CFLAGS);
    const inputs = [head, ...Array.from({ length: 100 }, (_, n) => ({ name: `k${n}.o`, data: instantiate(tpl.data, n, 100) }))];
    link(inputs, { script: VMLINUX_LDS });
    const ms = Math.min(...[0, 1, 2].map(() => timeIt(() => link(inputs, { script: VMLINUX_LDS }))));
    const cpu = Math.min(...[0, 1, 2].map(() => cpuTime(() => link(inputs, { script: VMLINUX_LDS }))));
    console.log(`kernel link of ${inputs.length} objects with vmlinux.lds: tcc-lite ${ms.toFixed(1)} ms wall / ${cpu.toFixed(1)} ms CPU`);
    expect(ms).toBeGreaterThan(0);
  });
});
