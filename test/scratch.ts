/**
 * Scratch directories for tests, removed when the test file that made them is done: a
 * whole `npm test` makes about a hundred (a golden run's built tree alone is ~16 MB), and
 * a developer who runs it all day must not find gigabytes of them under /tmp.
 *
 * The removal is registered when this module is first imported by a test file (vitest
 * loads modules afresh for each file, so each file removes its own directories).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

const made: string[] = [];

afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fresh directory under the system's temporary directory, named PREFIX + random letters. */
export function scratchDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}
