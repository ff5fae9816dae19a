/**
 * No two case labels of one switch may have the same value (C11 6.8.4.2p3); GNU case ranges
 * (`case 1 ... 5:`) may not overlap another label either. Values are compared as written
 * (gcc compares them after conversion to the controlling type, which can only find more).
 * A switch on an enum without `default` should name every enumerator (-Wswitch).
 */
import type { IToken } from './chevrotain.js';
import type { Node } from './ast.js';
import { errorAt, isWarningOn, warnAt } from './report.js';
import type { Type } from './types.js';
import { quotedType } from './typedef-names.js';

/** A switch being parsed: its node, and the case values its labels have taken so far. */
export class OpenSwitch {
  private readonly singles = new Set<bigint>();
  /** The plain `case` labels, in order: their value and their `case`. */
  private readonly labels: { value: bigint; tok: IToken }[] = [];
  private readonly ranges: [bigint, bigint][] = [];

  /** `enumType`: the controlling expression's type, when it is an enum (before promotion). */
  constructor(readonly node: Node, private readonly enumType?: Type) {}

  /**
   * The switch ends: under -Wswitch (-Wall), gcc's word (in gcc's order) on each enumerator
   * no case value matches, if there is no `default`, then on each case value of a switch
   * on an enum that is none of its enumerators.
   */
  finish(): void {
    const enumerators = this.enumType?.enumerators;
    if (!enumerators || !isWarningOn('switch')) return;
    if (!this.node.defaultCase) {
      for (const { name, value } of enumerators) {
        if (this.singles.has(value) || this.ranges.some(([a, b]) => a <= value && value <= b)) continue;
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
    const overlapsRange = this.ranges.some(([a, b]) => a <= hi && lo <= b);
    if (lo === hi) {
      if (this.singles.has(lo) || overlapsRange) errorAt(tok, 'duplicate case value');
      this.singles.add(lo);
      this.labels.push({ value: lo, tok });
      return;
    }
    if (overlapsRange || [...this.singles].some((v) => lo <= v && v <= hi)) errorAt(tok, 'duplicate (or overlapping) case value');
    this.ranges.push([lo, hi]);
  }
}
