/**
 * The production parser skips chevrotain's grammar validation to start faster; this
 * test builds one with validation on, so ambiguities and mistakes are still caught.
 * It also checks the parser's own lookahead (parser-lookahead.ts, parser-paths.ts)
 * against chevrotain's: every decision of the grammar must have the same paths.
 */
import { describe, expect, it } from 'vitest';
import {
  Alternation, getLookaheadPaths, NonTerminal, Option, Repetition, RepetitionMandatory,
  RepetitionMandatoryWithSeparator, RepetitionWithSeparator, Terminal,
  type IProduction, type LookaheadProductionType, type Rule, type TokenType,
} from '../../compiler/cc/chevrotain.js';
import { makeLexer } from '../../compiler/cc/lexer.js';
import { FirstTokenLookahead } from '../../compiler/cc/parser-lookahead.js';
import { CParser } from '../../compiler/cc/parser-stmt.js';

interface Decision {
  rule: Rule;
  type: LookaheadProductionType;
  idx: number;
  k: number;
}

const kinds: [abstract new (...args: never[]) => IProduction, LookaheadProductionType][] = [
  [Alternation, 'Alternation'], [Option, 'Option'], [Repetition, 'Repetition'],
  [RepetitionMandatory, 'RepetitionMandatory'], [RepetitionWithSeparator, 'RepetitionWithSeparator'],
  [RepetitionMandatoryWithSeparator, 'RepetitionMandatoryWithSeparator'],
];

function decisionsIn(rule: Rule, defs: IProduction[], out: Decision[]): void {
  for (const p of defs) {
    if (p instanceof Terminal || p instanceof NonTerminal) continue;
    const kind = kinds.find(([cls]) => p instanceof cls);
    const node = p as Option & { maxLookahead?: number };
    if (kind) out.push({ rule, type: kind[1], idx: node.idx, k: node.maxLookahead ?? 2 });
    decisionsIn(rule, node.definition, out);
  }
}

/** What a decision does with the next two tokens: per first token index, 'any' or the seconds. */
function meaning(paths: TokenType[][]): Map<number, 'any' | Set<number>> {
  const keys = (t: TokenType): number[] => [t.tokenTypeIdx!, ...(t.categoryMatches ?? [])];
  const m = new Map<number, 'any' | Set<number>>();
  for (const p of paths) {
    if (p.length === 0) m.set(-1, 'any');
    for (const a of p.length > 0 ? keys(p[0]) : []) {
      if (p.length === 1) m.set(a, 'any');
      else if (m.get(a) !== 'any') {
        const s = (m.get(a) as Set<number> | undefined) ?? new Set<number>();
        for (const b of keys(p[1])) s.add(b);
        m.set(a, s);
      }
    }
  }
  return m;
}

describe('chevrotain grammar', () => {
  it('passes self-analysis with validations', () => {
    expect(() => new CParser(true)).not.toThrow();
  });

  it('lexer token definitions pass validation', () => {
    expect(() => makeLexer(true)).not.toThrow();
  });

  it('lookahead paths equal chevrotain LL(k) paths for every decision', () => {
    const rules = Object.values(new CParser().getGAstProductions());
    const strategy = new FirstTokenLookahead({ maxLookahead: 2 });
    strategy.initialize({ rules });
    const decisions: Decision[] = [];
    for (const r of rules) decisionsIn(r, r.definition, decisions);
    expect(decisions.length).toBeGreaterThan(50);
    for (const d of decisions) {
      const ours = strategy.pathsOf(d.rule, d.type, d.idx, d.k);
      const theirs = getLookaheadPaths({ occurrence: d.idx, rule: d.rule, prodType: d.type, maxLookahead: d.k });
      const alts = d.type === 'Alternation' ? theirs.length : 1;
      for (let a = 0; a < alts; a++) {
        expect(meaning(ours[a]), `${d.rule.name} ${d.type}${d.idx} alternative ${a}`).toEqual(meaning(theirs[a]));
      }
    }
  });
});
