/**
 * -Wsequence-point (-Wall): an object written and also read or written elsewhere in the
 * same expression with no sequence point between, whose result C leaves undefined:
 *
 *   i = i++;       operation on 'i' may be undefined [-Wsequence-point]   (at the '=')
 *   a[i] = i++;    ... (at the '++')
 *   f(i, i++);     ...
 *
 * Which expressions warn, how often, and at which operator follows from how gcc's check
 * (c-common.cc, verify_tree) moves entries between its lists, so that check is ported as
 * it is: `verify` below is verify_tree, TList its `struct tlist`, and the list operations
 * keep gcc's orders (a new entry goes first, a merged one last).
 *
 * It runs on gcc's view of the expression (GTree), not on our AST: the parser lowers
 * `x++` to `(x += 1) - 1` and `a[i] op= b` to assignments through a temporary, where gcc
 * still has the increment and the modification. With the warning on, the parser records
 * each such operator in Node.update (noteUpdate), and gcc's tree is rebuilt from that.
 * Like gcc, the check looks at an expression statement, a condition, a `for` clause, a
 * `switch` or `return` operand and a scalar initializer, each as a whole.
 */
import type { IToken } from './chevrotain.js';
import { BINARY_KINDS, COMPOUND_LITERAL, newNode, type Node, type SourceUpdate } from './ast.js';
import { lvalueText } from './lvalue-text.js';
import { isWarningOn, warnAt } from './report.js';
import { hasSideEffects } from './side-effects.js';
import { sameValue } from './comparisons.js';
import { isLvalue } from './typecheck.js';

/**
 * Records that `n` is the source's `target++` (`post`), `++target` (no `value`) or
 * `target op= value`, written at `op`; returns n. Nothing is recorded while no warning
 * asks (this one, and -Wunused-value's "value computed is not used").
 */
export function noteUpdate(n: Node, target: Node, value: Node | undefined, op: IToken, post = false): Node {
  if (isWarningOn('sequence-point') || isWarningOn('unused-value')) n.update = { target, value, op, post };
  return n;
}

/** Checks one full expression (see the header for which ones). */
export function verifySequencePoints(e: Node | undefined): void {
  if (e === undefined || !isWarningOn('sequence-point') || !mayCollide(e)) return;
  const whole = new ViewBuilder().whole(e);
  if (whole !== undefined) new Verifier().run(whole);
}

/**
 * Whether the check can find anything, known without building gcc's view: not when nothing
 * is written, nor when the one write is the whole expression (`x = e`, `x += e`, `i++`):
 * what it reads of the object it writes is merged with the write, and an lvalue never
 * contains itself. Most statements are one of these.
 */
function mayCollide(e: Node): boolean {
  const writes = countWrites(e, 0);
  return writes > 1 || (writes === 1 && e.kind !== 'assign' && e.update === undefined);
}

/**
 * The assignments in n (++, -- and op= are made of them) added to `count`, counting stops
 * at 2. A statement expression counts as two: the check looks into it. (Each node kind's
 * operand fields only: nodes have many shapes, and a read of a field a node lacks costs.)
 */
function countWrites(n: Node | undefined, count: number): number {
  if (n === undefined || count > 1) return count;
  switch (n.kind) {
    case 'num': case 'fnum': case 'var': case 'funcref': return count;
    case 'stmtExpr': return count + 2;
    case 'cond': return countWrites(n.els, countWrites(n.then, countWrites(n.cond, count)));
    case 'call': case 'builtin':
      count = countWrites(n.lhs, count);
      for (const arg of n.args ?? []) count = countWrites(arg, count);
      return count;
    case 'assign': count++;
  }
  return countWrites(n.rhs, countWrites(n.lhs, count));
}

/** How verify_tree treats a node: by its tree code's case, or its code class for the rest. */
const enum Shape {
  /** A declaration or constant: no operands to visit. */
  Leaf,
  /** A conversion or negation (tcc_unary): visited as its operand. */
  Unary,
  /** Any other expression: each operand visited on its own, the results merged. */
  Operands,
  /** `&&` `||`: a sequence point between the operands. */
  Sequenced,
  /** `,`: the same, and fold moves it out of an operator's operand (see `folded`). */
  Comma,
  Conditional,
  /** `++`/`--`, before or after. */
  IncDec,
  /** `=` and `op=`. */
  Modify,
  Call,
  /** gcc's SAVE_EXPR: an operand computed once though the tree names it twice. */
  Save,
  /** sizeof, initializer lists, compound literals, statement expressions: nothing inside is looked at. */
  Opaque,
}

/** A node of gcc's tree. */
interface GTree {
  shape: Shape;
  /** The AST node it stands for: its text, its place, what makes two equal. */
  node: Node;
  ops: GTree[];
  /** warning_candidate_p: an lvalue the program names (no temporary, no string, no function). */
  candidate: boolean;
  /** Where a warning for a write it makes is placed. */
  at: IToken;
}

/**
 * gcc gives up on an expression of more than 1,024 tree nodes (its check is quadratic);
 * our nodes are fewer than its, so this is roughly where it stops.
 */
const MAX_NODES = 1024;

class TooLarge {}

class ViewBuilder {
  private nodes = 0;

  /** gcc's tree of a full expression, or undefined when gcc would not check one so large. */
  whole(n: Node): GTree | undefined {
    try {
      return this.view(n);
    } catch (e) {
      if (e instanceof TooLarge) return undefined;
      throw e;
    }
  }

  private view(n: Node): GTree {
    if (++this.nodes > MAX_NODES) throw new TooLarge();
    if (n.update) return this.update(n, n.update);
    switch (n.kind) {
      case 'var': return tree(Shape.Leaf, n, [], isNamedObject(n));
      case 'num': case 'fnum': case 'funcref': case 'labelAddr': case 'nop': return tree(Shape.Leaf, n, [], false);
      // (fold makes `*&x` x.)
      case 'deref': return n.lhs!.kind === 'addr' ? this.view(n.lhs!.lhs!) : this.reference(n);
      case 'member': return this.reference(n);
      // `&x` names nothing; `&a[i]` reads what a[i] does.
      case 'addr': return n.lhs!.kind === 'var' ? tree(Shape.Leaf, n, [], false) : tree(Shape.Unary, n, [this.view(n.lhs!)], false);
      case 'cast': case 'neg': case 'bitnot': return this.folded(tree(Shape.Unary, n, [this.view(n.lhs!)], false));
      case 'logand': case 'logor': return tree(Shape.Sequenced, n, [this.view(n.lhs!), this.view(n.rhs!)], false);
      case 'comma':
        if (n.label === COMPOUND_LITERAL) return tree(Shape.Opaque, n, [], false);
        return tree(Shape.Comma, n, [this.view(n.lhs!), this.view(n.rhs!)], false);
      case 'cond': return tree(Shape.Conditional, n, [this.view(n.cond!), this.view(n.then!), this.view(n.els!)], false);
      case 'assign': return tree(Shape.Modify, n, [this.view(n.lhs!), this.view(n.rhs!)], false);
      case 'call': return tree(Shape.Call, n, [this.view(n.lhs!), ...n.args!.map((a) => this.view(a))], false);
      case 'stmtExpr': return this.statementExpression(n);
      default: {
        // Binary operators and the rest: their operands in the order the source wrote them.
        const ops = [n.lhs, n.rhs, ...(n.args ?? [])].filter((o): o is Node => o !== undefined).map((o) => this.view(o));
        if (n.rhsFirst) ops.reverse();
        const t = tree(Shape.Operands, n, ops, false);
        return BINARY_KINDS.has(n.kind) ? this.folded(t) : t;
      }
    }
  }

  /** `*p`, `s.m`: an lvalue of its own (unless a function), and what its operand reads. */
  private reference(n: Node): GTree {
    return tree(Shape.Operands, n, [this.view(n.lhs!)], isLvalue(n) && n.ty!.kind !== 'func');
  }

  /**
   * gcc checks the expression after folding it, and fold moves a comma out of an operator's
   * operand: `(a, b) + c` is `(a, b + c)` and `c + (a, b)` is `(a, c + b)`, so that
   * `(j++, j) + j` has a sequence point before both reads. A conversion of a store of a
   * constant is `(store, constant)`: `++b` of a _Bool is `b = 1`, so `(int)++b + b` is
   * `(b = 1, 1 + b)`.
   */
  private folded(t: GTree): GTree {
    if (t.node.kind === 'cast' && isConstantStore(t.ops[0])) {
      const store = t.ops[0];
      return tree(Shape.Comma, t.node, [store, tree(Shape.Leaf, store.ops[1].node, [], false)], false);
    }
    const i = t.ops.findIndex((op) => op.shape === Shape.Comma);
    if (i < 0) return t;
    const comma = t.ops[i];
    const inner = this.folded({ ...t, ops: t.ops.map((op, j) => (j === i ? comma.ops[1] : op)) });
    return { ...comma, ops: [comma.ops[0], inner] };
  }

  /**
   * gcc's tree of an increment or a compound assignment. `a op= b` is a modification of A
   * by `A op b`, both A the same tree; an A with effects (`a[i++] += 1`) has them in a
   * SAVE_EXPR, computed once (stabilize_reference).
   */
  private update(n: Node, u: SourceUpdate): GTree {
    const target = hasSideEffects(u.target) ? this.stabilized(u.target) : this.view(u.target);
    if (u.value !== undefined) {
      const value = this.folded(tree(Shape.Operands, u.value, [target, this.view(u.value)], false));
      return { ...tree(Shape.Modify, n, [target, value], false), at: u.op };
    }
    if (u.target.ty!.kind === 'bool') return this.booleanIncrement(n, u, target);
    return { ...tree(Shape.IncDec, n, [target], false), at: u.op };
  }

  /**
   * gcc's boolean_increment: `++b` is `b = 1`, `--b` is `b = !b`, and `b++` is
   * `(b', (b = 1, b'))` where b' is the old value, computed once (a SAVE_EXPR).
   */
  private booleanIncrement(n: Node, u: SourceUpdate, target: GTree): GTree {
    let value: GTree;
    if (u.op.image === '++') {
      const one = newNode('num', u.op);
      one.ty = u.target.ty;
      one.val = 1n;
      value = tree(Shape.Leaf, one, [], false);
    } else {
      value = tree(Shape.Operands, n, [target], false);
    }
    const store = { ...tree(Shape.Modify, n, [target, value], false), at: u.op };
    if (!u.post) return store;
    const old = tree(Shape.Save, u.target, [target], false);
    return tree(Shape.Comma, n, [old, tree(Shape.Comma, n, [store, old], false)], false);
  }

  /** stabilize_reference: the lvalue with each operand that has effects made a SAVE_EXPR. */
  private stabilized(n: Node): GTree {
    if (n.kind === 'member') return tree(Shape.Operands, n, [this.stabilized(n.lhs!)], isLvalue(n));
    if (n.kind === 'deref') return tree(Shape.Operands, n, [this.computedOnce(n.lhs!)], true);
    return this.view(n);
  }

  /** stabilize_reference_1: arithmetic is kept, anything else with effects is saved. */
  private computedOnce(n: Node): GTree {
    if (!hasSideEffects(n)) return this.view(n);
    const unary = n.kind === 'cast' || n.kind === 'neg' || n.kind === 'bitnot';
    if (n.update !== undefined || !(unary || n.kind === 'add' || n.kind === 'sub' || n.kind === 'mul')) return tree(Shape.Save, n, [this.view(n)], false);
    const ops = unary ? [n.lhs!] : [n.lhs!, n.rhs!];
    return tree(unary ? Shape.Unary : Shape.Operands, n, ops.map((o) => this.computedOnce(o)), false);
  }

  /** `({ e; })` is e itself to gcc; a longer statement expression is not looked into. */
  private statementExpression(n: Node): GTree {
    const only = n.body!.length === 1 ? n.body![0] : undefined;
    return only?.kind === 'exprStmt' ? this.view(only.lhs!) : tree(Shape.Opaque, n, [], false);
  }
}

/** `x = constant`, not into a bit-field (which fold leaves inside its conversion). */
function isConstantStore(t: GTree): boolean {
  if (t.shape !== Shape.Modify) return false;
  const [lhs, rhs] = t.ops;
  const constant = rhs.shape === Shape.Leaf && (rhs.node.kind === 'num' || rhs.node.kind === 'fnum');
  return constant && !(lhs.node.kind === 'member' && lhs.node.member!.isBitfield);
}

function tree(shape: Shape, node: Node, ops: GTree[], candidate: boolean): GTree {
  return { shape, node, ops, candidate, at: node.tok };
}

/** A variable of the program's (not a compiler temporary, a string literal or a function). */
function isNamedObject(n: Node): boolean {
  const o = n.obj!;
  return o.tok !== undefined && o.name !== '' && !o.isString && !o.isFunction;
}

/** gcc's `struct tlist`: an object read (writer null) or written (by writer). */
interface TList {
  expr: GTree;
  writer: GTree | null;
  next: TList | null;
}

/** A `struct tlist **`: a list gcc's functions update in place. */
interface ListRef {
  head: TList | null;
}

const newList = (): ListRef => ({ head: null });

class Verifier {
  /** Objects already warned about in this expression (gcc's warned_ids). */
  private warned: TList | null = null;
  private readonly saved = new Map<GTree, { before: TList | null; after: TList | null }>();

  run(x: GTree): void {
    const before = newList(), after = newList();
    this.verify(x, before, after, null);
    this.warnForCollisions(after.head);
  }

  /**
   * verify_tree: what x reads and writes goes to `noSp` (no sequence point after it yet) or
   * to `beforeSp` (a sequence point follows); `writer` is what writes x, if x is written.
   */
  private verify(x: GTree, beforeSp: ListRef, noSp: ListRef, writer: GTree | null): void {
    for (;;) {
      if (x.candidate) noSp.head = cons(noSp.head, x, writer);
      switch (x.shape) {
        case Shape.Leaf: case Shape.Opaque: return;
        case Shape.Sequenced: case Shape.Comma: return this.sequenced(x, beforeSp, noSp);
        case Shape.Conditional: return this.conditional(x, beforeSp, noSp);
        case Shape.IncDec: return this.verify(x.ops[0], noSp, noSp, x);
        case Shape.Modify: return this.modify(x, beforeSp, noSp);
        case Shape.Call: return this.call(x, beforeSp);
        case Shape.Save: return this.save(x, beforeSp, noSp);
        case Shape.Unary:
          x = x.ops[0];
          writer = null;
          continue;
        case Shape.Operands:
          for (const op of x.ops) {
            const before = newList(), nosp = newList();
            this.verify(op, before, nosp, null);
            merge(nosp, before.head, false);
            add(noSp, nosp.head, null, false);
          }
          return;
      }
    }
  }

  private sequenced(x: GTree, beforeSp: ListRef, noSp: ListRef): void {
    const before = newList(), nosp = newList(), list2 = newList(), list3 = newList();
    this.verify(x.ops[0], before, nosp, null);
    this.warnForCollisions(nosp.head);
    merge(beforeSp, before.head, false);
    merge(beforeSp, nosp.head, false);
    this.verify(x.ops[1], list3, list2, null);
    this.warnForCollisions(list2.head);
    merge(beforeSp, list3.head, false);
    merge(noSp, list2.head, false);
  }

  private conditional(x: GTree, beforeSp: ListRef, noSp: ListRef): void {
    const before = newList(), list2 = newList();
    this.verify(x.ops[0], before, list2, null);
    this.warnForCollisions(list2.head);
    merge(beforeSp, before.head, false);
    merge(beforeSp, list2.head, false);
    const list3 = newList(), nosp = newList();
    this.verify(x.ops[1], list3, nosp, null);
    this.warnForCollisions(nosp.head);
    merge(beforeSp, list3.head, false);
    const list3b = newList(), list2b = newList();
    this.verify(x.ops[2], list3b, list2b, null);
    this.warnForCollisions(list2b.head);
    merge(beforeSp, list3b.head, false);
    // The two arms merged first, so that `c ? b++ : b++` does not warn.
    merge(nosp, list2b.head, false);
    add(noSp, nosp.head, null, false);
  }

  private modify(x: GTree, beforeSp: ListRef, noSp: ListRef): void {
    const [lhs, rhs] = x.ops;
    const before = newList(), nosp = newList(), list3 = newList();
    this.verify(rhs, before, nosp, null);
    this.verify(lhs, list3, list3, x);
    // What the left side reads is not ordered by the sequence points of the right (`*a = (a++, 2)`).
    add(before, list3.head, x, true);
    this.warnForCollisions(before.head);
    // The left side itself is left out until it is merged below: `a = a` is no read and write.
    add(noSp, list3.head, x, false);
    this.warnForCollisionsWith(lhs, x, nosp.head, true);
    merge(beforeSp, before.head, false);
    if (lhs.candidate) merge(nosp, cons(null, lhs, x), false);
    add(noSp, nosp.head, null, true);
  }

  /** The arguments are unordered among themselves and with the function; the call is a sequence point. */
  private call(x: GTree, beforeSp: ListRef): void {
    const before = newList(), nosp = newList();
    this.verify(x.ops[0], before, nosp, null);
    for (const arg of x.ops.slice(1)) {
      const list2 = newList(), list3 = newList();
      this.verify(arg, list2, list3, null);
      merge(list3, list2.head, false);
      add(before, list3.head, null, false);
    }
    add(before, nosp.head, null, false);
    this.warnForCollisions(before.head);
    add(beforeSp, before.head, null, false);
  }

  private save(x: GTree, beforeSp: ListRef, noSp: ListRef): void {
    let cached = this.saved.get(x);
    if (cached === undefined) {
      const before = newList(), nosp = newList(), after = newList();
      this.verify(x.ops[0], before, nosp, null);
      this.warnForCollisions(nosp.head);
      merge(after, nosp.head, false);
      cached = { before: before.head, after: after.head };
      this.saved.set(x, cached);
    }
    merge(beforeSp, cached.before, true);
    add(noSp, cached.after, null, true);
  }

  /** warn_for_collisions: each write in the list against the whole list. */
  private warnForCollisions(list: TList | null): void {
    for (let t = list; t; t = t.next) if (t.writer) this.warnForCollisionsWith(t.expr, t.writer, list, false);
  }

  /** warn_for_collisions_1: `written`, written by `writer`, against the other mentions in `list`. */
  private warnForCollisionsWith(written: GTree, writer: GTree, list: TList | null, onlyWrites: boolean): void {
    for (let t = this.warned; t; t = t.next) if (sameCandidate(t.expr, written)) return;
    for (let t = list; t; t = t.next) {
      if (sameCandidate(t.expr, written) && !sameCandidate(t.writer, writer) && (!onlyWrites || t.writer)) {
        this.warned = cons(this.warned, written, null);
        const text = lvalueText(t.expr.node);
        if (text !== undefined) warnAt(writer.at, `operation on '${text}' may be undefined [-Wsequence-point]`);
      }
    }
  }
}

function cons(next: TList | null, expr: GTree, writer: GTree | null): TList {
  return { expr, writer, next };
}

/** add_tlist: each entry of `list` put first in `to` (a copy, or the entry itself), except those `exclude` wrote. */
function add(to: ListRef, list: TList | null, exclude: GTree | null, copy: boolean): void {
  while (list) {
    const next = list.next;
    if (!copy) list.next = to.head;
    if (!exclude || !sameCandidate(list.writer, exclude)) to.head = copy ? cons(to.head, list.expr, list.writer) : list;
    list = next;
  }
}

/** merge_tlist: the entries of `list` for objects `to` lacks appended to it; a write marks an entry already there. */
function merge(to: ListRef, list: TList | null, copy: boolean): void {
  let last: TList | null = to.head;
  while (last?.next) last = last.next;
  while (list) {
    const next = list.next;
    let found = false;
    for (let t = to.head; t; t = t.next) {
      if (sameCandidate(t.expr, list.expr)) {
        found = true;
        if (!t.writer) t.writer = list.writer;
      }
    }
    if (!found) {
      const entry = copy ? cons(null, list.expr, list.writer) : list;
      if (last) last.next = entry;
      else to.head = entry;
      last = entry;
      entry.next = null;
    }
    list = next;
  }
}

/**
 * candidate_equal_p: the same tree, or operand_equal_p's "the same value, no effects". A
 * variable is one declaration tree in gcc however often it is named, so even a volatile
 * one is the same object each time.
 */
function sameCandidate(x: GTree | null, y: GTree | null): boolean {
  if (x === y) return true;
  if (x === null || y === null || x.node.update || y.node.update) return false;
  const a = x.node, b = y.node;
  return (a.kind === 'var' && b.kind === 'var' && a.obj === b.obj) || sameValue(a, b);
}
