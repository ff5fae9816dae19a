/**
 * A designated initializer that sets again what the list already set:
 *
 *   struct P p = { .x = 1, .x = 2 };   initialized field overwritten [-Woverride-init]   (-Wextra)
 *   int a[2] = { [0] = f(), [0] = 1 }; initialized field with side-effects overwritten
 *                                      [-Woverride-init-side-effects]                    (default)
 *
 * each with gcc's note naming the element, "(near initialization for 'p.x')", placed at the
 * new value (or the `{` of a list that replaces an aggregate).
 */
import type { IToken } from './chevrotain.js';
import type { Initializer } from './initializer.js';
import { hasEffect } from './classic-mistakes.js';
import { isWarningOn, noteAt, warnAt } from './report.js';

/** `init` is about to be set (at `at`): warns if something in it was set already. */
export function checkOverride(init: Initializer, at: IToken): void {
  // (A union's other member, which a designator has just replaced by this one, counts too.)
  const up = init.parent;
  const displaced = up?.displaced;
  if (up !== undefined) up.displaced = undefined;
  let old = earlierValue(init);
  if (old === 'none' && displaced !== undefined) old = earlierValue(displaced);
  if (old === 'none') return;
  if (old === 'effects') {
    if (isWarningOn('no-override-init-side-effects')) return;
    warnAt(at, 'initialized field with side-effects overwritten [-Woverride-init-side-effects]');
  } else {
    if (!isWarningOn('override-init')) return;
    warnAt(at, 'initialized field overwritten [-Woverride-init]');
  }
  noteAt(at, `(near initialization for '${pathOf(init)}')`);
}

/** What `init` holds already: nothing, values, or values with side effects. */
function earlierValue(init: Initializer): 'none' | 'plain' | 'effects' {
  if (init.expr !== undefined) return hasEffect(init.expr) ? 'effects' : 'plain';
  if (init.packed !== undefined) return 'plain';
  let found: 'none' | 'plain' | 'effects' = 'none';
  for (const c of init.children ?? []) {
    const v = c === undefined ? 'none' : earlierValue(c);
    if (v === 'effects') return v;
    if (v === 'plain') found = v;
  }
  return found;
}

/** The element as gcc names it: `q.z[1]`, `(anonymous)[0]` in a compound literal. */
function pathOf(init: Initializer): string {
  const up = init.parent;
  if (up === undefined) return init.name ?? '(anonymous)';
  if (up.ty.kind === 'array') return `${pathOf(up)}[${init.index}]`;
  const member = up.members![init.index];
  return member.name === undefined ? pathOf(up) : `${pathOf(up)}.${member.name}`;
}
