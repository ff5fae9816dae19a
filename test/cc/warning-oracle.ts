/**
 * gcc as the oracle for warnings: the diagnostic lines of gcc and of `tcc-lite cc` on a
 * program of test/cc/warnings, compared line for line (file, line, column, message).
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { vi } from 'vitest';
import { cc } from '../../cli/commands/cc.js';
import { reportFailure } from '../../cli/report.js';
import { CompileError } from '../../compiler/diagnostics.js';

export const WARNINGS_DIR = join(import.meta.dirname, 'warnings');

/**
 * The `file:line:col: warning: ...` lines of a compiler's diagnostics (and its notes, if
 * asked), quotes made plain (gcc's are typographic).
 */
export function warningLines(text: string, notes = false): string[] {
  const kinds = notes ? /: (warning|error|note): / : /: (warning|error): /;
  return text.split('\n').filter((l) => kinds.test(l)).map((l) => l.replace(/[‘’]/g, "'"));
}

/** What gcc prints on stderr for `gcc ARGS` run in test/cc/warnings. */
export function gccStderr(args: string[]): string {
  return spawnSync('gcc', args, { encoding: 'utf8', cwd: WARNINGS_DIR }).stderr;
}

/** What `tcc-lite cc ARGS` prints on stderr, run in test/cc/warnings. */
export async function ourStderr(args: string[]): Promise<string> {
  let text = '';
  const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    text += String(chunk);
    return true;
  });
  const cwd = process.cwd();
  process.chdir(WARNINGS_DIR);
  try {
    await cc(args);
  } catch (e) {
    if (!(e instanceof CompileError)) throw e;
    // An error in the program is printed as the command prints it; -Werror's closing "all
    // warnings being treated as errors" has no place, and gcc's is no `error:` line.
    if (e.diagnostic.loc !== undefined) reportFailure(e);
  } finally {
    process.chdir(cwd);
    spy.mockRestore();
  }
  return text;
}
