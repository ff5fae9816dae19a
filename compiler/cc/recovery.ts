/**
 * Going on after an error, so that one compile shows the mistakes of several functions, as
 * gcc does (a student's file with three slips should not take three compiles to mend).
 *
 * The rule is deliberately narrow: after an error inside a top-level function's body, the
 * rest of that body is skipped (to the `}` that closes it, matched token by token) and
 * parsing goes on with the next declaration at file scope (when that `}` is where a
 * function's last brace goes). The function itself was declared before its body began, so
 * later calls to it see what gcc's would, and nothing later can depend on the skipped
 * statements: the errors that follow are ones gcc gives too. An error anywhere else — at
 * file scope, in a nested function, or a body whose braces never close — ends the compile,
 * as before. gcc also goes on inside the function; we show the first error of each function
 * only, never a cascade of our own making.
 *
 * The errors are recorded among the unit's warnings (report.ts recordError), and the compile
 * fails with all of them after the parse (unitFailure). No code is generated from then on.
 */
import { CompileError } from '../diagnostics.js';
import type { IRecognitionException } from './chevrotain.js';
import { P } from './lexer.js';
import type { CParserBase } from './parser-base.js';
import { recordError } from './report.js';

/** The parser as recovery sees it: its top rule and the recognition errors that rule collects. */
interface UnitParser extends CParserBase {
  translationUnit(): void;
  errors: IRecognitionException[];
}

/**
 * Parses the whole unit. `syntaxError` turns chevrotain's recognition error (which ends its
 * top rule) into our CompileError; an error that cannot be gone on after is thrown.
 */
export function parseWithRecovery(p: UnitParser, syntaxError: (e: IRecognitionException) => never, startsLine: (offset: number) => boolean): void {
  for (;;) {
    try {
      p.translationUnit();
      const first = p.errors[0];
      if (first === undefined) return;
      p.errors = [];
      syntaxError(first);
    } catch (e) {
      if (!(e instanceof CompileError)) throw e;
      const resume = afterFunctionBody(p, startsLine);
      if (resume < 0) throw e;
      recordError(e);
      // chevrotain's top rule, left by the exception, found input it did not parse: that
      // says nothing about the input.
      p.errors = [];
      // Nothing will be generated now: no function needs its code made early.
      p.earlyCode = undefined;
      p.abandonFunction();
      p.resumeAt(resume);
    }
  }
}

/**
 * The token after the `}` closing the top-level function body being parsed; -1 if there is
 * none. The braces are counted, but a slip may have added or removed one: the `}` found
 * must also look like a function's end, at the start of its line (or a one-line function's,
 * with the next declaration at the start of the next), and no other `}` at the start of a
 * line on the way, or the skip would land inside a function and give errors gcc never gives.
 */
function afterFunctionBody(p: CParserBase, startsLine: (offset: number) => boolean): number {
  if (p.fn === undefined || p.fn.nesting !== undefined || p.bodyStart < 0) return -1;
  const open = P['{'];
  const close = P['}'];
  if (p.tokenAt(p.bodyStart).tokenType !== open) return -1;
  let depth = 0;
  for (let i = p.bodyStart; i < p.tokenCount; i++) {
    const tok = p.tokenAt(i);
    if (tok.tokenType === open) depth++;
    else if (tok.tokenType === close) {
      depth--;
      const lineStart = startsLine(tok.startOffset);
      // (A one-line function's `}` ends its line: the next declaration starts the next one.)
      if (depth === 0) return lineStart || i + 1 >= p.tokenCount || startsLine(p.tokenAt(i + 1).startOffset) ? i + 1 : -1;
      if (lineStart) return -1;
    }
  }
  return -1;
}
