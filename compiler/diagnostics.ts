/**
 * Diagnostics shared by every compiler phase (preprocessor, C compiler, assembler, linker).
 *
 * A phase that finds a mistake in the user's input throws a CompileError. The driver
 * catches it and prints it the way gcc does:
 *
 *   kernel/sys.c:12:5: error: expected ';' before '}'
 *      12 |   return 0
 *         |           ^
 *
 * Internal bugs are ordinary Errors; the driver reports those as "internal compiler error".
 */

export interface SourceLocation {
  file: string;
  line: number; // 1-based
  col: number; // 1-based; 0 means "whole line" (no caret)
}

export type Severity = 'error' | 'warning' | 'note';

export interface Diagnostic {
  severity: Severity;
  message: string;
  loc?: SourceLocation;
}

export class CompileError extends Error {
  readonly diagnostic: Diagnostic;
  /** The warnings given before the error, which gcc prints before it too. */
  precedingWarnings: Diagnostic[] = [];
  constructor(message: string, loc?: SourceLocation) {
    super(loc ? `${loc.file}:${loc.line}:${loc.col}: error: ${message}` : `error: ${message}`);
    this.name = 'CompileError';
    this.diagnostic = { severity: 'error', message, loc };
  }
}

/** Reads the text of a source line for the caret display; undefined when unknown. */
export type SourceLineReader = (file: string, line: number) => string | undefined;

/** Formats a diagnostic as gcc does: "file:line:col: severity: message", the line and a caret. */
export function formatDiagnostic(d: Diagnostic, readLine?: SourceLineReader): string {
  if (!d.loc) return `tcc-lite: ${d.severity}: ${d.message}\n`;
  const { file, line, col } = d.loc;
  let out = col > 0 ? `${file}:${line}:${col}: ${d.severity}: ${d.message}\n` : `${file}:${line}: ${d.severity}: ${d.message}\n`;
  const text = readLine?.(file, line);
  if (text !== undefined) {
    const gutter = String(line).padStart(5);
    out += `${gutter} | ${text}\n`;
    if (col > 0) {
      // Keep tabs so the caret lines up under the same column in a terminal.
      const pad = text.slice(0, col - 1).replace(/[^\t]/g, ' ');
      out += `${' '.repeat(gutter.length)} | ${pad}^\n`;
    }
  }
  return out;
}
