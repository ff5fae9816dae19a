/**
 * The libc `tcc-lite cc` links against: crt0.o and libc.a built by us from userland/libc,
 * kept in the user's cache directory per libc source and compiler fingerprint, so only
 * the first link after a change builds them.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { Libc } from '../build/userland.js';
import { packageRoot } from '../package-root.js';

/** Where the cached libc of this compiler and libc source lives (built or not). */
export interface LibcPaths {
  /** userland/, the libc's source tree's parent. */
  userland: string;
  outDir: string;
  crt0: string;
  archive: string;
  includeDir: string;
}

export async function libcPaths(): Promise<LibcPaths> {
  const [{ hashTreeMemo }, { compilerFingerprint }] = await Promise.all([import('../build/hash-tree.js'), import('../build/build-cache.js')]);
  const userland = join(packageRoot(), 'userland');
  const cacheRoot = process.env.TCC_LITE_CACHE ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'tcc-lite');
  const libcSources = hashTreeMemo(join(userland, 'libc'), () => true, compilerFingerprint(cacheRoot), join(cacheRoot, 'tree-hashes.json'));
  const outDir = join(cacheRoot, `libc-${libcSources.slice(0, 16)}`);
  return {
    userland,
    outDir,
    crt0: join(outDir, 'userland/libc/crt0.o'),
    archive: join(outDir, 'userland/libc/libc.a'),
    includeDir: join(userland, 'libc/include'),
  };
}

/** crt0.o and libc.a, built first if this compiler has not built this libc yet. */
export async function cachedLibc(): Promise<Libc> {
  const { userland, outDir, crt0, archive, includeDir } = await libcPaths();
  if (existsSync(crt0) && existsSync(archive)) {
    return { crt0: { name: 'crt0.o', data: readFileSync(crt0) }, archive: { name: 'libc.a', data: readFileSync(archive) }, includeDir };
  }
  mkdirSync(join(outDir, 'userland/libc'), { recursive: true });
  const [{ buildLibc }, { TccLiteToolchain }, { silentLog }] = await Promise.all([
    import('../build/userland.js'), import('../build/toolchain-tcc.js'), import('../build/log.js'),
  ]);
  return buildLibc({ srcDir: userland, outDir, toolchain: new TccLiteToolchain(), log: silentLog });
}
