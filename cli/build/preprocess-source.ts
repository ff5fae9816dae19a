/**
 * The preprocessing phase with the options of a compile: its warnings (#warning, macro
 * redefinitions) go where the compiler's go, and the files it read to -MD. Apart from
 * phases.ts so that `tcc-lite cc -E` runs it without loading the C compiler.
 */
import { preprocess } from '../../compiler/cpp/index.js';
import type { SourceOptions } from './phases.js';

export function preprocessSource(path: string, kind: 'c' | 'asm', o: SourceOptions): string {
  const result = preprocess(path, { ...o.preprocess, assembly: kind === 'asm' });
  o.onDependencies?.(result.dependencies);
  if (o.warnings && o.onWarning) result.warnings.forEach(o.onWarning);
  return result.text;
}
