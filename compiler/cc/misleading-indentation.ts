/**
 * -Wmisleading-indentation (-Wall): a statement indented as if an unbraced if, else, for
 * or while guarded it, which it does not (Apple's "goto fail"):
 *
 *   if (x)                 this 'if' clause does not guard...
 *     a();
 *     b();                 ...this statement, but the latter is misleadingly indented as if
 *                          it were guarded by the 'if'
 *
 * The rules are gcc's (c-family/c-indentation.cc), from three tokens: the guard keyword,
 * the first token of its body and the token after the body. Indentation is read from the
 * source file's own lines, a tab advancing to the next multiple of 8; a file that cannot be
 * read gets no warning, as in gcc.
 */
import { readFileSync } from 'node:fs';
import type { IToken } from './chevrotain.js';
import { compileNumber, isWarningOn, locationOf, noteAt, warnAt } from './report.js';

const TAB_WIDTH = 8;

/** Checks the body of `guard` (its keyword) that started at `body`; `next` is the token after it. */
export function warnMisleadingIndentation(guard: IToken, body: IToken, next: IToken): void {
  if (!isWarningOn('misleading-indentation') || !shouldWarn(guard, body, next)) return;
  warnAt(guard, `this '${guard.image}' clause does not guard... [-Wmisleading-indentation]`);
  noteAt(next, `...this statement, but the latter is misleadingly indented as if it were guarded by the '${guard.image}'`);
}

function shouldWarn(guardTok: IToken, bodyTok: IToken, nextTok: IToken): boolean {
  // A `}` or `else` next leaves no doubt about the control flow, nor does a braced body; a
  // stray `;` next is not this warning's business.
  if (nextTok.image === '}' || nextTok.image === 'else' || bodyTok.image === '{' || nextTok.image === ';') return false;
  const guard = locationOf(guardTok), body = locationOf(bodyTok), next = locationOf(nextTok);
  if (guard.col === 0 || body.col === 0 || next.col === 0) return false;
  if (same(guard, body) || same(body, next) || next.file !== body.file) return false;
  const bodyIsEmpty = bodyTok.image === ';';

  if (next.line === body.line) {
    // `if (x)\n  a(); b();` and `if (x) a(); b();` with the guard first on its line.
    if (guard.file !== body.file || guard.line < body.line) return true;
    if (guard.line === body.line) {
      const g = visualColumn(guard);
      return g !== undefined && g.column === g.firstNonSpace;
    }
  }
  if (next.line <= body.line) return false;
  const n = visualColumn(next), b = visualColumn(body), g = visualColumn(guard);
  if (n === undefined || b === undefined || g === undefined) return false;
  // Something before the next statement on its line (an empty macro, say): not aligned.
  if (n.firstNonSpace < n.column) return false;
  const aligned = bodyIsEmpty
    // A `;` body after a comment: the body line's first character counts.
    ? body.line > guard.line && b.firstNonSpace !== b.column && n.column > g.firstNonSpace
    : n.column === b.column;
  if (aligned) {
    // Aligned with the guard itself (unindented, generated code), or not indented past the
    // guard's line (`} else` at the start of a line counts from the line's start).
    const guardColumn = guardTok.image === 'else' ? g.firstNonSpace : g.column;
    if (guardColumn === b.column || b.column <= g.firstNonSpace) return false;
    return !unindentBetween(body.file, body.line, next.line, Math.min(n.column, b.column));
  }
  // `if (x);` then an indented statement: the `;` is most likely a slip.
  return bodyIsEmpty && body.line === guard.line
    && (n.column > g.firstNonSpace || (nextTok.image === '{' && n.column === g.firstNonSpace));
}

interface Place {
  file: string;
  line: number;
  col: number;
}

function same(a: Place, b: Place): boolean {
  return a.file === b.file && a.line === b.line && a.col === b.col;
}

/** A place's 0-based visual column and that of its line's first non-blank character (up to it). */
function visualColumn(at: Place): { column: number; firstNonSpace: number } | undefined {
  const line = sourceLine(at.file, at.line);
  if (line === undefined || at.col > line.length) return undefined;
  let column = 0;
  let firstNonSpace: number | undefined;
  for (let i = 0; i < at.col - 1; i++) {
    const c = line[i];
    if (firstNonSpace === undefined && !isSpace(c)) firstNonSpace = column;
    column = c === '\t' ? nextTabStop(column) : column + 1;
  }
  return { column, firstNonSpace: firstNonSpace ?? column };
}

/** A line between the two (a preprocessor directive, say) that starts left of `column`. */
function unindentBetween(file: string, from: number, to: number, column: number): boolean {
  for (let l = from + 1; l < to; l++) {
    const line = sourceLine(file, l);
    if (line === undefined) continue;
    let visual = 0;
    // (gcc's scan stops before a line's last character.)
    for (let i = 0; i + 1 < line.length; i++) {
      if (!isSpace(line[i])) {
        if (visual < column) return true;
        break;
      }
      visual = line[i] === '\t' ? nextTabStop(visual) : visual + 1;
    }
  }
  return false;
}

function nextTabStop(column: number): number {
  return Math.floor((column + TAB_WIDTH) / TAB_WIDTH) * TAB_WIDTH;
}

function isSpace(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f' || c === '\v';
}

/** The source files' lines, read once each in a compile (null: unreadable). */
let files = new Map<string, string[] | null>();
let filesOfCompile = -1;

function sourceLine(file: string, line: number): string | undefined {
  if (filesOfCompile !== compileNumber()) {
    files = new Map();
    filesOfCompile = compileNumber();
  }
  let lines = files.get(file);
  if (lines === undefined) {
    try {
      lines = readFileSync(file, 'utf8').split('\n');
    } catch {
      lines = null;
    }
    files.set(file, lines);
  }
  return lines?.[line - 1];
}
