/**
 * The instruction list of issue 4, spelled every way GNU as accepts: system instructions,
 * string operations with each prefix, size and operand spelling, bit operations, atomics,
 * setcc/cmovcc/jcc with every condition name, SSE/SSE2 scalar and packed forms, movabs,
 * segment overrides, indirect and far branches. One line per form, in a fixed order.
 */

const CONDITIONS = ['o', 'no', 'b', 'c', 'nae', 'ae', 'nb', 'nc', 'e', 'z', 'ne', 'nz', 'be', 'na', 'a', 'nbe', 's', 'ns', 'p', 'pe', 'np', 'po', 'l', 'nge', 'ge', 'nl', 'le', 'ng', 'g', 'nle'];

function conditionLines(): string[] {
  return CONDITIONS.flatMap((cc) => [
    `set${cc} %al`, `set${cc} %r9b`, `set${cc} (%rax)`, `set${cc}b %sil`, `cmov${cc} %eax,%ebx`, `cmov${cc}q (%rdi),%r8`,
    `cmov${cc}w %ax,%cx`, `cmov${cc}l 4(%rsp),%edx`, `j${cc} .+0x100`, `j${cc} .`,
  ]);
}

function stringLines(): string[] {
  const out: string[] = [];
  for (const op of ['movs', 'cmps', 'stos', 'lods', 'scas', 'ins', 'outs']) {
    for (const sfx of ['b', 'w', 'l', 'q']) {
      if ((op === 'ins' || op === 'outs') && sfx === 'q') continue;
      out.push(`${op}${sfx}`);
      for (const p of ['rep', 'repe', 'repz', 'repne', 'repnz']) out.push(`${p} ${op}${sfx}`, `${p}; ${op}${sfx}`);
    }
  }
  out.push(
    'movsb %ds:(%rsi),%es:(%rdi)', 'movsl (%rsi),(%rdi)', 'movsq', 'movsw (%rsi),(%rdi)', 'movsl (%esi),(%edi)', 'movs %ds:(%rsi),%es:(%rdi)',
    'movsb %fs:(%rsi),%es:(%rdi)', 'rep movsb %ds:(%rsi),%es:(%rdi)', 'rep movsq (%rsi),(%rdi)', 'cmpsb %es:(%rdi),%ds:(%rsi)',
    'cmpsb %es:(%rdi),%fs:(%rsi)', 'stosb %al,(%rdi)', 'stosq %rax,%es:(%rdi)', 'stos %eax,(%rdi)', 'stosw %ax,%es:(%rdi)',
    'rep stos %al,%es:(%rdi)', 'stos %al,(%edi)', 'lodsb (%rsi),%al', 'lods %ds:(%rsi),%rax', 'lodsw', 'scasb (%rdi),%al',
    'scasl %es:(%rdi),%eax', 'scas (%rdi),%al', 'insb (%dx),%es:(%rdi)', 'insl (%dx),(%rdi)', 'outsb %ds:(%rsi),(%dx)',
    'outsw %fs:(%rsi),(%dx)', 'xlat', 'xlatb', 'xlat %ds:(%rbx)', 'xlatb (%ebx)', 'lock; incl (%rax)', 'lock incq 8(%rdi)',
  );
  return out;
}

function bitAndAtomicLines(): string[] {
  const out: string[] = [];
  for (const op of ['bt', 'bts', 'btr', 'btc']) {
    for (const [s, r] of [['w', '%ax'], ['l', '%ecx'], ['q', '%r9']]) {
      out.push(`${op}${s} ${r},(%rax)`, `${op}${s} $3,${r}`, `${op}${s} $7,(%rbx)`, `${op} ${r},${r}`, `${op === 'bt' ? '' : 'lock '}${op}${s} ${r},8(%rdx)`);
    }
  }
  for (const op of ['bsf', 'bsr', 'tzcnt', 'lzcnt', 'popcnt']) out.push(`${op} %ax,%bx`, `${op} (%rax),%ecx`, `${op}q %r10,%r11`, `${op}w (%rdx),%si`);
  out.push('bswap %eax', 'bswap %r8d', 'bswap %rax', 'bswap %r15', 'bswapl %esi', 'bswapq %rdi');
  for (const [s, r] of [['b', '%al'], ['w', '%ax'], ['l', '%eax'], ['q', '%rax']]) {
    out.push(`xchg${s} ${r},(%rdx)`, `xchg (%rdx),${r}`, `cmpxchg${s} ${r},(%rdx)`, `lock cmpxchg${s} ${r},(%rdx)`, `xadd${s} ${r},(%rdx)`, `lock xadd ${r},(%rdx)`, `xchg${s} ${r},${r}`);
  }
  out.push(
    'xchg %rax,%rbx', 'xchg %rbx,%rax', 'xchg %eax,%eax', 'xchg %ax,%ax', 'xchg %r8,%rax', 'xchgl %eax,%r8d', 'xchg %rax,%rax', 'xchgq %rax,%rax',
    'xchg %r8,%r8', 'cmpxchg8b (%rdi)', 'lock cmpxchg8b 8(%rsi)', 'cmpxchg16b (%rdi)', 'lock cmpxchg16b (%r12)', 'cmpxchg8bq (%rdi)',
  );
  return out;
}

const SYSTEM = [
  'lgdt (%rax)', 'lgdtq (%rax)', 'lidt 2(%rbx)', 'lidtq (%rax)', 'sgdt (%rax)', 'sidt (%rcx)', 'sgdtq (%rax)', 'sidtq (%rax)', 'ltr %ax', 'ltr (%rax)',
  'ltrw %cx', 'ltrw (%rax)', 'lldt %ax', 'lldtw %ax', 'str %eax', 'str %ax', 'str (%rax)', 'sldt %eax', 'sldt (%rax)', 'smsw %eax', 'smsw (%rax)',
  'lmsw %ax', 'lmsww %ax', 'verr %ax', 'verrw %ax', 'verw (%rax)', 'lar %ax,%bx', 'lsl %eax,%ebx', 'lsl (%rax),%ecx',
  'mov %cr0,%rax', 'mov %cr2,%rbx', 'mov %cr3,%r15', 'mov %cr4,%rcx', 'mov %cr8,%rax', 'mov %rax,%cr0', 'mov %r9,%cr3', 'mov %rax,%cr8',
  'movq %cr0,%rax', 'movq %rdx,%cr4', 'mov %db0,%rax', 'mov %rax,%db7', 'mov %dr6,%rcx',
  'wrmsr', 'rdmsr', 'swapgs', 'syscall', 'sysret', 'sysretq', 'sysretl', 'sysenter', 'sysexit', 'sysexitq', 'iret', 'iretq', 'iretl', 'iretw',
  'lret', 'lretq', 'lretl', 'lretw', 'lret $8', 'cli', 'sti', 'hlt', 'invlpg (%rax)', 'invlpg 8(%rdi,%rcx,2)', 'invpcid (%rax),%rbx',
  'cpuid', 'rdtsc', 'rdtscp', 'rdpmc', 'clts', 'invd', 'wbinvd', 'monitor', 'mwait', 'clac', 'stac', 'xgetbv', 'xsetbv',
  'in $0x60,%al', 'in $0x60,%ax', 'in $0x60,%eax', 'in %dx,%al', 'in %dx,%ax', 'in %dx,%eax', 'in (%dx),%al', 'inb $0x71', 'inl $0x71',
  'inb %dx', 'inw %dx', 'inl %dx', 'out %al,$0x80', 'out %ax,$0x80', 'out %eax,$0x80', 'out %al,%dx', 'out %ax,%dx', 'out %eax,%dx',
  'outb %al,(%dx)', 'outb $0x80', 'outw $0x80', 'outl %dx', 'outw %dx',
  'pushfq', 'popfq', 'pushf', 'popf', 'pushfw', 'popfw', 'int $0x80', 'int $3', 'int3', 'int1', 'ud2', 'ud2a', 'ud0 (%rax),%eax', 'ud1 (%rax),%eax',
  'lfence', 'mfence', 'sfence', 'pause', 'endbr64', 'endbr32', 'nop', 'nopl (%rax)', 'nopw 0(%rax,%rax,1)', 'nopq %rax',
  'fnsave (%rax)', 'fsave 8(%rsp)', 'frstor (%rax)', 'fstenv (%rdi)', 'fstsw (%rax)', 'fstsw %ax', 'fstsw', 'fnstsw', 'fclex', 'ffreep %st(2)',
  'fbld (%rax)', 'fbstp 10(%rdi)',
  'fxsave (%rax)', 'fxrstor (%rax)', 'fxsave64 (%rax)', 'fxrstor64 (%rax)', 'xsave (%rdi)', 'xrstor (%rdi)', 'xsaveopt (%rdi)',
  'xsaveopt64 (%rdi)', 'xsave64 (%rdi)', 'xrstor64 (%rdi)', 'xsavec (%rdi)', 'ldmxcsr (%rax)', 'stmxcsr 4(%rsp)', 'clflush (%rax)',
  'clflushopt (%rax)', 'clwb (%rax)', 'prefetchnta (%rax)', 'prefetcht0 (%rax)', 'prefetchw (%rax)',
  'rdrand %eax', 'rdrand %rax', 'rdseed %rcx', 'rdfsbase %rax', 'wrgsbase %rdx', 'rdgsbase %eax', 'wrfsbase %r8',
  'leave', 'leaveq', 'enter $16,$0', 'enterq $8,$1', 'cld', 'std', 'clc', 'stc', 'cmc', 'sahf', 'lahf',
  'cbw', 'cwde', 'cdqe', 'cwd', 'cdq', 'cqo', 'cbtw', 'cwtl', 'cltq', 'cwtd', 'cltd', 'cqto',
];

const SEGMENTS = [
  'mov %fs:0,%rax', 'mov %gs:8(%rax),%rbx', 'movq %fs:(%rax),%rcx', 'mov %es,%ax', 'mov %ax,%es', 'mov %ds,%rax', 'mov %rax,%ds',
  'movw %ss,(%rax)', 'movw (%rax),%fs', 'mov %cs,%eax', 'movl %ds,%eax', 'movq %fs,%rax', 'mov %gs,(%rbx)', 'mov (%rbx),%gs',
  'push %fs', 'pop %fs', 'push %gs', 'pop %gs', 'pushq %fs', 'popq %gs', 'pushw %fs', 'popw %gs',
  'fs movl (%rax),%eax', 'gs; movq (%rdi),%rax', 'cs nop', 'ds jmp *%rax', 'movl %fs:0x28,%eax', 'addl $1,%gs:(%rip)',
  'mov %ss:(%rbp),%eax', 'mov %ss:(%rsp),%eax', 'mov %ss:(%r13),%eax', 'mov %ss:4(%rbp,%rax),%eax', 'mov %ss:(%rax,%rbp),%eax',
  'mov %ds:(%rax),%eax', 'mov %ds:(%rbp),%eax', 'mov %ss:(%rax),%eax', 'mov %ss:(%rip),%eax', 'mov %cs:8,%eax',
];

const BRANCHES = [
  'jmp *%rax', 'jmp *%r11', 'jmp *(%rax)', 'jmp *8(%rax,%rbx,4)', 'jmpq *%rax', 'jmpq *(%rdi)', 'call *%rax', 'call *8(%rax,%rbx,4)',
  'callq *%r12', 'callq *0x10(%rip)', 'call *sym(%rip)', 'jmp *sym(,%rax,8)', 'ljmp *(%rax)', 'ljmpl *(%rax)', 'ljmpw *(%rax)',
  'lcall *(%rbx)', 'lcallw *8(%rbx)', 'notrack jmp *%rax', 'notrack call *(%rax)', 'bnd jmp *%rax', 'bnd ret', 'rep ret', 'retq', 'retw',
  'ret $0x10', 'retq $4',
];

const MOVES = [
  'movabs $0x123456789abcdef0,%rax', 'movabs $1,%rax', 'movabs $-1,%r8', 'movabs 0x1122334455667788,%al', 'movabs 0x1122334455667788,%ax',
  'movabs 0x1122334455667788,%eax', 'movabs 0x1122334455667788,%rax', 'movabs %al,0x1122334455667788', 'movabs %rax,0x1122334455667788',
  'movabsq $sym,%rbx', 'movabsl 0x10,%eax', 'movabsb %al,0x10', 'movq $0x123456789,%rax', 'mov $0x123456789,%rax', 'mov $-1,%rax',
  'mov $0xffffffff,%rax', 'mov $0x80000000,%eax', 'movq $-0x80000000,%rax', 'mov $sym,%rax', 'movl $sym,%eax', 'movq %rax,%rax',
];

function sseLines(): string[] {
  const out: string[] = [];
  for (const op of ['add', 'sub', 'mul', 'div', 'min', 'max', 'sqrt', 'and', 'andn', 'or', 'xor']) {
    for (const t of ['ps', 'pd']) out.push(`${op}${t} %xmm1,%xmm2`, `${op}${t} (%rax),%xmm9`, `${op}${t} 16(%rsp),%xmm15`);
  }
  for (const op of ['add', 'sub', 'mul', 'div', 'min', 'max', 'sqrt']) for (const t of ['ss', 'sd']) out.push(`${op}${t} %xmm1,%xmm2`, `${op}${t} (%rax),%xmm9`);
  const packed = [
    'paddb', 'paddw', 'paddd', 'paddq', 'psubb', 'psubq', 'pand', 'pandn', 'por', 'pxor', 'pcmpeqb', 'pcmpeqd', 'pcmpgtb', 'punpcklbw',
    'punpcklqdq', 'punpckhdq', 'pmuludq', 'pmullw', 'pminub', 'pmaxub', 'psadbw', 'packuswb', 'packssdw', 'pmaddwd', 'pavgb', 'pminsw',
    'pmaxsw', 'pmulhw', 'pmulhuw', 'paddsb', 'paddsw', 'paddusw', 'psubsb', 'psubsw', 'psubusw', 'pavgw', 'pcmpeqw', 'pcmpgtd', 'pcmpgtw',
    'punpckhbw', 'punpckhwd', 'punpckhqdq', 'punpcklwd', 'punpckldq', 'packsswb', 'psllw', 'pslld', 'psllq', 'psrlw', 'psrld', 'psrlq', 'psraw', 'psrad',
  ];
  for (const op of packed) out.push(`${op} %xmm1,%xmm2`, `${op} (%rax),%xmm10`);
  out.push(
    'psrldq $4,%xmm1', 'pslldq $8,%xmm9', 'psrlq $3,%xmm2', 'psllw $1,%xmm3', 'psrad $31,%xmm12', 'pshufd $0x1b,%xmm1,%xmm2',
    'pshufd $0,(%rax),%xmm3', 'pshuflw $1,%xmm1,%xmm2', 'pshufhw $1,%xmm1,%xmm2', 'shufps $0x44,%xmm1,%xmm2', 'shufpd $1,(%rax),%xmm2',
    'movaps %xmm1,%xmm2', 'movaps (%rax),%xmm1', 'movaps %xmm1,(%rax)', 'movups %xmm3,16(%rsp)', 'movapd %xmm1,%xmm2', 'movupd (%rax),%xmm1',
    'movdqa %xmm0,(%rdi)', 'movdqu (%rsi),%xmm8', 'movdqa %xmm8,%xmm9', 'movntdq %xmm0,(%rax)', 'movntps %xmm1,(%rax)', 'movntpd %xmm1,(%rax)',
    'movnti %eax,(%rdi)', 'movnti %rax,(%rdi)', 'movss %xmm1,%xmm2', 'movss (%rax),%xmm1', 'movss %xmm1,(%rax)', 'movsd %xmm1,%xmm2',
    'movsd (%rax),%xmm1', 'movsd %xmm3,8(%rsp)', 'movlps (%rax),%xmm1', 'movhps %xmm1,(%rax)', 'movlpd (%rax),%xmm1', 'movhpd %xmm2,8(%rax)',
    'movhlps %xmm1,%xmm2', 'movlhps %xmm1,%xmm2', 'movd %eax,%xmm0', 'movd %xmm0,%eax', 'movd (%rax),%xmm1', 'movd %xmm1,(%rax)',
    'movq %rax,%xmm0', 'movq %xmm0,%rax', 'movq (%rax),%xmm1', 'movq %xmm1,(%rax)', 'movq %xmm1,%xmm2', 'movd %rax,%xmm3', 'movd %xmm3,%r8',
    'cvtsi2sd %eax,%xmm0', 'cvtsi2sd %rax,%xmm0', 'cvtsi2sdl (%rax),%xmm0', 'cvtsi2sdq (%rax),%xmm0', 'cvtsi2ss %eax,%xmm0',
    'cvtsi2ssq %r9,%xmm0', 'cvttsd2si %xmm0,%eax', 'cvttsd2si %xmm0,%rax', 'cvttss2si (%rax),%ecx', 'cvtsd2si %xmm1,%r8',
    'cvtss2si %xmm1,%eax', 'cvttsd2siq %xmm1,%rax', 'cvtsd2ss %xmm1,%xmm2', 'cvtss2sd (%rax),%xmm2', 'cvtdq2ps %xmm1,%xmm2',
    'cvtps2dq %xmm1,%xmm2', 'cvttps2dq %xmm1,%xmm2', 'cvtdq2pd %xmm1,%xmm2', 'cvtpd2dq %xmm1,%xmm2', 'cvttpd2dq %xmm1,%xmm2',
    'cvtps2pd %xmm1,%xmm2', 'cvtpd2ps %xmm1,%xmm2', 'ucomiss %xmm1,%xmm2', 'ucomisd (%rax),%xmm2', 'comiss %xmm1,%xmm2', 'comisd %xmm1,%xmm2',
    'movmskps %xmm1,%eax', 'movmskpd %xmm1,%eax', 'pmovmskb %xmm1,%eax', 'pextrw $1,%xmm1,%eax', 'pinsrw $1,%eax,%xmm1', 'pinsrw $2,(%rax),%xmm1',
    'cmpps $1,%xmm1,%xmm2', 'cmppd $2,%xmm1,%xmm2', 'cmpss $3,%xmm1,%xmm2', 'cmpsd $4,%xmm1,%xmm2', 'cmpeqps %xmm1,%xmm2', 'cmpltsd %xmm1,%xmm2',
    'cmpneqss %xmm1,%xmm2', 'cmpunordpd %xmm1,%xmm2', 'cmplesd (%rax),%xmm1', 'cmpnltps %xmm1,%xmm2', 'cmpordss %xmm3,%xmm4', 'cmpnlesd %xmm1,%xmm2',
    'unpcklps %xmm1,%xmm2', 'unpckhps %xmm1,%xmm2', 'unpcklpd %xmm1,%xmm2', 'unpckhpd %xmm1,%xmm2', 'rcpps %xmm1,%xmm2', 'rsqrtss %xmm1,%xmm2',
    'maskmovdqu %xmm1,%xmm2', 'emms',
  );
  return out;
}

/** The whole list as an assembly file (a `sym` label for the symbolic operands). */
export function breadthListing(): string {
  const lines = [...conditionLines(), ...stringLines(), ...bitAndAtomicLines(), ...SYSTEM, ...SEGMENTS, ...BRANCHES, ...MOVES, ...sseLines()];
  return ['\t.text', 'sym:', ...lines.map((l) => `\t${l}`)].join('\n') + '\n';
}
