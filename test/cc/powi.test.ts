/**
 * __builtin_powi/powif/powil become calls of the C library's pow/powf/powl (gcc promises
 * no particular rounding for them), so they are checked through the full driver, which
 * links our libc.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cc } from '../../cli/commands/cc.js';
import { run, workDir } from './helpers.js';

const source = `int printf(const char *fmt, ...);
int main(void) {
  volatile int e = 10;
  printf("%g %g %Lg", __builtin_powi(2.0, e), (double)__builtin_powif(1.5f, 2), __builtin_powil(2.0L, -2));
  return 0;
}
`;

describe('__builtin_powi', () => {
  it('raises to an integer power in all three precisions', async () => {
    const file = join(workDir, 'powi.c');
    writeFileSync(file, source);
    const exe = join(workDir, 'powi');
    await cc(['-w', '-o', exe, file]);
    expect(run(exe).stdout).toBe('1024 2.25 0.25');
  });
});
