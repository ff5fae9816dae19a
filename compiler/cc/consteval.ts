/**
 * Constant-expression evaluation: array sizes, case labels, enum values, and static
 * initializers, which may be an address (`&sym + 8`) rather than a plain number.
 * Arithmetic wraps to 64 bits and each cast truncates to its type, as the target would.
 */
import type { Node } from './ast.js';
import { errorAt } from './report.js';
import { isFlonum, isInteger, type Type } from './types.js';

export interface ConstValue {
  label: string | undefined; // symbol the value is relative to, if any
  value: bigint;
}

class NotConstant extends Error {}

export function wrapToType(v: bigint, ty: Type): bigint {
  if (ty.kind === 'bool') return v !== 0n ? 1n : 0n;
  const bits = Math.min(ty.size, 8) * 8;
  return ty.isUnsigned ? BigInt.asUintN(bits, v) : BigInt.asIntN(bits, v);
}

/** Evaluates an integer constant expression or reports an error at the node. */
export function evalInt(n: Node): bigint {
  const r = tryEval(n);
  if (r === undefined || r.label !== undefined) return errorAt(n.tok, 'expression is not an integer constant expression');
  return r.value;
}

export function tryEvalInt(n: Node): bigint | undefined {
  const r = tryEval(n);
  return r && r.label === undefined ? r.value : undefined;
}

export function tryEval(n: Node): ConstValue | undefined {
  try {
    return evalNode(n);
  } catch (e) {
    if (e instanceof NotConstant) return undefined;
    throw e;
  }
}

function plain(v: bigint, ty: Type | undefined): ConstValue {
  return { label: undefined, value: ty ? wrapToType(v, ty) : BigInt.asIntN(64, v) };
}

function intOf(n: Node): bigint {
  const r = evalNode(n);
  if (r.label !== undefined) throw new NotConstant();
  return r.value;
}

function evalNode(n: Node): ConstValue {
  const ty = n.ty;
  switch (n.kind) {
    case 'num':
      return { label: undefined, value: n.val! };
    case 'fnum':
      return { label: undefined, value: BigInt(Math.trunc(n.fval!)) };
    case 'add': {
      const l = evalNode(n.lhs!);
      const r = evalNode(n.rhs!);
      if (l.label !== undefined && r.label !== undefined) throw new NotConstant();
      return { label: l.label ?? r.label, value: BigInt.asIntN(64, l.value + r.value) };
    }
    case 'sub': {
      const l = evalNode(n.lhs!);
      const r = evalNode(n.rhs!);
      if (r.label !== undefined) {
        if (l.label !== r.label) throw new NotConstant();
        return plain(l.value - r.value, ty);
      }
      return { label: l.label, value: BigInt.asIntN(64, l.value - r.value) };
    }
    case 'mul': return plain(intOf(n.lhs!) * intOf(n.rhs!), ty);
    case 'div': case 'mod': return divide(n);
    case 'band': return plain(intOf(n.lhs!) & intOf(n.rhs!), ty);
    case 'bor': return plain(intOf(n.lhs!) | intOf(n.rhs!), ty);
    case 'bxor': return plain(intOf(n.lhs!) ^ intOf(n.rhs!), ty);
    case 'shl': return plain(intOf(n.lhs!) << (intOf(n.rhs!) & 63n), ty);
    case 'shr': {
      const l = wrapToType(intOf(n.lhs!), n.lhs!.ty!);
      return plain(l >> (intOf(n.rhs!) & 63n), ty);
    }
    case 'eq': return plain(cmpOperands(n, (a, b) => a === b), undefined);
    case 'ne': return plain(cmpOperands(n, (a, b) => a !== b), undefined);
    case 'lt': return plain(cmpOperands(n, (a, b) => a < b), undefined);
    case 'le': return plain(cmpOperands(n, (a, b) => a <= b), undefined);
    case 'logand': return plain(intOf(n.lhs!) !== 0n && intOf(n.rhs!) !== 0n ? 1n : 0n, undefined);
    case 'logor': return plain(intOf(n.lhs!) !== 0n || intOf(n.rhs!) !== 0n ? 1n : 0n, undefined);
    case 'not': return plain(intOf(n.lhs!) === 0n ? 1n : 0n, undefined);
    case 'bitnot': return plain(~intOf(n.lhs!), ty);
    case 'neg': return plain(-intOf(n.lhs!), ty);
    case 'cond': return intOf(n.cond!) !== 0n ? evalNode(n.then!) : evalNode(n.els!);
    case 'labelAddr': return { label: `.L.${n.obj!.name}.${n.label!}`, value: 0n };
    case 'comma': evalNode(n.lhs!); return evalNode(n.rhs!);
    case 'cast': return evalCast(n);
    case 'addr': return evalAddress(n.lhs!);
    case 'var':
      // An array or function designator is its address.
      if (n.ty!.kind === 'array' || n.ty!.kind === 'func') return evalAddress(n);
      throw new NotConstant();
    case 'member':
      if (n.ty!.kind === 'array') return evalAddress(n);
      throw new NotConstant();
    case 'deref':
      if (n.ty!.kind === 'array' || n.ty!.kind === 'func') return evalNode(n.lhs!);
      throw new NotConstant();
    default:
      throw new NotConstant();
  }
}

function evalCast(n: Node): ConstValue {
  const inner = n.lhs!;
  if (isFlonum(inner.ty!) && isInteger(n.ty!)) {
    const f = evalFloat(inner);
    if (f === undefined) throw new NotConstant();
    return plain(BigInt(Math.trunc(f)), n.ty);
  }
  const v = evalNode(inner);
  if (v.label !== undefined) {
    if (n.ty!.size < 8) throw new NotConstant();
    return v;
  }
  if (!isInteger(n.ty!) && n.ty!.kind !== 'ptr') throw new NotConstant();
  return plain(v.value, n.ty!.kind === 'ptr' ? undefined : n.ty);
}

function cmpOperands(n: Node, f: (a: bigint, b: bigint) => boolean): bigint {
  const t = n.lhs!.ty!;
  const a = wrapToType(intOf(n.lhs!), t);
  const b = wrapToType(intOf(n.rhs!), t);
  return f(a, b) ? 1n : 0n;
}

function divide(n: Node): ConstValue {
  const t = n.ty!;
  const a = wrapToType(intOf(n.lhs!), t);
  const b = wrapToType(intOf(n.rhs!), t);
  if (b === 0n) throw new NotConstant();
  return plain(n.kind === 'div' ? a / b : a % b, t);
}

function evalAddress(n: Node): ConstValue {
  switch (n.kind) {
    case 'var':
      if (n.obj!.isLocal) throw new NotConstant();
      return { label: n.obj!.name, value: 0n };
    case 'deref':
      return evalNode(n.lhs!);
    case 'member': {
      const base = evalAddress(n.lhs!);
      return { label: base.label, value: base.value + BigInt(n.member!.offset) };
    }
    case 'cast':
      return evalAddress(n.lhs!);
    default:
      throw new NotConstant();
  }
}

/** Evaluates a floating constant expression, or undefined when it is not one. */
export function evalFloat(n: Node): number | undefined {
  switch (n.kind) {
    case 'fnum': return n.fval!;
    case 'num': return Number(n.ty!.isUnsigned ? BigInt.asUintN(64, n.val!) : n.val!);
    case 'cast': {
      const inner = n.lhs!;
      let v: number | undefined;
      if (isFlonum(inner.ty!)) v = evalFloat(inner);
      else {
        const i = tryEvalInt(inner);
        v = i === undefined ? undefined : Number(inner.ty!.isUnsigned ? BigInt.asUintN(64, i) : i);
      }
      if (v === undefined) return undefined;
      return n.ty!.kind === 'float' ? Math.fround(v) : v;
    }
    case 'neg': { const v = evalFloat(n.lhs!); return v === undefined ? undefined : -v; }
    case 'add': return floatBin(n, (a, b) => a + b);
    case 'sub': return floatBin(n, (a, b) => a - b);
    case 'mul': return floatBin(n, (a, b) => a * b);
    case 'div': return floatBin(n, (a, b) => a / b);
    case 'cond': {
      const c = tryEvalInt(n.cond!);
      if (c === undefined) return undefined;
      return evalFloat(c !== 0n ? n.then! : n.els!);
    }
    default: return undefined;
  }
}

function floatBin(n: Node, f: (a: number, b: number) => number): number | undefined {
  const a = evalFloat(n.lhs!);
  const b = evalFloat(n.rhs!);
  if (a === undefined || b === undefined) return undefined;
  const r = f(a, b);
  return n.ty!.kind === 'float' ? Math.fround(r) : r;
}
