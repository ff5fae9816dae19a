// SSE floating-point cases under every MXCSR rounding mode: each case loads
// MXCSR (rounding control, all exceptions masked, no flags — or PE already
// set, which the emulator's fast path keys on), xmm0/xmm1 and rbx, runs one
// instruction and records xmm0, rax and the MXCSR that results (4 quadwords).

export interface FenvCase {
  asm: string;
  mxcsr: number;
  x0: bigint;
  x1: bigint;
  rbx: bigint;
}

const f64 = (v: number): bigint => { const b = Buffer.alloc(8); b.writeDoubleLE(v); return b.readBigUInt64LE(); };
const f32 = (v: number): bigint => { const b = Buffer.alloc(4); b.writeFloatLE(v); return BigInt(b.readUInt32LE()); };
const pd = (lo: bigint, hi: bigint): bigint => lo | (hi << 64n);
const SNAN64 = 0x7ff0000000000001n, SNAN32 = 0x7f800001n;

/** Doubles as bit patterns: ordinary, inexact, huge, tiny, subnormal, special. */
const DOUBLES: bigint[] = [
  1, -1, 3, 0.1, -1 / 3, 1 + 2 ** -52, 2 ** 53 + 2, 1e300, -1.7976931348623157e308, 2 ** -1022, 3 * 2 ** -1060,
  -5e-324, 1e-310, 0, -0, Infinity, NaN,
].map(f64).concat([SNAN64]);
const FLOATS: bigint[] = [1, -3, 0.1, 16777217, 3.4e38, 2 ** -126, 1e-40, -1e-45, 0, Infinity, NaN].map(f32).concat([SNAN32]);
/** x87 operands: no subnormals (fld would flag DE) and no extremes (the emulator's x87 has a double's exponent range). */
const X87_DOUBLES = [1, -1, 3, 0.1, -1 / 3, 1 + 2 ** -52, 2 ** 53 + 2, 0, -0, Infinity, NaN, 2.5, -2.5, 3.5, 1e10];
const INTS: bigint[] = [0n, 7n, -(2n ** 63n), 2n ** 63n - 1n, 2n ** 53n + 1n, -(2n ** 60n) - 3n, 16777217n, -123456789n];

/** Rounding modes (RC in bits 13-14) with flags clear, plus nearest with PE already set. */
export const MXCSR_VALUES = [0x1f80, 0x3f80, 0x5f80, 0x7f80, 0x1fa0];

/** A deterministic 64-bit generator (splitmix64), so failures reproduce. */
function* randomBits(seed: bigint): Generator<bigint> {
  let state = seed;
  for (;;) {
    state = BigInt.asUintN(64, state + 0x9e3779b97f4a7c15n);
    let z = state;
    z = BigInt.asUintN(64, (z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n);
    z = BigInt.asUintN(64, (z ^ (z >> 27n)) * 0x94d049bb133111ebn);
    yield z ^ (z >> 31n);
  }
}

/**
 * Random doubles whose exponents cluster where rounding is delicate: near 1,
 * near the overflow and underflow thresholds, among the subnormals. Mantissas
 * are random, or have long runs of ones/zeros (ties and near-ties).
 */
function randomDoubles(count: number, seed: bigint): bigint[] {
  const rng = randomBits(seed);
  const exponents = [1023, 1022, 1024, 1075, 2046, 2045, 1, 2, 0, 970, 60, 1990];
  const out: bigint[] = [];
  for (let i = 0; i < count; i++) {
    const r = rng.next().value as bigint;
    const pick = Number(r & 15n);
    const exp = pick < exponents.length ? BigInt(exponents[pick]) : (r >> 4n) & 0x7ffn;
    let mant = (r >> 16n) & ((1n << 52n) - 1n);
    if ((r & 0x30000n) === 0n) mant &= ~((1n << 30n) - 1n);   // short mantissa: exact products and ties
    if ((r & 0xc0000n) === 0n) mant |= (1n << 29n) - 1n;      // a run of ones
    const sign = (r >> 63n) << 63n;
    out.push(sign | (exp === 2047n ? 2046n << 52n : exp << 52n) | mant);
  }
  return out;
}

export function generateFenvCases(): FenvCase[] {
  const cases: FenvCase[] = [];
  const random = randomDoubles(800, 0x5eedn);
  for (const mxcsr of MXCSR_VALUES) {
    const add = (asm: string, x0: bigint, x1: bigint, rbx = 0n): void => { cases.push({ asm, mxcsr, x0, x1, rbx }); };
    for (const a of DOUBLES) {
      for (const b of DOUBLES) {
        for (const op of ['addsd', 'subsd', 'mulsd', 'divsd']) add(`${op} %xmm1, %xmm0`, pd(a, 0n), pd(b, 0n));
        add('ucomisd %xmm1, %xmm0', a, b);
        add('comisd %xmm1, %xmm0', a, b);
        add('cmplesd %xmm1, %xmm0; minsd %xmm1, %xmm0', a, b);
        add('cmpeqpd %xmm1, %xmm0', pd(a, b), pd(b, a));
      }
      add('sqrtsd %xmm1, %xmm0', 0n, a);
      add('cvtsd2ss %xmm1, %xmm0', 0n, a);
      add('cvtsd2si %xmm1, %rax', 0n, a);
      add('cvtsd2si %xmm1, %eax', 0n, a);
      add('cvttsd2si %xmm1, %rax', 0n, a);
      add('cvtpd2dq %xmm1, %xmm0', 0n, pd(a, f64(2.5)));
      add('cvtpd2ps %xmm1, %xmm0', 0n, pd(a, f64(1 / 3)));
      add('divpd %xmm1, %xmm0', pd(f64(1), f64(-2)), pd(a, a));
    }
    // Inexact doubles scaled into each corner of the range.
    for (const scale of [1, 2 ** 1000, 2 ** -1000, 2 ** -1070, 2 ** 1020]) {
      for (const [p, q] of [[1, 3], [-2, 7], [10, 11], [1 + 2 ** -30, 3 - 2 ** -40]]) {
        for (const op of ['addsd', 'subsd', 'mulsd', 'divsd']) add(`${op} %xmm1, %xmm0`, f64(p * scale), f64(q));
        add('mulsd %xmm1, %xmm0', f64(p * Math.sqrt(scale)), f64(q * Math.sqrt(scale)));
        add('sqrtsd %xmm1, %xmm0', 0n, f64(Math.abs(p / q) * scale));
        add('divsd %xmm1, %xmm0', f64(p * scale * 2 ** -40), f64(q * Math.sqrt(scale)));
      }
    }
    for (let i = 0; i + 1 < random.length; i += 2) {
      const a = random[i], b = random[i + 1];
      const op = ['addsd', 'subsd', 'mulsd', 'divsd'][i & 3];
      add(`${op} %xmm1, %xmm0`, a, b);
      add('sqrtsd %xmm1, %xmm0', 0n, a & ~(1n << 63n));
      add('cvtsd2ss %xmm1, %xmm0; mulss %xmm1, %xmm0', 0n, a);
      add(`${op.replace('sd', 'ss')} %xmm1, %xmm0`, a >> 32n, b >> 32n);
    }
    for (const a of FLOATS) {
      for (const b of FLOATS) {
        for (const op of ['addss', 'subss', 'mulss', 'divss']) add(`${op} %xmm1, %xmm0`, a, b);
        add('comiss %xmm1, %xmm0', a, b);
        add('cmpltps %xmm1, %xmm0', a | (b << 32n), b | (a << 32n));
      }
      add('sqrtss %xmm1, %xmm0', 0n, a);
      add('cvtss2sd %xmm1, %xmm0', 0n, a);
      add('cvtss2si %xmm1, %eax', 0n, a);
      add('cvtps2dq %xmm1, %xmm0', 0n, a | (f32(-2.5) << 32n) | (f32(3.5) << 64n) | (f32(-0.7) << 96n));
      add('mulps %xmm1, %xmm0', a | (a << 32n) | (f32(0.1) << 64n), f32(0.3) | (a << 32n) | (f32(7) << 64n));
    }
    for (const v of INTS) {
      add('cvtsi2sd %rbx, %xmm0', 0n, 0n, v);
      add('cvtsi2ss %rbx, %xmm0', 0n, 0n, v);
      add('cvtsi2ssl %ebx, %xmm0', 0n, 0n, v);
      add('movq %rbx, %xmm1; cvtdq2ps %xmm1, %xmm0', 0n, 0n, v);
    }
  }
  // x87 under each rounding control, precision control double or single
  // (where the emulator's 53-bit x87 matches the hardware): result and
  // status-word flags.
  for (let rc = 0; rc < 8; rc++) {
    const fcw = (rc < 4 ? 0x27f : 0x07f) | ((rc & 3) << 10);  // precision control double, then single
    const x87 = (body: string): string =>
      `fnclex; movw $${fcw}, 80(%rsi); fldcw 80(%rsi); ${body}; fnstsw %ax; and $0x3f, %eax; movw $0x37f, 80(%rsi); fldcw 80(%rsi)`;
    const add = (asm: string, x0: bigint, x1: bigint): void => { cases.push({ asm, mxcsr: 0x1f80, x0, x1, rbx: 0n }); };
    const load = 'movsd %xmm0, (%rsi); fldl (%rsi); movsd %xmm1, (%rsi); fldl (%rsi)';
    const result = 'fstpl (%rsi); movsd (%rsi), %xmm0';
    for (const a of X87_DOUBLES) {
      for (const b of X87_DOUBLES) {
        for (const op of ['faddp', 'fsubp', 'fmulp', 'fdivp', 'fdivrp']) add(x87(`${load}; ${op}; ${result}`), f64(a), f64(b));
        add(x87(`${load}; fcomip %st(1), %st; fstp %st(0)`), f64(a), f64(b));
        add(x87(`${load}; fucomip %st(1), %st; fstp %st(0)`), f64(a), f64(b));
      }
      const one = 'movsd %xmm1, (%rsi); fldl (%rsi)';
      add(x87(`${one}; fsqrt; ${result}`), 0n, f64(a));
      add(x87(`${one}; frndint; ${result}`), 0n, f64(a));
      add(x87(`${one}; fistpll 8(%rsi); movq 8(%rsi), %xmm0`), 0n, f64(a));
      add(x87(`${one}; fistpl 8(%rsi); movq 8(%rsi), %xmm0`), 0n, f64(a * 1e9));
      add(x87(`${one}; fisttpll 8(%rsi); movq 8(%rsi), %xmm0`), 0n, f64(a));
      add(x87(`${one}; fstps 8(%rsi); movd 8(%rsi), %xmm0`), 0n, f64(a / 3));
    }
  }
  // fnstenv after an inexact division: control word, status word with TOP, tag
  // word (C1, "rounded up", is not modelled: the emulator's x87 rounds at 53 bits).
  for (const [a, b] of [[1, 3], [1, 0], [0, 0], [6, 3]]) {
    cases.push({
      asm: 'fninit; movsd %xmm0, (%rsi); fldl (%rsi); fldz; movsd %xmm1, (%rsi); fldl (%rsi); fdivrp %st, %st(2); ' +
        'fnstenv 96(%rsi); andl $0xfffffdff, 100(%rsi); movq 96(%rsi), %xmm0; mov 104(%rsi), %eax; ' +
        'fldenv 96(%rsi); fnstsw %ax; fninit',
      mxcsr: 0x1f80, x0: f64(a), x1: f64(b), rbx: 0n,
    });
  }
  return cases;
}

const hex = (v: bigint): string => '0x' + BigInt.asUintN(64, v).toString(16);

/** Assembly for run_all(out in rdi, scratch in rsi): 4 quadwords per case; MXCSR is restored to 0x1f80 after each. */
export function fenvAssembly(cases: FenvCase[]): string {
  const text = ['  .text', '  .globl run_all', 'run_all:', '  push %rbx'];
  const data = ['  .data', '  .balign 16'];
  cases.forEach((c, i) => {
    data.push(`fc${i}: .quad ${hex(c.x0)}, ${hex(c.x0 >> 64n)}, ${hex(c.x1)}, ${hex(c.x1 >> 64n)}`);
    text.push(
      `  movdqa fc${i}(%rip), %xmm0`,
      `  movdqa fc${i}+16(%rip), %xmm1`,
      '  mov $0x5a5a5a5a5a5a, %rax',
      `  movabs $${hex(c.rbx)}, %rbx`,
      `  movl $${c.mxcsr}, 64(%rsi)`,
      '  ldmxcsr 64(%rsi)',
      `  ${c.asm}`,
      '  stmxcsr 72(%rsi)',
      '  movl $0x1f80, 64(%rsi)',
      '  ldmxcsr 64(%rsi)',
      '  mov 72(%rsi), %r8d',
      '  movdqu %xmm0, 0(%rdi)',
      '  mov %rax, 16(%rdi)',
      '  mov %r8, 24(%rdi)',
      '  add $32, %rdi',
    );
  });
  text.push('  pop %rbx', '  ret');
  return text.join('\n') + '\n' + data.join('\n') + '\n';
}
