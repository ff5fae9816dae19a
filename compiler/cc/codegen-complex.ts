/**
 * Complex arithmetic ('complex' nodes, see complex.ts). Operands are complex values, so
 * genExpr leaves their addresses in %rax; the left one goes to %rdi, the right one to
 * %rsi, and the result is written to the node's slot in the frame, whose address is the
 * node's value. float and double parts use SSE, long double parts the x87.
 */
import type { Node, Obj } from './ast.js';
import type { ComplexOp } from './complex.js';
import { genExpr } from './codegen-expr.js';
import type { Gen } from './codegen-state.js';
import { errorAt } from './report.js';
import { isInteger, type Type } from './types.js';

/** SSE spellings for one part type. */
interface Part {
  size: number;
  mov: string; // movss / movsd
  sfx: string; // ss / sd
  minusOne: string[]; // loads -1.0 into %xmm7
}

function partOf(base: Type): Part | undefined {
  if (base.kind === 'float') return { size: 4, mov: 'movss', sfx: 'ss', minusOne: ['\tmov $0xbf800000, %ecx', '\tmovd %ecx, %xmm7'] };
  if (base.kind === 'double') {
    return { size: 8, mov: 'movsd', sfx: 'sd', minusOne: ['\tmovabs $0xbff0000000000000, %rcx', '\tmovq %rcx, %xmm7'] };
  }
  return undefined; // long double: x87
}

export function genComplex(g: Gen, n: Node): void {
  const op = n.label as ComplexOp;
  const slot = g.complexSlots.get(n);
  const partTy = (n.lhs!.ty!.complexBase ?? n.ty!.complexBase)!;
  if (op === 'convert' && (isInteger(partTy) || isInteger(n.ty!.complexBase!))) return genIntConvert(g, n, slot!);
  if (isInteger(partTy) && op !== 'convert') return genIntComplex(g, n, op, slot);
  switch (op) {
    case 'fromReal': return genFromReal(g, n, slot!, 0);
    case 'fromImag': return genFromReal(g, n, slot!, 1);
    case 'convert': return genConvert(g, n, slot!);
    case 'toBool': return genToBool(g, n);
    case 'neg': case 'conj': return genNegate(g, n, op, slot!);
    default: break;
  }
  genExpr(g, n.lhs!);
  g.push();
  genExpr(g, n.rhs!);
  g.emit('\tmov %rax, %rsi');
  g.pop('%rdi');
  const base = n.lhs!.ty!.complexBase!;
  const p = partOf(base);
  if (op === 'eq' || op === 'ne') {
    for (const at of [0, base.size]) {
      if (p) g.emit(`\t${p.mov} ${at}(%rdi), %xmm0`, `\tucomi${p.sfx} ${at}(%rsi), %xmm0`);
      else g.emit(`\tfldt ${at}(%rdi)`, `\tfldt ${at}(%rsi)`, '\tfucomip %st(1), %st', '\tfstp %st(0)');
      g.emit(at === 0 ? '\tsete %al' : '\tsete %dl', '\tsetnp %cl', at === 0 ? '\tand %cl, %al' : '\tand %cl, %dl');
    }
    g.emit('\tand %dl, %al', '\tmovzbl %al, %eax');
    if (op === 'ne') g.emit('\txor $1, %eax');
    return;
  }
  const s = slot!.offset;
  if (!p) {
    genX87Complex(g, op, s);
    return;
  }
  const { size, mov, sfx } = p;
  // a + bi (xmm0, xmm1) op c + di (xmm2, xmm3)
  g.emit(`\t${mov} (%rdi), %xmm0`, `\t${mov} ${size}(%rdi), %xmm1`, `\t${mov} (%rsi), %xmm2`, `\t${mov} ${size}(%rsi), %xmm3`);
  switch (op) {
    case 'add': case 'sub':
      g.emit(`\t${op}${sfx} %xmm2, %xmm0`, `\t${op}${sfx} %xmm3, %xmm1`);
      break;
    case 'mul':
      // (ac - bd) + (ad + bc)i
      g.emit('\tmovaps %xmm0, %xmm4', `\tmul${sfx} %xmm2, %xmm4`, '\tmovaps %xmm1, %xmm5', `\tmul${sfx} %xmm3, %xmm5`,
        `\tsub${sfx} %xmm5, %xmm4`, `\tmul${sfx} %xmm3, %xmm0`, `\tmul${sfx} %xmm2, %xmm1`, `\tadd${sfx} %xmm1, %xmm0`,
        '\tmovaps %xmm0, %xmm1', '\tmovaps %xmm4, %xmm0');
      break;
    case 'div':
      genSmithDivision(g, sfx);
      break;
    default:
      errorAt(n.tok, `internal: complex '${op}'`);
  }
  g.emit(`\t${mov} %xmm0, ${s}(%rbp)`, `\t${mov} %xmm1, ${s + size}(%rbp)`, `\tlea ${s}(%rbp), %rax`);
}

/**
 * (a + bi) / (c + di) by Smith's method, as libgcc's __divdc3 does for finite values:
 * divide by the larger of |c| and |d| first so the intermediate results do not overflow.
 */
function genSmithDivision(g: Gen, sfx: string): void {
  const bigD = g.newLabel();
  const done = g.newLabel();
  const abs = (from: string, to: string): string[] =>
    [`\tmovaps ${from}, ${to}`, `\tmul${sfx} ${to}, ${to}`]; // squares compare like magnitudes
  g.emit(...abs('%xmm2', '%xmm6'), ...abs('%xmm3', '%xmm7'), `\tucomi${sfx} %xmm6, %xmm7`, `\tja ${bigD}`);
  // |c| >= |d|: r = d/c, den = c + d*r, re = (a + b*r)/den, im = (b - a*r)/den
  g.emit('\tmovaps %xmm3, %xmm4', `\tdiv${sfx} %xmm2, %xmm4`, '\tmovaps %xmm3, %xmm5', `\tmul${sfx} %xmm4, %xmm5`,
    `\tadd${sfx} %xmm2, %xmm5`, '\tmovaps %xmm1, %xmm6', `\tmul${sfx} %xmm4, %xmm6`, `\tadd${sfx} %xmm0, %xmm6`,
    `\tmul${sfx} %xmm4, %xmm0`, `\tsub${sfx} %xmm0, %xmm1`, `\tdiv${sfx} %xmm5, %xmm6`, `\tdiv${sfx} %xmm5, %xmm1`,
    '\tmovaps %xmm6, %xmm0', `\tjmp ${done}`);
  g.label(bigD);
  // |c| < |d|: r = c/d, den = c*r + d, re = (a*r + b)/den, im = (b*r - a)/den
  g.emit('\tmovaps %xmm2, %xmm4', `\tdiv${sfx} %xmm3, %xmm4`, '\tmovaps %xmm2, %xmm5', `\tmul${sfx} %xmm4, %xmm5`,
    `\tadd${sfx} %xmm3, %xmm5`, '\tmovaps %xmm0, %xmm6', `\tmul${sfx} %xmm4, %xmm6`, `\tadd${sfx} %xmm1, %xmm6`,
    `\tmul${sfx} %xmm4, %xmm1`, `\tsub${sfx} %xmm0, %xmm1`, `\tdiv${sfx} %xmm5, %xmm6`, `\tdiv${sfx} %xmm5, %xmm1`,
    '\tmovaps %xmm6, %xmm0');
  g.label(done);
}

/** A real value (already of the part type) as the real (part 0) or imaginary (1) part; the other is zero. */
function genFromReal(g: Gen, n: Node, slot: Obj, part: 0 | 1): void {
  const base = n.ty!.complexBase!;
  const at = slot.offset + part * base.size;
  const other = slot.offset + (1 - part) * base.size;
  genExpr(g, n.lhs!);
  const p = partOf(base);
  if (p) g.emit(`\t${p.mov} %xmm0, ${at}(%rbp)`, '\txorps %xmm0, %xmm0', `\t${p.mov} %xmm0, ${other}(%rbp)`);
  else g.emit(`\tfstpt ${at}(%rbp)`, '\tfldz', `\tfstpt ${other}(%rbp)`);
  g.emit(`\tlea ${slot.offset}(%rbp), %rax`);
}

/** Between complex float, double and long double, part by part. */
function genConvert(g: Gen, n: Node, slot: Obj): void {
  const from = n.lhs!.ty!.complexBase!;
  const to = n.ty!.complexBase!;
  const s = slot.offset;
  genExpr(g, n.lhs!);
  const load = (t: Type, mem: string): string => (t.kind === 'float' ? `flds ${mem}` : t.kind === 'double' ? `fldl ${mem}` : `fldt ${mem}`);
  const store = (t: Type, mem: string): string => (t.kind === 'float' ? `fstps ${mem}` : t.kind === 'double' ? `fstpl ${mem}` : `fstpt ${mem}`);
  // The x87 converts exactly between all three (rounding once, on the store).
  for (const i of [0, 1]) g.emit(`\t${load(from, `${i * from.size}(%rax)`)}`, `\t${store(to, `${s + i * to.size}(%rbp)`)}`);
  g.emit(`\tlea ${s}(%rbp), %rax`);
}

/** A complex value is true when either part is nonzero (or NaN). */
function genToBool(g: Gen, n: Node): void {
  const base = n.lhs!.ty!.complexBase!;
  genExpr(g, n.lhs!);
  const p = partOf(base);
  g.emit('\tmov %rax, %rdi');
  for (const at of [0, base.size]) {
    if (p) g.emit('\txorps %xmm1, %xmm1', `\t${p.mov} ${at}(%rdi), %xmm0`, `\tucomi${p.sfx} %xmm1, %xmm0`);
    else g.emit(`\tfldt ${at}(%rdi)`, '\tfldz', '\tfucomip %st(1), %st', '\tfstp %st(0)');
    g.emit(at === 0 ? '\tsetne %al' : '\tsetne %dl', '\tsetp %cl', at === 0 ? '\tor %cl, %al' : '\tor %cl, %dl');
  }
  g.emit('\tor %dl, %al', '\tmovzbl %al, %eax');
}

/** -z negates both parts; ~z (the conjugate) only the imaginary one. Signs of zeros flip too. */
function genNegate(g: Gen, n: Node, op: 'neg' | 'conj', slot: Obj): void {
  const base = n.ty!.complexBase!;
  const s = slot.offset;
  genExpr(g, n.lhs!);
  const p = partOf(base);
  for (const [i, flip] of [[0, op === 'neg'], [1, true]] as [number, boolean][]) {
    const at = i * base.size;
    if (p) {
      g.emit(`\t${p.mov} ${at}(%rax), %xmm0`);
      if (flip) g.emit(...p.minusOne, `\tmul${p.sfx} %xmm7, %xmm0`);
      g.emit(`\t${p.mov} %xmm0, ${s + at}(%rbp)`);
    } else {
      g.emit(`\tfldt ${at}(%rax)`);
      if (flip) g.emit('\tfchs');
      g.emit(`\tfstpt ${s + at}(%rbp)`);
    }
  }
  g.emit(`\tlea ${s}(%rbp), %rax`);
}

// ---- complex integers (GNU) ----

/** Loads an integer part, extended to 64 bits by its signedness. */
function loadInt(ty: Type, mem: string, reg: string): string {
  const u = ty.isUnsigned;
  switch (ty.size) {
    case 1: return `\t${u ? 'movzbq' : 'movsbq'} ${mem}, ${reg}`;
    case 2: return `\t${u ? 'movzwq' : 'movswq'} ${mem}, ${reg}`;
    case 4: return u ? `\tmovl ${mem}, ${reg.replace('%r', '%e').replace(/^%e(\d+)$/, '%r$1d')}` : `\tmovslq ${mem}, ${reg}`;
    default: return `\tmov ${mem}, ${reg}`;
  }
}

const low: Record<string, [string, string, string, string]> = {
  '%rax': ['%al', '%ax', '%eax', '%rax'], '%rdx': ['%dl', '%dx', '%edx', '%rdx'],
  '%r8': ['%r8b', '%r8w', '%r8d', '%r8'], '%r9': ['%r9b', '%r9w', '%r9d', '%r9'],
};

function storeInt(ty: Type, reg: string, mem: string): string {
  return `\tmov ${low[reg][ty.size === 1 ? 0 : ty.size === 2 ? 1 : ty.size === 4 ? 2 : 3]}, ${mem}`;
}

function genIntComplex(g: Gen, n: Node, op: ComplexOp, slot: Obj | undefined): void {
  const base = (n.lhs!.ty!.complexBase ?? n.ty!.complexBase)!;
  const sz = base.size;
  const result = (): void => {
    const s = slot!.offset;
    g.emit(storeInt(base, '%r8', `${s}(%rbp)`), storeInt(base, '%r9', `${s + sz}(%rbp)`), `\tlea ${s}(%rbp), %rax`);
  };
  switch (op) {
    case 'fromReal': case 'fromImag':
      genExpr(g, n.lhs!);
      g.emit(op === 'fromReal' ? '\tmov %rax, %r8' : '\tmov %rax, %r9', op === 'fromReal' ? '\txor %r9d, %r9d' : '\txor %r8d, %r8d');
      return result();
    case 'neg': case 'conj': case 'toBool':
      genExpr(g, n.lhs!);
      g.emit(loadInt(base, '(%rax)', '%r8'), loadInt(base, `${sz}(%rax)`, '%r9'));
      if (op === 'toBool') {
        g.emit('\tor %r9, %r8', '\tsetne %al', '\tmovzbl %al, %eax');
        return;
      }
      if (op === 'neg') g.emit('\tneg %r8');
      g.emit('\tneg %r9');
      return result();
    default:
      break;
  }
  genExpr(g, n.lhs!);
  g.push();
  genExpr(g, n.rhs!);
  g.emit('\tmov %rax, %rsi');
  g.pop('%rdi');
  // a + bi in %r8, %r9; c + di in %r10, %r11
  g.emit(loadInt(base, '(%rdi)', '%r8'), loadInt(base, `${sz}(%rdi)`, '%r9'), loadInt(base, '(%rsi)', '%r10'),
    loadInt(base, `${sz}(%rsi)`, '%r11'));
  switch (op) {
    case 'add': g.emit('\tadd %r10, %r8', '\tadd %r11, %r9'); break;
    case 'sub': g.emit('\tsub %r10, %r8', '\tsub %r11, %r9'); break;
    case 'mul':
      g.emit('\tmov %r8, %rax', '\timul %r10, %rax', '\tmov %r9, %rdx', '\timul %r11, %rdx', '\tsub %rdx, %rax',
        '\timul %r11, %r8', '\timul %r10, %r9', '\tadd %r8, %r9', '\tmov %rax, %r8');
      break;
    case 'eq': case 'ne': {
      // Compare only the part's own bits.
      const mask = sz === 8 ? [] : [`\tshl $${64 - 8 * sz}, %r8`, `\tshl $${64 - 8 * sz}, %r10`, `\tshl $${64 - 8 * sz}, %r9`, `\tshl $${64 - 8 * sz}, %r11`];
      g.emit(...mask, '\txor %r10, %r8', '\txor %r11, %r9', '\tor %r9, %r8', op === 'eq' ? '\tsete %al' : '\tsetne %al', '\tmovzbl %al, %eax');
      return;
    }
    default:
      errorAt(n.tok, `internal: complex integer '${op}'`);
  }
  result();
}

/** Conversions with a complex integer on either side, part by part through 64-bit integers or SSE. */
function genIntConvert(g: Gen, n: Node, slot: Obj): void {
  const from = n.lhs!.ty!.complexBase!;
  const to = n.ty!.complexBase!;
  const s = slot.offset;
  genExpr(g, n.lhs!);
  g.emit('\tmov %rax, %rsi');
  for (const i of [0, 1]) {
    const src = `${i * from.size}(%rsi)`;
    const dst = `${s + i * to.size}(%rbp)`;
    if (isInteger(from) && isInteger(to)) g.emit(loadInt(from, src, '%rax'), storeInt(to, '%rax', dst));
    else if (isInteger(from)) {
      const sfx = to.kind === 'float' ? 'ss' : 'sd';
      g.emit(loadInt(from, src, '%rax'), `\tcvtsi2${sfx}q %rax, %xmm0`, `\tmov${sfx} %xmm0, ${dst}`);
    } else {
      const sfx = from.kind === 'float' ? 'ss' : 'sd';
      g.emit(`\tmov${sfx} ${src}, %xmm0`, `\tcvtt${sfx}2si %xmm0, %rax`, storeInt(to, '%rax', dst));
    }
  }
  g.emit(`\tlea ${s}(%rbp), %rax`);
}

/**
 * long double parts on the x87 stack. AT&T's reversed names: `fsubrp %st, %st(1)` and
 * `fdivrp %st, %st(1)` compute %st(1) - %st(0) and %st(1) / %st(0), then pop.
 * Division is the textbook formula (libgcc's __divxc3 scales to avoid overflow).
 */
function genX87Complex(g: Gen, op: ComplexOp, s: number): void {
  const a = '(%rdi)', b = '16(%rdi)', c = '(%rsi)', d = '16(%rsi)';
  const product = (x: string, y: string): string[] => [`\tfldt ${x}`, `\tfldt ${y}`, '\tfmulp %st, %st(1)'];
  const add = '\tfaddp %st, %st(1)';
  const sub = '\tfsubrp %st, %st(1)';
  const denominator = [...product(c, c), ...product(d, d), add];
  let re: string[];
  let im: string[];
  switch (op) {
    case 'add': case 'sub':
      re = [`\tfldt ${a}`, `\tfldt ${c}`, op === 'add' ? add : sub];
      im = [`\tfldt ${b}`, `\tfldt ${d}`, op === 'add' ? add : sub];
      break;
    case 'mul':
      re = [...product(a, c), ...product(b, d), sub];
      im = [...product(a, d), ...product(b, c), add];
      break;
    case 'div':
      re = [...product(a, c), ...product(b, d), add, ...denominator, '\tfdivrp %st, %st(1)'];
      im = [...product(b, c), ...product(a, d), sub, ...denominator, '\tfdivrp %st, %st(1)'];
      break;
    default:
      throw new Error(`internal: complex long double '${op}'`);
  }
  g.emit(...re, `\tfstpt ${s}(%rbp)`, ...im, `\tfstpt ${s + 16}(%rbp)`, `\tlea ${s}(%rbp), %rax`);
}
