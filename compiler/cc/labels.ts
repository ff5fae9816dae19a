/**
 * GNU local labels: `__label__ name;` at the start of a block makes `name` a label of that
 * block only, so a macro (often a statement expression) can use its own label each time
 * it is expanded, and a nested function can jump to it (nested.ts). Inside the block the
 * label goes by a name unique in the function; gotos, `&&name` and the label itself all
 * resolve the C name through the block scopes (Scopes.resolveLabel).
 */
import type { IToken } from './chevrotain.js';
import type { CParserBase } from './parser-base.js';

export function declareLocalLabel(p: CParserBase, nameTok: IToken): void {
  p.requireFunction(nameTok, `label '${nameTok.image}' declared`);
  p.scopes.declareLocalLabel(nameTok.image, `${nameTok.image}.${p.uniqueName('')}`);
}

/** The C name of a label, for messages: a local label's unique name loses its suffix. */
export function labelDisplayName(label: string): string {
  return label.replace(/\.\d+$/, '');
}
