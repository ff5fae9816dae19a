/**
 * x87 stack operands of inline asm, as glibc's math inlines use them: "t" is %st(0), "u"
 * is %st(1) ("f" takes whichever is free). Inputs are evaluated (spilled as long doubles
 * to the CPU stack meanwhile), then pushed so that "u" ends up under "t". After the asm
 * the "=t" output is stored with a popping store, and whatever the asm left on the x87
 * stack is popped, so the stack is empty again as the ABI requires. An input the asm pops
 * itself is named among the clobbers (`"st(1)"` for fpatan's "u"), as gcc asks.
 */
import type { AsmOperand } from './ast.js';
import { genCast } from './codegen-cast.js';
import { genAddr, genExpr } from './codegen-expr.js';
import type { Gen } from './codegen-state.js';
import { tyLDouble, type Type } from './types.js';

export interface X87Operand {
  op: AsmOperand;
  slot: number; // 0: %st(0), 1: %st(1)
  isInput: boolean; // read by the asm (an input, a "+t" output, or an input tied to an x87 output)
  isOutput: boolean;
  ty: Type;
}

/** The stack slot an x87 constraint asks for, or undefined. */
export function x87Slot(letters: string, taken: Set<number>): number | undefined {
  if (letters.includes('t')) return 0;
  if (letters.includes('u')) return 1;
  if (letters.includes('f')) return taken.has(0) ? 1 : 0;
  return undefined;
}

export function x87Text(slot: number): string {
  return slot === 0 ? '%st' : `%st(${slot})`;
}

/** Evaluates the x87 inputs, spilled to the CPU stack (call before the other operands are loaded). */
export function spillX87Inputs(g: Gen, inputs: X87Operand[]): X87Operand[] {
  const order = [...inputs].sort((a, b) => a.slot - b.slot); // %st(0)'s value is spilled first, loaded last
  for (const o of order) {
    genExpr(g, o.op.expr);
    genCast(g, o.ty, tyLDouble);
    g.pushld();
  }
  return order;
}

/** Loads the spilled inputs onto the x87 stack (after the other operands are in their registers). */
export function loadX87Inputs(g: Gen, spilled: X87Operand[]): void {
  for (let i = spilled.length - 1; i >= 0; i--) g.popld();
}

/** Stores the x87 outputs and empties the x87 stack. */
export function storeX87Outputs(g: Gen, ops: X87Operand[], clobbers: string[]): void {
  const inputSlots = new Set(ops.filter((o) => o.isInput).map((o) => o.slot));
  const popped = [...inputSlots].filter((s) => clobbers.some((c) => c.replace(/\s/g, '') === `st(${s})`)).length;
  const outputs = ops.filter((o) => o.isOutput).sort((a, b) => a.slot - b.slot);
  const fresh = outputs.filter((o) => !inputSlots.has(o.slot)).length;
  let depth = inputSlots.size - popped + fresh;
  for (const o of outputs) {
    // Outputs in slot order: each popping store leaves the next one on top.
    genAddr(g, o.op.expr);
    g.emit(o.ty.kind === 'ldouble' ? '\tfstpt (%rax)' : o.ty.kind === 'double' ? '\tfstpl (%rax)' : '\tfstps (%rax)');
    depth--;
  }
  for (; depth > 0; depth--) g.emit('\tfstp %st(0)');
}
