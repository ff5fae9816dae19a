/**
 * Inline expansions of the builtins that builtins.ts leaves to the code generator.
 * Each leaves its result in %rax like any expression.
 */
import type { Node } from './ast.js';
import { genAtomic } from './atomic.js';
import { genExpr, genStackAlloc } from './codegen-expr.js';
import { knownObjectSize } from './object-size.js';
import { genUntypedCall } from './untyped-call.js';
import type { Gen } from './codegen-state.js';
import { tryEvalInt } from './consteval.js';
import { errorAt } from './report.js';
import type { Type } from './types.js';

export function genBuiltin(g: Gen, n: Node): void {
  const name = n.label!;
  const args = n.args ?? [];
  const arg0 = (): void => {
    if (!args[0]) errorAt(n.tok, `too few arguments to function '${name}'`);
    genExpr(g, args[0]);
  };
  if (name.startsWith('atomic:')) return genAtomic(g, n, genExpr);
  const wide = /ll?$/.test(name) || /64/.test(name);
  switch (name) {
    case '__builtin_frame_address': case '__builtin_return_address':
      genFrameWalk(g, n, name === '__builtin_return_address');
      return;
    case '__builtin_object_size': case '__builtin_dynamic_object_size': {
      // Left by builtins.ts until the file's tentative definitions were complete.
      const kind = (args[1] && tryEvalInt(args[1])) ?? 0n;
      const size = knownObjectSize(args[0], kind, true);
      const value = size !== undefined ? BigInt(size) : (kind & 2n) !== 0n ? 0n : -1n;
      g.emit(value > 0x7fffffffn ? `\tmovabs $${value}, %rax` : `\tmov $${value}, %rax`);
      return;
    }
    case '__builtin_apply_args': case '__builtin_apply': case '__builtin_return': genUntypedCall(g, n); return;
    case '__builtin_trap': g.emit('\tud2'); return;
    case '__builtin_unreachable': return;
    case '__builtin_prefetch': for (const a of args) genExpr(g, a); return;
    // x86 keeps instruction fetches coherent with stores: nothing to flush, as gcc emits nothing.
    case '__builtin___clear_cache':
      if (args.length !== 2) errorAt(n.tok, `wrong number of arguments to '${name}'`);
      for (const a of args) genExpr(g, a);
      return;
    case '__builtin_bswap16': arg0(); g.emit('\trol $8, %ax', '\tmovzwl %ax, %eax'); return;
    case '__builtin_bswap32': arg0(); g.emit('\tbswap %eax'); return;
    case '__builtin_bswap64': arg0(); g.emit('\tbswap %rax'); return;
    case '__builtin_clz': case '__builtin_clzl': case '__builtin_clzll':
      arg0();
      g.emit(wide ? '\tbsr %rax, %rax' : '\tbsr %eax, %eax', wide ? '\txor $63, %eax' : '\txor $31, %eax');
      return;
    case '__builtin_ctz': case '__builtin_ctzl': case '__builtin_ctzll':
      arg0();
      g.emit(wide ? '\tbsf %rax, %rax' : '\tbsf %eax, %eax');
      return;
    case '__builtin_ffs': case '__builtin_ffsl': case '__builtin_ffsll':
      arg0();
      g.emit('\tmov $-1, %edx', wide ? '\tbsf %rax, %rax' : '\tbsf %eax, %eax', '\tcmove %edx, %eax', '\tadd $1, %eax');
      return;
    case '__builtin_popcount': case '__builtin_popcountl': case '__builtin_popcountll': {
      arg0();
      const loop = g.newLabel();
      const done = g.newLabel();
      g.emit(wide ? '\tmov %rax, %rdi' : '\tmov %eax, %edi', '\txor %eax, %eax');
      g.label(loop);
      g.emit('\ttest %rdi, %rdi', `\tje ${done}`, '\tlea -1(%rdi), %rdx', '\tand %rdx, %rdi', '\tadd $1, %eax', `\tjmp ${loop}`);
      g.label(done);
      return;
    }
    case '__builtin_alloca':
      arg0();
      // gcc reserves 8 bytes more than asked before rounding to 16: alloca(16) takes 32.
      g.emit('\tadd $8, %rax');
      genStackAlloc(g);
      return;
    case '__builtin_alloca_with_align': case '__builtin_alloca_with_align_and_max': {
      // The alignment is in bits; the maximum size (the third argument) is only a hint.
      const bits = args[1] ? tryEvalInt(args[1]) : undefined;
      if (bits === undefined || bits < 8n || bits > 1n << 31n || (bits & (bits - 1n)) !== 0n) {
        return errorAt(args[1]?.tok ?? n.tok, `second argument to function '${name}' must be a constant integer power of 2 between 8 and 2147483648 bits`);
      }
      const align = Math.max(16, Number(bits / 8n));
      arg0();
      // Room to move the 16-aligned block up to the wanted alignment.
      g.emit(`\tadd $${8 + align - 16}, %rax`);
      genStackAlloc(g);
      if (align > 16) g.emit(`\tadd $${align - 16}, %rax`, `\tand $${-align}, %rax`);
      return;
    }
    case '__builtin_setjmp': {
      // gcc's five-word buffer: we use the frame pointer, the resume address and %rsp.
      // Locals live in the frame, so restoring those three resumes this function correctly.
      const resume = g.newLabel();
      const done = g.newLabel();
      arg0();
      g.emit('\tmov %rbp, (%rax)', `\tlea ${resume}(%rip), %rcx`, '\tmov %rcx, 8(%rax)', '\tmov %rsp, 16(%rax)',
        '\txor %eax, %eax', `\tjmp ${done}`);
      g.label(resume);
      g.emit('\tmov $1, %eax');
      g.label(done);
      return;
    }
    case '__builtin_longjmp':
      arg0();
      g.emit('\tmov (%rax), %rbp', '\tmov 16(%rax), %rsp', '\tjmp *8(%rax)');
      return;
    // the absolute values fold-library.ts expands: abs(INT_MIN) stays INT_MIN, as in gcc
    case '__builtin_abs': case '__builtin_labs': case '__builtin_llabs': case '__builtin_imaxabs':
      arg0();
      genAbsolute(g, n.label !== '__builtin_abs');
      return;
    case '__builtin_fabs': arg0(); g.emit('\tmovabs $0x7fffffffffffffff, %rcx', '\tmovq %rcx, %xmm1', '\tandpd %xmm1, %xmm0'); return;
    case '__builtin_fabsf': arg0(); g.emit('\tmov $0x7fffffff, %ecx', '\tmovd %ecx, %xmm1', '\tandps %xmm1, %xmm0'); return;
    case '__builtin_fabsl': arg0(); g.emit('\tfabs'); return;
    case '__builtin_add_overflow': case '__builtin_sub_overflow': case '__builtin_mul_overflow':
    case '__builtin_add_overflow_p': case '__builtin_sub_overflow_p': case '__builtin_mul_overflow_p':
      genOverflow(g, n);
      return;
    default:
      return errorAt(n.tok, `unsupported builtin '${name}'`);
  }
}

/**
 * The overflow builtins: both operands arrive as 64-bit values (signed or unsigned,
 * builtins.ts casts them), so the exact result always fits in 128 bits — rdx:rax — except
 * an unsigned product above 2^127, which %r9 flags. The result overflows when its low
 * bits, extended back from the result type's width, do not give the same 128-bit value.
 */
function genOverflow(g: Gen, n: Node): void {
  const [a, b, r] = n.args!;
  if (a.ty!.isInt128) return genOverflow128(g, n);
  const onlyAsk = n.label!.endsWith('_p');
  const resultTy: Type = onlyAsk ? r.ty! : r.ty!.base!;
  genExpr(g, a);
  g.push();
  genExpr(g, b);
  g.push();
  if (onlyAsk) g.emit('\txor %r8d, %r8d');
  else {
    genExpr(g, r);
    g.emit('\tmov %rax, %r8');
  }
  g.pop('%rsi');
  g.pop('%rdi');
  const sa = !a.ty!.isUnsigned;
  const sb = !b.ty!.isUnsigned;
  g.emit('\txor %r9d, %r9d');
  if (n.label!.includes('mul')) genExactProduct(g, sa, sb);
  else {
    // Sign- or zero-extend both to 128 bits, then one add/adc or sub/sbb.
    g.emit('\tmov %rdi, %rax', sa ? '\tmov %rdi, %rdx' : '\txor %edx, %edx');
    if (sa) g.emit('\tsar $63, %rdx');
    g.emit(sb ? '\tmov %rsi, %rcx' : '\txor %ecx, %ecx');
    if (sb) g.emit('\tsar $63, %rcx');
    g.emit(n.label!.includes('add') ? '\tadd %rsi, %rax' : '\tsub %rsi, %rax');
    g.emit(n.label!.includes('add') ? '\tadc %rcx, %rdx' : '\tsbb %rcx, %rdx');
  }
  const size = resultTy.size;
  if (!onlyAsk) {
    const reg = size === 1 ? '%al' : size === 2 ? '%ax' : size === 4 ? '%eax' : '%rax';
    g.emit(`\tmov ${reg}, (%r8)`);
  }
  const extend = resultTy.isUnsigned
    ? ['\tmovzbl %al, %r10d', '\tmovzwl %ax, %r10d', '\tmov %eax, %r10d', '\tmov %rax, %r10']
    : ['\tmovsbq %al, %r10', '\tmovswq %ax, %r10', '\tmovslq %eax, %r10', '\tmov %rax, %r10'];
  g.emit(extend[size === 1 ? 0 : size === 2 ? 1 : size === 4 ? 2 : 3]);
  g.emit('\tmov %r10, %r11');
  g.emit(resultTy.isUnsigned ? '\txor %r11d, %r11d' : '\tsar $63, %r11');
  g.emit('\tcmp %rax, %r10', '\tsetne %cl', '\tcmp %rdx, %r11', '\tsetne %al', '\tor %cl, %al', '\tor %r9b, %al', '\tmovzbl %al, %eax');
}

/**
 * The overflow builtins when __int128 is involved: both operands arrive as 128-bit values,
 * so the exact result fits in 256 bits. It is computed in four limbs on the stack, and
 * overflows when its low bits, extended back from the result type's width, differ.
 * Stack while working: result limbs at 0..31(%rsp), b at 32, a at 48.
 */
function genOverflow128(g: Gen, n: Node): void {
  const [a, b, r] = n.args!;
  const onlyAsk = n.label!.endsWith('_p');
  const resultTy: Type = onlyAsk ? r.ty! : r.ty!.base!;
  for (const operand of [a, b]) {
    genExpr(g, operand); // an __int128 value is an address: copy it before the next evaluation
    g.emit('\tpush 8(%rax)', '\tpush (%rax)');
    g.depth += 2;
  }
  if (onlyAsk) g.emit('\txor %r8d, %r8d');
  else {
    genExpr(g, r);
    g.emit('\tmov %rax, %r8');
  }
  g.emit('\tsub $32, %rsp');
  g.depth += 4;
  const sa = !a.ty!.isUnsigned;
  const sb = !b.ty!.isUnsigned;
  if (n.label!.includes('mul')) genExactProduct128(g, sa, sb);
  else {
    // Extend both to 192 bits (a third limb of sign or zero), add or subtract, then the
    // fourth limb is the sign of the third.
    const add = n.label!.includes('add');
    g.emit('\tmov 48(%rsp), %rax', '\tmov 56(%rsp), %rdx', '\tmov %rdx, %rcx', sa ? '\tsar $63, %rcx' : '\txor %ecx, %ecx');
    g.emit('\tmov 40(%rsp), %rsi', '\tmov %rsi, %rdi', sb ? '\tsar $63, %rdi' : '\txor %edi, %edi');
    g.emit(add ? '\tadd 32(%rsp), %rax' : '\tsub 32(%rsp), %rax', add ? '\tadc %rsi, %rdx' : '\tsbb %rsi, %rdx',
      add ? '\tadc %rdi, %rcx' : '\tsbb %rdi, %rcx');
    g.emit('\tmov %rax, (%rsp)', '\tmov %rdx, 8(%rsp)', '\tmov %rcx, 16(%rsp)', '\tsar $63, %rcx', '\tmov %rcx, 24(%rsp)');
  }
  // Store the low bits, and compare each limb with the extension of the result back to 256 bits.
  const size = resultTy.size;
  const unsigned = resultTy.isUnsigned;
  g.emit('\tmov (%rsp), %rax');
  let firstHighLimb: number;
  if (size === 16) {
    g.emit('\tmov 8(%rsp), %rdx');
    if (!onlyAsk) g.emit('\tmov %rax, (%r8)', '\tmov %rdx, 8(%r8)');
    g.emit('\tmov %rdx, %r11', unsigned ? '\txor %r11d, %r11d' : '\tsar $63, %r11', '\txor %ecx, %ecx');
    firstHighLimb = 2;
  } else {
    if (!onlyAsk) g.emit(`\tmov ${size === 1 ? '%al' : size === 2 ? '%ax' : size === 4 ? '%eax' : '%rax'}, (%r8)`);
    const extend = unsigned
      ? ['\tmovzbl %al, %r10d', '\tmovzwl %ax, %r10d', '\tmov %eax, %r10d', '\tmov %rax, %r10']
      : ['\tmovsbq %al, %r10', '\tmovswq %ax, %r10', '\tmovslq %eax, %r10', '\tmov %rax, %r10'];
    g.emit(extend[size === 1 ? 0 : size === 2 ? 1 : size === 4 ? 2 : 3]);
    g.emit('\tmov %r10, %r11', unsigned ? '\txor %r11d, %r11d' : '\tsar $63, %r11', '\tcmp %rax, %r10', '\tsetne %cl');
    firstHighLimb = 1;
  }
  for (let limb = firstHighLimb; limb < 4; limb++) g.emit(`\tcmp ${limb * 8}(%rsp), %r11`, '\tsetne %al', '\tor %al, %cl');
  g.emit('\tmovzbl %cl, %eax', '\tadd $64, %rsp');
  g.depth -= 8;
}

/**
 * The 256-bit product of the 128-bit a (48(%rsp)) and b (32(%rsp)) into 0..31(%rsp): the
 * magnitudes multiplied limb by limb, then negated when exactly one operand was negative.
 */
function genExactProduct128(g: Gen, sa: boolean, sb: boolean): void {
  // Replace each signed operand by its magnitude; %r9 ends as the product's sign mask.
  g.emit('\txor %r9d, %r9d');
  for (const [at, signed] of [[48, sa], [32, sb]] as const) {
    if (!signed) continue;
    g.emit(`\tmov ${at}(%rsp), %rax`, `\tmov ${at + 8}(%rsp), %rdx`, '\tmov %rdx, %r10', '\tsar $63, %r10', '\txor %r10, %r9',
      '\txor %r10, %rax', '\txor %r10, %rdx', '\tsub %r10, %rax', '\tsbb %r10, %rdx', `\tmov %rax, ${at}(%rsp)`, `\tmov %rdx, ${at + 8}(%rsp)`);
  }
  // a0b0 + (a0b1 + a1b0) << 64 + a1b1 << 128, with limbs 1..3 accumulated in %rcx, %rsi, %rdi.
  g.emit('\tmov 48(%rsp), %rax', '\tmulq 32(%rsp)', '\tmov %rax, (%rsp)', '\tmov %rdx, %rcx', '\txor %esi, %esi', '\txor %edi, %edi');
  for (const [x, y] of [[48, 40], [56, 32]]) {
    g.emit(`\tmov ${x}(%rsp), %rax`, `\tmulq ${y}(%rsp)`, '\tadd %rax, %rcx', '\tadc %rdx, %rsi', '\tadc $0, %rdi');
  }
  g.emit('\tmov 56(%rsp), %rax', '\tmulq 40(%rsp)', '\tadd %rax, %rsi', '\tadc %rdx, %rdi');
  g.emit('\tmov %rcx, 8(%rsp)', '\tmov %rsi, 16(%rsp)', '\tmov %rdi, 24(%rsp)');
  // x = (x ^ mask) - mask negates x when the mask is all ones, and leaves it when zero.
  for (const at of [0, 8, 16, 24]) g.emit(`\txor %r9, ${at}(%rsp)`);
  g.emit('\tsub %r9, (%rsp)', '\tsbb %r9, 8(%rsp)', '\tsbb %r9, 16(%rsp)', '\tsbb %r9, 24(%rsp)');
}

/** rdx:rax = rdi * rsi exactly, for any signedness of the two; %r9 = 1 if it exceeds 2^127. */
function genExactProduct(g: Gen, sa: boolean, sb: boolean): void {
  if (sa && sb) {
    g.emit('\tmov %rdi, %rax', '\timul %rsi');
    return;
  }
  if (!sa && !sb) {
    g.emit('\tmov %rdi, %rax', '\tmul %rsi', '\tmov %rdx, %r9', '\tshr $63, %r9');
    return;
  }
  // Mixed: multiply the signed one's magnitude, then negate the product if it was negative.
  const [signed, unsigned] = sa ? ['%rdi', '%rsi'] : ['%rsi', '%rdi'];
  g.emit(`\tmov ${signed}, %rax`, '\tmov %rax, %r10', '\tsar $63, %r10', '\txor %r10, %rax', '\tsub %r10, %rax');
  g.emit(`\tmul ${unsigned}`);
  g.emit('\txor %r10, %rax', '\txor %r10, %rdx', '\tsub %r10, %rax', '\tsbb %r10, %rdx');
}

/**
 * `__builtin_frame_address(N)` / `__builtin_return_address(N)`: N frames up the %rbp
 * chain (every function keeps a frame pointer), then that frame's saved return address.
 */
function genFrameWalk(g: Gen, n: Node, returnAddress: boolean): void {
  const level = n.args?.[0] ? tryEvalInt(n.args[0]) : undefined;
  if (level === undefined || level < 0n) errorAt(n.tok, `invalid argument to '${n.label}'`);
  g.emit('\tmov %rbp, %rax');
  for (let i = 0n; i < level!; i++) g.emit('\tmov (%rax), %rax');
  if (returnAddress) g.emit('\tmov 8(%rax), %rax');
}

/**
 * |%rax|, of an int or a long. Under -ftrapv a negative value is negated by the checking
 * routine, as gcc does, so abs(INT_MIN) aborts.
 */
function genAbsolute(g: Gen, wide: boolean): void {
  const [ax, dx] = wide ? ['%rax', '%rdx'] : ['%eax', '%edx'];
  if (!g.opts.trapv) {
    g.emit(wide ? '\tcqo' : '\tcltd', `\txor ${dx}, ${ax}`, `\tsub ${dx}, ${ax}`);
    return;
  }
  const done = g.newLabel();
  g.emit(`\ttest ${ax}, ${ax}`, `\tjns ${done}`, wide ? '\tmov %rax, %rdi' : '\tmov %eax, %edi');
  g.callRuntime(wide ? '__negvdi2' : '__negvsi2');
  g.label(done);
}
