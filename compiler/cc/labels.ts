/**
 * GNU local labels: `__label__ name;` at the start of a block makes `name` a label of that
 * block only, so a macro (often a statement expression) can use its own label each time
 * it is expanded, and a nested function can jump to it (nested.ts). Inside the block the
 * label goes by a name unique in the function; gotos, `&&name` and the label itself all
 * resolve the C name through the block scopes (Scopes.resolveLabel).
 */
import { newNode, type Node, type Obj } from './ast.js';
import { pointerTo, tyVoid } from './types.js';
import type { IToken } from './chevrotain.js';
import type { CParserBase } from './parser-base.js';
import { errorAt, warnAt } from './report.js';

export function declareLocalLabel(p: CParserBase, keyword: IToken, nameTok: IToken): void {
  // gcc takes `__label__` declarations only before a block's other items; elsewhere the
  // keyword is where an expression was expected.
  if (keyword.startOffset !== p.localLabelZone) errorAt(keyword, "expected expression before '__label__'");
  const fn = p.requireFunction(nameTok, `label '${nameTok.image}' declared`);
  // After the last name, the next declaration may be another.
  if (p.LA(1).image === ';') p.localLabelZone = p.LA(2).startOffset;
  const unique = `${nameTok.image}.${p.uniqueName('')}`;
  p.scopes.declareLocalLabel(nameTok.image, unique);
  mentionLabel(p.labelMentions, fn, unique, nameTok, Mention.Declared);
}

/** GNU `&&name` (`tok` is the `&&`): the label's address, a `void *`. */
export function labelAddress(p: CParserBase, tok: IToken, name: IToken): Node {
  const n = newNode('labelAddr', tok);
  n.label = p.scopes.resolveLabel(name.image);
  n.ty = pointerTo(tyVoid);
  n.obj = p.requireFunction(tok, 'label address');
  mentionLabel(p.labelMentions, n.obj, n.label, name, Mention.Used);
  return n;
}

/**
 * What -Wunused-label needs to know of a label: gcc binds a label in a scope when it is
 * first mentioned (a `goto` may come first), and when that scope ends warns about each
 * label defined there and never jumped to or taken the address of, in the reverse order
 * of binding, interleaved with the scope's unused variables (unused.ts). A plain label is
 * bound in its function body's outermost block; a `__label__` one in its own block.
 */
export interface LabelMention {
  owner: Obj;
  /** The first mention: the binding's place in the order. */
  first: IToken;
  /** `name:` itself, once seen. */
  definition: IToken | undefined;
  used: boolean;
  /** `name: __attribute__((unused))`. */
  quiet: boolean;
}

export const enum Mention { Used, Defined, DefinedUnused, Declared }

/** Records a mention of `label` (its function-unique name) in `fn`. */
export function mentionLabel(mentions: Map<string, LabelMention>, fn: Obj, label: string, tok: IToken, how: Mention): void {
  let m = mentions.get(label);
  if (m === undefined) {
    m = { owner: fn, first: tok, definition: undefined, used: false, quiet: false };
    mentions.set(label, m);
  }
  if (how === Mention.Used) m.used = true;
  else if (how !== Mention.Declared && m.definition === undefined) {
    m.definition = tok;
    m.quiet = how === Mention.DefinedUnused;
  }
}

/**
 * The labels bound in a scope that ends (the function body's outermost block when
 * `functionBody`, and the block's `__label__` names) that deserve the warning, the last
 * bound first.
 */
export function unusedLabels(p: CParserBase, functionBody: boolean, localLabels: ReadonlyMap<string, string> | undefined): LabelMention[] {
  const out: LabelMention[] = [];
  // Most blocks bind no label: only the function body and `__label__` blocks are looked through.
  if (!functionBody && localLabels === undefined) return out;
  const local = new Set(localLabels?.values());
  for (const [label, m] of p.labelMentions) {
    const bound = local.has(label) || (functionBody && m.owner === p.fn && !isLocalLabel(label));
    if (bound && !m.used && !m.quiet && m.definition !== undefined) out.push(m);
  }
  return out.sort((a, b) => b.first.startOffset - a.first.startOffset);
}

/** A `__label__` label's function-unique name (`name.N`): no C name holds a dot. */
function isLocalLabel(label: string): boolean {
  return label.includes('.');
}

export function warnUnusedLabel(m: LabelMention): void {
  warnAt(m.definition!, `label '${m.definition!.image}' defined but not used [-Wunused-label]`);
}

/** The C name of a label, for messages: a local label's unique name loses its suffix. */
export function labelDisplayName(label: string): string {
  return label.replace(/\.\d+$/, '');
}
