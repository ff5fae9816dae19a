/**
 * `tcc-lite cc`: a gcc-compatible driver. Compiles, assembles and links like
 * `gcc -static` would, against userland/libc unless -nostdlib/-nostdinc.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { preprocess, readFromDisk } from '../../compiler/cpp/index.js';
import { decodeSourceBytes } from '../../compiler/cpp/source-text.js';
import { fallthroughLevelOf } from '../../compiler/cpp/fallthrough-comment.js';
import { CompileError, werrorMessage } from '../../compiler/diagnostics.js';
import type { SourceOptions } from '../build/phases.js';
import { preprocessSource } from '../build/preprocess-source.js';
import type { LinkInput } from '../../compiler/link/index.js';
import { packageRoot } from '../package-root.js';
import { printDiagnostic, rememberSource, resetDiagnosticContext } from '../report.js';
import { checkInputFile, UsageError } from '../usage-error.js';
import { parseCcArgs, type CcOptions, type InputLanguage } from './cc-args.js';
import { defaultTarget, depFileFor, formatRule, prerequisites } from './cc-deps.js';
import { tempsBase } from './cc-temps.js';
import { cachedLibc } from './cc-libc.js';
import { findArchive, linkerOutputOptions, writeExecutable, writeLinkerOutputs } from './cc-pass-through.js';

/** The input `-`, named as gcc names it in diagnostics. */
const STDIN = '<stdin>';
let stdinText: string | undefined;

/** Standard input's text, read when first needed (it can be read only once). */
function readStdin(): string {
  if (stdinText === undefined) {
    stdinText = decodeSourceBytes(readFileSync(0));
    rememberSource(STDIN, stdinText);
  }
  return stdinText;
}

/** Source files are read from disk, except `<stdin>`. */
function readSource(path: string): string | undefined {
  return path === STDIN ? readStdin() : readFromDisk(path);
}

// Each mode loads only what it runs: -E needs no C compiler, -c/-S no linker and no libc
// (the linker, its source maps and the libc build are ~30 of ~130 modules). Node's module
// loading is most of a small compile's time.
type InputKind = InputLanguage | 'object' | 'archive';

/** The input's kind: the -x language in force for it, or else its extension, as gcc decides. */
function inputKind(path: string, language: InputLanguage | undefined): InputKind {
  if (language !== undefined) return language;
  if (path === STDIN) return 'c'; // only -E gets here without -x: gcc preprocesses it as C
  switch (extname(path)) {
    case '.c': case '.h': case '.i': return 'c';
    case '.S': return 'asm-cpp';
    case '.s': return 'asm';
    case '.o': return 'object';
    case '.a': return 'archive';
    default: throw new UsageError(`${path}: file format not recognized (expected .c, .S, .s, .o or .a)`);
  }
}

/** Warnings printed by one `cc` call, for -Werror. */
interface WarningCount {
  n: number;
}

function sourceOptions(o: CcOptions, libcInclude: string | undefined, warned: WarningCount): SourceOptions {
  return {
    preprocess: {
      readFile: readSource,
      includePaths: o.includePaths,
      quoteIncludePaths: o.quoteIncludePaths,
      afterIncludePaths: o.afterIncludePaths,
      systemIncludePaths: [...o.systemIncludePaths, ...(libcInclude && !o.nostdinc ? [libcInclude] : [])],
      defines: o.macros.flatMap((m) => ('define' in m ? [m.define] : [])),
      undefines: o.macros.flatMap((m) => ('undefine' in m ? [m.undefine] : [])),
      forceIncludes: o.forceIncludes,
      std: o.std,
      gnu89Inline: o.gnu89Inline,
      trigraphs: o.trigraphs,
      pedantic: o.pedantic,
      pedanticErrors: o.pedanticErrors,
      hosted: o.hosted,
      unsignedChar: o.unsignedChar,
      positionIndependence: o.positionIndependence,
      dumpMacros: o.dumpMacros && o.mode === 'preprocess',
      commentWarnings: o.warnings && o.optionalWarnings.includes('comment'),
      // (Its warnings come after parsing, which -fsyntax-only does not go past, as in gcc.)
      fallthroughLevel: o.warnings && o.mode !== 'syntax' ? fallthroughLevelOf(o.optionalWarnings) : 0,
    },
    codeModel: o.codeModel,
    debug: o.debug,
    dwarfVersion: o.dwarfVersion,
    optimize: o.optimize,
    warnings: o.warnings,
    optionalWarnings: o.optionalWarnings,
    syntaxOnly: o.mode === 'syntax',
    builtins: o.builtins,
    msBitfields: o.msBitfields,
    generalRegsOnly: o.generalRegsOnly,
    instrument: o.instrument ? o.instrumentExclude : undefined,
    common: o.common,
    shortEnums: o.shortEnums,
    unsignedBitfields: o.unsignedBitfields,
    trapv: o.trapv,
    defaultVisibility: o.defaultVisibility,
    onWarning: (d) => {
      if (d.severity !== 'warning' || !o.werror || d.classified) {
        // (What a #pragma GCC diagnostic made a warning stays one under -Werror, as in gcc.)
        if (d.severity !== 'note' && !d.classified) warned.n++;
        printDiagnostic(d);
        return;
      }
      warned.n++;
      printDiagnostic({ ...d, severity: 'error', message: werrorMessage(d.message) });
    },
  };
}


/**
 * .c → assembly, or .S → preprocessed assembly. With `temps` (-save-temps) the
 * preprocessed text is kept as temps + `.i` (`.s` for .S) and C's assembly as temps + `.s`.
 */
async function toAssembly(input: string, phase: 'c' | 'asm', so: SourceOptions, temps: string | undefined): Promise<string> {
  const { translate } = await import('../build/phases.js');
  const preprocessed = preprocessSource(input, phase, so);
  if (temps !== undefined) writeFileSync(`${temps}${phase === 'c' ? '.i' : '.s'}`, preprocessed.text);
  const assembly = translate(input, phase, preprocessed, so);
  if (temps !== undefined && phase === 'c') writeFileSync(`${temps}.s`, assembly);
  return assembly;
}

/** One .c, .S or .s input → an ELF object. */
async function compileToObject(input: string, kind: 'c' | 'asm-cpp' | 'asm', so: SourceOptions, temps?: string): Promise<Uint8Array> {
  if (kind === 'asm') {
    const { assemble } = await import('../../compiler/asm/index.js');
    return assemble(input === STDIN ? readStdin() : readFileSync(input, 'utf8'), { fileName: input });
  }
  const { assembleTranslated, sourceToObject } = await import('../build/phases.js');
  const phase = kind === 'c' ? 'c' : 'asm';
  // Without -save-temps the compiler's output goes to the assembler as chunks, never as one text.
  if (temps === undefined) return sourceToObject(input, phase, so);
  return assembleTranslated(input, phase, await toAssembly(input, phase, so, temps));
}

/** -M/-MM: the make rules of the sources instead of any compile. */
function writeDependencyRules(o: CcOptions, paths: string[], so: SourceOptions): void {
  const deps = o.deps!;
  const rules = paths.map((path, k) => {
    const { dependencies } = preprocess(path, { ...so.preprocess, assembly: inputKind(path, o.languages[k]) !== 'c' });
    const targets = deps.targets.length > 0 ? deps.targets : [defaultTarget(o.inputs[k], undefined)];
    return formatRule(targets, prerequisites(path, dependencies, so.preprocess.systemIncludePaths ?? [], deps.userOnly), deps.phony);
  }).join('');
  writeOutput(deps.file ?? o.output ?? '-', rules);
}

/** gcc -E -P's text: the linemarkers and the blank lines that kept line numbers are gone. */
function withoutLineMarkers(text: string): string {
  return text.split('\n').filter((line) => line.trim() !== '' && !/^# \d+ "/.test(line)).map((line) => `${line}\n`).join('');
}

/** Writes an output file; `-o -` is standard output, as in gcc. */
function writeOutput(path: string, data: string | Uint8Array): void {
  if (path === '-') process.stdout.write(data);
  else writeFileSync(path, data);
}

/** -Werror: a file that warned produces nothing, and the command fails as gcc's does. */
function failOnWarnings(o: CcOptions, warned: WarningCount): void {
  if (o.werror && warned.n > 0) throw new CompileError('all warnings being treated as errors');
}

function defaultOutput(input: string, ext: string): string {
  return basename(input).replace(/\.[^.]*$/, '') + ext;
}

/**
 * Libraries that glibc splits out but our libc.a contains, as musl does: `-lm`, `-lpthread`
 * and friends name no separate archive. A missing function still fails at link time with
 * an honest undefined reference.
 */
const PARTS_OF_LIBC = new Set(['c', 'm', 'rt', 'dl', 'pthread', 'util', 'crypt', 'resolv', 'xnet']);

export async function cc(args: string[]): Promise<void> {
  resetDiagnosticContext();
  const o = parseCcArgs(args);
  if (o.verbose || o.query !== undefined) {
    const { answerQuery, versionBanner } = await import('./cc-query.js');
    if (o.verbose) process.stderr.write(versionBanner());
    if (o.query !== undefined) {
      process.stdout.write(await answerQuery(o.query));
      return;
    }
    if (o.inputs.length === 0) return; // -v alone
  }
  for (const input of [...o.inputs, ...(o.linkerScript ? [o.linkerScript] : [])]) if (input !== '-') checkInputFile(input);
  const libcInclude = join(packageRoot(), 'userland/libc/include');
  const warned: WarningCount = { n: 0 };
  const so = sourceOptions(o, libcInclude, warned);
  const paths = o.inputs.map((input) => (input === '-' ? STDIN : input));

  if (o.deps?.only) {
    writeDependencyRules(o, paths, so);
    return;
  }
  // -MD: each compile's rule goes to a .d file beside its output.
  let read: string[] = [];
  if (o.deps) so.onDependencies = (files) => { read = files; };
  const writeDeps = (k: number): void => {
    if (!o.deps) return;
    const target = defaultTarget(o.inputs[k], o.output);
    const rule = formatRule(o.deps.targets.length > 0 ? o.deps.targets : [target], prerequisites(paths[k], read, so.preprocess.systemIncludePaths ?? [], o.deps.userOnly), o.deps.phony);
    writeFileSync(o.deps.file ?? depFileFor(o.inputs[k], o.output, o.mode === 'link'), rule);
  };

  if (o.mode === 'preprocess') {
    const text = paths.map((p, k) => preprocessSource(p, inputKind(p, o.languages[k]) === 'c' ? 'c' : 'asm', so).text).join('');
    writeOutput(o.output ?? '-', o.noLineMarkers ? withoutLineMarkers(text) : text);
    return;
  }

  const objects: LinkInput[] = [];
  for (const [k, input] of paths.entries()) {
    const kind = inputKind(input, o.languages[k]);
    if (kind === 'object' || kind === 'archive') {
      objects.push({ name: input, data: readFileSync(input), group: o.inputGroups[k] });
      continue;
    }
    if (o.mode === 'syntax') {
      // Compiled as far as the assembly text, which goes nowhere (gcc ignores other inputs).
      if (kind === 'c') await toAssembly(input, 'c', so, undefined);
      failOnWarnings(o, warned);
      continue;
    }
    const temps = o.saveTemps && input !== STDIN ? tempsBase(o.saveTemps, o.mode, input, o.output) : undefined;
    if (o.mode === 'assembly') {
      if (kind !== 'c') continue; // gcc -S ignores assembler inputs too
      const text = await toAssembly(input, 'c', so, temps);
      failOnWarnings(o, warned);
      writeOutput(o.output ?? defaultOutput(o.inputs[k], '.s'), text);
      writeDeps(k);
      continue;
    }
    const object = await compileToObject(input, kind, so, temps);
    failOnWarnings(o, warned);
    if (kind !== 'asm') writeDeps(k);
    if (o.mode === 'compile') writeOutput(o.output ?? defaultOutput(o.inputs[k], '.o'), object);
    else objects.push({ name: input, data: object });
    if (o.mode === 'link' && temps !== undefined) writeFileSync(`${temps}.o`, object);
  }
  if (o.mode !== 'link') return;

  const inputs: LinkInput[] = [];
  const archives: LinkInput[] = [];
  // -nostdlib (= -nostartfiles -nodefaultlibs) drops crt0 and the implicit libc; an
  // explicit -lc or -lm brings libc.a back.
  const startFiles = !o.nostdlib && !o.nostartfiles;
  let needLibc = !o.nostdlib && !o.nodefaultlibs;
  for (const [k, lib] of o.libraries.entries()) {
    const path = findArchive(lib, o.libraryPaths);
    if (path) archives.push({ name: path, data: readFileSync(path), group: o.libraryGroups[k] });
    else if (PARTS_OF_LIBC.has(lib)) needLibc = true;
    else throw new UsageError(`cannot find -l${lib} (searched: ${o.libraryPaths.join(', ') || 'no -L paths'})`);
  }
  const libc = needLibc ? await cachedLibc() : undefined;
  if (startFiles) inputs.push((libc ?? (await cachedLibc())).crt0);
  inputs.push(...objects, ...archives);
  if (libc) inputs.push(libc.archive);
  const { link } = await import('../../compiler/link/index.js');
  const out = o.output ?? 'a.out';
  const result = link(inputs, {
    script: o.linkerScript ? readFileSync(o.linkerScript, 'utf8') : undefined,
    entry: o.entry,
    undefinedSymbols: o.undefinedSymbols,
    stack: o.stack,
    sourceMap: o.debug,
    ...linkerOutputOptions(o, out),
  });
  writeLinkerOutputs(o, result, (image) => writeExecutable(out, image));
  if (result.sourceMap) writeFileSync(`${out}.map.json`, result.sourceMap);
}
