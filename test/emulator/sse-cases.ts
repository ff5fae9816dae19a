// SSE/SSE2 and x87 cases: xmm0/xmm1 (and rax/rbx) are loaded from per-case
// constants, one instruction sequence runs, and xmm0, rax and the flags are
// recorded (4 quadwords per case).

export interface VectorCase {
  asm: string;
  x0: bigint;  // 128-bit
  x1: bigint;
  rbx: bigint;
  flagMask: number;
}

const f64 = (v: number): bigint => { const b = Buffer.alloc(8); b.writeDoubleLE(v); return b.readBigUInt64LE(); };
const f32 = (v: number): bigint => { const b = Buffer.alloc(4); b.writeFloatLE(v); return BigInt(b.readUInt32LE()); };
const pd = (lo: number, hi: number): bigint => f64(lo) | (f64(hi) << 64n);
const ps = (a: number, b: number, c: number, d: number): bigint => f32(a) | (f32(b) << 32n) | (f32(c) << 64n) | (f32(d) << 96n);

const DOUBLES = [0, -0, 1, -1.5, 3.7, 0.1, 1e308, -1e-310, Infinity, -Infinity, NaN, 2 ** 53 + 2, -2.5, 0.5, 1e20, -7];
const FLOATS = [0, 1, -1.5, 3.7, 1e30, -1e-40, Infinity, NaN, 2.5, -0.5, 16777217, -3];
const INTS: bigint[] = [
  0x0123456789abcdef_fedcba9876543210n, 0xffffffffffffffff_0000000000000000n, 0x8000800080008000_7fff7fff7fff7fffn,
  0x00ff00ff00ff00ff_ff00ff00ff00ff00n, 0x8080808080808080_7f7f7f7f7f7f7f7fn, 0x0000000100000002_fffffffe80000000n,
  0x1111222233334444_5555666677778888n, 0n,
];

export function generateVectorCases(): VectorCase[] {
  const cases: VectorCase[] = [];
  const add = (asm: string, x0: bigint, x1: bigint, flagMask = 0, rbx = 0n): void => { cases.push({ asm, x0, x1, rbx, flagMask }); };
  for (const a of DOUBLES) {
    for (const b of DOUBLES) {
      for (const op of ['addsd', 'subsd', 'mulsd', 'divsd', 'minsd', 'maxsd']) add(`${op} %xmm1, %xmm0`, pd(a, 9), pd(b, 5));
      add('ucomisd %xmm1, %xmm0', pd(a, 0), pd(b, 0), 0x8d5);
      add('comisd %xmm1, %xmm0', pd(a, 0), pd(b, 0), 0x8d5);
      add('cmpltsd %xmm1, %xmm0', pd(a, 1), pd(b, 2));
      add('cmpunordpd %xmm1, %xmm0', pd(a, b), pd(b, a));
      add('addpd %xmm1, %xmm0', pd(a, b), pd(b, 1));
    }
    add('sqrtsd %xmm1, %xmm0', pd(1, 2), pd(a, 3));
    add('cvttsd2si %xmm1, %rax', 0n, pd(a, 0));
    add('cvtsd2si %xmm1, %rax', 0n, pd(a, 0));
    add('cvttsd2si %xmm1, %eax', 0n, pd(a, 0));
    add('cvtsd2ss %xmm1, %xmm0', pd(7, 7), pd(a, 0));
    add('cvttpd2dq %xmm1, %xmm0', pd(7, 7), pd(a, -a));
    add('andpd %xmm1, %xmm0; orpd %xmm1, %xmm0; xorpd %xmm1, %xmm0; andnpd %xmm1, %xmm0', pd(a, 3), pd(-a, 4));
    add('movmskpd %xmm1, %eax', 0n, pd(a, -a));
    // x87 through memory at (%rsi). The emulator's x87 computes with 53-bit
    // doubles, so operands whose exact result would round twice are left out.
    for (const b of a === 2 ** 53 + 2 ? [] : [1.25, -3, 1e10, 0.1]) {
      for (const op of ['faddp', 'fsubp', 'fsubrp', 'fmulp', 'fdivp', 'fdivrp']) {
        add(`movsd %xmm0, (%rsi); fldl (%rsi); movsd %xmm1, (%rsi); fldl (%rsi); ${op}; fstpl (%rsi); movsd (%rsi), %xmm0`, pd(a, 0), pd(b, 0));
      }
      add('movsd %xmm0, (%rsi); fldl (%rsi); movsd %xmm1, (%rsi); fldl (%rsi); fucomip %st(1), %st; fstp %st(0)', pd(a, 0), pd(b, 0), 0x45);
    }
    add('movsd %xmm1, (%rsi); fldl (%rsi); fistpll 8(%rsi); mov 8(%rsi), %rax', 0n, pd(Number.isFinite(a) && Math.abs(a) < 1e18 ? a : 2.5, 0));
    add('movsd %xmm1, (%rsi); fldl (%rsi); fisttpll 8(%rsi); mov 8(%rsi), %rax', 0n, pd(Number.isFinite(a) && Math.abs(a) < 1e18 ? a : -2.5, 0));
    add('movsd %xmm1, (%rsi); fldl (%rsi); fchs; fabs; fsqrt; fstpl (%rsi); movsd (%rsi), %xmm0', 0n, pd(a, 0));
    add('movsd %xmm1, (%rsi); fldl (%rsi); fstpt 16(%rsi); fldt 16(%rsi); fstps (%rsi); movss (%rsi), %xmm0', 0n, pd(a, 0));
  }
  for (const v of [0n, 1n, -1n, 123456789n, -9876543210n, 1n << 62n, -(1n << 63n)]) {
    add('cvtsi2sd %rbx, %xmm0', pd(5, 6), 0n, 0, v);
    add('cvtsi2sdl %ebx, %xmm0', pd(5, 6), 0n, 0, v);
    add('cvtsi2ss %rbx, %xmm0', pd(5, 6), 0n, 0, v);
    add('mov %rbx, (%rsi); fildll (%rsi); fstpl (%rsi); movsd (%rsi), %xmm0', 0n, 0n, 0, v);
    add('movq %rbx, %xmm0; movd %ebx, %xmm1; movq %xmm1, %rax', 0n, -1n, 0, v);
  }
  for (const a of FLOATS) {
    for (const b of FLOATS) {
      for (const op of ['addss', 'subss', 'mulss', 'divss', 'minss', 'maxss']) add(`${op} %xmm1, %xmm0`, ps(a, 1, 2, 3), ps(b, 4, 5, 6));
      add('ucomiss %xmm1, %xmm0', ps(a, 0, 0, 0), ps(b, 0, 0, 0), 0x8d5);
      add('mulps %xmm1, %xmm0', ps(a, b, -a, 1), ps(b, a, 2, b));
    }
    add('cvtss2sd %xmm1, %xmm0', 0n, ps(a, 0, 0, 0));
    add('cvttss2si %xmm1, %eax', 0n, ps(a, 0, 0, 0));
    add('cvttps2dq %xmm1, %xmm0', 0n, ps(a, -a, 1.5, -2.5));
    add('cvtps2pd %xmm1, %xmm0', 0n, ps(a, -a, 0, 0));
  }
  const intOps = ['paddb', 'paddw', 'paddd', 'paddq', 'psubb', 'psubw', 'psubd', 'psubq', 'pcmpeqb', 'pcmpeqw', 'pcmpeqd',
    'pcmpgtb', 'pcmpgtw', 'pcmpgtd', 'pand', 'pandn', 'por', 'pxor', 'punpcklbw', 'punpckhbw', 'punpcklwd', 'punpckhwd',
    'punpckldq', 'punpckhdq', 'punpcklqdq', 'punpckhqdq', 'packsswb', 'packuswb', 'packssdw', 'pmullw', 'pmulhw', 'pmulhuw',
    'pmuludq', 'pmaddwd', 'psadbw', 'pavgb', 'pavgw', 'pminub', 'pmaxub', 'pminsw', 'pmaxsw', 'paddsb', 'paddsw', 'paddusb',
    'paddusw', 'psubsb', 'psubsw', 'psubusb', 'psubusw', 'psllw', 'pslld', 'psllq', 'psrlw', 'psrld', 'psrlq', 'psraw', 'psrad',
    'unpcklps', 'unpckhps', 'unpcklpd', 'unpckhpd', 'movss', 'movsd', 'movhlps', 'movlhps'];
  for (const a of INTS) {
    for (const b of INTS) for (const op of intOps) add(`${op} %xmm1, %xmm0`, a, op.startsWith('ps') && !op.startsWith('psub') && !op.startsWith('psad') ? b & 0x3fn : b);
    for (const imm of [0x1b, 0x4e, 0xe4]) {
      add(`pshufd $${imm}, %xmm1, %xmm0`, a, a ^ 0x55n);
      add(`pshuflw $${imm}, %xmm1, %xmm0`, a, a);
      add(`pshufhw $${imm}, %xmm1, %xmm0`, a, a);
      add(`shufps $${imm}, %xmm1, %xmm0`, a, ~a & ((1n << 128n) - 1n));
    }
    for (const n of [0, 1, 3, 7, 15, 16, 31, 33, 64]) {
      for (const op of ['psllw', 'psrlw', 'psraw', 'pslld', 'psrld', 'psrad', 'psllq', 'psrlq']) if (n < 64) add(`${op} $${n}, %xmm0`, a, 0n);
      if (n <= 16) { add(`pslldq $${n}, %xmm0`, a, 0n); add(`psrldq $${n}, %xmm0`, a, 0n); }
    }
    add('pmovmskb %xmm1, %eax', 0n, a);
    add('movmskps %xmm1, %eax', 0n, a);
    add('pinsrw $3, %ebx, %xmm0; pextrw $6, %xmm0, %eax', a, 0n, 0, 0xbeefn);
    add('shufpd $1, %xmm1, %xmm0', a, a >> 3n);
    add('movd %xmm1, %eax; movq %xmm1, %xmm0', 0n, a);
    add('movq %xmm1, %rax; movd %xmm1, %ebx; add %rbx, %rax', a, a);
    add('cvtdq2pd %xmm1, %xmm0', 0n, a);
    add('cvtdq2ps %xmm1, %xmm0', 0n, a);
  }
  return cases;
}

const hex = (v: bigint): string => '0x' + BigInt.asUintN(64, v).toString(16);

/** Assembly for run_all(out in rdi, scratch in rsi): 4 quadwords per case. */
export function vectorAssembly(cases: VectorCase[]): string {
  const text = ['  .text', '  .globl run_all', 'run_all:', '  push %rbx'];
  const data = ['  .data', '  .balign 16'];
  cases.forEach((c, i) => {
    data.push(`vc${i}: .quad ${hex(c.x0)}, ${hex(c.x0 >> 64n)}, ${hex(c.x1)}, ${hex(c.x1 >> 64n)}`);
    text.push(
      `  movdqa vc${i}(%rip), %xmm0`,
      `  movdqa vc${i}+16(%rip), %xmm1`,
      '  mov $0x5a5a5a5a5a5a, %rax',
      `  movabs $${hex(c.rbx)}, %rbx`,
      '  pushq $2',
      '  popfq',
      `  ${c.asm}`,
      '  pushfq',
      '  pop %r8',
      '  movdqu %xmm0, 0(%rdi)',
      '  mov %rax, 16(%rdi)',
      `  and $${c.flagMask}, %r8`,
      '  mov %r8, 24(%rdi)',
      '  add $32, %rdi',
    );
  });
  text.push('  pop %rbx', '  ret');
  return text.join('\n') + '\n' + data.join('\n') + '\n';
}
