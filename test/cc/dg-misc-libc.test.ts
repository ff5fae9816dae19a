/**
 * Headers and libc pieces that gcc.dg's cpp/atomic/vect run tests need (<cpuid.h>, the rest of
 * <stdatomic.h>), checked through the full driver — our compiler with our headers and libc —
 * against gcc with the host's headers, glibc and libatomic.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sameAsGcc as sameBuiltBoth } from './driver-vs-gcc.js';

const dir = join(import.meta.dirname, 'dg-misc');

function sameAsGcc(name: string): Promise<string> {
  return sameBuiltBoth(join(dir, `${name}.c`), ['-std=c11'], ['-std=c11', '-latomic']);
}

describe('headers and libc for gcc.dg subfolders', () => {
  it('<cpuid.h> queries leaves within the processor maximum', async () => {
    expect(await sameAsGcc('cpuid_header')).toContain('sse2 1\n');
  });

  it('<stdatomic.h> has every C11 atomic typedef and the function forms of fences and flags', async () => {
    expect(await sameAsGcc('atomic_library')).toContain('0 1 0 0\n');
  });
});
