/**
 * Programs from public C test suites' themes (picoc, c-testsuite, "Writing a C Compiler"),
 * rewritten here: built with our full driver — compiler, headers and libc — and with gcc,
 * run natively, same stdout and status.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sameAsGcc } from './driver-vs-gcc.js';

const dir = join(import.meta.dirname, 'suites');
const built = (name: string): Promise<string> => sameAsGcc(join(dir, `${name}.c`), [], []);

describe('headers as glibc scopes them', () => {
  it('<stdio.h>, <time.h>, <unistd.h>, <signal.h>, <fcntl.h> leave int8_t, uint and u_char to the program', async () => {
    await built('own_exact_width_names');
  });

  it('<stdlib.h> gives the <sys/types.h> names outside strict ISO mode', async () => {
    await built('stdlib_gives_sys_types');
  });

  it('<sys/types.h> leaves uint32_t, uint64_t and UINT32_MAX to the program', async () => {
    await built('own_unsigned_fixed_names');
  });

  it('the GNU-only functions of <string.h>, <stdlib.h> and <math.h> need _GNU_SOURCE', async () => {
    expect(await built('own_gnu_named_helpers')).toBe('=value 1000 42\n');
  });
});
