/**
 * The compiler phases for one source file, shared by `tcc-lite cc` and the build:
 * preprocess → compile (C only) → assemble. Importing this module loads the C compiler
 * (chevrotain and its grammar analysis), so the build loads it only on a cache miss.
 */
import type { PreprocessOptions } from '../../compiler/cpp/index.js';
import { compileC } from '../../compiler/cc/index.js';
import type { Instrumentation } from '../../compiler/cc/instrument.js';
import { assembleChunks, type AssemblyChunk } from '../../compiler/asm/index.js';
import { CompileError, type Diagnostic } from '../../compiler/diagnostics.js';
import type { CompileResult } from '../../compiler/cc/index.js';
import type { OptionalWarning } from '../../compiler/cc/report.js';
import { preprocessSource, withPrecedingWarnings, type PreprocessedSource } from './preprocess-source.js';

export interface SourceOptions {
  preprocess: PreprocessOptions;
  codeModel: 'small' | 'kernel';
  debug: boolean;
  /** -gdwarf-N (see CompileOptions). */
  dwarfVersion?: 4 | 5;
  optimize: number;
  warnings: boolean;
  /** -Wall, -Wformat, -Wparentheses (see CompileOptions). */
  optionalWarnings?: readonly OptionalWarning[];
  /** -fsyntax-only (see CompileOptions). */
  syntaxOnly?: boolean;
  /** gcc's builtin folding of library calls; false as -fno-builtin (see CompileOptions). */
  builtins?: boolean;
  /** -mms-bitfields (see CompileOptions). */
  msBitfields?: boolean;
  /** -mgeneral-regs-only (see CompileOptions). */
  generalRegsOnly?: boolean;
  /** -finstrument-functions (see CompileOptions). */
  instrument?: Instrumentation;
  /** -fcommon (see CompileOptions). */
  common?: boolean;
  /** -fshort-enums (see CompileOptions). */
  shortEnums?: boolean;
  unsignedBitfields?: boolean;
  /** -ftrapv (see CompileOptions). */
  trapv?: boolean;
  /** -fvisibility= (see CompileOptions). */
  defaultVisibility?: string;
  /**
   * Receives warnings from the compiler (printed by the CLI), with their notes; after a
   * compile that went on past an error, its errors too (preprocess-source.ts).
   */
  onWarning?: (d: Diagnostic) => void;
  /** Receives the files preprocessing read (for -MD). */
  onDependencies?: (files: string[]) => void;
}

/** Preprocessed text → assembly text (for .S sources the text already is assembly). */
export function translate(path: string, kind: 'c' | 'asm', pp: PreprocessedSource, o: SourceOptions): string {
  return kind === 'asm' ? pp.text : compile(path, pp, o).asm;
}

/**
 * Preprocessed text → the assembly as chunks (compiler/asm/line-reader.ts): the compiler's
 * output goes to the assembler without being joined into one text.
 */
export function translateToChunks(path: string, kind: 'c' | 'asm', pp: PreprocessedSource, o: SourceOptions): readonly AssemblyChunk[] {
  return kind === 'asm' ? [pp.text] : compile(path, pp, o).chunks;
}

function compile(path: string, pp: PreprocessedSource, o: SourceOptions): CompileResult {
  const result = withPrecedingWarnings(o, () => compileC(pp.text, {
    fallthroughComments: pp.fallthroughTokens,
    columnFixes: pp.columnFixes,
    expansionColumns: pp.expansionColumns,
    macroNames: pp.macroNames,
    fileName: path, codeModel: o.codeModel, debug: o.debug, dwarfVersion: o.dwarfVersion, optimize: o.optimize, warnings: o.warnings, optionalWarnings: o.optionalWarnings, syntaxOnly: o.syntaxOnly, builtins: o.builtins,
    msBitfields: o.msBitfields, generalRegsOnly: o.generalRegsOnly, instrument: o.instrument, common: o.common, shortEnums: o.shortEnums, unsignedBitfields: o.unsignedBitfields, trapv: o.trapv, defaultVisibility: o.defaultVisibility, unsignedChar: o.preprocess.unsignedChar, positionIndependence: o.preprocess.positionIndependence, std: o.preprocess.std, gnu89Inline: o.preprocess.gnu89Inline, pedantic: o.preprocess.pedantic, pedanticErrors: o.preprocess.pedanticErrors,
  }));
  if (o.onWarning) result.warnings.forEach(o.onWarning);
  // `#pragma GCC diagnostic error` made some of them errors: the file compiles to nothing, as with gcc.
  if (result.warnings.some((w) => w.severity === 'error')) throw new CompileError('some warnings being treated as errors');
  return result;
}

/**
 * Assembles translated text. For C sources the text is ours, not the user's, so its line
 * numbers are named as the generated assembly's (`tcc-lite cc -S` shows it), never as
 * lines of the C file.
 */
export function assembleTranslated(path: string, kind: 'c' | 'asm', text: string | readonly AssemblyChunk[]): Uint8Array {
  return assembleChunks(typeof text === 'string' ? [text] : text, { fileName: kind === 'c' ? `${path} (generated assembly)` : path });
}

export function sourceToObject(path: string, kind: 'c' | 'asm', o: SourceOptions): Uint8Array {
  return assembleTranslated(path, kind, translateToChunks(path, kind, preprocessSource(path, kind, o), o));
}
