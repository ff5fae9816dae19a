/**
 * What real C projects expect of the system headers and the library, found by building
 * small open-source libraries with tcc-lite (the projects themselves stay outside the
 * repository). Each case (test/userland/c/NAME.c) is written in our own words around one
 * finding and built three ways (glibc-cases.ts): gcc against our libc, gcc against glibc
 * (the oracle) and `tcc-lite cc`; all must print the same.
 */
import { describe, expect, it } from 'vitest';
import { useGlibcCases } from './glibc-cases.js';

const { expectSameAsGlibc } = useGlibcCases('tcc-lite-realworld-');

describe('headers and library calls real projects use', () => {
  it('sys/queue.h lists (BSD layout) and sys/sysmacros.h device numbers', async () => {
    const out = await expectSameAsGlibc('bsd_queue_case');
    expect(out).toContain('dev 11110370 major 259 minor 70000');
  });

  it('sys/types.h: the BSD type names, exact-width types and byte order; limits.h: Linux limits', async () => {
    const out = await expectSameAsGlibc('bsd_types_case');
    expect(out).toContain('order little 1234\nlimits 64 256 32 2048 1024 20 256 2048\n');
  });

  it('explicit_bzero, ffsl/ffsll, clock_nanosleep, wait3, secure_getenv; stdio keeps errno', async () => {
    const out = await expectSameAsGlibc('gnu_calls_case');
    expect(out).toContain('first output\nerrno kept 1\n');
    expect(out).toContain('bad clock 1 (errno untouched: 0)');
  });

  it('syslog.h with no daemon: LOG_PERROR copies to stderr, %m, the priority mask', async () => {
    const out = await expectSameAsGlibc('syslog_case');
    expect(out).toContain('rwdaemon: cannot open spool: Permission denied\n');
  });

  it('dlfcn.h: a plugin loader links with -ldl and reports the failure through dlerror', async () => {
    const out = await expectSameAsGlibc('dlfcn_case');
    expect(out).toBe('dlopen failed, first error present, second absent\n');
  });

  it('arpa/inet.h: IPv4 and IPv6 text and back (inet_aton forms, strict inet_pton, shortest inet_ntop), byte order', async () => {
    const out = await expectSameAsGlibc('inet_case');
    expect(out).toMatch(/pton6 ::ffff:192\.0\.2\.128 +1 -> ::ffff:192\.0\.2\.128\n/);
    expect(out).toContain('byte order 04030201 0201 01020304 0102\n');
  });
});
