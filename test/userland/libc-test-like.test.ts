/**
 * Behaviours found by running musl's libc-test (functional/ and regression/
 * programs) through tcc-lite and our libc, each checked again here with a
 * program of our own against glibc: built three ways (gcc + our libc, gcc +
 * glibc, tcc-lite cc) and all must print the same (glibc-cases.ts).
 */
import { describe, expect, it } from 'vitest';
import { useGlibcCases } from './glibc-cases.js';

const { expectSameAsGlibc } = useGlibcCases('tcc-lite-libc-test-like-');

describe('libc edges found by libc-test, against glibc', () => {
  it('ungetc after scanf gave back its look-ahead; a failed fseek keeps the position; wide scanf; %ls and %ms', async () => {
    const out = await expectSameAsGlibc('stdio_pushback_case');
    expect(out).toContain('scan 0, ungetc 33, then !mo\n');
    expect(out).toContain('read ab, seek -1, tell 2, next c\n');
    expect(out).toContain('4 [apple] [banana] [split] !\n');
  });

  it('fnmatch: character classes, FNM_PERIOD after a slash reached by *, a trailing backslash', async () => {
    const out = await expectSameAsGlibc('fnmatch_classes_case');
    expect(out).toMatch(/^\[\[:alpha:\]\]\* +x1 +0 0 0 0$/m);
    expect(out).toMatch(/^\*\/\* +dir\/\.hidden +0 1 0 0$/m);
  });

  it('initstate/setstate choose among glibc\'s five generators; random_r and drand48_r keep their own', async () => {
    const out = await expectSameAsGlibc('random_state_case');
    expect(out).toContain('too small: NULL\n');
    expect(out).toContain('seeded: 0.74452500006100664 1471891643\n');
  });

  it('mbrtowc rejects overlong forms and surrogates and resumes a character cut short', async () => {
    const out = await expectSameAsGlibc('multibyte_state_case');
    expect(out).toContain('whole      n=2 -> -1 wc=0 errno=84 initial=1\n');
    expect(out).toContain('mbsrtowcs resumes: 4 20ac x, done 1\n');
  });

  it('strftime pads numbers, names and composites as glibc; %s of year INT_MAX; gmtime overflow', async () => {
    const out = await expectSameAsGlibc('strftime_flags_case');
    expect(out).toContain('gmtime of 2^62: NULL, EOVERFLOW 1\n');
    expect(out).toContain('[2016|02016|  2016|2016|20|020|16|');
  });

  it('SA_SIGINFO handlers, sigaltstack, posix_spawn, <fcntl.h> record locks, long double classes', async () => {
    const out = await expectSameAsGlibc('posix_signals_spawn_case');
    expect(out).toContain('spawn 0, exit 7, wrote spawned hello\n');
    expect(out).toContain('1.18973e+4932: class 4 inf 0 finite 1 normal 1\n');
  });
});

describe('glibc functions a program may call, against glibc', () => {
  it('sigwait/sigwaitinfo/sigtimedwait/sigqueue, sigset operations, *_unlocked stdio, wctype by name, sincos, a64l, mbsnrtowcs', async () => {
    const out = await expectSameAsGlibc('gnu_signal_wide_case');
    expect(out).toContain('sigqueue 0, waited 1 code -1 value 77 from self 1\n');
    expect(out).toContain('mbsnrtowcs 2 é rest [llo wörld]\n');
  });
});

describe('printf numbered arguments, against glibc', () => {
  it('%n$, *m$ and .*m$ read each argument once with its type, in any order, any number of times', async () => {
    const out = await expectSameAsGlibc('printf_positional_case');
    expect(out).toContain('three 7 1.25 0.333333 z 0x10\n');
    expect(out).toContain('hello world hello\n');
  });
});

describe('thread and process scheduling calls, against glibc', () => {
  it('pthread_attr scope/inheritsched/schedpolicy/schedparam, pthread_[gs]etschedparam, concurrency, CPU sets and affinity', async () => {
    const out = await expectSameAsGlibc('pthread_sched_case');
    expect(out).toContain('scope 0, process refused 1, nonsense 1, system 0\n');
    expect(out).toContain('cpus: 1 0 0 1 count 2 equal 1\n');
  });
});
