/** The message of the CompileError a C text raises, or 'no error' (a test helper). */
import { CompileError } from '../../compiler/diagnostics.js';
import { compileC } from '../../compiler/cc/index.js';

export function compileErrorOf(src: string): string {
  try {
    compileC(src, { fileName: 't.c', codeModel: 'small' });
  } catch (e) {
    if (e instanceof CompileError) return e.message;
    throw e;
  }
  return 'no error';
}
