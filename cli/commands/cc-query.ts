/**
 * gcc's questions about the compiler itself, which build systems ask before compiling
 * anything: `$(CC) -dumpversion`, `-dumpmachine`, `-print-multiarch`, `-print-sysroot`, `-print-file-name=include` (Linux's
 * Makefile: `-nostdinc -isystem $(shell $(CC) -print-file-name=include)`), `-v`.
 */
import { CLAIMED_GCC_VERSION } from '../../compiler/cpp/predefined.js';
import { TCC_LITE_VERSION } from '../build/build-cache.js';
import type { DriverQuery } from './cc-args.js';
import { cachedLibc, libcPaths } from './cc-libc.js';

const TARGET = 'x86_64-linux-gnu';

/** What -v prints on standard error; scripts look for "Target:" and "... version". */
export function versionBanner(): string {
  return `Target: ${TARGET}\ntcc-lite version ${TCC_LITE_VERSION} (gcc ${CLAIMED_GCC_VERSION} compatible)\n`;
}

export async function answerQuery(q: DriverQuery): Promise<string> {
  switch (q.kind) {
    case 'version': return `${CLAIMED_GCC_VERSION}\n`;
    case 'machine': return `${TARGET}\n`;
    case 'file': return `${await fileName(q.name)}\n`;
    // Headers and libraries are found from the package, not under a system root (gcc prints nothing too).
    case 'sysroot': return '';
  }
}

/**
 * -print-file-name=NAME: the full path of one of the compiler's own files — `include`
 * (the headers <...> finds), crt0.o, libc.a (built first if need be) — or, as gcc does
 * for a file it does not have, NAME itself.
 */
async function fileName(name: string): Promise<string> {
  if (name !== 'include' && name !== 'crt0.o' && name !== 'libc.a') return name;
  const paths = await libcPaths();
  if (name === 'include') return paths.includeDir;
  await cachedLibc();
  return name === 'crt0.o' ? paths.crt0 : paths.archive;
}
