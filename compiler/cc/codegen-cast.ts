/**
 * Conversions between scalar types: the value is in %rax (integers, pointers), %xmm0
 * (float, double) or %st(0) (long double), and stays in the register of its new type.
 */
import type { Gen } from './codegen-state.js';
import { cmpZero } from './codegen-expr.js';
import type { Type } from './types.js';

/** Type id for the cast table. */
type TypeId = 'i8' | 'i16' | 'i32' | 'i64' | 'u8' | 'u16' | 'u32' | 'u64' | 'f32' | 'f64' | 'f80';

function typeId(t: Type): TypeId {
  switch (t.kind) {
    case 'bool': return 'u8';
    case 'char': return t.isUnsigned ? 'u8' : 'i8';
    case 'short': return t.isUnsigned ? 'u16' : 'i16';
    case 'int': case 'enum':
      if (t.size === 8) return t.isUnsigned ? 'u64' : 'i64';
      return t.isUnsigned ? 'u32' : 'i32';
    case 'long': return t.isUnsigned ? 'u64' : 'i64';
    case 'float': return 'f32';
    case 'double': return 'f64';
    case 'ldouble': return 'f80';
    default: return 'u64';
  }
}

const extendTo64: Record<string, string> = {
  i8: '\tmovsbq %al, %rax', u8: '\tmovzbl %al, %eax', i16: '\tmovswq %ax, %rax', u16: '\tmovzwl %ax, %eax',
  i32: '\tmovslq %eax, %rax', u32: '\tmov %eax, %eax',
};

const truncate: Record<string, string> = {
  i8: '\tmovsbl %al, %eax', u8: '\tmovzbl %al, %eax', i16: '\tmovswl %ax, %eax', u16: '\tmovzwl %ax, %eax',
};

export function genCast(g: Gen, from: Type, to: Type): void {
  if (to.kind === 'void') {
    if (from.kind === 'ldouble') g.emit('\tfstp %st(0)');
    return;
  }
  if (to.kind === 'bool') {
    cmpZero(g, from);
    g.emit('\tsetne %al', '\tmovzbl %al, %eax');
    return;
  }
  const f = typeId(from);
  const t = typeId(to);
  if (f === t) return;
  if (f === 'f80' || t === 'f80') {
    castX87(g, f, t);
    return;
  }
  const fFloat = f === 'f32' || f === 'f64';
  const tFloat = t === 'f32' || t === 'f64';
  if (!fFloat && !tFloat) {
    const fs = intSize(f);
    const ts = intSize(t);
    if (ts > fs) g.emit(extendTo64[f]);
    else if (truncate[t]) g.emit(truncate[t]);
    return;
  }
  if (fFloat && tFloat) {
    g.emit(f === 'f32' ? '\tcvtss2sd %xmm0, %xmm0' : '\tcvtsd2ss %xmm0, %xmm0');
    return;
  }
  if (tFloat) intToFloat(g, f, t === 'f32' ? 'ss' : 'sd');
  else floatToInt(g, f === 'f32' ? 'ss' : 'sd', t);
}

/**
 * Conversions to and from long double go through memory: the x87 stack holds the
 * long double "accumulator" the way %xmm0 holds a double.
 */
function castX87(g: Gen, f: TypeId, t: TypeId): void {
  g.emit('\tsub $16, %rsp');
  if (t === 'f80') {
    if (f === 'f64') g.emit('\tmovsd %xmm0, (%rsp)', '\tfldl (%rsp)');
    else if (f === 'f32') g.emit('\tmovss %xmm0, (%rsp)', '\tflds (%rsp)');
    else {
      if (f !== 'i64' && f !== 'u64') g.emit(extendTo64[f]);
      g.emit('\tmov %rax, (%rsp)', '\tfildq (%rsp)');
      if (f === 'u64') {
        // fild reads signed: add 2^64 back when the top bit was set.
        const ok = g.newLabel();
        g.emit('\ttest %rax, %rax', `\tjns ${ok}`, '\tmovl $0x5f800000, 8(%rsp)', '\tfadds 8(%rsp)');
        g.label(ok);
      }
    }
  } else if (t === 'f64') {
    g.emit('\tfstpl (%rsp)', '\tmovsd (%rsp), %xmm0');
  } else if (t === 'f32') {
    g.emit('\tfstps (%rsp)', '\tmovss (%rsp), %xmm0');
  } else if (t === 'u64') {
    // fistp stores signed: from 2^63 up, subtract 2^63 first and put the top bit back.
    const small = g.newLabel();
    const done = g.newLabel();
    g.emit('\tmovl $0x5f000000, 8(%rsp)', '\tflds 8(%rsp)', '\tfcomip %st(1), %st', `\tja ${small}`, '\tfsubs 8(%rsp)');
    truncatingStore(g, 'fistpq', 'mov');
    g.emit('\tbtc $63, %rax', `\tjmp ${done}`);
    g.label(small);
    truncatingStore(g, 'fistpq', 'mov');
    g.label(done);
  } else {
    // Like gcc, store through the narrowest signed integer that holds every value of the
    // target type, so out-of-range values give the same "integer indefinite" bits.
    const [fist, load] = t === 'i8' || t === 'u8' || t === 'i16' ? ['fistps', 'movswq']
      : t === 'u16' || t === 'i32' ? ['fistpl', 'movslq'] : ['fistpq', 'mov'];
    truncatingStore(g, fist, load);
    if (truncate[t]) g.emit(truncate[t]);
  }
  g.emit('\tadd $16, %rsp');
}

/** %st(0) → %rax, rounded toward zero as C converts (the x87 rounds unless its control word says otherwise). */
function truncatingStore(g: Gen, fist: string, load: string): void {
  g.emit('\tfnstcw (%rsp)', '\tmovzwl (%rsp), %eax', '\tor $0xc00, %eax', '\tmov %ax, 2(%rsp)', '\tfldcw 2(%rsp)',
    `\t${fist} 8(%rsp)`, '\tfldcw (%rsp)', `\t${load} 8(%rsp), %rax`);
}

function intSize(id: TypeId): number {
  return Number(id.slice(1)) / 8;
}

function intToFloat(g: Gen, f: TypeId, sfx: 'ss' | 'sd'): void {
  if (f === 'u64') {
    // No unsigned conversion before AVX-512: halve (keeping the low bit), convert, double.
    const big = g.newLabel();
    const end = g.newLabel();
    g.emit('\ttest %rax, %rax', `\tjs ${big}`, `\tpxor %xmm0, %xmm0`, `\tcvtsi2${sfx}q %rax, %xmm0`, `\tjmp ${end}`);
    g.label(big);
    g.emit('\tmov %rax, %rdi', '\tand $1, %eax', '\tshr %rdi', '\tor %rax, %rdi', '\tpxor %xmm0, %xmm0',
      `\tcvtsi2${sfx}q %rdi, %xmm0`, `\tadd${sfx} %xmm0, %xmm0`);
    g.label(end);
    return;
  }
  if (f !== 'i64') g.emit(extendTo64[f]);
  g.emit('\tpxor %xmm0, %xmm0', `\tcvtsi2${sfx}q %rax, %xmm0`);
}

function floatToInt(g: Gen, sfx: 'ss' | 'sd', t: TypeId): void {
  if (t === 'u64') {
    // Values >= 2^63 do not fit cvtt*2si: subtract 2^63 first and put the bit back.
    const big = g.newLabel();
    const end = g.newLabel();
    const limit = sfx === 'sd' ? '0x43e0000000000000' : '0x5f000000';
    g.emit(`\tmov $${limit}, %rax`);
    g.emit(sfx === 'sd' ? '\tmovq %rax, %xmm1' : '\tmovd %eax, %xmm1');
    g.emit(`\tucomi${sfx} %xmm1, %xmm0`, `\tjae ${big}`, `\tcvtt${sfx}2si %xmm0, %rax`, `\tjmp ${end}`);
    g.label(big);
    g.emit(`\tsub${sfx} %xmm1, %xmm0`, `\tcvtt${sfx}2si %xmm0, %rax`, '\tbtc $63, %rax');
    g.label(end);
    return;
  }
  // Types that fit an int convert through the 32-bit form, as gcc's do: an out-of-range
  // value then gives the same bits.
  const narrow = t === 'i8' || t === 'u8' || t === 'i16' || t === 'u16' || t === 'i32';
  g.emit(narrow ? `\tcvtt${sfx}2si %xmm0, %eax` : `\tcvtt${sfx}2si %xmm0, %rax`);
  if (truncate[t]) g.emit(truncate[t]);
}
