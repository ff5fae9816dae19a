/**
 * Old-style (K&R) function definitions: `int f(a, b) int a; char *b; { ... }`. The
 * identifier list gets its types from the declarations between `)` and `{`.
 */
import type { IToken } from './chevrotain.js';
import type { Obj } from './ast.js';
import { errorAt, isoC99, pedwarnAt, warnAt } from './report.js';
import { isCompatible, pointerTo, promotedType, tyInt, unqualified, type Param, type Type } from './types.js';

/**
 * Gives the identifier-list parameters of a K&R definition their declared types (default
 * int). Callers of an unprototyped function promote their arguments, so a `float`
 * parameter arrives as a double (char and short arrive as int, whose low bytes they are).
 */
function applyKrDeclarations(fnTy: Type, decls: Param[]): void {
  for (const d of decls) {
    const p = fnTy.params.find((x) => x.name === d.name);
    if (!p) errorAt(d.tok!, `declaration for parameter '${d.name}' but no such parameter`);
    // The parameter is where its declaration names it (gcc's -Wunused-parameter points there).
    p.tok = d.tok;
    const ty = adjusted(d.ty);
    const arrives = promotedType(ty);
    if (ty.kind === 'float' && arrives !== ty) {
      p.ty = arrives;
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
export function krDefinitionType(fn: Obj, own: Type, decls: Param[], nameTok: IToken): Type {
  defaultToInt(own, decls, nameTok);
  const proto = fn.ty;
  if (proto === own || !proto.hasPrototype) {
    applyKrDeclarations(own, decls);
    fn.ty = own;
    return own;
  }
  // (gcc only warns of a `...` prototype, and then compares the named parameters.)
  if (proto.isVariadic) warnAt(nameTok, `'${nameTok.image}' defined as variadic function without prototype`);
  if (proto.params.length !== own.params.length) errorAt(nameTok, "number of arguments doesn't match prototype");
  own.params.forEach((param, i) => checkAgainstPrototype(param, decls.find((d) => d.name === param.name), proto.params[i].ty));
  const merged = Object.assign(Object.create(Object.getPrototypeOf(proto) as object), proto) as Type;
  merged.params = proto.params.map((pp, i) => ({ ...pp, name: own.params[i].name, tok: own.params[i].tok, obj: undefined }));
  for (const d of decls) {
    if (!own.params.some((x) => x.name === d.name)) errorAt(d.tok!, `declaration for parameter '${d.name}' but no such parameter`);
  }
  fn.ty = merged;
  return merged;
}

/**
 * A definition whose identifier list no declarations follow, `int f(a, b) { ... }`: a K&R
 * definition all the same (each parameter an int, named as the list names it, also when a
 * prototype came first).
 */
export function identifierListDefinition(fn: Obj, own: Type, nameTok: IToken): void {
  if (own.kind === 'func' && !own.hasPrototype && own.params.length > 0) krDefinitionType(fn, own, [], nameTok);
}

/**
 * An identifier-list parameter no declaration names is an int, which C99 no longer allows
 * (gcc's pedwarn, placed as the parameter itself is: at the function's name).
 */
function defaultToInt(own: Type, decls: Param[], nameTok: IToken): void {
  for (const p of own.params) {
    if (p.name === undefined || decls.some((d) => d.name === p.name)) continue;
    p.tok = nameTok;
    if (isoC99()) pedwarnAt(nameTok, `type of '${p.name}' defaults to 'int' [-Wimplicit-int]`);
  }
}

/**
 * A K&R parameter arrives promoted, and that must be the prototype's type (C11 6.7.6.3p15):
 * `int f(double); int f(x) float x;` is fine. gcc lets one declared with exactly the
 * prototype's type pass with a pedantic warning (`float f(float); float f(x) float x;`).
 */
function checkAgainstPrototype(param: Param, decl: Param | undefined, protoTy: Type): void {
  const ty = unqualified(adjusted(decl?.ty ?? tyInt));
  const wanted = unqualified(protoTy);
  if (isCompatible(promotedType(ty), wanted)) return;
  const tok = decl?.tok ?? param.tok!;
  if (isCompatible(ty, wanted)) pedwarnAt(tok, `promoted argument '${param.name}' doesn't match prototype`, '-Wpedantic');
  else errorAt(tok, `argument '${param.name}' doesn't match prototype`);
}

/** A parameter declared as an array or a function is a pointer (C11 6.7.6.3p7-8). */
function adjusted(ty: Type): Type {
  if (ty.kind === 'array') return pointerTo(ty.base!);
  return ty.kind === 'func' ? pointerTo(ty) : ty;
}
