/**
 * -Wmissing-braces (-Wall): an aggregate inside an initializer given its elements without
 * braces of its own,
 *
 *   int m[2][2] = {1, 2, 3, 4};     missing braces around initializer [-Wmissing-braces]
 *
 * decided as gcc decides it (c-typeck.cc found_missing_braces, constructor_zeroinit). Once
 * a nested aggregate of the initializer has taken its elements without braces (brace
 * elision; the aggregates a designator's path enters do not count), every brace-enclosed
 * list that closes from then on warns, at the initializer's outermost brace, unless it is
 * `{}` or `{ 0 }`: `int m[2][2] = {{1}}` warns twice, `struct t x = {{0}, 1}` once.
 */
import type { IToken } from './chevrotain.js';
import { evalFloat, tryEval, wrapToType } from './consteval.js';
import type { InitSyntax } from './initializer.js';
import { isWarningOn, warnAt } from './report.js';
import { isFlonum, type Type } from './types.js';
import type { Node } from './ast.js';

/** Whether braces were elided so far in the initializer being built. */
let elided = false;
/** The initializer's outermost brace, where the warning goes (none: `int x = 1`). */
let outermost: IToken | undefined;

/** An initializer begins (buildInitializer); a compound literal's warning goes to its '(' (`literalAt`). */
export function beginInitializer(syn: InitSyntax, literalAt: IToken | undefined): void {
  elided = false;
  outermost = syn.kind === 'list' ? literalAt ?? syn.tok : undefined;
}

/** A nested aggregate takes its elements from the enclosing list (initializer.ts fillOne). */
export function noteElidedBraces(): void {
  elided = true;
}

/**
 * A brace-enclosed list has been matched against its object; `firstScalar` is the type of
 * the scalar its first element initialized (what a `{ 0 }` must be zero as).
 */
export function closeBracedList(syn: InitSyntax, firstScalar: Type | undefined): void {
  if (!elided || outermost === undefined || !isWarningOn('missing-braces') || isZeroInit(syn, firstScalar)) return;
  warnAt(outermost, 'missing braces around initializer [-Wmissing-braces]');
}

/** `{}`, or one element (designated or not) whose value is zero as gcc stores it (gcc's constructor_zeroinit). */
export function isZeroInit(syn: InitSyntax, firstScalar: Type | undefined): boolean {
  if (syn.kind !== 'list' || syn.run !== undefined) return false; // a run has eight elements or more
  if (syn.items.length === 0) return true;
  const v = syn.items[0].value;
  return syn.items.length === 1 && v.kind === 'expr' && firstScalar !== undefined && storedAsZero(v.expr, firstScalar);
}

/**
 * Whether e, converted to the scalar type `to`, is an integer constant zero: 0.5 is as an
 * int, but not as a float, where only an integer zero counts (gcc: `{0.0}` warns, `{0}` not).
 */
function storedAsZero(e: Node, to: Type): boolean {
  if (isFlonum(e.ty!)) {
    if (isFlonum(to)) return false;
    const f = evalFloat(e);
    return f !== undefined && (to.kind === 'bool' ? f === 0 : Math.trunc(f) === 0);
  }
  const r = tryEval(e);
  if (r === undefined || r.label !== undefined) return false;
  return isFlonum(to) ? r.value === 0n : wrapToType(r.value, to) === 0n;
}
