/**
 * `__attribute__((interrupt))`: an x86 interrupt or exception handler written in C, as gcc
 * compiles it. The CPU enters it with an interrupt frame on the stack (rip, cs, rflags, rsp,
 * ss, pushed after aligning rsp to 16) and, for exceptions that have one, an error code
 * below it; the handler must preserve every register and return with iretq.
 *
 *     void handler(struct interrupt_frame *frame);
 *     void handler(struct interrupt_frame *frame, uword_t error_code);
 *
 * gcc saves only the registers the handler uses; we save every register our code may use
 * (the caller-saved ones too, in the frame slots callee-saved registers get), which gives
 * the same guarantee. Floating point is refused: gcc preserves no SSE or x87 state either
 * and wants -mgeneral-regs-only for handlers.
 */
import { forEachChild, type Node, type Obj } from './ast.js';
import type { Gen } from './codegen-state.js';
import { errorAt } from './report.js';
import { isFlonum, isInteger, type Type } from './types.js';
import type { IToken } from './chevrotain.js';

/** Registers a function call may change: a handler saves them as well as the callee-saved ones. */
export const CALLER_SAVED = ['rax', 'rcx', 'rdx', 'rsi', 'rdi', 'r8', 'r9', 'r10', 'r11'];

/** gcc's checks of a handler's declaration (its messages). */
export function checkInterruptRoutine(ty: Type, nameTok: IToken): void {
  if (ty.returnType!.kind !== 'void') errorAt(nameTok, "interrupt service routine must return 'void'");
  const params = ty.params;
  if (params.length === 0 || params.length > 2 || ty.isVariadic) {
    errorAt(nameTok, 'interrupt service routine can only have a pointer argument and an optional integer argument');
  }
  if (params[0].ty.kind !== 'ptr') errorAt(nameTok, 'interrupt service routine should have a pointer as the first argument');
  // Any 64-bit integer: gcc checks the machine mode, and names the type it means.
  if (params.length === 2 && (!isInteger(params[1].ty) || params[1].ty.size !== 8)) {
    errorAt(nameTok, "interrupt service routine should have 'unsigned long int' as the second argument");
  }
}

/** Only the CPU enters a handler: a call would push a return address where the frame should be. */
export function checkNotInterruptRoutine(callee: Node): void {
  if (callee.kind === 'var' && callee.obj!.isInterrupt) errorAt(callee.tok, 'interrupt service routine cannot be called directly');
}

/** Whether the handler has the error-code argument (the stack then holds one more word). */
export function hasErrorCode(fn: Obj): boolean {
  return fn.params.length === 2;
}

/** Refuses floating point anywhere in the handler's body: its SSE/x87 state is not saved. */
export function checkNoFloatingPoint(fn: Obj): void {
  const visit = (n: Node): void => {
    if (n.ty !== undefined && isFlonum(n.ty)) {
      errorAt(n.tok, 'floating point is not available in an interrupt service routine (its SSE and x87 registers are not saved)');
    }
    forEachChild(n, visit, undefined);
  };
  visit(fn.body!);
}

/**
 * The arguments: the frame's address, and the error code where the CPU left it. With an
 * error code the CPU's pushes leave rsp 16-aligned at entry, one word off from a call's
 * entry, so the prologue realigns (see entryAlignment).
 */
export function assignInterruptParams(g: Gen, fn: Obj): void {
  const errorCode = hasErrorCode(fn);
  g.emit(`\tlea ${errorCode ? 16 : 8}(%rbp), %rax`, `\tmov %rax, ${fn.params[0].offset}(%rbp)`);
  // The error code stays in the CPU's word, read like an argument passed on the stack.
  if (errorCode) fn.params[1].offset = 8;
}

/** After `sub $N, %rsp`: 16-aligns rsp where the CPU's pushes left it a word off. */
export function entryAlignment(fn: Obj): string[] {
  return hasErrorCode(fn) ? ['\tand $-16, %rsp'] : [];
}

/** From `leave` on: drop the error code, return from the interrupt. */
export function interruptReturn(fn: Obj): string[] {
  return hasErrorCode(fn) ? ['\tleave', '\tadd $8, %rsp', '\tiretq'] : ['\tleave', '\tiretq'];
}
