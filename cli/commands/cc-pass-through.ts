/**
 * The options gcc hands to the programs it runs: `-Wp,` to the preprocessor, `-Wa,` to
 * the assembler, `-Wl,` and `-Xlinker` to the linker. tcc-lite runs all three itself, so
 * each option is either translated into the driver's own (`-Wp,-MMD,dep.d` is what
 * Linux's Kbuild passes), or known to change nothing for a static executable (`-Wl,-z,
 * noexecstack`, `-Wl,--as-needed`), or refused by name: silently dropping an option
 * the user asked for (a cross-reference table, a shared library) would be a lie. The
 * linker options themselves are `tcc-lite ld`'s (applyLinkerOptions), shared by both.
 */
import { existsSync, lstatSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LinkOptions, LinkResult } from '../../compiler/link/index.js';
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

/**
 * A file or an `-lNAME` on ld's command line, in order (archives are searched where they
 * stand); `group` numbers the --start-group ... --end-group it is in.
 */
export type LinkerInput = ({ file: string } | { library: string }) & { group?: number };

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
  /** -z norelro (false) / -z relro (ld's default). */
  relro?: boolean;
  /** --defsym SYM=EXPR, in order. */
  defsyms?: string[];
  /** -Ttext/-Tdata/-Tbss/--section-start: section → address. */
  sectionStarts?: Map<string, bigint>;
  /** -Ttext-segment/-Trodata-segment/-Tldata-segment: "text-segment" → address. */
  segmentStarts?: Map<string, bigint>;
  /** -Map FILE, or '-' for -M (the map on standard output). */
  mapFile?: string;
  /** --oformat binary. */
  binary?: boolean;
  /** -s/--strip-all/-S/--strip-debug: no debugging sections (the symbol table stays). */
  stripDebug?: boolean;
  /** Groups seen so far, and the one open now (cc-args.ts keeps it while reading its arguments). */
  groups?: LinkGroups;
}

/**
 * ld's --start-group/--end-group (`-(`/`-)`): numbers each group so that the inputs named
 * inside get its number. A group inside a group is part of the outer one (ld 2.40 takes
 * nested groups); one left open ends with the command line, with GNU ld's warning.
 */
export class LinkGroups {
  private depth = 0;
  private count = 0;
  current: number | undefined;

  /** Applies `word` when it is a group option; false when it is something else. */
  apply(word: string): boolean {
    if (word === '--start-group' || word === '-(') {
      if (this.depth++ === 0) this.current = this.count++;
      return true;
    }
    if (word !== '--end-group' && word !== '-)') return false;
    if (this.depth === 0) throw new UsageError('group ended before it began (--help for usage)');
    if (--this.depth === 0) this.current = undefined;
    return true;
  }

  /** GNU ld's warning when the command line ends inside a group. */
  unclosedWarning(): string | undefined {
    return this.depth > 0 ? 'missing --end-group; added as last command line option' : undefined;
  }
}

/** ld reads addresses in hex, with or without 0x (`-Ttext 7c00` is 0x7c00). */
function hexAddress(text: string, option: string): bigint {
  if (!/^(0[xX])?[0-9a-fA-F]+$/.test(text)) throw new UsageError(`${option}: invalid hex number '${text}'`);
  return BigInt(/^0[xX]/.test(text) ? text : `0x${text}`);
}

/** -Ttext ADDR and its kin: the section (or, for -T...-segment, the segment) whose start they set. */
const SECTION_START_OPTIONS: Record<string, { section?: string; segment?: string }> = {
  '-Ttext': { section: '.text' }, '-Tdata': { section: '.data' }, '-Tbss': { section: '.bss' },
  '-Ttext-segment': { segment: 'text-segment' }, '-Trodata-segment': { segment: 'rodata-segment' },
  '-Tldata-segment': { segment: 'ldata-segment' },
};

function setSectionStart(option: string, section: string | undefined, segment: string | undefined, value: string, into: LinkerRequest): void {
  const address = hexAddress(value, option);
  if (section !== undefined) (into.sectionStarts ??= new Map()).set(section, address);
  if (segment !== undefined) (into.segmentStarts ??= new Map()).set(segment, address);
}

/** --section-start=.name=ADDR */
function sectionStart(value: string, into: LinkerRequest): void {
  const eq = value.lastIndexOf('=');
  if (eq <= 0) throw new UsageError(`invalid argument to option "--section-start": '${value}' (expected SECTION=ADDRESS)`);
  setSectionStart('--section-start', value.slice(0, eq), undefined, value.slice(eq + 1), into);
}

/** --oformat: ELF (the default) or the raw image. */
function outputFormat(value: string, into: LinkerRequest): void {
  if (value !== 'binary' && value !== 'elf64-x86-64') {
    throw new UsageError(`--oformat: output format '${value}' is not supported (tcc-lite writes elf64-x86-64 and binary)`);
  }
  into.binary = value === 'binary';
}

/**
 * -z keywords that change nothing here: eager binding needs a dynamic loader, page sizes
 * and code separation move addresses, not behaviour; defs is what a static link does
 * anyway (an undefined reference is an error).
 */
const NO_EFFECT_Z = /^(now|lazy|defs|text|notext|origin|separate-code|noseparate-code|(max|common)-page-size=\d+|(no)?ibt|(no)?shstk|cet-report=\w+)$/;

/**
 * Options of GNU ld that change nothing in a static, non-PIE executable: shared-library
 * lookups and tags (-rpath, --as-needed, --hash-style, -Bdynamic), -O levels and
 * --gc-sections (sizes, not behaviour), --build-id. (Stripping, -s/-S, drops the debugging
 * sections; our executables keep their symbols.)
 */
const NO_EFFECT_FLAGS = new Set([
  '--as-needed', '--no-as-needed', '--gc-sections', '--no-gc-sections', '--eh-frame-hdr', '--no-undefined', '--export-dynamic',
  '-E', '--sort-common', '--warn-common', '--fatal-warnings', '--enable-new-dtags', '--disable-new-dtags',
  '-static', '-Bstatic', '--build-id', '-O0', '-O1', '-O2', '-O3', '--relax', '--no-relax', '--icf=none',
  '-export-dynamic',
  // Shared libraries may be used from here on: there are none to find, only archives.
  '-Bdynamic', '-dy', '-call_shared',
]);
const STRIP_FLAGS = new Set(['-s', '--strip-all', '-S', '--strip-debug']);
const NO_EFFECT_PREFIXES = ['--hash-style=', '--build-id=', '-rpath=', '-rpath-link=', '--sort-section=', '--compress-debug-sections='];
const NO_EFFECT_WITH_VALUE = new Set(['-rpath', '-rpath-link']);

function zKeyword(keyword: string, into: LinkerRequest): void {
  if (keyword === 'execstack' || keyword === 'noexecstack') into.stack = keyword === 'execstack' ? 'exec' : 'noexec';
  else if (keyword === 'relro' || keyword === 'norelro') into.relro = keyword === 'relro';
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
    // `--opt=value`, and ld's one-dash `-Map=FILE`.
    const [name, glued] = (word.startsWith('--') || word.startsWith('-Map=')) && eq > 0 ? [word.slice(0, eq), word.slice(eq + 1)] : [word, undefined];
    const value = (): string => {
      if (glued !== undefined) return glued;
      if (k + 1 >= words.length) throw new UsageError(`missing argument to linker option '${word}'`);
      return words[++k];
    };
    const tOption = /^(-T[a-z-]+)(?:=(.*))?$/.exec(word);
    if (NO_EFFECT_FLAGS.has(word) || NO_EFFECT_PREFIXES.some((p) => word.startsWith(p))) continue;
    if (NO_EFFECT_WITH_VALUE.has(name)) value();
    else if ((into.groups ??= new LinkGroups()).apply(word)) continue;
    else if (tOption && SECTION_START_OPTIONS[tOption[1]]) {
      const { section, segment } = SECTION_START_OPTIONS[tOption[1]];
      setSectionStart(tOption[1], section, segment, tOption[2] ?? value(), into);
    } else if (name === '--section-start') sectionStart(value(), into);
    else if (name === '--defsym') (into.defsyms ??= []).push(value());
    else if (STRIP_FLAGS.has(word)) into.stripDebug = true;
    else if (name === '-Map') into.mapFile = value();
    else if (word === '-M' || word === '--print-map') into.mapFile = '-';
    else if (name === '--oformat') outputFormat(value(), into);
    else if (name === '-z') zKeyword(value(), into);
    else if (name === '-T' || name === '--script') into.linkerScript = value();
    else if (name === '-e' || name === '--entry') into.entry = value();
    else if (name === '-u' || name === '--undefined') into.undefinedSymbols.push(value());
    else if (name === '-L') into.libraryPaths.push(value());
    else if (name === '-l') library(value(), into);
    else if (/^-[TeuLl]./.test(word) && !word.startsWith('--')) {
      // Glued short options: -Tscript.ld, -estart, -Ldir, -lm.
      const v = word.slice(2);
      if (word[1] === 'T') into.linkerScript = v;
      else if (word[1] === 'e') into.entry = v;
      else if (word[1] === 'u') into.undefinedSymbols.push(v);
      else if (word[1] === 'L') into.libraryPaths.push(v);
      else library(v, into);
    } else if (word.startsWith('-')) {
      throw new UsageError(`linker option '${word}' is not supported by tcc-lite's static linker`);
    } else if (into.linkInputs !== undefined) {
      into.linkInputs.push({ file: word, group: into.groups.current });
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
  if (into.linkInputs !== undefined) into.linkInputs.push({ library: name, group: into.groups?.current });
  else into.libraries.push(name);
}

/** The link() options the linker request asks for beyond the inputs, script and entry. */
export function linkerOutputOptions(request: LinkerRequest, output: string): Partial<LinkOptions> {
  return {
    defsyms: request.defsyms, sectionStarts: request.sectionStarts, segmentStarts: request.segmentStarts,
    binary: request.binary, map: request.mapFile !== undefined, outputName: output, relro: request.relro,
    stripDebug: request.stripDebug,
  };
}

/**
 * Writes what the link made: the executable or, with --oformat binary, the raw image
 * (mode 0755 either way, as ld), the -Map, and GNU ld's warnings on standard error.
 */
/**
 * A linked program written as GNU ld writes it: a regular file (or a symbolic link) already
 * there is removed first, so the program's old file, even one running (ETXTBSY) or
 * read-only, is replaced instead of rewritten; the new file has 0777 less the umask.
 */
export function writeExecutable(path: string, image: Uint8Array): void {
  if (path === '-') {
    process.stdout.write(image);
    return;
  }
  const old = lstatSync(path, { throwIfNoEntry: false });
  if (old !== undefined && (old.isFile() || old.isSymbolicLink())) unlinkSync(path);
  writeFileSync(path, image, { mode: 0o777 });
}

export function writeLinkerOutputs(request: LinkerRequest, result: LinkResult, writeImage: (image: Uint8Array) => void): void {
  const unclosed = request.groups?.unclosedWarning();
  for (const warning of [...(unclosed ? [unclosed] : []), ...result.warnings]) process.stderr.write(`tcc-lite: warning: ${warning}\n`);
  writeImage(result.binary ?? result.elf);
  if (request.mapFile === '-') process.stdout.write(result.map!);
  else if (request.mapFile !== undefined) writeFileSync(request.mapFile, result.map!);
}
