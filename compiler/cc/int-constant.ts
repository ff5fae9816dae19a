/**
 * An integer constant token as an expression node: its value and type (literals.ts), the
 * warnings gcc gives about its size, and gcc's `__int128` for a decimal past LLONG_MAX.
 * Shared by the parser and by data tables' elements (data-run.ts), which must build the
 * same nodes.
 */
import type { IToken } from './chevrotain.js';
import type { Node } from './ast.js';
import { intLiteralError, parseIntLiteral } from './literals.js';
import { tyInt128 } from './int128.js';
import { errorAt, pedwarnAt, warnAt } from './report.js';
import { castNode, numNode } from './typecheck.js';

/** The node of integer constant `image` (the token's image, or it without a GNU `i` suffix). */
export function intConstantNode(t: IToken, image: string): Node {
  const lit = parseIntLiteral(image);
  if (!lit) return errorAt(t, intLiteralError(image));
  if (lit.warning?.pedantic === true) pedwarnAt(t, lit.warning.message);
  else if (lit.warning) warnAt(t, lit.warning.message);
  const n = numNode(lit.value, t, lit.ty);
  return lit.int128 === true ? castNode(n, tyInt128) : n;
}
