/**
 * Thread stacks (userland/libc/src/pthread_stack.c): the stack attributes and their errors,
 * threads on stacks their creator provides (used as given, never freed by the library),
 * guard pages that fault, and pthread_getattr_np for created threads and for the main
 * thread (found as glibc finds it, in /proc/self/maps and RLIMIT_STACK). The case prints
 * only comparisons and sizes, the same natively with glibc, with our libc, and in the emulator.
 */
import { describe, expect, it } from 'vitest';
import { itPrintsGlibcOutputInEmulator, useGlibcCases } from './glibc-cases.js';

const cases = useGlibcCases('tcc-lite-pthread-stack-');

describe('thread stacks and pthread_getattr_np', () => {
  it('runs threads on the stacks they are given and reports every stack as glibc does', async () => {
    const out = await cases.expectSameAsGlibc('pthread_stack_case');
    expect(out).toContain('a fresh attr: getstack NULL 1, size 0, guard 4096\ndefault stack size is RLIMIT_STACK\'s: 1\n');
    expect(out).toContain('setstack of PTHREAD_STACK_MIN - 1: Invalid argument\nsetstacksize of PTHREAD_STACK_MIN - 1: Invalid argument\n');
    expect(out).toContain('getstack gives it back: 1 16384; getstackaddr is its top: 1\n');
    expect(out).toContain('256 KiB, guard 5000: getattr_np 0, size 262144, guard 8192, a local in it 1\n');
    expect(out).toContain('no attributes: the default size 1 and guard 1, a local in it 1\n');
    expect(out).toContain('it ran on it: 1; getattr_np 0: the same stack 1 1, guard 0 (ignored)\nstill mapped after the join: 1\n');
    expect(out).toContain('detached, on it: 1; still mapped once it ended: 1\n');
    expect(out).toContain('reading the guard page: killed by SIGSEGV 1\n');
    expect(out).toContain('main thread: getattr_np 0, guard 0, joinable 1\n');
    expect(out).toContain('in whole pages, down to the mapping below: 1\n');
  });

  itPrintsGlibcOutputInEmulator(cases, ['pthread_stack_case']);
});
