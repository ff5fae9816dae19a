/**
 * Whether evaluating an expression can change something another part of the same expression
 * may read: calls, assignments (and so ++/--), statement expressions, va_arg. The code
 * generator asks this to evaluate operands in gcc's order only where the order can show.
 */
import type { Node } from './ast.js';
import { isInteger, type Type } from './types.js';

const EFFECTS: ReadonlySet<Node['kind']> = new Set(['call', 'assign', 'stmtExpr', 'vaArg', 'vaStart', 'vaCopy', 'asm', 'vlaAlloc']);

/** `effectFree`: the calls that count as none (gcc's view of pure and const functions, classic-mistakes.ts). */
export function hasSideEffects(n: Node | undefined, effectFree?: (call: Node) => boolean): boolean {
  if (!n) return false;
  if (EFFECTS.has(n.kind) && !(n.kind === 'call' && effectFree?.(n))) return true;
  const has = (c: Node | undefined): boolean => hasSideEffects(c, effectFree);
  if (has(n.lhs) || has(n.rhs) || has(n.cond) || has(n.then) || has(n.els)) return true;
  return n.args !== undefined && n.args.some(has);
}

/**
 * Whether gcc computes an assignment's value before the address it stores to. Where both
 * have effects it does, unless the value is a plain call (perhaps under a conversion that
 * changes no bits): `a[f()] = g()` calls f first, `a[f()] = g() + 1` calls g first.
 */
export function valueBeforeAddress(lhs: Node, rhs: Node): boolean {
  if (!hasSideEffects(lhs) || !hasSideEffects(rhs)) return false;
  // Storing to a bit-field converts even a call's value to the field's narrower type.
  if (lhs.kind === 'member' && lhs.member!.isBitfield) return true;
  let v = rhs;
  while (v.kind === 'cast' && keepsBits(v.ty!, v.lhs!.ty!)) v = v.lhs!;
  return v.kind !== 'call';
}

/** A conversion between integers or pointers of one size: the same bits, no instruction. */
function keepsBits(to: Type, from: Type): boolean {
  const plain = (t: Type): boolean => (isInteger(t) && t.kind !== 'bool') || t.kind === 'ptr';
  return plain(to) && plain(from) && to.size === from.size;
}
