/**
 * No two case labels of one switch may have the same value (C11 6.8.4.2p3); GNU case ranges
 * (`case 1 ... 5:`) may not overlap another label either. Values are compared as written
 * (gcc compares them after conversion to the controlling type, which can only find more).
 */
import type { IToken } from './chevrotain.js';
import type { Node } from './ast.js';
import { errorAt } from './report.js';

interface CaseValues {
  singles: Set<bigint>;
  ranges: [bigint, bigint][];
}

const seenBySwitch = new WeakMap<Node, CaseValues>();

export function checkCaseValue(sw: Node, lo: bigint, hi: bigint, tok: IToken): void {
  if (lo > hi) return; // an empty range labels nothing (gcc warns)
  let seen = seenBySwitch.get(sw);
  if (!seen) seenBySwitch.set(sw, (seen = { singles: new Set(), ranges: [] }));
  const overlapsRange = seen.ranges.some(([a, b]) => a <= hi && lo <= b);
  if (lo === hi) {
    if (seen.singles.has(lo) || overlapsRange) errorAt(tok, 'duplicate case value');
    seen.singles.add(lo);
    return;
  }
  if (overlapsRange || [...seen.singles].some((v) => lo <= v && v <= hi)) errorAt(tok, 'duplicate (or overlapping) case value');
  seen.ranges.push([lo, hi]);
}
