/**
 * Which `inline` function bodies become an external definition, gcc 12's way at -O0.
 *
 * C99 (6.7.4p7, gcc's default from gnu99 on): a non-static function whose every
 * file-scope declaration says `inline` and none says `extern` has only an "inline
 * definition": no symbol is emitted, and calls go to the external definition some other
 * file must provide. One file-scope declaration with `extern`, or without `inline`,
 * anywhere in the file (even after the body) makes the body the external definition.
 *
 * GNU89 (-std=gnu89/c90/-ansi, -fgnu89-inline, or `__attribute__((gnu_inline))` on the
 * function): only the definition itself counts. Plain `inline` is an external definition;
 * `extern inline` is a body for inlining only, and a later plain definition of the same
 * function in the file is allowed and becomes the external definition.
 *
 * `static inline` is a static function either way (emitted only if referenced).
 */
import type { Obj } from './ast.js';
import type { DeclSpec } from './parser-base.js';

/** Records what one declaration of function `o` says about inlining (declareGlobal). */
export function noteInlineDeclaration(o: Obj, spec: DeclSpec, isFirst: boolean, local: boolean): void {
  if (spec.isInline) o.isInline = true;
  // Block-scope declarations do not count for C99's rule (gcc agrees).
  if (local) return;
  const inlineOnly = spec.isInline && !spec.isExtern;
  o.everyDeclarationInline = (isFirst || o.everyDeclarationInline === true) && inlineOnly;
  o.lastDeclarationExternInline = spec.isInline && spec.isExtern;
}

/**
 * Called as a body begins: GNU89's rule looks at the defining declaration only. Returns
 * whether an earlier body may be replaced (a GNU89 `extern inline` one may).
 */
export function noteInlineDefinition(fn: Obj, gnu89: boolean): boolean {
  const replaceable = fn.body !== undefined && fn.definedExternInline === true && (gnu89 || fn.isGnuInline === true);
  fn.definedExternInline = fn.lastDeclarationExternInline === true;
  return replaceable;
}

/**
 * Decides, once the whole file is read, which function bodies are inline definitions only
 * (Obj.inlineOnly). gcc inlines calls to them when optimizing (and always_inline ones even
 * at -O0), and a program may then link without any external definition. We never inline,
 * so in those cases the body stays a private copy instead: a static function, emitted if
 * referenced.
 */
export function resolveInlineDefinitions(globals: readonly Obj[], gnu89: boolean, optimizing: boolean): void {
  for (const o of globals) {
    if (!o.isFunction || !o.body || o.isStatic || !o.isInline) continue;
    const inlineOnly = gnu89 || o.isGnuInline === true ? o.definedExternInline === true : o.everyDeclarationInline === true;
    if (!inlineOnly) continue;
    if (optimizing || o.isAlwaysInline) o.isStatic = true;
    else o.inlineOnly = true;
  }
}
