/**
 * gcc's warnings for three slips C allows without a word, in gcc's words and places:
 *
 *   return &x;   function returns address of local variable [-Wreturn-local-addr]  (always)
 *   s == "abc"   comparison with string literal results in unspecified behavior [-Waddress]  (-Wall)
 *   a == 1;      statement with no effect [-Wunused-value]  (-Wall)
 *   n = (a, b);  left-hand operand of comma expression has no effect [-Wunused-value]  (-Wall)
 *   *p++;        value computed is not used [-Wunused-value]  (-Wall; `(*p)++` was meant)
 */
import { isInlineAbsoluteValue } from './fold-library.js';
import type { IToken } from './chevrotain.js';
import { BINARY_KINDS, COMPARISON_KINDS, type Node, type Obj } from './ast.js';
import { isWarningOn, warnAt } from './report.js';
import { hasSideEffects } from './side-effects.js';
import { expressionStart } from './pointer-conversion.js';
import { isInteger, type Type } from './types.js';
import { isFoldedComparison } from './comparisons.js';

/**
 * `return e;` in `fn`: e is the address of one of its automatic variables (or a part of
 * one, or a local array itself), as gcc looks at it: through `&`, members, elements and
 * pointer arithmetic, not through a cast or a `?:`.
 */
export function warnReturnLocalAddress(fn: Obj, e: Node): void {
  if (isWarningOn('no-return-local-addr') || e.ty?.kind === 'void') return;
  // Returned as an integer (`return &x;` in an int function) it is no address: gcc's int-conversion warning only.
  if (fn.ty.returnType?.kind !== 'ptr') return;
  let at: IToken | undefined;
  let inner = e;
  if (inner.kind === 'add' || inner.kind === 'sub') {
    at = inner.tok;
    inner = inner.lhs!.ty!.kind === 'ptr' || inner.lhs!.ty!.kind === 'array' ? inner.lhs! : inner.rhs!;
  }
  if (inner.kind === 'addr') {
    at ??= inner.tok;
    inner = inner.lhs!;
  } else if (inner.ty!.kind !== 'array') {
    return; // only an array's own value is an address
  }
  // The object the lvalue is part of: `v.m`, `a[1]`, `s.arr[2]`.
  while (inner.kind === 'member' || (inner.kind === 'deref' && inner.lhs!.kind === 'add' && inner.lhs!.lhs!.ty!.kind === 'array')) {
    inner = inner.kind === 'member' ? inner.lhs! : inner.lhs!.lhs!;
  }
  if (inner.kind !== 'var' || !isAutomaticOf(fn, inner.obj!)) return;
  warnAt(at ?? inner.tok, 'function returns address of local variable [-Wreturn-local-addr]');
}

function isAutomaticOf(fn: Obj, o: Obj): boolean {
  return o.isLocal && (fn.locals.includes(o) || fn.params.includes(o));
}

/** A string literal (its array, before or after it decays), not `__func__`. */
function isStringLiteral(e: Node): boolean {
  while (e.kind === 'cast' || e.kind === 'addr') e = e.lhs!;
  return e.kind === 'var' && e.obj!.isString && /^(u8|u|U|L)?"/.test(e.tok.image);
}

/** `==`, `!=`, `<`... (`tok`) of two pointers, one of them a string literal. */
export function warnStringLiteralComparison(lhs: Node, rhs: Node, tok: IToken): void {
  if (isWarningOn('address') && (isStringLiteral(lhs) || isStringLiteral(rhs))) {
    warnAt(tok, 'comparison with string literal results in unspecified behavior [-Waddress]');
  }
}

/** The operators whose value is all they do: a statement of one is useless. */
const VALUE_ONLY: ReadonlySet<Node['kind']> = new Set([
  'add', 'sub', 'mul', 'div', 'mod', 'band', 'bor', 'bxor', 'shl', 'shr', 'eq', 'ne', 'lt', 'le', 'not', 'bitnot', 'neg',
  'var', 'deref', 'member', 'cond', 'addr',
]);

/**
 * An expression statement that does nothing: `a == 1;` (most likely meant `a = 1;`), `x;`,
 * `*p;` (not of a volatile object, whose read is the point), `1;`. A cast to void says it
 * is meant. Of numbers only literals, sizeof, _Alignof and offsetof count: others may be
 * library calls the compiler folded. gcc places the first clause of a `for` at the `for`
 * (`forTok`). A statement that does something may still throw away what it computed.
 */
export function warnNoEffect(e: Node, forTok?: IToken): void {
  if (!isWarningOn('unused-value')) return;
  if (hasEffect(e)) return isWrittenComma(e) ? warnCommaRightHand(e) : warnValueNotUsed(e);
  const literal = e.kind === 'num' && /^([0-9'.]|sizeof$|_Alignof$|__alignof|__builtin_offsetof$)/.test(e.tok.image);
  if ((!VALUE_ONLY.has(e.kind) && !literal && !isWrittenComma(e) && !isPureCall(e)) || e.ty!.kind === 'void') return;
  // gcc places a comma expression's statement at its start, other expressions at their operator.
  warnAt(forTok ?? (isWrittenComma(e) ? expressionStart(e) : placeOf(e)), 'statement with no effect [-Wunused-value]');
}

/** gcc's TREE_SIDE_EFFECTS: a volatile object's read counts too, a call of a pure or const function does not. */
export function hasEffect(e: Node): boolean {
  return hasSideEffects(e, isPureCall) || readsVolatile(e);
}

/** `strlen(s)`, `abs(x)`, a call of a function declared pure or const: it computes its value and nothing else. */
function isPureCall(e: Node): boolean {
  if (e.kind === 'builtin') return isInlineAbsoluteValue(e);
  return e.kind === 'call' && e.lhs!.kind === 'var' && e.lhs!.obj!.isPure === true;
}

/** Where gcc places a warning about an expression: its operator, a call at its function's name. */
export function placeOf(e: Node): IToken {
  return e.kind === 'call' ? e.lhs!.tok : e.codeTok ?? e.tok;
}

/** A comma operator in the source (the compiler makes comma nodes of its own). */
function isWrittenComma(e: Node): boolean {
  return e.kind === 'comma' && e.tok.image === ',';
}

/**
 * `a, b` (`comma` is its `,`): an operand before a comma whose value is thrown away has to
 * do something, unless a cast to void says it is meant (`(void)a, b`, `(void)a, (void)b, c`);
 * if it is a comma expression itself, its last operand has to (`(f(), a), b`).
 */
export function warnCommaLeftHand(lhs: Node, comma: IToken): void {
  if (!isWarningOn('unused-value')) return;
  if (hasEffect(lhs)) {
    if (isWrittenComma(lhs)) warnCommaRightHand(lhs);
    else warnValueNotUsed(lhs);
    return;
  }
  if (lhs.ty!.kind === 'void' && (lhs.kind === 'cast' || (isWrittenComma(lhs) && lhs.rhs!.kind === 'cast'))) return;
  warnAt(comma, 'left-hand operand of comma expression has no effect [-Wunused-value]');
}

/** `f(), a` whose value is thrown away: its last operand, after the last comma, does nothing. */
function warnCommaRightHand(e: Node): void {
  let last = e;
  let at = e.tok;
  while (isWrittenComma(last)) {
    at = last.tok;
    last = last.rhs!;
  }
  // gcc reads a const object through a conversion that drops the qualifier: not warned, as a cast.
  if (hasEffect(last) || last.ty!.kind === 'void' || last.kind === 'cast' || last.ty!.isConst) return;
  warnAt(at, 'right-hand operand of comma expression has no effect [-Wunused-value]');
}

/**
 * gcc's warn_if_unused_value: a discarded expression that does something, but inside an
 * operation whose result is the only reason to compute it (`*p++;`, `f() + 1;`, `a[i++];`).
 * An assignment, ++/-- (Node.update, recorded while -Wunused-value is on), a call, a `?:`
 * with effects and a statement expression are used as they are; a conversion that changes
 * no bits is looked through, others warn (`(char)i++;`); `a && f()` warns, as its right
 * operand is a comparison with zero to gcc. The warning is placed at the operator.
 */
function warnValueNotUsed(e: Node): void {
  for (;;) {
    if (e.ty!.kind === 'void' || e.update !== undefined || isFoldedComparison(e) || becomesChoice(e)) return;
    switch (e.kind) {
      case 'call': case 'builtin':
        // A pure function's call is only its value (`abs(i++);`).
        if (!isPureCall(e)) return;
        break;
      case 'assign': case 'vaArg': case 'vaStart': case 'vaCopy': case 'cond': case 'stmtExpr': case 'asm':
        return;
      case 'cast':
        if (!changesNoBits(e.ty!, e.lhs!.ty!)) break;
        e = e.lhs!;
        continue;
      case 'var': case 'deref': case 'member':
        // Reading a volatile object is the effect.
        if (e.ty!.isVolatile) return;
        break;
    }
    return warnAt(placeOf(e), 'value computed is not used [-Wunused-value]');
  }
}

/**
 * gcc folds an operation between a comparison and a constant into a choice between two
 * constants (`(a <= f()) + 1` is `a <= f() ? 2 : 1`), a `?:` it does not warn about.
 */
function becomesChoice(e: Node): boolean {
  if (!BINARY_KINDS.has(e.kind)) return false;
  const comparison = (n: Node): boolean => COMPARISON_KINDS.has(n.kind);
  return (comparison(e.lhs!) && e.rhs!.kind === 'num') || (comparison(e.rhs!) && e.lhs!.kind === 'num');
}

/** gcc's NOP_EXPR: to an integer at least as wide (not _Bool), or between pointers. */
function changesNoBits(to: Type, from: Type): boolean {
  if (to.kind === 'ptr' && from.kind === 'ptr') return true;
  return isInteger(to) && isInteger(from) && to.kind !== 'bool' && to.size >= from.size;
}

function readsVolatile(e: Node): boolean {
  // `&v` reads nothing.
  if (e.kind === 'addr') return false;
  if (e.ty?.isVolatile) return true;
  return [e.lhs, e.rhs].some((child) => child !== undefined && readsVolatile(child));
}
