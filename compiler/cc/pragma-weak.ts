/**
 * `#pragma weak name` and `#pragma weak alias = target` (the System V forms gcc accepts):
 * applied once the whole unit is parsed, since either name may be declared after the pragma.
 * The first makes `name` a weak symbol; the second defines `alias` as a weak symbol at
 * `target`'s address, as `__attribute__((weak, alias("target")))` on alias's declaration.
 */
import type { IToken } from './chevrotain.js';
import type { Obj } from './ast.js';

export function applyPragmaWeak(directives: readonly IToken[], globals: readonly Obj[]): void {
  let byName: Map<string, Obj> | undefined;
  for (const d of directives) {
    const m = /^#\s*pragma\s+weak\s+([A-Za-z_$][\w$]*)\s*(?:=\s*([A-Za-z_$][\w$]*))?\s*$/.exec(d.image);
    if (!m) continue;
    byName ??= new Map(globals.map((o) => [o.name, o]));
    const o = byName.get(m[1]);
    // A name the unit never declares has no symbol to mark: gcc's `.weak` for it is inert.
    if (!o) continue;
    o.isWeak = true;
    const target = m[2] === undefined ? undefined : byName.get(m[2]);
    if (target && !o.body && !o.isDefinition) {
      o.alias = target.name;
      o.isDefinition = true;
      target.isUsed = true; // referred to by the alias, so even a static one is emitted
    }
  }
}
