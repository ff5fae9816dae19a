/**
 * gcc's everyday command line, parsed the way gcc reads it: flags may be glued to their
 * value (`-Iinc`, `-DX=1`, `-O2`) or separate (`-I inc`, `-o out`), inputs are recognised
 * by their extension.
 */
import { unknownWarningOption } from './gcc-warning-options.js';
import { statSync } from 'node:fs';
import { UsageError } from '../usage-error.js';
import { quoteTarget, type DepsOptions } from './cc-deps.js';
import type { SaveTemps } from './cc-temps.js';
import { applyLinkerOptions, checkAssemblerOptions, LinkGroups, preprocessorOptions, type LinkerRequest } from './cc-pass-through.js';
import { expandResponseFiles } from './response-files.js';
import { parseStandard } from '../../compiler/cpp/standard.js';
import type { Instrumentation } from '../../compiler/cc/instrument.js';
import { NOT_POSITION_INDEPENDENT, VISIBILITIES, type PositionIndependence } from '../../compiler/cc/pic.js';
import type { OptionalWarning } from '../../compiler/cc/report.js';
import { WARNING_FLAGS, WarningFlags } from './warning-flags.js';

/** 'syntax': -fsyntax-only, the C inputs are checked (all their diagnostics) and nothing is written. */
export type CcMode = 'link' | 'compile' | 'assembly' | 'preprocess' | 'syntax';

/** What -x names: C, assembly to preprocess first (.S) or plain assembly (.s). */
export type InputLanguage = 'c' | 'asm-cpp' | 'asm';

const LANGUAGES: Record<string, InputLanguage | undefined> = {
  c: 'c', 'c-header': 'c', 'cpp-output': 'c', 'assembler-with-cpp': 'asm-cpp', assembler: 'asm',
};

/**
 * A question about the compiler itself, answered instead of compiling: -dumpversion (the
 * gcc version we claim in __GNUC__), -dumpmachine and -print-multiarch, -print-file-name=NAME,
 * -print-sysroot.
 */
export type DriverQuery =
  | { kind: 'version' } | { kind: 'machine' } | { kind: 'file'; name: string } | { kind: 'program'; name: string } | { kind: 'libgcc' }
  | { kind: 'searchDirs' } | { kind: 'multilib'; option: string } | { kind: 'sysroot' } | { kind: 'help' };

export interface CcOptions extends LinkerRequest {
  /** Input paths in order; `-` is standard input. */
  inputs: string[];
  /** The -x language in force for an input (by its position in `inputs`), if any. */
  languages: (InputLanguage | undefined)[];
  output?: string;
  mode: CcMode;
  includePaths: string[];
  /** -isystem: searched after -I, before the libc's headers; system headers (no warnings in them). */
  systemIncludePaths: string[];
  /** -iquote: searched for `#include "..."` only, before the -I paths. */
  quoteIncludePaths: string[];
  /** -idirafter: searched after the system headers. */
  afterIncludePaths: string[];
  /** -D and -U in command-line order: `{define: 'X=1'}` or `{undefine: 'X'}`. */
  macros: ({ define: string } | { undefine: string })[];
  forceIncludes: string[];
  libraries: string[];
  /** The -Wl,--start-group ... -Wl,--end-group each input and each -l is in (parallel to inputs and libraries). */
  inputGroups: (number | undefined)[];
  libraryGroups: (number | undefined)[];
  libraryPaths: string[];
  debug: boolean;
  /** -gdwarf-N: the debug information's DWARF version (gcc 12's default, 5, otherwise; 2 to 4 give 4). */
  dwarfVersion: 4 | 5;
  optimize: number;
  warnings: boolean;
  /** -Wall, -Wformat, -Wparentheses (and -Wno-...): the optional warnings asked for. */
  optionalWarnings: OptionalWarning[];
  /** -Werror: every warning is an error (the file fails), as with gcc. */
  werror: boolean;
  /** -std= (or -ansi, which is c90): checked by parseStandard. */
  std: string;
  /** -fgnu89-inline (true) / -fno-gnu89-inline (false): which rules `inline` follows; undefined: the standard's. */
  gnu89Inline?: boolean;
  /** -trigraphs: trigraphs are replaced also in the GNU modes. */
  trigraphs: boolean;
  /** -pedantic / -Wpedantic: the diagnostics ISO C requires of extensions (gcc's pedwarns). */
  pedantic: boolean;
  /** -pedantic-errors: those diagnostics, and the pedwarns warned by default, are errors. */
  pedanticErrors: boolean;
  nostdlib: boolean;
  /** -nostartfiles: no crt0.o (the program brings its own _start). */
  nostartfiles: boolean;
  /** -nodefaultlibs: no implicit libc.a (-lc still brings it). */
  nodefaultlibs: boolean;
  nostdinc: boolean;
  codeModel: 'small' | 'kernel';
  /** -fno-builtin / -ffreestanding turn gcc's builtin library folding off. */
  builtins: boolean;
  /** -ffreestanding / -fno-hosted (false), -fhosted (true): __STDC_HOSTED__ and the libc's predefined macros. */
  hosted: boolean;
  /** -mms-bitfields: Microsoft's record layout for every struct (as ms_struct). */
  msBitfields: boolean;
  /** -mgeneral-regs-only: floating point is an error, as in kernel code. */
  generalRegsOnly: boolean;
  /** -finstrument-functions, with -finstrument-functions-exclude-{function,file}-list. */
  instrument: boolean;
  instrumentExclude: Instrumentation;
  /** -fcommon / -fno-common (the default, as gcc 10 and later). */
  common: boolean;
  /** -fshort-enums / -fno-short-enums. */
  shortEnums: boolean;
  /** -funsigned-bitfields / -fsigned-bitfields (and their -fno- forms). */
  unsignedBitfields: boolean;
  /** -funsigned-char / -fsigned-char (and their -fno- forms). */
  unsignedChar: boolean;
  /** -fpic, -fPIC, -fpie, -fPIE and their -fno- forms (compiler/cc/pic.ts). */
  positionIndependence: PositionIndependence;
  /** -fvisibility=: the ELF visibility of the symbols a file defines, unless declared otherwise. */
  defaultVisibility: string;
  /** -ftrapv in effect: set, and not overridden by a later -fwrapv (see signedOverflow). */
  trapv: boolean;
  linkerScript?: string;
  entry?: string;
  /** -u SYMBOL (or -Wl,-u): undefined from the start, so the archive member defining it is linked. */
  undefinedSymbols: string[];
  /** -z execstack / -z noexecstack (or -Wl,-z,...). */
  stack?: 'exec' | 'noexec';
  /** -E -P: no linemarkers (and no blank lines), as gcc's -P. */
  noLineMarkers: boolean;
  /** -save-temps[=obj|cwd]: keep the .i/.s/.o files (cc-temps.ts). */
  saveTemps?: SaveTemps;
  /** -M, -MM, -MD, -MMD and their companions (cc-deps.ts). */
  deps?: DepsOptions;
  /** -dM with -E: the macros defined at the end of each input instead of its text. */
  dumpMacros: boolean;
  /** -v: the version banner on standard error (then the work, if there are inputs). */
  verbose: boolean;
  query?: DriverQuery;
}

/**
 * Accepted and ignored: code-generation and warning switches that don't change meaning for
 * us. -rdynamic fills a dynamic symbol table, which a static executable has none of
 * (CMake adds it to every link on Linux).
 */
function ignorable(flag: string): boolean {
  return /^-(f|W|m(?!cmodel)|g|pipe$|static$|rdynamic$|MG$|w$)/.test(flag);
}

/**
 * gcc's flag_pic and flag_pie after `flag`: the last of -f[no-]pic/PIC/pie/PIE wins (gcc
 * makes each negate the others), -fpie implies -fpic, and any -fno- form turns both off.
 */
function positionIndependence(flag: string): PositionIndependence {
  if (flag.startsWith('-fno-')) return NOT_POSITION_INDEPENDENT;
  return { level: /I[CE]$/.test(flag) ? 2 : 1, pie: /ie$/i.test(flag) };
}

/**
 * -ftrapv and -fwrapv override each other, the later winning, but only while both are on:
 * gcc's `-ftrapv -fwrapv -fno-wrapv` traps again.
 */
class SignedOverflowFlags {
  private trapv = false;
  private wrapv = false;
  private trapvLast = false;

  /** Takes -f[no-]trapv or -f[no-]wrapv; says whether -ftrapv is now in effect. */
  take(flag: string): boolean {
    const on = !flag.startsWith('-fno-');
    if (flag.endsWith('trapv')) this.trapv = on;
    else this.wrapv = on;
    if (on) this.trapvLast = flag.endsWith('trapv');
    return this.trapv && (!this.wrapv || this.trapvLast);
  }
}

export function parseCcArgs(args: string[]): CcOptions {
  const o: CcOptions = {
    inputs: [], languages: [], mode: 'link', includePaths: [], systemIncludePaths: [], quoteIncludePaths: [], afterIncludePaths: [], macros: [], forceIncludes: [], libraries: [], libraryPaths: [], inputGroups: [], libraryGroups: [],
    debug: false, dwarfVersion: 5, optimize: 0, warnings: true, optionalWarnings: [], werror: false, std: 'gnu17', trigraphs: false, pedantic: false, pedanticErrors: false, nostdlib: false, nostartfiles: false, nodefaultlibs: false, nostdinc: false, codeModel: 'small',
    builtins: true, hosted: true, msBitfields: false, generalRegsOnly: false, instrument: false, instrumentExclude: { excludeFunctions: [], excludeFiles: [] }, common: false, shortEnums: false, unsignedBitfields: false, unsignedChar: false, positionIndependence: NOT_POSITION_INDEPENDENT, defaultVisibility: 'default', trapv: false, noLineMarkers: false, dumpMacros: false, verbose: false, undefinedSymbols: [],
  };
  args = expandResponseFiles(args).slice();
  const overflow = new SignedOverflowFlags();
  const warningFlags = new WarningFlags();
  // -Wl, and -Xlinker words, applied in order once all are known (-Xlinker passes one word).
  const linkerWords: string[] = [];
  const groups = (o.groups = new LinkGroups());
  // Groups take the inputs and -l between their ends: they, and -l, apply where they stand.
  const linkerWord = (word: string): void => {
    if (groups.apply(word)) return;
    if (!/^-l./.test(word)) linkerWords.push(word);
    else {
      o.libraries.push(word.slice(2));
      o.libraryGroups.push(groups.current);
    }
  };
  // -x LANG applies to the inputs after it, until -x none.
  let language: InputLanguage | undefined;
  const deps: DepsOptions = { only: false, userOnly: false, targets: [], phony: false };
  let wantDeps = false;
  let syntaxOnly = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    // `-Ipath` or `-I path`: the value glued to the flag or the next word.
    const value = (flag: string): string => {
      if (arg.length > flag.length) return arg.slice(flag.length);
      if (i + 1 >= args.length) throw new UsageError(`missing argument to '${flag}'`);
      return args[++i];
    };
    const glued = (flag: string): boolean => arg.startsWith(flag);
    if (!arg.startsWith('-') || arg === '-') {
      o.inputs.push(arg);
      o.languages.push(language);
      o.inputGroups.push(groups.current);
    } else if (glued('-x')) {
      const name = value('-x');
      language = LANGUAGES[name];
      if (language === undefined && name !== 'none') throw new UsageError(`language ${name} not recognized (tcc-lite knows c, assembler, assembler-with-cpp and none)`);
    }
    else if (arg === '-c') o.mode = 'compile';
    else if (arg === '-S') o.mode = 'assembly';
    else if (arg === '-E') o.mode = 'preprocess';
    else if (arg === '-fsyntax-only') syntaxOnly = true;
    else if (arg === '-P') o.noLineMarkers = true;
    else if (arg === '-dM') o.dumpMacros = true;
    else if (/^-d[DNIU]$/.test(arg)) throw new UsageError(`'${arg}' is not supported (tcc-lite's -E knows -dM)`);
    else if (arg === '-dumpversion' || arg === '-dumpfullversion') o.query = { kind: 'version' };
    else if (arg === '-dumpmachine' || arg === '-print-multiarch') o.query = { kind: 'machine' };
    else if (arg === '-print-sysroot') o.query = { kind: 'sysroot' };
    else if (glued('-print-file-name=')) o.query = { kind: 'file', name: arg.slice('-print-file-name='.length) };
    else if (glued('-print-prog-name=')) o.query = { kind: 'program', name: arg.slice('-print-prog-name='.length) };
    else if (arg === '-print-libgcc-file-name') o.query = { kind: 'libgcc' };
    else if (arg === '-print-search-dirs') o.query = { kind: 'searchDirs' };
    else if (arg === '-print-multi-directory' || arg === '-print-multi-os-directory' || arg === '-print-multi-lib') o.query = { kind: 'multilib', option: arg };
    else if (arg === '-v') o.verbose = true;
    else if (arg === '--help') o.query = { kind: 'help' };
    else if (arg === '-save-temps' || arg === '-save-temps=obj') o.saveTemps = 'obj';
    else if (arg === '-save-temps=cwd') o.saveTemps = 'cwd';
    else if (arg === '-include') o.forceIncludes.push(value('-include'));
    else if (arg === '-isystem') o.systemIncludePaths.push(value('-isystem'));
    else if (arg === '-nostdlib') o.nostdlib = true;
    else if (arg === '-nostartfiles') o.nostartfiles = true;
    else if (arg === '-nodefaultlibs') o.nodefaultlibs = true;
    else if (arg === '-iquote') o.quoteIncludePaths.push(value('-iquote'));
    else if (arg === '-idirafter') o.afterIncludePaths.push(value('-idirafter'));
    // Options for the programs gcc runs (cc-pass-through.ts): -Wp's become our own here.
    else if (glued('-Wp,')) args.splice(i + 1, 0, ...preprocessorOptions(arg));
    else if (glued('-Wa,')) checkAssemblerOptions(arg);
    else if (glued('-Wl,')) arg.slice('-Wl,'.length).split(',').forEach(linkerWord);
    else if (arg === '-Xlinker') linkerWord(value('-Xlinker'));
    else if (arg === '-z') linkerWords.push('-z', value('-z'));
    else if (arg === '-u') o.undefinedSymbols.push(value('-u'));
    // What we always make: a static executable that is not position-independent.
    else if (arg === '-no-pie' || arg === '-static-libgcc') continue;
    else if (arg === '-pie' || arg === '-static-pie' || arg === '-shared') {
      const library = arg === '-shared' ? "; for a shared library, compile with 'tcc-lite cc -fPIC -c' and link the objects with 'gcc -shared'" : '';
      throw new UsageError(`'${arg}' is not supported: tcc-lite links static, position-dependent executables (as gcc -static -no-pie)${library}`);
    } else if (/^-f(sanitize=|profile-arcs$|test-coverage$|profile-generate)/.test(arg)) {
      throw new UsageError(`'${arg}' is not supported: tcc-lite has no instrumentation runtimes`);
    } else if (/^-m(32|x32|16|abi=ms|long-double-(64|128))$/.test(arg)) {
      throw new UsageError(`'${arg}' is not supported: tcc-lite generates code for x86-64 and its System V ABI only`);
    } else if (arg === '-fshort-wchar') {
      throw new UsageError(`'${arg}' is not supported: tcc-lite's wchar_t is 4 bytes, as its libc's wide-character functions expect`);
    } else if (/^-fpack-struct(=|$)/.test(arg)) {
      throw new UsageError(`'${arg}' is not supported: it would change every struct's layout, the libc's too (#pragma pack and __attribute__((packed)) work)`);
    }
    else if (arg === '-nostdinc') o.nostdinc = true;
    else if (arg === '-w') o.warnings = false;
    else if (arg === '-s') o.stripDebug = true; // ld -s: our linker then leaves the debugging sections out
    else if (arg === '-Werror' || arg === '-Wno-error') o.werror = arg === '-Werror';
    else if (WARNING_FLAGS.test(arg)) warningFlags.take(arg);
    else if (arg === '-fno-builtin') o.builtins = false;
    else if (arg === '-fbuiltin') o.builtins = true;
    // As in gcc, a freestanding compile implies -fno-builtin and a hosted one -fbuiltin.
    else if (arg === '-ffreestanding' || arg === '-fno-hosted' || arg === '-fhosted') o.hosted = o.builtins = arg === '-fhosted';
    else if (arg === '-fgnu89-inline' || arg === '-fno-gnu89-inline') o.gnu89Inline = arg === '-fgnu89-inline';
    else if (arg === '-mms-bitfields' || arg === '-mno-ms-bitfields') o.msBitfields = arg === '-mms-bitfields';
    else if (arg === '-mgeneral-regs-only') o.generalRegsOnly = true;
    else if (arg === '-fcommon' || arg === '-fno-common') o.common = arg === '-fcommon';
    else if (arg === '-fshort-enums' || arg === '-fno-short-enums') o.shortEnums = arg === '-fshort-enums';
    else if (/^-f(no-)?(un)?signed-bitfields$/.test(arg)) o.unsignedBitfields = arg === '-funsigned-bitfields' || arg === '-fno-signed-bitfields';
    else if (/^-f(no-)?(un)?signed-char$/.test(arg)) o.unsignedChar = arg === '-funsigned-char' || arg === '-fno-signed-char';
    else if (/^-f(no-)?(pic|PIC|pie|PIE)$/.test(arg)) o.positionIndependence = positionIndependence(arg);
    else if (glued('-fvisibility=')) {
      o.defaultVisibility = arg.slice('-fvisibility='.length);
      if (!VISIBILITIES.includes(o.defaultVisibility)) {
        throw new UsageError(`unrecognized visibility value '${o.defaultVisibility}' (valid arguments to '-fvisibility=' are: ${VISIBILITIES.join(' ')})`);
      }
    }
    else if (/^-f(no-)?[tw]rapv$/.test(arg)) o.trapv = overflow.take(arg);
    else if (arg === '-finstrument-functions' || arg === '-fno-instrument-functions') o.instrument = arg === '-finstrument-functions';
    else if (glued('-finstrument-functions-exclude-function-list=')) o.instrumentExclude.excludeFunctions.push(...listOption(arg));
    else if (glued('-finstrument-functions-exclude-file-list=')) o.instrumentExclude.excludeFiles.push(...listOption(arg));
    // gcc's -pthread: threads are in libc.a already; it also defines _REENTRANT.
    else if (arg === '-pthread') o.macros.push({ define: '_REENTRANT' });
    else if (arg === '-g0') o.debug = false;
    else if (/^-g[0-9a-z]*$/.test(arg)) o.debug = true;
    else if (/^-gdwarf(-[2-5])?$/.test(arg)) {
      o.debug = true;
      if (arg !== '-gdwarf') o.dwarfVersion = arg === '-gdwarf-5' ? 5 : 4;
    }
    else if (/^-O[0-9sgz]?$|^-Ofast$/.test(arg)) o.optimize = /^-O[0-9]$/.test(arg) ? Number(arg[2]) : 1;
    else if (glued('-std=') || glued('--std=')) o.std = standardName(arg.replace(/^--/, '-'), o.std);
    else if (arg === '-ansi') o.std = 'c90';
    else if (arg === '-trigraphs') o.trigraphs = true;
    else if (arg === '-pedantic' || arg === '-Wpedantic') o.pedantic = true;
    else if (arg === '-pedantic-errors' || arg === '-Werror=pedantic') o.pedantic = o.pedanticErrors = true;
    else if (arg === '-Wno-pedantic') o.pedantic = false;
    else if (glued('-mcmodel=')) o.codeModel = arg === '-mcmodel=kernel' ? 'kernel' : 'small';
    else if (glued('-o')) o.output = value('-o');
    else if (glued('-I')) o.includePaths.push(value('-I'));
    else if (glued('-D')) o.macros.push({ define: value('-D') });
    else if (glued('-U')) o.macros.push({ undefine: value('-U') });
    else if (glued('-L')) o.libraryPaths.push(value('-L'));
    else if (glued('-l')) {
      o.libraries.push(value('-l'));
      o.libraryGroups.push(groups.current);
    }
    else if (glued('-T')) o.linkerScript = value('-T');
    else if (arg === '-e') o.entry = value('-e');
    else if (arg === '-M' || arg === '-MM' || arg === '-MD' || arg === '-MMD') {
      wantDeps = true;
      deps.only ||= arg === '-M' || arg === '-MM';
      deps.userOnly = arg === '-MM' || arg === '-MMD';
    } else if (arg === '-MF') deps.file = value('-MF');
    else if (arg === '-MT') deps.targets.push(value('-MT'));
    else if (arg === '-MQ') deps.targets.push(quoteTarget(value('-MQ')));
    else if (arg === '-MP') deps.phony = true;
    else if (!ignorable(arg)) throw new UsageError(`unrecognized command-line option '${arg}'`);
    else if (arg.startsWith('-W')) {
      const refused = unknownWarningOption(arg);
      if (refused !== undefined) throw new UsageError(refused);
    }
  }
  applyLinkerOptions(linkerWords, o);
  if (o.query !== undefined) return o;
  // gcc -v alone prints its banner and succeeds.
  if (o.inputs.length === 0 && !o.verbose) throw new UsageError('no input files');
  // Whatever else was asked, except -E: gcc -fsyntax-only -c writes no object either.
  if (syntaxOnly && o.mode !== 'preprocess') o.mode = 'syntax';
  // gcc checks this against the final -std=: C99's inline rules need a C99 dialect.
  if (o.gnu89Inline === false && parseStandard(o.std)!.year < 1999) throw new UsageError("'-fno-gnu89-inline' is only supported in GNU99 or C99 mode");
  // -MF, -MT, -MQ and -MP alone ask for nothing: gcc ignores them without -M/-MD.
  if (wantDeps) o.deps = deps;
  o.inputs.forEach((input, k) => {
    if (input === '-' && o.languages[k] === undefined && o.mode !== 'preprocess') {
      throw new UsageError('-E or -x required when input is from standard input');
    }
  });
  if (o.output !== undefined && o.mode !== 'link' && o.mode !== 'preprocess' && o.inputs.length > 1) {
    throw new UsageError(`cannot specify '-o' with '-c' or '-S' with multiple files`);
  }
  const clobbered = o.output === undefined ? undefined : o.inputs.find((input) => sameFile(input, o.output!));
  if (clobbered !== undefined) throw new UsageError(`input file '${clobbered}' is the same as output file`);
  o.optionalWarnings = warningFlags.result(o.pedantic);
  return o;
}

/**
 * The C standard a -std= flag names. gcc only warns about a C++ standard (and keeps the
 * one it had); any other unknown name is an error.
 */
function standardName(flag: string, current: string): string {
  const name = flag.slice('-std='.length);
  if (parseStandard(name) !== undefined) return name;
  if (/^(c|gnu)\+\+/.test(name)) return current;
  throw new UsageError(`unrecognized command-line option '${flag}'`);
}

/** Whether two paths name one file (as gcc checks, so `-o prog.c prog.c` cannot destroy the source). */
function sameFile(a: string, b: string): boolean {
  if (a === '-' || b === '-') return false;
  try {
    const sa = statSync(a);
    const sb = statSync(b);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false; // one of them does not exist yet
  }
}

/** `-f...-list=a,b\,c`: the items, a comma escaped with a backslash kept in its item (gcc). */
function listOption(arg: string): string[] {
  return arg.slice(arg.indexOf('=') + 1).split(/(?<!\\),/).map((s) => s.replace(/\\,/g, ',')).filter((s) => s !== '');
}
