/**
 * The one table of x86-64 instruction forms, shared by the assembler's encoder
 * (compiler/x86/encoder.ts), the disassembler (compiler/x86/disasm.ts) and the emulator's
 * decoder (emulator/cpu/decode*.ts), so that the three cannot drift apart. It is data plus
 * its parser only: no encoding or decoding logic lives here.
 *
 * Each form is one line of text, `mnemonic | operands | encoding | flags`, read once at
 * start-up. Operands are in AT&T order (source first). The order of the lines for one
 * mnemonic is the order GNU as prefers: the encoder takes the first form that fits.
 *
 * Operand kinds (size letter b w d q, or v = the instruction's operand size):
 *   E  general register or memory, in ModRM.rm        R  general register only, in ModRM.rm
 *   G  general register in ModRM.reg                  H  general register in both reg and rm
 *   Z  general register in the low 3 bits of the last opcode byte
 *   A  the accumulator (al/ax/eax/rax)                CL %cl     DX %dx (also written (%dx))
 *   M  memory only (any size)                         K  indirect branch target `*r/m64`
 *   Ib imm8   Is imm8 sign-extended   Iw imm16   Iz imm16/imm32   Io imm64   I1 the constant 1
 *   V  xmm in reg   W  xmm or memory in rm   U  xmm only in rm   Gx general reg 32/64 in reg (SSE)
 *   C  control register in reg   D  debug register in reg   S  segment register in reg
 *   ST %st(0)   Fi %st(i) in the low 3 bits of the last opcode byte   FS GS those segment registers
 *   Jb rel8   Jz rel32   Ov 64-bit absolute address (moffs)
 *
 * Encoding: leading 66/F2/F3 bytes are mandatory prefixes (written before REX), then the
 * opcode bytes; `+r` marks the byte that takes a Z/Fi register; `/r` a ModRM with a
 * register in reg, `/0`..`/7` a ModRM with that digit in reg.
 *
 * Flags: the operand sizes the form accepts (letters b w l q; the first one is the default
 * when nothing decides), `d64` (64-bit by default: no REX.W for q, as push/pop/call),
 * `W` (always REX.W), `addr` (computes an address: 16/32-bit forms truncate it), `dflt` (the first size is the default, no suffix needed), `n66` (a 16-bit operand size needs no 66 prefix: segment moves),
 * `sfx:LETTERS` (suffixes accepted without changing the encoding), `m16` (memory operand is 16-bit).
 */

export type OperandKind =
  | 'Eb' | 'Ew' | 'Ed' | 'Eq' | 'Ev'
  | 'Rb' | 'Rw' | 'Rd' | 'Rq' | 'Rv'
  | 'Gb' | 'Gw' | 'Gd' | 'Gq' | 'Gv'
  | 'Hv' | 'Zb' | 'Zv' | 'Zq'
  | 'Ab' | 'Aw' | 'Ad' | 'Av'
  | 'CL' | 'DX' | 'M' | 'K' | 'Kv'
  | 'Ib' | 'Is' | 'Iw' | 'Iz' | 'Io' | 'I1'
  | 'V' | 'W' | 'U' | 'C' | 'D' | 'S'
  | 'ST' | 'Fi' | 'Jb' | 'Jz' | 'Ov' | 'FS' | 'GS';

export interface InstrForm {
  readonly mnemonic: string;
  readonly operands: readonly OperandKind[];
  /** Mandatory prefixes (66, F2, F3), written after the operand-size 66 and before REX. */
  readonly prefixes: readonly number[];
  readonly opcode: readonly number[];
  /** -1: ModRM.reg holds a register operand; 0..7: the digit; undefined: no ModRM. */
  readonly modrm: number | undefined;
  /** True when the last opcode byte takes a register number (Z/Fi operand). */
  readonly plusReg: boolean;
  /** Operand sizes in bytes the form accepts, preferred first; empty: no operand size. */
  readonly sizes: readonly number[];
  readonly default64: boolean;
  readonly rexW: boolean;
  readonly no66: boolean;
  readonly sizeDefault: boolean;
  readonly truncatesAddress: boolean;
  /** `sfx:q`: size suffixes GNU as accepts without changing the encoding (`lgdtq`, `ltrw`). */
  readonly extraSuffixes: readonly number[];
  /** `m16`: a memory operand is always 16-bit, no suffix or 66 prefix needed (`sldt (%rax)`). */
  readonly memory16: boolean;
}

const SUFFIX_SIZE: Record<string, number> = { b: 1, w: 2, l: 4, q: 8 };

/** Condition-code names and their numbers, in the order objdump prefers the first of each. */
export const CONDITION_CODES: ReadonlyArray<readonly [string, number]> = [
  ['o', 0], ['no', 1], ['b', 2], ['c', 2], ['nae', 2], ['ae', 3], ['nb', 3], ['nc', 3],
  ['e', 4], ['z', 4], ['ne', 5], ['nz', 5], ['be', 6], ['na', 6], ['a', 7], ['nbe', 7],
  ['s', 8], ['ns', 9], ['p', 10], ['pe', 10], ['np', 11], ['po', 11], ['l', 12], ['nge', 12],
  ['ge', 13], ['nl', 13], ['le', 14], ['ng', 14], ['g', 15], ['nle', 15],
];

const ALU = ['add', 'or', 'adc', 'sbb', 'and', 'sub', 'xor', 'cmp'];
const SHIFTS: Array<[string, number]> = [['rol', 0], ['ror', 1], ['rcl', 2], ['rcr', 3], ['shl', 4], ['sal', 4], ['shr', 5], ['sar', 7]];
const hex = (n: number): string => n.toString(16).toUpperCase().padStart(2, '0');

function aluLines(): string[] {
  const out: string[] = [];
  ALU.forEach((m, n) => {
    const b = n * 8;
    out.push(
      `${m} | Is,Ev | 83 /${n} | wlq`,
      `${m} | Ib,Ab | ${hex(b + 4)} | b`,
      `${m} | Iz,Av | ${hex(b + 5)} | wlq`,
      `${m} | Ib,Eb | 80 /${n} | b`,
      `${m} | Iz,Ev | 81 /${n} | wlq`,
      `${m} | Gb,Eb | ${hex(b)} /r | b`,
      `${m} | Gv,Ev | ${hex(b + 1)} /r | wlq`,
      `${m} | Eb,Gb | ${hex(b + 2)} /r | b`,
      `${m} | Ev,Gv | ${hex(b + 3)} /r | wlq`,
    );
  });
  return out;
}

function shiftLines(): string[] {
  return SHIFTS.flatMap(([m, n]) => [
    `${m} | I1,Eb | D0 /${n} | b`, `${m} | I1,Ev | D1 /${n} | wlq`,
    `${m} | Eb | D0 /${n} | b`, `${m} | Ev | D1 /${n} | wlq`,
    `${m} | Ib,Eb | C0 /${n} | b`, `${m} | Ib,Ev | C1 /${n} | wlq`,
    `${m} | CL,Eb | D2 /${n} | b`, `${m} | CL,Ev | D3 /${n} | wlq`,
  ]);
}

function conditionLines(): string[] {
  return CONDITION_CODES.flatMap(([cc, n]) => [
    `j${cc} | Jb | ${hex(0x70 + n)} | `,
    `j${cc} | Jz | 0F ${hex(0x80 + n)} | `,
    `set${cc} | Eb | 0F ${hex(0x90 + n)} /0 | b`,
    `cmov${cc} | Ev,Gv | 0F ${hex(0x40 + n)} /r | wlq`,
  ]);
}

function group3Lines(): string[] {
  const ops: Array<[string, number]> = [['not', 2], ['neg', 3], ['mul', 4], ['imul', 5], ['div', 6], ['idiv', 7]];
  return ops.flatMap(([m, n]) => [`${m} | Eb | F6 /${n} | b`, `${m} | Ev | F7 /${n} | wlq`]);
}

/** SSE arithmetic: one line per ps/pd/ss/sd flavour of `op W,V`. */
function sseLines(): string[] {
  const ops: Array<[string, number]> = [
    ['sqrt', 0x51], ['and', 0x54], ['andn', 0x55], ['or', 0x56], ['xor', 0x57], ['add', 0x58],
    ['mul', 0x59], ['sub', 0x5c], ['min', 0x5d], ['div', 0x5e], ['max', 0x5f],
  ];
  const out: string[] = [];
  for (const [m, op] of ops) {
    out.push(`${m}ps | W,V | 0F ${hex(op)} /r | `, `${m}pd | W,V | 66 0F ${hex(op)} /r | `);
    if (m !== 'and' && m !== 'andn' && m !== 'or' && m !== 'xor') {
      out.push(`${m}ss | W,V | F3 0F ${hex(op)} /r | `, `${m}sd | W,V | F2 0F ${hex(op)} /r | `);
    }
  }
  const packed: Array<[string, string]> = [
    ['paddb', 'FC'], ['paddw', 'FD'], ['paddd', 'FE'], ['paddq', 'D4'], ['psubb', 'F8'], ['psubw', 'F9'],
    ['psubd', 'FA'], ['psubq', 'FB'], ['pand', 'DB'], ['pandn', 'DF'], ['por', 'EB'], ['pxor', 'EF'],
    ['pcmpeqb', '74'], ['pcmpeqw', '75'], ['pcmpeqd', '76'], ['punpcklbw', '60'], ['punpcklwd', '61'],
    ['punpckldq', '62'], ['punpcklqdq', '6C'], ['punpckhqdq', '6D'], ['pmuludq', 'F4'], ['pmullw', 'D5'],
    ['pminub', 'DA'], ['pmaxub', 'DE'], ['psadbw', 'F6'], ['pcmpgtb', '64'], ['pcmpgtw', '65'], ['pcmpgtd', '66'],
    ['punpckhbw', '68'], ['punpckhwd', '69'], ['punpckhdq', '6A'], ['packsswb', '63'], ['packuswb', '67'],
    ['packssdw', '6B'], ['psrlw', 'D1'], ['psrld', 'D2'], ['psrlq', 'D3'], ['psraw', 'E1'], ['psrad', 'E2'],
    ['psllw', 'F1'], ['pslld', 'F2'], ['psllq', 'F3'], ['pmulhw', 'E5'], ['pmaddwd', 'F5'], ['paddusb', 'DC'],
    ['psubusb', 'D8'], ['pavgb', 'E0'], ['pminsw', 'EA'], ['pmaxsw', 'EE'],
  ];
  for (const [m, op] of packed) out.push(`${m} | W,V | 66 0F ${op} /r | `);
  // Shifts by an immediate: the opcode's ModRM.reg digit picks the shift (Intel's group 12-14).
  const shifts: Array<[string, string, number]> = [
    ['psrlw', '71', 2], ['psraw', '71', 4], ['psllw', '71', 6], ['psrld', '72', 2], ['psrad', '72', 4],
    ['pslld', '72', 6], ['psrlq', '73', 2], ['psrldq', '73', 3], ['psllq', '73', 6], ['pslldq', '73', 7],
  ];
  for (const [m, op, digit] of shifts) out.push(`${m} | Ib,U | 66 0F ${op} /${digit} | `);
  return out;
}

/** x87 arithmetic: fadd fmul fcom fcomp fsub fsubr fdiv fdivr in all their AT&T forms. */
function x87ArithLines(): string[] {
  const ops = ['fadd', 'fmul', 'fcom', 'fcomp', 'fsub', 'fsubr', 'fdiv', 'fdivr'];
  const out: string[] = [];
  ops.forEach((m, n) => {
    out.push(`${m}s | M | D8 /${n} | `, `${m}l | M | DC /${n} | `);
    out.push(`${m} | Fi,ST | D8 ${hex(0xc0 + n * 8)}+r | `);
    if (n === 2 || n === 3) {
      out.push(`${m} | Fi | D8 ${hex(0xc0 + n * 8)}+r | `);
      return;
    }
    // With a %st(i) destination AT&T keeps the digit's name (Intel's manual swaps sub/subr, div/divr).
    const rev = n;
    out.push(`${m} | ST,Fi | DC ${hex(0xc0 + rev * 8)}+r | `);
    out.push(`${m}p | ST,Fi | DE ${hex(0xc0 + rev * 8)}+r | `);
    out.push(`${m}p | Fi | DE ${hex(0xc0 + rev * 8)}+r | `);
    out.push(`${m}p | - | DE ${hex(0xc1 + rev * 8)} | `);
    const intOp = ['fiadd', 'fimul', 'ficom', 'ficomp', 'fisub', 'fisubr', 'fidiv', 'fidivr'][n];
    out.push(`${intOp}s | M | DE /${n} | `, `${intOp}l | M | DA /${n} | `);
  });
  out.push('fcomp | - | D8 D9 | ', 'fcom | - | D8 D1 | ');
  return out;
}

const SPEC: string[] = [
  ...aluLines(),
  // mov: the imm8/imm32 choices GNU as makes without -O (see reference §2).
  'mov | Gb,Eb | 88 /r | b', 'mov | Gv,Ev | 89 /r | wlq', 'mov | Eb,Gb | 8A /r | b', 'mov | Ev,Gv | 8B /r | wlq',
  'mov | Ib,Zb | B0 +r | b', 'mov | Iz,Zv | B8 +r | wl', 'mov | Ib,Eb | C6 /0 | b', 'mov | Iz,Ev | C7 /0 | wlq',
  'mov | Io,Zv | B8 +r | q',
  'mov | S,Rv | 8C /r | wlq d64', 'mov | S,M | 8C /r | w n66 dflt', 'mov | Rv,S | 8E /r | lwq n66 d64', 'mov | M,S | 8E /r | w n66 dflt',
  'mov | C,Rq | 0F 20 /r | q d64', 'mov | Rq,C | 0F 22 /r | q d64', 'mov | D,Rq | 0F 21 /r | q d64', 'mov | Rq,D | 0F 23 /r | q d64',
  'movabs | Io,Zv | B8 +r | q', 'movabs | Ov,Ab | A0 | b', 'movabs | Ov,Av | A1 | wlq',
  'movabs | Ab,Ov | A2 | b', 'movabs | Av,Ov | A3 | wlq',
  'lea | M,Gv | 8D /r | wlq addr',
  'movzbw | Eb,Gv | 0F B6 /r | w', 'movzbl | Eb,Gd | 0F B6 /r | ', 'movzbq | Eb,Gq | 0F B6 /r | W',
  'movzwl | Ew,Gd | 0F B7 /r | ', 'movzwq | Ew,Gq | 0F B7 /r | W',
  'movsbw | Eb,Gv | 0F BE /r | w', 'movsbl | Eb,Gd | 0F BE /r | ', 'movsbq | Eb,Gq | 0F BE /r | W',
  'movswl | Ew,Gd | 0F BF /r | ', 'movswq | Ew,Gq | 0F BF /r | W', 'movslq | Ed,Gq | 63 /r | W',
  'movzx | Eb,Gv | 0F B6 /r | wlq', 'movzx | Ew,Gv | 0F B7 /r | lq',
  'movsx | Eb,Gv | 0F BE /r | wlq', 'movsx | Ew,Gv | 0F BF /r | lq', 'movsxd | Ed,Gq | 63 /r | W',
  'movzb | Eb,Gv | 0F B6 /r | wlq', 'movzw | Ew,Gv | 0F B7 /r | lq',
  'movsb | Eb,Gv | 0F BE /r | wlq', 'movsw | Ew,Gv | 0F BF /r | lq', 'movsl | Ed,Gq | 63 /r | W',
  'test | Ib,Ab | A8 | b', 'test | Iz,Av | A9 | wlq', 'test | Ib,Eb | F6 /0 | b', 'test | Iz,Ev | F7 /0 | wlq',
  'test | Gb,Eb | 84 /r | b', 'test | Gv,Ev | 85 /r | wlq', 'test | Eb,Gb | 84 /r | b', 'test | Ev,Gv | 85 /r | wlq',
  'xchg | Zv,Av | 90 +r | wlq', 'xchg | Av,Zv | 90 +r | wlq',
  'xchg | Gb,Eb | 86 /r | b', 'xchg | Gv,Ev | 87 /r | wlq', 'xchg | Eb,Gb | 86 /r | b', 'xchg | Ev,Gv | 87 /r | wlq',
  'inc | Eb | FE /0 | b', 'inc | Ev | FF /0 | wlq', 'dec | Eb | FE /1 | b', 'dec | Ev | FF /1 | wlq',
  ...group3Lines(),
  'imul | Is,Ev,Gv | 6B /r | wlq', 'imul | Iz,Ev,Gv | 69 /r | wlq', 'imul | Is,Hv | 6B /r | wlq', 'imul | Iz,Hv | 69 /r | wlq',
  'imul | Ev,Gv | 0F AF /r | wlq',
  ...shiftLines(),
  'shld | Ib,Gv,Ev | 0F A4 /r | wlq', 'shld | CL,Gv,Ev | 0F A5 /r | wlq', 'shld | Gv,Ev | 0F A5 /r | wlq',
  'shrd | Ib,Gv,Ev | 0F AC /r | wlq', 'shrd | CL,Gv,Ev | 0F AD /r | wlq', 'shrd | Gv,Ev | 0F AD /r | wlq',
  'bt | Gv,Ev | 0F A3 /r | wlq', 'bts | Gv,Ev | 0F AB /r | wlq', 'btr | Gv,Ev | 0F B3 /r | wlq', 'btc | Gv,Ev | 0F BB /r | wlq',
  'bt | Ib,Ev | 0F BA /4 | wlq', 'bts | Ib,Ev | 0F BA /5 | wlq', 'btr | Ib,Ev | 0F BA /6 | wlq', 'btc | Ib,Ev | 0F BA /7 | wlq',
  'bsf | Ev,Gv | 0F BC /r | wlq', 'bsr | Ev,Gv | 0F BD /r | wlq',
  'tzcnt | Ev,Gv | F3 0F BC /r | wlq', 'lzcnt | Ev,Gv | F3 0F BD /r | wlq', 'popcnt | Ev,Gv | F3 0F B8 /r | wlq',
  'cmpxchg | Gb,Eb | 0F B0 /r | b', 'cmpxchg | Gv,Ev | 0F B1 /r | wlq', 'xadd | Gb,Eb | 0F C0 /r | b', 'xadd | Gv,Ev | 0F C1 /r | wlq',
  'cmpxchg8b | M | 0F C7 /1 | sfx:q', 'cmpxchg16b | M | 0F C7 /1 | W',
  'bswap | Zv | 0F C8 +r | lq',
  ...conditionLines(),
  'jmp | Jb | EB | q d64', 'jmp | Jz | E9 | q d64', 'jmp | K | FF /4 | q d64', 'call | Jz | E8 | q d64', 'call | K | FF /2 | q d64',
  'ljmp | Kv | FF /5 | lqw dflt', 'lcall | Kv | FF /3 | lqw dflt',
  'jrcxz | Jb | E3 | ', 'loop | Jb | E2 | ', 'loope | Jb | E1 | ', 'loopne | Jb | E0 | ', 'loopz | Jb | E1 | ', 'loopnz | Jb | E0 | ',
  'push | Zv | 50 +r | qw d64', 'push | Is | 6A | qw d64', 'push | Iz | 68 | qw d64', 'push | Ev | FF /6 | qw d64',
  'pop | Zv | 58 +r | qw d64', 'pop | Ev | 8F /0 | qw d64',
  'push | FS | 0F A0 | qw d64', 'pop | FS | 0F A1 | qw d64', 'push | GS | 0F A8 | qw d64', 'pop | GS | 0F A9 | qw d64',
  'ret | - | C3 | q d64', 'ret | Iw | C2 | q d64', 'ret | - | C3 | w', 'ret | Iw | C2 | w',
  'lret | - | CB | lqw', 'lret | Iw | CA | lqw', 'iret | - | CF | lqw',
  'enter | Iw,Ib | C8 | q d64', 'leave | - | C9 | q d64',
  'pushf | - | 9C | q d64', 'popf | - | 9D | q d64', 'pushfq | - | 9C | ', 'popfq | - | 9D | ',
  'int3 | - | CC | ', 'int | Ib | CD | ', 'int1 | - | F1 | ', 'ud2 | - | 0F 0B | ', 'hlt | - | F4 | ',
  'nop | - | 90 | ', 'nop | Ev | 0F 1F /0 | wl', 'pause | - | F3 90 | ',
  'cbtw | - | 98 | w', 'cwtl | - | 98 | ', 'cltq | - | 98 | W', 'cwtd | - | 99 | w', 'cltd | - | 99 | ', 'cqto | - | 99 | W',
  'cbw | - | 98 | w', 'cwde | - | 98 | ', 'cdqe | - | 98 | W', 'cwd | - | 99 | w', 'cdq | - | 99 | ', 'cqo | - | 99 | W',
  'clc | - | F8 | ', 'stc | - | F9 | ', 'cli | - | FA | ', 'sti | - | FB | ', 'cld | - | FC | ', 'std | - | FD | ', 'cmc | - | F5 | ',
  'sahf | - | 9E | ', 'lahf | - | 9F | ',
  'movsb | - | A4 | ', 'movsw | - | A5 | w', 'movsl | - | A5 | ', 'movsq | - | A5 | W', 'movs | - | A4 | b', 'movs | - | A5 | wlq',
  'cmpsb | - | A6 | ', 'cmpsw | - | A7 | w', 'cmpsl | - | A7 | ', 'cmpsq | - | A7 | W',
  'stos | - | AA | b', 'stos | - | AB | wlq', 'lods | - | AC | b', 'lods | - | AD | wlq', 'scas | - | AE | b', 'scas | - | AF | wlq',
  'in | Ib,Ab | E4 | b', 'in | Ib,Av | E5 | wl', 'in | DX,Ab | EC | b', 'in | DX,Av | ED | wl', 'in | DX | EC | b', 'in | DX | ED | wl',
  'out | Ab,Ib | E6 | b', 'out | Av,Ib | E7 | wl', 'out | Ab,DX | EE | b', 'out | Av,DX | EF | wl', 'out | DX | EE | b', 'out | DX | EF | wl',
  'insb | - | 6C | ', 'insw | - | 6D | w', 'insl | - | 6D | ', 'outsb | - | 6E | ', 'outsw | - | 6F | w', 'outsl | - | 6F | ',
  'syscall | - | 0F 05 | ', 'sysret | - | 0F 07 | lq', 'sysenter | - | 0F 34 | ', 'sysexit | - | 0F 35 | lq',
  'swapgs | - | 0F 01 F8 | ', 'rdtscp | - | 0F 01 F9 | ', 'wrmsr | - | 0F 30 | ', 'rdtsc | - | 0F 31 | ', 'rdmsr | - | 0F 32 | ',
  'rdpmc | - | 0F 33 | ', 'cpuid | - | 0F A2 | ', 'clts | - | 0F 06 | ', 'invd | - | 0F 08 | ', 'wbinvd | - | 0F 09 | ',
  'monitor | - | 0F 01 C8 | ', 'mwait | - | 0F 01 C9 | ', 'clac | - | 0F 01 CA | ', 'stac | - | 0F 01 CB | ',
  'xgetbv | - | 0F 01 D0 | ', 'xsetbv | - | 0F 01 D1 | ',
  'lfence | - | 0F AE E8 | ', 'mfence | - | 0F AE F0 | ', 'sfence | - | 0F AE F8 | ', 'endbr64 | - | F3 0F 1E FA | ',
  'sldt | Ev | 0F 00 /0 | wlq m16', 'str | Ev | 0F 00 /1 | wlq m16', 'lldt | Ew | 0F 00 /2 | sfx:w', 'ltr | Ew | 0F 00 /3 | sfx:w',
  'verr | Ew | 0F 00 /4 | sfx:w', 'verw | Ew | 0F 00 /5 | sfx:w',
  'sgdt | M | 0F 01 /0 | sfx:q', 'sidt | M | 0F 01 /1 | sfx:q', 'lgdt | M | 0F 01 /2 | sfx:q', 'lidt | M | 0F 01 /3 | sfx:q',
  'smsw | Ev | 0F 01 /4 | wlq m16', 'lmsw | Ew | 0F 01 /6 | sfx:w', 'invlpg | M | 0F 01 /7 | ',
  'lar | Ev,Gv | 0F 02 /r | wlq', 'lsl | Ev,Gv | 0F 03 /r | wlq',
  'prefetchnta | M | 0F 18 /0 | ', 'prefetcht0 | M | 0F 18 /1 | ', 'prefetcht1 | M | 0F 18 /2 | ',
  'prefetcht2 | M | 0F 18 /3 | ', 'prefetchw | M | 0F 0D /1 | ',
  'fxsave | M | 0F AE /0 | ', 'fxrstor | M | 0F AE /1 | ', 'ldmxcsr | M | 0F AE /2 | ', 'stmxcsr | M | 0F AE /3 | ',
  'xsave | M | 0F AE /4 | ', 'xrstor | M | 0F AE /5 | ', 'clflush | M | 0F AE /7 | ',
  'fxsave64 | M | 0F AE /0 | W', 'fxrstor64 | M | 0F AE /1 | W',
  'rdrand | Rv | 0F C7 /6 | wlq', 'rdseed | Rv | 0F C7 /7 | wlq',
  'rdfsbase | Rv | F3 0F AE /0 | lq', 'rdgsbase | Rv | F3 0F AE /1 | lq',
  'wrfsbase | Rv | F3 0F AE /2 | lq', 'wrgsbase | Rv | F3 0F AE /3 | lq',
  'movnti | Gv,M | 0F C3 /r | lq',
  'crc32b | Eb,Gv | F2 0F 38 F0 /r | lq', 'crc32w | Ew,Gd | F2 0F 38 F1 /r | w', 'crc32l | Ed,Gd | F2 0F 38 F1 /r | ',
  'crc32q | Eq,Gq | F2 0F 38 F1 /r | W',
  // SSE/SSE2 moves and conversions.
  'movups | W,V | 0F 10 /r | ', 'movups | V,M | 0F 11 /r | ', 'movupd | W,V | 66 0F 10 /r | ', 'movupd | V,M | 66 0F 11 /r | ',
  'movss | W,V | F3 0F 10 /r | ', 'movss | V,M | F3 0F 11 /r | ', 'movsd | W,V | F2 0F 10 /r | ', 'movsd | V,M | F2 0F 11 /r | ',
  'movaps | W,V | 0F 28 /r | ', 'movaps | V,M | 0F 29 /r | ', 'movapd | W,V | 66 0F 28 /r | ', 'movapd | V,M | 66 0F 29 /r | ',
  'movdqa | W,V | 66 0F 6F /r | ', 'movdqa | V,M | 66 0F 7F /r | ', 'movdqu | W,V | F3 0F 6F /r | ', 'movdqu | V,M | F3 0F 7F /r | ',
  'movlps | M,V | 0F 12 /r | ', 'movlps | V,M | 0F 13 /r | ', 'movhps | M,V | 0F 16 /r | ', 'movhps | V,M | 0F 17 /r | ',
  'movlpd | M,V | 66 0F 12 /r | ', 'movlpd | V,M | 66 0F 13 /r | ', 'movhpd | M,V | 66 0F 16 /r | ', 'movhpd | V,M | 66 0F 17 /r | ',
  'movhlps | U,V | 0F 12 /r | ', 'movlhps | U,V | 0F 16 /r | ',
  'unpcklps | W,V | 0F 14 /r | ', 'unpckhps | W,V | 0F 15 /r | ', 'unpcklpd | W,V | 66 0F 14 /r | ', 'unpckhpd | W,V | 66 0F 15 /r | ',
  'movd | Ed,V | 66 0F 6E /r | ', 'movd | V,Ed | 66 0F 7E /r | ',
  'movq | W,V | F3 0F 7E /r | ', 'movq | V,M | 66 0F D6 /r | ', 'movq | Eq,V | 66 0F 6E /r | W', 'movq | V,Eq | 66 0F 7E /r | W',
  'cvtsi2ss | Ev,V | F3 0F 2A /r | lq', 'cvtsi2sd | Ev,V | F2 0F 2A /r | lq',
  'cvttss2si | W,Gv | F3 0F 2C /r | lq', 'cvttsd2si | W,Gv | F2 0F 2C /r | lq',
  'cvtss2si | W,Gv | F3 0F 2D /r | lq', 'cvtsd2si | W,Gv | F2 0F 2D /r | lq',
  'ucomiss | W,V | 0F 2E /r | ', 'ucomisd | W,V | 66 0F 2E /r | ', 'comiss | W,V | 0F 2F /r | ', 'comisd | W,V | 66 0F 2F /r | ',
  'movmskps | U,Gd | 0F 50 /r | ', 'movmskpd | U,Gd | 66 0F 50 /r | ', 'pmovmskb | U,Gd | 66 0F D7 /r | ',
  'rsqrtps | W,V | 0F 52 /r | ', 'rsqrtss | W,V | F3 0F 52 /r | ', 'rcpps | W,V | 0F 53 /r | ', 'rcpss | W,V | F3 0F 53 /r | ',
  'cvtss2sd | W,V | F3 0F 5A /r | ', 'cvtsd2ss | W,V | F2 0F 5A /r | ', 'cvtps2pd | W,V | 0F 5A /r | ', 'cvtpd2ps | W,V | 66 0F 5A /r | ',
  'cvtdq2ps | W,V | 0F 5B /r | ', 'cvtps2dq | W,V | 66 0F 5B /r | ', 'cvttps2dq | W,V | F3 0F 5B /r | ',
  'cvtdq2pd | W,V | F3 0F E6 /r | ', 'cvttpd2dq | W,V | 66 0F E6 /r | ', 'cvtpd2dq | W,V | F2 0F E6 /r | ',
  'cmpps | Ib,W,V | 0F C2 /r | ', 'cmppd | Ib,W,V | 66 0F C2 /r | ', 'cmpss | Ib,W,V | F3 0F C2 /r | ', 'cmpsd | Ib,W,V | F2 0F C2 /r | ',
  'shufps | Ib,W,V | 0F C6 /r | ', 'shufpd | Ib,W,V | 66 0F C6 /r | ', 'pshufd | Ib,W,V | 66 0F 70 /r | ',
  ...sseLines(),
  // x87.
  'flds | M | D9 /0 | ', 'fldl | M | DD /0 | ', 'fldt | M | DB /5 | ', 'fld | Fi | D9 C0 +r | ',
  'fsts | M | D9 /2 | ', 'fstl | M | DD /2 | ', 'fst | Fi | DD D0 +r | ',
  'fstps | M | D9 /3 | ', 'fstpl | M | DD /3 | ', 'fstpt | M | DB /7 | ', 'fstp | Fi | DD D8 +r | ',
  'filds | M | DF /0 | ', 'fildl | M | DB /0 | ', 'fildll | M | DF /5 | ', 'fildq | M | DF /5 | ',
  'fists | M | DF /2 | ', 'fistl | M | DB /2 | ',
  'fistps | M | DF /3 | ', 'fistpl | M | DB /3 | ', 'fistpll | M | DF /7 | ', 'fistpq | M | DF /7 | ',
  'fisttps | M | DF /1 | ', 'fisttpl | M | DB /1 | ', 'fisttpll | M | DD /1 | ', 'fisttpq | M | DD /1 | ',
  'fldcw | M | D9 /5 | ', 'fnstcw | M | D9 /7 | ', 'fstcw | M | 9B D9 /7 | ', 'fnstsw | A? | DF E0 | ', 'fnstsw | M | DD /7 | ',
  'fnstenv | M | D9 /6 | ', 'fldenv | M | D9 /4 | ', 'fstenv | M | 9B D9 /6 | ',
  'fstsw | A? | 9B DF E0 | ', 'fstsw | M | 9B DD /7 | ', 'fclex | - | 9B DB E2 | ',
  // Without an operand the status word goes to %ax too (GNU as; objdump prints the %ax form above).
  'fnstsw | - | DF E0 | ', 'fstsw | - | 9B DF E0 | ',
  'fnsave | M | DD /6 | ', 'fsave | M | 9B DD /6 | ', 'frstor | M | DD /4 | ',
  'fbld | M | DF /4 | ', 'fbstp | M | DF /6 | ', 'ffreep | Fi | DF C0 +r | ',
  'fxch | Fi | D9 C8 +r | ', 'fxch | - | D9 C9 | ',
  'fucomi | Fi,ST | DB E8 +r | ', 'fucomip | Fi,ST | DF E8 +r | ', 'fcomi | Fi,ST | DB F0 +r | ', 'fcomip | Fi,ST | DF F0 +r | ',
  'fucom | Fi | DD E0 +r | ', 'fucomp | Fi | DD E8 +r | ', 'fucom | - | DD E1 | ', 'fucomp | - | DD E9 | ', 'fucompp | - | DA E9 | ',
  'fcompp | - | DE D9 | ', 'ffree | Fi | DD C0 +r | ',
  'fcmovb | Fi,ST | DA C0 +r | ', 'fcmove | Fi,ST | DA C8 +r | ', 'fcmovbe | Fi,ST | DA D0 +r | ', 'fcmovu | Fi,ST | DA D8 +r | ',
  'fcmovnb | Fi,ST | DB C0 +r | ', 'fcmovne | Fi,ST | DB C8 +r | ', 'fcmovnbe | Fi,ST | DB D0 +r | ', 'fcmovnu | Fi,ST | DB D8 +r | ',
  ...x87ArithLines(),
  'fchs | - | D9 E0 | ', 'fabs | - | D9 E1 | ', 'ftst | - | D9 E4 | ', 'fxam | - | D9 E5 | ', 'fld1 | - | D9 E8 | ',
  'fldl2t | - | D9 E9 | ', 'fldl2e | - | D9 EA | ', 'fldpi | - | D9 EB | ', 'fldlg2 | - | D9 EC | ', 'fldln2 | - | D9 ED | ',
  'fldz | - | D9 EE | ', 'f2xm1 | - | D9 F0 | ', 'fyl2x | - | D9 F1 | ', 'fptan | - | D9 F2 | ', 'fpatan | - | D9 F3 | ',
  'fxtract | - | D9 F4 | ', 'fprem1 | - | D9 F5 | ', 'fdecstp | - | D9 F6 | ', 'fincstp | - | D9 F7 | ', 'fprem | - | D9 F8 | ',
  'fyl2xp1 | - | D9 F9 | ', 'fsqrt | - | D9 FA | ', 'fsincos | - | D9 FB | ', 'frndint | - | D9 FC | ', 'fscale | - | D9 FD | ',
  'fsin | - | D9 FE | ', 'fcos | - | D9 FF | ', 'fninit | - | DB E3 | ', 'finit | - | 9B DB E3 | ', 'fnclex | - | DB E2 | ',
  'fwait | - | 9B | ', 'wait | - | 9B | ', 'fnop | - | D9 D0 | ',
  // Instructions compilers rarely write but the emulator runs (hand-written assembly,
  // other toolchains' libraries); listed so the emulator's decoder finds them here too.
  'xlatb | - | D7 | ', 'prefetch | M | 0F 0D /0 | ', 'emms | - | 0F 77 | ',
  'movntps | V,M | 0F 2B /r | ', 'movntpd | V,M | 66 0F 2B /r | ', 'movntdq | V,M | 66 0F E7 /r | ',
  'pshufhw | Ib,W,V | F3 0F 70 /r | ', 'pshuflw | Ib,W,V | F2 0F 70 /r | ',
  'pinsrw | Ib,Ed,V | 66 0F C4 /r | ', 'pextrw | Ib,U,Gd | 66 0F C5 /r | ',
  'paddsb | W,V | 66 0F EC /r | ', 'paddsw | W,V | 66 0F ED /r | ', 'paddusw | W,V | 66 0F DD /r | ',
  'psubsb | W,V | 66 0F E8 /r | ', 'psubsw | W,V | 66 0F E9 /r | ', 'psubusw | W,V | 66 0F D9 /r | ',
  'pmulhuw | W,V | 66 0F E4 /r | ', 'pavgw | W,V | 66 0F E3 /r | ',
  // The store direction of register-to-register moves (GNU as writes the load direction).
  'movups | V,U | 0F 11 /r | ', 'movupd | V,U | 66 0F 11 /r | ', 'movss | V,U | F3 0F 11 /r | ', 'movsd | V,U | F2 0F 11 /r | ',
  'movaps | V,U | 0F 29 /r | ', 'movapd | V,U | 66 0F 29 /r | ', 'movdqa | V,U | 66 0F 7F /r | ', 'movdqu | V,U | F3 0F 7F /r | ',
  'movq | V,U | 66 0F D6 /r | ',
  // Less common spellings and instructions GNU as accepts (assembler breadth); after the
  // forms above so that every decoder still meets those first.
  'in | Ib | E4 | b', 'in | Ib | E5 | wl', 'out | Ib | E6 | b', 'out | Ib | E7 | wl',
  'pushf | - | 9C | w', 'popf | - | 9D | w', 'leave | - | C9 | w', 'nop | Ev | 0F 1F /0 | q',
  'ud0 | Ev,Gd | 0F FF /r | ', 'ud1 | Ev,Gd | 0F B9 /r | ', 'endbr32 | - | F3 0F 1E FB | ',
  'xsaveopt | M | 0F AE /6 | ', 'xsaveopt64 | M | 0F AE /6 | W', 'xsave64 | M | 0F AE /4 | W', 'xrstor64 | M | 0F AE /5 | W',
  'xsavec | M | 0F C7 /4 | ', 'xsavec64 | M | 0F C7 /4 | W', 'clflushopt | M | 66 0F AE /7 | ', 'clwb | M | 66 0F AE /6 | ',
  'invpcid | M,Gq | 66 0F 38 82 /r | ', 'maskmovdqu | U,V | 66 0F F7 /r | ',
];

const formsByMnemonic = new Map<string, InstrForm[]>();
/** The union of the operand sizes of all forms of a mnemonic: > 1 means a suffix or register must decide. */
const sizeChoices = new Map<string, number>();

function parseLine(line: string): InstrForm {
  const [mnemonic, ops, enc, flags] = line.split('|').map((s) => s.trim());
  const operands = ops === '-' ? [] : (ops.split(',').map((s) => (s === 'A?' ? 'Aw' : s)) as OperandKind[]);
  const prefixes: number[] = [];
  const opcode: number[] = [];
  let modrm: number | undefined;
  let plusReg = false;
  const tokens = enc.split(/\s+/);
  for (const tok of tokens) {
    if (tok === '/r') modrm = -1;
    else if (tok[0] === '/') modrm = Number(tok[1]);
    else if (tok === '+r') plusReg = true;
    else if (tok.endsWith('+r')) {
      opcode.push(parseInt(tok, 16));
      plusReg = true;
    } else {
      const byte = parseInt(tok, 16);
      if (opcode.length === 0 && (byte === 0x66 || byte === 0xf2 || byte === 0xf3) && tokens.length > 1) prefixes.push(byte);
      else opcode.push(byte);
    }
  }
  const flagWords = (flags ?? '').split(/\s+/).filter((w) => w);
  const sizeWord = flagWords.find((w) => /^[bwlq]+$/.test(w)) ?? '';
  return {
    mnemonic,
    operands,
    prefixes,
    opcode,
    modrm,
    plusReg,
    sizes: [...sizeWord].map((c) => SUFFIX_SIZE[c]),
    default64: flagWords.includes('d64'),
    rexW: flagWords.includes('W'),
    no66: flagWords.includes('n66'),
    sizeDefault: flagWords.includes('dflt'),
    truncatesAddress: flagWords.includes('addr'),
    extraSuffixes: [...(flagWords.find((w) => w.startsWith('sfx:'))?.slice(4) ?? '')].map((c) => SUFFIX_SIZE[c]),
    memory16: flagWords.includes('m16'),
  };
}

for (const line of SPEC) {
  const form = parseLine(line);
  let list = formsByMnemonic.get(form.mnemonic);
  if (!list) formsByMnemonic.set(form.mnemonic, (list = []));
  list.push(form);
}
for (const [mnemonic, list] of formsByMnemonic) {
  const seen = new Set<number>();
  for (const f of list) for (const s of f.sizes) seen.add(s);
  sizeChoices.set(mnemonic, seen.size);
}

/** The forms of a mnemonic written exactly this way (no suffix stripping). */
export function formsOf(mnemonic: string): readonly InstrForm[] | undefined {
  return formsByMnemonic.get(mnemonic);
}

/** How many operand sizes the mnemonic can have (a suffix or register must pick when > 1). */
export function sizeChoiceCount(mnemonic: string): number {
  return sizeChoices.get(mnemonic) ?? 0;
}

/** Every form, in table order (for the disassembler's reverse index). */
export function allForms(): InstrForm[] {
  return [...formsByMnemonic.values()].flat();
}

export function suffixSize(c: string): number | undefined {
  return SUFFIX_SIZE[c];
}
