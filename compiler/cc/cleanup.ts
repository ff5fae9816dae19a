/**
 * GNU `__attribute__((cleanup(fn)))` on a local variable: `fn(&var)` runs whenever the
 * variable's scope is left — falling off the end of its block, `return` (after the value is
 * computed), `break`, `continue`, or a `goto` to a label outside it — innermost first.
 *
 * The parser keeps the cleanups in force as a stack. Block ends, returns, breaks and continues
 * know at once which entries they leave; a goto may jump forward, so it is resolved when the
 * function ends, from the entries in force at the goto and at its label.
 *
 * Variably modified locals (`int a[n]`) are entries too, without a call: their scopes are
 * tracked the same way so that a goto, or a switch's case label, into one is refused (C11
 * 6.8.6.1p1, 6.8.4.2p2).
 */
import type { IToken } from './chevrotain.js';
import { newNode, type Node, type Obj } from './ast.js';
import { assignNode, varNode } from './typecheck.js';
import type { Type } from './types.js';
import { errorAt } from './report.js';

export interface CleanupEntry {
  obj: Obj;
  call?: () => Node; // a fresh `fn(&obj);` statement for each exit path; none for a VLA
}

function callsOf(entries: CleanupEntry[]): Node[] {
  const calls: Node[] = [];
  for (const e of entries) if (e.call) calls.push(e.call());
  return calls;
}

export class Cleanups {
  private active: CleanupEntry[] = [];
  private breakMarks: number[] = [];
  private continueMarks: number[] = [];
  private switchMarks: number[] = [];
  private gotos: { node: Node; active: CleanupEntry[] }[] = [];
  private labels = new Map<string, CleanupEntry[]>();

  /** A new function: nothing in force. */
  reset(): void {
    this.active = [];
    this.breakMarks = [];
    this.continueMarks = [];
    this.switchMarks = [];
    this.gotos = [];
    this.labels = new Map();
  }

  add(entry: CleanupEntry): void {
    this.active.push(entry);
  }

  mark(): number {
    return this.active.length;
  }

  /** Leaves a scope: the statements to run at its end, innermost first. */
  leave(mark: number): Node[] {
    if (mark >= this.active.length) return []; // the usual case: no cleanup in the function
    const left = this.active.splice(mark);
    return callsOf(left.reverse());
  }

  enterLoop(isSwitch: boolean): void {
    this.breakMarks.push(this.active.length);
    (isSwitch ? this.switchMarks : this.continueMarks).push(this.active.length);
  }

  leaveLoop(isSwitch: boolean): void {
    this.breakMarks.pop();
    (isSwitch ? this.switchMarks : this.continueMarks).pop();
  }

  /** A case or default label: the switch may not jump past a variably modified declaration (C11 6.8.4.2p2). */
  onCaseLabel(tok: IToken): void {
    const mark = this.switchMarks[this.switchMarks.length - 1] ?? 0;
    for (let i = mark; i < this.active.length; i++) {
      if (!this.active[i].call) errorAt(tok, 'switch jumps into scope of identifier with variably modified type');
    }
  }

  /** `return`: every cleanup of the function runs. */
  onReturn(): Node[] {
    return this.callsAbove(0);
  }

  onBreak(): Node[] {
    return this.callsAbove(this.breakMarks[this.breakMarks.length - 1] ?? 0);
  }

  onContinue(): Node[] {
    return this.callsAbove(this.continueMarks[this.continueMarks.length - 1] ?? 0);
  }

  onGoto(node: Node): void {
    this.gotos.push({ node, active: this.active.length > 0 ? [...this.active] : [] });
  }

  onLabel(name: string): void {
    this.labels.set(name, [...this.active]);
  }

  /** At the end of the function: each goto runs the cleanups of the scopes it jumps out of. */
  resolveGotos(): void {
    for (const { node, active } of this.gotos) {
      const target = this.labels.get(node.label!) ?? [];
      if (target.some((e) => !e.call && !active.includes(e))) {
        errorAt(node.tok, 'jump into scope of identifier with variably modified type');
      }
      const left = callsOf(active.filter((e) => !target.includes(e)).reverse());
      if (left.length === 0) continue;
      const jump: Node = { ...node };
      // The goto node becomes a block in place: its parent holds this very object.
      Object.assign(node, blockOf([...left, jump], jump.tok));
      node.label = undefined;
    }
    this.gotos = [];
  }

  private callsAbove(mark: number): Node[] {
    if (mark >= this.active.length) return []; // every break and return, where nothing needs cleaning up
    return callsOf(this.active.slice(mark).reverse());
  }
}

export function blockOf(body: Node[], tok: IToken): Node {
  const b = newNode('block', tok);
  b.body = body;
  return b;
}

export function exprStmtOf(e: Node): Node {
  const s = newNode('exprStmt', e.tok);
  s.lhs = e;
  return s;
}

/** Runs `calls` before `jump` (a break, continue or goto). */
export function beforeJump(jump: Node, calls: Node[]): Node {
  return calls.length === 0 ? jump : blockOf([...calls, jump], jump.tok);
}

/** A return whose value is computed before the cleanups run (they may change the variable). */
export function returnAfterCleanups(ret: Node, calls: Node[], temp: (ty: Type) => Obj): Node {
  if (calls.length === 0) return ret;
  const value = ret.lhs;
  if (!value || value.ty!.kind === 'void') {
    ret.lhs = undefined;
    return blockOf([...(value ? [exprStmtOf(value)] : []), ...calls, ret], ret.tok);
  }
  const t = temp(value.ty!);
  const save = exprStmtOf(assignNode(varNode(t, ret.tok), value, ret.tok));
  ret.lhs = varNode(t, ret.tok);
  return blockOf([save, ...calls, ret], ret.tok);
}

/**
 * Appends a block's cleanups to its statements. A last expression statement keeps its value
 * (it is the value of a statement expression, `({ ...; x; })`) by going through a temporary.
 */
export function appendCleanups(body: Node[], calls: Node[], temp: (ty: Type) => Obj): void {
  if (calls.length === 0) return;
  const last = body[body.length - 1];
  const ty = last?.kind === 'exprStmt' ? last.lhs!.ty! : undefined;
  if (!last || !ty || ty.kind === 'void' || ty.kind === 'array' || ty.kind === 'func') {
    body.push(...calls);
    return;
  }
  const t = temp(ty);
  body[body.length - 1] = exprStmtOf(assignNode(varNode(t, last.tok), last.lhs!, last.tok));
  body.push(...calls, exprStmtOf(varNode(t, last.tok)));
}
