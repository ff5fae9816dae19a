/**
 * GNU untyped calls ("constructing function calls"): a function forwards the arguments it
 * received to another function without knowing their types, and returns what that one
 * returned.
 *
 *   __builtin_apply_args()          a block holding this function's incoming argument
 *                                    registers and where its stack arguments are;
 *   __builtin_apply(fn, args, n)    calls fn with those registers and n bytes of stack
 *                                    arguments copied from there; returns a block holding
 *                                    the return registers;
 *   __builtin_return(result)        returns those registers from this function.
 *
 * The blocks' layout is ours (programs only hand them from one builtin to the next):
 *   arguments: +0 the incoming stack arguments' address, +8 %rdi %rsi %rdx %rcx %r8 %r9,
 *              +56 %rax (the vector-register count of a variadic call), +64 %xmm0..7;
 *   result:    +0 %rax, +8 %rdx, +16 %xmm0, +32 %xmm1, and +48 the caller's %rsp while
 *              the call runs.
 * The registers are saved on entry to a function that uses __builtin_apply_args, before
 * any of its own code can change them. A long double result (%st0) is not forwarded.
 */
import type { IToken } from './chevrotain.js';
import { newNode, type Node, type Obj } from './ast.js';
import type { BuiltinContext } from './builtins.js';
import { genExpr } from './codegen-expr.js';
import type { Gen } from './codegen-state.js';
import { errorAt } from './report.js';
import { varNode } from './typecheck.js';
import { arrayOf, pointerTo, tyChar, tyVoid } from './types.js';

const ARG_REGS = ['%rdi', '%rsi', '%rdx', '%rcx', '%r8', '%r9'];
const ARGS_BLOCK_SIZE = 192;
const RESULT_BLOCK_SIZE = 56;

/** The node for a call of one of the three builtins. */
export function untypedCallNode(ctx: BuiltinContext, name: string, args: Node[], tok: IToken): Node {
  const fn = ctx.requireFunction(tok, `'${name}'`);
  const want = name === '__builtin_apply_args' ? 0 : name === '__builtin_apply' ? 3 : 1;
  if (args.length !== want) errorAt(tok, `wrong number of arguments to '${name}'`);
  const n = newNode('builtin', tok);
  n.label = name;
  n.ty = name === '__builtin_return' ? tyVoid : pointerTo(tyVoid);
  n.args = args;
  if (name === '__builtin_apply_args') {
    fn.applyArgs ??= blockTemp(ctx, ARGS_BLOCK_SIZE);
  } else if (name === '__builtin_apply') {
    n.args = [...args, varNode(blockTemp(ctx, RESULT_BLOCK_SIZE), tok)];
  }
  return n;
}

function blockTemp(ctx: BuiltinContext, size: number): Obj {
  const o = ctx.newTemp(arrayOf(tyChar, size));
  o.align = 16;
  return o;
}

/** On entry to a function that uses __builtin_apply_args: its argument registers into the block. */
export function saveApplyArgs(g: Gen, fn: Obj): void {
  if (!fn.applyArgs) return;
  const at = fn.applyArgs.offset;
  // Where the caller's stack arguments start: above the return address (Gen.realignedTo).
  if (g.realignedTo > 0) g.emit('\tmov 16(%rbp), %r11', '\tadd $8, %r11', `\tmov %r11, ${at}(%rbp)`);
  else g.emit('\tlea 16(%rbp), %r11', `\tmov %r11, ${at}(%rbp)`);
  ARG_REGS.forEach((r, i) => g.emit(`\tmov ${r}, ${at + 8 + i * 8}(%rbp)`));
  g.emit(`\tmov %rax, ${at + 56}(%rbp)`);
  if (g.opts.noFloat !== undefined) return; // no SSE registers
  for (let i = 0; i < 8; i++) g.emit(`\tmovups %xmm${i}, ${at + 64 + i * 16}(%rbp)`);
}

export function genUntypedCall(g: Gen, n: Node): void {
  const args = n.args!;
  switch (n.label) {
    case '__builtin_apply_args':
      g.emit(`\tlea ${g.fn!.applyArgs!.offset}(%rbp), %rax`);
      return;
    case '__builtin_apply':
      genApply(g, args[0], args[1], args[2], args[3].obj!.offset);
      return;
    default:
      // __builtin_return: load the return registers and leave through the epilogue.
      genExpr(g, args[0]);
      g.emit('\tmov %rax, %rcx', '\tmov (%rcx), %rax', '\tmov 8(%rcx), %rdx');
      if (g.opts.noFloat === undefined) g.emit('\tmovups 16(%rcx), %xmm0', '\tmovups 32(%rcx), %xmm1');
      g.emit(`\tjmp .L.return.${g.fnIndex}`);
  }
}

function genApply(g: Gen, fn: Node, block: Node, size: Node, result: number): void {
  genExpr(g, fn);
  g.push();
  genExpr(g, block);
  g.push();
  genExpr(g, size);
  // The copied stack arguments start at a 16-byte aligned %rsp, as at any call.
  g.emit('\tmov %rax, %rcx', '\tmov (%rsp), %r11', `\tmov %rsp, ${result + 48}(%rbp)`,
    '\tsub %rcx, %rsp', '\tand $-16, %rsp', '\tmov (%r11), %rsi', '\tmov %rsp, %rdi', '\trep movsb',
    `\tmov ${result + 48}(%rbp), %r10`, '\tmov 8(%r10), %r10');
  if (g.opts.noFloat === undefined) for (let i = 0; i < 8; i++) g.emit(`\tmovups ${64 + i * 16}(%r11), %xmm${i}`);
  ARG_REGS.forEach((r, i) => g.emit(`\tmov ${8 + i * 8}(%r11), ${r}`));
  g.emit('\tmov 56(%r11), %rax', '\tcall *%r10', `\tmov %rax, ${result}(%rbp)`, `\tmov %rdx, ${result + 8}(%rbp)`);
  if (g.opts.noFloat === undefined) g.emit(`\tmovups %xmm0, ${result + 16}(%rbp)`, `\tmovups %xmm1, ${result + 32}(%rbp)`);
  g.emit(`\tmov ${result + 48}(%rbp), %rsp`);
  g.pop('%rcx');
  g.pop('%rcx');
  g.emit(`\tlea ${result}(%rbp), %rax`);
}
