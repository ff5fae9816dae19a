/**
 * The scheduler calls as Linux has them: policies and real-time priorities
 * (sched_setscheduler, sched_getscheduler, sched_setparam, sched_getparam,
 * sched_get_priority_max/min, SCHED_RESET_ON_FORK), sched_rr_get_interval, CPU
 * affinity, the CPU_* macros and get_nprocs. The case prints only what a many-CPU
 * host and the one-CPU emulator share, natively as glibc and in the emulator.
 */
import { describe, expect, it } from 'vitest';
import { itPrintsGlibcOutputInEmulator, useGlibcCases } from './glibc-cases.js';

const cases = useGlibcCases('tcc-lite-sched-');
const { expectSameAsGlibc } = cases;

describe('scheduler calls', () => {
  it('policies, priorities and their limits, fork inheritance, the RR slice, affinity, CPU_* macros', async () => {
    const out = await expectSameAsGlibc('sched_case');
    expect(out).toContain('policy 1: max 99 (ok), min 1 (ok)\n');
    expect(out).toContain('policy 3: max 0 (ok), min 0 (ok)\n');
    expect(out).toContain('policy 4: max -1 (EINVAL), min -1 (EINVAL)\n');
    expect(out).toContain('sched_setparam 20: ok\nnow: policy 0x1, priority 20\na forked child: policy 0x1, priority 20\n');
    expect(out).toContain('now: policy 0x40000002, priority 99\nRR interval: ok 0.100000000\na forked child: policy 0, priority 0\n');
    expect(out).toContain('sched_getaffinity: ok, CPU 0 1, at least one 1, CPU 1023 0\n');
    expect(out).toContain('sched_setaffinity to CPU 0: ok\nnow: count 1, CPU 0 1\nan empty mask: EINVAL\n');
    expect(out).toContain('getaffinity into 0 bytes: EINVAL, 4 bytes: EINVAL, 12 bytes: EINVAL\n');
  });

  itPrintsGlibcOutputInEmulator(cases, ['sched_case']);
});
