/**
 * Slips in the libc that gnulib's tests found: close-on-exec only for fopen's "e"; %ls
 * with a precision and without a length limit; musl's <stdio_ext.h> extensions
 * (__freadahead, __freadptr, __freadptrinc, __fseterr) that gnulib's fseterr.c and
 * freadahead.c need; ftell after ungetc right after fseek; strerror's buffer left alone
 * by strerror_r, perror and %m; unsetenv of duplicate entries; getcwd(buf, 0); strstr,
 * memmem and strcasestr in linear time (Two-Way). Each case (test/userland/c/NAME.c) is
 * built three ways and must print what glibc prints (glibc-cases.ts).
 */
import { describe, expect, it } from 'vitest';
import { useGlibcCases } from './glibc-cases.js';

const { expectSameAsGlibc } = useGlibcCases('tcc-lite-gnulib-slips-');

describe('slips found by gnulib', () => {
  it('stdio: close-on-exec, %ls, the stream internals gnulib uses, ungetc after fseek; strerror, unsetenv, getcwd', async () => {
    const out = await expectSameAsGlibc('stdio_gnulib_case');
    expect(out).toContain('fopen w     cloexec=0\n');
    expect(out).toContain('fopen we    cloexec=1\n');
    expect(out).toContain('%.2ls of a, b, invalid: r=2 "ab"\n');
    expect(out).toContain('%ls of 1000: r=1000 strlen=1000 [999]=l\n');
    expect(out).toContain('after getc: ahead=9\n');
    expect(out).toContain('ungetc -> ~, ftell=2\n');
    expect(out).toContain('after perror: intact\n');
    expect(out).toContain('getenv(a) after unsetenv: (null)\n');
    expect(out).toContain('getcwd(buf, 0) = NULL, Invalid argument\n');
  });
  it('strstr, memmem and strcasestr find what glibc finds, in linear time', async () => {
    const out = await expectSameAsGlibc('string_search_case');
    expect(out).toContain('strstr: at 1000000, memmem: at 1000000, strcasestr: at 1000000, in time\n');
  });
  it("abort runs the program's SIGABRT handler first (libsodium's configure asks)", async () => {
    expect(await expectSameAsGlibc('abort_handler_case')).toContain('first handler, signal 6\nsecond handler, signal 6\n');
  });
});
