/**
 * The local arrays, structs and unions uninit.ts follows (gcc's "memory" case of
 * -Wuninitialized), and the accesses to them it recognizes.
 *
 * gcc checks a load from memory by walking back over the stores that may alias it: none
 * on any path from the entry means "is used uninitialized" (or "may be" where the load
 * does not always run). We follow an object only while every use of it is one we can see
 * whole: an element or member read or stored (`a[i]`, `s.in.c`, `s[1].a`), the whole of it
 * assigned, copied or returned (`t = s`, `return s;`), or zeroed by its initializer. An
 * object whose address goes anywhere (`f(a)`, `&s`, `p = a`, `scanf("%d", &a[i])`) could
 * be stored into by any call or pointer: it is not followed (gcc would still warn about
 * some of them). A store at constant indexes covers its bytes only (`a[0] = 1` leaves
 * `a[1]` unset, `s.a = 1` leaves `s.b`), one at a computed index the whole object.
 *
 * gcc names what was read as `a` (an element of an array, at any depth), `s.in.c` (a
 * member), `s` (an element of an array member: `s.arr[2]`) or `s[i].a` (a member of an
 * array element, with its index as written).
 */
import { forEachChild, type Node, type Obj } from './ast.js';
import type { IToken } from './chevrotain.js';
import { isAggregate } from './types.js';

/** An element or member access rooted at a followed object. */
export interface MemoryAccess {
  root: Obj;
  /** What gcc calls it; undefined where we do not know gcc's name (nothing is said then). */
  name: string | undefined;
  /** The index expressions on the way, evaluated by the access. */
  indexes: Node[];
  /** Where gcc places the load: the last `[` or `.`. */
  tok: IToken;
  /** The bytes it reads or writes, [start, end); undefined: some index is computed. */
  bytes: ByteRange | undefined;
}

export type ByteRange = readonly [number, number];

export function overlap(a: ByteRange, b: ByteRange): boolean {
  return a[0] < b[1] && b[0] < a[1];
}

/** A member (undefined: an anonymous one) or an element, scaled by its size as the tree holds it. */
type Step = { member: string | undefined } | { index: Node; elementSize: number };

/** `e` as an access to an array element or a member of a local variable, or undefined. */
export function memoryAccess(e: Node, followed: ReadonlySet<Obj>): MemoryAccess | undefined {
  // (Most lvalues are not rooted at a followed object: known before anything is built.)
  const root = accessRoot(e);
  if (root === undefined || !followed.has(root)) return undefined;
  const steps: Step[] = [];
  let cur = e;
  // The offset of the part from the object's start, while every index is a constant.
  let offset: number | undefined = 0;
  for (;;) {
    if (cur.kind === 'member') {
      steps.unshift({ member: cur.member!.name });
      if (offset !== undefined) offset += cur.member!.offset;
      cur = cur.lhs!;
    } else if (cur.kind === 'deref' && cur.lhs!.kind === 'add') {
      const add = cur.lhs!;
      const [base, index] = add.lhs!.ty!.kind === 'array' ? [add.lhs!, add.rhs!] : [add.rhs!, add.lhs!];
      if (base.ty!.kind !== 'array') return undefined;
      steps.unshift({ index, elementSize: base.ty!.base!.size });
      // The tree holds the index scaled: a constant one is its byte offset.
      offset = offset !== undefined && index.kind === 'num' ? offset + Number(index.val!) : undefined;
      cur = base;
    } else {
      break;
    }
  }
  if (cur.kind !== 'var' || !followed.has(cur.obj!)) return undefined;
  const indexes = steps.flatMap((s) => ('index' in s ? [s.index] : []));
  const bytes: ByteRange | undefined = offset === undefined ? undefined : [offset, offset + Math.max(e.ty!.size, 1)];
  return { root: cur.obj!, name: gccName(cur.obj!.name, steps), indexes, tok: e.codeTok ?? e.tok, bytes };
}

/** The variable a chain of members and array elements starts from. */
function accessRoot(e: Node): Obj | undefined {
  if (e.kind !== 'member' && e.kind !== 'deref') return undefined;
  let cur = e;
  for (;;) {
    if (cur.kind === 'member') {
      cur = cur.lhs!;
    } else if (cur.kind === 'deref' && cur.lhs!.kind === 'add') {
      const add = cur.lhs!;
      const base = add.lhs!.ty!.kind === 'array' ? add.lhs! : add.rhs!;
      if (base.ty!.kind !== 'array') return undefined;
      cur = base;
    } else {
      return cur.kind === 'var' ? cur.obj! : undefined;
    }
  }
}

function gccName(root: string, steps: readonly Step[]): string | undefined {
  const first = steps.findIndex((s) => 'member' in s);
  // Only elements, or an element of a member: the object itself.
  if (first < 0 || steps.slice(first).some((s) => 'index' in s)) return root;
  // Members, each after the elements before them: s.in.c, s[i].a.
  let name = root;
  for (const s of steps) {
    if ('member' in s) {
      if (s.member === undefined) return undefined;
      name += `.${s.member}`;
      continue;
    }
    const index = writtenIndex(s.index, s.elementSize);
    if (index === undefined) return undefined;
    name += `[${index}]`;
  }
  return name;
}

/** The index as written, from its scaled form: a number or a variable's name. */
function writtenIndex(scaled: Node, elementSize: number): string | undefined {
  let e = scaled;
  if (e.kind === 'num') return elementSize > 0 && e.val! % BigInt(elementSize) === 0n ? String(e.val! / BigInt(elementSize)) : undefined;
  if (elementSize !== 1) {
    if (e.kind !== 'mul' || e.rhs!.kind !== 'num' || e.rhs!.val !== BigInt(elementSize)) return undefined;
    e = e.lhs!;
  }
  while (e.kind === 'cast') e = e.lhs!;
  return e.kind === 'var' && e.obj!.isLocal ? e.obj!.name : undefined;
}

/**
 * The locals followed as memory: named arrays, structs and unions (not empty, volatile or
 * variably sized) whose every use is one memoryAccess sees, or a whole copy.
 */
export function memoryObjects(fn: Obj, body: Node): Obj[] {
  const candidates = new Set(fn.locals.filter((o) => o.name !== '' && o.tok !== undefined && !fn.params.includes(o)
    && (o.ty.kind === 'array' || isAggregate(o.ty)) && o.ty.size > 0 && !o.ty.isVla && !o.ty.isVolatile && o.frameOwner === undefined));
  if (candidates.size === 0) return [];
  const escaped = new Set<Obj>();
  const wholeUse = (n: Node | undefined): boolean => n !== undefined && n.kind === 'var' && candidates.has(n.obj!) && isAggregate(n.ty!);
  const visit = (n: Node): void => {
    const access = memoryAccess(n.kind === 'addr' ? n.lhs! : n, candidates);
    if (access) {
      // Its address taken (`&s.a`), or an array member decaying to one (`p = s.arr`).
      if (n.kind === 'addr' || n.ty!.kind === 'array') escaped.add(access.root);
      for (const i of access.indexes) visit(i);
      return;
    }
    if (n.kind === 'var') {
      if (candidates.has(n.obj!)) escaped.add(n.obj!);
      return;
    }
    // A whole struct or union assigned, copied or returned; an array given its initial string.
    const storedWhole = n.kind === 'assign' && n.lhs!.kind === 'var' && candidates.has(n.lhs!.obj!);
    const readWhole = (n.kind === 'assign' || n.kind === 'return') && wholeUse(n.kind === 'assign' ? n.rhs : n.lhs);
    if (!storedWhole && !readWhole) return forEachChild(n, visit, undefined);
    if (storedWhole && readWhole) return; // `t = s`: an assignment has no other operands
    forEachChild(n, visitUnless, storedWhole ? n.lhs! : n.kind === 'assign' ? n.rhs! : n.lhs!);
  };
  const visitUnless = (child: Node, skipped: Node): void => {
    if (child !== skipped) visit(child);
  };
  visit(body);
  return [...candidates].filter((o) => !escaped.has(o));
}
