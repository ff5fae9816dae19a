/**
 * GNU `__builtin_*` functions. Three families:
 *  - the ones the code generator expands inline (bit counting, byte swaps, overflow
 *    arithmetic...): they become a 'builtin' node that codegen-builtin.ts expands;
 *  - the ones that are plain expressions in disguise (`__builtin_inf()`, `isnan`,
 *    `parity`...): lowered here to ordinary typed nodes;
 *  - the library ones (`__builtin_memcpy`, `__builtin_abort`...): gcc treats them as the
 *    C library function, and so do we: a call to X with X's real prototype, so a pointer
 *    or double result is not truncated to an implicit `int`.
 * Any other `__builtin_X` is an honest "unsupported builtin" error rather than a silent
 * call to a function X that does not exist.
 */
import { withSuggestion } from './spellcheck.js';
import { knownHeaderOf } from './known-headers.js';
import type { IToken } from './chevrotain.js';
import { blockEarlyCode, newNode, type Node, type Obj } from './ast.js';
import { isAtomicBuiltin, lowerAtomic } from './atomic.js';
import { lowerFloat128Builtin } from './builtins-float128.js';
import { inlineBuiltins, libraryAliases, libraryHeader, librarySignatures, loweredBuiltins, parserBuiltins } from './builtin-names.js';
import { complexFromParts, complexOf, complexPart, isComplex } from './complex.js';
import { isInt128, tyInt128, tyUInt128 } from './int128.js';
import { knownObjectSize } from './object-size.js';
import { tyVaListParameter } from './va-list.js';
import { errorAt, isoC99, isWarningOn, noteKnownHeader, noteMissingHeader, pedwarnAt, warnAt } from './report.js';
import {
  addNode, addrNode, arithNode, bitnotNode, condNode, negNode, assignNode, castNode, commaNode, compareNode, derefNode, fnumNode, logicalNode,
  numNode, shiftNode, subNode, varNode,
} from './typecheck.js';
import {
  funcType, isFlonum, isInteger, pointerTo, tyChar, tyDouble, tyFloat, tyInt, tyLDouble, tyLLong, tyLong, tyShort,
  tyUInt, tyULong, tyVoid, type Type, commonFloating, isCompatible, qualifiedType, unqualified, canonicalType,
} from './types.js';

/** What lowering needs from the parser: hidden locals, and the function being parsed. */
export interface BuiltinContext {
  newTemp(ty: Type): Obj;
  requireFunction(tok: IToken, what: string): Obj;
}

/**
 * The builtin the compiler handles for a call `name(...)` of an undeclared name, if any.
 * Like gcc, an undeclared `alloca` is the builtin (glibc's <alloca.h> says as much).
 */
export function compilerBuiltinFor(name: string): string | undefined {
  if (name === 'alloca') return '__builtin_alloca';
  name = standardFormBuiltin(name);
  const known = inlineBuiltins.has(name) || parserBuiltins.has(name) || loweredBuiltins.has(name) || isAtomicBuiltin(name);
  return known ? name : undefined;
}

/** A signalling NaN: arithmetic on it raises FE_INVALID (the quiet bit is clear). */
function signalingNaN(tok: IToken, ty: Type): Node {
  const n = fnumNode(NaN, tok, ty);
  n.signalingNaN = true;
  // long double constants carry their 80-bit image: exponent all ones, integer bit set, quiet bit clear.
  if (ty.kind === 'ldouble') n.extended = new Uint8Array([0, 0, 0, 0, 0, 0, 0, 0xa0, 0xff, 0x7f]);
  return n;
}

/**
 * gcc's `_FloatN` variants of the math builtins (`__builtin_inff32`, `__builtin_copysignf64x`)
 * as the float, double or long double builtin of the same format.
 */
function standardFormBuiltin(name: string): string {
  const m = /^(__builtin_[a-z_]+?)f(32|64)(x?)$/.exec(name);
  if (!m) return name;
  const format = m[2] === '32' && m[3] === '' ? 'f' : m[2] === '64' && m[3] === 'x' ? 'l' : '';
  return m[1] + format;
}

// ---- library builtins ----

const signatureTypes: Record<string, Type> = {
  v: tyVoid, i: tyInt, u: tyUInt, l: tyLong, L: tyLLong, z: tyULong, p: pointerTo(tyVoid), c: pointerTo(tyChar),
  P: pointerTo(qualifiedType(tyVoid, true, false)), C: pointerTo(qualifiedType(tyChar, true, false)),
  d: tyDouble, f: tyFloat, e: tyLDouble, I: pointerTo(tyInt), D: pointerTo(tyDouble), G: pointerTo(tyFloat), E: pointerTo(tyLDouble),
  F: pointerTo(tyVoid), V: tyVaListParameter,
};

/** The C library function that `__builtin_X` stands for, and its prototype. */
export function libraryBuiltin(tok: IToken): { name: string; ty: Type } {
  const raw = standardFormBuiltin(tok.image).slice('__builtin_'.length);
  const name = libraryAliases[raw] ?? raw;
  const sig = librarySignatures[name];
  if (sig === undefined) return errorAt(tok, `unsupported builtin '${tok.image}'`);
  return { name, ty: prototypeOf(sig) };
}

/** The function type a `librarySignatures` string spells: result letter, then parameters. */
function prototypeOf(sig: string): Type {
  const ty = funcType(signatureTypes[sig[0]]);
  for (const c of sig.slice(1)) {
    if (c === '.') ty.isVariadic = true;
    else ty.params.push({ name: undefined, ty: signatureTypes[c], tok: undefined });
  }
  return ty;
}

/**
 * The prototype gcc gives an undeclared call of a C library function it knows as a builtin
 * (`sqrt(2.0)` without <math.h>): its real one, not C89's implicit `int f()`, so a double or
 * pointer result is not truncated ("incompatible implicit declaration of built-in
 * function"). Only with builtins on: under -fno-builtin gcc falls back to `int f()`.
 */
export function implicitLibraryPrototype(name: string): Type | undefined {
  if (name.startsWith('__') || !Object.hasOwn(librarySignatures, name)) return undefined;
  return prototypeOf(librarySignatures[name]);
}

/**
 * gcc's warnings for a call of an undeclared function (`prototype`: the one gcc gives a
 * library function it knows, else undefined): C99 wants a declaration, and a library
 * function whose real prototype `int f()` contradicts is worse. Each names the header.
 */
export function warnImplicitDeclaration(t: IToken, name: string, prototype: Type | undefined, suggest: () => string | undefined): void {
  const header = prototype ? libraryHeader(name) : undefined;
  if (isoC99()) {
    // A function a standard header declares gets that header's note; another may be misspelt.
    const suggestion = header === undefined && knownHeaderOf(name) === undefined ? suggest() : undefined;
    pedwarnAt(t, `${withSuggestion(`implicit declaration of function '${name}'`, suggestion)} [-Wimplicit-function-declaration]`);
    // A builtin's header is named by its own note; other functions gcc knows (fopen, time) by known-headers.ts's.
    if (header) noteMissingHeader(t, name, header);
    else if (prototype === undefined) noteKnownHeader(t);
  }
  if (prototype && !agreesWithImplicitInt(prototype) && !isWarningOn('no-builtin-declaration-mismatch')) {
    warnAt(t, `incompatible implicit declaration of built-in function '${name}' [-Wbuiltin-declaration-mismatch]`);
    if (header) noteMissingHeader(t, name, header);
  }
}

/**
 * Would C89's implicit `int f()` agree with this prototype? Only if it returns int and
 * takes a fixed list of types the default promotions leave alone; otherwise gcc warns
 * that the implicit declaration is incompatible with the built-in function.
 */
export function agreesWithImplicitInt(prototype: Type): boolean {
  const promoted = (t: Type): boolean => !(t.kind === 'float' || t.kind === 'bool' || ((t.kind === 'char' || t.kind === 'short') && t.size < 4));
  return canonicalType(prototype.returnType!) === tyInt && !prototype.isVariadic && prototype.params.every((p) => promoted(p.ty));
}

// ---- lowering ----

/**
 * gcc's type class of an argument after the default promotions (`__builtin_classify_type`):
 * -1 with none, 1 an integer, 5 a pointer (arrays and functions decay), 8 a real floating
 * type, 9 a complex one, 12 a struct, 13 a union.
 */
function typeClass(t: Type | undefined): number {
  if (!t) return -1;
  if (t.isInt128) return 1;
  if (t.complexBase) return 9;
  if (isFlonum(t) || t.isFloat128) return 8;
  if (t.kind === 'ptr' || t.kind === 'array' || t.kind === 'func') return 5;
  if (t.kind === 'struct' || t.kind === 'union') return t.kind === 'union' ? 13 : 12;
  return t.kind === 'void' ? 0 : 1;
}

/** Builds the node for a call to a compiler builtin other than the parser's own ones. */
export function lowerBuiltin(ctx: BuiltinContext, name: string, args: Node[], tok: IToken): Node {
  const argc = (n: number): void => {
    if (args.length !== n) errorAt(tok, `wrong number of arguments to '${name}'`);
  };
  if (inlineBuiltins.has(name)) return inlineNode(ctx, name, args, tok);
  if (isAtomicBuiltin(name)) return lowerAtomic(name, args, tok);
  const float128 = lowerFloat128Builtin(ctx, name, args, tok);
  if (float128) return float128;
  const overflow = /^__builtin_(s|u)?(add|sub|mul)(l|ll)?_overflow(_p)?$/.exec(name);
  if (overflow) {
    argc(3);
    return overflowNode(args, overflow[2], overflow[1], overflow[3], overflow[4] !== undefined, tok);
  }
  switch (name) {
    case '__builtin_parity': case '__builtin_parityl': case '__builtin_parityll': {
      argc(1);
      const count = inlineNode(ctx, name.replace('parity', 'popcount'), args, tok);
      return arithNode('band', '&', count, numNode(1n, tok), tok);
    }
    case '__builtin_classify_type': return numNode(BigInt(typeClass(args[0]?.ty)), tok);
    case '__builtin_expect_with_probability': argc(3); return castNode(args[0], tyLong); // a long, as __builtin_expect
    // x86-64 return addresses need no decoding (gcc: "the identity on most targets").
    case '__builtin_extract_return_addr': case '__builtin_frob_return_addr': argc(1); return castNode(args[0], pointerTo(tyVoid));
    case '__builtin_speculation_safe_value': return args[0] ?? errorAt(tok, `too few arguments to '${name}'`);
    case '__builtin_huge_val': case '__builtin_inf': return fnumNode(Infinity, tok, tyDouble);
    case '__builtin_huge_valf': case '__builtin_inff': return fnumNode(Infinity, tok, tyFloat);
    case '__builtin_huge_vall': case '__builtin_infl': return fnumNode(Infinity, tok, tyLDouble);
    case '__builtin_nan': return fnumNode(NaN, tok, tyDouble);
    case '__builtin_nanf': return fnumNode(NaN, tok, tyFloat);
    case '__builtin_nanl': return fnumNode(NaN, tok, tyLDouble);
    case '__builtin_complex': {
      argc(2);
      const [re, im] = args;
      if (!isFlonum(re.ty!) || !isFlonum(im.ty!)) errorAt(tok, "'__builtin_complex' operand not of real binary floating-point type");
      if (!isCompatible(unqualified(re.ty!), unqualified(im.ty!))) errorAt(tok, "'__builtin_complex' operands of different types");
      return complexFromParts(re, im, complexOf(commonFloating(re.ty!, im.ty!), tok), tok);
    }
    case '__builtin_nans': return signalingNaN(tok, tyDouble);
    case '__builtin_nansf': return signalingNaN(tok, tyFloat);
    case '__builtin_nansl': return signalingNaN(tok, tyLDouble);
    // The dynamic form may compute a size at run time; the static answer is a valid one.
    case '__builtin_object_size': case '__builtin_dynamic_object_size': {
      // gcc -O0 still knows the objects declared here (object-size.ts); anything else is
      // unknown: -1 for types 0/1 and 0 for 2/3.
      argc(2);
      const kind = args[1].kind === 'num' ? args[1].val! : 0n;
      const known = knownObjectSize(args[0], kind);
      if (known !== undefined) return numNode(BigInt(known), tok, tyULong);
      // Known once the file's tentative definitions are complete: the code generator answers.
      if (knownObjectSize(args[0], kind, true) !== undefined) {
        blockEarlyCode();
        return inlineNode(ctx, name, args, tok);
      }
      return numNode((kind & 2n) !== 0n ? 0n : BigInt.asUintN(64, -1n), tok, tyULong);
    }
    case '__builtin_isnan': case '__builtin_isnanf': case '__builtin_isnanl':
      argc(1);
      return withFloatTemp(ctx, args[0], tok, (t) => compareNode('ne', t(), t(), tok));
    case '__builtin_bswap128':
      argc(1);
      return bswap128Node(ctx, args[0], tok);
    case '__builtin_clrsb': case '__builtin_clrsbl': case '__builtin_clrsbll':
      argc(1);
      return clrsbNode(ctx, name, args[0], tok);
    case '__builtin_isunordered': {
      argc(2);
      const [a, b] = args;
      return withFloatTemp(ctx, a, tok, (ta) => withFloatTemp(ctx, b, tok, (tb) =>
        logicalNode('logor', compareNode('ne', ta(), ta(), tok), compareNode('ne', tb(), tb(), tok), tok)));
    }
    case '__builtin_isgreater': case '__builtin_isgreaterequal': case '__builtin_isless': case '__builtin_islessequal': {
      // Ordered comparisons are already false on NaN (and raise nothing we track).
      argc(2);
      const [a, b] = args;
      const swap = name.includes('greater');
      const kind = name.endsWith('equal') ? 'le' : 'lt';
      return swap ? compareNode(kind, b, a, tok) : compareNode(kind, a, b, tok);
    }
    case '__builtin_islessgreater': {
      argc(2);
      return withFloatTemp(ctx, args[0], tok, (ta) => withFloatTemp(ctx, args[1], tok, (tb) =>
        logicalNode('logor', compareNode('lt', ta(), tb(), tok), compareNode('lt', tb(), ta(), tok), tok)));
    }
    case '__builtin_isnormal':
      argc(1);
      return withFloatTemp(ctx, args[0], tok, (t) => isNormalNode(t, tok));
    case '__builtin_fpclassify': {
      // fpclassify(FP_NAN, FP_INFINITE, FP_NORMAL, FP_SUBNORMAL, FP_ZERO, x)
      argc(6);
      const [nan, inf, normal, subnormal, zero] = args.slice(0, 5);
      return withFloatTemp(ctx, args[5], tok, (t) => {
        const ty = t().ty!;
        const isInf = logicalNode('logor', compareNode('eq', t(), fnumNode(Infinity, tok, ty), tok),
          compareNode('eq', t(), fnumNode(-Infinity, tok, ty), tok), tok);
        const pick = (c: Node, a: Node, b: Node): Node => condNode(c, a, b, tok);
        return pick(compareNode('ne', t(), t(), tok), nan, pick(isInf, inf, pick(isNormalNode(t, tok), normal,
          pick(compareNode('eq', t(), fnumNode(0, tok, ty), tok), zero, subnormal))));
      });
    }
    case '__builtin_isinf': case '__builtin_isinff': case '__builtin_isinfl':
      argc(1);
      return withFloatTemp(ctx, args[0], tok, (t) => {
        const inf = (): Node => fnumNode(Infinity, tok, t().ty!);
        const negInf = (): Node => fnumNode(-Infinity, tok, t().ty!);
        return logicalNode('logor', compareNode('eq', t(), inf(), tok), compareNode('eq', t(), negInf(), tok), tok);
      });
    case '__builtin_isinf_sign':
      // 1 for +inf, -1 for -inf, 0 otherwise.
      argc(1);
      return withFloatTemp(ctx, args[0], tok, (t) => {
        const isInf = (sign: number): Node => compareNode('eq', t(), fnumNode(sign * Infinity, tok, t().ty!), tok);
        return condNode(isInf(1), numNode(1n, tok), condNode(isInf(-1), numNode(-1n, tok), numNode(0n, tok), tok), tok);
      });
    case '__builtin_isfinite': case '__builtin_isfinitef': case '__builtin_isfinitel':
    case '__builtin_finite': case '__builtin_finitef': case '__builtin_finitel':
      // x - x is 0 for finite x and NaN for infinities and NaNs.
      argc(1);
      return withFloatTemp(ctx, args[0], tok, (t) =>
        compareNode('eq', subNode(t(), t(), tok), fnumNode(0, tok, t().ty!), tok));
    case '__builtin_creal': case '__builtin_crealf': case '__builtin_creall':
    case '__builtin_cimag': case '__builtin_cimagf': case '__builtin_cimagl':
      argc(1);
      return complexPart(args[0], name.includes('cimag'), tok);
    case '__builtin_conj': case '__builtin_conjf': case '__builtin_conjl':
      argc(1);
      return isComplex(args[0].ty!) ? bitnotNode(args[0], tok) : args[0];
    case '__builtin_signbit': case '__builtin_signbitf': case '__builtin_signbitl':
      argc(1);
      return signbitNode(ctx, args[0], tok);
    default:
      return errorAt(tok, `unsupported builtin '${name}'`);
  }
}

/** A 'builtin' node the code generator expands; its arguments keep their own types. */
function inlineNode(ctx: BuiltinContext, name: string, args: Node[], tok: IToken): Node {
  const n = newNode('builtin', tok);
  n.label = name;
  n.args = args.map((a) => (isInteger(a.ty!) && a.ty!.size < 4 ? castNode(a, tyInt) : a));
  n.ty = inlineResultType(name);
  if (name.startsWith('__builtin_alloca')) ctx.requireFunction(tok, 'alloca');
  return n;
}

function inlineResultType(name: string): Type {
  if (/bswap16/.test(name)) return tyInt;
  if (/bswap32/.test(name)) return tyUInt;
  if (/bswap64|object_size/.test(name)) return tyULong;
  if (/frame_address|return_address|alloca/.test(name)) return pointerTo(tyVoid);
  if (/unreachable|trap|prefetch|longjmp|clear_cache/.test(name)) return tyVoid;
  return tyInt;
}

/**
 * `__builtin_{add,sub,mul}_overflow(a, b, &r)`: the mathematically exact result, stored
 * truncated into r, and whether it did not fit. The typed variants (`sadd`, `umull`...)
 * first convert the operands to their type; `_p` only asks, with the third argument's type.
 */
function overflowNode(args: Node[], op: string, sign: string | undefined, width: string | undefined, onlyAsk: boolean, tok: IToken): Node {
  const [a, b, r] = args;
  const resultTy = onlyAsk ? r.ty! : r.ty!.kind === 'ptr' ? r.ty!.base! : r.ty!;
  if ((!onlyAsk && r.ty!.kind !== 'ptr') || (!isInteger(resultTy) && !resultTy.isInt128) || resultTy.kind === 'bool') {
    return errorAt(r.tok, 'argument 3 in call to function with overflow must be a pointer to integer');
  }
  // Operands travel as 64 bits, or as 128 when __int128 is involved (codegen computes
  // the exact result in twice that), keeping their signedness.
  const wide = resultTy.isInt128 || a.ty!.isInt128 || b.ty!.isInt128;
  let operand = (e: Node): Node => {
    if (!isInteger(e.ty!) && !e.ty!.isInt128) errorAt(e.tok, 'argument in call to function with overflow must have integral type');
    const unsigned = e.ty!.isUnsigned && e.ty!.size >= 4;
    return castNode(e, wide ? (unsigned ? tyUInt128 : tyInt128) : unsigned ? tyULong : tyLong);
  };
  if (sign !== undefined) {
    const fixed = width === undefined ? (sign === 'u' ? tyUInt : tyInt) : sign === 'u' ? tyULong : tyLong;
    const wide = fixed.isUnsigned ? tyULong : tyLong;
    operand = (e: Node): Node => castNode(castNode(e, fixed), wide);
  }
  // codegen reads the operation from the label and the result type from the third
  // argument: the pointer's target, or (for _p, which neither evaluates nor stores) its type.
  const n = newNode('builtin', tok);
  n.label = `__builtin_${op}_overflow${onlyAsk ? '_p' : ''}`;
  n.args = [operand(a), operand(b), r];
  n.ty = tyInt;
  return n;
}

/** Evaluates a floating operand once into a hidden local; `use` builds on reads of it. */
function withFloatTemp(ctx: BuiltinContext, e: Node, tok: IToken, use: (t: () => Node) => Node): Node {
  if (!isFlonum(e.ty!) && !isInteger(e.ty!)) return errorAt(e.tok, 'non-floating-point argument in call to a floating-point builtin');
  const ty = isFlonum(e.ty!) ? e.ty! : tyDouble;
  if (e.kind === 'var' || e.kind === 'fnum') {
    const same = castNode(e, ty);
    return use(() => same);
  }
  const temp = ctx.newTemp(ty);
  const read = (): Node => varNode(temp, tok);
  return commaNode(assignNode(read(), castNode(e, ty), tok), use(read), tok);
}

/**
 * `__builtin_clrsb(x)`: how many bits after the sign bit equal it. x ^ (x >> (N-1)) clears
 * those bits; shifted left with a 1 shifted in, its leading zeros count them (never clz(0)).
 */
function clrsbNode(ctx: BuiltinContext, name: string, e: Node, tok: IToken): Node {
  if (!isInteger(e.ty!)) return errorAt(e.tok, `argument to '${name}' must have integral type`);
  const wide = name !== '__builtin_clrsb';
  const [ty, uty, bits] = wide ? [tyLong, tyULong, 63n] : [tyInt, tyUInt, 31n];
  const temp = ctx.newTemp(ty);
  const x = (): Node => varNode(temp, tok);
  const folded = arithNode('bxor', '^', x(), shiftNode('shr', '>>', x(), numNode(bits, tok), tok), tok);
  const shifted = arithNode('bor', '|', shiftNode('shl', '<<', castNode(folded, uty), numNode(1n, tok), tok), numNode(1n, tok, uty), tok);
  const count = inlineNode(ctx, wide ? '__builtin_clzl' : '__builtin_clz', [shifted], tok);
  return commaNode(assignNode(x(), castNode(e, ty), tok), count, tok);
}

/** `__builtin_bswap128(x)`: each 64-bit half byte-swapped, and the halves exchanged. */
function bswap128Node(ctx: BuiltinContext, e: Node, tok: IToken): Node {
  if (!isInteger(e.ty!) && !isInt128(e.ty!)) return errorAt(e.tok, "argument to '__builtin_bswap128' must have integral type");
  const temp = ctx.newTemp(tyUInt128);
  const x = (): Node => varNode(temp, tok);
  const swapped = (half: Node): Node => castNode(inlineNode(ctx, '__builtin_bswap64', [castNode(half, tyULong)], tok), tyUInt128);
  const low = swapped(x());
  const high = swapped(shiftNode('shr', '>>', x(), numNode(64n, tok), tok));
  const result = arithNode('bor', '|', shiftNode('shl', '<<', low, numNode(64n, tok), tok), high, tok);
  return commaNode(assignNode(x(), castNode(e, tyUInt128), tok), result, tok);
}

/** Finite, and at least the smallest normal number in magnitude. */
function isNormalNode(t: () => Node, tok: IToken): Node {
  const ty = t().ty!;
  const smallest = fnumNode(ty.kind === 'float' ? 1.1754943508222875e-38 : 2.2250738585072014e-308, tok, ty);
  // 2^-16382: too small for a double, so written as the x87 image itself.
  if (ty.kind === 'ldouble') smallest.extended = new Uint8Array([0, 0, 0, 0, 0, 0, 0, 0x80, 1, 0]);
  const magnitude = (): Node => condNode(compareNode('lt', t(), fnumNode(0, tok, ty), tok), negNode(t(), tok), t(), tok);
  return logicalNode('logand', compareNode('lt', magnitude(), fnumNode(Infinity, tok, ty), tok),
    compareNode('le', smallest, magnitude(), tok), tok);
}

/** The sign bit, read from the value's bytes (it is set for -0.0 and negative NaNs too). */
function signbitNode(ctx: BuiltinContext, e: Node, tok: IToken): Node {
  if (!isFlonum(e.ty!)) return errorAt(e.tok, 'non-floating-point argument in call to a floating-point builtin');
  const temp = ctx.newTemp(e.ty!);
  const store = assignNode(varNode(temp, tok), e, tok);
  // The sign lives in the top byte: byte 3 of a float, 7 of a double, 9 of an x87 long double.
  const signByte = e.ty!.kind === 'float' ? 3n : e.ty!.kind === 'double' ? 7n : 9n;
  const bytes = castNode(addrNode(varNode(temp, tok), tok), pointerTo(tyChar));
  const top = derefNode(addNode(bytes, numNode(signByte, tok, tyLong), tok), tok);
  const negative = compareNode('lt', castNode(top, tyShort), numNode(0n, tok), tok);
  return commaNode(store, negative, tok);
}
