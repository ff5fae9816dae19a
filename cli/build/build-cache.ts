/**
 * The build cache under OUT/.cache, in two levels, like make plus ccache:
 *
 *  - a stamp per compile job records the files its preprocessing read (path, mtime,
 *    size) and the object it produced; while none of them changed the object is reused
 *    without even preprocessing;
 *  - objects are stored by a hash of their preprocessed text, options and the
 *    compiler's own code, so a touched-but-unchanged file, or an edit that only changes
 *    comments, still costs no compile.
 *
 * Links are cached by a hash of their inputs. Together this keeps the tutorial's
 * edit → build loop to the one file that changed.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hashTree, hashTreeMemo } from './hash-tree.js';

export const TCC_LITE_VERSION = '0.1.0';

let fingerprint: string | undefined;

/**
 * Defined only in the bundle that cli/snapshot/build.ts makes: the fingerprint the
 * modules it was made from compute. Not the bundle's own hash, which changes with every
 * edit to the CLI or the emulator and so would make every cached object stale.
 */
declare const __TCC_LITE_COMPILER_FINGERPRINT__: string | undefined;

/**
 * A hash of the compiler's own code, part of every cache key: a tcc-lite that changed
 * (an upgrade, or a developer's edit) must not reuse objects the old one made. With
 * `memoDir`, the hash is remembered there by the files' timestamps (hashTreeMemo).
 */
export function compilerFingerprint(memoDir?: string): string {
  if (fingerprint !== undefined) return fingerprint;
  if (typeof __TCC_LITE_COMPILER_FINGERPRINT__ !== 'undefined') return (fingerprint = __TCC_LITE_COMPILER_FINGERPRINT__);
  const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
  // The code, not its type declarations (dist/ holds both).
  const code = (name: string): boolean => /\.(ts|js)$/.test(name) && !name.endsWith('.d.ts');
  const hash = (dir: string, seed: string): string => memoDir === undefined
    ? hashTree(join(root, dir), code, seed)
    : hashTreeMemo(join(root, dir), code, seed, join(memoDir, 'tree-hashes.json'));
  // compiler/ and the instruction table it encodes with (x86/, shared with the emulator).
  return (fingerprint = hash('x86', hash('compiler', TCC_LITE_VERSION)));
}

interface Stamp {
  deps: [path: string, mtimeMs: number, size: number][];
  object: string;
}

export function hashOf(...parts: (string | Uint8Array)[]): string {
  const h = createHash('sha1').update(compilerFingerprint());
  for (const p of parts) h.update(p).update('\0');
  return h.digest('hex');
}

const digests = new WeakMap<Uint8Array, string>();

/**
 * A content digest of one build product, remembered per buffer: every program of the
 * userland links the same libc.a (0.7 MB), and hashing it once instead of 30 times
 * takes ~50 ms off each build. Buffers are never modified after they are made.
 */
export function digestOf(data: Uint8Array): string {
  let d = digests.get(data);
  if (d === undefined) {
    d = createHash('sha1').update(data).digest('hex');
    digests.set(data, d);
  }
  return d;
}

export class BuildCache {
  /**
   * Dependencies already found unchanged in this build. The ~130 compile jobs read the
   * same few hundred headers, ~5,000 stat calls; sources are not edited during a build.
   * Files in the output directory are not remembered: the build writes some of them
   * between compiles (kallsyms' table is rewritten when a link shows it stale).
   */
  private readonly unchanged = new Set<string>();
  private readonly outputDir: string;

  constructor(private readonly dir: string) {
    compilerFingerprint(dir);
    this.outputDir = dirname(dir) + sep;
  }

  private file(kind: string, key: string, ext: string): string {
    return join(this.dir, kind, key.slice(0, 2), `${key}${ext}`);
  }

  private read(path: string): Buffer | undefined {
    try {
      return readFileSync(path);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined; // not cached yet
      throw e;
    }
  }

  private write(path: string, data: string | Uint8Array): void {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, data);
  }

  /** The object of a job whose inputs have not changed since it was stamped. */
  fromStamp(jobKey: string): Uint8Array | undefined {
    const raw = this.read(this.file('stamps', jobKey, '.json'));
    if (!raw) return undefined;
    const stamp = JSON.parse(raw.toString('utf8')) as Stamp;
    for (const [path, mtimeMs, size] of stamp.deps) {
      const seen = `${path}\0${mtimeMs}\0${size}`;
      if (this.unchanged.has(seen)) continue;
      const st = statSync(path, { throwIfNoEntry: false });
      if (!st || st.mtimeMs !== mtimeMs || st.size !== size) return undefined;
      if (!path.startsWith(this.outputDir)) this.unchanged.add(seen);
    }
    return this.object(stamp.object);
  }

  stamp(jobKey: string, deps: string[], objectKey: string): void {
    const stamp: Stamp = { deps: deps.map((p) => { const st = statSync(p); return [p, st.mtimeMs, st.size]; }), object: objectKey };
    this.write(this.file('stamps', jobKey, '.json'), JSON.stringify(stamp));
  }

  object(key: string): Uint8Array | undefined {
    return this.read(this.file('objects', key, '.o'));
  }

  storeObject(key: string, object: Uint8Array): void {
    this.write(this.file('objects', key, '.o'), object);
  }

  /** A cached value under `kind` (links: the executable and its System.map as JSON). */
  get(kind: string, key: string): Buffer | undefined {
    return this.read(this.file(kind, key, ''));
  }

  put(kind: string, key: string, data: string | Uint8Array): void {
    this.write(this.file(kind, key, ''), data);
  }
}
