/** A content fingerprint of a directory tree, for cache keys. */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

type Include = (name: string) => boolean;

interface TreeFile {
  path: string;
  size: number;
  mtimeMs: number;
}

/** The files of the tree that `include` accepts, in a fixed order (sorted, depth first). */
function treeFiles(root: string, include: Include): TreeFile[] {
  const files: TreeFile[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name);
      const st = statSync(full);
      if (st.isDirectory()) walk(full);
      else if (include(name)) files.push({ path: full, size: st.size, mtimeMs: st.mtimeMs });
    }
  };
  walk(root);
  return files;
}

function hashContents(root: string, files: TreeFile[], seed: string): string {
  const h = createHash('sha1').update(seed);
  for (const f of files) h.update(f.path.slice(root.length)).update('\0').update(readFileSync(f.path));
  return h.digest('hex');
}

export function hashTree(root: string, include: Include = () => true, seed = ''): string {
  return hashContents(root, treeFiles(root, include), seed);
}

/**
 * hashTree, remembered in `memoFile` under the tree's names, sizes and mtimes, as make
 * trusts timestamps: the compiler's own code is ~2 MB in ~230 files, and reading it
 * took 20–90 ms of every build and every `tcc-lite cc` link; stat-ing it takes ~3 ms.
 * Any rewrite of a file (an edit, tsc, a checkout) changes its mtime and so the key.
 * The memo is an optimisation only: unreadable or unwritable, the tree is read.
 */
const SETTLED_MS = 2000;

export function hashTreeMemo(root: string, include: Include, seed: string, memoFile: string): string {
  const files = treeFiles(root, include);
  const key = createHash('sha1').update(seed).update('\0').update(root);
  for (const f of files) key.update(`\0${f.path.slice(root.length)}\0${f.size}\0${f.mtimeMs}`);
  const signature = key.digest('hex');
  const memo = readMemo(memoFile);
  const known = memo[signature];
  if (typeof known === 'string') return known;
  const hash = hashContents(root, files, seed);
  // A file written within the clock's granularity of an earlier write may keep its
  // mtime (git's "racily clean" entries): remember only trees that have settled.
  if (files.some((f) => Date.now() - f.mtimeMs < SETTLED_MS)) return hash;
  // Keep the memo small: the latest few trees are the ones still in use.
  const kept = Object.entries(memo).filter((e): e is [string, string] => typeof e[1] === 'string').slice(-15);
  writeMemo(memoFile, Object.fromEntries([...kept, [signature, hash]]));
  return hash;
}

function readMemo(file: string): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

function writeMemo(file: string, memo: Record<string, string>): void {
  try {
    mkdirSync(dirname(file), { recursive: true });
    // Renamed into place, so a concurrent reader sees the old memo or the new one.
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(memo));
    renameSync(tmp, file);
  } catch {
    // A read-only cache directory only costs the next run the same reads.
  }
}
