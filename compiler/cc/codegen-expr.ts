/**
 * Expression code generation, chibicc style: an integer or pointer result lands in %rax,
 * a float/double in %xmm0, an aggregate as its address in %rax. A binary operator's right
 * operand ends in %rdi (on the stack while a complex left operand is computed), or in
 * the instruction itself when it is a small constant. Only the low bits
 * of %rax that belong to the value's type are meaningful; casts (codegen-cast.ts) extend
 * explicitly.
 */
import type { Node, Obj } from './ast.js';
import { SNAN_DOUBLE_BITS, SNAN_FLOAT_BITS } from './literals.js';
import { genBuiltin } from './codegen-builtin.js';
import { genComplex } from './codegen-complex.js';
import { genInt128 } from './codegen-int128.js';
import { genFloat128 } from './codegen-float128.js';
import { genVector } from './codegen-vector.js';
import { genCall, genVaArg, genVaStart } from './codegen-call.js';
import type { Gen } from './codegen-state.js';
import { genStmt } from './codegen-stmt.js';
import { genNestedAddr } from './nested.js';
import { genCast } from './codegen-cast.js';
import { genDiscard } from './codegen-effect.js';
import { genBinary, genBranch, genCond, genLogical, genNeg, genTrapv } from './codegen-binary.js';
import { directAddress, formatAddress, genAddress, genPointerTarget, integerConstant, isPure, materialize, registerFreeLvalue } from './codegen-address.js';
import { errorAt } from './report.js';
import { addressInto, isLibraryCode } from './pic.js';
import { valueBeforeAddress } from './side-effects.js';
import { isFlonum, isInteger, type Member, type Type } from './types.js';

// ---- registers by size ----

export function regA(size: number): string {
  return size === 1 ? '%al' : size === 2 ? '%ax' : size === 4 ? '%eax' : '%rax';
}
// ---- loads and stores ----

/** Replaces the address in %rax with the value it points to. */
export function load(g: Gen, ty: Type): void {
  loadFrom(g, ty, '(%rax)', 'rax');
}

/** Loads a value of type `ty` from memory operand `mem` into %rax/%rdi (or %xmm0/%xmm1). */
export function loadFrom(g: Gen, ty: Type, mem: string, reg: 'rax' | 'rdi' | 'rcx'): void {
  switch (ty.kind) {
    case 'array': case 'struct': case 'union': case 'func': case 'void':
      if (mem !== '(%rax)') g.emit(`\tlea ${mem}, %${reg}`);
      return; // the address is the value
    case 'float': g.emit(`\tmovss ${mem}, %xmm${reg === 'rax' ? 0 : 1}`); return;
    case 'double': g.emit(`\tmovsd ${mem}, %xmm${reg === 'rax' ? 0 : 1}`); return;
    case 'ldouble':
      if (reg !== 'rax') throw new Error('internal: long double is never a simple operand');
      g.emit(`\tfldt ${mem}`);
      return;
    default: break;
  }
  const u = ty.isUnsigned || ty.kind === 'bool';
  const r32 = `%e${reg.slice(1)}`;
  // Every load leaves the value extended to 64 bits (see isFreeWidening).
  switch (ty.size) {
    case 1: g.emit(u ? `\tmovzbl ${mem}, ${r32}` : `\tmovsbq ${mem}, %${reg}`); break;
    case 2: g.emit(u ? `\tmovzwl ${mem}, ${r32}` : `\tmovswq ${mem}, %${reg}`); break;
    case 4: g.emit(u ? `\tmovl ${mem}, ${r32}` : `\tmovslq ${mem}, %${reg}`); break;
    default: g.emit(`\tmov ${mem}, %${reg}`);
  }
}

/** A global register variable's value to %rax; a 32-bit one widened as a load of its type is. */
function loadGlobalRegister(g: Gen, o: Obj): void {
  const r = o.asmRegister!;
  if (o.ty.size === 8) g.emit(`\tmov %${r}, %rax`);
  else g.emit(o.ty.isUnsigned ? `\tmov %${low32(r)}, %eax` : `\tmovslq %${low32(r)}, %rax`);
}

/** The low 32 bits of a 64-bit register: rbx → ebx, r14 → r14d. */
function low32(r: string): string {
  return /^r\d+$/.test(r) ? `${r}d` : `e${r.slice(1)}`;
}

/** The memory operand of a variable or a member of one (see directAddress), if it needs no code. */
export function directOperand(n: Node): string | undefined {
  const a = directAddress(n);
  return a && formatAddress(a);
}

export function isScalarKind(t: Type): boolean {
  return isInteger(t) || t.kind === 'ptr' || t.kind === 'float' || t.kind === 'double';
}

/** Stores %rax/%xmm0 to the address on top of the stack (popped). */
export function store(g: Gen, ty: Type): void {
  g.pop('%rdi');
  switch (ty.kind) {
    case 'struct': case 'union': case 'array':
      if (ty.isVla && ty.kind !== 'array') copyVariableRecord(g, ty);
      else copyBytes(g, '%rax', '%rdi', ty.size);
      return;
    case 'float': g.emit('\tmovss %xmm0, (%rdi)'); return;
    case 'double': g.emit('\tmovsd %xmm0, (%rdi)'); return;
    case 'ldouble': g.emit('\tfld %st(0)', '\tfstpt (%rdi)'); return; // the value stays in %st(0)
    default: break;
  }
  g.emit(`\tmov ${regA(ty.size)}, (%rdi)`);
}

/**
 * Copies a struct with VLA members (vla-struct.ts) from (%rax) to (%rdi): its size is in a
 * local of the function that defines the struct. %rax (the value) is kept.
 */
function copyVariableRecord(g: Gen, ty: Type): void {
  const size = ty.vlaSize!;
  const fn = g.fn!;
  if (size.frameOwner || !fn.locals.includes(size)) {
    errorAt(fn.tok!, 'copying a variably sized struct in a nested function is not supported');
  }
  g.emit('\tmov %rax, %rsi', `\tmov ${size.offset}(%rbp), %rcx`, '\trep movsb');
}

/**
 * Records larger than this are copied word by word in a loop rather than one move per word:
 * a 72 MiB struct passed by value would otherwise be millions of instructions.
 */
const UNROLLED_COPY_LIMIT = 1024;

/** Copies `size` bytes from (src) to (dst) through %r8, widest moves first. */
export function copyBytes(g: Gen, src: string, dst: string, size: number): void {
  let i = size > UNROLLED_COPY_LIMIT ? copyWordsLoop(g, src, dst, size) : 0;
  for (; i + 8 <= size; i += 8) g.emit(`\tmov ${i}(${src}), %r8`, ) , g.emit(`\tmov %r8, ${i}(${dst})`);
  for (; i + 4 <= size; i += 4) g.emit(`\tmov ${i}(${src}), %r8d`), g.emit(`\tmov %r8d, ${i}(${dst})`);
  for (; i < size; i++) g.emit(`\tmov ${i}(${src}), %r8b`), g.emit(`\tmov %r8b, ${i}(${dst})`);
}

/** Copies the whole words of a big record, last word first, counting down in %rcx; returns the bytes done. */
function copyWordsLoop(g: Gen, src: string, dst: string, size: number): number {
  const words = Math.floor(size / 8);
  const loop = g.newLabel();
  g.emit(`\tmov $${words}, %rcx`);
  g.label(loop);
  g.emit(`\tmov -8(${src},%rcx,8), %r8`, `\tmov %r8, -8(${dst},%rcx,8)`, '\tdec %rcx', `\tjnz ${loop}`);
  return words * 8;
}

// ---- casts ----

/** Sets ZF when the value of type `ty` (in %rax or %xmm0) is zero. NaN counts as non-zero. */
export function cmpZero(g: Gen, ty: Type): void {
  if (ty.kind === 'ldouble') {
    g.emit('\tfldz', '\tfucomip %st(1), %st', '\tfstp %st(0)', '\tsetne %al', '\tsetp %dl', '\tor %dl, %al', '\ttest %al, %al');
    return;
  }
  if (ty.kind === 'float' || ty.kind === 'double') {
    const s = ty.kind === 'float' ? 'ss' : 'sd';
    g.emit('\txorps %xmm1, %xmm1', `\tucomi${s} %xmm1, %xmm0`, '\tsetne %al', '\tsetp %dl', '\tor %dl, %al', '\ttest %al, %al');
    return;
  }
  if (isInteger(ty) && ty.size <= 4) {
    g.emit(`\ttest ${regA(ty.size)}, ${regA(ty.size)}`);
    return;
  }
  g.emit('\ttest %rax, %rax');
}

// ---- addresses ----

/**
 * A thread-local object lives at a fixed offset below the thread pointer (%fs:0 holds
 * its own address, x86-64's TLS variant II). In an executable, an object defined here uses
 * the local-exec offset; one defined elsewhere reads its offset from the GOT (initial-exec),
 * which a static link turns back into a constant, as gcc -fno-pie does. Library code
 * (-fPIC) uses initial-exec for every object, as gcc's -ftls-model=initial-exec: a library
 * loaded with the program gets its block in the static TLS area (gcc's default there, the
 * general-dynamic model, calls __tls_get_addr, which would clobber registers this stack
 * machine keeps values in).
 */
function genThreadLocalAddr(g: Gen, o: Obj, n: Node): void {
  if (g.opts.kernel) errorAt(n.tok, 'thread-local storage is not available in kernel code');
  g.emit('\tmov %fs:0, %rax');
  if ((o.isDefinition || o.isTentative || o.isStatic) && !isLibraryCode()) g.emit(`\tlea ${o.name}@tpoff(%rax), %rax`);
  else g.emit(`\tadd ${o.name}@gottpoff(%rip), %rax`);
}

export function genAddr(g: Gen, n: Node): void {
  switch (n.kind) {
    case 'var': {
      const o = n.obj!;
      if (o.isGlobalRegister) errorAt(n.tok, `address of global register variable '${o.name}' requested`);
      if ((o.frameOwner || o.nesting) && genNestedAddr(g, o)) return;
      // A VLA's slot holds the address of its storage.
      if (o.ty.isVla) g.emit(`\tmov ${o.offset}(%rbp), %rax`);
      else if (o.isLocal) g.emit(`\tlea ${o.offset}(%rbp), %rax`);
      else if (o.isThreadLocal) genThreadLocalAddr(g, o, n);
      else g.emit(addressInto(o, '%rax'));
      return;
    }
    case 'deref':
      materialize(g, genPointerTarget(g, n.lhs!));
      return;
    case 'comma':
      genExpr(g, n.lhs!);
      genAddr(g, n.rhs!);
      return;
    case 'member':
      materialize(g, genAddress(g, n));
      return;
    case 'call':
      if (n.retBuffer) {
        genExpr(g, n);
        return;
      }
      break;
    case 'stmtExpr': case 'cond': case 'assign': case 'cast': case 'vaArg': case 'complex': case 'int128': case 'float128': case 'vector':
      if (n.ty!.kind === 'struct' || n.ty!.kind === 'union') {
        genExpr(g, n);
        return;
      }
      break;
    default:
      break;
  }
  errorAt(n.tok, 'lvalue required');
}

// ---- expressions ----

export function genExpr(g: Gen, n: Node): void {
  if (g.opts.noFloat !== undefined && n.ty && isFlonum(n.ty)) g.noFloatingPoint(n.tok);
  switch (n.kind) {
    case 'num': genNum(g, n); return;
    case 'fnum': genFnum(g, n); return;
    case 'var': case 'member': {
      // A GNU global register variable is the register itself.
      if (n.kind === 'var' && n.obj!.isGlobalRegister) {
        loadGlobalRegister(g, n.obj!);
        return;
      }
      if (n.kind === 'member' && n.member!.isBitfield) {
        genAddr(g, n);
        loadBitfield(g, n);
        return;
      }
      loadFrom(g, n.ty!, formatAddress(genAddress(g, n)), 'rax');
      return;
    }
    case 'deref':
      loadFrom(g, n.ty!, formatAddress(genPointerTarget(g, n.lhs!)), 'rax');
      return;
    case 'addr':
      genAddr(g, n.lhs!);
      return;
    case 'assign': genAssign(g, n); return;
    case 'stmtExpr': {
      // The last expression statement is the value: it must stay in %rax/%xmm0/%st(0).
      const body = n.body!;
      body.forEach((s, i) => (i === body.length - 1 && s.kind === 'exprStmt' ? genExpr(g, s.lhs!) : genStmt(g, s)));
      return;
    }
    case 'comma':
      genDiscard(g, n.lhs!);
      genExpr(g, n.rhs!);
      return;
    case 'cast':
      genExpr(g, n.lhs!);
      if (!isFreeWidening(n)) genCast(g, n.lhs!.ty!, n.ty!);
      return;
    case 'memzero':
      g.emit(`\tlea ${n.obj!.offset}(%rbp), %rdi`, `\tmov $${n.obj!.ty.size}, %ecx`, '\txor %eax, %eax', '\trep stosb');
      return;
    case 'cond': genCond(g, n); return;
    case 'not':
      genExpr(g, n.lhs!);
      cmpZero(g, n.lhs!.ty!);
      g.emit('\tsete %al', '\tmovzbl %al, %eax');
      return;
    case 'bitnot':
      genExpr(g, n.lhs!);
      g.emit(n.ty!.size === 8 ? '\tnot %rax' : '\tnot %eax');
      return;
    case 'neg': genNeg(g, n); return;
    case 'logand': case 'logor': genLogical(g, n); return;
    case 'call': genCall(g, n); return;
    case 'labelAddr':
      // n.obj: the function defining the label (an enclosing one, from a nested function).
      g.emit(`\tlea ${labelSymbol(n.obj!.name, n.label!)}(%rip), %rax`);
      return;
    case 'vaStart': genVaStart(g, n); return;
    case 'vaArg': genVaArg(g, n); return;
    case 'vaCopy':
      genExpr(g, n.rhs!);
      g.push();
      genExpr(g, n.lhs!);
      g.pop('%rsi');
      copyBytes(g, '%rsi', '%rax', 24);
      return;
    case 'builtin': genBuiltin(g, n); return;
    case 'complex': genComplex(g, n); return;
    case 'int128': genInt128(g, n); return;
    case 'float128': genFloat128(g, n); return;
    case 'trapv': genTrapv(g, n); return;
    case 'vector': genVector(g, n); return;
    case 'vlaAlloc': {
      // The stack keeps 16-byte alignment; a stricter one takes that much more, rounded up.
      const align = Math.max(n.obj!.align, n.obj!.ty.align);
      genExpr(g, n.lhs!);
      if (align > 16) g.emit(`\tadd $${align - 16}, %rax`);
      genStackAlloc(g);
      if (align > 16) g.emit(`\tadd $${align - 1}, %rax`, `\tand $-${align}, %rax`);
      g.emit(`\tmov %rax, ${n.obj!.offset}(%rbp)`);
      return;
    }
    case 'nop': return;
    default: break;
  }
  genBinary(g, n);
}

/**
 * A widening integer conversion of a value that is already extended in %rax: every
 * integer load (loadFrom) and every 0/1 result leaves all 64 bits set as its type says.
 */
function isFreeWidening(n: Node): boolean {
  const from = n.lhs!.ty!;
  const to = n.ty!;
  if (!isInteger(from) || !(isInteger(to) || to.kind === 'ptr') || to.kind === 'bool' || to.size <= from.size) return false;
  switch (n.lhs!.kind) {
    case 'var': case 'deref': return true;
    case 'member': return !n.lhs!.member!.isBitfield;
    case 'eq': case 'ne': case 'lt': case 'le': case 'not': return true;
    case 'neg': return n.lhs!.lhs!.kind === 'num' && from.size === 4; // folded by genNeg
    // A 32-bit `and` clears the upper half, and a non-negative mask keeps bit 31 clear.
    case 'band': {
      const m = n.lhs!.rhs!;
      return from.size === 4 && m.kind === 'num' && BigInt.asIntN(32, m.val!) >= 0n;
    }
    default: return false;
  }
}

/**
 * Carves %rax bytes (rounded up to keep %rsp 16-aligned) off the stack for a VLA or
 * alloca; the address lands in %rax. Inside an expression (a statement expression in a
 * call's arguments) our pushed temporaries sit at the top of the stack: they move down
 * with it, so their pops still find them.
 */
export function genStackAlloc(g: Gen): void {
  g.emit('\tadd $15, %rax', '\tand $-16, %rax');
  if (g.depth === 0) {
    g.emit('\tsub %rax, %rsp', '\tmov %rsp, %rax');
    return;
  }
  g.emit('\tmov %rsp, %rsi', '\tsub %rax, %rsp', '\tmov %rsp, %rdi', `\tmov $${g.depth}, %ecx`, '\trep movsq');
  g.emit(`\tlea ${g.depth * 8}(%rsp), %rax`);
}

export { genBranch, genDiscard };

/** The assembler label of a C label in the current function (see labelSymbol). */
export function userLabel(g: Gen, name: string): string {
  return labelSymbol(g.fn!.name, name);
}

/** Fixed at parse time so `&&label` can appear in static initializers. */
export function labelSymbol(fnName: string, label: string): string {
  return `.L.${fnName}.${label}`;
}

function genNum(g: Gen, n: Node): void {
  const v = n.val!;
  const ty = n.ty!;
  if (isFlonum(ty)) {
    genFnum(g, { ...n, fval: Number(v) });
    return;
  }
  if (v === 0n) {
    g.emit('\txor %eax, %eax');
    return;
  }
  const u64 = BigInt.asUintN(64, v);
  if (u64 <= 0xffffffffn) g.emit(`\tmov $${u64}, %eax`);
  else if (BigInt.asIntN(64, v) >= -0x80000000n && BigInt.asIntN(64, v) < 0n) g.emit(`\tmov $${BigInt.asIntN(64, v)}, %rax`);
  else g.emit(`\tmovabs $${u64}, %rax`);
}

function genFnum(g: Gen, n: Node): void {
  g.noFloatingPoint(n.tok);
  const buf = new DataView(new ArrayBuffer(8));
  if (n.ty!.kind === 'ldouble' && n.extended) {
    // All 80 bits, through the stack: the low 8 bytes, then the sign and exponent.
    const img = new DataView(n.extended.buffer, n.extended.byteOffset, 10);
    g.emit('\tsub $16, %rsp', `\tmovabs $${img.getBigUint64(0, true)}, %rax`, '\tmov %rax, (%rsp)',
      `\tmovw $${img.getUint16(8, true)}, 8(%rsp)`, '\tfldt (%rsp)', '\tadd $16, %rsp');
    return;
  }
  if (n.ty!.kind === 'ldouble') {
    buf.setFloat64(0, n.fval!, true);
    g.emit('\tsub $16, %rsp', `\tmovabs $${buf.getBigUint64(0, true)}, %rax`, '\tmov %rax, (%rsp)', '\tfldl (%rsp)', '\tadd $16, %rsp');
    return;
  }
  if (n.ty!.kind === 'float') {
    buf.setFloat32(0, n.fval!, true);
    if (n.signalingNaN) buf.setUint32(0, SNAN_FLOAT_BITS, true);
    g.emit(`\tmov $${buf.getUint32(0, true)}, %eax`, '\tmovd %eax, %xmm0');
  } else {
    buf.setFloat64(0, n.fval!, true);
    if (n.signalingNaN) buf.setBigUint64(0, SNAN_DOUBLE_BITS, true);
    g.emit(`\tmovabs $${buf.getBigUint64(0, true)}, %rax`, '\tmovq %rax, %xmm0');
  }
}

/**
 * `lhs = rhs`. A scalar whose address is plain (variables only: `p->x`, `a[i]`) gets its
 * value first and then its address in %rdi/%rdx, with no push; a constant is stored as an immediate. `valueUsed` false: a statement, whose value is dropped.
 */
export function genAssign(g: Gen, n: Node, valueUsed = true): void {
  const lhs = n.lhs!;
  const ty = n.ty!;
  // `x = (a, b)`: gcc runs a before it computes x's address.
  let rhs: Node = n.rhs!;
  while (rhs.kind === 'comma') {
    genDiscard(g, rhs.lhs!);
    rhs = rhs.rhs!;
  }
  if (lhs.kind === 'var' && lhs.obj!.isGlobalRegister) {
    genExpr(g, rhs);
    const r = lhs.obj!.asmRegister!;
    g.emit(lhs.obj!.ty.size === 8 ? `\tmov %rax, %${r}` : `\tmov %eax, %${low32(r)}`);
    return;
  }
  const bitfield = lhs.kind === 'member' && lhs.member!.isBitfield;
  if (isScalarKind(ty) && !bitfield) {
    const imm = storeImmediate(rhs, ty);
    const plan = registerFreeLvalue(lhs);
    if (imm !== undefined) {
      if (plan) g.emit(...plan.code);
      g.emit(`\tmov${SIZE_SUFFIX[ty.size]} $${imm}, ${formatAddress(plan ? plan.addr : genAddress(g, lhs))}`);
      if (valueUsed) genExpr(g, rhs);
      return;
    }
    // (Which of the value and the address gcc computes first depends on more than the
    // operands' shapes; only an address needing no reads, or a value without effects, may go either way.)
    if (plan && (plan.code.length === 0 || isPure(rhs))) {
      genExpr(g, rhs);
      g.emit(...plan.code);
      storeScalar(g, ty, formatAddress(plan.addr));
      return;
    }
    // A variable's value goes through %rcx, which no address computation uses.
    const source = isInteger(ty) || ty.kind === 'ptr' ? plainSource(rhs, ty) : undefined;
    if (source) {
      const mem = formatAddress(genAddress(g, lhs));
      loadFrom(g, source.ty!, directOperand(source)!, 'rcx');
      g.emit(`\tmov ${rcxOf(ty.size)}, ${mem}`);
      if (valueUsed) g.emit('\tmov %rcx, %rax');
      return;
    }
  }
  if ((isScalarKind(ty) || ty.kind === 'ldouble') && valueBeforeAddress(lhs, rhs)) {
    storeValueFirst(g, lhs, rhs, ty);
    return;
  }
  genAddr(g, lhs);
  g.push();
  genExpr(g, rhs);
  if (bitfield) {
    storeBitfield(g, lhs);
    return;
  }
  store(g, ty);
}

/** `lhs = rhs` with the value computed before the address (gcc's order there). */
function storeValueFirst(g: Gen, lhs: Node, rhs: Node, ty: Type): void {
  genExpr(g, rhs);
  if (lhs.kind === 'member' && lhs.member!.isBitfield) {
    g.push();
    genAddr(g, lhs);
    g.emit('\txchg %rax, (%rsp)'); // the address on the stack, the value in %rax
    storeBitfield(g, lhs);
    return;
  }
  if (ty.kind === 'ldouble') {
    g.pushld();
    genAddr(g, lhs);
    g.emit('\tmov %rax, %rdi');
    g.popld();
    g.emit('\tfld %st(0)', '\tfstpt (%rdi)'); // the value stays in %st(0), as store leaves it
    return;
  }
  const flonum = isFlonum(ty);
  if (flonum) g.pushf();
  else g.push();
  genAddr(g, lhs);
  g.emit('\tmov %rax, %rdi');
  if (flonum) g.popf(0);
  else g.pop('%rax');
  storeScalar(g, ty, '(%rdi)');
}

/**
 * A variable whose value, loaded as its own type, is `rhs` converted to `ty`: the variable
 * itself, or one under an integer conversion that only widens or drops high bits.
 */
function plainSource(rhs: Node, ty: Type): Node | undefined {
  let v = rhs;
  if (v.kind === 'cast' && isInteger(v.lhs!.ty!) && ty.kind !== 'bool') v = v.lhs!;
  if (!(isInteger(v.ty!) || v.ty!.kind === 'ptr') || (v !== rhs && v.ty!.size < ty.size && v.ty!.kind === 'bool')) return undefined;
  return directOperand(v) !== undefined ? v : undefined;
}

/** The `size`-byte part of %rcx (4 → %ecx). */
function rcxOf(size: number): string {
  return size === 1 ? '%cl' : size === 2 ? '%cx' : size === 4 ? '%ecx' : '%rcx';
}

const SIZE_SUFFIX: Record<number, string> = { 1: 'b', 2: 'w', 4: 'l', 8: 'q' };

/** %rax / %xmm0 to memory. */
function storeScalar(g: Gen, ty: Type, mem: string): void {
  if (ty.kind === 'float') g.emit(`\tmovss %xmm0, ${mem}`);
  else if (ty.kind === 'double') g.emit(`\tmovsd %xmm0, ${mem}`);
  else g.emit(`\tmov ${regA(ty.size)}, ${mem}`);
}

/** An integer constant stored into an object of type `ty`, as the immediate of a mov. */
function storeImmediate(rhs: Node, ty: Type): bigint | undefined {
  const c = isInteger(ty) || ty.kind === 'ptr' ? integerConstant(rhs) : undefined;
  if (c === undefined) return undefined;
  const v = BigInt.asIntN(ty.size * 8, c);
  return v >= -0x80000000n && v <= 0x7fffffffn ? v : undefined;
}

function spansNineBytes(m: Member): boolean {
  return m.bitOffset + m.bitWidth > 64;
}

function bitfieldUnit(n: Node): number {
  const m = n.member!;
  return m.bitOffset + m.bitWidth <= m.ty.size * 8 ? m.ty.size : 8;
}

function loadBitfield(g: Gen, n: Node): void {
  const m = n.member!;
  const unit = bitfieldUnit(n);
  if (spansNineBytes(m)) {
    // A packed field of 58+ bits not starting on a byte: its bits straddle 9 bytes.
    g.emit('\tmovzbl 8(%rax), %ecx', '\tmov (%rax), %rax', `\tshrd $${m.bitOffset}, %rcx, %rax`);
  } else {
    load(g, unit === 8 ? { ...m.ty, size: 8, isUnsigned: true } as Type : { ...m.ty, isUnsigned: true } as Type);
  }
  const shl = spansNineBytes(m) ? 64 - m.bitWidth : 64 - m.bitOffset - m.bitWidth;
  const shr = 64 - m.bitWidth;
  if (shl > 0) g.emit(`\tshl $${shl}, %rax`);
  if (shr > 0) g.emit(m.ty.isUnsigned || m.ty.kind === 'bool' ? `\tshr $${shr}, %rax` : `\tsar $${shr}, %rax`);
}

/** Read-modify-write of the bit-field's storage unit; the address is on the stack. */
function storeBitfield(g: Gen, n: Node): void {
  const m = n.member!;
  const unit = bitfieldUnit(n);
  g.pop('%rdi');
  const mask = (1n << BigInt(m.bitWidth)) - 1n;
  const hole = BigInt.asUintN(64, ~(mask << BigInt(m.bitOffset)));
  g.emit('\tmov %rax, %r8');
  g.emit(`\tmovabs $${mask}, %rdx`, '\tand %rdx, %rax');
  if (spansNineBytes(m)) {
    // The bits past the eighth byte go to the ninth.
    const highHole = Number(BigInt.asUintN(8, ~(mask >> BigInt(64 - m.bitOffset))));
    g.emit('\tmov %rax, %rsi', `\tshr $${64 - m.bitOffset}, %rsi`, '\tmovzbl 8(%rdi), %edx', `\tand $${highHole}, %edx`,
      '\tor %esi, %edx', '\tmov %dl, 8(%rdi)');
  }
  if (m.bitOffset > 0) g.emit(`\tshl $${m.bitOffset}, %rax`);
  const loadOld = unit === 1 ? '\tmovzbl (%rdi), %edx' : unit === 2 ? '\tmovzwl (%rdi), %edx' : unit === 4 ? '\tmovl (%rdi), %edx' : '\tmov (%rdi), %rdx';
  g.emit(loadOld, `\tmovabs $${hole}, %rcx`, '\tand %rcx, %rdx', '\tor %rdx, %rax');
  g.emit(`\tmov ${regA(unit)}, (%rdi)`);
  // The assignment's value is the new field value, truncated like a load would.
  g.emit('\tmov %r8, %rax');
  const shl = 64 - m.bitWidth;
  if (shl > 0) g.emit(`\tshl $${shl}, %rax`, m.ty.isUnsigned || m.ty.kind === 'bool' ? `\tshr $${shl}, %rax` : `\tsar $${shl}, %rax`);
}
