/**
 * Comparisons whose result is known before the program runs (gcc's -Wbool-compare and
 * -Wtautological-compare, both on with -Wall), judged on the operands as written:
 *
 *   (a > 1) == 3      comparison of constant '3' with boolean expression is always false
 *   a == a            self-comparison always evaluates to true
 *   (a & 2) == 1      bitwise comparison always evaluates to false
 *   arr1 == arr2      comparison between two arrays (-Warray-compare, -Wall too)
 *
 * A truth value (a comparison, &&, ||, ! or a _Bool) is 0 or 1, so comparing it with a
 * constant gives one answer for both when the constant is out of that range, or sits at its
 * edge the wrong way (`b < 0`, `b >= 0`, `b > 1`, `b <= 1`).
 */
import { COMPARISON_KINDS, TRUTH_VALUE_KINDS, type Node, type NodeKind } from './ast.js';
import type { IToken } from './chevrotain.js';
import { lvalueText } from './lvalue-text.js';
import { isWarningOn, noteAt, warnAt } from './report.js';
import { isFlonum, isInteger, type Type } from './types.js';

/** The comparison operators as written, on integer values. */
export const COMPARE: Partial<Record<string, (a: bigint, b: bigint) => boolean>> = {
  '==': (a, b) => a === b, '!=': (a, b) => a !== b, '<': (a, b) => a < b, '<=': (a, b) => a <= b, '>': (a, b) => a > b, '>=': (a, b) => a >= b,
};

/** `lhs op rhs` as written (`op` its operator). */
export function checkComparison(op: IToken, lhs: Node, rhs: Node): void {
  const compare = COMPARE[op.image];
  if (compare === undefined) return;
  if (isWarningOn('bool-compare')) checkBoolCompare(op, compare, lhs, rhs);
  if (isWarningOn('array-compare')) checkArrayCompare(op, lhs, rhs);
}

/**
 * Two array variables compared: their addresses are, which is seldom what was meant. As
 * measured of gcc: not member arrays, nor string literals and `__func__` (-Waddress's).
 */
function checkArrayCompare(op: IToken, lhs: Node, rhs: Node): void {
  const isArray = (n: Node): boolean => n.kind === 'var' && n.ty!.kind === 'array' && !n.obj!.isString;
  if (!isArray(lhs) || !isArray(rhs)) return;
  const l = lvalueText(lhs), r = lvalueText(rhs);
  if (l === undefined || r === undefined) return;
  warnAt(op, 'comparison between two arrays [-Warray-compare]');
  noteAt(op, `use '&${l}[0] ${op.image} &${r}[0]' to compare the addresses`);
}

/** gcc's -Wtautological-compare, which it gives after -Wparentheses' warnings. */
export function checkTautology(op: IToken, lhs: Node, rhs: Node): void {
  if (COMPARE[op.image] === undefined || !isWarningOn('tautological-compare')) return;
  if ((op.image === '==' || op.image === '!=') && checkBitwise(op, lhs, rhs)) return;
  // gcc sees the conversions: an explicit cast, an array becoming a pointer, a narrowed operation.
  if (isConstant(lhs) || isConstant(rhs) || lhs.kind === 'cast' || rhs.kind === 'cast' || lhs.ty!.kind === 'array' || rhs.ty!.kind === 'array') return;
  if (isShortened(lhs) || isShortened(rhs)) return;
  // A NaN is not equal to itself. gcc reads a const object as its value, measured: no warning.
  if (isFlonum(lhs.ty!) || isFlonum(rhs.ty!) || lhs.ty!.isConst || rhs.ty!.isConst) return;
  if (!sameValue(lhs, rhs) || hasConstantSubscript(lhs)) return;
  const alwaysTrue = op.image === '==' || op.image === '<=' || op.image === '>=';
  warnAt(op, `self-comparison always evaluates to ${alwaysTrue} [-Wtautological-compare]`);
}

/** A truth value gcc has not folded to a constant: what -Wbool-compare looks at. */
function isTruthValue(n: Node): boolean {
  return (n.ty!.kind === 'bool' || (TRUTH_VALUE_KINDS.has(n.kind) && !n.foldedFrom)) && knownTruth(n) === undefined;
}

/**
 * What gcc's folding already knows a truth-valued expression to be: a comparison that the
 * range of its narrow operand's type decides (`uc != 300`, `uc <= 255`: what -Wtype-limits
 * reports; `(a < b) < 5LL` is not decided, `(a < b) < 5000000000LL` is), and `&&`, `||` and
 * `!` of such. gcc sees a constant there, and no truth value to warn about.
 */
function knownTruth(n: Node): boolean | undefined {
  switch (n.kind) {
    case 'num': return isInteger(n.ty!) ? n.val !== 0n : undefined;
    case 'not': {
      const a = knownTruth(n.lhs!);
      return a === undefined ? undefined : !a;
    }
    case 'logand': {
      const a = knownTruth(n.lhs!);
      return a === true ? knownTruth(n.rhs!) : a;
    }
    case 'logor': {
      const a = knownTruth(n.lhs!);
      return a === false ? knownTruth(n.rhs!) : a;
    }
    case 'eq': case 'ne': case 'lt': case 'le':
      return n.foldedFrom ? undefined : knownComparison(n);
    default:
      return undefined;
  }
}

/**
 * A comparison gcc has folded to its truth value (knownTruth) while keeping the operand
 * with effects: `(f(), 1)`, marked so that no warning looks at it again.
 */
export function isFoldedComparison(n: Node): boolean {
  return COMPARISON_KINDS.has(n.kind) && knownTruth(n) !== undefined;
}

/** The same tests by the kind of a comparison node (`a > b` is built as `b < a`). */
const NODE_COMPARE: Partial<Record<NodeKind, (a: bigint, b: bigint) => boolean>> = {
  eq: COMPARE['=='], ne: COMPARE['!='], lt: COMPARE['<'], le: COMPARE['<='],
};

function knownComparison(n: Node): boolean | undefined {
  const compare = NODE_COMPARE[n.kind]!;
  const constantRight = n.rhs!.kind === 'num';
  const constant = constantRight ? n.rhs! : n.lhs!;
  if (constant.kind !== 'num' || !isInteger(constant.ty!)) return undefined;
  const c = constant.val!;
  const at = (v: bigint): boolean => (constantRight ? compare(v, c) : compare(c, v));
  const operand = constantRight ? n.lhs! : n.rhs!;
  // A truth value already known is a constant in whatever integer type it was converted to.
  // (gcc does not fold a truth value compared with a constant beyond what its type's range decides.)
  let truth = operand;
  while (truth.kind === 'cast' && isInteger(truth.lhs!.ty!)) truth = truth.lhs!;
  const known = truth.ty!.kind === 'bool' || (TRUTH_VALUE_KINDS.has(truth.kind) && !truth.foldedFrom) ? knownTruth(truth) : undefined;
  if (known !== undefined) return at(known ? 1n : 0n);
  // (An unsigned value's own range decides `0 <= u`.)
  const intervals = valueIntervals(operand);
  if (intervals === undefined) return undefined;
  if (n.kind === 'eq' || n.kind === 'ne') return intervals.some(([lo, hi]) => c >= lo && c <= hi) ? undefined : n.kind === 'ne';
  // Each interval is in order, so its ends decide.
  const ends = intervals.flat().map(at);
  return ends.every((e) => e === ends[0]) ? ends[0] : undefined;
}

/**
 * The values an integer operand can have, from the type it had before the usual conversions
 * widened it: one interval, or two where a signed value was made unsigned (its negative
 * values wrapped to the top).
 */
function valueIntervals(operand: Node): [bigint, bigint][] | undefined {
  let n = operand;
  let wrapBits = 0;
  while (n.kind === 'cast' && isInteger(n.lhs!.ty!) && n.lhs!.ty!.size <= n.ty!.size) {
    if (!n.lhs!.ty!.isUnsigned && n.lhs!.ty!.kind !== 'bool' && n.ty!.isUnsigned) {
      // A second wrap further in: the values stay within this unsigned type's range.
      if (wrapBits !== 0) break;
      wrapBits = n.ty!.size * 8;
    }
    n = n.lhs!;
  }
  if (!isInteger(n.ty!)) return undefined;
  const [min, max] = rangeOf(n.ty!);
  if (wrapBits === 0 || min >= 0n) return [[min, max]];
  const wrap = 1n << BigInt(wrapBits);
  return [[0n, max], [min + wrap, wrap - 1n]];
}

/** The values of an integer type. */
export function rangeOf(t: Type): [bigint, bigint] {
  if (t.kind === 'bool') return [0n, 1n];
  const bits = BigInt(t.size * 8);
  return t.isUnsigned ? [0n, (1n << bits) - 1n] : [-(1n << (bits - 1n)), (1n << (bits - 1n)) - 1n];
}

function isConstant(n: Node): boolean {
  return n.kind === 'num' || n.kind === 'fnum';
}

function checkBoolCompare(op: IToken, compare: (a: bigint, b: bigint) => boolean, lhs: Node, rhs: Node): void {
  // gcc: exactly one side a truth value, the other an integer constant.
  if (isTruthValue(lhs) === isTruthValue(rhs)) return;
  const constantLeft = lhs.kind === 'num' && isInteger(lhs.ty!);
  const constant = constantLeft ? lhs : rhs.kind === 'num' && isInteger(rhs.ty!) ? rhs : undefined;
  if (constant === undefined || isTruthValue(constant)) return;
  const c = constant.val!;
  const result = (b: bigint): boolean => (constantLeft ? compare(c, b) : compare(b, c));
  if (result(0n) !== result(1n)) return;
  warnAt(op, `comparison of constant '${c}' with boolean expression is always ${result(0n)} [-Wbool-compare]`);
}

/**
 * `(x & C1) == C2` or `(x | C1) == C2` (either side) where the bits of C1 rule C2 out;
 * true when it warned. The constants are compared as wide as the wider of their types.
 */
function checkBitwise(op: IToken, lhs: Node, rhs: Node): boolean {
  const isBitop = (n: Node): boolean => (n.kind === 'band' || n.kind === 'bor') && !n.foldedFrom && !isShortened(n);
  const [bitop, cst] = isBitop(lhs) && rhs.kind === 'num' ? [lhs, rhs] : isBitop(rhs) && lhs.kind === 'num' ? [rhs, lhs] : [undefined, undefined];
  if (bitop === undefined || cst === undefined || !isInteger(cst.ty!)) return false;
  const mask = bitop.lhs!.kind === 'num' ? bitop.lhs! : bitop.rhs!.kind === 'num' ? bitop.rhs! : undefined;
  if (mask === undefined || !isInteger(mask.ty!)) return false;
  const bits = Math.max(cst.ty!.size, mask.ty!.size) * 8;
  const c = BigInt.asUintN(bits, cst.val!), m = BigInt.asUintN(bits, mask.val!);
  if ((bitop.kind === 'band' ? m & c : m | c) === c) return false;
  warnAt(op, `bitwise comparison always evaluates to ${op.image !== '=='} [-Wtautological-compare]`);
  return true;
}

/**
 * `0x65L | (x ^ y)` with int x and y: gcc computes such a bitwise operation in the narrower
 * type its operand was widened from, when the constant fits there (shorten_binary_op), and
 * the tree is then a conversion of that, no longer a `|` or `&` for these warnings.
 */
function isShortened(n: Node): boolean {
  if (n.kind !== 'band' && n.kind !== 'bor' && n.kind !== 'bxor') return false;
  const [constant, operand] = n.rhs!.kind === 'num' ? [n.rhs!, n.lhs!] : [n.lhs!, n.rhs!];
  if (constant.kind !== 'num' || !isInteger(constant.ty!)) return false;
  // (Sign- or zero-extension commutes with a bitwise operation: the sign does not matter here.)
  let narrow = operand;
  while (narrow.kind === 'cast' && isInteger(narrow.lhs!.ty!) && narrow.lhs!.ty!.size <= narrow.ty!.size) narrow = narrow.lhs!;
  if (narrow === operand || !isInteger(narrow.ty!) || narrow.ty!.size >= n.ty!.size && narrow.ty!.isUnsigned === n.ty!.isUnsigned) return false;
  const [min, max] = rangeOf(narrow.ty!);
  return constant.val! >= min && constant.val! <= max;
}

/** The same expression twice, without effects (gcc's operand_equal_p). */
export function sameValue(a: Node, b: Node): boolean {
  if (a.kind !== b.kind) return false;
  switch (a.kind) {
    case 'var': return a.obj === b.obj && !a.ty!.isVolatile;
    case 'num': return a.val === b.val;
    case 'member': return a.member === b.member && !a.ty!.isVolatile && sameValue(a.lhs!, b.lhs!);
    case 'deref': return !a.ty!.isVolatile && sameValue(a.lhs!, b.lhs!);
    case 'add': case 'sub': case 'mul': case 'div': case 'mod': case 'band': case 'bor': case 'bxor': case 'shl': case 'shr':
    case 'eq': case 'ne': case 'lt': case 'le': case 'logand': case 'logor':
      return sameValue(a.lhs!, b.lhs!) && sameValue(a.rhs!, b.rhs!);
    case 'neg': case 'bitnot': case 'not': case 'addr': case 'cast':
      return sameValue(a.lhs!, b.lhs!);
    default:
      return false;
  }
}

/**
 * `a[0]` of an array `a` (not of a pointer): gcc leaves out operands with such a subscript,
 * which mostly come from macros.
 */
function hasConstantSubscript(n: Node): boolean {
  const sum = n.kind === 'deref' ? n.lhs! : undefined;
  if (sum?.kind === 'add' && ((sum.rhs!.kind === 'num' && isArray(sum.lhs!)) || (sum.lhs!.kind === 'num' && isArray(sum.rhs!)))) return true;
  return [n.lhs, n.rhs].some((c) => c !== undefined && hasConstantSubscript(c));
}

function isArray(n: Node): boolean {
  return n.ty!.kind === 'array' || (n.kind === 'cast' && n.lhs!.ty!.kind === 'array');
}
