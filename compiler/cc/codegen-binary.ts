/**
 * Binary operators and conditions on integers and floats: operands in %rax and %rdi
 * (%xmm0/%xmm1, the x87 stack for long double), constants as immediates, comparisons
 * that feed a branch as `cmp` + `jcc`.
 */
import type { Node } from './ast.js';
import { cmpZero, directOperand, genExpr, isScalarKind, loadFrom } from './codegen-expr.js';
import { formatAddress, integerConstant, registerFreeLvalue, type AddressPlan } from './codegen-address.js';
import type { Gen } from './codegen-state.js';
import { errorAt } from './report.js';
import { castNode } from './typecheck.js';
import { trapvRoutine } from './trapv.js';
import { isFlonum, isInteger, isNumberLikeAggregate, tyBool, type Type } from './types.js';

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

/**
 * Jumps to `target` if the truth of `cond` equals `when`. Integer comparisons and
 * && / || branch directly on the flags instead of materializing 0/1 first.
 */
export function genBranch(g: Gen, cond: Node, when: boolean, target: string): void {
  // `if (z)` on a complex or 128-bit value: its truth value is an int.
  if (isNumberLikeAggregate(cond.ty!)) cond = castNode(cond, tyBool);
  // `do { ... } while (0)`: nothing to test.
  const known = integerConstant(cond);
  if (known !== undefined) {
    if ((known !== 0n) === when) g.emit(`\tjmp ${target}`);
    return;
  }
  switch (cond.kind) {
    case 'eq': case 'ne': case 'lt': case 'le': {
      const lty = cond.lhs!.ty!;
      if (isFlonum(lty)) break;
      const cc = conditionCode(cond.kind, lty.isUnsigned, genCompareOperands(g, cond));
      g.emit(`\tj${when ? cc : NEGATED[cc]} ${target}`);
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
  // `if (p)`, `while (s->n)`: compare the variable in memory.
  const load = plainLoad(cond);
  if (load && load.source === cond) {
    const sfx = { 1: 'b', 2: 'w', 4: 'l', 8: 'q' }[cond.ty!.size];
    g.emit(...load.plan.code, `\tcmp${sfx} $0, ${formatAddress(load.plan.addr)}`);
  } else {
    genExpr(g, cond);
    cmpZero(g, cond.ty!);
  }
  g.emit(`\t${when ? 'jne' : 'je'} ${target}`);
}

/** Where genIntOperands left the right operand, and whether the two were exchanged. */
interface Operands {
  wide: boolean;
  right: string; // %rdi/%edi, or a memory operand of the operation's width
  swapped: boolean; // %rax holds the right operand and `right` the left one
}

/**
 * Integer operands of a binary operator: lhs in %rax; rhs in %rdi, or left in memory
 * when it is a variable of the operation's width (`add -12(%rbp), %eax`), which saves a
 * load. With `swap`, a plain variable on the left may stay in memory instead, the right
 * side going to %rax (the caller then undoes the exchange).
 */
function genIntOperands(g: Gen, n: Node, swap: boolean): Operands {
  const wide = isWide(n.lhs!.ty!);
  const reg = wide ? '%rdi' : '%edi';
  const load = plainLoad(n.rhs!);
  if (load) {
    genExpr(g, n.lhs!);
    g.emit(...load.plan.code);
    const mem = formatAddress(load.plan.addr);
    if (swap && load.source === n.rhs && hasWidth(load.source.ty!, wide)) return { wide, right: mem, swapped: false };
    loadFrom(g, load.source.ty!, mem, 'rdi');
    return { wide, right: reg, swapped: false };
  }
  if (isSimple(n.rhs!)) {
    genExpr(g, n.lhs!);
    genSimpleOperand(g, n.rhs!);
  } else if (isSimple(n.lhs!) && !isFlonum(n.lhs!.ty!) && lhsMayLoadLast(n)) {
    // Loading a constant or a variable touches only %rax, so %rdi can hold the right side.
    const lmem = swap ? memoryOperand(n.lhs!, wide) : undefined;
    genExpr(g, n.rhs!);
    if (lmem) return { wide, right: lmem, swapped: true };
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
  return { wide, right: reg, swapped: false };
}

/** An integer variable (or member of one) exactly as wide as the operation, as a memory operand. */
function memoryOperand(n: Node, wide: boolean): string | undefined {
  if (n.kind !== 'var' && n.kind !== 'member') return undefined;
  return hasWidth(n.ty!, wide) ? directOperand(n) : undefined;
}

function isIntegerOrPointer(t: Type): boolean {
  return isInteger(t) || t.kind === 'ptr';
}

/** An integer or pointer type exactly as wide as a 64-bit (`wide`) or 32-bit operation. */
function hasWidth(t: Type, wide: boolean): boolean {
  return (isInteger(t) || t.kind === 'ptr') && t.kind !== 'bool' && t.size === (wide ? 8 : 4);
}

/**
 * A right operand that is a load needing no %rax (registerFreeLvalue: `p->x`, `a[i]`), or
 * such a load converted to a wider or same-size integer (loads extend to 64 bits already).
 */
function plainLoad(n: Node): { source: Node; plan: AddressPlan } | undefined {
  let v = n;
  if (v.kind === 'cast' && isIntegerOrPointer(v.ty!) && v.ty!.kind !== 'bool' && isIntegerOrPointer(v.lhs!.ty!) && v.lhs!.ty!.size <= v.ty!.size) v = v.lhs!;
  if (v.kind !== 'var' && v.kind !== 'member' && v.kind !== 'deref') return undefined;
  if (!isIntegerOrPointer(v.ty!)) return undefined;
  const plan = registerFreeLvalue(v);
  // (A volatile object behind a pointer keeps the order the other paths give it.)
  if (!plan || (v.ty!.isVolatile && plan.code.length > 0)) return undefined;
  return { source: v, plan };
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

/**
 * Sets the flags for comparison n and says whether they compare its operands the other
 * way round (right against left): a constant goes into the instruction, against a
 * variable in memory when there is one (`cmpl $4, -40(%rbp)`).
 */
function genCompareOperands(g: Gen, n: Node): boolean {
  const wide = isWide(n.lhs!.ty!);
  const ax = wide ? '%rax' : '%eax';
  const sfx = wide ? 'q' : 'l';
  const imm = immediateOf(n.rhs!);
  const limm = imm === undefined ? immediateOf(n.lhs!) : undefined;
  if (imm !== undefined || limm !== undefined) {
    const [value, other] = imm !== undefined ? [imm, n.lhs!] : [limm!, n.rhs!];
    const load = plainLoad(other);
    if (load && load.source === other && hasWidth(other.ty!, wide)) {
      g.emit(...load.plan.code, `\tcmp${sfx} $${value}, ${formatAddress(load.plan.addr)}`);
    } else {
      genExpr(g, other);
      g.emit(`\tcmp $${value}, ${ax}`);
    }
    return imm === undefined;
  }
  const ops = genIntOperands(g, n, true);
  g.emit(`\tcmp ${ops.right}, ${ax}`);
  return ops.swapped;
}

/** The condition code (`l`, `be`...) under which comparison `kind` holds, for flags of `cmp right, left`. */
export function conditionCode(kind: Node['kind'], unsigned: boolean, swapped: boolean): string {
  switch (kind) {
    case 'eq': return 'e';
    case 'ne': return 'ne';
    case 'lt': return swapped ? (unsigned ? 'a' : 'g') : unsigned ? 'b' : 'l';
    default: return swapped ? (unsigned ? 'ae' : 'ge') : unsigned ? 'be' : 'le';
  }
}

const NEGATED: Record<string, string> = { e: 'ne', ne: 'e', l: 'ge', ge: 'l', le: 'g', g: 'le', b: 'ae', ae: 'b', be: 'a', a: 'be' };

export function genCond(g: Gen, n: Node): void {
  const els = g.newLabel();
  const end = g.newLabel();
  genBranch(g, n.cond!, false, els);
  genExpr(g, n.then!);
  g.emit(`\tjmp ${end}`);
  g.label(els);
  genExpr(g, n.els!);
  g.label(end);
}

export function genNeg(g: Gen, n: Node): void {
  const ty = n.ty!;
  // `-EINVAL`: the constant itself, wrapped to its type.
  if (n.lhs!.kind === 'num' && isInteger(ty) && (ty.size === 4 || ty.size === 8)) {
    const bits = ty.size * 8;
    const v = ty.isUnsigned ? BigInt.asUintN(bits, -n.lhs!.val!) : BigInt.asIntN(bits, -n.lhs!.val!);
    genExpr(g, { ...n.lhs!, val: v, ty });
    return;
  }
  genExpr(g, n.lhs!);
  if (ty.kind === 'ldouble') g.emit('\tfchs');
  else if (ty.kind === 'float') g.emit('\tmovd %xmm0, %eax', '\txor $0x80000000, %eax', '\tmovd %eax, %xmm0');
  else if (ty.kind === 'double') g.emit('\tmovq %xmm0, %rax', '\tbtc $63, %rax', '\tmovq %rax, %xmm0');
  else g.emit(ty.size === 8 ? '\tneg %rax' : '\tneg %eax');
}

export function genLogical(g: Gen, n: Node): void {
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

export function genBinary(g: Gen, n: Node): void {
  const lty = n.lhs!.ty!;
  if (isFlonum(lty)) {
    genFloatBinary(g, n);
    return;
  }
  if (n.kind === 'eq' || n.kind === 'ne' || n.kind === 'lt' || n.kind === 'le') {
    const cc = conditionCode(n.kind, lty.isUnsigned, genCompareOperands(g, n));
    g.emit(`\tset${cc} %al`, '\tmovzbl %al, %eax');
    return;
  }
  if (genImmediateBinary(g, n)) return;
  const shift = n.kind === 'shl' || n.kind === 'shr';
  const { wide, right, swapped } = genIntOperands(g, n, !shift);
  const ax = wide ? '%rax' : '%eax';
  const dx = wide ? '%rdx' : '%edx';
  const uns = lty.isUnsigned;
  switch (n.kind) {
    case 'add': g.emit(`\tadd ${right}, ${ax}`); return;
    // Exchanged: right - left, negated.
    case 'sub': g.emit(`\tsub ${right}, ${ax}`, ...(swapped ? [`\tneg ${ax}`] : [])); return;
    case 'mul': g.emit(`\timul ${right}, ${ax}`); return;
    case 'div': case 'mod': {
      if (swapped) {
        g.emit(wide ? '\tmov %rax, %rdi' : '\tmov %eax, %edi', `\tmov ${right}, ${ax}`);
      }
      let divisor = swapped ? (wide ? '%rdi' : '%edi') : right;
      // cltd/cqo (or the xor) overwrite %rdx, which may index a memory divisor: `a[i] % d[i]`.
      if (divisor.includes('%rdx')) {
        g.emit(`\tmov ${divisor}, ${wide ? '%rdi' : '%edi'}`);
        divisor = wide ? '%rdi' : '%edi';
      }
      const sized = divisor.startsWith('%') ? '' : wide ? 'q' : 'l';
      if (uns) g.emit('\txor %edx, %edx', `\tdiv${sized} ${divisor}`);
      else g.emit(wide ? '\tcqo' : '\tcltd', `\tidiv${sized} ${divisor}`);
      if (n.kind === 'mod') g.emit(`\tmov ${dx}, ${ax}`);
      return;
    }
    case 'band': g.emit(`\tand ${right}, ${ax}`); return;
    case 'bor': g.emit(`\tor ${right}, ${ax}`); return;
    case 'bxor': g.emit(`\txor ${right}, ${ax}`); return;
    case 'shl': g.emit('\tmov %rdi, %rcx', `\tshl %cl, ${ax}`); return;
    case 'shr': g.emit('\tmov %rdi, %rcx', uns ? `\tshr %cl, ${ax}` : `\tsar %cl, ${ax}`); return;
    default:
      errorAt(n.tok, `internal: cannot generate '${n.kind}'`);
  }
}

/**
 * -ftrapv's checked operations (trapv.ts): the operands are evaluated as for the plain
 * operator, then passed to libgcc's routine in %edi/%esi (%rdi/%rsi for long), which
 * returns the result or aborts.
 */
export function genTrapv(g: Gen, n: Node): void {
  if (n.label === 'neg') {
    genExpr(g, n.lhs!);
    g.emit(isWide(n.ty!) ? '\tmov %rax, %rdi' : '\tmov %eax, %edi');
  } else {
    const { wide, right } = genIntOperands(g, n, false);
    // The right operand first: it may be %rdi itself, or memory addressed through it.
    g.emit(wide ? `\tmov ${right}, %rsi` : `\tmov ${right}, %esi`, wide ? '\tmov %rax, %rdi' : '\tmov %eax, %edi');
  }
  g.callRuntime(trapvRoutine(n));
}

/** The value of an integer constant that fits an instruction's 32-bit immediate. */
function immediateOf(n: Node): bigint | undefined {
  const c = integerConstant(n);
  if (c === undefined) return undefined;
  const v = BigInt.asIntN(64, c);
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
  g.emit(`\t${n.signaling ? 'fcomip' : 'fucomip'} %st(1), %st`, '\tfstp %st(0)');
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
  g.noFloatingPoint(n.tok);
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
  const compare = `${n.signaling ? 'comi' : 'ucomi'}${s}`;
  switch (n.kind) {
    case 'add': g.emit(`\tadd${s} %xmm1, %xmm0`); return;
    case 'sub': g.emit(`\tsub${s} %xmm1, %xmm0`); return;
    case 'mul': g.emit(`\tmul${s} %xmm1, %xmm0`); return;
    case 'div': g.emit(`\tdiv${s} %xmm1, %xmm0`); return;
    case 'eq': g.emit(`\tucomi${s} %xmm1, %xmm0`, '\tsete %al', '\tsetnp %dl', '\tand %dl, %al', '\tmovzbl %al, %eax'); return;
    case 'ne': g.emit(`\tucomi${s} %xmm1, %xmm0`, '\tsetne %al', '\tsetp %dl', '\tor %dl, %al', '\tmovzbl %al, %eax'); return;
    case 'lt': g.emit(`\t${compare} %xmm0, %xmm1`, '\tseta %al', '\tmovzbl %al, %eax'); return;
    case 'le': g.emit(`\t${compare} %xmm0, %xmm1`, '\tsetae %al', '\tmovzbl %al, %eax'); return;
    default: errorAt(n.tok, 'invalid operands to floating-point operation');
  }
}
