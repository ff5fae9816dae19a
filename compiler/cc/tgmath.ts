/**
 * GNU `__builtin_tgmath(f1, ..., fk, a1, ..., an)`: calls the one of the functions f1..fk
 * that the rules of <tgmath.h> (C11 7.25) pick for the arguments a1..an. gcc offers it so
 * that a <tgmath.h> macro expands each argument once; glibc's header uses it.
 *
 * The functions all take n parameters (that is how the arguments are told from them).
 * A parameter is generic where the functions' types differ there; generic parameters are
 * real or complex floating types. The generic arguments decide: long double if any has
 * (complex) long double type, else double if any is a double or an integer, else float;
 * complex if any is complex. The chosen function has exactly those generic parameter
 * types — or, when the arguments are real and only complex functions exist, the complex
 * ones of that real type; when no function takes that type, the next wider one is used.
 */
import type { IToken } from './chevrotain.js';
import type { Node } from './ast.js';
import { errorAt } from './report.js';
import { isCompatible, isInteger, type Type } from './types.js';

const REAL_RANKS = ['float', 'double', 'ldouble'] as const;

export interface TgmathChoice {
  callee: Node;
  args: Node[];
}

export function chooseTgmath(all: Node[], tok: IToken): TgmathChoice {
  const first = all.length > 0 ? functionType(all[0]) : undefined;
  if (!first) return errorAt(tok, "'__builtin_tgmath' needs function pointers as its first arguments");
  const arity = first.params.length;
  const count = all.length - arity;
  if (arity === 0 || count < 2) return errorAt(tok, "wrong number of arguments to '__builtin_tgmath'");
  const fns = all.slice(0, count);
  const args = all.slice(count);
  const types = fns.map((f, i) => {
    const t = functionType(f);
    if (!t || t.isVariadic || t.params.length !== arity) {
      return errorAt(tok, `argument ${i + 1} of '__builtin_tgmath' is not a prototyped function of ${arity} parameters`);
    }
    return t;
  });
  const generic = [...Array(arity).keys()].filter((i) => types.some((t) => !sameParam(t.params[i].ty, types[0].params[i].ty)));
  if (generic.length === 0) return errorAt(tok, "'__builtin_tgmath' functions have no generic parameters");
  for (const t of types) {
    for (const i of generic) {
      if (floatingKey(t.params[i].ty) === undefined) return errorAt(tok, `parameter ${i + 1} of the '__builtin_tgmath' functions is generic but not floating`);
    }
  }
  const { rank, complex } = argumentDomain(args, generic);
  const matching = (isComplex: boolean, r: number): number => {
    const want = `${isComplex ? 'c' : ''}${REAL_RANKS[r]}`;
    return types.findIndex((t) => generic.every((i) => floatingKey(t.params[i].ty) === want));
  };
  // Functions that only take wider types (C23's narrowing fadd/dsqrt style) get the
  // narrowest of them that holds the arguments' type.
  for (let r = rank; r < REAL_RANKS.length; r++) {
    let k = matching(complex, r);
    if (k < 0 && !complex) k = matching(true, r);
    if (k >= 0) return { callee: fns[k], args };
  }
  return errorAt(tok, "no matching function for type-generic call to '__builtin_tgmath'");
}

/** The common real type (an index into REAL_RANKS) of the generic arguments, and whether any is complex. */
function argumentDomain(args: Node[], generic: number[]): { rank: number; complex: boolean } {
  let rank = 0;
  let complex = false;
  for (const i of generic) {
    const t = args[i].ty!;
    const real = t.complexBase ?? t;
    if (t.complexBase) complex = true;
    const r = isInteger(real) ? 1 : REAL_RANKS.indexOf(real.kind as (typeof REAL_RANKS)[number]);
    if (r < 0) return errorAt(args[i].tok, `invalid type of argument ${i + 1} of type-generic function`);
    rank = Math.max(rank, r);
  }
  return { rank, complex };
}

function functionType(n: Node): Type | undefined {
  let t = n.ty!;
  if (t.kind === 'ptr' && t.base!.kind === 'func') t = t.base!;
  return t.kind === 'func' && t.hasPrototype ? t : undefined;
}

/** 'float', 'double', 'ldouble', or the same with a 'c' for complex; undefined for other types. */
function floatingKey(t: Type): string | undefined {
  const real = t.complexBase ?? t;
  if (!(REAL_RANKS as readonly string[]).includes(real.kind)) return undefined;
  return `${t.complexBase ? 'c' : ''}${real.kind}`;
}

function sameParam(a: Type, b: Type): boolean {
  const ka = floatingKey(a);
  const kb = floatingKey(b);
  return ka !== undefined || kb !== undefined ? ka === kb : isCompatible(a, b);
}
