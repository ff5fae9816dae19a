/**
 * GNU extended inline assembly: operands are evaluated onto the stack, popped into the
 * registers their constraints ask for, the template is emitted with `%0`/`%[name]`
 * (and modifiers k q b w h c P a l) replaced textually, then register outputs are
 * stored back to their lvalues.
 */
import type { AsmOperand, Node } from './ast.js';
import { tryEval } from './consteval.js';
import { genAddr, genExpr, userLabel } from './codegen-expr.js';
import type { Gen } from './codegen-state.js';
import { errorAt } from './report.js';
import { addressFromGot } from './pic.js';
import type { IToken } from './chevrotain.js';
import { isFlonum, type Type } from './types.js';
import { labelDisplayName } from './labels.js';
import { loadX87Inputs, spillX87Inputs, storeX87Outputs, x87Slot, x87Text, type X87Operand } from './codegen-asm-x87.js';

type Reg = 'rax' | 'rbx' | 'rcx' | 'rdx' | 'rsi' | 'rdi' | 'r8' | 'r9' | 'r10' | 'r11' | 'r12' | 'r13' | 'r14' | 'r15';

const regNames: Record<Reg, [string, string, string, string]> = {
  rax: ['al', 'ax', 'eax', 'rax'], rbx: ['bl', 'bx', 'ebx', 'rbx'], rcx: ['cl', 'cx', 'ecx', 'rcx'],
  rdx: ['dl', 'dx', 'edx', 'rdx'], rsi: ['sil', 'si', 'esi', 'rsi'], rdi: ['dil', 'di', 'edi', 'rdi'],
  r8: ['r8b', 'r8w', 'r8d', 'r8'], r9: ['r9b', 'r9w', 'r9d', 'r9'], r10: ['r10b', 'r10w', 'r10d', 'r10'],
  r11: ['r11b', 'r11w', 'r11d', 'r11'], r12: ['r12b', 'r12w', 'r12d', 'r12'], r13: ['r13b', 'r13w', 'r13d', 'r13'],
  r14: ['r14b', 'r14w', 'r14d', 'r14'], r15: ['r15b', 'r15w', 'r15d', 'r15'],
};
const highByte: Partial<Record<Reg, string>> = { rax: 'ah', rbx: 'bh', rcx: 'ch', rdx: 'dh' };
const fixedLetters: Record<string, Reg> = { a: 'rax', b: 'rbx', c: 'rcx', d: 'rdx', S: 'rsi', D: 'rdi', A: 'rax' };
// Caller-saved first; callee-saved ones are saved by the prologue when used.
const pool: Reg[] = ['rax', 'rcx', 'rdx', 'rsi', 'rdi', 'r8', 'r9', 'r10', 'r11', 'rbx', 'r12', 'r13', 'r14', 'r15'];
const calleeSaved = new Set<Reg>(['rbx', 'r12', 'r13', 'r14', 'r15']);

type Place =
  | { kind: 'reg'; reg: Reg }
  | { kind: 'xmm'; index: number } // "x": float and double operands in %xmm8 and up
  | { kind: 'mem'; text: string; addrReg: Reg | undefined }
  | { kind: 'imm'; text: string }
  | { kind: 'tied'; to: number }
  | { kind: 'x87'; slot: number }; // "t", "u", "f": the x87 stack (codegen-asm-x87.ts)

interface Operand {
  op: AsmOperand;
  isOutput: boolean;
  readWrite: boolean;
  letters: string;
  place: Place;
  ty: Type;
}

function clobberReg(name: string): Reg | undefined {
  const n = name.replace(/^%/, '');
  for (const [r, names] of Object.entries(regNames) as [Reg, string[]][]) {
    if (names.includes(n) || highByte[r] === n) return r;
  }
  return undefined;
}

function constraintLetters(c: string): string {
  return c.replace(/[=+&%?!*#,]/g, '');
}

export function genInlineAsm(g: Gen, n: Node): void {
  const a = n.asm!;
  if (a.basic) {
    for (const line of a.template.split('\n')) g.emit(`\t${line}`);
    return;
  }
  const used = new Set<Reg>();
  for (const c of a.clobbers) {
    const r = clobberReg(c);
    if (r) used.add(r);
  }
  const ops: Operand[] = [
    ...a.outputs.map((op) => makeOperand(op, true)),
    ...a.inputs.map((op) => makeOperand(op, false)),
  ];
  choosePlaces(g, ops, used, n.tok);
  const x87 = x87Operands(ops);
  loadOperands(g, ops, x87);
  // asm goto with outputs (gcc 11+): the outputs are valid on the label edges too, so each
  // label is reached through a stub that stores them first.
  const stubs = a.labels.length > 0 && x87.length === 0 && ops.some((o) => o.isOutput) ? a.labels.map(() => g.newLabel()) : undefined;
  emitTemplate(g, n, ops, stubs);
  storeOutputs(g, ops, () => storeX87Outputs(g, x87, a.clobbers));
  if (stubs) emitOutputStubs(g, n, ops, stubs);
  for (const r of used) if (calleeSaved.has(r)) g.calleeSavedUsed.add(r);
  for (const o of ops) {
    if (o.place.kind === 'reg' && calleeSaved.has(o.place.reg)) g.calleeSavedUsed.add(o.place.reg);
    if (o.place.kind === 'mem' && o.place.addrReg && calleeSaved.has(o.place.addrReg)) g.calleeSavedUsed.add(o.place.addrReg);
  }
}

function makeOperand(op: AsmOperand, isOutput: boolean): Operand {
  const c = op.constraint;
  if (isOutput && !c.includes('=') && !c.includes('+')) errorAt(op.expr.tok, `output operand constraint lacks '='`);
  const ty = op.expr.ty!;
  const letters = constraintLetters(c);
  if (isFlonum(ty) && !/[tuf]/.test(letters) && !/^\d+$/.test(letters) && (ty.kind === 'ldouble' || !/[xmg]/.test(letters))) {
    errorAt(op.expr.tok, `floating-point asm operands are only supported with the 'x', 'm', 't', 'u' and 'f' constraints`);
  }
  return {
    op, isOutput, readWrite: c.includes('+'), letters: constraintLetters(c),
    place: { kind: 'imm', text: '' }, ty: op.expr.ty!,
  };
}

function allocate(used: Set<Reg>, tokNode: Node): Reg {
  for (const r of pool) {
    if (!used.has(r)) {
      used.add(r);
      return r;
    }
  }
  return errorAt(tokNode.tok, "impossible constraint in 'asm': out of registers");
}

function choosePlaces(g: Gen, ops: Operand[], used: Set<Reg>, asmTok: IToken): void {
  // Fixed registers first, so general ones do not take them: constraint letters, and
  // register variables (`register long r10 asm("r10")`) given to a register constraint.
  for (const o of ops) {
    const e = o.op.expr;
    const pinned = e.kind === 'var' && e.obj!.asmRegister !== undefined ? clobberReg(e.obj!.asmRegister) : undefined;
    if (pinned && /[rqRgX]/.test(o.letters)) {
      o.place = { kind: 'reg', reg: pinned };
      used.add(pinned);
      continue;
    }
    for (const ch of o.letters) {
      const r = fixedLetters[ch];
      if (r) {
        o.place = { kind: 'reg', reg: r };
        used.add(r);
        break;
      }
    }
  }
  let nextXmm = 8;
  const x87Taken = new Set<number>();
  for (let i = 0; i < ops.length; i++) {
    const o = ops[i];
    if (o.place.kind === 'reg') continue;
    const L = o.letters;
    const slot = isFlonum(o.ty) ? x87Slot(L, x87Taken) : undefined;
    if (slot !== undefined) {
      o.place = { kind: 'x87', slot };
      if (!o.isOutput) x87Taken.add(slot);
      continue;
    }
    if (isFlonum(o.ty) && !/^\d+$/.test(L)) {
      o.place = L.includes('x') ? { kind: 'xmm', index: nextXmm++ } : memoryPlace(o.op.expr, used);
      continue;
    }
    if (/^\d+$/.test(L)) {
      const to = Number(L);
      if (to >= ops.length || !ops[to].isOutput) errorAt(o.op.expr.tok, 'matching constraint references invalid operand number');
      o.place = { kind: 'tied', to };
      continue;
    }
    if (!o.isOutput && /[inIJKLMNOeEFGsXg]/.test(L)) {
      const v = tryEval(o.op.expr);
      if (v && (v.label === undefined || /[iXgs]/.test(L))) {
        const text = v.label === undefined ? `${v.value}` : v.value === 0n ? v.label : `${v.label}+${v.value}`;
        o.place = { kind: 'imm', text };
        continue;
      }
      // Nothing but immediates allowed, and no constant to give: gcc -O0 refuses it too
      // (it does not propagate an inline function's arguments into its asm).
      if (!/[^inIJKLMNOeEFGs]/.test(L)) errorAt(asmTok, "impossible constraint in 'asm'");
    }
    if (/[rqRlgQX]/.test(L) || (!/[mo]/.test(L) && !/[V]/.test(L))) {
      o.place = { kind: 'reg', reg: allocate(used, o.op.expr) };
      continue;
    }
    o.place = memoryPlace(o.op.expr, used);
  }
  void g;
}

function memoryPlace(e: Node, used: Set<Reg>): Place {
  if (e.kind === 'var' && !e.obj!.frameOwner && !e.obj!.isThreadLocal && !addressFromGot(e.obj!)) {
    const obj = e.obj!;
    return { kind: 'mem', text: obj.isLocal ? `${obj.offset}(%rbp)` : `${obj.name}(%rip)`, addrReg: undefined };
  }
  const r = allocate(used, e);
  return { kind: 'mem', text: `(%${r})`, addrReg: r };
}

/** The operands on the x87 stack, with their slots; an input tied to an x87 output shares its slot. */
function x87Operands(ops: Operand[]): X87Operand[] {
  const out: X87Operand[] = [];
  for (const o of ops) {
    const p = o.place;
    const target = p.kind === 'tied' ? ops[p.to].place : p;
    if (target.kind !== 'x87') continue;
    out.push({ op: o.op, slot: target.slot, isInput: !o.isOutput || o.readWrite, isOutput: o.isOutput, ty: o.ty });
  }
  return out;
}

/** Evaluates every input value and memory address onto the stack, then pops them into place. */
function loadOperands(g: Gen, ops: Operand[], x87: X87Operand[]): void {
  const spilled = spillX87Inputs(g, x87.filter((o) => o.isInput));
  const regs: (Reg | number)[] = []; // a number is an %xmm register
  for (let i = 0; i < ops.length; i++) {
    const o = ops[i];
    const p = o.place;
    if (p.kind === 'mem' && p.addrReg) {
      genAddr(g, o.op.expr);
      g.push();
      regs.push(p.addrReg);
    } else if (p.kind === 'reg' && (!o.isOutput || o.readWrite)) {
      genExpr(g, o.op.expr);
      g.push();
      regs.push(p.reg);
    } else if (p.kind === 'xmm' && (!o.isOutput || o.readWrite)) {
      genExpr(g, o.op.expr);
      g.pushf();
      regs.push(p.index);
    } else if (p.kind === 'tied' && ops[p.to].place.kind !== 'x87') {
      const target = ops[p.to].place;
      if (target.kind !== 'reg' && target.kind !== 'xmm') errorAt(o.op.expr.tok, 'matching constraint does not allow a register');
      genExpr(g, o.op.expr);
      if (target.kind === 'xmm') {
        g.pushf();
        regs.push(target.index);
      } else {
        g.push();
        regs.push(target.reg);
      }
    }
  }
  for (let i = regs.length - 1; i >= 0; i--) {
    const r = regs[i];
    if (typeof r === 'number') g.popf(r);
    else g.pop(`%${r}`);
  }
  loadX87Inputs(g, spilled);
}

function operandSize(ty: Type): number {
  if (ty.kind === 'array' || ty.kind === 'func' || ty.size > 8) return 8;
  return ty.size;
}

function regText(reg: Reg, size: number, modifier: string): string {
  const names = regNames[reg];
  switch (modifier) {
    case 'b': return `%${names[0]}`;
    case 'h': return `%${highByte[reg] ?? names[0]}`;
    case 'w': return `%${names[1]}`;
    case 'k': return `%${names[2]}`;
    case 'q': return `%${names[3]}`;
    default: return `%${names[size === 1 ? 0 : size === 2 ? 1 : size === 4 ? 2 : 3]}`;
  }
}

function operandText(ops: Operand[], idx: number, modifier: string, tokNode: Node): string {
  const o = ops[idx];
  let p = o.place;
  if (p.kind === 'tied') p = ops[p.to].place;
  switch (p.kind) {
    case 'reg':
      if (modifier === 'a') return `(%${regNames[p.reg][3]})`;
      return regText(p.reg, operandSize(o.ty), modifier);
    case 'xmm':
      return `%xmm${p.index}`;
    case 'x87':
      return x87Text(p.slot);
    case 'imm':
      return modifier === 'c' || modifier === 'P' || modifier === 'a' ? p.text : `$${p.text}`;
    case 'mem':
      return p.text;
    default:
      return errorAt(tokNode.tok, 'invalid asm operand');
  }
}

function emitTemplate(g: Gen, n: Node, ops: Operand[], stubs: string[] | undefined): void {
  const a = n.asm!;
  const readWrite = ops.filter((o) => o.readWrite);
  const t = a.template;
  const unique = g.newLabel().slice(2);
  let out = '';
  for (let i = 0; i < t.length; i++) {
    const ch = t[i];
    if (ch !== '%') {
      out += ch;
      continue;
    }
    const next = t[i + 1];
    if (next === '%') {
      out += '%';
      i++;
      continue;
    }
    if (next === '=') {
      out += unique;
      i++;
      continue;
    }
    let j = i + 1;
    let modifier = '';
    if (/[a-zA-Z]/.test(t[j] ?? '')) modifier = t[j++];
    let index: number;
    if (t[j] === '[') {
      const close = t.indexOf(']', j);
      if (close < 0) errorAt(n.tok, 'unterminated operand name in asm');
      const name = t.slice(j + 1, close);
      j = close + 1;
      if (modifier === 'l') {
        // A `__label__` local label is listed under its unique name (labels.ts).
        out += labelText(g, n, a.labels.findIndex((l) => labelDisplayName(l) === name), name, stubs);
        i = j - 1;
        continue;
      }
      index = ops.findIndex((o) => o.op.name === name);
      if (index < 0) errorAt(n.tok, `undefined named operand '${name}'`);
    } else if (/\d/.test(t[j] ?? '')) {
      let k = j;
      while (/\d/.test(t[k] ?? '')) k++;
      index = Number(t.slice(j, k));
      j = k;
    } else {
      return errorAt(n.tok, `invalid 'asm': operand number missing after %-letter`);
    }
    // gcc gives each '+' operand a hidden input numbered after the explicit inputs (the
    // same place as its output); asm goto labels are numbered after those.
    const hidden = index - ops.length;
    if (modifier !== 'l' && hidden >= 0 && hidden < readWrite.length) {
      out += operandText(ops, ops.indexOf(readWrite[hidden]), modifier, n);
    } else if (modifier === 'l' || index >= ops.length) {
      const li = index - ops.length - readWrite.length;
      if (li < 0 || li >= a.labels.length) errorAt(n.tok, "invalid 'asm': operand number out of range");
      out += labelText(g, n, li, a.labels[li], stubs);
    } else {
      out += operandText(ops, index, modifier, n);
    }
    i = j - 1;
  }
  for (const line of out.split('\n')) g.emit(`\t${line}`);
}

function labelText(g: Gen, n: Node, idx: number, name: string, stubs: string[] | undefined): string {
  if (idx < 0) errorAt(n.tok, `undefined label '${name}' in asm goto`);
  return stubs ? stubs[idx] : userLabel(g, n.asm!.labels[idx]);
}

/** The label stubs of an asm goto with outputs: store the outputs, then go to the C label. */
function emitOutputStubs(g: Gen, n: Node, ops: Operand[], stubs: string[]): void {
  const after = g.newLabel();
  g.emit(`\tjmp ${after}`);
  stubs.forEach((stub, i) => {
    g.label(stub);
    storeOutputs(g, ops);
    g.emit(`\tjmp ${userLabel(g, n.asm!.labels[i])}`);
  });
  g.label(after);
}

/**
 * Stores the outputs to their lvalues. The general registers are saved on the stack first:
 * computing an lvalue's address uses %rax (and may use more), which may hold an output
 * (`"=a"`) not stored yet. storeX87: stores the x87 outputs, when the statement has any.
 */
function storeOutputs(g: Gen, ops: Operand[], storeX87?: () => void): void {
  const outs = ops.filter((o) => o.isOutput && o.place.kind === 'reg');
  for (const o of outs) {
    g.emit(`\tpush %${(o.place as { reg: Reg }).reg}`);
    g.depth++;
  }
  storeX87?.();
  for (const o of ops) {
    if (!o.isOutput || o.place.kind !== 'xmm') continue;
    genAddr(g, o.op.expr);
    g.emit(`\t${o.ty.kind === 'float' ? 'movss' : 'movsd'} %xmm${o.place.index}, (%rax)`);
  }
  for (let i = outs.length - 1; i >= 0; i--) {
    const o = outs[i];
    let target = o.op.expr;
    if (target.kind === 'cast' && target.lhs) target = target.lhs;
    genAddr(g, target);
    g.pop('%rdi');
    const size = operandSize(target.ty!);
    g.emit(`\tmov ${regText('rdi', size, '')}, (%rax)`);
  }
}
