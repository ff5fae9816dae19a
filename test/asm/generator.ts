/**
 * Generates instruction lines over mnemonics × operand forms: every GPR size (r8–r15,
 * spl/sil, ah..bh), every addressing mode (base, disp8/disp32, SIB with each scale,
 * rsp/rbp/r12/r13 bases, no-base index, RIP-relative, absolute), immediates of each width
 * and sign, symbolic operands, jumps that need relaxation, SSE, x87 and system forms.
 */

import { mulberry32 as rng } from '../prng.js';

const R64 = ['rax', 'rcx', 'rdx', 'rbx', 'rsp', 'rbp', 'rsi', 'rdi', 'r8', 'r9', 'r10', 'r11', 'r12', 'r13', 'r14', 'r15'];
const R32 = ['eax', 'ecx', 'edx', 'ebx', 'esp', 'ebp', 'esi', 'edi', 'r8d', 'r9d', 'r10d', 'r11d', 'r12d', 'r13d', 'r14d', 'r15d'];
const R16 = ['ax', 'cx', 'dx', 'bx', 'sp', 'bp', 'si', 'di', 'r8w', 'r9w', 'r10w', 'r11w', 'r12w', 'r13w', 'r14w', 'r15w'];
const R8 = ['al', 'cl', 'dl', 'bl', 'spl', 'bpl', 'sil', 'dil', 'r8b', 'r9b', 'r10b', 'r11b', 'r12b', 'r13b', 'r14b', 'r15b'];
const LOW8 = ['al', 'cl', 'dl', 'bl', 'ah', 'ch', 'dh', 'bh'];
const REGS: Record<number, string[]> = { 1: R8, 2: R16, 4: R32, 8: R64 };
const SUFFIX: Record<number, string> = { 1: 'b', 2: 'w', 4: 'l', 8: 'q' };
const DISPS = ['', '0', '1', '-1', '127', '128', '-128', '-129', '0x7fffffff', '-0x80000000', '0x1234', 'sym', 'sym+8', 'sym-4', 'loc', 'far'];
const IMMS = ['0', '1', '-1', '127', '128', '-128', '-129', '255', '256', '0x7fff', '0x8000', '-0x8000', '0xffff', '0x7fffffff', '-0x80000000', 'sym', 'sym+4', '3*4+1', '(1<<12)-1'];
const ALU = ['add', 'or', 'adc', 'sbb', 'and', 'sub', 'xor', 'cmp', 'mov', 'test'];
const CC = ['o', 'no', 'b', 'ae', 'e', 'ne', 'be', 'a', 's', 'ns', 'p', 'np', 'l', 'ge', 'le', 'g', 'z', 'nz', 'c', 'nc'];

export function generateInstructions(seed: number, count: number): string {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  const reg = (size: number): string => `%${pick(REGS[size])}`;
  const mem = (): string => {
    const k = r();
    const d = pick(DISPS);
    if (k < 0.08) return `${d || '0'}(%rip)`;
    if (k < 0.12) return d && d !== 'far' ? d : '0x10';
    const b = pick([...R64, '']);
    const i = pick([...R64.filter((x) => x !== 'rsp'), '']);
    const s = pick([1, 2, 4, 8]);
    if (!b && !i) return `${d}(%rax)`;
    if (i) return b ? `${d}(%${b},%${i},${s})` : `${d}(,%${i},${s})`;
    return `${d}(%${b})`;
  };
  const xmm = (): string => `%xmm${Math.floor(r() * 16)}`;
  const lines: string[] = ['\t.text', 'loc:'];
  let labels = 0;
  for (let n = 0; n < count; n++) {
    const size = pick([1, 2, 4, 8]);
    const s = SUFFIX[size];
    const op = pick(ALU);
    const k = Math.floor(r() * 20);
    const imm = (): string => {
      const v = pick(IMMS);
      return size === 8 && op !== 'mov' && v === '0x80000000' ? '$1' : `$${v}`;
    };
    switch (k) {
      case 0: lines.push(`${op}${s} ${reg(size)},${reg(size)}`); break;
      case 1: lines.push(`${op}${s} ${reg(size)},${mem()}`); break;
      case 2: lines.push(`${op}${s} ${mem()},${reg(size)}`); break;
      case 3: lines.push(`${op}${s} ${imm()},${reg(size)}`); break;
      case 4: lines.push(`${op}${s} ${imm()},${mem()}`); break;
      case 5: lines.push(`${pick(['inc', 'dec', 'not', 'neg', 'mul', 'imul', 'div', 'idiv'])}${s} ${pick([reg(size), mem()])}`); break;
      case 6: lines.push(`${pick(['shl', 'shr', 'sar', 'rol', 'ror', 'rcl', 'rcr', 'sal'])}${s} ${pick(['', '$1,', '$3,', '%cl,'])}${pick([reg(size), mem()])}`); break;
      case 7: if (size > 1) lines.push(`lea${s} ${mem()},${reg(size)}`); break;
      case 8:
        if (size > 1) lines.push(`${pick(['imul', 'bsf', 'bsr', `cmov${pick(CC)}`])}${s} ${pick([reg(size), mem()])},${reg(size)}`);
        if (size > 1) lines.push(`${pick(['bt', 'bts', 'btr', 'btc'])}${s} ${pick([reg(size), '$5'])},${pick([reg(size), mem()])}`);
        break;
      case 9: if (size > 1) lines.push(`imul${s} $${pick(['3', '-5', '1000', 'sym'])},${pick([reg(size), mem()])},${reg(size)}`); break;
      case 10:
        if (size > 1) {
          const [from, fs] = size > 2 ? pick([[1, 'b'], [2, 'w']] as const) : ([1, 'b'] as const);
          lines.push(`${pick(['movz', 'movs'])}${fs}${s} ${pick([reg(from), mem()])},${reg(size)}`);
        }
        break;
      case 11: lines.push(`${pick(['push', 'pop'])}q ${pick([reg(8), mem()])}`); break;
      case 12: lines.push(`set${pick(CC)} ${pick([reg(1), mem(), `%${pick(LOW8)}`])}`); break;
      case 13: {
        const ops = ['addsd', 'subsd', 'mulsd', 'divsd', 'addss', 'mulss', 'sqrtsd', 'ucomisd', 'comiss', 'xorps', 'andpd', 'pxor', 'movaps', 'movapd', 'cvtss2sd', 'cvtsd2ss', 'movss', 'movsd', 'movq', 'movdqa', 'movdqu', 'unpcklps', 'cvtdq2pd', 'maxsd', 'minss'];
        lines.push(`${pick(ops)} ${pick([xmm(), mem()])},${xmm()}`);
        break;
      }
      case 14: {
        // Jumps: short, long (over padding), forward and backward, to globals and externals.
        const target = pick(['loc', 'far', 'ext', `.Lj${labels}`, `.Lj${Math.max(0, labels - 1)}`]);
        lines.push(`${pick(['jmp', `j${pick(CC)}`, 'call'])} ${target}`);
        if (r() < 0.3) lines.push(`.Lj${labels++}:`);
        if (r() < 0.05) lines.push(`.fill ${Math.floor(r() * 200)},1,0x90`);
        if (r() < 0.05) lines.push(pick(['.p2align 4', '.p2align 4,,10', '.p2align 3', '.align 8']));
        break;
      }
      case 15:
        lines.push(pick([
          `movq ${reg(8)},${xmm()}`, `movq ${xmm()},${reg(8)}`, `movd ${reg(4)},${xmm()}`, `movd ${xmm()},${reg(4)}`,
          `cvtsi2sd${pick(['l', 'q'])} ${mem()},${xmm()}`, `cvtsi2ss ${reg(pick([4, 8]))},${xmm()}`, `cvttsd2si ${xmm()},${reg(pick([4, 8]))}`,
          `movabs $0x${Math.floor(r() * 2 ** 32).toString(16)}${Math.floor(r() * 2 ** 32).toString(16).padStart(8, '0')},${reg(8)}`,
          `movq $${pick(['0xffffffff', '0x80000000', '-1', '1', 'sym'])},${reg(8)}`, `movabs $sym,${reg(8)}`,
          `xchg ${reg(size)},${reg(size)}`, `xchg ${reg(size)},${mem()}`, `test${s} ${reg(size)},${mem()}`,
          `call *${pick([reg(8), mem()])}`, `jmp *${pick([reg(8), mem()])}`, `push $${pick(IMMS)}`, `movslq ${pick([reg(4), mem()])},${reg(8)}`,
        ]));
        break;
      case 16:
        lines.push(pick([
          'cltq', 'cqto', 'cltd', 'cwtl', 'ret', 'leave', 'hlt', 'cli', 'sti', 'swapgs', 'sysretq', 'iretq', 'wrmsr', 'rdmsr', 'rdtsc',
          'cpuid', 'pushfq', 'popfq', 'nop', 'ud2', 'int3', 'int $0x80', 'syscall', 'lretq', 'mfence', 'lfence', 'pause', 'endbr64',
          'rep movsb', 'rep stosq', 'rep movsq', 'repne scasb', 'lock cmpxchgq %rdx,(%rdi)', 'lock xaddl %eax,(%rdx)', 'lock incl (%rax)',
          'movq %cr0,%rax', 'movq %rax,%cr3', 'mov %cr4,%r9', 'mov %db7,%rax', 'mov %eax,%ds', 'mov %ax,%ss', 'mov %ds,%eax',
          'inb (%dx),%al', 'outb %al,$0x80', 'inl $0x60,%eax', 'outw %ax,(%dx)', 'lgdt (%rax)', 'lidt 8(%rsp)', 'ltr %ax', 'invlpg (%rdi)',
          'pushq %fs', 'popq %gs', 'bswap %eax', 'bswap %r11', 'ret $8', 'enter $16,$0', 'clflush (%rax)',
        ]));
        break;
      case 17:
        lines.push(pick([
          `fldt ${mem()}`, `fstpt ${mem()}`, `fldl ${mem()}`, `flds ${mem()}`, `fstpl ${mem()}`, `fildll ${mem()}`, `fistpll ${mem()}`,
          `fildl ${mem()}`, `fnstcw ${mem()}`, `fldcw ${mem()}`, 'faddp %st,%st(1)', 'fmulp %st,%st(3)', 'fsubp %st,%st(1)', 'fsubrp %st,%st(2)',
          'fdivp %st,%st(1)', 'fdivrp %st,%st(1)', 'fxch %st(1)', 'fucomip %st(1),%st', 'fcomip %st(2),%st', 'fld %st(0)', 'fstp %st(1)',
          'fchs', 'fabs', 'fld1', 'fldz', 'fadd %st(2),%st', 'fsub %st,%st(3)', 'fdivr %st(1),%st', 'fnstsw %ax', 'faddp', 'fmulp',
        ]));
        break;
      case 18: lines.push(`${op}${s} ${imm()},${pick([reg(size), mem()])}`); break;
      default: lines.push(`.byte ${Math.floor(r() * 256)}; .long sym-.; .quad sym+${Math.floor(r() * 100)}`);
    }
  }
  lines.push('\t.globl far', '\t.p2align 4', 'far: ret', '\t.data', 'sym: .quad 0', `.Lj${labels}:`);
  for (let i = 0; i <= labels; i++) if (!lines.includes(`.Lj${i}:`)) lines.push(`.Lj${i}:`);
  return lines.join('\n') + '\n';
}
