/**
 * Builds the start-up snapshot that bin/tcc-lite runs (`npm run build` and `npm ci` do
 * this after tsc):
 *
 *   dist/snapshot/tcc-lite.cjs   the whole command in one CommonJS file (esbuild), the
 *                                only form Node's snapshot builder can load;
 *   dist/snapshot/tcc-lite.blob  V8's heap after running it (node --build-snapshot);
 *   dist/snapshot/node.stamp     which node binary the blob belongs to (node-stamp.ts).
 *
 * Measured on `tcc-lite cc hello.c` (2 cores, Node 20): 0.60 s from modules, 0.22 s from
 * the snapshot. Failure here is not fatal: bin/tcc-lite falls back to dist/cli/main.js.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { compilerFingerprint } from '../build/build-cache.js';
import { packageRoot } from '../package-root.js';
import { nodeStamp } from './node-stamp.js';

async function bundle(root: string, outFile: string): Promise<void> {
  const esbuild = await import('esbuild');
  await esbuild.build({
    entryPoints: [join(root, 'dist/cli/snapshot/entry.js')],
    outfile: outFile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    logLevel: 'warning',
    // A CommonJS file has no import.meta; package-root.ts, which locates the package from
    // its own URL, reads the bundle's URL instead, which entry.ts updates when the
    // snapshot starts.
    // The build cache's key for the compiler, as these modules compute it (build-cache.ts).
    define: { 'import.meta.url': 'globalThis.__tccModuleUrl', __TCC_LITE_COMPILER_FINGERPRINT__: JSON.stringify(compilerFingerprint()) },
    banner: { js: 'globalThis.__tccModuleUrl = require("node:url").pathToFileURL(__filename).href;' },
    plugins: [{
      // compiler/cc/chevrotain.ts loads chevrotain's one-file build with a top-level
      // await (fast for plain modules); a CommonJS bundle cannot hold a top-level await,
      // and needs no such trick: chevrotain is bundled with everything else.
      name: 'chevrotain-direct',
      setup(build) {
        build.onResolve({ filter: /\/chevrotain\.js$/ }, (args) =>
          args.importer.includes('/compiler/cc/') ? { path: 'chevrotain-direct', namespace: 'tcc-lite' } : undefined);
        build.onLoad({ filter: /.*/, namespace: 'tcc-lite' }, () => ({ contents: "export * from 'chevrotain';", resolveDir: root }));
      },
    }],
  });
}

function buildBlob(bundleFile: string, blobFile: string): void {
  const r = spawnSync(process.execPath, ['--snapshot-blob', blobFile, '--build-snapshot', bundleFile], { encoding: 'utf8' });
  // Node warns that child_process is "not yet fully verified" in snapshots; the snapshot
  // only holds the module, no child process, so the warning is noise here.
  if (r.status !== 0) throw new Error(`node --build-snapshot failed (status ${r.status}):\n${r.stderr}`);
}

async function main(): Promise<void> {
  const root = packageRoot();
  const dir = join(root, 'dist/snapshot');
  const bundleFile = join(dir, 'tcc-lite.cjs');
  const blobFile = join(dir, 'tcc-lite.blob');
  const stampFile = join(dir, 'node.stamp');
  // The stamp goes first and comes back last: a half-built snapshot is never used.
  rmSync(stampFile, { force: true });
  mkdirSync(dirname(bundleFile), { recursive: true });
  await bundle(root, bundleFile);
  buildBlob(bundleFile, blobFile);
  writeFileSync(stampFile, nodeStamp(process.execPath) + '\n');
  const mb = (f: string): string => (statSync(f).size / 2 ** 20).toFixed(1);
  console.log(`tcc-lite: start-up snapshot ${blobFile} (${mb(blobFile)} MiB; bundle ${mb(bundleFile)} MiB)`);
}

main().catch((e: unknown) => {
  console.warn(`tcc-lite: no start-up snapshot (bin/tcc-lite will load the modules instead): ${e instanceof Error ? e.message : String(e)}`);
});
