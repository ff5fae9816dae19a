/**
 * #pragma GCC diagnostic: `push`, `pop`, and `ignored`, `warning` or `error` "-Wname",
 * which change how the warnings named -Wname are given from the pragma's place on:
 *
 *   #pragma GCC diagnostic push
 *   #pragma GCC diagnostic ignored "-Wunused-variable"
 *   ...                                  (no unused-variable warning here)
 *   #pragma GCC diagnostic pop
 *
 * As in gcc, a warning's place decides, not when it is found (a function's unused
 * variables are found at its end). `warning` and `error` also turn on a warning the
 * command line left off, from the pragma on; `error` makes it an error
 * ("[-Werror=unused-variable]"), and the compile then fails. A group (-Wall, -Wunused) in
 * an `ignored` pragma silences nothing, as in gcc 12; groups are not followed here.
 */
import type { IToken } from './chevrotain.js';
import { isPragmaName, pragmaTokens, type PragmaToken } from './pragma.js';
import { OPTIONAL_WARNINGS, warnAt, type OptionalWarning } from './report.js';

export type Classification = 'ignored' | 'warning' | 'error';

type Change =
  | { offset: number; kind: 'push' }
  | { offset: number; kind: 'pop' }
  | { offset: number; kind: 'set'; option: string; as: Classification };

const KINDS = new Set(['ignored', 'warning', 'error']);
/** The other words gcc takes after `#pragma GCC diagnostic`. */
const OTHER_WORDS = new Set(['push', 'pop', 'ignored_attributes']);

/** The tokens after `#pragma GCC diagnostic` when the directive is one, else undefined. */
function diagnosticPragma(d: IToken): PragmaToken[] | undefined {
  if (!/^#\s*pragma\s+GCC\s+diagnostic\b/.test(d.image)) return undefined;
  return pragmaTokens(d.image, d.image.indexOf('diagnostic') + 'diagnostic'.length);
}

/** The option a kind names (`"-Wformat"` → format), when it is well formed. */
function optionOf(toks: PragmaToken[]): string | undefined {
  const m = /^"-W([\w+-]+)(?:=[^"]*)?"$/.exec(toks[1]?.text ?? '');
  return m?.[1];
}

export class DiagnosticPragmas {
  /** The options some pragma names, to look a warning up only when it can have changed. */
  private readonly named = new Set<string>();
  /** Options the command line left off and a pragma turns on: before it they stay off. */
  private readonly offUntilPragma = new Set<string>();

  private constructor(private readonly changes: readonly Change[]) {
    for (const c of changes) if (c.kind === 'set') this.named.add(c.option);
  }

  /** The unit's pragmas, or undefined when it has none. */
  static of(directives: readonly IToken[]): DiagnosticPragmas | undefined {
    const changes: Change[] = [];
    for (const d of directives) {
      const toks = diagnosticPragma(d);
      const kind = toks?.[0]?.text;
      if (kind === 'push' || kind === 'pop') changes.push({ offset: d.startOffset, kind });
      else if (kind !== undefined && KINDS.has(kind)) {
        const option = optionOf(toks!);
        if (option !== undefined) changes.push({ offset: d.startOffset, kind: 'set', option, as: kind as Classification });
      }
    }
    return changes.length === 0 ? undefined : new DiagnosticPragmas(changes);
  }

  /**
   * The warnings a `warning` or `error` pragma turns on, among those `enabled` by the
   * command line: they are added to it, and are off before their pragma.
   */
  turnOn(enabled: Set<OptionalWarning>): void {
    for (const c of this.changes) {
      if (c.kind !== 'set' || c.as === 'ignored') continue;
      const w = OPTIONAL_WARNINGS.find((o) => o === c.option);
      if (w === undefined || enabled.has(w)) continue;
      enabled.add(w);
      this.offUntilPragma.add(w);
    }
  }

  /** How the warning `message` (its option in its last `[-W...]`) at `offset` is given; undefined: as the command line says. */
  classify(message: string, offset: number): Classification | undefined {
    const m = /\[-W([\w+-]+)=?[^\]]*\]$/.exec(message);
    if (m === null || !this.named.has(m[1])) return undefined;
    const option = m[1];
    let as: Classification | undefined = this.offUntilPragma.has(option) ? 'ignored' : undefined;
    const saved: (Classification | undefined)[] = [];
    for (const c of this.changes) {
      if (c.offset >= offset) break;
      if (c.kind === 'push') saved.push(as);
      else if (c.kind === 'pop') as = saved.length > 0 ? saved.pop() : as;
      else if (c.option === option) as = c.as;
    }
    return as;
  }
}

/** gcc's -Wpragmas warnings for a malformed `#pragma GCC diagnostic`, as the parser reaches it. */
export function checkDiagnosticPragma(d: IToken, at: (t: PragmaToken) => IToken): void {
  const toks = diagnosticPragma(d)!;
  const kind = toks[0];
  if (kind === undefined || !isPragmaName(kind) || !(KINDS.has(kind.text) || OTHER_WORDS.has(kind.text))) {
    const where = kind ?? { text: '', at: d.image.length };
    warnAt(at(where), "expected 'error', 'warning', 'ignored', 'push', 'pop', 'ignored_attributes' after '#pragma GCC diagnostic' [-Wpragmas]");
    return;
  }
  if (!KINDS.has(kind.text)) return;
  const option = toks[1];
  if (option === undefined) {
    warnAt(at({ text: '', at: d.image.length }), "missing option after '#pragma GCC diagnostic' kind [-Wpragmas]");
  } else if (!/^"-W/.test(option.text)) {
    // (An option gcc has and tcc-lite does not is not unknown: only a string that is no -W option is.)
    warnAt(at(option), "unknown option after '#pragma GCC diagnostic' kind [-Wpragmas]");
  }
}

/** Whether a directive is a `#pragma GCC diagnostic` (pragma-report.ts checks it as the parser reaches it). */
export function isDiagnosticPragma(d: IToken): boolean {
  return diagnosticPragma(d) !== undefined;
}
