/**
 * The preprocessing phase with the options of a compile: its warnings (#warning, macro
 * redefinitions) go where the compiler's go, and the files it read to -MD. Apart from
 * phases.ts so that `tcc-lite cc -E` runs it without loading the C compiler.
 */
import { preprocess, type PreprocessResult } from '../../compiler/cpp/index.js';
import { CompileError } from '../../compiler/diagnostics.js';
import type { SourceOptions } from './phases.js';

/**
 * Runs a phase; if it stops at an error, the warnings it gave before go out first, as gcc
 * prints them (an implicit declaration's warning often explains the error after it). A
 * compile that went on after its first error (compiler/cc/recovery.ts) gave warnings
 * after it too: then the errors go out here as well, each in its place among them, so
 * that the warnings are printed as all others are (-Werror).
 */
export function withPrecedingWarnings<T>(o: SourceOptions, phase: () => T): T {
  try {
    return phase();
  } catch (e) {
    if (!(e instanceof CompileError) || !o.warnings || !o.onWarning) throw e;
    e.precedingWarnings.forEach(o.onWarning);
    if (e.laterDiagnostics.some((d) => d.severity === 'warning')) {
      [e.diagnostic, ...e.followingNotes, ...e.laterDiagnostics].forEach(o.onWarning);
      e.printed = true;
    }
    throw e;
  }
}

/** What the compiler reads of a preprocessed file: its text, where fallthrough comments were, where columns moved, its macros. */
export type PreprocessedSource = Pick<PreprocessResult, 'text' | 'fallthroughTokens' | 'columnFixes' | 'expansionColumns' | 'macroNames'>;

export function preprocessSource(path: string, kind: 'c' | 'asm', o: SourceOptions): PreprocessedSource {
  const result = withPrecedingWarnings(o, () => preprocess(path, { ...o.preprocess, assembly: kind === 'asm' }));
  o.onDependencies?.(result.dependencies);
  if (o.warnings && o.onWarning) result.warnings.forEach(o.onWarning);
  return result;
}
