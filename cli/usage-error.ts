import { statSync } from 'node:fs';
/** A command-line mistake: reported as one line `tcc-lite: error: ...`, exit status 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/**
 * A file named on the command line must exist and be a file: reading a directory fails
 * in `read`, where Node's error no longer carries the path the user typed.
 */
export function checkInputFile(path: string, what = path): void {
  const st = statSync(path, { throwIfNoEntry: false });
  if (!st) throw new UsageError(`${what}: No such file or directory`);
  if (st.isDirectory()) throw new UsageError(`${what}: Is a directory`);
}
