/**
 * Where the warm servers of this user and this tcc-lite live: one private directory
 * ($XDG_RUNTIME_DIR/tcc-lite, else /tmp/tcc-lite-UID) holding a Unix socket per server.
 *
 * A socket's name carries the fingerprint of the code that serves it (the node binary and
 * tcc-lite's compiled code), so a client only ever talks to a server running its own code: after an upgrade or a rebuild, the old servers are simply not found, and each
 * notices the change itself and exits (daemon.ts).
 */
import { createHash } from 'node:crypto';
import { closeSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, statSync, unlinkSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { packageRoot } from '../package-root.js';

/** At most one server per core: enough for `make -j` to keep every core compiling. */
export const MAX_SERVERS = availableParallelism();

/** A starter's claim on a slot; older than this, its server never came up, and the claim lapses. */
const CLAIM_LAPSES_MS = 30_000;

export interface ServerPlace {
  dir: string;
  fingerprint: string;
}

/**
 * The private directory, created if need be, or a reason why there is none: a directory
 * that another user owns or could enter would let them answer our compiles.
 */
export function privateDir(): string | { unusable: string } {
  const uid = process.getuid?.() ?? 0;
  const runtime = process.env.XDG_RUNTIME_DIR;
  const dir = runtime ? join(runtime, 'tcc-lite') : join('/tmp', `tcc-lite-${uid}`);
  try {
    mkdirSync(dir, { mode: 0o700 });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') return { unusable: `cannot create ${dir}: ${(e as Error).message}` };
  }
  const st = lstatSync(dir);
  if (!st.isDirectory() || st.uid !== uid || (st.mode & 0o077) !== 0) return { unusable: `${dir} is not a directory private to uid ${uid}` };
  return dir;
}

/**
 * The fingerprint of the code a `tcc-lite` command runs, whether bin/tcc-lite starts it
 * from the start-up snapshot or from the modules (both hold the same code, so a client
 * started one way may be served by a server started the other way).
 *
 * A client computes it on every command, so it reads a few files, not all ~240 modules:
 * the node binary; package.json (an upgrade's version); one compiled module, since tsc
 * rewrites every module it emits, changed or not; and the snapshot, which `npm run build`
 * and every install rebuild. A hand edit of one compiled module goes unnoticed: after
 * one, `tcc-lite server stop`.
 */
export function codeFingerprint(): string {
  const root = packageRoot();
  const hash = createHash('sha1').update(process.version).update(readFileSync(join(root, 'package.json')));
  const files = [process.execPath, join(root, 'dist/cli/program.js'), join(root, 'dist/snapshot/tcc-lite.cjs'), join(root, 'dist/snapshot/tcc-lite.blob')];
  for (const file of files) {
    const st = statSync(file, { throwIfNoEntry: false });
    hash.update(`\0${file}\0${st ? `${st.size}\0${st.mtimeMs}\0${st.ino}` : 'none'}`);
  }
  return hash.digest('hex').slice(0, 16);
}

export function socketPath(place: ServerPlace, slot: number): string {
  return join(place.dir, `${place.fingerprint}-${slot}.sock`);
}

/** Every server socket in the directory, whatever code it runs (for status and stop). */
export function allSockets(dir: string): string[] {
  return readdirSync(dir).filter((name) => name.endsWith('.sock')).sort().map((name) => join(dir, name));
}

function claimPath(place: ServerPlace, slot: number): string {
  return join(place.dir, `${place.fingerprint}-${slot}.starting`);
}

/**
 * Claims a slot for a server about to start, so that the clients of a `make -j` that all
 * find no server start one server per slot, not one each. False when someone else holds
 * a claim that has not lapsed.
 */
export function claimSlot(place: ServerPlace, slot: number): boolean {
  const path = claimPath(place, slot);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      closeSync(openSync(path, 'wx', 0o600));
      return true;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') return false;
      const st = statSync(path, { throwIfNoEntry: false });
      if (st !== undefined && Date.now() - st.mtimeMs < CLAIM_LAPSES_MS) return false;
      releaseSlot(place, slot);
    }
  }
  return false;
}

export function releaseSlot(place: ServerPlace, slot: number): void {
  try {
    unlinkSync(claimPath(place, slot));
  } catch {
    // already gone: a lapsed claim someone else cleared
  }
}
