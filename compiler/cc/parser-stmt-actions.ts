/**
 * The semantic actions of the statement rules (parser-stmt.ts), as functions of the parser
 * state. The chevrotain rules and the hand-written fast path (parser-fast-stmt.ts) both
 * call these, at the same points of the token stream, so both build the same AST and
 * report the same errors in the same order.
 */
import { checkIgnoredQualifiers } from './ignored-qualifiers.js';
import { warnNoEffect, warnReturnLocalAddress } from './classic-mistakes.js';
import type { IToken } from './chevrotain.js';
import { newNode, TRUTH_VALUE_KINDS, type Node, type Obj } from './ast.js';
import { appendCleanups, beforeJump, returnAfterCleanups } from './cleanup.js';
import { declareName, initializeName, type DeclaredName } from './declare.js';
import type { InitSyntax } from './initializer.js';
import { withModeAttribute } from './mode-attr.js';
import type { Attributes, CParserBase, DeclSpec, Declarator } from './parser-base.js';
import { Mention, mentionLabel } from './labels.js';
import { checkBoolContext, type TruthUse } from './bool-context.js';
import { OpenSwitch } from './case-values.js';
import { errorAt, isWarningOn, isoC2x, isoC99, noteAt, pedwarnAt, warnAt } from './report.js';
import { convertForAssign, promote, requireTruthValue } from './typecheck.js';
import { isAggregate, isInteger, tyAutoType } from './types.js';
import { withVectorAttribute } from './vector.js';
import { checkConditionAssignment } from './parentheses.js';
import { noteDiscarded } from './unused.js';
import { verifySequencePoints } from './sequence-points.js';
import { quotedType } from './typedef-names.js';

export function stmt(kind: Node['kind'], tok: IToken): Node {
  return newNode(kind, tok);
}

/** After `{`: a block scope; returns the cleanup mark to give endBlock. */
export function beginBlock(p: CParserBase): number {
  p.scopes.enter();
  p.localLabelZone = p.peek().startOffset;
  return p.cleanups.mark();
}

export function endBlock(p: CParserBase, tok: IToken, body: Node[], end: IToken, cleanupMark: number): Node {
  const { vars, tags } = p.scopes.innermost();
  p.scopes.leave();
  appendCleanups(body, p.cleanups.leave(cleanupMark), (ty) => p.newTemp(ty));
  const n = stmt('block', tok);
  n.body = body;
  n.endTok = end;
  n.scoped = (vars !== undefined && vars.size > 0) || (tags !== undefined && tags.size > 0);
  return n;
}

export function nullStmt(tok: IToken): Node {
  const n = stmt('block', tok);
  n.body = [];
  return n;
}

/**
 * A statement expression's items with the labels (`l:`, `case 1:`) that mark its last
 * statement made statements of their own, labelling a null statement before it: gcc's
 * front end keeps labels apart, so `({ ...; l: x; })` has the value of `x`.
 */
export function withLabelsApart(items: Node[]): Node[] {
  const last = items[items.length - 1];
  if (last === undefined || (last.kind !== 'label' && last.kind !== 'case')) return items;
  const labelled = last.lhs!;
  last.lhs = nullStmt(labelled.tok);
  return withLabelsApart([...items, labelled]);
}

/**
 * A declaration of nothing but attributes, `__attribute__((fallthrough));` (`first` is its
 * first token): inside a function, the null statement that says the code falls through on
 * purpose (fallthrough.ts); other attributes make no statement.
 */
export function attributeStatement(p: CParserBase, spec: DeclSpec, first: IToken, out: Node[]): void {
  if (p.fn === undefined || spec.attrs.fallthrough !== true || !spec.isImplicitInt || spec.isTypedef || spec.isStatic || spec.isExtern) return;
  const n = nullStmt(first);
  n.fallthrough = true;
  p.fallthroughStatements++;
  out.push(n);
}

/** A statement or `for` clause the source wrote: its value is discarded (unused.ts). */
/** An expression statement of the source (`forTok`: it is the first clause of that `for`). */
export function sourceExprStmt(p: CParserBase, e: Node, forTok?: IToken): Node {
  verifySequencePoints(e);
  // (In a statement expression, the last one is its value: none is warned about.)
  if (p.stmtExprDepth === 0) warnNoEffect(e, forTok);
  noteDiscarded(e);
  return exprStmt(e);
}

export function exprStmt(e: Node): Node {
  // `*p;` still reads the object, so its struct type must be complete (as gcc requires).
  if (e.kind === 'deref' && isAggregate(e.ty!) && !e.ty!.isComplete) errorAt(e.tok, `invalid use of undefined type ${quotedType(e.ty!)}`);
  const n = stmt('exprStmt', e.tok);
  n.lhs = e;
  return n;
}

/**
 * The condition of an if, while, do or for, checked as soon as it is parsed, so that its
 * diagnostics come before those of the statements after it, in gcc's order.
 */
export function checkCondition(c: Node, use: TruthUse): void {
  checkBoolContext(c, use);
  requireTruthValue(c);
  checkConditionAssignment(c);
  verifySequencePoints(c);
}

/** A for statement's third clause, checked as soon as it is parsed (as checkCondition). */
export function checkForIncrement(p: CParserBase, inc: Node): void {
  verifySequencePoints(inc);
  if (p.stmtExprDepth === 0) warnNoEffect(inc);
}

/** The end of `if (cond) then else els` (`open`: its `(`): leaves the statement's own scope. */
export function finishIf(p: CParserBase, tok: IToken, open: IToken, cond: Node, then: Node, els: Node | undefined): Node {
  p.scopes.leave();
  const n = stmt('if', tok);
  n.codeTok = open;
  n.cond = cond;
  n.then = then;
  n.els = els;
  if (els === undefined && isWarningOn('dangling-else') && endsInIfElse(then)) {
    warnAt(open, "suggest explicit braces to avoid ambiguous 'else' [-Wdangling-else]");
  }
  return n;
}

/**
 * `if (a) if (b) x; else y;`: the then-statement is an if with an else, seen through what
 * gcc's parser sees through (loops, switches and labels; not a do, nor braces).
 */
function endsInIfElse(s: Node): boolean {
  for (;;) {
    if (s.kind === 'if') return s.els !== undefined;
    if (s.kind === 'for' || s.kind === 'switch') s = s.then!;
    else if (s.kind === 'label' || s.kind === 'case') s = s.lhs!;
    else return false;
  }
}

/** Around a loop body: `break` and `continue` become valid. */
export function enterLoopBody(p: CParserBase): void {
  p.breakDepth++;
  p.continueDepth++;
  p.cleanups.enterLoop(false);
}

export function leaveLoopBody(p: CParserBase): void {
  p.breakDepth--;
  p.continueDepth--;
  p.cleanups.leaveLoop(false);
}

/** `while (cond) body` and `do body while (cond);` (kind 'for' and 'do'). */
export function finishLoop(p: CParserBase, kind: 'for' | 'do', tok: IToken, cond: Node, body: Node): Node {
  p.scopes.leave();
  const n = stmt(kind, tok);
  n.cond = cond;
  n.then = body;
  return n;
}

/** A block of declaration items: a `for` statement's first clause, a declaration after a label. */
export function itemsBlock(tok: IToken, items: Node[]): Node {
  const b = stmt('block', tok);
  b.body = items;
  return b;
}

export function finishFor(
  p: CParserBase, tok: IToken, cleanupMark: number, init: Node | undefined, cond: Node | undefined, inc: Node | undefined, body: Node,
): Node {
  if (init?.kind === 'block') checkForDeclaration(p, tok);
  p.scopes.leave();
  if (inc) noteDiscarded(inc);
  const n = stmt('for', tok);
  n.init = init;
  n.cond = cond;
  n.inc = inc;
  n.then = body;
  // A cleanup variable declared in the init clause goes out of scope when the loop ends.
  const calls = p.cleanups.leave(cleanupMark);
  if (calls.length === 0) return n;
  const block = stmt('block', tok);
  block.body = [n, ...calls];
  return block;
}

/**
 * C11 6.8.5p3: the declaration that opens a for loop declares only objects of automatic
 * (or register) storage — no tags, typedefs, enumerators, functions, static or extern
 * objects. Checked in the loop's own scope, which holds just what that declaration made.
 */
function checkForDeclaration(p: CParserBase, tok: IToken): void {
  const { vars, tags } = p.scopes.innermost();
  for (const [name, e] of vars ?? []) {
    const o = e.obj;
    if (!o || o.isFunction) errorAt(tok, `declaration of non-variable '${name}' in 'for' loop initial declaration`);
    else if (!o.isLocal) {
      const what = o.isStatic ? 'static variable' : "'extern' variable";
      errorAt(o.tok ?? tok, `declaration of ${what} '${name}' in 'for' loop initial declaration`);
    }
  }
  for (const [name, t] of tags ?? []) errorAt(tok, `'${t.kind} ${name}' declared in 'for' loop initial declaration`);
}

/** After `switch (cond)`: the switch node that `case` labels attach to. */
export function beginSwitch(p: CParserBase, tok: IToken, cond: Node): Node {
  if (!isInteger(cond.ty!)) errorAt(cond.tok, 'switch quantity not an integer');
  verifySequencePoints(cond);
  const sw = stmt('switch', tok);
  sw.cond = promote(cond);
  sw.cases = [];
  p.switchStack.push(new OpenSwitch(sw, cond.ty!, cond.ty!.kind === 'bool' || TRUTH_VALUE_KINDS.has(cond.kind)));
  p.breakDepth++;
  p.cleanups.enterLoop(true);
  return sw;
}

export function finishSwitch(p: CParserBase, n: Node, body: Node): Node {
  p.scopes.leave();
  p.switchStack.pop()!.finish();
  p.breakDepth--;
  p.cleanups.leaveLoop(true);
  n.then = body;
  return n;
}

/** `case lo:` or `case lo ... hi:`, before the statement it labels. */
export function caseLabel(p: CParserBase, tok: IToken, lo: Node, hi: Node | undefined): Node {
  const open = p.switchStack[p.switchStack.length - 1];
  if (!open) errorAt(tok, `case label not within a switch statement`);
  const sw = open.node;
  if (hi) pedwarnAt(tok, 'range expressions in switch statements are non-standard', '-Wpedantic');
  const c = stmt('case', tok);
  c.caseBegin = open.caseValue(lo, tok);
  c.caseEnd = hi ? open.caseValue(hi, tok) : c.caseBegin;
  open.checkCaseValue(c.caseBegin, c.caseEnd, tok);
  p.cleanups.onCaseLabel(tok);
  sw.cases!.push(c);
  return c;
}

export function defaultLabel(p: CParserBase, tok: IToken): Node {
  const sw = p.switchStack[p.switchStack.length - 1]?.node;
  if (!sw) errorAt(tok, `'default' label not within a switch statement`);
  if (sw.defaultCase) errorAt(tok, 'multiple default labels in one switch');
  p.cleanups.onCaseLabel(tok);
  const c = stmt('case', tok);
  sw.defaultCase = c;
  return c;
}

/** Before C2X a label marks a statement (C11 6.8.1p1): no declaration, nor the end of a block. */
export function pedwarnLabelTarget(next: IToken, isDeclaration: boolean): void {
  if (isoC2x()) return;
  if (isDeclaration) pedwarnAt(next, 'a label can only be part of a statement and a declaration is not a statement', '-Wpedantic');
  else pedwarnAt(next, 'label at end of compound statement', '-Wpedantic');
}

/** `name:` before the statement `body`. */
export function finishLabel(p: CParserBase, name: IToken, body: Node, quiet = false): Node {
  const fn = p.requireFunction(name, 'label');
  const label = p.scopes.resolveLabel(name.image);
  mentionLabel(p.labelMentions, fn, label, name, quiet ? Mention.DefinedUnused : Mention.Defined);
  if (p.fnLabels.has(label)) errorAt(name, `duplicate label '${name.image}'`);
  p.fnLabels.add(label);
  p.cleanups.onLabel(label);
  const n = stmt('label', name);
  n.label = label;
  n.lhs = body;
  return n;
}

export function breakStmt(p: CParserBase, tok: IToken): Node {
  if (p.breakDepth === 0) errorAt(tok, 'break statement not within loop or switch');
  return beforeJump(stmt('break', tok), p.cleanups.onBreak());
}

export function continueStmt(p: CParserBase, tok: IToken): Node {
  if (p.continueDepth === 0) errorAt(tok, 'continue statement not within a loop');
  return beforeJump(stmt('continue', tok), p.cleanups.onContinue());
}

export function gotoStmt(p: CParserBase, tok: IToken, label: IToken): Node {
  const g = stmt('goto', tok);
  g.label = p.scopes.resolveLabel(label.image);
  p.fnGotos.push(g);
  if (p.fn) mentionLabel(p.labelMentions, p.fn, g.label, label, Mention.Used);
  p.cleanups.onGoto(g);
  return g;
}

export function finishReturn(p: CParserBase, tok: IToken, e: Node | undefined): Node {
  const fn = p.requireFunction(tok, 'return');
  const rt = fn.ty.returnType!;
  const n = stmt('return', tok);
  verifySequencePoints(e);
  if (e) warnReturnLocalAddress(fn, e);
  if (e) {
    if (rt.kind === 'void') {
      if (e.ty!.kind !== 'void') returnMismatch(e.tok, "'return' with a value, in function returning void", fn);
      // Even a void expression is one (C11 6.8.6.4p1); GNU C allows that.
      else pedwarnAt(tok, "ISO C forbids 'return' with expression, in function returning void", '-Wpedantic');
      n.lhs = e;
    } else {
      n.lhs = convertForAssign(e, rt, e.tok, 'returning');
    }
  } else if (rt.kind !== 'void') {
    if (isoC99()) returnMismatch(tok, "'return' with no value, in function returning non-void", fn);
  }
  return returnAfterCleanups(n, p.cleanups.onReturn(), (ty) => p.newTemp(ty));
}

/** A return that does not fit the function's type: gcc's pedwarn, named by -Wall, and where the function is. */
function returnMismatch(tok: IToken, message: string, fn: Obj): void {
  if (isWarningOn('no-return-type')) return;
  // (Under -pedantic-errors pedwarnAt throws: no note.)
  pedwarnAt(tok, isWarningOn('return-type') ? `${message} [-Wreturn-type]` : message);
  if (fn.tok) noteAt(fn.tok, 'declared here');
}

/**
 * -Wempty-body (on with -Wextra): a lone `;` as the body (`body`, then `after` it) of an `if`
 * without `else`, of an `else` or of a `do`, as gcc's parser finds it.
 */
export function checkEmptyBody(kind: 'if' | 'else' | 'do', body: IToken, after: IToken): void {
  if (body.image !== ';' || (kind === 'if' && after.image === 'else') || !isWarningOn('empty-body')) return;
  warnAt(body, `suggest braces around empty body in ${kind === 'do' ? "'do'" : `an '${kind}'`} statement [-Wempty-body]`);
}

// ---- declarations ----

/** Code that declaration specifiers left pending (a typeof's VLA sizes) runs first. */
export function takePendingSetup(p: CParserBase, out: Node[]): void {
  for (const code of p.pendingSetup.splice(0)) out.push(exprStmt(code));
}

/** Declares the name of one declarator (its attributes and asm label parsed); VLA setup goes to `out`. */
export function declareDeclarator(
  p: CParserBase, spec: DeclSpec, d: Declarator, attrs: Attributes, asmName: string | undefined, out: Node[],
): DeclaredName {
  const base = withVectorAttribute(withModeAttribute(spec.ty, attrs.mode), attrs);
  const ty = d.derive(base);
  if (d.nameTok !== undefined) checkIgnoredQualifiers(spec, base, ty, d.nameTok);
  if (d.cleanup !== undefined) attrs.cleanup ??= d.cleanup;
  const declared = declareName(p, spec, d.nameTok, ty, attrs, asmName);
  declared.typeTok = spec.typeTok;
  for (const code of declared.setup ?? []) out.push(exprStmt(code));
  return declared;
}

/** `= init` after a declarator: a local's initialization code goes to `out`. */
export function initializeDeclared(p: CParserBase, declared: DeclaredName, init: InitSyntax, tok: IToken, out: Node[]): void {
  const code = initializeName(declared, init, tok, p.noFloat);
  if (code) {
    const s = stmt('exprStmt', tok);
    s.lhs = code;
    s.declInit = true;
    out.push(s);
  }
}

/** A declarator without initializer (or after it): the object must have a complete type. */
export function checkComplete(dn: DeclaredName, d: Declarator): void {
  const o = dn.obj;
  if (o?.ty === tyAutoType) errorAt(d.nameTok!, `'__auto_type' requires an initialized data declaration`);
  if (!o || !dn.isLocalAuto) return;
  const t = o.ty;
  if ((t.kind === 'struct' || t.kind === 'union' || t.kind === 'enum') && !t.isComplete) {
    errorAt(d.nameTok!, `storage size of '${d.nameTok!.image}' isn't known`);
  }
  if (t.kind === 'array' && t.arrayLen < 0 && !t.isVla) errorAt(d.nameTok!, `array size missing in '${d.nameTok!.image}'`);
}
