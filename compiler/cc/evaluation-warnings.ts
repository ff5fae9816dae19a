/**
 * gcc's warnings, on by default, about what evaluating an operation would do:
 *
 *   a / 0, a % 0    division by zero [-Wdiv-by-zero]
 *   a << 40         left shift count >= width of type [-Wshift-count-overflow]
 *   a >> -1         right shift count is negative [-Wshift-count-negative]
 *   2 << 31         result of '2 << 31' requires 34 bits to represent, but 'int' only has 32 bits [-Wshift-overflow=]
 *   -1 << 2         left shift of negative value [-Wshift-negative-value]   (only asked: -Wextra in C99 on)
 *   INT_MAX + 1     integer overflow in expression of type 'int' results in '-2147483648' [-Woverflow]
 *   char c = 300;   overflow in conversion from 'int' to 'char' changes value from '300' to '44' [-Woverflow]
 *   *vp, vp[1]      dereferencing 'void *' pointer
 *
 * gcc gives none for code that is never evaluated: the operand of sizeof or typeof, the
 * side of `0 && x`, `1 || x` or `1 ? x : y` a constant condition rules out. Those are only
 * known once the whole construct is built, after its operands gave their warnings: each
 * warning remembers the node it is about, and dropUnevaluated takes back those inside a
 * subtree that turns out never to run.
 */
import type { Diagnostic } from '../diagnostics.js';
import type { IToken } from './chevrotain.js';
import { forEachChild, type Node, type NodeKind } from './ast.js';
import { isoC99, isWarningOn, retractWarning, warnAtRetractable } from './report.js';
import { isFlonum, isInteger, tyChar, tyInt, tyLong, tyShort, tyUChar, tyUInt, tyULong, tyUShort, typeName, type Type } from './types.js';
import { tryEvalInt, wrapToType } from './consteval.js';
import { foldInt } from './fold128.js';
import { quotedType } from './typedef-names.js';

/** The warnings given so far in this file and not taken back, with the node each is about and its number. */
let given: { node: Node; warning: Diagnostic; seq: number }[] = [];
/** How many have been given in this file (the next one's number). */
let givenCount = 0;

/** A new file: nothing given yet. */
export function beginEvaluationWarnings(): void {
  given = [];
  givenCount = 0;
}

function constantOf(e: Node): bigint | undefined {
  while (e.kind === 'cast') e = e.lhs!;
  return e.kind === 'num' && isInteger(e.ty!) ? e.val : undefined;
}

const WRITTEN_AS: Partial<Record<NodeKind, string>> = { add: '+', sub: '-', mul: '*' };

/**
 * `n`, just built for the source operator `tok` (`/`, `%`, `<<`, `>>`, `+`, `-`, `*` or their
 * compound forms) of kind `kind` on operands `lhs` and `rhs`, the left one's promoted type
 * `left`. Compiler-made operations pass another token and are left alone.
 */
export function checkEvaluation(n: Node, kind: NodeKind, left: Type, lhs: Node, rhs: Node, tok: IToken): void {
  const op = tok.image;
  if (kind === 'shl' && op === '<<') checkNegativeShift(n, left, lhs, tok);
  const count = constantOf(rhs);
  if (count === undefined) return;
  if (WRITTEN_AS[kind] === op) return checkSignedOverflow(n, kind, lhs, count, tok);
  if ((kind === 'div' && op === '/') || (kind === 'mod' && op === '%')) {
    if (count === 0n && (isInteger(left) || isFlonum(left))) give(n, tok, 'division by zero', 'div-by-zero');
    // INT_MIN / -1 does not fit either (gcc says the same of INT_MIN % -1, whose value is 0).
    else if (count === -1n) checkSignedOverflow(n, kind, lhs, count, tok);
    return;
  }
  const side = kind === 'shl' && op === '<<' ? 'left' : kind === 'shr' && op === '>>' ? 'right' : undefined;
  if (side === undefined) return;
  if (count < 0n) give(n, tok, `${side} shift count is negative`, 'shift-count-negative');
  else if (count >= BigInt(left.size * 8)) give(n, tok, `${side} shift count >= width of type`, 'shift-count-overflow');
  else if (side === 'left') checkShiftOverflow(n, left, lhs, count, tok);
}

/**
 * `2 << 31`: a constant left shift of a signed value whose result needs more bits than the
 * type has. Shifting into the sign bit alone (`1 << 31`, one bit more) is allowed, as gcc's
 * -Wshift-overflow=1 allows it in C99.
 */
function checkShiftOverflow(n: Node, ty: Type, lhs: Node, count: bigint, tok: IToken): void {
  const v = constantOf(lhs);
  if (v === undefined || ty.isUnsigned || !isInteger(ty)) return;
  const width = ty.size * 8;
  // The bits v needs in two's complement, its sign bit included.
  const needed = (v < 0n ? ~v : v).toString(2).length + 1 + Number(count) - (v === 0n || v === -1n ? 1 : 0);
  if (needed <= width + 1) return;
  give(n, tok, `result of '${v} << ${count}' requires ${needed} bits to represent, but ${quotedType(ty)} only has ${width} bits`, 'shift-overflow');
}

/** `-1 << 2`: a negative constant shifted left, which C99 leaves undefined (gcc warns before any other shift warning). */
function checkNegativeShift(n: Node, ty: Type, lhs: Node, tok: IToken): void {
  const v = constantOf(lhs);
  if (v === undefined || v >= 0n || ty.isUnsigned || !isWarningOn('shift-negative-value') || !isoC99()) return;
  give(n, tok, 'left shift of negative value', 'shift-negative-value');
}

/** `2147483647 + 1`: a constant operation on signed integers whose value does not fit (`n` is its folded result). */
function checkSignedOverflow(n: Node, kind: NodeKind, lhs: Node, r: bigint, tok: IToken): void {
  const l = constantOf(lhs);
  const ty = n.ty!;
  if (l === undefined || n.kind !== 'num' || ty.isUnsigned || ty.kind === 'bool' || !isInteger(ty)) return;
  // (x / -1 and x % -1 overflow where -x does: INT_MIN % -1 too, though its value is 0.)
  const exact = kind === 'add' ? l + r : kind === 'sub' ? l - r : kind === 'mul' ? l * r : -l;
  if (exact !== wrapToType(exact, ty)) {
    give(n, tok, `integer overflow in expression of type ${quotedType(ty)} results in '${n.val}'`, 'overflow');
  }
}

/** `-e` (`tok`) of the most negative constant of a signed type, `n` its folded result. */
export function checkNegation(n: Node, e: Node, tok: IToken): void {
  const v = constantOf(e);
  const ty = n.ty!;
  if (v === undefined || tok.image !== '-' || ty.isUnsigned || !isInteger(ty) || -v === wrapToType(-v, ty)) return;
  give(n, tok, `integer overflow in expression '${n.val}' of type ${quotedType(ty)} results in '${n.val}'`, 'overflow');
}

/**
 * An integer constant `e` implicitly converted (assigned, initialized, passed, returned)
 * to the integer type `to`, where it does not fit: gcc warns when it fits neither `to` nor
 * the type of `to`'s other signedness (so `unsigned char c = -1` and `signed char c = 200`
 * pass). `n` is the converted result, which it returns.
 */
export function checkConstantConversion(e: Node, to: Type, n: Node): Node {
  const v = constantToConvert(e, to);
  if (v !== undefined && !fitsBits(v, to.size * 8)) warnChangedValue(e, v, wrapToType(v, to), to, quotedType(to), n);
  return n;
}

/**
 * The same for a constant stored into a bit-field of `width` bits (`s.three_bits = 9`), whose
 * type gcc names by the narrowest integer type holding it: 'unsigned char:3'.
 */
export function checkBitfieldConversion(e: Node, to: Type, width: number, n: Node): void {
  if (width >= to.size * 8) {
    checkConstantConversion(e, to, n);
    return;
  }
  const v = constantToConvert(e, to);
  if (v === undefined || fitsBits(v, width)) return;
  const converted = to.isUnsigned ? BigInt.asUintN(width, v) : BigInt.asIntN(width, v);
  warnChangedValue(e, v, converted, to, `'${bitfieldTypeName(to, width)}'`, n);
}

/** A bit-field's type as gcc's messages name it, by the narrowest integer type holding it: 'unsigned char:3'. */
export function bitfieldTypeName(declared: Type, width: number): string {
  const [signed, unsigned] = BITFIELD_HOLDERS.find(([t]) => t.size * 8 >= width)!;
  const name = declared.isUnsigned ? typeName(unsigned) : signed === tyChar ? 'signed char' : typeName(signed);
  return `${name}:${width}`;
}

/** The integer types that name a bit-field's type in gcc's messages, narrowest first. */
const BITFIELD_HOLDERS: readonly [Type, Type][] = [[tyChar, tyUChar], [tyShort, tyUShort], [tyInt, tyUInt], [tyLong, tyULong]];

/** An integer constant's value converted to an integer type that has room for fewer values than it, else undefined. */
function constantToConvert(e: Node, to: Type): bigint | undefined {
  // (A constant __int128 is an operation: gcc's type for a decimal past LLONG_MAX, say.)
  const v = e.kind === 'num' && isInteger(e.ty!) ? e.val! : e.ty!.isInt128 ? foldInt(e) : undefined;
  return v !== undefined && isInteger(to) && to.kind !== 'bool' && to.kind !== 'enum' ? v : undefined;
}

/** What the signed and the unsigned types of `bits` bits hold, together (gcc warns only outside both). */
function fitsBits(v: bigint, bits: number): boolean {
  const b = BigInt(bits);
  return v >= -(1n << (b - 1n)) && v < 1n << b;
}

/** `toName`: the target type as the message quotes it. */
function warnChangedValue(e: Node, v: bigint, converted: bigint, to: Type, toName: string, n: Node): void {
  // gcc: "unsigned conversion" of a signed value, plain "conversion" of an unsigned one.
  const kind = !to.isUnsigned ? 'overflow in conversion' : e.ty!.isUnsigned ? 'conversion' : 'unsigned conversion';
  give(n, e.start ?? e.tok, `${kind} from ${quotedType(e.ty!)} to ${toName} changes value from '${v}' to '${converted}'`, 'overflow');
}

/** `*p` or `p[i]` of a `void *`, `n`: gcc warns, unless it is never evaluated (`sizeof *p`). Returns `n`. */
export function warnVoidDereference(n: Node, tok: IToken): Node {
  if (n.ty?.kind !== 'void') return n;
  const warning = warnAtRetractable(tok, "dereferencing 'void *' pointer");
  if (warning) given.push({ node: n, warning, seq: givenCount++ });
  return n;
}

type EvaluationWarning = 'div-by-zero' | 'shift-count-negative' | 'shift-count-overflow' | 'shift-overflow' | 'overflow' | 'shift-negative-value';

function give(node: Node, tok: IToken, message: string, option: EvaluationWarning): void {
  // (Those on by default are named off; -Wshift-negative-value is named on.)
  if (option !== 'shift-negative-value' && isWarningOn(`no-${option}`)) return;
  // (-Wshift-overflow takes a level: gcc names it with its `=`.)
  const warning = warnAtRetractable(tok, `${message} [-W${option}${option === 'shift-overflow' ? '=' : ''}]`);
  if (warning) given.push({ node, warning, seq: givenCount++ });
}

/** `root` will never be evaluated: the warnings about operations inside it are taken back. */
export function dropUnevaluated(root: Node | undefined): void {
  if (root === undefined || given.length === 0) return;
  const inside = new Set<Node>();
  const visit = (n: Node): void => {
    inside.add(n);
    forEachChild(n, visit, undefined);
  };
  visit(root);
  given = given.filter(({ node, warning }) => {
    if (!inside.has(node)) return true;
    retractWarning(warning);
    return false;
  });
}

/**
 * `to` replaces `from` in the tree (a constant folded from its operands, a cast's copy):
 * the warnings about `from` are now about `to`, so that ruling `to` out takes them back
 * (`1 < 0 ? INT_MAX < INT_MIN - 1 : 0` folds the overflowing subtraction into a comparison).
 */
export function warningsMoveTo(to: Node, from: Node, alsoFrom?: Node): void {
  // (Every folded constant comes here: no array for its operands, and nothing to do mostly.)
  if (given.length === 0) return;
  for (const entry of given) if (entry.node === from || entry.node === alsoFrom) entry.node = to;
}

/** Where the warnings given so far end: dropSince(mark) takes back those given after it. */
export function evaluationMark(): number {
  return givenCount;
}

/** The code parsed since `mark` (a type name's array lengths in `sizeof (T)`) is never evaluated. */
export function dropSince(mark: number): void {
  given = given.filter(({ warning, seq }) => {
    if (seq < mark) return true;
    retractWarning(warning);
    return false;
  });
}

/** `c ? then : els`, `lhs && rhs`, `lhs || rhs` with a constant condition: the side it rules out. */
export function dropRuledOut(kind: 'cond' | 'logand' | 'logor', cond: Node, then: Node, els?: Node): void {
  // gcc folds the condition first: `b < 0 ? ... : ...` with a constant b rules a side out too.
  const value = constantOf(cond) ?? (isInteger(cond.ty!) ? tryEvalInt(cond) : undefined);
  if (value === undefined) return;
  if (kind === 'cond') dropUnevaluated(value !== 0n ? els : then);
  else if ((kind === 'logand') === (value === 0n)) dropUnevaluated(then);
}
