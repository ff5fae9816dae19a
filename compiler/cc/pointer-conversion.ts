/**
 * The constraints on converting one pointer to another by assignment, initialization,
 * argument passing or `return` (C11 6.5.16.1p1): the pointed-to types must be compatible
 * apart from their own qualifiers, and the target must keep every qualifier the source's
 * pointee has. gcc accepts both violations with a warning (a pedwarn), and so do we, in
 * gcc's words:
 *
 *   initialization discards 'const' qualifier from pointer target type [-Wdiscarded-qualifiers]
 *   assignment to 'char **' from incompatible pointer type 'const char **' [-Wincompatible-pointer-types]
 */
import type { IToken } from './chevrotain.js';
import type { Node } from './ast.js';
import { isWarningOn, pedwarnAt, warnAt } from './report.js';
import { isCompatible, isCompatibleQualified, isInteger, isPointerLike, typeName, unqualified, type Type } from './types.js';

/**
 * Where a value is converted, as the caller's message fragments say it ('initializing',
 * 'assigning to', 'returning', 'passing argument to'); `argument` names the parameter
 * when the caller knows it (`passing argument 2 of 'f'`).
 */
export interface ConversionSite {
  what: string;
  argument?: { index: number; callee: string | undefined };
}

/**
 * Where gcc points for an initializer: its first token (`p` of `p->a + 1`), which is the
 * leftmost token anywhere in the tree (nodes carry their operator's token). Parentheses
 * leave no node, so `(p->a)` is shown from `p`, one column after gcc's `(`.
 */
export function expressionStart(n: Node): IToken {
  let first = n.tok;
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
  if (toBase.kind !== 'void' && fromBase.kind !== 'void' && !pointeesMatch(toBase, fromBase)) {
    pedwarnAt(tok, `${incompatibleMessage(to, from, site)} [-Wincompatible-pointer-types]`);
    return;
  }
  const lost = [fromBase.isConst && !toBase.isConst ? 'const' : '', fromBase.isVolatile && !toBase.isVolatile ? 'volatile' : '']
    .filter(Boolean).join(' ');
  if (lost) pedwarnAt(tok, `${siteNoun(site)} discards '${lost}' qualifier from pointer target type [-Wdiscarded-qualifiers]`);
}

/**
 * Pointees compatible once their own const and volatile are set aside; `_Atomic` and the
 * qualifiers further down must agree (`char **` does not take a `const char **`).
 */
function pointeesMatch(toBase: Type, fromBase: Type): boolean {
  if (toBase.isAtomic !== fromBase.isAtomic) return false;
  // gcc only warns about sign differences under -Wpointer-sign, which -Wall leaves off for char.
  if (isInteger(toBase) && isInteger(fromBase)) return toBase.size === fromBase.size;
  return isCompatible(toBase, fromBase) && isCompatibleQualified(unqualified(toBase), unqualified(fromBase), false);
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

function incompatibleMessage(to: Type, from: Type, site: ConversionSite): string {
  const toName = typeName(unqualified(to));
  const fromName = typeName(from);
  switch (site.what) {
    case 'initializing': return `initialization of '${toName}' from incompatible pointer type '${fromName}'`;
    case 'assigning to': return `assignment to '${toName}' from incompatible pointer type '${fromName}'`;
    case 'returning': return `returning '${fromName}' from a function with incompatible return type '${toName}'`;
    default: return `${site.argument ? argumentName(site.argument) : 'passing argument'} from incompatible pointer type`;
  }
}

/**
 * gcc's -Wint-conversion warning for a pointer made from an integer or the reverse
 * (`made` says which): "initialization of 'int *' from 'long int' makes pointer from
 * integer without a cast".
 */
export function intConversionMessage(to: Type, from: Type, site: ConversionSite, made: 'pointer from integer' | 'integer from pointer'): string {
  const toName = typeName(unqualified(to));
  const fromName = typeName(from);
  const place = site.what === 'initializing' ? `initialization of '${toName}' from '${fromName}'`
    : site.what === 'assigning to' ? `assignment to '${toName}' from '${fromName}'`
    : site.what === 'returning' ? `returning '${fromName}' from a function with return type '${toName}'`
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
