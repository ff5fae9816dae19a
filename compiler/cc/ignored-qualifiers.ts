/**
 * -Wignored-qualifiers (-Wextra): `const int f(void);` — a function's value is no object,
 * so qualifiers on its return type mean nothing:
 *
 *   type qualifiers ignored on function return type [-Wignored-qualifiers]
 *
 * Given for each function type a declarator makes (not one a typedef brought), at the
 * specifiers' first qualifier as gcc places it, else at the typedef name that brought the
 * qualifier, else at the declarator's name (`int *const f(void)`).
 */
import type { IToken } from './chevrotain.js';
import type { DeclSpec } from './parser-base.js';
import { isWarningOn, warnAt } from './report.js';
import type { Type } from './types.js';

/** `ty` is what a declarator made of `base` (the specifiers' type); `name`: its name, or the first token of a type name. */
export function checkIgnoredQualifiers(spec: DeclSpec, base: Type, ty: Type, name: IToken): void {
  if (ty === base || !isWarningOn('ignored-qualifiers')) return;
  for (let t: Type | undefined = ty; t !== undefined && t !== base; t = t.kind === 'func' ? t.returnType : t.base) {
    if (t.kind !== 'func') continue;
    const r = t.returnType!;
    if (!r.isConst && !r.isVolatile && !r.isAtomic) continue;
    const at = spec.qualifierTok ?? (r === base ? spec.typeTok : undefined) ?? name;
    warnAt(at, 'type qualifiers ignored on function return type [-Wignored-qualifiers]');
  }
}
