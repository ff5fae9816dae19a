/** The CompileError an assembly text raises (a test helper; any other exception is rethrown). */
import { assemble } from '../../compiler/asm/index.js';
import { CompileError } from '../../compiler/diagnostics.js';

export function asmErrorOf(text: string): CompileError {
  try {
    assemble(text, { fileName: 'bad.s' });
  } catch (e) {
    if (e instanceof CompileError) return e;
    throw e;
  }
  throw new Error('no error');
}
