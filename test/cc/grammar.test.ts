/**
 * The production parser skips chevrotain's grammar validation to start faster; this
 * test builds one with validation on, so ambiguities and mistakes are still caught.
 * It also checks the parser's own lookahead (parser-lookahead.ts, parser-paths.ts)
 * against chevrotain's: every decision of the grammar must have the same paths.
 */
import { describe, expect, it } from 'vitest';
import {
  Alternation, EOF, getLookaheadPaths, LLkLookaheadStrategy, NonTerminal, Option, Repetition, RepetitionMandatory,
  RepetitionMandatoryWithSeparator, RepetitionWithSeparator, Terminal,
  type IOrAlt, type IProduction, type IToken, type LookaheadProductionType, type OptionalProductionType, type Rule,
  type TokenType,
} from '../../compiler/cc/chevrotain.js';
import { allTokens, makeLexer } from '../../compiler/cc/lexer.js';
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
    strategy.initialize();
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

  it('lookahead functions choose what chevrotain LL(k) chooses for every decision', () => {
    const rules = Object.values(new CParser().getGAstProductions());
    const ours = new FirstTokenLookahead({ maxLookahead: 2 });
    ours.initialize();
    const theirs = new LLkLookaheadStrategy({ maxLookahead: 2 });
    const decisions: Decision[] = [];
    for (const r of rules) decisionsIn(r, r.definition, decisions);
    // Every token a lexer can produce (categories never appear on tokens), and end of input.
    const kinds = [...allTokens.filter((t) => (t.categoryMatches ?? []).length === 0), EOF];
    const token = (t: TokenType): IToken => ({ image: '', startOffset: 0, tokenType: t, tokenTypeIdx: t.tokenTypeIdx! });
    let checked = 0;
    for (const d of decisions) {
      // Second tokens that matter: those some path of this decision has second, plus one that none has.
      const seconds = new Set<TokenType>([EOF]);
      for (const alt of getLookaheadPaths({ occurrence: d.idx, rule: d.rule, prodType: d.type, maxLookahead: d.k })) {
        for (const p of alt) if (p.length > 1) for (const t of kinds) if (t === p[1] || (p[1].categoryMatches ?? []).includes(t.tokenTypeIdx!)) seconds.add(t);
      }
      const base = { prodOccurrence: d.idx, rule: d.rule, maxLookahead: d.k, dynamicTokensEnabled: false };
      let run: (la: IToken[]) => [unknown, unknown];
      if (d.type === 'Alternation') {
        const n = getLookaheadPaths({ occurrence: d.idx, rule: d.rule, prodType: d.type, maxLookahead: d.k }).length;
        // The first alternative vetoed by a GATE, the others not: the next must be chosen.
        const alts: IOrAlt<unknown>[] = Array.from({ length: n }, (_, i) => ({ ALT: () => i, GATE: i === 0 ? () => false : undefined }));
        const a = ours.buildLookaheadForAlternation({ ...base, hasPredicates: false });
        const b = theirs.buildLookaheadForAlternation({ ...base, hasPredicates: false });
        const ag = ours.buildLookaheadForAlternation({ ...base, hasPredicates: true });
        const bg = theirs.buildLookaheadForAlternation({ ...base, hasPredicates: true });
        run = (la) => {
          const src = { LA: (k: number) => la[k - 1], LA_FAST: (k: number) => la[k - 1] };
          return [[a.call(src), ag.call(src, alts)], [b.call(src), bg.call(src, alts)]];
        };
      } else {
        const opt = { ...base, prodType: d.type as OptionalProductionType };
        const a = ours.buildLookaheadForOptional(opt);
        const b = theirs.buildLookaheadForOptional(opt);
        run = (la) => {
          const src = { LA: (k: number) => la[k - 1], LA_FAST: (k: number) => la[k - 1] };
          return [a.call(src), b.call(src)];
        };
      }
      for (const t1 of kinds) {
        for (const t2 of seconds) {
          const la = [token(t1), token(t2), token(EOF)];
          const [got, want] = run(la);
          if (JSON.stringify(got) !== JSON.stringify(want)) {
            expect(got, `${d.rule.name} ${d.type}${d.idx} on ${t1.name} ${t2.name}`).toEqual(want);
          }
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(10_000);
  });
});
