/**
 * GNU C nested functions: a function defined inside a block sees the locals and
 * parameters of the functions around it, at any depth, as gcc does it on x86-64.
 *
 * - The static chain: a call to a nested function passes the frame pointer (%rbp) of its
 *   enclosing function in %r10. The nested function saves it in a hidden local on entry;
 *   an outer variable is then reached by following these saved chains outward, one frame
 *   per level of nesting, and addressing the variable in the frame that holds it.
 * - Trampolines: a nested function whose address is taken gets a small piece of code in
 *   its enclosing function's frame, written on entry to that function, which loads the
 *   chain and jumps to the real code — so a plain function pointer (a qsort comparator)
 *   carries the frame along. The stack must then be executable: the object asks for it
 *   with an "x" `.note.GNU-stack` section, as gcc's do.
 * - The names are local symbols made unique (`name.N`), since two functions may each
 *   define their own nested `cmp`.
 * - A nested function may `goto` a label of an enclosing function (a non-local goto): it
 *   restores that function's %rbp (from the chain) and %rsp (saved on its entry), then jumps.
 * - `__builtin_call_with_static_chain(call, chain)` passes an explicit chain in %r10.
 *
 * The parser half (declaring, entering and leaving a nested definition, resolving jumps
 * outward) and the code generator half (frame addressing, chain passing, trampolines)
 * are both here.
 */
import type { IToken } from './chevrotain.js';
import { blockEarlyCode, forEachChild, newObj, type Node, type Obj } from './ast.js';
import type { CParserBase } from './parser-base.js';
import type { DeclSpec } from './parser-base.js';
import type { Gen } from './codegen-state.js';
import { Cleanups } from './cleanup.js';
import type { OpenSwitch } from './case-values.js';
import { P } from './lexer.js';
import { errorAt } from './report.js';
import { labelSymbol } from './codegen-expr.js';
import { arrayOf, pointerTo, tyChar, tyVoid, type Type } from './types.js';

export interface FunctionNesting {
  outer: Obj; // the function whose body defines this one
  chainSlot: Obj | undefined; // this function's hidden local holding the outer frame pointer
  trampoline: Obj | undefined; // 24 bytes in the outer function's frame, when the address is taken
}

/** The nested functions each function defines directly (only functions that have some). */
const childrenOf = new WeakMap<Obj, Obj[]>();

// ---- parsing ----

/**
 * Whether a block-scope function declarator starts a nested function: one with a body
 * (the next token is `{`, or a K&R parameter declaration) or an `auto` forward
 * declaration. Without either it is an ordinary declaration of an external function.
 */
export function isNestedFunctionDeclaration(p: CParserBase, spec: DeclSpec, ty: Type): boolean {
  if (ty.kind !== 'func' || spec.isExtern) return false;
  return spec.isAuto === true || p.is(p.peek(), P['{']) || (!ty.hasPrototype && p.isDeclarationAt(1));
}

/** Declares a nested function in the current block, or finds its `auto` forward declaration. */
export function declareNestedFunction(p: CParserBase, nameTok: IToken, ty: Type): Obj {
  const outer = p.fn!;
  const name = nameTok.image;
  const prev = p.scopes.lookupCurrent(name)?.obj;
  if (prev?.nesting?.outer === outer) {
    if (ty.hasPrototype || !prev.ty.hasPrototype) prev.ty = ty;
    return prev;
  }
  if (p.scopes.lookupCurrent(name)) errorAt(nameTok, `'${name}' redeclared as different kind of symbol`);
  const o = p.newGlobalObj(`${name}.${p.uniqueName('')}`, ty, nameTok);
  o.isStatic = true;
  o.nesting = { outer, chainSlot: undefined, trampoline: undefined };
  blockEarlyCode();
  let kids = childrenOf.get(outer);
  if (!kids) childrenOf.set(outer, (kids = []));
  kids.push(o);
  p.scopes.declare(name, { obj: o });
  return o;
}

/** The parser's per-function state, put aside while a nested definition is parsed. */
interface OuterState {
  fn: Obj;
  fnLabels: Set<string>;
  fnGotos: Node[];
  cleanups: Cleanups;
  breakDepth: number;
  continueDepth: number;
  switchStack: OpenSwitch[];
}

const suspended = new WeakMap<Obj, OuterState>();

/** A definition begins inside another function's body: set that function's state aside. */
export function enterNestedFunction(p: CParserBase, fn: Obj, tok: IToken): void {
  const outer = p.fn!;
  if (fn.nesting?.outer !== outer) errorAt(tok, `invalid storage class for nested function '${tok.image}'`);
  suspended.set(fn, {
    fn: outer, fnLabels: p.fnLabels, fnGotos: p.fnGotos, cleanups: p.cleanups,
    breakDepth: p.breakDepth, continueDepth: p.continueDepth, switchStack: p.switchStack,
  });
  p.cleanups = new Cleanups();
  p.breakDepth = 0;
  p.continueDepth = 0;
  p.switchStack = [];
}

/** Called once the nested function is the current one: the slot its static chain lands in. */
export function allocateStaticChain(p: CParserBase, fn: Obj): void {
  fn.nesting!.chainSlot = p.newTemp(pointerTo(tyVoid));
}

/** The nested definition ended: back to parsing the enclosing function. */
export function leaveNestedFunction(p: CParserBase, fn: Obj): void {
  const s = suspended.get(fn)!;
  suspended.delete(fn);
  p.fn = s.fn;
  p.fnLabels = s.fnLabels;
  p.fnGotos = s.fnGotos;
  // Jumps to labels this function does not define look for them in the enclosing one.
  for (const j of deferredJumps.get(fn) ?? []) {
    // A goto leaving cleanup scopes was made a block: the cleanups, then the goto. Like
    // longjmp (and gcc without -fexceptions), a non-local goto runs no cleanups: undo it.
    if (j.kind === 'block') {
      const jump = j.body![j.body!.length - 1];
      j.body = undefined;
      Object.assign(j, jump);
    }
    outwardJumps.add(j);
    p.fnGotos.push(j);
  }
  deferredJumps.delete(fn);
  p.cleanups = s.cleanups;
  p.breakDepth = s.breakDepth;
  p.continueDepth = s.continueDepth;
  p.switchStack = s.switchStack;
}

// ---- jumps to an enclosing function's labels ----

/**
 * A nested function may `goto` a label of a function enclosing it (gcc wants it declared
 * with `__label__` there; we do not insist) or take its address with `&&`. Such jumps are
 * only known not to be local when the nested function ends: they are then handed to the
 * enclosing function, which checks them against its own labels when it ends, and so on
 * outward. The function that defines the label becomes the jump's `obj`.
 */
const outwardJumps = new WeakSet<Node>();
const deferredJumps = new WeakMap<Obj, Node[]>();
/** Functions that are the target of a non-local goto: where their %rsp is saved on entry. */
const savedSp = new WeakMap<Obj, Obj>();

/** At the end of a nested function: set aside the jumps to labels it does not define. */
export function deferOuterJumps(p: CParserBase, fn: Obj): void {
  const out: Node[] = [];
  p.fnGotos = p.fnGotos.filter((j) => p.fnLabels.has(j.label!) || (out.push(j), false));
  forEachNode(fn.body, (n) => {
    if (n.kind === 'labelAddr' && n.obj === fn && !p.fnLabels.has(n.label!)) out.push(n);
  });
  if (out.length > 0) deferredJumps.set(fn, out);
}

/** A jump found its label in `fn`: if it comes from a nested function, it targets `fn`'s frame. */
export function settleJump(p: CParserBase, fn: Obj, jump: Node): void {
  if (!outwardJumps.has(jump)) return;
  jump.obj = fn;
  if (jump.kind === 'goto' && !savedSp.has(fn)) savedSp.set(fn, p.newTemp(pointerTo(tyVoid)));
}

function forEachNode(n: Node | undefined, visit: (n: Node) => void): void {
  if (!n) return;
  visit(n);
  for (const c of [n.lhs, n.rhs, n.cond, n.then, n.els, n.init, n.inc]) forEachNode(c, visit);
  if (n.body) for (const c of n.body) forEachNode(c, visit);
  if (n.args) for (const c of n.args) forEachNode(c, visit);
}

// ---- __builtin_call_with_static_chain(call, chain) ----

/** Calls whose static chain (%r10) the program gives explicitly. */
const explicitChains = new WeakMap<Node, Node>();

export function withStaticChain(call: Node, chain: Node, tok: IToken): Node {
  if (call.kind !== 'call') return errorAt(tok, "first argument to '__builtin_call_with_static_chain' must be a call expression");
  if (chain.ty!.kind !== 'ptr' && chain.ty!.kind !== 'array') {
    return errorAt(tok, "second argument to '__builtin_call_with_static_chain' must be a pointer type");
  }
  explicitChains.set(call, chain);
  return call;
}

export function explicitStaticChain(call: Node): Node | undefined {
  return explicitChains.get(call);
}

// ---- code generation ----

/**
 * Runs before a top-level function that defines nested functions is laid out: finds, in
 * it and all its nested functions, the locals reached from an inner frame (they must be
 * addressed through the chain there) and the nested functions whose address is taken
 * (each gets a trampoline slot in its enclosing frame). Returns whether any trampoline
 * was made, i.e. whether the object needs an executable stack.
 */
export function prepareNesting(fn: Obj, kernel: boolean): boolean {
  if (fn.nesting || !childrenOf.has(fn)) return false;
  let trampolines = false;
  const visit = (f: Obj): void => {
    const own = new Set(f.locals);
    // A nested function declared (`auto int f(int);`) but never defined has no body.
    if (f.body) {
      scan(f.body, (n, isDirectCallee) => {
        const o = n.obj!;
        if (o.isLocal && !own.has(o)) {
          const owner = frameOwnerOf(f, o);
          if (owner) o.frameOwner = owner;
        } else if (o.nesting && !isDirectCallee && !o.nesting.trampoline) {
          if (kernel) errorAt(n.tok, `taking the address of nested function '${n.tok.image}' needs an executable stack, which kernel code does not have`);
          const t = newObj('', arrayOf(tyChar, TRAMPOLINE_SIZE), undefined, true);
          t.align = 16;
          o.nesting.outer.locals.push(t);
          o.nesting.trampoline = t;
          trampolines = true;
        }
      });
    }
    for (const kid of childrenOf.get(f) ?? []) visit(kid);
  };
  visit(fn);
  return trampolines;
}

/** The enclosing function (of `f`) whose frame holds the local `o`. */
function frameOwnerOf(f: Obj, o: Obj): Obj | undefined {
  for (let cur = f.nesting?.outer; cur; cur = cur.nesting?.outer) {
    if (cur.locals.includes(o)) return cur;
  }
  return undefined; // a prototype's parameter named in a type: not a frame object
}

/** Calls `found` for every variable reference; direct calls' callees say so. */
function scan(n: Node, found: (v: Node, isDirectCallee: boolean) => void): void {
  if (n.kind === 'var') {
    found(n, false);
    return;
  }
  if (n.kind === 'call' && n.lhs!.kind === 'var' && n.lhs!.obj!.isFunction) {
    // A call node's only other children are its arguments.
    found(n.lhs!, true);
    for (const arg of n.args!) scan(arg, found);
    return;
  }
  forEachChild(n, scan, found);
}

// movabs $fn, %r11; movabs $chain, %r10; jmp *%r11; nop — gcc's x86-64 trampoline.
const TRAMPOLINE_SIZE = 24;

/**
 * Prologue code, before the parameters are stored: a nested function saves its static
 * chain (before anything can clobber %r10); any function writes the trampolines of the
 * nested functions it defines whose address is taken.
 */
export function genNestingPrologue(g: Gen, fn: Obj): void {
  if (fn.nesting) g.emit(`\tmov %r10, ${fn.nesting.chainSlot!.offset}(%rbp)`);
  const sp = savedSp.get(fn);
  if (sp) g.emit(`\tmov %rsp, ${sp.offset}(%rbp)`);
  for (const kid of childrenOf.get(fn) ?? []) {
    const t = kid.nesting!.trampoline;
    if (!t) continue;
    const at = t.offset;
    g.emit(
      `\tmovw $0xbb49, ${at}(%rbp)`, `\tlea ${kid.name}(%rip), %r11`, `\tmov %r11, ${at + 2}(%rbp)`,
      `\tmovw $0xba49, ${at + 10}(%rbp)`, `\tmov %rbp, ${at + 12}(%rbp)`,
      `\tmovl $0x90e3ff49, ${at + 20}(%rbp)`,
    );
  }
}

/**
 * Emits code leaving the frame pointer of `owner` (the current function or one enclosing
 * it) in a register: %rbp itself, or `reg` after following the saved static chains.
 */
function frameBase(g: Gen, owner: Obj, reg: string): string {
  let base = '%rbp';
  for (let cur = g.fn!; cur !== owner; ) {
    const nest = cur.nesting;
    if (!nest) throw new Error(`internal: ${owner.name}'s frame is not reachable from ${g.fn!.name}`);
    g.emit(`\tmov ${nest.chainSlot!.offset}(${base}), ${reg}`);
    base = reg;
    cur = nest.outer;
  }
  return base;
}

/**
 * The address (in %rax) of a variable that lives in an enclosing frame, or of a nested
 * function (its trampoline). Returns false for an ordinary variable of the current frame.
 */
export function genNestedAddr(g: Gen, o: Obj): boolean {
  if (o.nesting) {
    const t = o.nesting.trampoline;
    if (!t) throw new Error(`internal: no trampoline for ${o.name}`);
    g.emit(`\tlea ${t.offset}(${frameBase(g, o.nesting.outer, '%rax')}), %rax`);
    return true;
  }
  if (!o.frameOwner || o.frameOwner === g.fn) return false;
  const base = frameBase(g, o.frameOwner, '%rax');
  // A VLA's slot holds the address of its storage.
  g.emit(o.ty.isVla ? `\tmov ${o.offset}(${base}), %rax` : `\tlea ${o.offset}(${base}), %rax`);
  return true;
}

/**
 * `goto label` to a label of an enclosing function: unwind to its frame (its frame
 * pointer from the static chain, its stack pointer as saved on entry) and jump.
 * Callee-saved registers are not restored: our code keeps no values in them.
 */
export function genNonlocalGoto(g: Gen, jump: Node): void {
  const target = jump.obj!;
  const base = frameBase(g, target, '%rax');
  g.emit(`\tmov ${savedSp.get(target)!.offset}(${base}), %rsp`, `\tmov ${base}, %rbp`);
  g.emit(`\tjmp ${labelSymbol(target.name, jump.label!)}`);
}

/** Just before a direct call to a nested function: its static chain in %r10. */
export function genStaticChain(g: Gen, callee: Obj): void {
  const base = frameBase(g, callee.nesting!.outer, '%r10');
  if (base === '%rbp') g.emit('\tmov %rbp, %r10');
}
