/**
 * A start-up snapshot only works with the exact node binary that made it. build.ts
 * records this line next to the snapshot and bin/tcc-lite computes the same line for
 * the node it finds (`readlink -f`, then `stat -c '%s %Y'`): real path, size, mtime.
 */
import { realpathSync, statSync } from 'node:fs';

export function nodeStamp(execPath: string): string {
  const real = realpathSync(execPath);
  const st = statSync(real);
  return `${real} ${st.size} ${Math.floor(st.mtimeMs / 1000)}`;
}
