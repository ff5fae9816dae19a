/**
 * Differential testing against gcc with csmith's random programs (issue 3): each program
 * prints a checksum of its global state; tcc-lite's build (against our libc) and gcc -O0's
 * (against glibc) must print the same one. A handful of fixed seeds run here; the
 * longer run is `npx tsx test/csmith/run-many.ts FIRST COUNT`.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { CSMITH_AVAILABLE, differential } from './differential.js';

// Seeds whose gcc build finishes quickly (2 and 5 loop for minutes, so they prove nothing here).
// 124's data segment once sent the linker's layout into an endless flip (DATA_SEGMENT_ALIGN).
const SEEDS = [1, 3, 4, 6, 7, 8, 124];

describe.runIf(CSMITH_AVAILABLE)('csmith programs: tcc-lite vs gcc -O0', () => {
  for (const seed of SEEDS) {
    it(`seed ${seed} prints gcc's checksum`, async () => {
      const r = await differential(seed);
      expect(r.inconclusive).toBe(false);
      expect(r.ours).toBe(r.gcc);
    });
  }
});

it('csmith is installed (CI installs it; see .ci/run)', () => {
  // Without csmith the differential tests above cannot run; make that loud, not silent.
  expect(spawnSync('sh', ['-c', 'command -v csmith']).status, 'apt-get install csmith libcsmith-dev').toBe(0);
});
