/**
 * C99 `_Complex` (and GNU `__complex__`, `__real__`, `__imag__`). A complex number is laid
 * out, passed and returned exactly like `struct { T re, im; }` — which is what the x86-64
 * ABI prescribes for complex float and double — so it travels through the compiler as an
 * aggregate, and only arithmetic needs its own nodes: 'complex' nodes whose `label` names
 * the operation, expanded by codegen-complex.ts into a result slot of the frame.
 */
import type { IToken } from './chevrotain.js';
import { newNode, newWideOpNode, type Node } from './ast.js';
import { errorAt } from './report.js';
import { isFlonum, isInteger, isNumeric, Type, tyInt, type Member } from './types.js';

export type ComplexOp = 'add' | 'sub' | 'mul' | 'div' | 'neg' | 'conj' | 'eq' | 'ne' | 'fromReal' | 'fromImag' | 'fromParts' | 'convert' | 'toBool'
  | MixedOp;

/**
 * A complex and a real floating operand (either side; the real one has the part type).
 * C11 G.5.1: the real operand is not converted to complex, so `z * 2.0` is (2a, 2b) —
 * no NaN from inf * 0 — and `z + x` keeps the sign of a -0 imaginary part. `x / z` has no
 * such form: it divides as a complex number.
 */
export type MixedOp = 'addReal' | 'subReal' | 'mulReal' | 'divReal';

const complexTypes = new Map<Type, Type>();

/** `_Complex base`: one shared type per base type (GNU allows integer ones too). */
export function complexOf(base: Type, tok: IToken): Type {
  if (base.isFloat128) return errorAt(tok, `'_Complex _Float128' is not supported`);
  if (!isFlonum(base) && (!isInteger(base) || base.kind === 'bool')) return errorAt(tok, `invalid complex type`);
  const known = complexTypes.get(base);
  if (known) return known;
  const t = new Type('struct', base.size * 2, base.align);
  const part = (name: string, offset: number): Member => ({ name, ty: base, offset, isBitfield: false, bitOffset: 0, bitWidth: 0 });
  t.members = [part('__real', 0), part('__imag', base.size)];
  t.complexBase = base;
  complexTypes.set(base, t);
  return t;
}

export function isComplex(t: Type): boolean {
  return t.complexBase !== undefined;
}

/** `__real__ e` / `__imag__ e` (an lvalue when e is); on a real number, itself or zero. */
export function complexPart(e: Node, imag: boolean, tok: IToken): Node {
  const t = e.ty!;
  if (!isComplex(t)) {
    if (!isNumeric(t)) return errorAt(tok, `wrong type argument to ${imag ? '__imag__' : '__real__'}`);
    if (!imag) return e;
    const zero = newNode(isFlonum(t) ? 'fnum' : 'num', tok);
    if (isFlonum(t)) zero.fval = 0;
    else zero.val = 0n;
    zero.ty = t;
    if (e.kind === 'num' || e.kind === 'fnum') return zero;
    // `__imag__ ++i` is zero, but i is still incremented.
    const withEffects = newNode('comma', tok);
    withEffects.lhs = e;
    withEffects.rhs = zero;
    withEffects.ty = t;
    return withEffects;
  }
  const n = newNode('member', tok);
  n.lhs = e;
  n.member = t.members[imag ? 1 : 0];
  n.ty = t.complexBase!;
  return n;
}

/** The complex type both operands convert to: the usual arithmetic conversions of their parts. */
function commonComplex(a: Type, b: Type, tok: IToken, common: (a: Type, b: Type) => Type): Type {
  return complexOf(common(a.complexBase ?? a, b.complexBase ?? b), tok);
}

function complexNode(op: ComplexOp, ty: Type, lhs: Node, rhs: Node | undefined, tok: IToken): Node {
  return newWideOpNode('complex', op, ty, lhs, rhs, tok);
}

/** Converts a real or complex value to the complex type `to`. */
export function toComplex(e: Node, to: Type, castTo: (e: Node, ty: Type) => Node): Node {
  const from = e.ty!;
  if (from === to) return e;
  if (isComplex(from)) return complexNode('convert', to, e, undefined, e.tok);
  if (!isNumeric(from) && !from.isFloat128 && !from.isInt128) return errorAt(e.tok, `incompatible type for conversion to '${typeNameOfComplex(to)}'`);
  return complexNode('fromReal', to, castTo(e, to.complexBase!), undefined, e.tok);
}

/** Converts a complex value to a real type: its real part, or for _Bool whether it is nonzero. */
export function fromComplex(e: Node, to: Type, castTo: (e: Node, ty: Type) => Node): Node {
  if (to.kind === 'bool') return complexNode('toBool', to, e, undefined, e.tok);
  return castTo(complexPart(e, false, e.tok), to);
}

/** `a op b` where at least one operand is complex. */
export function complexBinary(op: 'add' | 'sub' | 'mul' | 'div' | 'eq' | 'ne', lhs: Node, rhs: Node, tok: IToken,
  castTo: (e: Node, ty: Type) => Node, common: (a: Type, b: Type) => Type): Node {
  for (const side of [lhs, rhs]) {
    if (!isNumeric(side.ty!) && !isComplex(side.ty!)) {
      errorAt(tok, `invalid operands to binary operator (have '${typeNameOfComplex(lhs.ty!)}' and '${typeNameOfComplex(rhs.ty!)}')`);
    }
  }
  const ty = commonComplex(lhs.ty!, rhs.ty!, tok, common);
  const realLeft = !isComplex(lhs.ty!), realRight = !isComplex(rhs.ty!);
  if (isFlonum(ty.complexBase!) && op !== 'eq' && op !== 'ne' && (realRight || (realLeft && op !== 'div'))) {
    const part = (e: Node): Node => (isComplex(e.ty!) ? toComplex(e, ty, castTo) : castTo(e, ty.complexBase!));
    return complexNode(`${op}Real` as MixedOp, ty, part(lhs), part(rhs), tok);
  }
  const a = toComplex(lhs, ty, castTo);
  const b = toComplex(rhs, ty, castTo);
  return complexNode(op, op === 'eq' || op === 'ne' ? tyInt : ty, a, b, tok);
}

/** A GNU imaginary constant `2.5i`: the complex number 0 + 2.5i. */
export function imaginaryConstant(value: Node, tok: IToken): Node {
  return complexNode('fromImag', complexOf(value.ty!, tok), value, undefined, tok);
}

/**
 * `__builtin_complex(re, im)`: both parts as given, with no arithmetic (so a -0 or a NaN
 * part stays as it is, which `re + im * I` cannot promise). The parts have one real
 * floating type (checked by the caller); a constant one folds in static initializers.
 */
export function complexFromParts(re: Node, im: Node, ty: Type, tok: IToken): Node {
  return complexNode('fromParts', ty, re, im, tok);
}

/** `-z` and `~z` (GNU: the conjugate). */
export function complexUnary(op: 'neg' | 'conj', e: Node, tok: IToken): Node {
  return complexNode(op, e.ty!, e, undefined, tok);
}

export function typeNameOfComplex(t: Type): string {
  if (!isComplex(t)) return t.kind;
  const b = t.complexBase!;
  return `complex ${b.kind === 'ldouble' ? 'long double' : b.kind}`;
}
