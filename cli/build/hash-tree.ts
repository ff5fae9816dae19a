/** A content fingerprint of a directory tree, for cache keys. */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export function hashTree(root: string, include: (name: string) => boolean = () => true, seed = ''): string {
  const h = createHash('sha1').update(seed);
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (include(name)) h.update(full.slice(root.length)).update('\0').update(readFileSync(full));
    }
  };
  walk(root);
  return h.digest('hex');
}
