// Block dispatch: the jump cache in front of the block lookup (indirect calls, code
// rewritten under it) and superblocks whose branch changes direction once they are
// compiled. The program runs interpreted, with every block compiled at once, and with
// the default thresholds: output and retired instructions must agree.

import { describe, expect, it } from 'vitest';
import { buildKernel, KERNEL_LIB_C, makeTempDir, runKernel } from './helpers.js';
import { JumpCache } from '../../emulator/cpu/jump-cache.js';

const PROGRAM = `${KERNEL_LIB_C}
typedef int (*fn_t)(void);
/* Three functions "mov $k, %eax; ret" in one data page, called through pointers. */
static unsigned char code[3][16] __attribute__((aligned(64)));

int kmain(void) {
  for (int k = 0; k < 3; k++) {
    static const unsigned char body[] = { 0xb8, 0, 0, 0, 0, 0xc3 };
    for (int b = 0; b < 6; b++) code[k][b] = body[b];
    code[k][1] = k + 1;
  }
  fn_t fns[3] = { (fn_t)code[0], (fn_t)code[1], (fn_t)code[2] };
  unsigned long sum = 0;
  for (int i = 0; i < 9000; i++) sum += fns[i % 3]();
  /* Rewriting a target drops its block; the jump cache must not hand the old one out. */
  code[1][1] = 10;
  for (int i = 0; i < 9000; i++) sum += fns[i % 3]();
  puts("indirect calls "); puthex(sum); puts("\\n");
  /* The branch goes one way for 15000 iterations, then the other. */
  unsigned long a = 0;
  for (int i = 0; i < 20000; i++) {
    if (i < 15000) a += 1; else a += 3;
    __asm__ volatile("" : "+r"(a));
  }
  puts("biased branch "); puthex(a); puts("\\n");
  return 0;
}
`;

describe('block dispatch', () => {
  it('runs indirect calls to rewritten code, and a branch that changes direction, the same in every mode', () => {
    const kernel = buildKernel(makeTempDir('blocks'), { 'blocks.c': PROGRAM });
    const runs = [0, 1, undefined].map((compileThreshold) => runKernel(kernel, { compileThreshold }));
    expect(runs[0].output).toBe(`indirect calls ${(3000 * 6 + 3000 * 14).toString(16).padStart(16, '0')}\nbiased branch ${(15000 + 5000 * 3).toString(16).padStart(16, '0')}\n`);
    for (const run of runs) {
      expect(run.exit.reason).toBe('poweroff');
      expect(run.output).toBe(runs[0].output);
      expect(run.exit.instructions).toBe(runs[0].exit.instructions);
    }
  });
});

describe('JumpCache', () => {
  it('answers only for the same address under the same key (mapping epoch and privilege)', () => {
    const cache = new JumpCache<string>();
    expect(cache.get(0x401000, 0)).toBeNull();
    cache.set(0x401000, 2 * 7 + 1, 'user block');
    expect(cache.get(0x401000, 2 * 7 + 1)).toBe('user block');
    expect(cache.get(0x401000, 2 * 7)).toBeNull();
    expect(cache.get(0x401000, 2 * 8 + 1)).toBeNull();
    // Addresses that share a slot replace each other.
    cache.set(0x401000 + (1 << 24), 15, 'other');
    expect(cache.get(0x401000 + (1 << 24), 15)).toBe('other');
    expect(cache.get(0x401000, 15)).toBeNull();
  });
});
