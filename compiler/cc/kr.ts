/**
 * Old-style (K&R) function definitions: `int f(a, b) int a; char *b; { ... }`. The
 * identifier list gets its types from the declarations between `)` and `{`.
 */
import type { Obj } from './ast.js';
import { errorAt } from './report.js';
import { pointerTo, tyDouble, type Param, type Type } from './types.js';

/**
 * Gives the identifier-list parameters of a K&R definition their declared types (default
 * int). Callers of an unprototyped function promote their arguments, so a `float`
 * parameter arrives as a double (char and short arrive as int, whose low bytes they are).
 */
function applyKrDeclarations(fnTy: Type, decls: Param[]): void {
  for (const d of decls) {
    const p = fnTy.params.find((x) => x.name === d.name);
    if (!p) errorAt(d.tok!, `declaration for parameter '${d.name}' but no such parameter`);
    let ty = d.ty;
    if (ty.kind === 'array') ty = pointerTo(ty.base!);
    else if (ty.kind === 'func') ty = pointerTo(ty);
    if (ty.kind === 'float' && ty.floatN === undefined) { // _Float32 is not promoted
      p.ty = tyDouble;
      p.declaredTy = ty;
    } else {
      p.ty = ty;
    }
  }
}

/**
 * The type a K&R definition gives its function: its own, or when a prototype came first,
 * the prototype's parameter types (the ABI callers use) under the definition's names.
 */
export function krDefinitionType(fn: Obj, own: Type, decls: Param[]): Type {
  const proto = fn.ty;
  if (proto === own || !proto.hasPrototype || proto.params.length !== own.params.length) {
    applyKrDeclarations(own, decls);
    fn.ty = own;
    return own;
  }
  const merged = Object.assign(Object.create(Object.getPrototypeOf(proto) as object), proto) as Type;
  merged.params = proto.params.map((pp, i) => ({ ...pp, name: own.params[i].name, tok: own.params[i].tok, obj: undefined }));
  for (const d of decls) {
    if (!own.params.some((x) => x.name === d.name)) errorAt(d.tok!, `declaration for parameter '${d.name}' but no such parameter`);
  }
  fn.ty = merged;
  return merged;
}
