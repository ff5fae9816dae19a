/**
 * GNU `(union u) x`: a union whose member of x's type holds x, built as the compound
 * literal `(union u){ .member = x }`.
 */
import type { IToken } from './chevrotain.js';
import type { Node } from './ast.js';
import type { InitSyntax } from './initializer.js';
import { errorAt } from './report.js';
import { isCompatible, pointerTo, type Type } from './types.js';

export function castToUnion(e: Node, ty: Type, tok: IToken, compoundLiteral: (ty: Type, init: InitSyntax, tok: IToken) => Node): Node {
  const from = e.ty!.kind === 'array' ? pointerTo(e.ty!.base!) : e.ty!.kind === 'func' ? pointerTo(e.ty!) : e.ty!;
  const m = ty.members.find((mem) => mem.name !== undefined && !mem.isBitfield && isCompatible(mem.ty, from));
  if (!m) return errorAt(tok, `cast to union type from type not present in union`);
  const name = { ...tok, image: m.name! } as IToken;
  const init: InitSyntax = { kind: 'list', tok, items: [{ designators: [{ kind: 'field', name }], value: { kind: 'expr', expr: e } }] };
  return compoundLiteral(ty, init, tok);
}
