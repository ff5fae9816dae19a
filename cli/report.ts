/**
 * Turns an exception into what the user sees. Mistakes in their input (CompileError) are
 * printed gcc-style with the source line and a caret; anything else is our bug, reported
 * as such with a hint, and the stack only when TCC_LITE_DEBUG is set.
 */
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { CompileError, formatDiagnostic, type Diagnostic } from '../compiler/diagnostics.js';
import { UsageError } from './usage-error.js';

interface SourceLines {
  mtimeMs: number;
  size: number;
  lines: string[];
}

/**
 * Files' lines, read once for all their diagnostics. Keyed by absolute path and checked
 * against the file's mtime and size: a warm server (cli/server/) reports on command after
 * command, in other directories and after the user's edits.
 */
const fileCache = new Map<string, SourceLines>();
/** Sources that are not files (standard input). */
const remembered = new Map<string, string[]>();

export function readSourceLine(file: string, line: number): string | undefined {
  const kept = remembered.get(file);
  if (kept !== undefined) return kept[line - 1];
  const path = resolve(file);
  try {
    const st = statSync(path);
    let cached = fileCache.get(path);
    if (cached === undefined || cached.mtimeMs !== st.mtimeMs || cached.size !== st.size) {
      cached = { mtimeMs: st.mtimeMs, size: st.size, lines: readFileSync(path, 'utf8').split('\n') };
      fileCache.set(path, cached);
    }
    return cached.lines[line - 1];
  } catch {
    return undefined; // a file that is gone: the diagnostic without its line
  }
}

/** A source that is not a file (standard input), for the lines under its diagnostics. */
export function rememberSource(file: string, text: string): void {
  remembered.set(file, text.split('\n'));
}

/** strerror's words for the errors file operations meet. */
const ERRNO_TEXT: Record<string, string> = {
  ENOENT: 'No such file or directory', EACCES: 'Permission denied', EPERM: 'Operation not permitted',
  EISDIR: 'Is a directory', ENOTDIR: 'Not a directory', EEXIST: 'File exists', ENOSPC: 'No space left on device',
  EROFS: 'Read-only file system', EMFILE: 'Too many open files', ENAMETOOLONG: 'File name too long', ELOOP: 'Too many levels of symbolic links',
};

/** The file and function of the last diagnostic printed ('' at a command's start). */
let lastContext = '';
/** The place of the last diagnostic printed ('' at a command's start). */
let lastPlace = '';

/** A command starts (a warm server runs many): its first diagnostic in a function names it again. */
export function resetDiagnosticContext(): void {
  lastContext = '';
  lastPlace = '';
}

/**
 * gcc's line before the first diagnostic of a function, `f.c: In function 'main':`, and
 * `f.c: At top level:` before one outside after those; '' when the place did not change.
 */
function functionContext(d: Diagnostic): string {
  if (d.inFunction === undefined || d.loc === undefined) return '';
  const context = `${d.loc.file}\0${d.inFunction ?? ''}`;
  if (context === lastContext) return '';
  const first = lastContext === '';
  lastContext = context;
  if (d.inFunction !== null) return `${d.loc.file}: In function '${d.inFunction}':\n`;
  return first ? '' : `${d.loc.file}: At top level:\n`;
}

/**
 * Prints a diagnostic as gcc does: its function's line if it is the first there, the
 * message, the source line and a caret — but not the line again for a diagnostic at the
 * place of the one before (a note on a warning).
 */
export function printDiagnostic(d: Diagnostic): void {
  const place = d.loc ? `${d.loc.file}:${d.loc.line}:${d.loc.col}` : '';
  const samePlace = place !== '' && place === lastPlace;
  lastPlace = place;
  process.stderr.write(functionContext(d) + formatDiagnostic(d, readSourceLine, !samePlace));
}

export function reportFailure(e: unknown): number {
  if (e instanceof CompileError) {
    if (!e.printed) [e.diagnostic, ...e.followingNotes, ...e.laterDiagnostics].forEach(printDiagnostic);
    if (e.diagnostic.severity === 'fatal error') process.stderr.write('compilation terminated.\n');
    return 1;
  }
  if (e instanceof UsageError) {
    process.stderr.write(`tcc-lite: error: ${e.message}\n`);
    return 2;
  }
  const err = e instanceof Error ? e : new Error(String(e));
  const fsError = err as NodeJS.ErrnoException;
  // A file the user named (or a directory we write to) could not be read or written:
  // their environment, not our bug. Said as a C tool says it.
  if (fsError.code !== undefined && fsError.path !== undefined) {
    const reason = ERRNO_TEXT[fsError.code] ?? fsError.code;
    process.stderr.write(`tcc-lite: error: cannot ${fsError.syscall === 'open' || fsError.syscall === 'read' ? 'open' : fsError.syscall ?? 'use'} '${fsError.path}': ${reason}\n`);
    return 1;
  }
  process.stderr.write(`tcc-lite: internal error: ${err.message}\n`);
  if (process.env.TCC_LITE_DEBUG) process.stderr.write(`${err.stack}\n`);
  else process.stderr.write('(this is a bug in tcc-lite; run with TCC_LITE_DEBUG=1 for details)\n');
  return 70;
}
