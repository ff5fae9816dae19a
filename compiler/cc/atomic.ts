/**
 * gcc's `__atomic_*` and legacy `__sync_*` builtins on 1, 2, 4 and 8-byte integers and
 * pointers (the generic `__atomic_load/store/exchange/compare_exchange` on any object of
 * those sizes). x86-64 is strongly ordered, so every memory order is implemented as sequentially
 * consistent: loads are plain moves, stores and exchanges use `xchg` (locked by itself),
 * fetch-and-add uses `lock xadd`, the other read-modify-writes a `lock cmpxchg` loop.
 *
 * The parser lowers a call to a 'builtin' node labelled `atomic:<op>` whose first argument is
 * the pointer; codegen expands it with the pointer in %rdi and the operand in %rsi.
 */
import type { IToken } from './chevrotain.js';
import { newNode, type Node } from './ast.js';
import type { Gen } from './codegen-state.js';
import { atomicShape } from './builtin-names.js';
import { errorAt } from './report.js';
import { addrNode, assignNode, castNode, derefNode, numNode, scaleBy } from './typecheck.js';
import { isInteger, pointerTo, tyBool, tyUChar, tyUInt, tyULong, tyUShort, tyVoid, type Type } from './types.js';

type RmwOp = 'add' | 'sub' | 'and' | 'or' | 'xor' | 'nand';

/** Whether `name` is an atomic builtin this module lowers. */
export function isAtomicBuiltin(name: string): boolean {
  return atomicShape(name) !== undefined;
}

/** The type an atomic operation works on: what the first argument points to. */
function objectType(p: Node, name: string, tok: IToken): Type {
  if (!isAtomicOperand(p.ty!)) {
    return errorAt(tok, `operand type of '${name}' is not a pointer to a 1, 2, 4 or 8-byte integer or pointer`);
  }
  return p.ty!.base!;
}

/** Whether `t` points to a 1, 2, 4 or 8-byte integer or pointer, which the instructions handle. */
function isAtomicOperand(t: Type): boolean {
  const base = t.kind === 'ptr' || t.kind === 'array' ? t.base! : undefined;
  return base !== undefined && (isInteger(base) || base.kind === 'ptr') && [1, 2, 4, 8].includes(base.size);
}

/** Lowers a call of an atomic builtin to a node codegen expands (genAtomic). */
export function lowerAtomic(name: string, args: Node[], tok: IToken): Node {
  const shape = atomicShape(name)!;
  if (args.length !== shape.argc) errorAt(tok, `wrong number of arguments to '${name}'`);
  if (shape.op.startsWith('generic_')) return lowerGeneric(name, shape.op, args, tok);
  const n = newNode('builtin', tok);
  n.label = `atomic:${shape.op}`;
  n.args = args;
  if (shape.op === 'fence' || shape.op === 'signal_fence') {
    n.ty = tyVoid;
    return n;
  }
  if ((shape.op === 'clear' || shape.op === 'test_and_set') && !isAtomicOperand(args[0].ty!)) {
    // These two take any object pointer (gcc declares `void *`) and work on its first byte:
    // <stdatomic.h>'s atomic_flag is a struct.
    if (args[0].ty!.kind !== 'ptr' && args[0].ty!.kind !== 'array') errorAt(tok, `argument 1 of '${name}' must be a pointer`);
    args[0] = castNode(args[0], pointerTo(tyUChar));
  }
  const obj = objectType(args[0], name, tok);
  // Operands are converted to the object's type; memory orders are evaluated and ignored.
  const operand = (i: number): Node => castNode(args[i], obj);
  switch (shape.op) {
    case 'load': n.args = [args[0], args[1]]; n.ty = obj; break;
    case 'store': n.args = [args[0], operand(1), args[2]]; n.ty = tyVoid; break;
    case 'clear': n.args = [args[0], ...args.slice(1)]; n.ty = tyVoid; break;
    case 'test_and_set': n.ty = tyBool; break;
    case 'cmpxchg_ptr': n.args = [args[0], args[1], operand(2), ...args.slice(3)]; n.ty = tyBool; break;
    case 'cas_bool': n.args = [args[0], operand(1), operand(2)]; n.ty = tyBool; break;
    case 'cas_val': n.args = [args[0], operand(1), operand(2)]; n.ty = obj; break;
    default: n.args = [args[0], operand(1), ...args.slice(2)]; n.ty = obj; break; // xchg and read-modify-writes
  }
  return n;
}

/** The unsigned integer of each size the instructions handle. */
const UNSIGNED_OF_SIZE: Record<number, Type> = { 1: tyUChar, 2: tyUShort, 4: tyUInt, 8: tyULong };

/**
 * gcc's generic forms take every value through a pointer, so they work on any object of
 * a lock-free size (a struct, a double): `__atomic_load(p, r, o)` is
 * `*r = __atomic_load_n(p, o)` with p and r seen as pointers to an unsigned integer of
 * that size, and likewise store, exchange and compare-exchange. Other sizes are
 * libatomic's business (a call with the size first), which tcc-lite's libc does not have.
 */
function lowerGeneric(name: string, op: string, args: Node[], tok: IToken): Node {
  const pointed = (i: number): Type => {
    const t = args[i].ty!;
    const object = t.kind === 'ptr' || t.kind === 'array' ? t.base! : undefined;
    if (object === undefined || (i === 0 && object.kind === 'void')) {
      errorAt(args[i].tok, `argument ${i + 1} of '${name}' must be a ${i === 0 ? 'non-void ' : ''}pointer type`);
    }
    return object;
  };
  const size = pointed(0).size;
  const int = UNSIGNED_OF_SIZE[size];
  if (int === undefined) {
    errorAt(tok, `'${name}' on a ${size}-byte object is not supported: only 1, 2, 4 and 8-byte objects are lock-free (tcc-lite has no libatomic)`);
  }
  const asInt = (i: number): Node => {
    if (i > 0 && pointed(i).size !== size) errorAt(args[i].tok, `size mismatch in argument ${i + 1} of '${name}'`);
    return castNode(args[i], pointerTo(int));
  };
  const value = (i: number): Node => derefNode(asInt(i), tok);
  const atomic = (n: string, a: Node[]): Node => lowerAtomic(n, a, tok);
  switch (op) {
    case 'generic_load': return castNode(assignNode(value(1), atomic('__atomic_load_n', [asInt(0), args[2]]), tok), tyVoid);
    case 'generic_store': return atomic('__atomic_store_n', [asInt(0), value(1), args[2]]);
    case 'generic_xchg': return castNode(assignNode(value(2), atomic('__atomic_exchange_n', [asInt(0), value(1), args[3]]), tok), tyVoid);
    default: return atomic('__atomic_compare_exchange_n', [asInt(0), asInt(1), value(2), ...args.slice(3)]);
  }
}

const SUFFIX: Record<number, string> = { 1: 'b', 2: 'w', 4: 'l', 8: 'q' };
const REG_A: Record<number, string> = { 1: '%al', 2: '%ax', 4: '%eax', 8: '%rax' };
const REG_SI: Record<number, string> = { 1: '%sil', 2: '%si', 4: '%esi', 8: '%rsi' };
const REG_C: Record<number, string> = { 1: '%cl', 2: '%cx', 4: '%ecx', 8: '%rcx' };

/**
 * Expands an `atomic:<op>` node. The pointer ends up in %rdi and the operand (if any) in
 * %rsi; the other arguments (memory orders, the weak flag) are evaluated for their effects.
 */
export function genAtomic(g: Gen, n: Node, genExpr: (g: Gen, e: Node) => void): void {
  const op = n.label!.slice('atomic:'.length);
  const args = n.args!;
  if (op === 'fence' || op === 'signal_fence') {
    for (const a of args) genExpr(g, a);
    if (op === 'fence') g.emit('\tmfence');
    return;
  }
  const obj = n.args![0].ty!.base!;
  const size = obj.size;
  const sfx = SUFFIX[size];
  const operands = op === 'load' || op === 'clear' || op === 'test_and_set' ? 0 : op === 'cas_bool' || op === 'cas_val' || op === 'cmpxchg_ptr' ? 2 : 1;
  for (let i = 0; i <= operands; i++) {
    genExpr(g, args[i]);
    g.push();
  }
  for (const a of args.slice(operands + 1)) genExpr(g, a);
  if (operands === 2) g.pop('%rdx');
  if (operands >= 1) g.pop('%rsi');
  g.pop('%rdi');
  const load = size >= 4 ? `\tmov (%rdi), ${REG_A[size]}` : `\tmov${obj.isUnsigned ? 'z' : 's'}${sfx}l (%rdi), %eax`;
  // A narrow result is widened to 32 bits by its signedness, as a load would be.
  const widen = (): void => {
    if (size < 4) g.emit(`\tmov${obj.isUnsigned ? 'z' : 's'}${sfx}l ${REG_A[size]}, %eax`);
  };
  switch (op) {
    case 'load': g.emit(load); return;
    case 'store': g.emit(`\txchg ${REG_SI[size]}, (%rdi)`); return;
    case 'clear': g.emit('\txor %eax, %eax', `\txchg ${REG_A[size]}, (%rdi)`); return;
    case 'test_and_set': g.emit('\tmov $1, %eax', `\txchg %al, (%rdi)`, '\ttest %al, %al', '\tsetne %al', '\tmovzbl %al, %eax'); return;
    case 'xchg': g.emit(`\txchg ${REG_SI[size]}, (%rdi)`, `\tmov %rsi, %rax`); widen(); return;
    case 'cas_bool':
    case 'cas_val':
      // %rsi: expected, %rdx: desired.
      g.emit('\tmov %rsi, %rax', `\tlock cmpxchg ${regD(size)}, (%rdi)`);
      if (op === 'cas_bool') g.emit('\tsete %al', '\tmovzbl %al, %eax');
      else widen();
      return;
    case 'cmpxchg_ptr':
      // %rsi: pointer to the expected value, updated on failure; %rdx: desired.
      g.emit(`\tmov (%rsi), ${REG_A[size]}`, `\tlock cmpxchg ${regD(size)}, (%rdi)`, `\tmov ${REG_A[size]}, (%rsi)`,
        '\tsete %al', '\tmovzbl %al, %eax');
      return;
  }
  genReadModifyWrite(g, op, size, load);
  widen();
}

function regD(size: number): string {
  return { 1: '%dl', 2: '%dx', 4: '%edx', 8: '%rdx' }[size]!;
}

/** fetch_<op> leaves the old value in %rax, <op>_fetch the new one. */
function genReadModifyWrite(g: Gen, op: string, size: number, load: string): void {
  const fetchFirst = op.startsWith('fetch_');
  const rmw = (fetchFirst ? op.slice('fetch_'.length) : op.slice(0, -'_fetch'.length)) as RmwOp;
  const sfx = SUFFIX[size];
  if (rmw === 'add' || rmw === 'sub') {
    if (rmw === 'sub') g.emit('\tneg %rsi');
    g.emit('\tmov %rsi, %rax', `\tlock xadd ${REG_A[size]}, (%rdi)`);
    if (!fetchFirst) g.emit(`\tadd${sfx} ${REG_SI[size]}, ${REG_A[size]}`);
    return;
  }
  // Compute the new value in %rcx from the old in %rax until cmpxchg finds memory unchanged.
  const retry = g.newLabel();
  g.emit(load);
  g.label(retry);
  g.emit('\tmov %rax, %rcx');
  if (rmw === 'nand') g.emit(`\tand${sfx} ${REG_SI[size]}, ${REG_C[size]}`, `\tnot${sfx} ${REG_C[size]}`);
  else g.emit(`\t${rmw}${sfx} ${REG_SI[size]}, ${REG_C[size]}`);
  g.emit(`\tlock cmpxchg ${REG_C[size]}, (%rdi)`, `\tjne ${retry}`);
  if (!fetchFirst) g.emit('\tmov %rcx, %rax');
}

const ATOMIC_OPS: Record<string, string> = { '+': 'add', '-': 'sub', '&': 'and', '|': 'or', '^': 'xor' };

/**
 * `A op= B`, `++A` and `A++` on an _Atomic integer or pointer: one locked read-modify-write,
 * as gcc makes them (`fetchFirst` yields the old value); a pointer moves by B elements, the
 * builtins by bytes. Undefined for what the __atomic builtins do not cover (other operators,
 * floating objects), which stay plain.
 */
export function atomicUpdate(lhs: Node, op: string, rhs: Node, tok: IToken, fetchFirst: boolean): Node | undefined {
  const t = lhs.ty!;
  const name = ATOMIC_OPS[op];
  if (!t.isAtomic || name === undefined || !isInteger(rhs.ty!)) return undefined;
  if (lhs.kind === 'member' && lhs.member!.isBitfield) return undefined;
  const isPointer = t.kind === 'ptr' && (name === 'add' || name === 'sub');
  if (!isPointer && (!isInteger(t) || t.kind === 'bool')) return undefined;
  const operand = isPointer ? scaleBy(rhs, t, tok) : rhs;
  const builtin = fetchFirst ? `__atomic_fetch_${name}` : `__atomic_${name}_fetch`;
  return lowerAtomic(builtin, [addrNode(lhs, tok), operand, numNode(5n, tok)], tok);
}
