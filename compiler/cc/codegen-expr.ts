/**
 * Expression code generation, chibicc style: an integer or pointer result lands in %rax,
 * a float/double in %xmm0, an aggregate as its address in %rax. A binary operator's right
 * operand ends in %rdi (on the stack while a complex left operand is computed), or in
 * the instruction itself when it is a small constant. Only the low bits
 * of %rax that belong to the value's type are meaningful; casts (codegen-cast.ts) extend
 * explicitly.
 */
import type { Node, Obj } from './ast.js';
import { genBuiltin } from './codegen-builtin.js';
import { genComplex } from './codegen-complex.js';
import { genInt128 } from './codegen-int128.js';
import { genVector } from './codegen-vector.js';
import { genCall, genVaArg, genVaStart } from './codegen-call.js';
import type { Gen } from './codegen-state.js';
import { genStmt } from './codegen-stmt.js';
import { genNestedAddr } from './nested.js';
import { genCast } from './codegen-cast.js';
import { errorAt } from './report.js';
import { castNode } from './typecheck.js';
import { isFlonum, isInteger, isNumberLikeAggregate, tyBool, type Member, type Type } from './types.js';

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
function loadFrom(g: Gen, ty: Type, mem: string, reg: 'rax' | 'rdi'): void {
  switch (ty.kind) {
    case 'array': case 'struct': case 'union': case 'func': case 'void':
      if (mem !== '(%rax)') g.emit(`\tlea ${mem}, %${reg}`);
      return; // the address is the value
    case 'float': g.emit(`\tmovss ${mem}, %xmm${reg === 'rax' ? 0 : 1}`); return;
    case 'double': g.emit(`\tmovsd ${mem}, %xmm${reg === 'rax' ? 0 : 1}`); return;
    case 'ldouble':
      if (reg === 'rdi') throw new Error('internal: long double is never a simple operand');
      g.emit(`\tfldt ${mem}`);
      return;
    default: break;
  }
  const u = ty.isUnsigned || ty.kind === 'bool';
  const r32 = reg === 'rax' ? '%eax' : '%edi';
  switch (ty.size) {
    case 1: g.emit(`\t${u ? 'movzbl' : 'movsbl'} ${mem}, ${r32}`); break;
    case 2: g.emit(`\t${u ? 'movzwl' : 'movswl'} ${mem}, ${r32}`); break;
    case 4: g.emit(u ? `\tmovl ${mem}, ${r32}` : `\tmovslq ${mem}, %${reg}`); break;
    default: g.emit(`\tmov ${mem}, %${reg}`);
  }
}

/**
 * A memory operand for an lvalue whose address needs no computation: a variable, or a
 * member of one (`-24(%rbp)`, `sym+8(%rip)`). Undefined when code must compute it.
 */
function directOperand(n: Node): string | undefined {
  if (n.kind === 'var') {
    const o = n.obj!;
    if (o.isFunction || o.ty.isVla || o.frameOwner || o.isThreadLocal) return undefined;
    return o.isLocal ? `${o.offset}(%rbp)` : `${o.name}(%rip)`;
  }
  if (n.kind === 'member' && !n.member!.isBitfield) {
    const base = n.lhs!;
    if (base.kind !== 'var' && !(base.kind === 'member' && !base.member!.isBitfield)) return undefined;
    const inner = directOperand(base);
    if (!inner) return undefined;
    const off = n.member!.offset;
    if (off === 0) return inner;
    const o = base.kind === 'var' ? base.obj! : rootObj(base);
    if (!o) return undefined;
    const total = memberOffset(n);
    return o.isLocal ? `${o.offset + total}(%rbp)` : `${o.name}+${total}(%rip)`;
  }
  return undefined;
}

function rootObj(n: Node): Node['obj'] {
  let cur = n;
  while (cur.kind === 'member') cur = cur.lhs!;
  return cur.kind === 'var' ? cur.obj : undefined;
}

function memberOffset(n: Node): number {
  let total = 0;
  let cur = n;
  while (cur.kind === 'member') {
    total += cur.member!.offset;
    cur = cur.lhs!;
  }
  return total;
}

/** A right operand that can be put in %rdi (%xmm1) without disturbing %rax: a constant or a variable. */
function genSimpleOperand(g: Gen, n: Node): boolean {
  if (n.kind === 'num' && !isFlonum(n.ty!)) {
    const v = BigInt.asIntN(64, n.val!);
    if (v < -0x80000000n || v > 0x7fffffffn) return false;
    g.emit(v === 0n ? '\txor %edi, %edi' : `\tmov $${v}, %rdi`);
    return true;
  }
  if ((n.kind === 'var' || n.kind === 'member') && (isScalarKind(n.ty!))) {
    const mem = directOperand(n);
    if (!mem) return false;
    loadFrom(g, n.ty!, mem, 'rdi');
    return true;
  }
  return false;
}

function isSimple(n: Node): boolean {
  if (n.kind === 'num') {
    const v = BigInt.asIntN(64, n.val!);
    return !isFlonum(n.ty!) && v >= -0x80000000n && v <= 0x7fffffffn;
  }
  return (n.kind === 'var' || n.kind === 'member') && isScalarKind(n.ty!) && directOperand(n) !== undefined;
}

function isScalarKind(t: Type): boolean {
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

/** Copies `size` bytes from (src) to (dst) through %r8, widest moves first. */
export function copyBytes(g: Gen, src: string, dst: string, size: number): void {
  let i = 0;
  for (; i + 8 <= size; i += 8) g.emit(`\tmov ${i}(${src}), %r8`, ) , g.emit(`\tmov %r8, ${i}(${dst})`);
  for (; i + 4 <= size; i += 4) g.emit(`\tmov ${i}(${src}), %r8d`), g.emit(`\tmov %r8d, ${i}(${dst})`);
  for (; i < size; i++) g.emit(`\tmov ${i}(${src}), %r8b`), g.emit(`\tmov %r8b, ${i}(${dst})`);
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
 * its own address, x86-64's TLS variant II). The executable is static, so an object
 * defined here uses the local-exec offset; one defined elsewhere reads its offset from
 * the GOT (initial-exec), which the linker turns back into a constant, as gcc -fno-pie does.
 */
function genThreadLocalAddr(g: Gen, o: Obj, n: Node): void {
  if (g.opts.kernel) errorAt(n.tok, 'thread-local storage is not available in kernel code');
  g.emit('\tmov %fs:0, %rax');
  if (o.isDefinition || o.isTentative || o.isStatic) g.emit(`\tlea ${o.name}@tpoff(%rax), %rax`);
  else g.emit(`\tadd ${o.name}@gottpoff(%rip), %rax`);
}

export function genAddr(g: Gen, n: Node): void {
  switch (n.kind) {
    case 'var': {
      const o = n.obj!;
      if ((o.frameOwner || o.nesting) && genNestedAddr(g, o)) return;
      // A VLA's slot holds the address of its storage.
      if (o.ty.isVla) g.emit(`\tmov ${o.offset}(%rbp), %rax`);
      else if (o.isLocal) g.emit(`\tlea ${o.offset}(%rbp), %rax`);
      else if (o.isThreadLocal) genThreadLocalAddr(g, o, n);
      else g.emit(`\tlea ${o.name}(%rip), %rax`);
      return;
    }
    case 'deref':
      genExpr(g, n.lhs!);
      return;
    case 'comma':
      genExpr(g, n.lhs!);
      genAddr(g, n.rhs!);
      return;
    case 'member':
      genAddr(g, n.lhs!);
      if (n.member!.offset !== 0) g.emit(`\tadd $${n.member!.offset}, %rax`);
      return;
    case 'call':
      if (n.retBuffer) {
        genExpr(g, n);
        return;
      }
      break;
    case 'stmtExpr': case 'cond': case 'assign': case 'cast': case 'vaArg': case 'complex': case 'int128': case 'vector':
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
  if (g.opts.kernel && n.ty && isFlonum(n.ty)) g.noFloatInKernel(n.tok);
  switch (n.kind) {
    case 'num': genNum(g, n); return;
    case 'fnum': genFnum(g, n); return;
    case 'var': case 'member': {
      if (n.kind === 'member' && n.member!.isBitfield) {
        genAddr(g, n);
        loadBitfield(g, n);
        return;
      }
      const mem = directOperand(n);
      if (mem) {
        loadFrom(g, n.ty!, mem, 'rax');
        return;
      }
      genAddr(g, n);
      load(g, n.ty!);
      return;
    }
    case 'deref':
      genExpr(g, n.lhs!);
      load(g, n.ty!);
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
      genCast(g, n.lhs!.ty!, n.ty!);
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
    case 'vector': genVector(g, n); return;
    case 'vlaAlloc':
      genExpr(g, n.lhs!);
      genStackAlloc(g);
      g.emit(`\tmov %rax, ${n.obj!.offset}(%rbp)`);
      return;
    case 'nop': return;
    default: break;
  }
  genBinary(g, n);
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

/** Evaluates for side effects only; a long double result must not stay on the x87 stack. */
export function genDiscard(g: Gen, n: Node): void {
  genExpr(g, n);
  if (n.ty?.kind === 'ldouble') g.emit('\tfstp %st(0)');
}

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
  g.noFloatInKernel(n.tok);
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
    g.emit(`\tmov $${buf.getUint32(0, true)}, %eax`, '\tmovd %eax, %xmm0');
  } else {
    buf.setFloat64(0, n.fval!, true);
    g.emit(`\tmovabs $${buf.getBigUint64(0, true)}, %rax`, '\tmovq %rax, %xmm0');
  }
}

function genAssign(g: Gen, n: Node): void {
  const lhs = n.lhs!;
  const mem = isScalarKind(n.ty!) ? directOperand(lhs) : undefined;
  if (mem) {
    genExpr(g, n.rhs!);
    if (n.ty!.kind === 'float') g.emit(`\tmovss %xmm0, ${mem}`);
    else if (n.ty!.kind === 'double') g.emit(`\tmovsd %xmm0, ${mem}`);
    else g.emit(`\tmov ${regA(n.ty!.size)}, ${mem}`);
    return;
  }
  genAddr(g, lhs);
  g.push();
  genExpr(g, n.rhs!);
  if (lhs.kind === 'member' && lhs.member!.isBitfield) {
    storeBitfield(g, lhs);
    return;
  }
  store(g, n.ty!);
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

/**
 * Jumps to `target` if the truth of `cond` equals `when`. Integer comparisons and
 * && / || branch directly on the flags instead of materializing 0/1 first.
 */
export function genBranch(g: Gen, cond: Node, when: boolean, target: string): void {
  // `if (z)` on a complex or 128-bit value: its truth value is an int.
  if (isNumberLikeAggregate(cond.ty!)) cond = castNode(cond, tyBool);
  switch (cond.kind) {
    case 'eq': case 'ne': case 'lt': case 'le': {
      const lty = cond.lhs!.ty!;
      if (isFlonum(lty)) break;
      genCompareOperands(g, cond);
      const uns = lty.isUnsigned;
      const jump: Record<string, [string, string]> = {
        eq: ['je', 'jne'], ne: ['jne', 'je'], lt: uns ? ['jb', 'jae'] : ['jl', 'jge'], le: uns ? ['jbe', 'ja'] : ['jle', 'jg'],
      };
      g.emit(`\t${jump[cond.kind][when ? 0 : 1]} ${target}`);
      return;
    }
    case 'not':
      genBranch(g, cond.lhs!, !when, target);
      return;
    case 'logand': case 'logor': {
      // a && b jumps to target on false if either is false; on true only if both are true.
      const isAnd = cond.kind === 'logand';
      if (isAnd !== when) {
        genBranch(g, cond.lhs!, when, target);
        genBranch(g, cond.rhs!, when, target);
      } else {
        const skip = g.newLabel();
        genBranch(g, cond.lhs!, !when, skip);
        genBranch(g, cond.rhs!, when, target);
        g.label(skip);
      }
      return;
    }
    default:
      break;
  }
  genExpr(g, cond);
  cmpZero(g, cond.ty!);
  g.emit(`\t${when ? 'jne' : 'je'} ${target}`);
}

/**
 * Integer operands of a binary operator: lhs in %rax, rhs in %rdi (a simple rhs is
 * loaded directly, avoiding a push/pop). Returns whether the operation is 64-bit.
 */
function genIntOperands(g: Gen, n: Node): boolean {
  const lty = n.lhs!.ty!;
  if (isSimple(n.rhs!)) {
    genExpr(g, n.lhs!);
    genSimpleOperand(g, n.rhs!);
  } else if (isSimple(n.lhs!) && !isFlonum(n.lhs!.ty!) && lhsMayLoadLast(n)) {
    // Loading a constant or a variable touches only %rax, so %rdi can hold the right side.
    genExpr(g, n.rhs!);
    g.emit('\tmov %rax, %rdi');
    genExpr(g, n.lhs!);
  } else if (n.rhsFirst) {
    genExpr(g, n.rhs!);
    g.push();
    genExpr(g, n.lhs!);
    g.pop('%rdi');
  } else {
    genExpr(g, n.lhs!);
    g.push();
    genExpr(g, n.rhs!);
    g.emit('\tmov %rax, %rdi');
    g.pop('%rax');
  }
  return isWide(lty);
}

/** Operators whose operands gcc may swap: it moves a plain variable behind the other operand. */
const COMMUTATIVE: ReadonlySet<Node['kind']> = new Set(['add', 'mul', 'band', 'bor', 'bxor', 'eq', 'ne', 'lt', 'le']);

/**
 * Operands are evaluated in gcc's order, which programs that print from both sides can
 * observe: left to right, except that a plain variable on the left of a commutative
 * operator is read after the right side (`g + f()` sees f's store to g; `g - f()` does not).
 */
function lhsMayLoadLast(n: Node): boolean {
  return n.rhsFirst === true || COMMUTATIVE.has(n.kind);
}

/** Whether integer operations on this operand type use the 64-bit registers. */
function isWide(t: Type): boolean {
  return t.size === 8 || t.kind === 'ptr' || t.kind === 'array' || t.kind === 'func';
}

function genCompareOperands(g: Gen, n: Node): void {
  const imm = immediateOf(n.rhs!);
  if (imm !== undefined) {
    genExpr(g, n.lhs!);
    g.emit(`\tcmp $${imm}, ${isWide(n.lhs!.ty!) ? '%rax' : '%eax'}`);
    return;
  }
  g.emit(genIntOperands(g, n) ? '\tcmp %rdi, %rax' : '\tcmp %edi, %eax');
}

function genCond(g: Gen, n: Node): void {
  const els = g.newLabel();
  const end = g.newLabel();
  genBranch(g, n.cond!, false, els);
  genExpr(g, n.then!);
  g.emit(`\tjmp ${end}`);
  g.label(els);
  genExpr(g, n.els!);
  g.label(end);
}

function genNeg(g: Gen, n: Node): void {
  genExpr(g, n.lhs!);
  const ty = n.ty!;
  if (ty.kind === 'ldouble') g.emit('\tfchs');
  else if (ty.kind === 'float') g.emit('\tmovd %xmm0, %eax', '\txor $0x80000000, %eax', '\tmovd %eax, %xmm0');
  else if (ty.kind === 'double') g.emit('\tmovq %xmm0, %rax', '\tbtc $63, %rax', '\tmovq %rax, %xmm0');
  else g.emit(ty.size === 8 ? '\tneg %rax' : '\tneg %eax');
}

function genLogical(g: Gen, n: Node): void {
  const short = g.newLabel();
  const end = g.newLabel();
  const isAnd = n.kind === 'logand';
  genExpr(g, n.lhs!);
  cmpZero(g, n.lhs!.ty!);
  g.emit(isAnd ? `\tje ${short}` : `\tjne ${short}`);
  genExpr(g, n.rhs!);
  cmpZero(g, n.rhs!.ty!);
  g.emit(isAnd ? `\tje ${short}` : `\tjne ${short}`);
  g.emit(isAnd ? '\tmov $1, %eax' : '\txor %eax, %eax', `\tjmp ${end}`);
  g.label(short);
  g.emit(isAnd ? '\txor %eax, %eax' : '\tmov $1, %eax');
  g.label(end);
}

function genBinary(g: Gen, n: Node): void {
  const lty = n.lhs!.ty!;
  if (isFlonum(lty)) {
    genFloatBinary(g, n);
    return;
  }
  if (genImmediateBinary(g, n)) return;
  const wide = genIntOperands(g, n);
  const ax = wide ? '%rax' : '%eax';
  const di = wide ? '%rdi' : '%edi';
  const dx = wide ? '%rdx' : '%edx';
  const uns = lty.isUnsigned;
  switch (n.kind) {
    case 'add': g.emit(`\tadd ${di}, ${ax}`); return;
    case 'sub': g.emit(`\tsub ${di}, ${ax}`); return;
    case 'mul': g.emit(`\timul ${di}, ${ax}`); return;
    case 'div': case 'mod':
      if (uns) g.emit('\txor %edx, %edx', `\tdiv ${di}`);
      else g.emit(wide ? '\tcqo' : '\tcltd', `\tidiv ${di}`);
      if (n.kind === 'mod') g.emit(`\tmov ${dx}, ${ax}`);
      return;
    case 'band': g.emit(`\tand ${di}, ${ax}`); return;
    case 'bor': g.emit(`\tor ${di}, ${ax}`); return;
    case 'bxor': g.emit(`\txor ${di}, ${ax}`); return;
    case 'shl': g.emit('\tmov %rdi, %rcx', `\tshl %cl, ${ax}`); return;
    case 'shr': g.emit('\tmov %rdi, %rcx', uns ? `\tshr %cl, ${ax}` : `\tsar %cl, ${ax}`); return;
    case 'eq': case 'ne': case 'lt': case 'le': {
      g.emit(`\tcmp ${di}, ${ax}`);
      const set = n.kind === 'eq' ? 'sete' : n.kind === 'ne' ? 'setne' : n.kind === 'lt' ? (uns ? 'setb' : 'setl') : uns ? 'setbe' : 'setle';
      g.emit(`\t${set} %al`, '\tmovzbl %al, %eax');
      return;
    }
    default:
      errorAt(n.tok, `internal: cannot generate '${n.kind}'`);
  }
}

/** The value of an integer constant that fits an instruction's 32-bit immediate. */
function immediateOf(n: Node): bigint | undefined {
  if (n.kind !== 'num' || isFlonum(n.ty!)) return undefined;
  const v = BigInt.asIntN(64, n.val!);
  return v >= -0x80000000n && v <= 0x7fffffffn ? v : undefined;
}

const IMMEDIATE_OPS: Partial<Record<Node['kind'], string>> = { add: 'add', sub: 'sub', band: 'and', bor: 'or', bxor: 'xor', mul: 'imul' };

/**
 * `x + 4`, `i * 8`, `n << 3`: the constant goes into the instruction (`add $4, %eax`)
 * rather than through %rdi. Pointer arithmetic scales by a constant at every step, so
 * this is the most common operand of all. Returns false when the form does not apply.
 */
function genImmediateBinary(g: Gen, n: Node): boolean {
  if ((n.kind === 'div' || n.kind === 'mod') && n.rhs!.kind === 'num' && !isFlonum(n.rhs!.ty!)) {
    const lty = n.lhs!.ty!;
    const bits = isWide(lty) ? 64 : 32;
    const d = lty.isUnsigned ? BigInt.asUintN(bits, n.rhs!.val!) : BigInt.asIntN(bits, n.rhs!.val!);
    if (d > 0n && (d & (d - 1n)) === 0n) return genPowerOfTwoDivision(g, n, d.toString(2).length - 1, bits === 64);
  }
  const imm = immediateOf(n.rhs!);
  if (imm === undefined) return false;
  const lty = n.lhs!.ty!;
  const wide = isWide(lty);
  const ax = wide ? '%rax' : '%eax';
  const op = IMMEDIATE_OPS[n.kind];
  if (op) {
    genExpr(g, n.lhs!);
    g.emit(op === 'imul' ? `\timul $${imm}, ${ax}, ${ax}` : `\t${op} $${imm}, ${ax}`);
    return true;
  }
  if ((n.kind === 'shl' || n.kind === 'shr') && imm >= 0n && imm < 64n) {
    genExpr(g, n.lhs!);
    const shift = n.kind === 'shl' ? 'shl' : lty.isUnsigned ? 'shr' : 'sar';
    // The count is masked as the variable-count form masks %cl (by 31 or 63).
    g.emit(`\t${shift} $${Number(imm) & (wide ? 63 : 31)}, ${ax}`);
    return true;
  }
  return false;
}

/**
 * x / 2^k and x % 2^k without a divide instruction (slow on hardware, slower still
 * emulated): a shift or a mask, with a bias for negative signed x so that the
 * quotient rounds toward zero and the remainder takes the dividend's sign, as C says.
 */
function genPowerOfTwoDivision(g: Gen, n: Node, k: number, wide: boolean): boolean {
  const bits = wide ? 64 : 32;
  const [ax, dx] = wide ? ['%rax', '%rdx'] : ['%eax', '%edx'];
  const mask = (1n << BigInt(k)) - 1n;
  // A mask wider than a sign-extended 32-bit immediate goes through %rdx.
  const andMask = mask > 0x7fffffffn && wide ? [`\tmovabs $${mask}, %rdx`, '\tand %rdx, %rax'] : [`\tand $${mask}, ${ax}`];
  genExpr(g, n.lhs!);
  if (n.lhs!.ty!.isUnsigned) {
    if (n.kind === 'mod') g.emit(...andMask);
    else if (k > 0) g.emit(`\tshr $${k}, ${ax}`);
    return true;
  }
  if (k === 0) {
    if (n.kind === 'mod') g.emit(`\txor ${ax}, ${ax}`);
    return true;
  }
  // %dx = 2^k - 1 when x is negative, else 0.
  g.emit(`\tmov ${ax}, ${dx}`, `\tsar $${bits - 1}, ${dx}`, `\tshr $${bits - k}, ${dx}`, `\tadd ${dx}, ${ax}`);
  if (n.kind === 'div') g.emit(`\tsar $${k}, ${ax}`);
  else if (mask <= 0x7fffffffn) g.emit(`\tand $${mask}, ${ax}`, `\tsub ${dx}, ${ax}`);
  else g.emit('\tmov %rdx, %rcx', `\tmovabs $${mask}, %rdx`, '\tand %rdx, %rax', '\tsub %rcx, %rax');
  return true;
}

/** long double arithmetic on the x87 stack: left operand in %st(1), right in %st(0). */
function genX87Binary(g: Gen, n: Node): void {
  if (n.rhsFirst) {
    genExpr(g, n.rhs!);
    g.pushld();
    genExpr(g, n.lhs!);
    g.popld();
  } else {
    genExpr(g, n.lhs!);
    g.pushld();
    genExpr(g, n.rhs!);
    g.popld();
    g.emit('\tfxch %st(1)');
  }
  switch (n.kind) {
    case 'add': g.emit('\tfaddp %st, %st(1)'); return;
    case 'mul': g.emit('\tfmulp %st, %st(1)'); return;
    // AT&T's reversed fsub/fdiv naming: these compute %st(1) - %st(0) and %st(1) / %st(0).
    case 'sub': g.emit('\tfsubrp %st, %st(1)'); return;
    case 'div': g.emit('\tfdivrp %st, %st(1)'); return;
    default: break;
  }
  // Compare right (%st(0)) with left (%st(1)), then drop both.
  g.emit('\tfucomip %st(1), %st', '\tfstp %st(0)');
  switch (n.kind) {
    case 'eq': g.emit('\tsete %al', '\tsetnp %dl', '\tand %dl, %al'); break;
    case 'ne': g.emit('\tsetne %al', '\tsetp %dl', '\tor %dl, %al'); break;
    case 'lt': g.emit('\tseta %al'); break;
    case 'le': g.emit('\tsetae %al'); break;
    default: errorAt(n.tok, 'invalid operands to floating-point operation');
  }
  g.emit('\tmovzbl %al, %eax');
}

function genFloatBinary(g: Gen, n: Node): void {
  const lty = n.lhs!.ty!;
  g.noFloatInKernel(n.tok);
  if (lty.kind === 'ldouble') {
    genX87Binary(g, n);
    return;
  }
  const s = lty.kind === 'float' ? 'ss' : 'sd';
  if (isSimple(n.rhs!) && n.rhs!.kind !== 'num') {
    genExpr(g, n.lhs!);
    genSimpleOperand(g, n.rhs!);
  } else if (n.rhsFirst || (isSimple(n.lhs!) && lhsMayLoadLast(n))) {
    genExpr(g, n.rhs!);
    g.pushf();
    genExpr(g, n.lhs!);
    g.popf(1);
  } else {
    genExpr(g, n.lhs!);
    g.pushf();
    genExpr(g, n.rhs!);
    g.emit('\tmovaps %xmm0, %xmm1');
    g.popf(0);
  }
  switch (n.kind) {
    case 'add': g.emit(`\tadd${s} %xmm1, %xmm0`); return;
    case 'sub': g.emit(`\tsub${s} %xmm1, %xmm0`); return;
    case 'mul': g.emit(`\tmul${s} %xmm1, %xmm0`); return;
    case 'div': g.emit(`\tdiv${s} %xmm1, %xmm0`); return;
    case 'eq': g.emit(`\tucomi${s} %xmm1, %xmm0`, '\tsete %al', '\tsetnp %dl', '\tand %dl, %al', '\tmovzbl %al, %eax'); return;
    case 'ne': g.emit(`\tucomi${s} %xmm1, %xmm0`, '\tsetne %al', '\tsetp %dl', '\tor %dl, %al', '\tmovzbl %al, %eax'); return;
    case 'lt': g.emit(`\tucomi${s} %xmm0, %xmm1`, '\tseta %al', '\tmovzbl %al, %eax'); return;
    case 'le': g.emit(`\tucomi${s} %xmm0, %xmm1`, '\tsetae %al', '\tmovzbl %al, %eax'); return;
    default: errorAt(n.tok, 'invalid operands to floating-point operation');
  }
}
