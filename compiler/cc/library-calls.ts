/**
 * Warnings about calls of C library functions, from what gcc knows of them: printf's and
 * scanf's formats against their arguments (format-check.ts), and memset's arguments:
 *
 *   memset(p, sizeof p, 0);   'memset' used with constant zero length parameter; this could
 *                             be due to transposed parameters [-Wmemset-transposed-args]
 */
import type { IToken } from './chevrotain.js';
import type { Node } from './ast.js';
import { checkFormatCall } from './format-check.js';
import { isWarningOn, warnAt } from './report.js';

/** A call of the function `fn` names, with its arguments as written and as converted for it. */
export function checkLibraryCall(fn: Node, written: readonly Node[], converted: Node[], tok: IToken): void {
  const callee = fn.obj!;
  if (callee.name === 'memset' && !callee.isStatic && written.length === 3) checkMemsetLength(fn, written);
  checkFormatCall(callee, converted, tok);
}

/** A length of 0 written as such, where the value is not: the two were most likely swapped. */
function checkMemsetLength(fn: Node, args: readonly Node[]): void {
  if (isWarningOn('memset-transposed-args') && isLiteralZero(args[2]) && !isLiteralZero(args[1])) {
    warnAt(fn.tok, "'memset' used with constant zero length parameter; this could be due to transposed parameters [-Wmemset-transposed-args]");
  }
}

/** An argument written as a lone zero number or character (gcc looks at the tokens: `0`, `0L`, '\0'; not `(0)` nor `0 + 0`). */
function isLiteralZero(n: Node): boolean {
  return n.kind === 'num' && n.val === 0n && /^([0-9]|(u8|u|U|L)?')/.test(n.tok.image) && !n.grouped && n.foldedFrom === undefined;
}
