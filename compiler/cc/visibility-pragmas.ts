/**
 * `#pragma GCC visibility push(V)` … `#pragma GCC visibility pop`: the ELF visibility of
 * every function and object with external linkage declared in between, definitions and
 * `extern` declarations alike, unless an attribute names another (declare.ts), as gcc
 * gives it. Pushes nest. A malformed line gets gcc's -Wpragmas warnings when the parser
 * reaches it (pragma-report.ts) and does what gcc's handle_pragma_visibility does with it:
 * an unknown visibility pushes the one in force, a missing `)` is noticed after the push.
 */
import type { IToken } from './chevrotain.js';
import { VISIBILITIES } from './pic.js';
import { inForceAt, isPragmaName, pragmaTokens, type PragmaToken } from './pragma.js';

/** One of gcc's -Wpragmas warnings for a line: its place in the line and its words. */
export interface PragmaProblem {
  at: PragmaToken;
  message: string;
}

export class VisibilityPragmas {
  // The visibility in force from each pragma on (undefined: none pushed), in source order.
  private readonly changes: { offset: number; visibility: string | undefined }[] = [];
  readonly problems = new Map<IToken, PragmaProblem[]>();

  private constructor(directives: readonly IToken[]) {
    const stack: (string | undefined)[] = [];
    for (const d of directives) {
      const toks = pragmaTokens(d.image, d.image.indexOf('pragma') + 'pragma'.length);
      if (toks[0]?.text !== 'GCC' || toks[1]?.text !== 'visibility') continue;
      const problems: PragmaProblem[] = [];
      const problem = (message: string): void => void problems.push({ at: toks[0], message: `${message} [-Wpragmas]` });
      const changed = (): void => void this.changes.push({ offset: d.startOffset, visibility: stack[stack.length - 1] });
      let end = 3;
      if (toks[2]?.text === 'pop') {
        if (stack.length === 0) problem("no matching push for '#pragma GCC visibility pop'");
        stack.pop();
        changed();
      } else if (toks[2]?.text !== 'push') {
        problem("'#pragma GCC visibility' must be followed by 'push' or 'pop'");
      } else if (toks[3]?.text !== '(') {
        problem("missing '(' after '#pragma GCC visibility push' - ignored");
      } else if (!isPragmaName(toks[4])) {
        problem("malformed '#pragma GCC visibility push'");
      } else {
        const known = VISIBILITIES.includes(toks[4].text);
        if (!known) problem("'#pragma GCC visibility push()' must specify 'default', 'internal', 'hidden' or 'protected'");
        stack.push(known ? toks[4].text : stack[stack.length - 1]);
        changed();
        end = 6;
        if (toks[5]?.text !== ')') problem("missing '(' after '#pragma GCC visibility push' - ignored");
      }
      if (problems.length === 0 && toks.length > end) problem("junk at end of '#pragma GCC visibility'");
      if (problems.length > 0) this.problems.set(d, problems);
    }
  }

  /** The unit's visibility pragmas, or undefined when it has none. */
  static of(directives: readonly IToken[]): VisibilityPragmas | undefined {
    const v = new VisibilityPragmas(directives);
    return v.changes.length === 0 && v.problems.size === 0 ? undefined : v;
  }

  /** The visibility pushed where source offset `offset` is, if any. */
  at(offset: number): string | undefined {
    return inForceAt(this.changes, offset)?.visibility;
  }
}
