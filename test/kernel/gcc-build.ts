/**
 * Builds a kernel tree with the host's gcc and GNU ld, through the same build code as
 * `tcc-lite build --cc gcc` (cli/build): tests of the kernel then do not depend on our
 * compiler, and a compiler bug cannot hide a kernel bug or the other way round.
 */
import { resolve } from 'node:path';
import { buildKernel } from '../../cli/build/kernel.js';
import { silentLog } from '../../cli/build/log.js';
import { GccToolchain } from '../../cli/build/toolchain.js';

export interface KernelBuild {
  vmlinux: string;
  systemMap: string;
  release: string;
}

/** Builds OUT/vmlinux and OUT/System.map from SRC with gcc + GNU ld. */
export async function buildKernelWithGcc(srcDir: string, outDir: string): Promise<KernelBuild> {
  return buildKernel({ srcDir: resolve(srcDir), outDir: resolve(outDir), toolchain: await GccToolchain.create(), log: silentLog });
}
