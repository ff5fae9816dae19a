/**
 * Error and warning reporting for one compilation. compileC is synchronous, so the
 * location mapper of the file being compiled can live here for the duration of a call.
 */
import type { IToken } from './chevrotain.js';
import { CompileError, type Diagnostic, type SourceLocation } from '../diagnostics.js';
import type { SourceMapper } from './lexer.js';

let mapper: SourceMapper | undefined;
let warnings: Diagnostic[] = [];
let warningsEnabled = true;

export function beginReport(m: SourceMapper, enableWarnings: boolean): void {
  mapper = m;
  warnings = [];
  warningsEnabled = enableWarnings;
}

export function endReport(): Diagnostic[] {
  mapper = undefined;
  return warnings;
}

export function locationOf(tok: IToken): SourceLocation {
  if (!mapper) return { file: '<unknown>', line: tok.startLine ?? 0, col: tok.startColumn ?? 0 };
  return mapper.locateToken(tok);
}

export function errorAt(tok: IToken, message: string): never {
  throw new CompileError(message, locationOf(tok));
}

export function warnAt(tok: IToken, message: string): void {
  if (!warningsEnabled) return;
  warnings.push({ severity: 'warning', message, loc: locationOf(tok) });
}
