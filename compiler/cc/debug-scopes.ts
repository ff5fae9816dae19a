/**
 * The lexical blocks of a function's debug information (debug-info.ts): which of its
 * variables each nested scope declares, and the labels codegen puts around that scope's
 * code. gdb looks a name up from the innermost block holding the pc outwards, so two
 * loops' `int i` are two variables, each visible in its own loop only.
 *
 * A scope is a compound statement (from its `{` to its `}`) or a `for` statement that
 * declares in its first clause (from `for` to its body). A variable belongs to the
 * innermost scope around its declaration; a scope that declares nothing gets no block of
 * its own, its blocks go to the enclosing one (as gcc leaves such blocks out). The
 * function body's own variables are the function's.
 */

import type { IToken } from './chevrotain.js';
import type { Node, Obj } from './ast.js';

export interface DebugScope {
  /** Labels around the scope's code. */
  begin: string;
  end: string;
  /** Its code was generated (not that of a dead `if (0) { ... }`): the labels exist. */
  generated: boolean;
  /** Its variables in declaration order, and the blocks inside it. */
  vars: Obj[];
  blocks: DebugScope[];
}

export interface FunctionScopes {
  /** The function body's variables (parameters apart) and its outermost blocks. */
  vars: Obj[];
  blocks: DebugScope[];
  /** The scope nodes that get labels (codegen-stmt.ts genStmt). */
  byNode: Map<Node, DebugScope>;
}

interface Candidate {
  node: Node;
  start: number;
  end: number;
  vars: Obj[];
}

/** The scopes of `fn`'s variables and of its static locals `statics`; `label` makes a new label. */
export function functionScopes(fn: Obj, statics: Obj[], label: () => string): FunctionScopes {
  const candidates: Candidate[] = [];
  for (const child of fn.body!.body ?? []) collectScopes(child, candidates);
  const params = new Set(fn.params);
  const vars = [...fn.locals.filter((v) => !params.has(v) && isSourceLocal(v, fn)), ...statics].sort((a, b) => at(a.tok!) - at(b.tok!));
  const top: Obj[] = [];
  for (const v of vars) (innermost(candidates, at(v.tok!), null)?.vars ?? top).push(v);
  const result: FunctionScopes = { vars: top, blocks: [], byNode: new Map() };
  const made = new Map<Candidate, DebugScope>();
  for (const c of candidates) {
    if (c.vars.length === 0) continue;
    const scope: DebugScope = { begin: label(), end: label(), generated: false, vars: c.vars, blocks: [] };
    made.set(c, scope);
    result.byNode.set(c.node, scope);
  }
  // Candidates are in source order: an enclosing scope is made before the ones inside it.
  for (const [c, scope] of made) {
    const parent = innermost([...made.keys()], c.start, c);
    (parent ? made.get(parent)!.blocks : result.blocks).push(scope);
  }
  return result;
}

/** A local the program declared (not a temporary of ours, nor one a nested function keeps for its parent). */
export function isSourceLocal(v: Obj, fn: Obj): boolean {
  return v.tok !== undefined && v.name !== '' && v.tok.image === v.name && (v.frameOwner === undefined || v.frameOwner === fn);
}

function at(tok: IToken): number {
  return tok.startOffset;
}

/**
 * The scopes among the statements under `n`. Only statements are walked, not expressions
 * (a walk of every node costs a visible share of a -g compile): a variable declared in a
 * statement expression belongs to the statement's scope.
 */
function collectScopes(n: Node, out: Candidate[]): void {
  switch (n.kind) {
    case 'block':
      if (n.endTok) out.push({ node: n, start: at(n.tok), end: at(n.endTok), vars: [] });
      for (const child of n.body!) collectScopes(child, out);
      return;
    case 'for':
      if (n.init?.kind === 'block' && n.then) out.push({ node: n, start: at(n.tok), end: at(n.then.tok), vars: [] });
      if (n.init) collectScopes(n.init, out);
      if (n.then) collectScopes(n.then, out);
      return;
    case 'if':
      collectScopes(n.then!, out);
      if (n.els) collectScopes(n.els, out);
      return;
    case 'do':
    case 'switch':
      if (n.then) collectScopes(n.then, out);
      return;
    case 'case':
    case 'label':
      if (n.lhs) collectScopes(n.lhs, out);
      return;
  }
}

/** The innermost candidate other than `self` whose range holds `offset`. */
function innermost(candidates: Candidate[], offset: number, self: Candidate | null): Candidate | undefined {
  let best: Candidate | undefined;
  for (const c of candidates) {
    if (c !== self && c.start <= offset && offset <= c.end && (!best || c.start >= best.start)) best = c;
  }
  return best;
}
