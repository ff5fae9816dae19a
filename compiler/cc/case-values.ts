/**
 * No two case labels of one switch may have the same value (C11 6.8.4.2p3); GNU case ranges
 * (`case 1 ... 5:`) may not overlap another label either. Values are compared as written
 * (gcc compares them after conversion to the controlling type, which can only find more).
 */
import type { IToken } from './chevrotain.js';
import type { Node } from './ast.js';
import { errorAt } from './report.js';

/** A switch being parsed: its node, and the case values its labels have taken so far. */
export class OpenSwitch {
  private readonly singles = new Set<bigint>();
  private readonly ranges: [bigint, bigint][] = [];

  constructor(readonly node: Node) {}

  /** `case lo ... hi:` (lo = hi for a plain `case`): an error if it repeats a value. */
  checkCaseValue(lo: bigint, hi: bigint, tok: IToken): void {
    if (lo > hi) return; // an empty range labels nothing (gcc warns)
    const overlapsRange = this.ranges.some(([a, b]) => a <= hi && lo <= b);
    if (lo === hi) {
      if (this.singles.has(lo) || overlapsRange) errorAt(tok, 'duplicate case value');
      this.singles.add(lo);
      return;
    }
    if (overlapsRange || [...this.singles].some((v) => lo <= v && v <= hi)) errorAt(tok, 'duplicate (or overlapping) case value');
    this.ranges.push([lo, hi]);
  }
}
