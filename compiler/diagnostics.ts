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
  col: number; // 1-based, in characters (formatDiagnostic prints gcc's display column); 0 means "whole line" (no caret)
}

/** 'fatal error': an error after which gcc stops at once (an #include not found), saying "compilation terminated.". */
export type Severity = 'error' | 'fatal error' | 'warning' | 'note';

export interface Diagnostic {
  severity: Severity;
  message: string;
  loc?: SourceLocation;
  /** The function it was found in (gcc's "In function 'f':"); null: outside any; undefined: not known. */
  inFunction?: string | null;
  /** A line gcc's fix-it would insert before loc's line (`#include <stdlib.h>`), shown in place of the caret. */
  insertion?: string;
  /** Made a warning or an error by `#pragma GCC diagnostic`: -Werror leaves it as it is. */
  classified?: boolean;
}

export class CompileError extends Error {
  readonly diagnostic: Diagnostic;
  /** The warnings given before the error, which gcc prints before it too. */
  precedingWarnings: Diagnostic[] = [];
  /** gcc's notes on the error (where a parameter was declared), printed after it. */
  followingNotes: Diagnostic[] = [];
  /**
   * What the compile reported after this error and its notes, in order: the C compiler goes
   * on after an error in a function body, as gcc does, so more errors (with their notes) and
   * warnings may follow the first.
   */
  laterDiagnostics: Diagnostic[] = [];
  /** The driver has printed the error and all that came with it (the CLI's warning printer did). */
  printed = false;
  constructor(message: string, loc?: SourceLocation, severity: 'error' | 'fatal error' = 'error') {
    super(loc ? `${loc.file}:${loc.line}:${loc.col}: ${severity}: ${message}` : `${severity}: ${message}`);
    this.name = 'CompileError';
    this.diagnostic = { severity, message, loc };
  }
}

/** Reads the text of a source line for the caret display; undefined when unknown. */
export type SourceLineReader = (file: string, line: number) => string | undefined;

/** gcc's tab stops in diagnostics (-ftabstop's default). */
const TAB_STOP = 8;

/**
 * A line with its tabs expanded, and the display column of character column `col` in it:
 * gcc prints columns as a terminal shows them (-fdiagnostics-column-unit=display), so
 * `\treturn x;` has `return` at column 9, and prints the line with spaces for its tabs.
 */
function displayed(text: string, col: number): { text: string; col: number } {
  let out = '';
  let displayCol = col;
  for (let i = 0; i < text.length; i++) {
    if (i === col - 1) displayCol = out.length + 1;
    out += text[i] === '\t' ? ' '.repeat(TAB_STOP - (out.length % TAB_STOP)) : text[i];
  }
  if (col - 1 >= text.length) displayCol = out.length + (col - text.length);
  return { text: out, col: displayCol };
}

/** A warning's message as an error (-Werror, or `#pragma GCC diagnostic error`): `[-Wformat=]` becomes `[-Werror=format=]`. */
export function werrorMessage(message: string): string {
  const named = /\[-W([^\]\s]+)\]$/.exec(message);
  return named ? `${message.slice(0, named.index)}[-Werror=${named[1]}]` : `${message} [-Werror]`;
}

/**
 * Formats a diagnostic as gcc does: "file:line:col: severity: message", the line and a
 * caret. With the line at hand the column is gcc's display column (see displayed); the
 * Diagnostic itself keeps the character column. `showSource` false: the first line only
 * (gcc shows a place's source once for a warning and the notes on it).
 */
export function formatDiagnostic(d: Diagnostic, readLine?: SourceLineReader, showSource = true): string {
  if (!d.loc) return `tcc-lite: ${d.severity}: ${d.message}\n`;
  const { file, line } = d.loc;
  const source = readLine?.(file, line);
  const shown = source !== undefined ? displayed(source, d.loc.col) : undefined;
  const col = d.loc.col > 0 && shown ? shown.col : d.loc.col;
  let out = col > 0 ? `${file}:${line}:${col}: ${d.severity}: ${d.message}\n` : `${file}:${line}: ${d.severity}: ${d.message}\n`;
  if (!showSource) return out;
  if (shown !== undefined && d.insertion !== undefined) return out + insertionDisplay(d.insertion, line, shown.text, readLine!(file, line - 1));
  if (shown !== undefined) {
    const gutter = String(line).padStart(5);
    out += `${gutter} | ${shown.text}\n`;
    // A place without a column (a whole line) gets an empty marker line, as in gcc.
    out += col > 0 ? `${' '.repeat(gutter.length)} | ${' '.repeat(col - 1)}^\n` : `${' '.repeat(gutter.length)} | \n`;
  }
  return out;
}

/** gcc's display of a line to insert: the lines around the place, the new one marked `+++`. */
function insertionDisplay(insertion: string, line: number, text: string, before: string | undefined): string {
  let out = '';
  if (line > 1 && before !== undefined) out += `${String(line - 1).padStart(5)} | ${displayed(before, 1).text}\n`;
  out += `  +++ |+${insertion}\n`;
  return out + `${String(line).padStart(5)} | ${text}\n`;
}
