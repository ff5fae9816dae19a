/**
 * Lookahead paths of the parser's decisions, computed from FIRST sets.
 *
 * chevrotain's `getLookaheadPaths` enumerates every route through the grammar to the
 * first k tokens of each alternative — for `statement` vs `declaration` that is thousands
 * of routes through the expression rules, recomputed for each decision: ~200 ms of
 * start-up. This module returns the same paths from FIRST sets memoised per rule.
 *
 * chevrotain's paths for a decision with k = 2 (lookAheadSequenceFromAlternatives):
 * a first token t of alternative i is a path on its own when it is unique (no other
 * alternative can start with a token it matches, token categories included); otherwise
 * the alternative's paths starting with t are its two-token prefixes (t u), plus (t) if
 * t alone can complete the alternative. An alternative that can match nothing has the
 * empty path. Like chevrotain's walker, a nested OR alternative with an empty definition
 * matches nothing (it is not treated as empty), and the paths of an OR alternative stop at
 * its end (what follows the OR is not looked at).
 *
 * The test in test/cc/grammar.test.ts checks every decision against chevrotain's paths.
 */
import {
  Alternation, Alternative, getLookaheadPaths, NonTerminal, Option, Repetition, RepetitionMandatory,
  RepetitionMandatoryWithSeparator, RepetitionWithSeparator, Terminal,
  type IProduction, type LookaheadProductionType, type Rule, type TokenType,
} from './chevrotain.js';

/** The grammar reduced to five shapes (the repetition variants are rewritten to `star`). */
type Elem =
  | { kind: 'tok'; tok: TokenType }
  | { kind: 'rule'; rule: Rule }
  | { kind: 'opt'; body: Elem[] }
  | { kind: 'star'; body: Elem[] }
  | { kind: 'alt'; alts: Elem[][] };

/** The tokens a sequence can start with, and whether it can match nothing. */
interface First {
  tokens: Set<TokenType>;
  nullable: boolean;
}

/** The second tokens after a given first one, and whether the first can end the sequence. */
interface Pairs {
  seconds: Set<TokenType>;
  complete: boolean;
}

const END: First = { tokens: new Set(), nullable: true };
// Marks a rule whose FIRST is being computed (met again only through left recursion).
const IN_PROGRESS: First = { tokens: new Set(), nullable: false };

const prodClasses: Record<LookaheadProductionType, abstract new (...args: never[]) => IProduction> = {
  Alternation, Option, Repetition, RepetitionMandatory, RepetitionMandatoryWithSeparator, RepetitionWithSeparator,
};

export class GrammarPaths {
  private elemsOfRule = new Map<Rule, Elem[]>();
  private firstOfRule = new Map<Rule, First>();
  private suffixFirst = new WeakMap<Elem[], First[]>();
  private pairsOfRule = new Map<Rule, Map<TokenType, Pairs>>();


  /** chevrotain's lookahead paths (by alternative) for one decision of `rule`. */
  pathsFor(rule: Rule, prodType: LookaheadProductionType, occurrence: number, k: number): TokenType[][][] {
    if (k > 2) return getLookaheadPaths({ occurrence, rule, prodType, maxLookahead: k });
    const node = findProduction(rule.definition, prodClasses[prodType], occurrence);
    if (!node) return getLookaheadPaths({ occurrence, rule, prodType, maxLookahead: k });
    if (node instanceof Alternation) {
      const alts = (node.definition as Alternative[]).map((a) => this.convert(a.definition));
      const firsts = alts.map((a) => this.firstOfSeq(a, 0));
      const keys = firsts.map((f) => keysOf(f.tokens));
      return alts.map((a, i) => this.altPaths(a, firsts[i], unionExcept(keys, i), k));
    }
    // An optional production: "enter it" competes with what follows it in the rule.
    const inside = this.convert((node as Option).definition);
    const after = this.firstAfter(restsAround(rule.definition, node)!);
    return [this.altPaths(inside, this.firstOfSeq(inside, 0), keysOf(after), k)];
  }

  /**
   * The first tokens of what follows a production in its rule, as chevrotain's RestWalker
   * sees it: the rest of each enclosing sequence, innermost first, while they can be empty
   * (an enclosing repetition is not entered again; the rule's callers are not looked at).
   */
  private firstAfter(rests: IProduction[][]): Set<TokenType> {
    const tokens = new Set<TokenType>();
    for (const rest of rests) {
      const f = this.firstOfSeq(this.convert(rest), 0);
      for (const t of f.tokens) tokens.add(t);
      if (!f.nullable) break;
    }
    return tokens;
  }

  private altPaths(alt: Elem[], first: First, others: Set<number>, k: number): TokenType[][] {
    const paths: TokenType[][] = [];
    for (const t of first.tokens) {
      if (k === 1 || !keysOfToken(t).some((key) => others.has(key))) {
        paths.push([t]);
        continue;
      }
      const pairs = emptyPairs();
      this.pairsFrom(alt, 0, t, END, pairs);
      if (pairs.complete) paths.push([t]);
      for (const u of pairs.seconds) paths.push([t, u]);
    }
    if (first.nullable) paths.push([]);
    return paths;
  }

  private convert(defs: IProduction[]): Elem[] {
    const out: Elem[] = [];
    for (const p of defs) {
      if (p instanceof Terminal) out.push({ kind: 'tok', tok: p.terminalType });
      else if (p instanceof NonTerminal) out.push({ kind: 'rule', rule: p.referencedRule });
      else if (p instanceof Option) out.push({ kind: 'opt', body: this.convert(p.definition) });
      else if (p instanceof Repetition) out.push({ kind: 'star', body: this.convert(p.definition) });
      else if (p instanceof RepetitionMandatory) {
        const body = this.convert(p.definition);
        out.push(...body, { kind: 'star', body });
      } else if (p instanceof RepetitionWithSeparator || p instanceof RepetitionMandatoryWithSeparator) {
        const body = this.convert(p.definition);
        const seq: Elem[] = [...body, { kind: 'star', body: [{ kind: 'tok', tok: p.separator }, ...body] }];
        if (p instanceof RepetitionWithSeparator) out.push({ kind: 'opt', body: seq });
        else out.push(...seq);
      } else if (p instanceof Alternation) {
        const alts = (p.definition as Alternative[]).filter((a) => a.definition.length > 0).map((a) => this.convert(a.definition));
        out.push({ kind: 'alt', alts });
      } else if (p instanceof Alternative) out.push(...this.convert(p.definition));
      else throw new Error(`unknown grammar production ${p.constructor.name}`);
    }
    return out;
  }

  private elemsOf(rule: Rule): Elem[] {
    let e = this.elemsOfRule.get(rule);
    if (!e) {
      e = this.convert(rule.definition);
      this.elemsOfRule.set(rule, e);
    }
    return e;
  }

  /**
   * FIRST of a rule, memoised. FIRST only looks at a rule's left edge (what can come first,
   * skipping what can be empty), and chevrotain forbids left recursion, so this recursion
   * ends: no fixed-point iteration is needed, and rules no decision reaches are skipped.
   */
  private ruleFirst(rule: Rule): First {
    let f = this.firstOfRule.get(rule);
    if (f === IN_PROGRESS) throw new Error(`grammar rule ${rule.name} is left-recursive`);
    if (f === undefined) {
      this.firstOfRule.set(rule, IN_PROGRESS);
      f = this.firstOfSeq(this.elemsOf(rule), 0);
      this.firstOfRule.set(rule, f);
    }
    return f;
  }

  private firstOfElem(e: Elem): First {
    switch (e.kind) {
      case 'tok':
        return { tokens: new Set([e.tok]), nullable: false };
      case 'rule':
        return this.ruleFirst(e.rule);
      case 'opt':
      case 'star':
        return { tokens: this.firstOfSeq(e.body, 0).tokens, nullable: true };
      case 'alt': {
        const tokens = new Set<TokenType>();
        let nullable = false;
        for (const a of e.alts) {
          const f = this.firstOfSeq(a, 0);
          for (const t of f.tokens) tokens.add(t);
          nullable ||= f.nullable;
        }
        return { tokens, nullable };
      }
    }
  }

  /** FIRST of `seq[from..]` (cached per suffix). */
  private firstOfSeq(seq: Elem[], from: number): First {
    let cache = this.suffixFirst.get(seq);
    if (!cache) {
      cache = [];
      this.suffixFirst.set(seq, cache);
    }
    let f = cache[from];
    if (f === undefined) {
      if (from >= seq.length) f = END;
      else {
        const head = this.firstOfElem(seq[from]);
        if (!head.nullable) f = head;
        else {
          const rest = this.firstOfSeq(seq, from + 1);
          f = { tokens: new Set([...head.tokens, ...rest.tokens]), nullable: rest.nullable };
        }
      }
      cache[from] = f;
    }
    return f;
  }

  /** FIRST of `seq[from..]` followed by something whose FIRST is `cont`. */
  private followOf(seq: Elem[], from: number, cont: First): First {
    const f = this.firstOfSeq(seq, from);
    if (!f.nullable) return f;
    if (cont.tokens.size === 0) return { tokens: f.tokens, nullable: cont.nullable };
    return { tokens: new Set([...f.tokens, ...cont.tokens]), nullable: cont.nullable };
  }

  /** Adds to `out` what can follow a first token `t` of `seq[from..]` (then `cont`). */
  private pairsFrom(seq: Elem[], from: number, t: TokenType, cont: First, out: Pairs): void {
    for (let i = from; i < seq.length; i++) {
      const e = seq[i];
      switch (e.kind) {
        case 'tok':
          if (e.tok === t) addFollow(out, this.followOf(seq, i + 1, cont));
          return;
        case 'rule': {
          const f = this.ruleFirst(e.rule);
          if (f.tokens.has(t)) {
            const inner = this.rulePairs(e.rule, t);
            for (const u of inner.seconds) out.seconds.add(u);
            if (inner.complete) addFollow(out, this.followOf(seq, i + 1, cont));
          }
          if (!f.nullable) return;
          break;
        }
        case 'opt':
          this.pairsFrom(e.body, 0, t, this.followOf(seq, i + 1, cont), out);
          break;
        case 'star': {
          // After one iteration comes another iteration or what follows the repetition.
          const after = this.followOf(seq, i + 1, cont);
          const again: First = { tokens: new Set([...this.firstOfSeq(e.body, 0).tokens, ...after.tokens]), nullable: after.nullable };
          this.pairsFrom(e.body, 0, t, again, out);
          break;
        }
        case 'alt': {
          const after = this.followOf(seq, i + 1, cont);
          for (const a of e.alts) this.pairsFrom(a, 0, t, after, out);
          if (!e.alts.some((a) => this.firstOfSeq(a, 0).nullable)) return;
          break;
        }
      }
    }
  }

  private rulePairs(rule: Rule, t: TokenType): Pairs {
    let byTok = this.pairsOfRule.get(rule);
    if (!byTok) {
      byTok = new Map();
      this.pairsOfRule.set(rule, byTok);
    }
    let p = byTok.get(t);
    if (!p) {
      p = emptyPairs();
      this.pairsFrom(this.elemsOf(rule), 0, t, END, p);
      byTok.set(t, p);
    }
    return p;
  }
}

function emptyPairs(): Pairs {
  return { seconds: new Set(), complete: false };
}

function addFollow(out: Pairs, f: First): void {
  for (const u of f.tokens) out.seconds.add(u);
  if (f.nullable) out.complete = true;
}

/** The token type indices a token (or token category) matches, as chevrotain hashes them. */
function keysOfToken(t: TokenType): number[] {
  return [t.tokenTypeIdx!, ...(t.categoryMatches ?? [])];
}

function keysOf(tokens: Iterable<TokenType>): Set<number> {
  const keys = new Set<number>();
  for (const t of tokens) for (const k of keysOfToken(t)) keys.add(k);
  return keys;
}

function unionExcept(sets: Set<number>[], self: number): Set<number> {
  const all = new Set<number>();
  sets.forEach((set, i) => {
    if (i !== self) for (const k of set) all.add(k);
  });
  return all;
}

/** The rest of each sequence enclosing `target` (innermost first), or undefined if absent. */
function restsAround(defs: IProduction[], target: IProduction): IProduction[][] | undefined {
  for (let i = 0; i < defs.length; i++) {
    const p = defs[i];
    if (p === target) return [defs.slice(i + 1)];
    if (p instanceof NonTerminal || p instanceof Terminal) continue;
    const inner =
      p instanceof Alternation
        ? (p.definition as Alternative[]).map((a) => a.definition)
        : [(p as Option).definition];
    for (const seq of inner) {
      const found = restsAround(seq, target);
      if (found) return [...found, defs.slice(i + 1)];
    }
  }
  return undefined;
}

/** The production of class `cls` with occurrence index `idx` inside `defs` (depth first). */
function findProduction(
  defs: IProduction[],
  cls: abstract new (...args: never[]) => IProduction,
  idx: number,
): IProduction | undefined {
  for (const p of defs) {
    if (p instanceof cls && (p as Option).idx === idx) return p;
    if (p instanceof NonTerminal || p instanceof Terminal) continue;
    const found = findProduction((p as Option).definition, cls, idx);
    if (found) return found;
  }
  return undefined;
}
