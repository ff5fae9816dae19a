/**
 * The compiler phases for one source file, shared by `tcc-lite cc` and the build:
 * preprocess → compile (C only) → assemble. Importing this module loads the C compiler
 * (chevrotain and its grammar analysis), so the build loads it only on a cache miss.
 */
import type { PreprocessOptions } from '../../compiler/cpp/index.js';
import { compileC } from '../../compiler/cc/index.js';
import { assemble } from '../../compiler/asm/index.js';
import type { Diagnostic } from '../../compiler/diagnostics.js';
import { preprocessSource } from './preprocess-source.js';

export interface SourceOptions {
  preprocess: PreprocessOptions;
  codeModel: 'small' | 'kernel';
  debug: boolean;
  optimize: number;
  warnings: boolean;
  /** gcc's builtin folding of library calls; false as -fno-builtin (see CompileOptions). */
  builtins?: boolean;
  /** -mms-bitfields (see CompileOptions). */
  msBitfields?: boolean;
  /** Receives warnings from the compiler (printed by the CLI). */
  onWarning?: (d: Diagnostic) => void;
  /** Receives the files preprocessing read (for -MD). */
  onDependencies?: (files: string[]) => void;
}

/** Preprocessed text → assembly text (for .S sources the text already is assembly). */
export function translate(path: string, kind: 'c' | 'asm', ppText: string, o: SourceOptions): string {
  if (kind === 'asm') return ppText;
  const result = compileC(ppText, {
    fileName: path, codeModel: o.codeModel, debug: o.debug, optimize: o.optimize, warnings: o.warnings, builtins: o.builtins,
    msBitfields: o.msBitfields, std: o.preprocess.std, gnu89Inline: o.preprocess.gnu89Inline, pedantic: o.preprocess.pedantic, pedanticErrors: o.preprocess.pedanticErrors,
  });
  if (o.onWarning) result.warnings.forEach(o.onWarning);
  return result.asm;
}

/**
 * Assembles translated text. For C sources the text is ours, not the user's, so its line
 * numbers are named as the generated assembly's (`tcc-lite cc -S` shows it), never as
 * lines of the C file.
 */
export function assembleTranslated(path: string, kind: 'c' | 'asm', text: string): Uint8Array {
  return assemble(text, { fileName: kind === 'c' ? `${path} (generated assembly)` : path });
}

/** .c → assembly text, or .S → preprocessed assembly text. */
function sourceToAssembly(path: string, kind: 'c' | 'asm', o: SourceOptions): string {
  return translate(path, kind, preprocessSource(path, kind, o), o);
}

export function sourceToObject(path: string, kind: 'c' | 'asm', o: SourceOptions): Uint8Array {
  return assembleTranslated(path, kind, sourceToAssembly(path, kind, o));
}
