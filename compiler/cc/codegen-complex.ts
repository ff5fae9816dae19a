/**
 * Complex arithmetic ('complex' nodes, see complex.ts). Operands are complex values, so
 * genExpr leaves their addresses in %rax; the left one goes to %rdi, the right one to
 * %rsi, and the result is written to the node's slot in the frame, whose address is the
 * node's value. float and double parts use SSE, long double parts the x87.
 */
import type { Node, Obj } from './ast.js';
import { isComplex, type ComplexOp, type MixedOp } from './complex.js';
import { genCast } from './codegen-cast.js';
import { genExpr, loadFrom, regA } from './codegen-expr.js';
import type { Gen } from './codegen-state.js';
import { errorAt } from './report.js';
import { isInteger, type Type } from './types.js';

/** SSE spellings for one part type. */
interface Part {
  size: number;
  mov: string; // movss / movsd
  sfx: string; // ss / sd
  minusOne: string[]; // loads -1.0 into %xmm7
  signMask: string[]; // loads the sign bit into %xmm3
}

function partOf(base: Type): Part | undefined {
  if (base.kind === 'float') {
    return { size: 4, mov: 'movss', sfx: 'ss', minusOne: ['\tmov $0xbf800000, %ecx', '\tmovd %ecx, %xmm7'],
      signMask: ['\tmov $0x80000000, %ecx', '\tmovd %ecx, %xmm3'] };
  }
  if (base.kind === 'double') {
    return { size: 8, mov: 'movsd', sfx: 'sd', minusOne: ['\tmovabs $0xbff0000000000000, %rcx', '\tmovq %rcx, %xmm7'],
      signMask: ['\tmovabs $0x8000000000000000, %rcx', '\tmovq %rcx, %xmm3'] };
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
    case 'fromParts': return genFromParts(g, n, slot!);
    case 'convert': return genConvert(g, n, slot!);
    case 'toBool': return genToBool(g, n);
    case 'neg': case 'conj': return genNegate(g, n, op, slot!);
    case 'addReal': case 'subReal': case 'mulReal': case 'divReal': return genMixed(g, n, op, slot!);
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
  if (op === 'mul' || op === 'div') return genLibraryCall(g, op, base, s);
  if (op !== 'add' && op !== 'sub') return errorAt(n.tok, `internal: complex '${op}'`);
  if (!p) {
    genX87Complex(g, op, s);
    return;
  }
  const { size, mov, sfx } = p;
  // a + bi (xmm0, xmm1) op c + di (xmm2, xmm3)
  g.emit(`\t${mov} (%rdi), %xmm0`, `\t${mov} ${size}(%rdi), %xmm1`, `\t${mov} (%rsi), %xmm2`, `\t${mov} ${size}(%rsi), %xmm3`);
  g.emit(`\t${op}${sfx} %xmm2, %xmm0`, `\t${op}${sfx} %xmm3, %xmm1`);
  g.emit(`\t${mov} %xmm0, ${s}(%rbp)`, `\t${mov} %xmm1, ${s + size}(%rbp)`, `\tlea ${s}(%rbp), %rax`);
}

/**
 * Complex × complex and ÷ call the library helper gcc calls (__muldc3, __divsc3... in our
 * libc's complex_arith.c, or libgcc): C11 Annex G's treatment of infinities and NaNs and
 * libgcc's scaling against overflow are too long to expand at every use. The operands'
 * addresses are in %rdi and %rsi; the helpers take the four parts as arguments.
 */
function genLibraryCall(g: Gen, op: 'mul' | 'div', base: Type, s: number): void {
  const name = `__${op}${base.kind === 'float' ? 's' : base.kind === 'double' ? 'd' : 'x'}c3`;
  // %rsp must be 16-byte aligned at the call; g.depth counts the words pushed since the frame.
  const pad = g.depth % 2 === 1 ? 8 : 0;
  const p = partOf(base);
  if (!p) {
    // long double parts go on the stack, 16 bytes each; the result comes back in st(0), st(1).
    g.emit(`\tsub $${64 + pad}, %rsp`);
    ['(%rdi)', '16(%rdi)', '(%rsi)', '16(%rsi)'].forEach((part, i) => g.emit(`\tfldt ${part}`, `\tfstpt ${i * 16}(%rsp)`));
    g.emit(`\tcall ${name}`, `\tadd $${64 + pad}, %rsp`, `\tfstpt ${s}(%rbp)`, `\tfstpt ${s + 16}(%rbp)`, `\tlea ${s}(%rbp), %rax`);
    return;
  }
  const { size, mov } = p;
  g.emit(`\t${mov} (%rdi), %xmm0`, `\t${mov} ${size}(%rdi), %xmm1`, `\t${mov} (%rsi), %xmm2`, `\t${mov} ${size}(%rsi), %xmm3`);
  if (pad) g.emit('\tsub $8, %rsp');
  g.emit(`\tcall ${name}`);
  if (pad) g.emit('\tadd $8, %rsp');
  // complex float comes back packed in the low half of %xmm0, complex double in %xmm0 and %xmm1.
  if (base.kind === 'float') g.emit(`\tmovq %xmm0, ${s}(%rbp)`);
  else g.emit(`\tmovsd %xmm0, ${s}(%rbp)`, `\tmovsd %xmm1, ${s + 8}(%rbp)`);
  g.emit(`\tlea ${s}(%rbp), %rax`);
}

/**
 * A complex and a real operand (MixedOp): only the parts the real one meets change. The
 * operands are evaluated in source order; then the complex one's address is in %rdi and
 * the real one in %xmm2 (SSE) or at (%rsp) (x87).
 */
function genMixed(g: Gen, n: Node, op: MixedOp, slot: Obj): void {
  const base = n.ty!.complexBase!;
  const realLeft = !isComplex(n.lhs!.ty!);
  const p = partOf(base);
  const saveReal = (): void => (p ? g.pushf() : g.pushld());
  genExpr(g, n.lhs!);
  if (realLeft) saveReal();
  else g.push();
  genExpr(g, n.rhs!);
  if (realLeft) g.emit('\tmov %rax, %rdi');
  else {
    // the real value is still in %xmm0 / st(0): popping the address does not disturb it
    g.pop('%rdi');
    saveReal();
  }
  const s = slot.offset;
  if (!p) {
    genMixedX87(g, op, realLeft, s);
    g.emit('\tadd $16, %rsp');
    g.depth -= 2;
    return;
  }
  const { size, mov, sfx } = p;
  g.popf(2);
  g.emit(`\t${mov} (%rdi), %xmm0`, `\t${mov} ${size}(%rdi), %xmm1`);
  switch (op) {
    case 'addReal': g.emit(`\tadd${sfx} %xmm2, %xmm0`); break;
    case 'subReal':
      if (!realLeft) g.emit(`\tsub${sfx} %xmm2, %xmm0`);
      else g.emit(`\tsub${sfx} %xmm0, %xmm2`, '\tmovaps %xmm2, %xmm0', ...p.signMask, `\txorps %xmm3, %xmm1`);
      break;
    case 'mulReal': g.emit(`\tmul${sfx} %xmm2, %xmm0`, `\tmul${sfx} %xmm2, %xmm1`); break;
    case 'divReal': g.emit(`\tdiv${sfx} %xmm2, %xmm0`, `\tdiv${sfx} %xmm2, %xmm1`); break;
  }
  g.emit(`\t${mov} %xmm0, ${s}(%rbp)`, `\t${mov} %xmm1, ${s + size}(%rbp)`, `\tlea ${s}(%rbp), %rax`);
}

/** genMixed for long double parts: a + bi at (%rdi), the real x at (%rsp). */
function genMixedX87(g: Gen, op: MixedOp, realLeft: boolean, s: number): void {
  const a = '\tfldt (%rdi)', b = '\tfldt 16(%rdi)', x = '\tfldt (%rsp)';
  // `f<op>rp %st, %st(1)`: %st(1) op %st(0), popped — the first loaded is the left operand.
  const apply = { addReal: '\tfaddp %st, %st(1)', subReal: '\tfsubrp %st, %st(1)', mulReal: '\tfmulp %st, %st(1)', divReal: '\tfdivrp %st, %st(1)' }[op];
  g.emit(...(realLeft ? [x, a] : [a, x]), apply, `\tfstpt ${s}(%rbp)`);
  if (op === 'addReal' || op === 'subReal') g.emit(b, ...(realLeft && op === 'subReal' ? ['\tfchs'] : []));
  else g.emit(b, x, apply);
  g.emit(`\tfstpt ${s + 16}(%rbp)`, `\tlea ${s}(%rbp), %rax`);
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

/** `__builtin_complex(re, im)`: each part stored into the result slot as it comes. */
function genFromParts(g: Gen, n: Node, slot: Obj): void {
  const base = n.ty!.complexBase!;
  const p = partOf(base);
  for (const [part, e] of [[0, n.lhs!], [1, n.rhs!]] as const) {
    genExpr(g, e);
    const at = slot.offset + part * base.size;
    g.emit(p ? `\t${p.mov} %xmm0, ${at}(%rbp)` : `\tfstpt ${at}(%rbp)`);
  }
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
  '%rcx': ['%cl', '%cx', '%ecx', '%rcx'], '%rsi': ['%sil', '%si', '%esi', '%rsi'], '%rdi': ['%dil', '%di', '%edi', '%rdi'],
};

/** Wraps a 64-bit intermediate to the part type's width, sign- or zero-extended back. */
function wrapInt(ty: Type, reg: string): string[] {
  if (ty.size === 8) return [];
  const [b, w, d] = low[reg];
  if (ty.size === 4) return [ty.isUnsigned ? `\tmov ${d}, ${d}` : `\tmovslq ${d}, ${reg}`];
  const part = ty.size === 1 ? b : w;
  return [`\t${ty.isUnsigned ? 'movz' : 'movs'}${ty.size === 1 ? 'b' : 'w'}q ${part}, ${reg}`];
}

/**
 * (a + bi) / (c + di) for integer parts as gcc computes it (tree-complex.cc's "wide"
 * method, Smith's algorithm in integer arithmetic): with the ratio of the divisor's
 * smaller part to its larger, each step wrapped to the part type and divided with
 * truncation. a, b, c, d are in %r8, %r9, %r10, %r11; the quotient is left there too.
 */
function genIntComplexDivide(g: Gen, ty: Type): void {
  const divide = (by: string): string[] => (ty.isUnsigned ? ['\txor %edx, %edx', `\tdiv ${by}`] : ['\tcqo', `\tidiv ${by}`]);
  const abs = (src: string, dst: string): string[] => (ty.isUnsigned ? [`\tmov ${src}, ${dst}`]
    : [`\tmov ${src}, ${dst}`, `\tneg ${dst}`, `\tcmovl ${src}, ${dst}`]);
  const otherWay = g.newLabel();
  const quotient = g.newLabel();
  // One branch: ratio = x / y; div = x * ratio + y; re = p * ratio + q; im = ... (below).
  const steps = (x: string, y: string, re: string[], im: string[]): string[] => [
    `\tmov ${x}, %rax`, ...divide(y), ...wrapInt(ty, '%rax'),
    `\tmov ${x}, %rcx`, '\timul %rax, %rcx', `\tadd ${y}, %rcx`, ...wrapInt(ty, '%rcx'),
    ...re, ...wrapInt(ty, '%rsi'), ...im, ...wrapInt(ty, '%rdi'),
  ];
  g.emit(...abs('%r10', '%rax'), ...abs('%r11', '%rcx'), '\tcmp %rcx, %rax', `\t${ty.isUnsigned ? 'jae' : 'jge'} ${otherWay}`);
  // |c| < |d|: re = (a * ratio + b) / div, im = (b * ratio - a) / div, ratio = c / d.
  g.emit(...steps('%r10', '%r11', ['\tmov %r8, %rsi', '\timul %rax, %rsi', '\tadd %r9, %rsi'],
    ['\tmov %r9, %rdi', '\timul %rax, %rdi', '\tsub %r8, %rdi']), `\tjmp ${quotient}`);
  g.label(otherWay);
  // Otherwise: re = (b * ratio + a) / div, im = (b - a * ratio) / div, ratio = d / c.
  g.emit(...steps('%r11', '%r10', ['\tmov %r9, %rsi', '\timul %rax, %rsi', '\tadd %r8, %rsi'],
    ['\tmov %r8, %rdx', '\timul %rax, %rdx', '\tmov %r9, %rdi', '\tsub %rdx, %rdi']));
  g.label(quotient);
  g.emit('\tmov %rsi, %rax', ...divide('%rcx'), '\tmov %rax, %r8', '\tmov %rdi, %rax', ...divide('%rcx'), '\tmov %rax, %r9');
}

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
    case 'div': genIntComplexDivide(g, base); break;
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

/**
 * Between complex types of which one has integer parts: each part goes through the scalar
 * conversion (codegen-cast.ts), so the parts convert exactly as real values of their types
 * do — unsigned 64-bit and long double parts included.
 */
function genIntConvert(g: Gen, n: Node, slot: Obj): void {
  const from = n.lhs!.ty!.complexBase!;
  const to = n.ty!.complexBase!;
  genExpr(g, n.lhs!);
  g.push();
  for (const i of [0, 1]) {
    g.emit('\tmov (%rsp), %rax');
    loadFrom(g, from, `${i * from.size}(%rax)`, 'rax');
    genCast(g, from, to);
    storePart(g, to, `${slot.offset + i * to.size}(%rbp)`);
  }
  g.pop('%rdi');
  g.emit(`\tlea ${slot.offset}(%rbp), %rax`);
}

/** Stores the converted part (in %rax, %xmm0 or %st(0), which is popped) to `mem`. */
function storePart(g: Gen, ty: Type, mem: string): void {
  switch (ty.kind) {
    case 'float': g.emit(`\tmovss %xmm0, ${mem}`); return;
    case 'double': g.emit(`\tmovsd %xmm0, ${mem}`); return;
    case 'ldouble': g.emit(`\tfstpt ${mem}`); return;
    default: g.emit(`\tmov ${regA(ty.size)}, ${mem}`);
  }
}

/**
 * Addition and subtraction of long double parts on the x87 stack. AT&T's reversed name:
 * `fsubrp %st, %st(1)` computes %st(1) - %st(0), then pops.
 */
function genX87Complex(g: Gen, op: 'add' | 'sub', s: number): void {
  const apply = op === 'add' ? '\tfaddp %st, %st(1)' : '\tfsubrp %st, %st(1)';
  g.emit('\tfldt (%rdi)', '\tfldt (%rsi)', apply, `\tfstpt ${s}(%rbp)`, '\tfldt 16(%rdi)', '\tfldt 16(%rsi)', apply,
    `\tfstpt ${s + 16}(%rbp)`, `\tlea ${s}(%rbp), %rax`);
}
