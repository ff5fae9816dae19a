/**
 * -Wunused-variable and -Wunused-but-set-variable (both on with -Wall), as gcc decides
 * them: when a block ends, each variable it declared whose name no expression used is
 * "unused"; one whose every use only stored into it — a statement `x = e;`, or `a[i] = e;`
 * and `s.m = e;` on an array or struct variable itself — is "set but not used". Any other
 * use reads it (`x++`, `x += 1`, `&x`, `sizeof x`, `y = x = 0`). `extern` declarations and
 * variables marked unused or with a cleanup are never warned about. A function's
 * parameters are judged alike when it ends (-Wunused-parameter, -Wunused-but-set-parameter).
 */
import type { Node, Obj } from './ast.js';
import { isInMainFile, isWarningOn, reportInFunction, warnAt } from './report.js';
import type { EndingBlock } from './scope.js';
import { warnUnusedLabel, type LabelMention } from './labels.js';

/** The variable a plain assignment to `lhs` stores into without reading it, if any. */
function storedVariable(lhs: Node): Obj | undefined {
  let n = lhs;
  for (;;) {
    if (n.kind === 'var') return n.obj;
    if (n.kind === 'member' || n.kind === 'cast') n = n.lhs!;
    // `a[i]`, `a[i][j]`: the array itself, not a pointer (storing through a pointer reads it).
    else if (n.kind === 'deref' && (n.lhs!.kind === 'add' || n.lhs!.kind === 'sub')) {
      const array = [n.lhs!.lhs!, n.lhs!.rhs!].find((e) => e.ty!.kind === 'array');
      if (array === undefined) return undefined;
      n = array;
    } else return undefined;
  }
}

/**
 * An expression whose value is discarded (a statement, a `for` clause): a plain `x = e` in
 * it only stores into x. An assignment whose value is used (`a = b = 0`, `if ((x = f()))`)
 * reads it, as in gcc.
 */
export function noteDiscarded(e: Node): void {
  if (e.kind === 'comma') {
    noteDiscarded(e.lhs!);
    noteDiscarded(e.rhs!);
  } else if (e.kind === 'cast' && e.ty!.kind === 'void') {
    noteDiscarded(e.lhs!);
  } else if (e.kind === 'assign' && e.tok.image === '=') {
    const o = storedVariable(e.lhs!);
    if (o !== undefined) o.stores++;
  }
}

/**
 * A block ends: warns about its unused variables, the last declared first, and among them
 * (by where each was bound) about the labels bound there that nothing jumps to (as gcc).
 */
export function checkUnusedNames(block: EndingBlock, labels: LabelMention[]): void {
  const unused = isWarningOn('unused-variable'), unread = isWarningOn('unused-but-set-variable');
  let next = 0;
  for (const entry of block.vars ? [...block.vars.values()].reverse() : []) {
    const o = entry.obj;
    const tok = entry.declTok ?? o?.tok;
    if (o === undefined || tok === undefined || !o.checkUnused || (!unused && !unread)) continue;
    while (next < labels.length && labels[next].first.startOffset > tok.startOffset) warnUnusedLabel(labels[next++]);
    if (o.uses === 0) {
      if (unused) warnAt(tok, `unused variable '${tok.image}' [-Wunused-variable]`);
    } else if (o.uses === o.stores && unread && (o.isLocal || o.staticOwner !== undefined)) {
      // (A block's `extern int x;` names an object the rest of the program may read: gcc says nothing of its stores.)
      warnAt(tok, `variable '${tok.image}' set but not used [-Wunused-but-set-variable]`);
    }
  }
  while (next < labels.length) warnUnusedLabel(labels[next++]);
}

/**
 * A function definition ends: gcc's word on its parameters (-Wextra with -Wunused or
 * -Wall), in the order they were declared — first each one only stored into
 * (-Wunused-but-set-parameter, gcc's finish_function), then each one never named
 * (-Wunused-parameter, gcc's c_genericize). Unnamed ones and those marked unused are not.
 */
export function checkUnusedParameters(params: readonly Obj[]): void {
  const unread = isWarningOn('unused-but-set-parameter'), unused = isWarningOn('unused-parameter');
  if (!unread && !unused) return;
  const named = params.filter((o) => o.checkUnused === true && o.tok !== undefined);
  if (unread) {
    for (const o of named) if (o.uses > 0 && o.uses === o.stores) warnAt(o.tok!, `parameter '${o.name}' set but not used [-Wunused-but-set-parameter]`);
  }
  if (unused) for (const o of named) if (o.uses === 0) warnAt(o.tok!, `unused parameter '${o.name}' [-Wunused-parameter]`);
}

/**
 * The end of the file: gcc's word on static functions and variables. First, in the order
 * they were declared, a static function never defined: "used but never defined" (always)
 * or, if nothing uses it either, "declared 'static' but never defined" (-Wunused-function).
 * Then — only when the file is compiled (`compiled`: not with -fsyntax-only, where gcc
 * stops before) and from the last entered into gcc's symbol table to the first — a static
 * function (not inline) or variable (file-scope or a static local) that nothing but itself
 * refers to: "defined but not used", under -Wunused-function or -Wunused-variable
 * (-Wunused-const-variable= for a const one, which -Wunused-variable turns on in C).
 */
export function checkUnusedGlobals(globals: readonly Obj[], compiled: boolean): void {
  const before = reportInFunction(null);
  const aliased = new Set(globals.map((o) => o.alias).filter((name) => name !== undefined));
  const mayWarn = (o: Obj): boolean =>
    o.isStatic && o.checkUnused === true && o.tok !== undefined && !o.isUsed && o.alias === undefined && !aliased.has(o.name) && o.nesting === undefined;
  for (const o of globals) {
    if (!o.isFunction || o.body || !mayWarn(o)) continue;
    if (o.uses > 0) warnAt(o.tok!, `'${o.tok!.image}' used but never defined`);
    else if (isWarningOn('unused-function')) warnAt(o.tok!, `'${o.tok!.image}' declared 'static' but never defined [-Wunused-function]`);
  }
  if (compiled) {
    for (const o of symbolTableOrder(globals.filter((g) => mayWarn(g) && g.uses === 0)).reverse()) {
      const tok = o.defTok ?? o.tok!;
      if (o.isFunction) {
        if (o.body && !o.isInline && isWarningOn('unused-function')) warnAt(tok, `'${tok.image}' defined but not used [-Wunused-function]`);
      } else if ((o.isDefinition || o.isTentative) && isWarningOn('unused-variable') && (!o.isReadOnly || isInMainFile(tok))) {
        // (-Wunused-variable's level of -Wunused-const-variable: a const one only in the main file, as gcc.)
        warnAt(tok, `'${tok.image}' defined but not used [${o.isReadOnly ? '-Wunused-const-variable=' : '-Wunused-variable'}]`);
      }
    }
  }
  reportInFunction(before);
}

/**
 * The order gcc's symbol table holds statics in (measured): the file-scope ones as first
 * declared, then the static locals, function by function, the last declared first.
 */
function symbolTableOrder(statics: Obj[]): Obj[] {
  const fileScope = statics.filter((o) => o.staticOwner === undefined);
  const locals = statics.filter((o) => o.staticOwner !== undefined);
  const functionEnd = (o: Obj): number => o.staticOwner!.body?.endTok?.startOffset ?? 0;
  locals.sort((a, b) => functionEnd(a) - functionEnd(b) || b.tok!.startOffset - a.tok!.startOffset);
  return [...fileScope, ...locals];
}
