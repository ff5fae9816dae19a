/**
 * The constraints on converting one pointer to another by assignment, initialization,
 * argument passing or `return` (C11 6.5.16.1p1): the pointed-to types must be compatible
 * apart from their own qualifiers, and the target must keep every qualifier the source's
 * pointee has. gcc accepts both violations with a warning (a pedwarn), and so do we, in
 * gcc's words:
 *
 *   initialization discards 'const' qualifier from pointer target type [-Wdiscarded-qualifiers]
 *   assignment to 'char **' from incompatible pointer type 'const char **' [-Wincompatible-pointer-types]
 *
 * and, with -Wall or -pedantic, pointees that are the same integer type but for its sign:
 *
 *   pointer targets in initialization of 'unsigned char *' from 'char *' differ in signedness [-Wpointer-sign]
 */
import type { IToken } from './chevrotain.js';
import type { Node } from './ast.js';
import { errorAt, errorNote, isWarningOn, noteAt, pedwarnAt, warnAt } from './report.js';
import { decayedType, isCompatible, isCompatibleQualified, isPointerLike, unqualified, type Param, type Type } from './types.js';
import { quotedType, quotedValueType } from './typedef-names.js';
import { operandPlace } from './parentheses.js';

/**
 * Where a value is converted, as the caller's message fragments say it ('initializing',
 * 'assigning to', 'returning', 'passing argument to'); `argument` names the parameter
 * when the caller knows it (`passing argument 2 of 'f'`).
 */
export interface ConversionSite {
  what: string;
  argument?: { index: number; callee: string | undefined; param?: Param };
}

/**
 * Where gcc points for an initializer: its first token (`p` of `p->a + 1`), which is the
 * leftmost token anywhere in the tree (nodes carry their operator's token), or the `(` of
 * a parenthesized part (parentheses.ts grouped), as gcc shows `(p->a)` from its `(`.
 */
export function expressionStart(n: Node): IToken {
  let first = operandPlace(n);
  for (const child of [n.lhs, n.rhs, n.cond, ...(n.args ?? [])]) {
    if (!child) continue;
    const t = expressionStart(child);
    if (t.startOffset < first.startOffset) first = t;
  }
  return first;
}

/**
 * Warns as gcc does when a pointer of type `from` (its pointee `fromBase`) becomes a `to`;
 * `isNullPointer`: the value is a null pointer constant, `(void *)0`.
 */
export function checkPointerConversion(to: Type, from: Type, fromBase: Type, tok: IToken, site: ConversionSite, isNullPointer = false): void {
  const toBase = to.base!;
  // `void *` holds object pointers only (C11 6.3.2.3p1): GNU C converts function pointers too.
  if ((toBase.kind === 'void' && fromBase.kind === 'func') || (fromBase.kind === 'void' && toBase.kind === 'func' && !isNullPointer)) {
    pedwarnAt(tok, `ISO C forbids ${siteNoun(site)} between function pointer and 'void *'`, '-Wpedantic');
  }
  const match = toBase.kind === 'void' || fromBase.kind === 'void' ? Pointees.Match : pointeesMatch(toBase, fromBase);
  if (match === Pointees.Differ) {
    pedwarnAt(tok, `${incompatibleMessage(to, from, site)} [-Wincompatible-pointer-types]`);
    noteExpectedArgument(to, from, site);
    return;
  }
  const lost = [fromBase.isConst && !toBase.isConst ? 'const' : '', fromBase.isVolatile && !toBase.isVolatile ? 'volatile' : '']
    .filter(Boolean).join(' ');
  // gcc names a lost qualifier rather than a sign difference, never both.
  if (lost) pedwarnAt(tok, `${siteNoun(site)} discards '${lost}' qualifier from pointer target type [-Wdiscarded-qualifiers]`);
  else if (match === Pointees.DifferInSign && isWarningOn('pointer-sign')) {
    pedwarnAt(tok, `${signednessMessage(to, from, site)} [-Wpointer-sign]`);
    noteExpectedArgument(to, from, site);
  }
}

const enum Pointees { Match, DifferInSign, Differ }

/**
 * Pointees compatible once their own const and volatile are set aside; `_Atomic` and the
 * qualifiers further down must agree (`char **` does not take a `const char **`).
 */
function pointeesMatch(toBase: Type, fromBase: Type): Pointees {
  if (toBase.isAtomic !== fromBase.isAtomic) return Pointees.Differ;
  if (isCompatible(toBase, fromBase) && isCompatibleQualified(unqualified(toBase), unqualified(fromBase), false)) return Pointees.Match;
  return sameButForSign(toBase, fromBase) ? Pointees.DifferInSign : Pointees.Differ;
}

/**
 * gcc's test: the two types are one once both are made unsigned (and once both are made
 * signed). The three char types are one that way; `long` and `long long` are not, nor an
 * enum and its integer type, nor `_Bool` and `char`.
 */
function sameButForSign(a: Type, b: Type): boolean {
  while (a.origin) a = a.origin;
  while (b.origin) b = b.origin;
  const integer = (t: Type): boolean => t.kind === 'char' || t.kind === 'short' || t.kind === 'int' || t.kind === 'long';
  if (!integer(a) || !integer(b) || a.kind !== b.kind) return false;
  return a.kind === 'char' || a.spelling === b.spelling;
}

/**
 * gcc's note after a warning about an argument: the parameter's type, shown at its
 * declaration (the parameter's name, or where an unnamed one starts).
 */
export function noteExpectedArgument(to: Type, from: Type, site: ConversionSite): void {
  const param = site.argument?.param;
  if (param?.at) noteAt(param.at, `expected ${quotedType(to)} but argument is of type ${quotedValueType(from)}`);
}

/**
 * gcc's error for a value that does not convert at all (a struct to a pointer, a double
 * to a pointer): at the start of the value assigned or initialized with, at the value
 * itself when returned or passed, where a note shows the parameter.
 */
export function incompatibleTypes(expr: Node, to: Type, tok: IToken, site: ConversionSite): never {
  // The value of an array or a function is a pointer (a string literal in a static initializer has not decayed yet).
  const t = expr.ty!;
  // A void value (`*vp`, a void function's call) is no value at all: gcc's own words.
  if (t.kind === 'void') {
    if (site.what === 'assigning to') return errorAt(tok, 'void value not ignored as it ought to be');
    return errorAt(expressionStart(expr), site.what === 'initializing' || site.what === 'returning' ? 'void value not ignored as it ought to be' : 'invalid use of void expression');
  }
  const from = quotedValueType(decayedType(t));
  switch (site.what) {
    case 'initializing': return errorAt(expressionStart(expr), `incompatible types when initializing type ${quotedType(to)} using type ${from}`);
    case 'assigning to': return errorAt(expressionStart(expr), `incompatible types when assigning to type ${quotedType(to)} from type ${from}`);
    case 'returning': return errorAt(tok, `incompatible types when returning type ${from} but ${quotedType(to)} was expected`);
  }
  const a = site.argument;
  const message = a === undefined ? 'incompatible type for argument' : `incompatible type for argument ${a.index}${a.callee !== undefined ? ` of '${a.callee}'` : ''}`;
  const at = a?.param?.at;
  return errorAt(tok, message, at !== undefined ? [errorNote(at, `expected ${quotedType(to)} but argument is of type ${from}`)] : []);
}

/** gcc's noun for the place of a conversion. */
function siteNoun(site: ConversionSite): string {
  switch (site.what) {
    case 'initializing': return 'initialization';
    case 'assigning to': return 'assignment';
    case 'returning': return 'return';
    default: return site.argument ? argumentName(site.argument) : 'passing argument';
  }
}

function argumentName(a: { index: number; callee: string | undefined }): string {
  return a.callee !== undefined ? `passing argument ${a.index} of '${a.callee}'` : `passing argument ${a.index}`;
}

function signednessMessage(to: Type, from: Type, site: ConversionSite): string {
  const toName = quotedType(unqualified(to));
  const fromName = quotedValueType(from);
  switch (site.what) {
    case 'initializing': return `pointer targets in initialization of ${toName} from ${fromName} differ in signedness`;
    case 'assigning to': return `pointer targets in assignment from ${fromName} to ${toName} differ in signedness`;
    case 'returning': return `pointer targets in returning ${fromName} from a function with return type ${toName} differ in signedness`;
    default: return `pointer targets in ${site.argument ? argumentName(site.argument) : 'passing argument'} differ in signedness`;
  }
}

function incompatibleMessage(to: Type, from: Type, site: ConversionSite): string {
  const toName = quotedType(unqualified(to));
  const fromName = quotedValueType(from);
  switch (site.what) {
    case 'initializing': return `initialization of ${toName} from incompatible pointer type ${fromName}`;
    case 'assigning to': return `assignment to ${toName} from incompatible pointer type ${fromName}`;
    case 'returning': return `returning ${fromName} from a function with incompatible return type ${toName}`;
    default: return `${site.argument ? argumentName(site.argument) : 'passing argument'} from incompatible pointer type`;
  }
}

/**
 * gcc's -Wint-conversion warning for a pointer made from an integer or the reverse
 * (`made` says which): "initialization of 'int *' from 'long int' makes pointer from
 * integer without a cast".
 */
export function intConversionMessage(to: Type, from: Type, site: ConversionSite, made: 'pointer from integer' | 'integer from pointer'): string {
  const toName = quotedType(unqualified(to));
  const fromName = quotedValueType(from);
  const place = site.what === 'initializing' ? `initialization of ${toName} from ${fromName}`
    : site.what === 'assigning to' ? `assignment to ${toName} from ${fromName}`
    : site.what === 'returning' ? `returning ${fromName} from a function with return type ${toName}`
    : siteNoun(site);
  return `${place} makes ${made} without a cast [-Wint-conversion]`;
}

/** An integer type as gcc's INTEGER_TYPE: not `_Bool`, nor an enum. */
function isPlainInteger(t: Type): boolean {
  return t.kind === 'char' || t.kind === 'short' || t.kind === 'int' || t.kind === 'long';
}

/**
 * gcc's warnings, on by default, for an explicit cast `(ty) e` (`tok`: its `(`) between a
 * pointer and an integer of another size, which cannot keep every value: `(int)p`, or
 * `(char *)i` of a non-constant int (a constant is left alone: `(void *)1`, as SIG_IGN).
 */
export function warnCastChangingSize(e: Node, ty: Type, tok: IToken): void {
  const from = e.ty!;
  const fromPointer = isPointerLike(from) || from.kind === 'func';
  if (isPlainInteger(ty) && fromPointer && ty.size !== 8) {
    if (!isWarningOn('no-pointer-to-int-cast')) warnAt(tok, 'cast from pointer to integer of different size [-Wpointer-to-int-cast]');
  } else if (ty.kind === 'ptr' && isPlainInteger(from) && from.size !== 8 && e.kind !== 'num') {
    if (!isWarningOn('no-int-to-pointer-cast')) warnAt(tok, 'cast to pointer from integer of different size [-Wint-to-pointer-cast]');
  }
}
