/**
 * What gcc says about pragmas themselves, as its parser reaches each one:
 *
 *   #pragma message "text"     note: '#pragma message: text'   (even under -w)
 *   #pragma omp parallel       warning: ignoring '#pragma omp parallel' [-Wunknown-pragmas]
 *
 * -Wunknown-pragmas (-Wall) names a pragma no part of gcc knows by its first token and the
 * identifier after it (OpenMP's and OpenACC's are unknown without -fopenmp/-fopenacc, which
 * tcc-lite does not have), at the line without a column, as gcc's cb_def_pragma. The
 * parser calls reach() before each declaration, block item and closing brace, so these
 * come among the other diagnostics in source order. A malformed `#pragma GCC diagnostic`
 * gets its -Wpragmas warning here too (diagnostic-pragmas.ts), as does a malformed
 * `#pragma GCC visibility` (visibility-pragmas.ts).
 */
import type { IToken } from './chevrotain.js';
import { decodeEscapes } from './literals.js';
import { isPragmaName, pragmaTokens, type PragmaToken } from './pragma.js';
import { checkDiagnosticPragma, isDiagnosticPragma } from './diagnostic-pragmas.js';
import type { VisibilityPragmas } from './visibility-pragmas.js';
import { informAt, isWarningOn, warnAt, warnAtLine } from './report.js';

/** Pragmas gcc's C front end or preprocessor handles, by first token; GCC and STDC ones by the second. */
const KNOWN = new Set(['pack', 'weak', 'redefine_extname', 'scalar_storage_order', 'message', 'push_macro', 'pop_macro', 'once']);
const KNOWN_GCC = new Set([
  'visibility', 'diagnostic', 'target', 'optimize', 'push_options', 'pop_options', 'reset_options', 'pch_preprocess',
  'unroll', 'ivdep', 'poison', 'system_header', 'dependency', 'warning', 'error',
]);
const KNOWN_STDC = new Set(['FLOAT_CONST_DECIMAL64']);

export class PragmaReport {
  private next = 0;

  private constructor(private readonly pragmas: readonly IToken[], private readonly visibility: VisibilityPragmas | undefined) {}

  /** The report for a unit's directive lines, or undefined when none of its pragmas gets a diagnostic. */
  static of(directives: readonly IToken[], visibility: VisibilityPragmas | undefined): PragmaReport | undefined {
    const unknownOn = isWarningOn('unknown-pragmas');
    const pragmas = directives.filter((d) => {
      const first = /^#\s*pragma\b\s*(\S*)/.exec(d.image);
      return first !== null && (unknownOn || first[1] === 'message' || first[1].startsWith('message(') || isDiagnosticPragma(d) || visibility?.problems.has(d) === true);
    });
    return pragmas.length === 0 ? undefined : new PragmaReport(pragmas, visibility);
  }

  /** Reports the pragmas before source offset `offset` not reported yet. */
  reach(offset: number): void {
    while (this.next < this.pragmas.length && this.pragmas[this.next].startOffset < offset) this.report(this.pragmas[this.next++]);
  }

  private report(d: IToken): void {
    const toks = pragmaTokens(d.image, d.image.indexOf('pragma') + 'pragma'.length);
    const at = (t: PragmaToken): IToken => ({ ...d, image: t.text, startOffset: d.startOffset + t.at });
    const [first, second] = toks;
    if (first?.text === 'message') {
      message(toks, at);
      return;
    }
    if (isDiagnosticPragma(d)) {
      checkDiagnosticPragma(d, at);
      return;
    }
    const problems = this.visibility?.problems.get(d);
    if (problems !== undefined) {
      for (const p of problems) warnAt(at(p.at), p.message);
      return;
    }
    const name = isPragmaName(second) ? second.text : '';
    const known = first !== undefined &&
      (KNOWN.has(first.text) || (first.text === 'GCC' && KNOWN_GCC.has(name)) || (first.text === 'STDC' && KNOWN_STDC.has(name)));
    if (!known && isWarningOn('unknown-pragmas')) warnAtLine(d, `ignoring '#pragma ${first?.text ?? ''} ${name}' [-Wunknown-pragmas]`);
  }
}

/** `#pragma message "text"` or `#pragma message ("text" "more")`: gcc's note, or its -Wpragmas warnings. */
function message(toks: PragmaToken[], at: (t: PragmaToken) => IToken): void {
  let k = 1;
  const parenthesized = toks[k]?.text === '(';
  if (parenthesized) k++;
  let text = '';
  const start = k;
  for (; toks[k]?.text.startsWith('"'); k++) {
    const units = decodeEscapes(toks[k].text.slice(1, -1), 8);
    text += typeof units === 'string' ? toks[k].text.slice(1, -1) : Buffer.from(units).toString('utf8');
  }
  if (k === start) {
    warnAt(at(toks[0]), "expected a string after '#pragma message' [-Wpragmas]");
    return;
  }
  if (parenthesized && toks[k]?.text === ')') k++;
  if (k < toks.length) warnAt(at(toks[k]), "junk at end of '#pragma message' [-Wpragmas]");
  informAt(at(toks[0]), `'#pragma message: ${text}'`);
}
