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
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hashTree } from './hash-tree.js';

export const TCC_LITE_VERSION = '0.1.0';

let fingerprint: string | undefined;

/**
 * A hash of the compiler's own code, part of every cache key: a tcc-lite that changed
 * (an upgrade, or a developer's edit) must not reuse objects the old one made.
 */
export function compilerFingerprint(): string {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
  const code = (name: string): boolean => /\.(ts|js)$/.test(name);
  // compiler/ and the instruction table it encodes with (x86/, shared with the emulator).
  return (fingerprint ??= hashTree(join(root, 'x86'), code, hashTree(join(root, 'compiler'), code, TCC_LITE_VERSION)));
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

export class BuildCache {
  constructor(private readonly dir: string) {}

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
      const st = statSync(path, { throwIfNoEntry: false });
      if (!st || st.mtimeMs !== mtimeMs || st.size !== size) return undefined;
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
