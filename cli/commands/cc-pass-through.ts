/**
 * The options gcc hands to the programs it runs: `-Wp,` to the preprocessor, `-Wa,` to
 * the assembler, `-Wl,` and `-Xlinker` to the linker. tcc-lite runs all three itself, so
 * each option is either translated into the driver's own (`-Wp,-MMD,dep.d` is what
 * Linux's Kbuild passes), or known to change nothing for a static executable (`-Wl,-z,
 * noexecstack`, `-Wl,--as-needed`), or refused by name: silently dropping an option
 * the user asked for (a map file, a symbol definition) would be a lie.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from '../usage-error.js';

/** `-Wp,-DX=1,-MMD,dep.d` → the driver options that mean the same: `-DX=1 -MMD -MF dep.d`. */
export function preprocessorOptions(flag: string): string[] {
  const items = flag.slice('-Wp,'.length).split(',');
  const out: string[] = [];
  for (let k = 0; k < items.length; k++) {
    const item = items[k];
    if (/^-[DUI]/.test(item)) out.push(item);
    else if (item === '-MD' || item === '-MMD') {
      // The preprocessor's own -MD takes the file name as its argument.
      if (k + 1 >= items.length) throw new UsageError(`missing file name after '${item}' in '${flag}'`);
      out.push(item, '-MF', items[++k]);
    } else if (item === '-P' || item === '-MP' || item === '-undef') out.push(item);
    else throw new UsageError(`preprocessor option '${item}' (in '${flag}') is not supported`);
  }
  return out;
}

/** Assembler options that only concern what GNU as writes beside the code. */
export const HARMLESS_ASSEMBLER = /^(--noexecstack|--64|-g|--gen-debug|--gdwarf-[2-5]|-gdwarf-[2-5]|--compress-debug-sections(=.*)?|--nocompress-debug-sections|-mrelax-relocations=(yes|no)|--strip-local-absolute)$/;

/** `-Wa,...`: accepted when each option changes nothing our assembler does. */
export function checkAssemblerOptions(flag: string): void {
  for (const item of flag.slice('-Wa,'.length).split(',')) {
    if (!HARMLESS_ASSEMBLER.test(item)) throw new UsageError(`assembler option '${item}' (in '${flag}') is not supported`);
  }
}

/** A file or an `-lNAME` on ld's command line, in order (archives are searched where they stand). */
export type LinkerInput = { file: string } | { library: string };

/** What the linker options ask of tcc-lite's link. */
export interface LinkerRequest {
  /** Only for `tcc-lite ld`: its inputs and -l in order. The cc driver refuses inputs in -Wl. */
  linkInputs?: LinkerInput[];
  linkerScript?: string;
  entry?: string;
  undefinedSymbols: string[];
  libraryPaths: string[];
  libraries: string[];
  /** -z execstack / -z noexecstack. */
  stack?: 'exec' | 'noexec';
}

/**
 * -z keywords that change nothing here: RELRO and eager binding need a dynamic loader,
 * page sizes and code separation move addresses, not behaviour; defs is what a static
 * link does anyway (an undefined reference is an error).
 */
const NO_EFFECT_Z = /^(relro|norelro|now|lazy|defs|text|notext|origin|separate-code|noseparate-code|(max|common)-page-size=\d+|(no)?ibt|(no)?shstk|cet-report=\w+)$/;

/**
 * Options of GNU ld that change nothing in a static, non-PIE executable: shared-library
 * lookups and tags (-rpath, --as-needed, --hash-style, -Bdynamic), -O levels and
 * --gc-sections (sizes, not behaviour), --build-id, and stripping (our executables keep
 * their symbols).
 */
const NO_EFFECT_FLAGS = new Set([
  '--as-needed', '--no-as-needed', '--gc-sections', '--no-gc-sections', '--eh-frame-hdr', '--no-undefined', '--export-dynamic',
  '-E', '--sort-common', '--warn-common', '--fatal-warnings', '--enable-new-dtags', '--disable-new-dtags', '-s', '--strip-all',
  '-S', '--strip-debug', '-static', '-Bstatic', '--build-id', '-O0', '-O1', '-O2', '-O3', '--relax', '--no-relax', '--icf=none',
  '-export-dynamic',
  // Shared libraries may be used from here on: there are none to find, only archives.
  '-Bdynamic', '-dy', '-call_shared',
]);
const NO_EFFECT_PREFIXES = ['--hash-style=', '--build-id=', '-rpath=', '-rpath-link=', '--sort-section=', '--compress-debug-sections='];
const NO_EFFECT_WITH_VALUE = new Set(['-rpath', '-rpath-link']);

function zKeyword(keyword: string, into: LinkerRequest): void {
  if (keyword === 'execstack' || keyword === 'noexecstack') into.stack = keyword === 'execstack' ? 'exec' : 'noexec';
  else if (!NO_EFFECT_Z.test(keyword)) throw new UsageError(`linker option '-z ${keyword}' is not supported by tcc-lite's static linker`);
}

/**
 * The words of `-Wl,a,b` and `-Xlinker a` in command-line order, applied as GNU ld would
 * read them.
 */
export function applyLinkerOptions(words: string[], into: LinkerRequest): void {
  for (let k = 0; k < words.length; k++) {
    const word = words[k];
    const eq = word.indexOf('=');
    const [name, glued] = word.startsWith('--') && eq > 0 ? [word.slice(0, eq), word.slice(eq + 1)] : [word, undefined];
    const value = (): string => {
      if (glued !== undefined) return glued;
      if (k + 1 >= words.length) throw new UsageError(`missing argument to linker option '${word}'`);
      return words[++k];
    };
    if (NO_EFFECT_FLAGS.has(word) || NO_EFFECT_PREFIXES.some((p) => word.startsWith(p))) continue;
    if (NO_EFFECT_WITH_VALUE.has(name)) value();
    else if (name === '-z') zKeyword(value(), into);
    else if (name === '-T' || name === '--script') into.linkerScript = value();
    else if (name === '-e' || name === '--entry') into.entry = value();
    else if (name === '-u' || name === '--undefined') into.undefinedSymbols.push(value());
    else if (name === '-L') into.libraryPaths.push(value());
    else if (name === '-l') library(value(), into);
    else if (/^-T(text|data|bss|ldata|text-segment|rodata-segment)\b/.test(word)) {
      throw new UsageError(`linker option '${word}' is not supported: place sections with a linker script (-T script.ld)`);
    } else if (/^-[TeuLl]./.test(word) && !word.startsWith('--')) {
      // Glued short options: -Tscript.ld, -estart, -Ldir, -lm.
      const v = word.slice(2);
      if (word[1] === 'T') into.linkerScript = v;
      else if (word[1] === 'e') into.entry = v;
      else if (word[1] === 'u') into.undefinedSymbols.push(v);
      else if (word[1] === 'L') into.libraryPaths.push(v);
      else library(v, into);
    } else if (name === '-Map' || word.startsWith('-Map=') || name === '--print-map' || name === '--cref') {
      throw new UsageError(`linker option '${word}': tcc-lite's linker writes no map file`);
    } else if (word.startsWith('-')) {
      throw new UsageError(`linker option '${word}' is not supported by tcc-lite's static linker`);
    } else if (into.linkInputs !== undefined) {
      into.linkInputs.push({ file: word });
    } else {
      throw new UsageError(`linker input '${word}' given through -Wl/-Xlinker is not supported: name it on the command line`);
    }
  }
}

/**
 * The archive `-lNAME` names: libNAME.a (a static link has no .so to prefer) or, for
 * `-l:FILE`, FILE itself, in the first -L directory that has it; undefined when none does.
 */
export function findArchive(name: string, paths: string[]): string | undefined {
  const file = name.startsWith(':') ? name.slice(1) : `lib${name}.a`;
  return paths.map((dir) => join(dir, file)).find((candidate) => existsSync(candidate));
}

function library(name: string, into: LinkerRequest): void {
  if (into.linkInputs !== undefined) into.linkInputs.push({ library: name });
  else into.libraries.push(name);
}
