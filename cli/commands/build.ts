/**
 * `tcc-lite build`: the tutorial's `make` + deploy.sh in one step. Builds ./kernel-src
 * and ./userland into ./build (vmlinux, System.map, initramfs.cpio, the boot image).
 */
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildKernel, type KernelBuildResult } from '../build/kernel.js';
import { consoleLog, type BuildLog } from '../build/log.js';
import { makeToolchain } from '../build/toolchain.js';
import { buildUserland, type UserlandBuildResult } from '../build/userland.js';
import { writeFileIfChanged } from '../build/write-if-changed.js';
import { UsageError } from '../usage-error.js';
import { TOOLCHAIN_RECORD } from './run-build.js';

export interface BuildOptions {
  kernelSrc: string;
  userland: string;
  out: string;
  cc: string;
  debug?: boolean;
  log?: BuildLog;
}

export interface BuildResult {
  kernel: KernelBuildResult;
  userland: UserlandBuildResult;
}

export async function build(opts: BuildOptions): Promise<BuildResult> {
  for (const [flag, dir] of [['--kernel-src', opts.kernelSrc], ['--userland', opts.userland]]) {
    if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UsageError(`${flag} ${dir}: no such directory`);
  }
  const outDir = resolve(opts.out);
  mkdirSync(outDir, { recursive: true });
  // `tcc-lite run` rebuilds with the toolchain that made these products (run-build.ts).
  writeFileIfChanged(join(outDir, TOOLCHAIN_RECORD), opts.cc + '\n');
  const toolchain = await makeToolchain(opts.cc, join(outDir, '.cache'));
  const log = opts.log ?? consoleLog();
  const common = { outDir, toolchain, log, debug: opts.debug };
  const kernel = await buildKernel({ srcDir: resolve(opts.kernelSrc), ...common });
  const userland = await buildUserland({ srcDir: resolve(opts.userland), ...common });
  return { kernel, userland };
}
