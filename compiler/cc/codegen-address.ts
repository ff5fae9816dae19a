/**
 * Addressing modes: the memory operand of an lvalue with its constant parts folded into
 * the instruction — `12(%rax)`, `-40(%rbp,%rax,4)`, `sym+8(%rip)` — instead of computed
 * by separate `add`s and pushes, as gcc writes them even at -O0.
 *
 * Two shapes of address are built here:
 *  - genAddress: any lvalue; its code may use %rax (and %rdi for an array's base).
 *  - registerFreeLvalue: an lvalue whose address needs only a load or two into %rdi and
 *    %rdx (`p->x`, `a[i]`, `p->v[i]` with plain variables p and i). Its code is planned
 *    first and emitted later, so a store can compute its value into %rax beforehand.
 */
import type { Node } from './ast.js';
import type { Gen } from './codegen-state.js';
import { genAddr, genExpr } from './codegen-expr.js';
import { addressFromGot } from './pic.js';
import { isInteger, type Type } from './types.js';

/** `disp(base,index,scale)`, or `sym+disp(%rip)` (which takes no index). */
export interface Address {
  base: '%rax' | '%rdi' | '%rbp' | '%rip';
  sym: string; // with %rip
  index: '' | '%rax' | '%rdx';
  scale: number;
  disp: number;
}

type Base = Address['base'];
type Index = Address['index'];

// Every Address is made here, with all its fields: one object shape keeps the code fast.
function address(base: Base, disp: number, sym = '', index: Index = '', scale = 1): Address {
  return { base, sym, index, scale, disp };
}

const IN_RAX: Address = address('%rax', 0);

export function formatAddress(a: Address): string {
  if (a.base === '%rip') return `${a.sym}${a.disp === 0 ? '' : a.disp > 0 ? `+${a.disp}` : a.disp}(%rip)`;
  const d = a.disp === 0 ? '' : String(a.disp);
  return a.index ? `${d}(${a.base},${a.index},${a.scale})` : `${d}(${a.base})`;
}

/** `a` moved by `delta` bytes, unless the displacement would leave the signed 32-bit range. */
function displaced(a: Address, delta: number): Address | undefined {
  const disp = a.disp + delta;
  return disp >= -0x80000000 && disp <= 0x7fffffff ? address(a.base, disp, a.sym, a.index, a.scale) : undefined;
}

/** Puts the address into %rax. */
export function materialize(g: Gen, a: Address): void {
  if (a.base === '%rax' && a.disp === 0 && !a.index) return;
  g.emit(`\tlea ${formatAddress(a)}, %rax`);
}

/**
 * The address of a variable, or a member of one, which needs no computation at all
 * (`-24(%rbp)`, `sym+8(%rip)`). Undefined when code must compute it.
 */
export function directAddress(n: Node): Address | undefined {
  if (n.kind === 'var') {
    const o = n.obj!;
    if (o.isFunction || o.ty.isVla || o.frameOwner || o.isThreadLocal || o.isGlobalRegister || addressFromGot(o)) return undefined;
    return o.isLocal ? address('%rbp', o.offset) : address('%rip', 0, o.name);
  }
  if (n.kind === 'member' && !n.member!.isBitfield) {
    const a = directAddress(n.lhs!);
    return a && displaced(a, n.member!.offset);
  }
  return undefined;
}

/** Emits the code computing lvalue `n`'s address (in %rax, %rdi) and returns the operand. */
export function genAddress(g: Gen, n: Node): Address {
  const direct = directAddress(n);
  if (direct) return direct;
  if (n.kind === 'member') {
    // A bit-field's address is its storage unit's: the same sum.
    const a = genAddress(g, n.lhs!);
    const moved = displaced(a, n.member!.offset);
    if (moved) return moved;
    materialize(g, a);
    g.emit(`\tadd $${n.member!.offset}, %rax`);
    return IN_RAX;
  }
  if (n.kind === 'deref') return genPointerTarget(g, n.lhs!);
  genAddr(g, n);
  return IN_RAX;
}

/** The scale and the unscaled index of a pointer addition's byte offset (`i * 4` → i, 4). */
function scaledIndex(offset: Node): [Node, number] {
  if (offset.kind === 'mul' && offset.rhs!.kind === 'num') {
    const s = offset.rhs!.val!;
    if (s === 2n || s === 4n || s === 8n) return [offset.lhs!, Number(s)];
  }
  return [offset, 1];
}

/** A pointer plus or minus a byte offset: [pointer, offset, sign]. */
function pointerSum(p: Node): [Node, Node, 1 | -1] | undefined {
  if ((p.kind !== 'add' && p.kind !== 'sub') || p.ty!.kind !== 'ptr') return undefined;
  const l = p.lhs!.ty!.kind;
  if ((l !== 'ptr' && l !== 'array') || !isInteger(p.rhs!.ty!) || p.rhs!.ty!.size !== 8) return undefined;
  return [p.lhs!, p.rhs!, p.kind === 'add' ? 1 : -1];
}

/** A byte offset that fits a displacement. */
function constantOffset(n: Node, sign: 1 | -1): number | undefined {
  if (n.kind !== 'num') return undefined;
  const v = BigInt.asIntN(64, n.val!) * BigInt(sign);
  return v >= -0x80000000n && v <= 0x7fffffffn ? Number(v) : undefined;
}

/** The operand for `*p`: the value of pointer expression p as an address. */
export function genPointerTarget(g: Gen, p: Node): Address {
  const sum = pointerSum(p);
  if (sum) {
    const [base, offset, sign] = sum;
    const c = constantOffset(offset, sign);
    if (c !== undefined) {
      const a = genPointerTarget(g, base);
      const moved = displaced(a, c);
      if (moved) return moved;
      materialize(g, a);
      g.emit(`\tadd $${c}, %rax`);
      return IN_RAX;
    }
    if (sign === 1) {
      const indexed = genIndexed(g, base, offset);
      if (indexed) return indexed;
    }
  }
  // An array (or &lvalue) used as a pointer: its address is its value.
  if ((p.ty!.kind === 'array' && !p.ty!.isVla) || p.kind === 'addr') {
    const lv = p.kind === 'addr' ? p.lhs! : p;
    if (lv.ty!.kind !== 'func' && (lv.kind === 'var' || lv.kind === 'member' || lv.kind === 'deref')) return genAddress(g, lv);
  }
  genExpr(g, p);
  return IN_RAX;
}

/**
 * `base + index * scale` with one side simple: a base needing no %rax is loaded after the
 * index is computed (as the commutative add always did: gcc reads a plain variable last);
 * a simple index is loaded into %rdx after the base.
 */
function genIndexed(g: Gen, base: Node, offset: Node): Address | undefined {
  const [index, scale] = scaledIndex(offset);
  const plan = registerFreePointer(base, false);
  if (plan && !plan.addr.index) {
    genExpr(g, index);
    g.emit(...plan.code);
    return indexAt(g, plan.addr, '%rax', scale);
  }
  const load = indexLoad(index);
  if (!load) return undefined;
  const a = genPointerTarget(g, base);
  if (a.index || a.base === '%rdi') materialize(g, a);
  const b = a.index || a.base === '%rdi' ? IN_RAX : a;
  g.emit(load);
  return indexAt(g, b, '%rdx', scale);
}

/** `a` plus an index register; a RIP-relative base (which takes none) moves into %rdi first. */
function indexAt(g: Gen, a: Address, index: Index, scale: number): Address {
  if (a.base === '%rip') {
    g.emit(`\tlea ${formatAddress(a)}, %rdi`);
    return address('%rdi', 0, '', index, scale);
  }
  return address(a.base, a.disp, a.sym, index, scale);
}

/** The one instruction loading a simple index (a variable, widened to 64 bits) into `reg`. */
function indexLoad(n: Node): string | undefined {
  let v = n;
  if (v.kind === 'cast' && isInteger(v.ty!) && v.ty!.size === 8) v = v.lhs!;
  if (!isInteger(v.ty!) || v.ty!.kind === 'bool' || v.ty!.isVolatile) return undefined;
  const a = directAddress(v);
  if (!a) return undefined;
  const mem = formatAddress(a);
  const uns = v.ty!.isUnsigned;
  // The cast widens by the source's signedness: unsigned zero-extends, signed sign-extends.
  switch (v.ty!.size) {
    case 1: return uns ? `\tmovzbl ${mem}, %edx` : `\tmovsbq ${mem}, %rdx`;
    case 2: return uns ? `\tmovzwl ${mem}, %edx` : `\tmovswq ${mem}, %rdx`;
    case 4: return uns ? `\tmovl ${mem}, %edx` : `\tmovslq ${mem}, %rdx`;
    default: return `\tmov ${mem}, %rdx`;
  }
}

/** Code that needs only %rdi and %rdx, and the address it leaves. */
export interface AddressPlan {
  code: string[];
  addr: Address;
}

/**
 * Plans lvalue `n`'s address without touching %rax: a variable, a member of one, or a
 * member/element reached through a plain (non-volatile) pointer variable with a plain index.
 */
export function registerFreeLvalue(n: Node): AddressPlan | undefined {
  const direct = directAddress(n);
  if (direct) return { code: [], addr: direct };
  if (n.kind === 'member' && !n.member!.isBitfield) {
    const inner = registerFreeLvalue(n.lhs!);
    const addr = inner && displaced(inner.addr, n.member!.offset);
    return addr && { code: inner.code, addr };
  }
  if (n.kind === 'deref') return registerFreePointer(n.lhs!, true);
  return undefined;
}

/** Plans the value of pointer expression p as an address, with %rdi and (if `indexOk`) %rdx. */
function registerFreePointer(p: Node, indexOk: boolean): AddressPlan | undefined {
  if (p.kind === 'var' && p.ty!.kind === 'ptr' && !p.ty!.isVolatile) {
    const a = directAddress(p);
    return a && { code: [`\tmov ${formatAddress(a)}, %rdi`], addr: address('%rdi', 0) };
  }
  if ((p.ty!.kind === 'array' && !p.ty!.isVla) || p.kind === 'addr') {
    const lv = p.kind === 'addr' ? p.lhs! : p;
    if (lv.ty!.kind === 'func' || (lv.kind === 'member' && lv.member!.isBitfield)) return undefined;
    const plan = registerFreeLvalue(lv);
    if (plan && plan.addr.index) return undefined;
    return plan;
  }
  const sum = pointerSum(p);
  if (!sum) return undefined;
  const [base, offset, sign] = sum;
  const inner = registerFreePointer(base, indexOk);
  if (!inner) return undefined;
  const c = constantOffset(offset, sign);
  if (c !== undefined) {
    const addr = displaced(inner.addr, c);
    return addr && { code: inner.code, addr };
  }
  if (sign !== 1 || !indexOk || inner.addr.index) return undefined;
  const [index, scale] = scaledIndex(offset);
  const load = indexLoad(index);
  if (!load) return undefined;
  const code = [...inner.code, load];
  if (inner.addr.base === '%rip') {
    code.push(`\tlea ${formatAddress(inner.addr)}, %rdi`);
    return { code, addr: address('%rdi', 0, '', '%rdx', scale) };
  }
  return { code, addr: address(inner.addr.base, inner.addr.disp, inner.addr.sym, '%rdx', scale) };
}

/** Whether values of this type are loaded and stored with one plain mov (or movss/movsd). */
export function isRegisterScalar(t: Type): boolean {
  return isInteger(t) || t.kind === 'ptr' || t.kind === 'float' || t.kind === 'double';
}

const PURE: ReadonlySet<Node['kind']> = new Set(['num', 'var', 'member', 'deref', 'addr', 'cast', 'add', 'sub', 'mul', 'band', 'bor',
  'bxor', 'shl', 'shr', 'eq', 'ne', 'lt', 'le', 'not', 'bitnot', 'neg']);

/**
 * An integer expression with no side effects and no volatile access: computing it earlier
 * or later than the source says cannot be observed.
 */
export function isPure(n: Node): boolean {
  if (!PURE.has(n.kind) || n.ty!.isVolatile) return false;
  if (n.kind === 'var') return !n.obj!.ty.isVolatile && !n.obj!.isThreadLocal;
  if (n.kind === 'cast' && !(isInteger(n.ty!) || n.ty!.kind === 'ptr')) return false;
  return (!n.lhs || isPure(n.lhs)) && (!n.rhs || isPure(n.rhs));
}

/**
 * The value of an integer constant expression the parser left unfolded: `-1` is a
 * negation of 1, `(long)-1` a conversion of that. Wrapped to each node's type, as the
 * instructions computing it would.
 */
export function integerConstant(n: Node): bigint | undefined {
  const t = n.ty!;
  if (!(isInteger(t) || t.kind === 'ptr') || t.kind === 'bool') return undefined;
  if (n.kind === 'num') return n.val!;
  if ((n.kind !== 'neg' || t.size < 4) && n.kind !== 'cast') return undefined;
  const c = integerConstant(n.lhs!);
  if (c === undefined) return undefined;
  const bits = t.size * 8;
  const v = n.kind === 'neg' ? -c : c;
  return t.isUnsigned || t.kind === 'ptr' ? BigInt.asUintN(bits, v) : BigInt.asIntN(bits, v);
}
