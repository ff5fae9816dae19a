// Generates the instruction × operand size × value cases run both natively
// and in the emulator. Each case loads rax/rbx/rcx/rdx and the arithmetic
// flags, executes one instruction (or a short fixed sequence), then records
// rax, rbx, rcx, rdx and the flags the architecture defines for it.

import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildKernel, KERNEL_LIB_C, makeTempDir, runKernel } from './helpers.js';

export interface SemanticsCase {
  asm: string;
  a: bigint;
  b: bigint;
  c: bigint;
  d: bigint;
  flagsIn: number;
  /** Flags whose value is architecturally defined after the instruction. */
  flagMask: number;
}

const ALL = 0x8d5, LOGIC = 0x8c5, MULF = 0x801, NONE = 0;
const M64 = (1n << 64n) - 1n;

const VALUES: bigint[] = [
  0n, 1n, 2n, 0x7fn, 0x80n, 0xffn, 0x7fffn, 0x8000n, 0xffffn, 0x7fffffffn, 0x80000000n, 0xffffffffn,
  0x100000000n, 0x7fffffffffffffffn, 0x8000000000000000n, M64, 0x123456789abcdef0n, 0xfedcba9876543211n,
];
const FEW: bigint[] = [0n, 1n, 0x7fn, 0x80n, 0xffffn, 0x80000000n, 0xffffffffn, 0x8000000000000000n, M64, 0x123456789abcdef0n];
const COUNTS: bigint[] = [0n, 1n, 2n, 7n, 8n, 15n, 16n, 31n, 32n, 33n, 63n, 64n];

const SIZES = [
  { suffix: 'q', a: '%rax', b: '%rbx', c: '%rcx', d: '%rdx', bits: 64 },
  { suffix: 'l', a: '%eax', b: '%ebx', c: '%ecx', d: '%edx', bits: 32 },
  { suffix: 'w', a: '%ax', b: '%bx', c: '%cx', d: '%dx', bits: 16 },
  { suffix: 'b', a: '%al', b: '%bl', c: '%cl', d: '%dl', bits: 8 },
];

function pairs(values: bigint[], f: (a: bigint, b: bigint) => void): void {
  for (const a of values) for (const b of values) f(a, b);
}

export function generateCases(): SemanticsCase[] {
  const cases: SemanticsCase[] = [];
  const add = (asm: string, a: bigint, b: bigint, flagMask: number, flagsIn = 0x2, c = 0x5a5an, d = 0x1234n): void => {
    cases.push({ asm, a, b, c, d, flagsIn, flagMask });
  };
  for (const s of SIZES) {
    for (const op of ['add', 'sub', 'and', 'or', 'xor', 'cmp', 'test']) {
      const mask = ['and', 'or', 'xor', 'test'].includes(op) ? LOGIC : ALL;
      pairs(VALUES, (a, b) => add(`${op}${s.suffix} ${s.b}, ${s.a}`, a, b, mask));
    }
    for (const op of ['adc', 'sbb']) {
      pairs(FEW, (a, b) => { add(`${op}${s.suffix} ${s.b}, ${s.a}`, a, b, ALL, 0x2); add(`${op}${s.suffix} ${s.b}, ${s.a}`, a, b, ALL, 0x8d7); });
    }
    // Load forms with a memory source.
    for (const op of ['add', 'sub', 'and', 'or', 'xor', 'cmp', 'adc', 'sbb']) {
      pairs(FEW, (a, b) => add(`mov${s.suffix} ${s.b}, (%rsi); ${op}${s.suffix} (%rsi), ${s.a}; mov${s.suffix} (%rsi), ${s.c}`, a, b, ['and', 'or', 'xor'].includes(op) ? LOGIC : ALL, 0x8d7));
    }
    // Memory read-modify-write through (%rsi) and the immediate forms.
    pairs(FEW, (a, b) => add(`mov${s.suffix} ${s.a}, (%rsi); sub${s.suffix} ${s.b}, (%rsi); mov${s.suffix} (%rsi), ${s.a}`, a, b, ALL));
    for (const imm of ['1', '-1', '0x7f', '-128', '100']) {
      for (const a of VALUES) add(`add${s.suffix} $${imm}, ${s.a}`, a, 0n, ALL);
    }
    for (const op of ['inc', 'dec', 'neg', 'not']) {
      for (const a of VALUES) { add(`${op}${s.suffix} ${s.a}`, a, 0n, ALL, 0x2); add(`${op}${s.suffix} ${s.a}`, a, 0n, ALL, 0x8d7); }
    }
    for (const op of ['shl', 'shr', 'sar', 'rol', 'ror', 'rcl', 'rcr']) {
      for (const a of FEW) {
        for (const c of COUNTS) {
          const masked = Number(c) & (s.bits === 64 ? 63 : 31);
          let mask: number;
          if (masked === 0) mask = ALL;
          else if (op.startsWith('s')) {
            mask = masked === 1 ? LOGIC : 0xc5;
            if (masked >= s.bits) mask &= ~0x1; // CF undefined once everything is shifted out
          } else mask = 0x1 | 0xd4 | (masked === 1 ? 0x800 : 0);
          add(`${op}${s.suffix} %cl, ${s.a}`, a, 0n, mask, 0x8d7, c);
          add(`${op}${s.suffix} %cl, ${s.a}`, a, 0n, mask, 0x2, c);
          // The immediate forms, which compiled blocks shift inline.
          if (op.startsWith('s')) add(`${op}${s.suffix} $${c}, ${s.a}`, a, 0n, mask, 0x8d7);
        }
      }
    }
    if (s.bits >= 16) {
      for (const op of ['shld', 'shrd']) {
        for (const a of FEW) {
          for (const c of COUNTS) {
            const masked = Number(c) & (s.bits === 64 ? 63 : 31);
            if (s.bits === 16 && masked >= 16) continue;
            const mask = masked === 0 ? ALL : masked === 1 ? LOGIC : 0xc5;
            add(`${op}${s.suffix} %cl, ${s.b}, ${s.a}`, a, 0xfedcba9876543211n, mask, 0x2, c);
          }
        }
      }
      pairs(VALUES, (a, b) => add(`imul${s.suffix} ${s.b}, ${s.a}`, a, b, MULF));
      for (const a of VALUES) add(`imul${s.suffix} $-3, ${s.a}, ${s.b}`, a, 0n, MULF);
      for (const a of VALUES) add(`imul${s.suffix} $1000, ${s.a}, ${s.b}`, a, 0n, MULF);
      for (const op of ['bsf', 'bsr']) for (const a of VALUES) if (a !== 0n) add(`${op}${s.suffix} ${s.a}, ${s.b}`, a, 0x77n, 0x40);
      for (const op of ['bt', 'bts', 'btr', 'btc']) pairs(FEW, (a, b) => add(`${op}${s.suffix} ${s.b}, ${s.a}`, a, b, 0x1));
      for (const op of ['bt', 'bts', 'btr', 'btc']) for (const a of FEW) add(`${op}${s.suffix} $${s.bits - 1}, ${s.a}`, a, 0n, 0x1);
      pairs(FEW, (a, b) => add(`cmovl${s.suffix} ${s.b}, ${s.a}`, a, b, ALL, 0x8d7));
      pairs(FEW, (a, b) => add(`xadd${s.suffix} ${s.b}, ${s.a}`, a, b, ALL));
      pairs(FEW, (a, b) => add(`cmpxchg${s.suffix} ${s.b}, ${s.c}`, a, b, ALL, 0x2, a & 0xffn ? a : 5n));
    }
    for (const op of ['mul', 'imul']) pairs(VALUES, (a, b) => add(`${op}${s.suffix} ${s.b}`, a, b, MULF, 0x2, 0n, 0x9999n));
  }
  // Division with operands that cannot fault.
  for (const s of SIZES.slice(0, 3)) {
    pairs(VALUES, (a, b) => {
      if (b === 0n || (b & ((1n << BigInt(s.bits)) - 1n)) === 0n) return;
      add(`xor %edx, %edx; div${s.suffix} ${s.b}`, a, b, NONE);
      const signExt = s.bits === 64 ? 'cqto' : s.bits === 32 ? 'cltd' : 'cwtd';
      const bv = BigInt.asIntN(s.bits, b), av = BigInt.asIntN(s.bits, a);
      if (bv === -1n && av === -(1n << BigInt(s.bits - 1))) return;
      add(`${signExt}; idiv${s.suffix} ${s.b}`, a, b, NONE);
    });
  }
  // imul's 64-bit fast path (a product well inside 2^63) and the exact path next to it.
  for (const [a, b] of [[0xaaaaaaabn, 9999999n], [0xaaaaaaabn, M64 - 9999998n], [0x3fffffffffffffffn, 1n], [0x4000000000000000n, 1n], [0xb504f333n, 0xb504f334n], [0xffffffffb504f333n, 0xb504f334n]]) {
    add('imulq %rbx, %rax', a, b, MULF);
  }
  // idiv's int32 fast path at its edges: negative remainders, INT32_MIN / -1 at 64 bits.
  for (const [a, b] of [[0xfffffff9n, 2n], [0xfffffff9n, 0xfffffffen], [7n, 0xfffffffen], [0x7fffffffn, M64]]) add('cltd; idivl %ebx', a, b, NONE);
  for (const [a, b] of [[0xffffffff80000000n, M64], [0xfffffffffffffff9n, 2n], [7n, 0xfffffffffffffffen], [0xffffffff80000000n, 0x7fffffffn]]) add('cqto; idivq %rbx', a, b, NONE);
  pairs(VALUES, (a, b) => { if ((b & 0xffn) !== 0n) add(`divb %bl`, a & 0xffn, b, NONE); });
  // String instructions on the scratch buffer (rsi); rdi (the results pointer) is saved around them.
  for (const [a, b] of [[0x1122334455667788n, 0x99aabbccddeeff00n], [M64, 0n], [0x0102030405060708n, 0x0102030405060709n]]) {
    add('push %rdi; lea 64(%rsi), %rdi; mov $13, %ecx; rep stosb; mov 64(%rsi), %rbx; mov 72(%rsi), %rdx; pop %rdi', a, b, ALL);
    add('push %rdi; lea 64(%rsi), %rdi; mov $3, %ecx; rep stosq; mov 80(%rsi), %rbx; mov 64(%rsi), %rdx; pop %rdi', a, b, ALL);
    add('push %rdi; push %rsi; mov %rax, (%rsi); mov %rbx, 8(%rsi); lea 128(%rsi), %rdi; mov $2, %ecx; rep movsq; pop %rsi; mov 128(%rsi), %rcx; mov 136(%rsi), %rdx; pop %rdi', a, b, ALL);
    add('push %rdi; push %rsi; mov %rax, (%rsi); mov %rbx, 8(%rsi); lea 1(%rsi), %rdi; mov $11, %ecx; rep movsb; pop %rsi; mov (%rsi), %rcx; mov 8(%rsi), %rdx; pop %rdi', a, b, ALL);
    add('push %rdi; push %rsi; mov %rax, (%rsi); mov %rbx, 8(%rsi); lea 8(%rsi), %rdi; lea 7(%rsi), %rsi; mov $8, %ecx; std; rep movsb; cld; pop %rsi; mov (%rsi), %rcx; mov 8(%rsi), %rdx; pop %rdi', a, b, ALL);
    add('push %rdi; mov %rax, (%rsi); mov %rsi, %rdi; mov $8, %ecx; mov $0x33, %al; repne scasb; pop %rdi', a, b, ALL);
    add('push %rdi; push %rsi; mov %rax, (%rsi); mov %rbx, 8(%rsi); lea 8(%rsi), %rdi; mov $8, %ecx; repe cmpsb; pop %rsi; pop %rdi', a, b, ALL);
    add('push %rsi; mov %rax, (%rsi); lodsq; lodsl; mov %eax, %ebx; pop %rsi', a, b, ALL);
    // Long enough to be split into several REP steps, backwards through the slow path.
    add('push %rdi; lea 60000(%rsi), %rdi; mov $9999, %ecx; std; rep stosb; cld; mov 50008(%rsi), %rbx; mov 60000(%rsi), %rdx; pop %rdi', a, b, ALL);
    add('push %rdi; push %rsi; lea 40000(%rsi), %rdi; mov $3000, %ecx; rep movsq; pop %rsi; mov 40000(%rsi), %rcx; mov 63992(%rsi), %rdx; pop %rdi', a, b, ALL);
  }
  for (const cc of ['o', 'no', 'b', 'ae', 'e', 'ne', 'be', 'a', 's', 'ns', 'p', 'np', 'l', 'ge', 'le', 'g']) {
    pairs(FEW, (a, b) => add(`cmpq %rbx, %rax; set${cc} %cl; cmov${cc}q %rbx, %rdx`, a, b, ALL));
    pairs(FEW, (a, b) => add(`cmpl %ebx, %eax; set${cc} %cl; cmov${cc}l %ebx, %edx`, a, b, ALL));
    pairs(FEW, (a, b) => add(`addb %bl, %al; set${cc} %cl; j${cc} 1f; inc %rdx; 1:`, a, b, ALL));
    pairs(FEW, (a, b) => add(`andq %rbx, %rax; set${cc} %cl`, a, b, LOGIC));
  }
  for (const a of VALUES) {
    add('bswap %rax; bswap %ebx', a, a, ALL);
    add('movsbq %al, %rbx; movswq %ax, %rcx; movslq %eax, %rdx', a, 0n, ALL);
    add('movzbl %al, %ebx; movzwq %ax, %rcx; movsbw %al, %dx', a, 0n, ALL);
    add('cbtw; cwtl', a, 0n, ALL);
    add('cltq; cqto', a, 0n, ALL);
    add('cwtd', a, 0n, ALL);
    add('cltd', a, 0n, ALL);
    add('lea 0x10(%rax,%rbx,4), %rcx; lea -1(%rax), %edx', a, 3n, ALL);
    add('xchg %rax, %rbx; xchg %ecx, %edx', a, 7n, ALL);
    add('sahf; lahf', a, 0n, ALL);
    add('popcnt %rax, %rbx; popcnt %eax, %ecx', a, 0n, ALL);
    add('movb $0x5a, %ah; movb %ah, %bl; movb %al, %ch', a, 0n, ALL);
    add('movzbl %ah, %ecx; movsbl %bh, %edx; movzbq %bl, %rbx', a, a >> 8n, ALL);
    add('mov %rax, (%rsi); movzbl 1(%rsi), %ecx; movswq 2(%rsi), %rdx; mov 4(%rsi), %ebx', a, 0n, ALL);
    add('mov %rax, (%rsi); incq (%rsi); negl 4(%rsi); notw 2(%rsi); shlb $3, 1(%rsi); mov (%rsi), %rbx', a, 0n, 0xc5);
    add('stc; cmc; rcl $1, %rax', a, 0n, 0x1 | 0xd4);
    add('mov %rax, (%rsi); mov %rsi, %rbx; and $7, %eax; xlat; xor %ebx, %ebx', a, 0n, 0);
  }
  // Every conditional branch after the operations compiled blocks evaluate it after
  // (inline.ts: from a cmp/sub's operands, else flags.ts): %ecx says whether it was taken.
  const EDGES = [0n, 1n, 0x7fffffffn, 0x80000000n, 0xffffffffn, 0x8000000000000000n, M64];
  for (const s of SIZES.slice(0, 2)) {
    for (const op of ['cmp', 'sub', 'add', 'test']) {
      for (const cc of ['o', 'no', 'b', 'ae', 'e', 'ne', 'be', 'a', 's', 'ns', 'p', 'np', 'l', 'ge', 'le', 'g']) {
        pairs(EDGES, (a, b) => add(`${op}${s.suffix} ${s.b}, ${s.a}; mov $1, %ecx; j${cc} 1f; mov $0, %ecx; 1:`, a, b, ALL));
      }
    }
  }
  return cases;
}

/** Assembly for `run_all(out in rdi, scratch in rsi)`. */
export function casesAssembly(cases: SemanticsCase[]): string {
  const lines = ['  .text', '  .globl run_all', 'run_all:', '  push %rbx', '  push %r12'];
  const hex = (v: bigint): string => '0x' + BigInt.asUintN(64, v).toString(16);
  cases.forEach((c) => {
    lines.push(
      `  movabs $${hex(c.a)}, %rax`,
      `  movabs $${hex(c.b)}, %rbx`,
      `  movabs $${hex(c.c)}, %rcx`,
      `  movabs $${hex(c.d)}, %rdx`,
      `  pushq $${c.flagsIn}`,
      '  popfq',
      `  ${c.asm}`,
      '  pushfq',
      '  pop %r8',
      '  mov %rax, 0(%rdi)',
      '  mov %rbx, 8(%rdi)',
      '  mov %rcx, 16(%rdi)',
      '  mov %rdx, 24(%rdi)',
      `  and $${c.flagMask}, %r8`,
      '  mov %r8, 32(%rdi)',
      '  add $40, %rdi',
    );
  });
  lines.push('  pop %r12', '  pop %rbx', '  ret');
  return lines.join('\n') + '\n';
}

/** C that formats the results; `emit` is provided by the native and kernel wrappers. */
export function printerC(count: number, words = 5): string {
  return `
static void emit(char c);
static unsigned long results[${count * words}];
static unsigned long scratch[8192];
extern void run_all(unsigned long *out, unsigned long *scratch);
static void print_results(void) {
  for (unsigned long i = 0; i < ${count}; i++) {
    for (int j = 0; j < ${words}; j++) {
      unsigned long v = results[i * ${words} + j];
      for (int k = 60; k >= 0; k -= 4) emit("0123456789abcdef"[(v >> k) & 15]);
      emit(j == ${words - 1} ? '\\n' : ' ');
    }
  }
}
`;
}

/** One case list's results, line by line: from the host CPU and from the emulator. */
export interface CaseResults {
  native: string[];
  /** The interpreter's run with each `compileThresholds` entry, in that order. */
  emulated: string[][];
  exitCode: number;
}

/**
 * Runs the generated `run_all` (assembly defining it over the cases) natively in a gcc-built
 * program and inside a test kernel in the emulator, once per compile threshold (the default
 * threshold checks the interpreter; 1 compiles every block). Each case prints `words`
 * 64-bit words.
 */
export function runCases(name: string, asm: string, count: number, words: number, compileThresholds: (number | undefined)[]): CaseResults {
  const dir = makeTempDir(name);
  const printer = printerC(count, words);
  writeFileSync(join(dir, 'cases.S'), asm);
  writeFileSync(join(dir, 'native.c'), `#include <unistd.h>
static char buf[1 << 16]; static int used;
${printer}
static void emit(char c) { buf[used++] = c; if (used == sizeof buf) { write(1, buf, used); used = 0; } }
int main(void) { run_all(results, scratch); print_results(); write(1, buf, used); return 0; }
`);
  execFileSync('gcc', ['-O2', '-o', join(dir, 'native'), join(dir, 'native.c'), join(dir, 'cases.S')]);
  const native = execFileSync(join(dir, 'native'), { maxBuffer: 1 << 28 }).toString().trimEnd().split('\n');
  const kernel = buildKernel(dir, {
    'cases.S': asm,
    'main.c': `${KERNEL_LIB_C}
${printer}
static void emit(char c) { putc(c); }
int kmain(void) { run_all(results, scratch); print_results(); return 0; }
`,
  });
  let exitCode = 0;
  const emulated = compileThresholds.map((compileThreshold, i) => {
    const run = runKernel(kernel, { compileThreshold });
    if (i === 0) exitCode = run.exit.exitCode;
    return run.output.trimEnd().split('\n');
  });
  return { native, emulated, exitCode };
}
