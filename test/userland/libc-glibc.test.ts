/**
 * The libc against glibc, second part: <math.h> (correctly rounded results),
 * the random-number sequences, strtod, qsort's stability, exit handlers and
 * constructors, printf's %a/%L/%m/%ls, ctype's values, strerror's messages,
 * strftime, wide characters, sigsetjmp, temporary files and assert.
 *
 * Each program (test/userland/c/NAME.c) is built three ways: by gcc against
 * our libc, by gcc against the host's glibc (the oracle), and by `tcc-lite cc`
 * (our compiler and the libc it builds). All must print the same and exit the
 * same way. A sample also runs in the emulator.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { boot, buildTree, type Built } from '../golden/harness.js';
import { firstDifferences, useGlibcCases, type Flavour } from './glibc-cases.js';

const run = promisify(execFile);
const { buildCase, runCase, expectSameAsGlibc } = useGlibcCases('tcc-lite-libc-glibc-');

describe('libc against glibc, continued', () => {
  it('math.h: correctly rounded functions, special values, errno, classification', async () => {
    const out = await expectSameAsGlibc('math_cases');
    expect(out).toContain('sin(inf) -nan');
  });

  it('log10 and hypot round as glibc rounds them, to the last bit', async () => {
    const out = await expectSameAsGlibc('math_last_bit_case');
    expect(out).toContain('log10(1e22) = 0x1.6p+4\n');
    expect(out).toContain('hypot(DBL_MAX, DBL_MAX) = inf errno ERANGE\n');
  });

  it('rand/random/rand_r/drand48 sequences, strtod/strtof rounding, stable qsort, exit handlers', async () => {
    const out = await expectSameAsGlibc('stdlib_cases');
    expect(out).toContain('rand seed 42: 71876166 708592740');
    expect(out).toContain('on_exit 3 second\natexit handler 2\non_exit 3 first\natexit handler 1\n');
  });

  it('output functions return what glibc returns; scanf reads floats greedily like glibc', async () => {
    const out = await expectSameAsGlibc('io_cases');
    expect(out).toContain('hello\nabc\nx\npf\nab\n6 1 120 10 3 3 3\n');
    expect(out).toContain('2 100 rgs');
  });

  it('fenv.h rounding modes (printf rounds digits by them too), sysconf, alloca, errx', async () => {
    const out = await expectSameAsGlibc('fenv_case');
    expect(out).toContain('upward 2048 0.33333333333333337035');
  });

  it('tgmath.h picks the float, double or long double function', async () => {
    const out = await expectSameAsGlibc('tgmath_case');
    expect(out).toContain('4 8 16 8\n');
  });

  it('stdatomic.h: _Atomic types, loads, stores, exchanges, read-modify-write and flags', async () => {
    const out = await expectSameAsGlibc('stdatomic_case');
    expect(out).toContain('1 50\n0 50\n300 -1\n306\n');
  });

  it('basename/dirname, fnmatch, lsearch/lfind', async () => {
    const out = await expectSameAsGlibc('pathname_cases');
    expect(out).toContain('[/usr/] base [usr] dir [/]');
  });

  it('complex.h: arithmetic and the elementary functions', async () => {
    const out = await expectSameAsGlibc('complex_cases');
    expect(out).toContain('0: 3.5 -0.5i');
  });

  it("a program's own strlen/div/optind win for the program while the library keeps its own", async () => {
    const out = await expectSameAsGlibc('own_definitions_case');
    expect(out).toContain('strlen called 1 time(s) by the program');
    expect(out).toContain('div 22 12, ldiv 3 2, optind 7');
  });

  it('asprintf/vasprintf, erand48/nrand48/jrand48 with seed48 and lcong48, quick_exit', async () => {
    const out = await expectSameAsGlibc('gnu_extras_case');
    expect(out).toContain('32 [hello has 5 chars, pi is 3.14159] 32');
    // Handlers run newest first; the last one's output stays in the buffer, which
    // quick_exit does not flush.
    expect(out.endsWith('at_quick_exit: registered second, runs first\n')).toBe(true);
    expect(out).not.toContain('runs last');
    expect(out).not.toContain('must not run');
  });

  it('wcstol/wcstoull/wcstod/wcstof, wcsstr, wprintf and swprintf', async () => {
    const out = await expectSameAsGlibc('wide_case');
    expect(out).toContain('wcstol -1234 rest [xyz 0x1fQ');
    expect(out).toContain('double 1000 rest [zz -2.5e-3 inf]');
    expect(out).toContain('swprintf 25 [   42|ab  |3.142|z|wide]');
    expect(out).toContain('none: 0, end stays at the start: 1');
    expect(out).toContain('wprintf returned 15');
  });

  it('realpath, scandir/alphasort, psignal, clearenv, rawmemchr, flockfile and the _unlocked forms', async () => {
    const out = await expectSameAsGlibc('posix_extras_case');
    expect(out).toContain('realpath agree 1, ends /b-file, absolute 1');
    expect(out).toContain('scandir 3: a-link b-file sub');
    expect(out).toContain('root /\n');
  });

  it('memory streams: fmemopen (NUL placement, overflow, seeks, append), open_memstream, fopencookie', async () => {
    const out = await expectSameAsGlibc('memstream_case');
    expect(out).toContain('after close: [n=42 and a tail.]');
    expect(out).toContain('size 1090 len 1090 tail <298,299,>');
    expect(out).toContain('closed: size 7 last <1,ZZ!>');
    expect(out).toContain('close after 1 writes, 3890 bytes');
  });

  it('search.h: tsearch/tfind/tdelete/twalk/tdestroy, hsearch (fills up as glibc does), insque/remque', async () => {
    const out = await expectSameAsGlibc('search_case');
    expect(out).toContain('tfind 1000: missing');
    expect(out).toContain('after deleting evens: 1 3 9 13');
    expect(out).toContain('tdestroy freed 50 keys');
    expect(out).toContain('queue: a b c / after remque: a c / back: a');
  });

  it('small headers: sys/param, endian, byteswap, sysexits, resource limits and usage, times, sysinfo, getrandom, readv/writev, sched, uchar, stdio_ext', async () => {
    const out = await expectSameAsGlibc('headers_case');
    expect(out).toContain('bswap b2a1 d4c3b2a1 8877665544332211');
    expect(out).toContain('readv [gath] [er and scatter]');
    expect(out).toContain('utf-16: 0061 20ac d83d de00 007a');
    expect(out).toContain('first byte k, reading 1');
  });

  it('strptime: every C-locale conversion, derived weekday and day of the year, where parsing stops', async () => {
    const out = await expectSameAsGlibc('strptime_case');
    expect(out).toContain('stop 24: 2019-03-05 07:08:09 wday 2 yday 63');
    expect(out).toContain('stop 14: 2024-02-29 00:00:00 wday 4 yday 59');
    expect(out).toContain('round trip: Saturday 001 00 00 52');
  });

  it('regex.h: leftmost-longest matches and submatches, BRE and ERE, GNU escapes, flags, error codes and messages', async () => {
    const out = await expectSameAsGlibc('regex_case');
    expect(out).toContain('nsub 2 -> 0 (0,4) (0,1) (1,3)');
    expect(out).toContain('regcomp 13: Invalid preceding regular expression');
    expect(out).toContain('startend 0 (3,6)');
  });

  it('glob: wildcards per component, GLOB_MARK/NOCHECK/NOMAGIC/NOESCAPE/BRACE/ONLYDIR/TILDE/DOOFFS/APPEND, errfunc', async () => {
    const out = await expectSameAsGlibc('glob_case');
    expect(out).toContain('*/*/*                  0 -> 0: src/lib/a.c src/lib/b.o  [magic]');
    expect(out).toContain('{docs,src/lib}/*     400 -> 0: docs/README src/lib/a.c src/lib/b.o  [magic]');
    expect(out).toContain('errors reported 1');
  });

  it('ftw/nftw: types, base and level, FTW_PHYS/DEPTH/CHDIR/ACTIONRETVAL, directories entered once through links', async () => {
    const out = await expectSameAsGlibc('ftw_case');
    expect(out).toContain('  t/dirlink/deep/file type 0 base 15 level 3');
    expect(out).toContain('directory after its file: 1');
    expect(out).toContain('stop returns 42');
  });

  it('pwd.h/grp.h: getpwnam/getpwuid/getgrnam/getgrgid, the _r forms (ERANGE), getpwent/getgrent over /etc', async () => {
    const out = await expectSameAsGlibc('pwd_case');
    expect(out).toContain('root: uid 0');
    expect(out).toContain('small buffer: ERANGE, result NULL');
  });

  it('POSIX calls: exec family and the script fallback, vfork, pipe2/dup3, pread/pwrite, *at calls, FIFOs, timestamps, sigsuspend, directory positions, temp names, wide input, termios, nl_langinfo', async () => {
    const out = await expectSameAsGlibc('posix_calls_case');
    expect(out).toContain('execl zero one\nexecl: exit 0\n');
    expect(out).toContain('script ran with 2 args: a b\n');
    expect(out).toContain('vfork _exit: exit 42\n');
    expect(out).toContain('sigsuspend -1 EINTR, handled 1\n');
    expect(out).toContain('versionsort: v1.010 v1.09 v1.0 v1.9 v1.10 v2\n');
    expect(out).toContain('UTF-8: U+00E9, ungetwc 1, then U+20AC');
  });

  it('strlcpy/strlcat (not in the host glibc yet: checked against their BSD definition)', async () => {
    for (const flavour of ['ours', 'tcc'] as const) {
      const out = runCase(await buildCase('bsd_string_case', flavour)).stdout;
      expect(out).toBe('strlcpy 9 [trunc]\nstrlcpy 4 [fits]\nstrlcpy size 0: 4 [trunc]\nstrlcat 13 [fits and more]\n' +
        'strlcat 8 [abcde]\nstrlcat into a full buffer: 4 [abcde]\n');
    }
  });

  it('C11 threads.h: thrd_create/join results, mtx (plain, recursive, trylock), cnd, tss, call_once, thread_local', async () => {
    const out = await expectSameAsGlibc('c11_threads_case');
    expect(out).toContain('worker 3: tls 300, tss 3\n');
    expect(out).toContain('counter 4000, results 60, once 1, main tls 0\n');
  });

  it('alarm/pause, periodic setitimer with sigsuspend, ITIMER_VIRTUAL, flock between processes, nice values', async () => {
    const out = await expectSameAsGlibc('timers_case');
    expect(out).toContain('pause returned after alarm: 1\n');
    expect(out).toContain('periodic: 3 alarms, interval was 50000 us\n');
    expect(out).toContain('child: EX|NB -1 EWOULDBLOCK\n');
    expect(out).toContain('child inherits 7\n');
  });

  it('poll/ppoll/select/pselect: pipes, files, timeouts, a closed descriptor, temporary signal masks', async () => {
    const out = await expectSameAsGlibc('poll_case');
    expect(out).toContain('writer gone: 1 ready, read end 0x10\n');
    expect(out).toContain('waited for the child: 1 ready, 0x1\n');
    expect(out).toContain('pselect interrupted: -1 EINTR, handled 2\n');
  });

  it('constructors run before main and destructors after the exit handlers', async () => {
    const out = await expectSameAsGlibc('ctor_case');
    expect(out).toBe('constructor runs before main\nmain calls exit(5)\non_exit 5 arg\natexit handler\ndestructor runs after the exit handlers\n');
  });

  it('printf %a %La %m %ls, ctype values, strerror/strsignal, string extras, strftime, wchar, sigsetjmp, tmpfile, freopen', async () => {
    const out = await expectSameAsGlibc('format_cases');
    expect(out).toContain('[0x1p+0] [-0X1.FFP+7]');
    expect(out).toContain('133 Memory page has hardware error');
  });

  it('printf prints long doubles over their whole range', async () => {
    const out = await expectSameAsGlibc('ldouble_case', ['ours']);
    expect(out).toContain('1.18973e+4932 1.189731e+4932');
  });

  it('stdout and stderr sharing a pipe interleave as with glibc (4096-byte stdout buffer)', async () => {
    const merged = async (flavour: Flavour): Promise<string> =>
      (await run('sh', ['-c', `"${await buildCase('interleave_case', flavour)}" 2>&1`])).stdout;
    const glibc = await merged('glibc');
    expect(glibc).toContain('err 250\n');
    for (const flavour of ['ours', 'tcc'] as const) expect({ flavour, out: await merged(flavour) }).toEqual({ flavour, out: glibc });
  });

  it('a failed assert prints glibc\'s message and aborts without flushing stdout', async () => {
    const glibc = runCase(await buildCase('assert_case', 'glibc'));
    expect(glibc.stderr).toMatch(/^assert_case\.glibc: .*assert_case\.c:7: check: Assertion `value \* 2 == 10' failed\.\n$/);
    for (const flavour of ['ours', 'tcc'] as const) {
      const ours = runCase(await buildCase('assert_case', flavour));
      const expected = glibc.stderr.replace('assert_case.glibc', `assert_case.${flavour}`);
      expect(ours.stderr).toBe(expected);
      expect({ stdout: ours.stdout, signal: ours.signal }).toEqual({ stdout: glibc.stdout, signal: 'SIGABRT' });
    }
  });

  it('math.h edge cases: atan2 underflow, expm1 near overflow, pow(-1, huge), rint in every rounding mode, gamma signs and accuracy near 1 and 2, ERANGE', async () => {
    await expectSameAsGlibc('math_edge_cases');
  });
});

describe('libc in the emulator', () => {
  let built: Built;
  beforeAll(async () => {
    built = await buildTree();
  }, 120_000);

  it('format, math, memory-stream, search, POSIX-call and timer cases compiled by tcc-lite print in the emulator what glibc prints natively', async () => {
    const files: string[] = [];
    const expected: string[] = [];
    for (const name of ['format_cases', 'math_cases', 'memstream_case', 'search_case', 'posix_calls_case', 'timers_case', 'poll_case']) {
      files.push(`/bin/${name}=${await buildCase(name, 'tcc')}`);
      expected.push(runCase(await buildCase(name, 'glibc')).stdout);
    }
    const booted = await boot(built, { command: 'format_cases /tmp/scratch; math_cases; memstream_case; search_case; posix_calls_case /tmp/pc; timers_case /tmp/lock; poll_case /tmp/pollfile', files });
    expect(firstDifferences(booted.output, expected.join(''))).toEqual([]);
    expect(booted.exitCode).toBe(0);
  }, 120_000);

  it("the root file system's /etc/passwd and /etc/group name root", async () => {
    const booted = await boot(built, { command: 'pwd_case', files: [`/bin/pwd_case=${await buildCase('pwd_case', 'tcc')}`] });
    expect(booted.output).toContain('uid 0: root dir /root shell /bin/sh gid 0\n');
    expect(booted.output).toContain('entries: 1 users, 1 groups\n');
    expect(booted.exitCode).toBe(0);
  }, 120_000);
});
