/**
 * -Wtype-limits (on with -Wextra): a comparison with a constant that its other operand's
 * type decides in advance, as gcc's shorten_compare finds it —
 *
 *   comparison of unsigned expression in '< 0' is always false   (`for (size_t i = n; i >= 0; i--)`)
 *   comparison is always true due to limited range of data type  (`unsigned char c; c != -1`)
 *
 * The operand is taken as written, before the integer promotions: an unsigned value of the
 * comparison's own type against 0 (`< 0`, `>= 0`), or a narrower value against a constant
 * outside its type's range. Enums, _Bool and bit-fields are left alone, as gcc leaves them.
 */
import type { IToken } from './chevrotain.js';
import { TRUTH_VALUE_KINDS, type Node } from './ast.js';
import { isWarningOn, warnAt } from './report.js';
import { isInteger } from './types.js';
import { commonType } from './usual-conversions.js';
import { COMPARE, rangeOf } from './comparisons.js';

type Relation = '==' | '!=' | '<' | '>' | '<=' | '>=';

/** The relation seen from the other side: `0 > u` is `u < 0`. */
const MIRRORED: Record<Relation, Relation> = { '==': '==', '!=': '!=', '<': '>', '>': '<', '<=': '>=', '>=': '<=' };

/** The comparison `op` of the operands as written. */
export function checkTypeLimits(op: IToken, lhs: Node, rhs: Node): void {
  if (!isWarningOn('type-limits') || !(op.image in MIRRORED)) return;
  const constantLeft = lhs.kind === 'num' && rhs.kind !== 'num';
  const [value, constant] = constantLeft ? [rhs, lhs] : [lhs, rhs];
  if (constant.kind !== 'num' || value.kind === 'num' || !isInteger(constant.ty!) || !isLimited(value)) return;
  const relation = constantLeft ? MIRRORED[op.image as Relation] : (op.image as Relation);
  const t = value.ty!;
  const compared = commonType(t, constant.ty!);
  const k = constant.val!;
  if (t.size < compared.size || t.size < 4) {
    // Every value of a narrower type converts unchanged, unless a signed one meets an unsigned comparison.
    if (!t.isUnsigned && compared.isUnsigned) return;
    const [min, max] = rangeOf(t);
    const outcome = decided(relation, min, max, k);
    if (outcome !== undefined) warnAt(op, `comparison is always ${outcome} due to limited range of data type [-Wtype-limits]`);
  } else if (t.isUnsigned && k === 0n && (relation === '<' || relation === '>=')) {
    warnAt(op, `comparison of unsigned expression in '${relation} 0' is always ${relation === '<' ? 'false' : 'true'} [-Wtype-limits]`);
  }
}

/**
 * An integer operand whose type gcc's check considers. A truth value (`(a > b) == 4`) is
 * left out: gcc narrows it to a boolean and folds what it decides, which -Wbool-compare
 * already reports.
 */
function isLimited(n: Node): boolean {
  const t = n.ty!;
  if (!isInteger(t) || t.kind === 'bool' || t.kind === 'enum' || TRUTH_VALUE_KINDS.has(n.kind)) return false;
  return !(n.kind === 'member' && n.member!.isBitfield);
}

/** 'true' or 'false' when `x relation k` is that for every x in [min, max]; undefined when it depends on x. */
function decided(relation: Relation, min: bigint, max: bigint, k: bigint): 'true' | 'false' | undefined {
  const holds = COMPARE[relation]!;
  const atMin = holds(min, k), atMax = holds(max, k);
  // A relation with a constant changes its outcome at most twice over a range (== and !=), at k:
  // it is decided when it agrees at both ends and k lies outside.
  if (atMin !== atMax || (k >= min && k <= max && (relation === '==' || relation === '!='))) return undefined;
  return atMin ? 'true' : 'false';
}
