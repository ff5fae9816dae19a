/**
 * gcc's "did you mean ...?" for a misspelt name: `'conut' undeclared (first use in this
 * function); did you mean 'count'?`, the same for a function called without a declaration,
 * an unknown type name and a member a struct does not have.
 *
 * The suggestion is gcc's (its spellcheck.cc and c-decl.cc's lookup_name_fuzzy, read to
 * learn the rules): the candidate nearest in an edit distance that counts insertions,
 * deletions, substitutions and swaps of two neighbours as 2 and a change of case alone as 1;
 * the first candidate wins a tie; and a candidate is offered only when its distance is
 * within about a third of the longer name (distanceCutoff), never for a one-letter pair.
 */
import type { ScopeEntry } from './scope.js';
import { isAggregate, type Type } from './types.js';

const CASE_COST = 1;
const BASE_COST = 2;

/** The "optimal string alignment" edit distance between `s` and `t`, with a change of case costing CASE_COST. */
export function editDistance(s: string, t: string): number {
  if (s.length === 0) return BASE_COST * t.length;
  if (t.length === 0) return BASE_COST * s.length;
  // Three rows of the Wagner-Fischer matrix: the one before the last, the last and the next.
  let twoAgo = new Array<number>(s.length + 1).fill(0);
  let oneAgo = Array.from({ length: s.length + 1 }, (_, j) => j * BASE_COST);
  let next = new Array<number>(s.length + 1).fill(0);
  for (let i = 0; i < t.length; i++) {
    next[0] = (i + 1) * BASE_COST;
    for (let j = 0; j < s.length; j++) {
      const same = s[j] === t[i];
      const cost = same ? 0 : s[j].toLowerCase() === t[i].toLowerCase() ? CASE_COST : BASE_COST;
      let cheapest = Math.min(next[j] + BASE_COST, oneAgo[j + 1] + BASE_COST, oneAgo[j] + cost);
      if (i > 0 && j > 0 && s[j] === t[i - 1] && s[j - 1] === t[i]) cheapest = Math.min(cheapest, twoAgo[j - 1] + BASE_COST);
      next[j + 1] = cheapest;
    }
    [twoAgo, oneAgo, next] = [oneAgo, next, twoAgo];
  }
  return oneAgo[s.length];
}

/** The largest distance at which a candidate of `candidateLength` is a meaningful suggestion for a name of `goalLength`. */
export function distanceCutoff(goalLength: number, candidateLength: number): number {
  const longer = Math.max(goalLength, candidateLength);
  const shorter = Math.min(goalLength, candidateLength);
  if (longer <= 1) return 0;
  // Lengths close: a third of the longer, rounded down (at least one edit); else rounded up.
  if (longer - shorter <= 1) return BASE_COST * Math.max(Math.floor(longer / 3), 1);
  return Math.floor((BASE_COST * (longer + 2)) / 3);
}

/** The nearest of the candidates considered, in order (the first of equals stays). */
export class BestMatch {
  private best: string | undefined;

  constructor(
    private readonly goal: string,
    /** The distance a candidate must beat (a match found among other candidates before). */
    public distance = Infinity,
  ) {}

  consider(candidate: string): void {
    // At least this many insertions or deletions: skip a candidate that cannot win.
    const lengthGap = Math.abs(candidate.length - this.goal.length);
    if (lengthGap >= this.distance || lengthGap > distanceCutoff(this.goal.length, candidate.length)) return;
    const d = editDistance(this.goal, candidate);
    if (d < this.distance) {
      this.distance = d;
      this.best = candidate;
    }
  }

  /** Whether a candidate beat the distance it was given. */
  get found(): boolean {
    return this.best !== undefined;
  }

  /** The suggestion: the best candidate if it is near enough (and not the goal itself). */
  suggestion(): string | undefined {
    if (this.best === undefined || this.distance === 0) return undefined;
    return this.distance <= distanceCutoff(this.goal.length, this.best.length) ? this.best : undefined;
  }
}

/** A name C reserves for the implementation (`__x`, `_X`): suggested only for such a name. */
export function reservedName(name: string): boolean {
  return name.charCodeAt(0) === 95 /* _ */ && (name.charCodeAt(1) === 95 || (name[1] >= 'A' && name[1] <= 'Z'));
}

/** What a misspelt name was meant to be: any ordinary identifier, a function, or a type name. */
export type NameKind = 'name' | 'function' | 'type';

/**
 * The type names gcc declares before the file begins (its record_builtin_type), the latest
 * first as its outermost scope lists them: names in scope like any typedef, so `flot`
 * gets 'float' and `longint` 'long int'.
 */
const BUILTIN_TYPE_NAMES = [
  '_Bool', 'void', 'complex long double', 'complex double', 'complex float', 'complex int', 'long double', 'double', 'float',
  'unsigned char', 'signed char', 'short unsigned int', 'short int', 'long long unsigned int', 'long long int',
  '__int128 unsigned', '__int128', 'long unsigned int', 'unsigned int', 'long int', 'char', 'int',
];

/** The keywords that begin a type name, in the order of gcc's table: a misspelt type name may be one. */
const TYPE_KEYWORDS = [
  '_Atomic', '_Bool', '_Complex', '_Float128', '__auto_type', '__complex', '__complex__', '__const', '__const__', '__int128',
  '__restrict', '__restrict__', '__signed', '__signed__', '__typeof', '__typeof__', '__volatile', '__volatile__', 'char',
  'const', 'double', 'enum', 'float', 'int', 'long', 'restrict', 'short', 'signed', 'struct', 'typeof', 'union', 'unsigned',
  'void', 'volatile',
];

/**
 * gcc's suggestion for the undeclared `name` among the names in scope, innermost scope and
 * latest declaration first (`names`, scopes.ts visibleNames) and gcc's own type names, then
 * the macros the file has defined (when strictly nearer), then for a type name the keywords.
 */
export function suggestName(name: string, kind: NameKind, names: Iterable<[string, ScopeEntry]>, macros: Iterable<string> = []): string | undefined {
  const implementationNames = name.startsWith('_');
  const match = new BestMatch(name);
  for (const [candidate, entry] of names) {
    if (entry.obj?.isImplicitDecl || (!implementationNames && reservedName(candidate))) continue;
    if (kind === 'type' && entry.typedef === undefined) continue;
    if (kind === 'function' && !namesFunction(entry)) continue;
    match.consider(candidate);
  }
  if (kind !== 'function') {
    for (const candidate of BUILTIN_TYPE_NAMES) if (implementationNames || !reservedName(candidate)) match.consider(candidate);
  }
  const macro = new BestMatch(name, match.distance);
  for (const candidate of macros) if (!reservedName(candidate)) macro.consider(candidate);
  const best = macro.suggestion() !== undefined ? macro : match;
  if (kind === 'type') {
    const keyword = new BestMatch(name, best.distance);
    for (const candidate of TYPE_KEYWORDS) keyword.consider(candidate);
    if (keyword.found) return keyword.suggestion();
  }
  return best.suggestion();
}

/** A function, or an object that points to one (gcc suggests both for a call). */
function namesFunction(entry: ScopeEntry): boolean {
  const ty = entry.obj?.ty;
  if (ty === undefined || entry.typedef !== undefined) return false;
  return ty.kind === 'func' || (ty.kind === 'ptr' && ty.base?.kind === 'func');
}

/** gcc's suggestion for a member `record` does not have: its members in order, those of anonymous members where they are. */
export function suggestMember(record: Type, name: string): string | undefined {
  const match = new BestMatch(name);
  const consider = (t: Type): void => {
    for (const m of t.members) {
      if (m.name === undefined && !m.isBitfield && isAggregate(m.ty)) consider(m.ty);
      if (m.name !== undefined) match.consider(m.name);
    }
  };
  consider(record);
  return match.suggestion();
}

/** `message` with gcc's suggestion after it, if there is one. */
export function withSuggestion(message: string, suggestion: string | undefined): string {
  return suggestion === undefined ? message : `${message}; did you mean '${suggestion}'?`;
}
