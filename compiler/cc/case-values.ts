/**
 * No two case labels of one switch may have the same value (C11 6.8.4.2p3); GNU case ranges
 * (`case 1 ... 5:`) may not overlap another label either. Values are compared once
 * converted to the promoted controlling type, as gcc does: for `unsigned x`, `case -1:`
 * repeats `case 4294967295u:`, and a conversion that changes a value is -Woverflow's.
 * A label the unpromoted type cannot hold (`case 300:` on an unsigned char) gets gcc's
 * -Wswitch-outside-range warning, given when the switch ends, in value order; a label other
 * than 0 or 1 of a switch on a truth value, -Wswitch-bool's.
 * A switch on an enum without `default` should name every enumerator (-Wswitch).
 */
import type { IToken } from './chevrotain.js';
import type { Node } from './ast.js';
import { evalInt, wrapToType } from './consteval.js';
import { checkConstantConversion } from './evaluation-warnings.js';
import { errorAt, errorNote, isWarningOn, warnAt } from './report.js';
import { numNode } from './typecheck.js';
import type { Type } from './types.js';
import { quotedType } from './typedef-names.js';

/** A label outside the unpromoted controlling type: its (first) value, its `case` and gcc's words. */
interface OutsideRange {
  value: bigint;
  tok: IToken;
  message: string;
}

/** A switch being parsed: its node, and the case values its labels have taken so far. */
export class OpenSwitch {
  /** The plain labels' values and their `case`s. */
  private readonly singles = new Map<bigint, IToken>();
  /** The plain `case` labels, in order: their value and their `case`. */
  private readonly labels: { value: bigint; tok: IToken }[] = [];
  private readonly ranges: { lo: bigint; hi: bigint; tok: IToken }[] = [];
  private readonly outside: OutsideRange[] = [];
  /** The enum, when the controlling expression's type is one (before promotion). */
  private readonly enumType: Type | undefined;

  /** Whether some label of a switch on a truth value is neither 0 nor 1 (-Wswitch-bool). */
  private beyondTruth = false;

  /**
   * `node.cond` is the promoted controlling expression; `controlType` its type before
   * promotion; `truthValue`: whether it is a _Bool, a comparison or a logical operation.
   */
  constructor(readonly node: Node, private readonly controlType: Type, private readonly truthValue: boolean) {
    this.enumType = controlType.kind === 'enum' ? controlType : undefined;
  }

  /** A case label's constant `e` (its `case` is `tok`), converted to the promoted controlling type. */
  caseValue(e: Node, tok: IToken): bigint {
    const v = evalInt(e);
    const ty = this.node.cond!.ty!;
    const converted = wrapToType(v, ty);
    if (converted !== v) checkConstantConversion(numNode(v, tok, e.ty!), ty, this.node);
    return converted;
  }

  /**
   * The switch ends: under -Wswitch (-Wall), gcc's word (in gcc's order) on each enumerator
   * no case value matches, if there is no `default`, then on each case value of a switch
   * on an enum that is none of its enumerators.
   */
  finish(): void {
    if (!isWarningOn('no-switch-outside-range')) {
      for (const { tok, message } of this.outside.sort((a, b) => (a.value < b.value ? -1 : a.value > b.value ? 1 : 0))) {
        warnAt(tok, `${message} [-Wswitch-outside-range]`);
      }
    }
    if (this.beyondTruth && !isWarningOn('no-switch-bool')) warnAt(this.node.tok, 'switch condition has boolean value [-Wswitch-bool]');
    const enumerators = this.enumType?.enumerators;
    if (!enumerators || !isWarningOn('switch')) return;
    if (!this.node.defaultCase) {
      for (const { name, value } of enumerators) {
        if (this.singles.has(value) || this.ranges.some((r) => r.lo <= value && value <= r.hi)) continue;
        warnAt(this.node.tok, `enumeration value '${name}' not handled in switch [-Wswitch]`);
      }
    }
    // An enum without a name (no tag, no typedef) is not named at all.
    const t = this.enumType!;
    const type = t.tagName !== undefined || t.namingTypedef !== undefined || t.typedefName !== undefined ? ` ${quotedType(t)}` : '';
    for (const { value, tok } of this.labels) {
      if (!enumerators.some((e) => e.value === value)) warnAt(tok, `case value '${value}' not in enumerated type${type} [-Wswitch]`);
    }
  }

  /** `case lo ... hi:` (lo = hi for a plain `case`): an error if it repeats a value. */
  checkCaseValue(lo: bigint, hi: bigint, tok: IToken): void {
    if (lo > hi) return; // an empty range labels nothing (gcc warns)
    if (this.truthValue && (lo < 0n || hi > 1n)) this.beyondTruth = true;
    if (!this.withinControlType(lo, hi, tok)) return;
    // gcc names the label first entered that overlaps: a range, or the lowest value inside.
    const range = this.ranges.find((r) => r.lo <= hi && lo <= r.hi);
    if (lo === hi) {
      const earlier = this.singles.get(lo) ?? range?.tok;
      if (earlier) errorAt(tok, 'duplicate case value', [errorNote(earlier, 'previously used here')]);
      this.singles.set(lo, tok);
      this.labels.push({ value: lo, tok });
      return;
    }
    const inside = [...this.singles].filter(([v]) => lo <= v && v <= hi).sort(([a], [b]) => (a < b ? -1 : 1))[0]?.[1];
    const earlier = range?.tok ?? inside;
    if (earlier) errorAt(tok, 'duplicate (or overlapping) case value', [errorNote(earlier, 'this is the first entry overlapping that value')]);
    this.ranges.push({ lo, hi, tok });
  }

  /**
   * Whether some of [lo, hi] is a value of the unpromoted controlling type; a label wholly
   * outside it labels nothing (gcc drops it), one partly outside is noted all the same.
   */
  private withinControlType(lo: bigint, hi: bigint, tok: IToken): boolean {
    const t = this.controlType;
    const bits = t.kind === 'bool' ? 1 : t.size * 8;
    const min = t.isUnsigned || t.kind === 'bool' ? 0n : -(1n << BigInt(bits - 1));
    const max = (t.isUnsigned || t.kind === 'bool' ? 1n << BigInt(bits) : 1n << BigInt(bits - 1)) - 1n;
    const range = lo !== hi;
    const note = (value: bigint, message: string): void => void this.outside.push({ value, tok, message });
    if (hi < min || lo > max) {
      note(lo, `case label value ${hi < min ? 'is less than minimum' : 'exceeds maximum'} value for type`);
      return false;
    }
    if (range && lo < min) note(lo, 'lower value in case label range less than minimum value for type');
    if (range && hi > max) note(lo, 'upper value in case label range exceeds maximum value for type');
    return true;
  }
}
