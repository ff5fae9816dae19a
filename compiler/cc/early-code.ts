/**
 * Code generation as soon as each function's body is parsed, so that its AST dies young
 * instead of living (and being copied by every scavenge) until the end of the file.
 *
 * What the end of the file decides stays decided there (generateProgram): which functions
 * are emitted at all (a static function referenced later, inline.ts's rules, aliases), and
 * everything later declarations may add to a function's header (section, linkage,
 * visibility, constructor lists) — FunctionCode leaves those lines out. What the early code
 * cannot know is its numbers: the `.L` labels and `.L.return.N` count the functions emitted
 * before it, in the order of the globals. It is generated with the numbers it would have if
 * every function so far were emitted in definition order; when the end shows otherwise (a
 * dead static function, a body defined after a later one's prototype), its lines get the
 * right numbers then (renumbered). A function whose code could change with later
 * declarations, or whose text holds numbers that are no `.L` labels, is not generated early
 * (ast.ts, blockEarlyCode): its AST is kept and generateProgram generates it as before.
 *
 * Diagnostics keep their order: warnings of early code are held and reported when the
 * function is placed; if generating early throws, the function is generated again at the
 * end (where the error is thrown in its place, if the function is emitted at all), and the
 * rest of the file is generated at the end too.
 */
import type { Diagnostic } from '../diagnostics.js';
import { earlyCodeBlockers, type Obj } from './ast.js';
import { Gen, type GenOptions } from './codegen-state.js';
import { generateFunctionCode, type FunctionCode } from './codegen.js';
import { holdWarnings, reportHeldWarnings } from './report.js';

interface EarlyFunction {
  code: FunctionCode;
  warnings: Diagnostic[];
}

/** The labels a function's lines may name: its own `.L<seq>` and `.L.return.<index>`. */
const LABEL = /(?<![\w.$])\.L(?:(\d+)|\.return\.(\d+))(?![\w$])/g;

export class EarlyCode {
  // Its numbers are the speculative ones; generateProgram's Gen has the real ones.
  private readonly gen: Gen;
  private readonly made = new Map<Obj, EarlyFunction>();
  private blockersSeen = earlyCodeBlockers;
  private stopped = false;

  constructor(opts: GenOptions) {
    this.gen = new Gen(opts);
  }

  /** A top-level function's body has just been parsed and checked (declare.ts endFunction). */
  functionDefined(fn: Obj): void {
    // Counted since the previous top-level function ended, so the parameters are covered.
    const blocked = earlyCodeBlockers !== this.blockersSeen;
    this.blockersSeen = earlyCodeBlockers;
    // A GNU89 `extern inline` body replaced by a later definition: the old code must go.
    this.made.delete(fn);
    if (blocked || this.stopped) return;
    const localsBefore = fn.locals.length;
    const release = holdWarnings();
    let code: FunctionCode;
    try {
      code = generateFunctionCode(this.gen, fn);
    } catch {
      release();
      // The hidden locals it added would be added again.
      fn.locals.length = localsBefore;
      // The generator's state is unknown after a throw: everything else waits for the end.
      this.stopped = true;
      return;
    }
    // Each part as one string: its hundreds of line strings then die young too, instead of
    // being copied by every scavenge until the end (the assembler reads a chunk line by line).
    code.params = joined(code.params);
    code.body = joined(code.body);
    code.exit = joined(code.exit);
    this.made.set(fn, { code, warnings: release() });
    // The code is all generateProgram needs now: let the statements and the locals go (the
    // body stays a block, so `fn.body` still says the function is defined).
    fn.body!.body = [];
    fn.locals = [];
  }

  /**
   * The function's early code, as generateProgram places it with g's numbers (which it
   * advances, as generating it would), or undefined if it was not generated early.
   */
  take(g: Gen, fn: Obj): FunctionCode | undefined {
    const early = this.made.get(fn);
    if (!early) return undefined;
    reportHeldWarnings(early.warnings);
    g.fnIndex++;
    const code = renumbered(early.code, g.labelSeq, g.fnIndex);
    g.labelSeq = code.endLabel;
    return code;
  }
}

function joined(lines: string[]): string[] {
  return lines.length > 1 ? [lines.join('\n')] : lines;
}

/** The code with its labels numbered from firstLabel and its index fnIndex. */
function renumbered(code: FunctionCode, firstLabel: number, fnIndex: number): FunctionCode {
  if (code.firstLabel === firstLabel && code.fnIndex === fnIndex) return code;
  const shift = firstLabel - code.firstLabel;
  const renumber = (text: string, seq: string | undefined, index: string | undefined): string => {
    if (seq !== undefined) {
      const n = Number(seq);
      return n >= code.firstLabel && n < code.endLabel ? `.L${n + shift}` : text;
    }
    return Number(index) === code.fnIndex ? `.L.return.${fnIndex}` : text;
  };
  const lines = (list: string[]): string[] => list.map((l) => (l.includes('.L') ? l.replace(LABEL, renumber) : l));
  return {
    ...code,
    params: lines(code.params),
    body: lines(code.body),
    exit: lines(code.exit),
    firstLabel,
    endLabel: code.endLabel + shift,
    fnIndex,
  };
}
