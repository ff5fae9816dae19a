/**
 * Micro benchmark: lines per second for generated sources (printed, not asserted — the
 * machine is shared). Target: > 1 million lines/second for plain code.
 *
 * It runs in a child Node process: vitest's module transform turns every cross-module
 * reference into a getter call, which makes the hot loops several times slower than the
 * real (tsc-compiled or tsx) code the CLI runs.
 */
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

it('preprocesses 50k-line files (lines/second printed)', () => {
  const here = dirname(fileURLToPath(import.meta.url));
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(here, 'bench-run.ts')], { cwd: join(here, '../..'), encoding: 'utf8', timeout: 110_000 });
  console.log(r.stdout + r.stderr);
  expect(r.status).toBe(0);
  expect(r.stdout).toMatch(/cpp bench plain: .* lines\/s/);
});
