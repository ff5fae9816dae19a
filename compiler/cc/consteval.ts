/**
 * Constant-expression evaluation: array sizes, case labels, enum values, and static
 * initializers, which may be an address (`&sym + 8`) rather than a plain number.
 * Arithmetic wraps to 64 bits and each cast truncates to its type, as the target would.
 */
import type { Node } from './ast.js';
import { readStaticObject } from './const-object.js';
import { foldComplexAsReal, foldInt } from './fold128.js';
import { foldFloat128AsNumber, foldFloat128Integer } from './fold-float128.js';
import { errorAt } from './report.js';
import { isFlonum, isInteger, type Type } from './types.js';

export interface ConstValue {
  label: string | undefined; // symbol the value is relative to, if any
  value: bigint;
  minus?: string; // `&&a - &&b`: a difference of two labels (static initializers only)
}

// Label differences are only constants where the assembler resolves them: static data.
let allowDifference = false;

// Static initializers may also read read-only objects' initial values (const-object.ts).
let allowObjectReads = false;

/** tryEval for a static initializer, where `&&a - &&b` is a constant too. */
export function tryEvalStatic(n: Node): ConstValue | undefined {
  allowDifference = true;
  try {
    return withObjectReads(() => tryEval(n));
  } finally {
    allowDifference = false;
  }
}

/** Runs f as part of a static initializer: read-only objects' values count as constants. */
export function withObjectReads<T>(f: () => T): T {
  const outer = allowObjectReads;
  allowObjectReads = true;
  try {
    return f();
  } finally {
    allowObjectReads = outer;
  }
}

function tryAddress(n: Node): ConstValue | undefined {
  try {
    return evalNode(n);
  } catch (e) {
    if (e === NOT_CONSTANT) return undefined;
    throw e;
  }
}

/** An integer or pointer object's static value, when reads are allowed; else not constant. */
function objectValue(n: Node): ConstValue {
  const v = allowObjectReads ? readStaticObject(n, tryAddress) : undefined;
  if (v === undefined || typeof v === 'number') throw NOT_CONSTANT;
  return v.label === undefined ? plain(v.value, n.ty!.kind === 'ptr' ? undefined : n.ty) : v;
}

/** A float or double object's static value, when reads are allowed. */
function objectFloat(n: Node): number | undefined {
  if (!allowObjectReads) return undefined;
  const part = complexAsReal(n);
  if (part !== undefined) return part;
  const v = readStaticObject(n, tryAddress);
  return typeof v === 'number' ? v : undefined;
}

/**
 * `(double)z` or `(_Bool)z` of a constant complex z, in a static initializer: an arithmetic
 * constant expression there (C11 6.6p7), though not an integer constant expression.
 */
function complexAsReal(n: Node): number | undefined {
  return allowObjectReads ? foldComplexAsReal(n) : undefined;
}

/** A part of a constant integer complex, or a complex's truth: only in static initializers. */
function complexIntPart(n: Node): ConstValue {
  const part = complexAsReal(n);
  if (part === undefined || !Number.isFinite(part)) throw NOT_CONSTANT;
  return plain(BigInt(Math.trunc(part)), n.ty);
}

/**
 * Thrown from deep inside evalNode when a subexpression is not constant. One shared
 * object, not an Error: constructing an Error captures a stack trace, and the code
 * generator asks about every condition (codegen-dead.ts), so most answers are "no".
 */
const NOT_CONSTANT = Symbol('not a constant');

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
  if (!allowObjectReads && failsFirst(n)) return undefined;
  try {
    return evalNode(n);
  } catch (e) {
    if (e === NOT_CONSTANT) return undefined;
    throw e;
  }
}

/**
 * Whether evaluating n (outside a static initializer, where no object's value is a
 * constant) surely throws NOT_CONSTANT at its first step: the condition `i < n`, `p->x & 4`
 * or `f() == 0` that the code generator asks about. Answered without evaluating, because a
 * throw and catch costs microseconds (on sqlite3.c, 3% of the compile). It follows
 * evalNode's order: the operand an operator evaluates first, or the right one when the
 * left is a number (not for && and ||); a floating operand takes evalFloat's path, which
 * is left to evalNode.
 */
function failsFirst(n: Node): boolean {
  switch (n.kind) {
    case 'var': case 'deref':
      return n.ty!.kind !== 'array' && n.ty!.kind !== 'func';
    case 'member':
      return n.ty!.kind !== 'array';
    case 'call': case 'assign':
      return true;
    // `0 && x` is a constant: the right operand of && and || may go unevaluated.
    case 'cast': case 'neg': case 'bitnot': case 'not': case 'comma': case 'logand': case 'logor':
      return !isFlonum(n.lhs!.ty!) && failsFirst(n.lhs!);
    case 'add': case 'sub': case 'mul': case 'div': case 'mod': case 'band': case 'bor': case 'bxor': case 'shl': case 'shr':
    case 'eq': case 'ne': case 'lt': case 'le': {
      const l = n.lhs!;
      const r = n.rhs!;
      if (isFlonum(l.ty!) || isFlonum(r.ty!)) return false;
      return failsFirst(l) || (l.kind === 'num' && failsFirst(r));
    }
    default:
      return false;
  }
}

function plain(v: bigint, ty: Type | undefined): ConstValue {
  return { label: undefined, value: ty ? wrapToType(v, ty) : BigInt.asIntN(64, v) };
}

function intOf(n: Node): bigint {
  const r = evalNode(n);
  if (r.label !== undefined) throw NOT_CONSTANT;
  return r.value;
}

function evalNode(n: Node): ConstValue {
  const ty = n.ty;
  switch (n.kind) {
    case 'num':
      return { label: undefined, value: n.val! };
    case 'fnum':
      if (!Number.isFinite(n.fval!)) throw NOT_CONSTANT;
      return { label: undefined, value: BigInt(Math.trunc(n.fval!)) };
    case 'add': {
      const l = evalNode(n.lhs!);
      const r = evalNode(n.rhs!);
      if (l.label !== undefined && r.label !== undefined) throw NOT_CONSTANT;
      return { label: l.label ?? r.label, minus: l.minus ?? r.minus, value: BigInt.asIntN(64, l.value + r.value) };
    }
    case 'sub': {
      const l = evalNode(n.lhs!);
      const r = evalNode(n.rhs!);
      if (r.label !== undefined) {
        if (l.label === r.label && l.minus === undefined && r.minus === undefined) return plain(l.value - r.value, ty);
        if (!allowDifference || l.label === undefined || l.minus !== undefined || r.minus !== undefined) throw NOT_CONSTANT;
        return { label: l.label, minus: r.label, value: BigInt.asIntN(64, l.value - r.value) };
      }
      return { label: l.label, minus: l.minus, value: BigInt.asIntN(64, l.value - r.value) };
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
    case 'logand': return plain(truthOf(n.lhs!) && truthOf(n.rhs!) ? 1n : 0n, undefined);
    case 'logor': return plain(truthOf(n.lhs!) || truthOf(n.rhs!) ? 1n : 0n, undefined);
    case 'not': return plain(truthOf(n.lhs!) ? 0n : 1n, undefined);
    case 'bitnot': return plain(~intOf(n.lhs!), ty);
    case 'neg': return plain(-intOf(n.lhs!), ty);
    case 'cond': return truthOf(n.cond!) ? evalNode(n.then!) : evalNode(n.els!);
    case 'labelAddr': return { label: `.L.${n.obj!.name}.${n.label!}`, value: 0n };
    case 'comma': evalNode(n.lhs!); return evalNode(n.rhs!);
    case 'cast': return evalCast(n);
    case 'builtin': return plain(n.label!.endsWith('_overflow_p') ? foldOverflowPredicate(n) : foldBitBuiltin(n), ty);
    case 'addr': return evalAddress(n.lhs!);
    case 'var':
      // An array or function designator is its address.
      if (n.ty!.kind === 'array' || n.ty!.kind === 'func') return evalAddress(n);
      return objectValue(n);
    case 'member':
      if (n.ty!.kind === 'array') return evalAddress(n);
      if (n.lhs!.ty!.isInt128) return wideIntPart(n);
      return isInteger(n.ty!) && n.lhs!.ty!.complexBase ? complexIntPart(n) : objectValue(n);
    case 'int128':
      return wideIntPart(n);
    case 'complex':
      if (n.label !== 'toBool') throw NOT_CONSTANT;
      return complexIntPart(n);
    case 'float128': {
      const v = foldFloat128Integer(n);
      if (v === undefined) throw NOT_CONSTANT;
      return plain(v, ty);
    }
    case 'deref':
      if (n.ty!.kind === 'array' || n.ty!.kind === 'func') return evalNode(n.lhs!);
      return objectValue(n);
    default:
      throw NOT_CONSTANT;
  }
}

/** An int value computed from 128-bit ones: a comparison, a truth value, a half (fold128.ts). */
function wideIntPart(n: Node): ConstValue {
  const v = foldInt(n);
  if (v === undefined) throw NOT_CONSTANT;
  return plain(v, n.ty);
}

/**
 * Byte swaps and bit counts of constants, which gcc folds even at -O0
 * (`if (__builtin_bswap16(0xaabb) != 0xbbaa) link_error();` must not call anything).
 */
/**
 * `__builtin_add_overflow_p(a, b, (T)0)` of constants: whether the exact result (each
 * operand's value in its own type) is outside T. gcc makes it an integer constant
 * expression (gnulib's intprops.h puts it in static assertions and array sizes).
 */
function foldOverflowPredicate(n: Node): bigint {
  const [a, b, like] = n.args!;
  const x = wrapToType(intOf(a), a.ty!);
  const y = wrapToType(intOf(b), b.ty!);
  const exact = n.label === '__builtin_add_overflow_p' ? x + y : n.label === '__builtin_sub_overflow_p' ? x - y : x * y;
  return wrapToType(exact, like.ty!) === exact ? 0n : 1n;
}

function foldBitBuiltin(n: Node): bigint {
  const m = /^__builtin_(bswap|clz|ctz|popcount|ffs|parity)(16|32|64|l|ll)?$/.exec(n.label ?? '');
  if (!m || n.args!.length !== 1) throw NOT_CONSTANT;
  const argTy = n.args![0].ty!;
  const bits = m[1] === 'bswap' ? Number(m[2]) : m[2] === undefined ? 32 : 64;
  const x = BigInt.asUintN(bits, wrapToType(intOf(n.args![0]), argTy));
  switch (m[1]) {
    case 'bswap': {
      let r = 0n;
      for (let i = 0; i < bits / 8; i++) r = (r << 8n) | ((x >> BigInt(i * 8)) & 0xffn);
      return r;
    }
    case 'popcount': case 'parity': {
      let count = 0n;
      for (let v = x; v !== 0n; v >>= 1n) count += v & 1n;
      return m[1] === 'parity' ? count & 1n : count;
    }
    case 'ffs': {
      if (x === 0n) return 0n;
      let i = 1n;
      while (((x >> (i - 1n)) & 1n) === 0n) i++;
      return i;
    }
    default: {
      if (x === 0n) throw NOT_CONSTANT; // undefined: leave it to the instruction
      let i = 0n;
      if (m[1] === 'ctz') while (((x >> i) & 1n) === 0n) i++;
      else while (((x >> BigInt(bits - 1 - Number(i))) & 1n) === 0n) i++;
      return i;
    }
  }
}

function evalCast(n: Node): ConstValue {
  const inner = n.lhs!;
  if (n.ty!.kind === 'bool') {
    // Conversion to _Bool compares with zero: (_Bool)0.2 and (_Bool)2 are both 1.
    if (isFlonum(inner.ty!)) {
      const f = evalFloat(inner);
      if (f === undefined) throw NOT_CONSTANT;
      return plain(f !== 0 ? 1n : 0n, undefined);
    }
    // An address is not folded: a weak symbol's may be null.
    return plain(intOf(inner) !== 0n ? 1n : 0n, undefined);
  }
  if (isFlonum(inner.ty!) && isInteger(n.ty!)) {
    const f = evalFloat(inner);
    if (f === undefined) throw NOT_CONSTANT;
    return plain(floatToIntConstant(f, n.ty!), n.ty);
  }
  const v = evalNode(inner);
  if (v.label !== undefined) {
    // A label difference is a small number the assembler computes; it fits an int.
    if (n.ty!.size < 8 && !(v.minus !== undefined && n.ty!.size === 4)) throw NOT_CONSTANT;
    return v;
  }
  if (!isInteger(n.ty!) && n.ty!.kind !== 'ptr') throw NOT_CONSTANT;
  return plain(v.value, n.ty!.kind === 'ptr' ? undefined : n.ty);
}

/** Whether a constant is nonzero; a floating one is compared as a number (0.5 is true). */
function truthOf(n: Node): boolean {
  if (!isFlonum(n.ty!)) return intOf(n) !== 0n;
  const f = evalFloat(n);
  if (f === undefined) throw NOT_CONSTANT;
  return f !== 0;
}

function cmpOperands(n: Node, f: (a: bigint, b: bigint) => boolean): bigint {
  const t = n.lhs!.ty!;
  if (isFlonum(t) || isFlonum(n.rhs!.ty!)) {
    // Floating comparisons as numbers: 0.5 < 0.7, and every comparison with NaN false but !=.
    const a = evalFloat(n.lhs!);
    const b = evalFloat(n.rhs!);
    if (a === undefined || b === undefined) throw NOT_CONSTANT;
    const holds = n.kind === 'eq' ? a === b : n.kind === 'ne' ? a !== b : n.kind === 'lt' ? a < b : a <= b;
    return holds ? 1n : 0n;
  }
  const a = wrapToType(intOf(n.lhs!), t);
  const b = wrapToType(intOf(n.rhs!), t);
  return f(a, b) ? 1n : 0n;
}

function divide(n: Node): ConstValue {
  const t = n.ty!;
  const a = wrapToType(intOf(n.lhs!), t);
  const b = wrapToType(intOf(n.rhs!), t);
  if (b === 0n) throw NOT_CONSTANT;
  return plain(n.kind === 'div' ? a / b : a % b, t);
}

function evalAddress(n: Node): ConstValue {
  switch (n.kind) {
    case 'var':
      // A nested function's address is its trampoline, on the stack (nested.ts); a
      // thread-local object's depends on the thread.
      if (n.obj!.isLocal || n.obj!.nesting || n.obj!.isThreadLocal) throw NOT_CONSTANT;
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
      throw NOT_CONSTANT;
  }
}

/**
 * A floating constant converted to an integer type as gcc folds it: truncated toward zero,
 * saturated at the type's limits (the instruction would give 0x80000000...), NaN as 0.
 */
export function floatToIntConstant(f: number, ty: Type): bigint {
  if (Number.isNaN(f)) return 0n;
  const bits = ty.size * 8;
  const min = ty.isUnsigned ? 0n : -(1n << BigInt(bits - 1));
  const max = (ty.isUnsigned ? 1n << BigInt(bits) : 1n << BigInt(bits - 1)) - 1n;
  if (f === Infinity) return max;
  if (f === -Infinity) return min;
  const v = BigInt(Math.trunc(f));
  return v < min ? min : v > max ? max : v;
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
    case 'var': case 'member': case 'deref': return objectFloat(n);
    case 'float128': return foldFloat128AsNumber(n);
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
