/**
 * A chevrotain lookahead strategy that decides with one table lookup on the next token.
 *
 * chevrotain's default LL(k) strategy computes, for every decision (OR, OPTION, MANY...),
 * the token paths that select each alternative, and at parse time tries the paths one by
 * one. Two costs follow for a C grammar: computing every path of every decision at
 * start-up (about 200 ms, most of a one-file rebuild), and scanning hundreds of paths on
 * each decision (an expression may start with any of ~60 token types, so `statement`
 * alone has that many paths).
 *
 * This strategy uses the very same paths, so it picks the same alternative in every
 * case, but
 *   - computes them from FIRST sets (parser-paths.ts), on the decision's first use, and
 *   - indexes them by their first token type: a decision looks up the next token's type
 *     and only checks the few paths starting with it (usually none needs a second token).
 * Grammar validation (ambiguities, left recursion) is delegated to the LL(k) strategy.
 * Dynamic token vocabularies (chevrotain's `dynamicTokensEnabled`) are not supported:
 * the C parser's vocabulary is fixed.
 */
import {
  LLkLookaheadStrategy, tokenMatcher,
  type ILookaheadStrategy, type ILookaheadValidationError, type IOrAlt, type IToken,
  type OptionalProductionType, type Rule, type TokenType,
} from './chevrotain.js';
import { GrammarPaths } from './parser-paths.js';

/** What a lookahead function sees of the parser it runs in. */
interface TokenSource {
  LA(k: number): IToken;
}

/**
 * One alternative that a first token may select. `rests` are the remaining tokens of its
 * paths starting with that token; `undefined` when some path is that token alone (or
 * empty), so the alternative is taken without looking further.
 */
interface Candidate {
  alt: number;
  rests: TokenType[][] | undefined;
  /**
   * When every rest is one token (maxLookahead 2, the parser's): the token type indexes
   * that match one, so the test is one lookup instead of a tokenMatcher per rest (an
   * identifier starting a statement has dozens of possible second tokens).
   */
  seconds?: Uint8Array;
}

/** Candidates by the next token's `tokenTypeIdx`, in alternative order. */
interface Decision {
  byFirst: (Candidate[] | undefined)[];
  // Candidates for a first token no path names (only alternatives with an empty path).
  anyFirst: Candidate[] | undefined;
}

type AltLookahead = (this: TokenSource, alts?: IOrAlt<unknown>[]) => number | undefined;
type OptionalLookahead = (this: TokenSource) => boolean;

export class FirstTokenLookahead implements ILookaheadStrategy {
  private readonly maxLookahead: number;
  private grammar: GrammarPaths | undefined;

  constructor(options: { maxLookahead: number }) {
    this.maxLookahead = options.maxLookahead;
  }

  initialize(): void {
    // Called once the grammar is recorded (the rules reach each other through the GAST).
    this.grammar = new GrammarPaths();
  }

  /** The paths of one decision (by alternative); also used by the test against chevrotain's. */
  pathsOf(rule: Rule, prodType: 'Alternation' | OptionalProductionType, occurrence: number, k: number): TokenType[][][] {
    if (!this.grammar) throw new Error('lookahead strategy used before initialize()');
    return this.grammar.pathsFor(rule, prodType, occurrence, k);
  }

  validate(options: { rules: Rule[]; tokenTypes: TokenType[]; grammarName: string }): ILookaheadValidationError[] {
    return new LLkLookaheadStrategy({ maxLookahead: this.maxLookahead }).validate(options);
  }

  buildLookaheadForAlternation(options: {
    prodOccurrence: number;
    rule: Rule;
    maxLookahead: number;
    hasPredicates: boolean;
  }): AltLookahead {
    const strategy = this;
    let decide: AltLookahead = function (this: TokenSource, alts?: IOrAlt<unknown>[]): number | undefined {
      const paths = strategy.pathsOf(options.rule, 'Alternation', options.prodOccurrence, options.maxLookahead);
      decide = alternationLookahead(buildDecision(paths), options.hasPredicates);
      return decide.call(this, alts);
    };
    // chevrotain caches the function it is given, so the lazy step must stay behind it.
    return function (this: TokenSource, alts?: IOrAlt<unknown>[]): number | undefined {
      return decide.call(this, alts);
    };
  }

  buildLookaheadForOptional(options: {
    prodOccurrence: number;
    prodType: OptionalProductionType;
    rule: Rule;
    maxLookahead: number;
  }): OptionalLookahead {
    const strategy = this;
    let decide: OptionalLookahead = function (this: TokenSource): boolean {
      const paths = strategy.pathsOf(options.rule, options.prodType, options.prodOccurrence, options.maxLookahead);
      // Alternative 0 is "enter the production", alternative 1 what follows it.
      decide = optionalLookahead(buildDecision([paths[0]]));
      return decide.call(this);
    };
    return function (this: TokenSource): boolean {
      return decide.call(this);
    };
  }
}

/** Indexes each alternative's paths by their first token (and the tokens of its category). */
function buildDecision(pathsByAlt: TokenType[][][]): Decision {
  const byFirst: (Candidate[] | undefined)[] = [];
  const anyFirst: Candidate[] = [];
  pathsByAlt.forEach((paths, alt) => {
    for (const path of paths) {
      if (path.length === 0) {
        addPath(anyFirst, alt, path);
        continue;
      }
      const first = path[0];
      const rest = path.slice(1);
      addPath((byFirst[first.tokenTypeIdx!] ??= []), alt, rest);
      for (const idx of first.categoryMatches ?? []) addPath((byFirst[idx] ??= []), alt, rest);
    }
  });
  // An empty path matches whatever comes next: merge it into every list, in order.
  if (anyFirst.length > 0) {
    for (let i = 0; i < byFirst.length; i++) {
      const list = byFirst[i];
      if (list !== undefined) byFirst[i] = mergeByAlt(list, anyFirst);
    }
  }
  for (const list of byFirst) if (list !== undefined) list.forEach(indexSeconds);
  anyFirst.forEach(indexSeconds);
  return { byFirst, anyFirst: anyFirst.length > 0 ? anyFirst : undefined };
}

/** Fills `seconds` when the candidate's rests are all single tokens. */
function indexSeconds(c: Candidate): void {
  if (c.rests === undefined || c.rests.some((r) => r.length !== 1)) return;
  const types = c.rests.map((r) => r[0]);
  const indexes = types.flatMap((t) => [t.tokenTypeIdx!, ...(t.categoryMatches ?? [])]);
  const seconds = new Uint8Array(Math.max(0, ...indexes) + 1);
  for (const i of indexes) seconds[i] = 1;
  c.seconds = seconds;
}

function addPath(list: Candidate[], alt: number, rest: TokenType[]): void {
  // Alternatives are added in order, so this one's candidate, if any, is the last.
  let c: Candidate | undefined = list[list.length - 1];
  if (c === undefined || c.alt !== alt) {
    c = { alt, rests: [] };
    list.push(c);
  }
  if (rest.length === 0) c.rests = undefined;
  else if (c.rests !== undefined) c.rests.push(rest);
}

function mergeByAlt(a: Candidate[], b: Candidate[]): Candidate[] {
  const merged: Candidate[] = a.map((c) => ({ alt: c.alt, rests: c.rests }));
  for (const c of b) {
    const same = merged.find((x) => x.alt === c.alt);
    if (same === undefined) merged.push({ alt: c.alt, rests: c.rests });
    else if (c.rests === undefined) same.rests = undefined;
  }
  return merged.sort((x, y) => x.alt - y.alt);
}

/** Does some rest path of `c` match the tokens after the next one? */
function matchesRest(src: TokenSource, c: Candidate): boolean {
  const rests = c.rests;
  if (rests === undefined) return true;
  const seconds = c.seconds;
  if (seconds !== undefined) {
    const idx = src.LA(2).tokenTypeIdx;
    return idx < seconds.length && seconds[idx] === 1;
  }
  next: for (const rest of rests) {
    for (let i = 0; i < rest.length; i++) {
      if (!tokenMatcher(src.LA(i + 2), rest[i])) continue next;
    }
    return true;
  }
  return false;
}

// Entries of the per-token tables below (alternatives are numbered from 0).
const NO_ALT = -1;
const LOOK_FURTHER = -2;

/**
 * The next token's type index → the alternative it selects, when no second token or
 * GATE is needed to tell (most of them); otherwise LOOK_FURTHER, and the candidates
 * are tried in order.
 */
function fastTable(d: Decision): Int16Array {
  const table = new Int16Array(d.byFirst.length).fill(d.anyFirst === undefined ? NO_ALT : LOOK_FURTHER);
  d.byFirst.forEach((list, idx) => {
    if (list !== undefined) table[idx] = list.length === 1 && list[0].rests === undefined ? list[0].alt : LOOK_FURTHER;
  });
  return table;
}

function alternationLookahead(d: Decision, hasPredicates: boolean): AltLookahead {
  const { byFirst, anyFirst } = d;
  const table = fastTable(d);
  const size = table.length;
  const outside = anyFirst === undefined ? NO_ALT : LOOK_FURTHER;
  return function (this: TokenSource, alts?: IOrAlt<unknown>[]): number | undefined {
    const idx = this.LA(1).tokenTypeIdx;
    const alt = idx < size ? table[idx] : outside;
    if (alt >= 0) {
      // The only candidate: a GATE may still veto it.
      const gate = hasPredicates ? alts![alt].GATE : undefined;
      return gate === undefined || gate.call(this) !== false ? alt : undefined;
    }
    if (alt === NO_ALT) return undefined;
    const list = (idx < size ? byFirst[idx] : undefined) ?? anyFirst!;
    for (const c of list) {
      if (hasPredicates) {
        const gate = alts![c.alt].GATE;
        if (gate !== undefined && gate.call(this) === false) continue;
      }
      if (matchesRest(this, c)) return c.alt;
    }
    return undefined;
  };
}

function optionalLookahead(d: Decision): OptionalLookahead {
  const { byFirst, anyFirst } = d;
  if (anyFirst !== undefined && anyFirst[0].rests === undefined) return () => true;
  const table = fastTable(d);
  const size = table.length;
  const outside = anyFirst === undefined ? NO_ALT : LOOK_FURTHER;
  return function (this: TokenSource): boolean {
    const idx = this.LA(1).tokenTypeIdx;
    const alt = idx < size ? table[idx] : outside;
    if (alt !== LOOK_FURTHER) return alt === 0;
    const list = (idx < size ? byFirst[idx] : undefined) ?? anyFirst!;
    return matchesRest(this, list[0]);
  };
}
