/**
 * gcc's questions about the compiler itself, which build systems ask before compiling
 * anything: `$(CC) -dumpversion`, `-dumpmachine`, `-print-multiarch`, `-print-sysroot`, `-print-search-dirs`,
 * `-print-prog-name=ld`, `-print-libgcc-file-name`, `-print-multi-os-directory` (libtool), `-print-file-name=include` (Linux's
 * Makefile: `-nostdinc -isystem $(shell $(CC) -print-file-name=include)`), `-v`; and a
 * person's, `--help`.
 */
import { dirname } from 'node:path';
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
    // No program of its own (tcc-lite runs its assembler and linker in process): the name, as gcc prints one it lacks.
    case 'program': return `${q.name}\n`;
    // libgcc's routines (__udivti3, __addvsi3...) are in the libc.
    case 'libgcc': return `${await fileName('libc.a')}\n`;
    case 'searchDirs': return searchDirs();
    // One library directory, no multilib variants (gcc's answers for such a configuration).
    case 'multilib': return q.option === '-print-multi-lib' ? '.;\n' : '.\n';
    // Headers and libraries are found from the package, not under a system root (gcc prints nothing too).
    case 'sysroot': return '';
    case 'help': return HELP;
  }
}

/** `cc --help`: gcc's kind of summary, of the options tcc-lite's cc takes (README.md has them all). */
const HELP = `Usage: tcc-lite cc [options] file...
Compiles C (.c), assembly (.s, .S), objects (.o) and archives (.a) as gcc does, and links a
static x86-64 Linux executable against tcc-lite's libc.
Options:
  --help                   Display this information.
  -v                       Display the version (and do the rest of the work, if any).
  -dumpversion             Display the gcc version tcc-lite claims (__GNUC__).
  -dumpmachine             Display the target: ${TARGET}.
  -print-file-name=<file>  Display the full path of include, libc.a or crt0.o.
  -print-libgcc-file-name  Display the library with libgcc's routines (the libc).
  -print-search-dirs       Display the directories searched for libraries.
  -print-prog-name=<prog>  Display <prog> (the assembler and linker are built in).
  -E                       Preprocess only (-P: no line markers, -dM: the macros).
  -S                       Compile only; do not assemble or link.
  -c                       Compile and assemble, but do not link.
  -fsyntax-only            Check the code; write nothing.
  -o <file>                Place the output into <file>.
  -x <language>            Treat the following inputs as c, assembler or
                           assembler-with-cpp (none: by their suffixes).
  -save-temps              Keep the preprocessed text and the assembly.
  -I <dir>, -iquote <dir>, -isystem <dir>, -idirafter <dir>, -nostdinc
                           Where #include looks.
  -D <macro>[=<value>], -U <macro>, -include <file>
                           Define, undefine, include first.
  -std=<standard>          c89 c90 c99 c11 c17 c2x, or gnu89 ... gnu2x (gnu17 by default, as gcc 12);
                           -ansi, -trigraphs.
  -w, -Wall, -Wextra, -W<warning>, -Wno-<warning>, -Werror, -pedantic, -pedantic-errors
                           Warnings, as gcc 12 words and places them.
  -g, -gdwarf-4            Debug information for gdb (DWARF 5 by default).
  -O<level>                Accepted; the code is -O0's.
  -fPIC, -fpic, -fPIE, -fpie, -fvisibility=<visibility>
                           Position-independent code, for a shared library gcc links.
  -fno-builtin, -ffreestanding, -fcommon, -fshort-enums, -funsigned-char,
  -funsigned-bitfields, -ftrapv, -fwrapv, -fgnu89-inline, -finstrument-functions
                           As gcc's.
  -mcmodel=kernel, -mgeneral-regs-only, -mms-bitfields
                           Code for a kernel: no floating point, no SSE.
  -M, -MM, -MD, -MMD, -MF <file>, -MT <target>, -MQ <target>, -MP
                           Make dependencies.
  -l<library>, -L<dir>, -static, -nostdlib, -nostartfiles, -nodefaultlibs, -pthread,
  -e <entry>, -T <script>, -u <symbol>, -s
                           Linking (tcc-lite ld's options through -Wl,<options>).
  -Wa,<options>, -Wp,<options>, -Wl,<options>, -Xlinker <option>, @<file>
                           Options for the assembler, preprocessor and linker;
                           arguments read from a file.
`;

/** -print-search-dirs: where the headers' package is, and the one library directory (libc.a, crt0.o). */
async function searchDirs(): Promise<string> {
  const paths = await libcPaths();
  return `install: ${paths.userland}/\nprograms: =\nlibraries: =${dirname(paths.archive)}/\n`;
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
