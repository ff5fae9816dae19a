/**
 * -Wuninitialized and -Wmaybe-uninitialized (both on with -Wall), as gcc -O0 decides them.
 * For a local scalar whose address is never taken (a "gimple register", which gcc puts in
 * SSA form even at -O0):
 *
 *   - a use that no assignment reaches on any path from the function's entry is
 *     "'x' is used uninitialized" when the use runs whenever the function does (it
 *     post-dominates the entry), and "'x' may be used uninitialized" when it does not
 *     (`if (c) return x;`, `c && x`, after `if (c) return 0;`);
 *   - a use that some assignment may reach is not warned about (gcc's early pass leaves
 *     the PHI of a defined and an undefined value alone: `if (c) x = 1; return x;`), but
 *     for one case: a loop entered with x undefined that assigns x, where a use of the
 *     value the loop's head merges runs on every iteration and whenever the function does
 *     (`while (x < 3) x++;`) is "is used uninitialized";
 *   - code that cannot run (`if (0)`, after `return`) is not looked at, `(void)x;` is no
 *     use, `int x = x;` is no use either (gcc's idiom for "leave me alone"), and each
 *     variable is warned about once.
 *
 * gcc gives these from its middle end: after every front-end diagnostic of the file, in the
 * order of the functions, and not with -fsyntax-only. checkUninitialized runs when a
 * function's body has been parsed and holds its warnings; takeUninitializedWarnings hands
 * them over at the end of the file.
 *
 * The place of a warning is that of gcc's GIMPLE statement reading the variable: the
 * operator whose operand it is (`x + c`, `-x`, `p[2]`, `g(x)`), the `=` of an assignment
 * storing an operation on it (`y = x + 1`), the declarator of an initialized declaration,
 * the `(` of an `if`, the `switch` keyword, or the variable itself when it is read alone
 * (`return x;`, `while (x)`).
 *
 * For a local array, struct or union whose address goes nowhere (uninit-memory.ts), a load
 * of bytes that no store reaches on any path is warned about the same way; gcc names the
 * part read (`'s.b'`), places it at the access's own `[` or `.` (or the `=` that puts it in
 * a register), and warns once per name.
 *
 * Not done: objects whose address is taken or passed on, for which gcc walks the stores
 * that may alias them, and gcc's exact post-dominance after a conditional goto (where we
 * say "may be" and gcc may say "is").
 */
import type { IToken } from './chevrotain.js';
import type { Diagnostic } from '../diagnostics.js';
import { forEachChild, isNoreturnCall, type Node, type Obj } from './ast.js';
import { isNumberLikeAggregate, isScalar } from './types.js';
import { holdWarnings, isWarningOn, noteAt, reportInFunction, warnAt } from './report.js';
import { memoryAccess, memoryObjects, overlap, type ByteRange, type MemoryAccess } from './uninit-memory.js';

/**
 * What each tracked variable holds at a point, by index: UNDEFINED (no assignment reaches it
 * on any path), ASSIGNED (one may), or LOOP_CARRIED: the value a loop's head merges from the
 * undefined value it enters with and an assignment in the loop (gcc's loop-header PHI).
 */
type Defined = Uint8Array;
const UNDEFINED = 0, ASSIGNED = 1, LOOP_CARRIED = 2;

/** A loop or switch that `break` leaves: the states that reach its end through a break. */
interface BreakTarget {
  broken: Defined | null;
  /** A loop (continue goes to it) rather than a switch. */
  loop: boolean;
  /** A break or continue that runs only sometimes has been seen: the rest of the body does not always run. */
  leftEarly: boolean;
}

/**
 * How expr() places the operations it walks: OWN_PLACE, each at its own token; AT_SITE,
 * the expression itself at the site given (its operands are read by that statement) and
 * what is inside it at their own; IF_CONDITION, every operation at the site (an `if`'s `(`)
 * except those that place their operands themselves (calls, `&&`, `||`, `?:`, assignments).
 */
const OWN_PLACE = 0, AT_SITE = 1, IF_CONDITION = 2;
type Placement = typeof OWN_PLACE | typeof AT_SITE | typeof IF_CONDITION;

class UninitializedUses {
  private readonly index = new Map<Obj, number>();
  /** The variables warned about (by index), and the parts of objects in memory (`index name`). */
  private readonly warned = new Set<string>();
  /** null: this point cannot be reached. */
  private state: Defined | null;
  /** The current point runs whenever the function does (as far as we tell). */
  private always = true;
  /** A return, goto or noreturn call has run conditionally: no later point always runs. */
  private escaped = false;
  private readonly targets: BreakTarget[] = [];
  private readonly switchStates: (Defined | null)[] = [];
  /** Every variable some assignment in the function stores into: what a label may be reached with. */
  private readonly assignedAnywhere: Defined;

  /**
   * Per object in memory, the parts that stores at constant indexes write, each followed
   * as a variable of its own (state index `slot`); the object's own index stands for a
   * store to all of it.
   */
  private readonly parts = new Map<Obj, { bytes: ByteRange; slot: number }[]>();
  /** Each loop's assignments and whether it has a `continue` of its own (assignmentsOf). */
  private readonly loops = new Map<Node, AssignmentWalk>();

  /**
   * `vars`: the locals followed, those in registers and those in memory (uninit-memory.ts);
   * `addressed`: the variables whose address the function takes; `body`: the function's.
   */
  constructor(vars: readonly Obj[], private readonly memory: ReadonlySet<Obj>, private readonly addressed: ReadonlySet<Obj>, body: Node) {
    vars.forEach((o, i) => this.index.set(o, i));
    let slots = vars.length;
    const visit = (n: Node): void => {
      const access = n.kind === 'assign' ? memoryAccess(n.lhs!, memory) : undefined;
      if (access?.bytes) {
        const parts = this.parts.get(access.root) ?? [];
        const [start, end] = access.bytes;
        if (!parts.some((p) => p.bytes[0] === start && p.bytes[1] === end)) parts.push({ bytes: access.bytes, slot: slots++ });
        this.parts.set(access.root, parts);
      }
      forEachChild(n, visit, undefined);
    };
    if (memory.size > 0) visit(body);
    this.state = new Uint8Array(slots);
    this.assignedAnywhere = this.assignmentsOf(body);
  }

  /** The state index a store into `lv` sets: a variable's, an object's, or one of its parts'. */
  private storeTarget(lv: Node): number | undefined {
    if (lv.kind === 'var') return this.index.get(lv.obj!);
    const access = memoryAccess(lv, this.memory);
    if (!access) return undefined;
    const bytes = access.bytes;
    const part = bytes && this.parts.get(access.root)?.find((p) => p.bytes[0] === bytes[0] && p.bytes[1] === bytes[1]);
    return part ? part.slot : this.index.get(access.root);
  }

  // ---- statements ----------------------------------------------------------------

  statement(n: Node): void {
    switch (n.kind) {
      case 'block': for (const s of n.body!) this.statement(s); return;
      case 'exprStmt': this.discarded(n.lhs!); return;
      case 'if': this.ifStatement(n); return;
      case 'for': this.forStatement(n); return;
      case 'do': this.doStatement(n); return;
      case 'switch': this.switchStatement(n); return;
      case 'case':
        this.state = union(this.state, this.switchStates[this.switchStates.length - 1] ?? null);
        this.statement(n.lhs!);
        return;
      case 'label':
        // A goto may come from anywhere: it may bring any variable the function assigns.
        this.state = union(this.state, this.assignedAnywhere);
        this.statement(n.lhs!);
        return;
      case 'break': case 'continue': this.leaveLoopOrSwitch(n.kind === 'break'); return;
      case 'return':
        if (n.lhs) this.expr(n.lhs, undefined, OWN_PLACE);
        this.leaveFunction();
        return;
      case 'goto': this.leaveFunction(); return;
      case 'gotoExpr': this.expr(n.lhs!, undefined, OWN_PLACE); this.leaveFunction(); return;
      case 'asm': this.asmStatement(n); return;
      default: this.expr(n, undefined, OWN_PLACE);
    }
  }

  private ifStatement(n: Node): void {
    this.expr(n.cond!, n.codeTok ?? n.tok, IF_CONDITION);
    // `if (0)` and `if (1)`: gcc drops the branch that cannot run before it looks.
    const known = n.cond!.kind === 'num' ? n.cond!.val !== 0n : undefined;
    const entry = this.state;
    const always = this.always;
    this.always = false;
    this.state = known === false ? null : entry && entry.slice();
    this.statement(n.then!);
    const afterThen = this.state;
    this.state = known === true ? null : entry && entry.slice();
    if (n.els) this.statement(n.els);
    this.state = union(afterThen, this.state);
    this.always = this.stillAlways(always);
  }

  /**
   * Whether a point after a conditional part still always runs, if the point before it did:
   * not after a conditional return, goto or noreturn call, nor in a loop body after a
   * conditional break or continue.
   */
  private stillAlways(before: boolean): boolean {
    const target = this.targets[this.targets.length - 1];
    return before && !this.escaped && !(target !== undefined && target.leftEarly);
  }

  /** `for (init; cond; inc) body` and `while (cond) body`. */
  private forStatement(n: Node): void {
    if (n.init) this.statement(n.init);
    const carried = this.enterLoop(n);
    const forever = n.cond === undefined || (n.cond.kind === 'num' && n.cond.val !== 0n);
    const target = this.pushLoop();
    if (n.cond) this.expr(n.cond, undefined, OWN_PLACE);
    const exit = forever ? null : this.state && this.state.slice();
    const always = this.always;
    if (!forever) this.always = false;
    this.statement(n.then!);
    if (n.inc) this.discarded(n.inc);
    this.leaveLoop(target, exit, always, carried);
  }

  private doStatement(n: Node): void {
    const carried = this.enterLoop(n);
    const target = this.pushLoop();
    const always = this.always;
    this.statement(n.then!);
    this.expr(n.cond!, undefined, OWN_PLACE);
    this.leaveLoop(target, this.state, always, carried);
  }

  /**
   * The state at a loop's head: whatever the loop assigns may come back round to it. What
   * it enters with undefined is LOOP_CARRIED (unless a `continue` makes a second way back,
   * where gcc does not look); returns those variables.
   */
  private enterLoop(loop: Node): number[] {
    const carried: number[] = [];
    if (this.state === null) return carried;
    const { assigned, continued } = this.loops.get(loop)!;
    const oneWayBack = !continued;
    for (let i = 0; i < assigned.length; i++) {
      if (assigned[i] === 0) continue;
      if (this.state[i] === UNDEFINED && oneWayBack) {
        this.state[i] = LOOP_CARRIED;
        carried.push(i);
      } else {
        this.state[i] = ASSIGNED;
      }
    }
    return carried;
  }

  private pushLoop(): BreakTarget {
    const target: BreakTarget = { broken: null, loop: true, leftEarly: false };
    this.targets.push(target);
    return target;
  }

  /**
   * After a loop: `exit` (the state leaving by its condition, null for none) joined with its
   * breaks. The loop head's merged values count as assigned past the loop (a use there does
   * not run on every iteration).
   */
  private leaveLoop(target: BreakTarget, exit: Defined | null, always: boolean, carried: readonly number[]): void {
    this.targets.pop();
    this.state = union(exit, target.broken);
    if (this.state !== null) for (const i of carried) if (this.state[i] === LOOP_CARRIED) this.state[i] = ASSIGNED;
    this.always = always && !this.escaped;
  }

  private switchStatement(n: Node): void {
    this.expr(n.cond!, n.tok, OWN_PLACE);
    const head = this.state && this.state.slice();
    const always = this.always;
    this.always = false;
    const target: BreakTarget = { broken: null, loop: false, leftEarly: false };
    this.targets.push(target);
    this.switchStates.push(head);
    // The body is entered only at its labels.
    this.state = null;
    this.statement(n.then!);
    this.switchStates.pop();
    this.targets.pop();
    // Without `default`, no label may match: the head's state goes on past the switch.
    this.state = union(union(this.state, target.broken), n.defaultCase ? null : head);
    this.always = always && !this.escaped;
  }

  private leaveLoopOrSwitch(isBreak: boolean): void {
    let i = this.targets.length - 1;
    if (!isBreak) while (i >= 0 && !this.targets[i].loop) i--;
    const target = this.targets[i];
    if (target === undefined) return;
    if (isBreak) target.broken = union(target.broken, this.state);
    if (!this.always) target.leftEarly = true;
    this.state = null;
  }

  private leaveFunction(): void {
    if (this.state !== null && !this.always) this.escaped = true;
    this.state = null;
  }

  private asmStatement(n: Node): void {
    const asm = n.asm!;
    for (const op of asm.outputs) if (op.constraint.includes('+')) this.expr(op.expr, n.tok, OWN_PLACE);
    for (const op of asm.inputs) this.expr(op.expr, n.tok, OWN_PLACE);
    for (const op of asm.outputs) this.store(op.expr, n.tok);
  }

  // ---- expressions ---------------------------------------------------------------

  /** An expression whose value is not used: a variable alone there (`x;`, `(void)x;`) is not read. */
  private discarded(e: Node): void {
    if (e.kind === 'var') return;
    if (e.kind === 'cast') return this.discarded(e.lhs!);
    if (e.kind === 'comma') {
      this.discarded(e.lhs!);
      this.discarded(e.rhs!);
      return;
    }
    this.expr(e, undefined, OWN_PLACE);
  }

  /**
   * Walks an expression evaluated here. `site` is where gcc's statement reading a variable
   * alone (or, with AT_SITE and IF_CONDITION, as the operand of `e`) is placed (undefined:
   * at the variable itself).
   */
  private expr(e: Node, site: IToken | undefined, mode: Placement): void {
    // A load from memory is a statement of its own (not at an if's `(`), unless it goes
    // straight into a register (`x = a[1]`, at the `=`).
    const access = this.memory.size > 0 ? memoryAccess(e, this.memory) : undefined;
    if (access) {
      const at = mode === AT_SITE && site !== undefined ? site : access.tok;
      for (const i of access.indexes) this.expr(i, at, AT_SITE);
      this.readMemory(access.root, access.name, access.bytes, at);
      return;
    }
    switch (e.kind) {
      case 'var':
        if (this.memory.has(e.obj!)) this.readMemory(e.obj!, e.obj!.name, undefined, site ?? e.tok);
        else this.read(e, site);
        return;
      case 'memzero': this.define(e.obj!); return;
      case 'num': case 'fnum': case 'funcref': case 'labelAddr': return;
      case 'cast': this.expr(e.lhs!, site, mode); return;
      case 'assign': this.assign(e); return;
      case 'comma':
        this.discarded(e.lhs!);
        this.expr(e.rhs!, site, mode);
        return;
      case 'logand': case 'logor':
        this.expr(e.lhs!, e.tok, OWN_PLACE);
        this.sometimes(() => this.expr(e.rhs!, e.tok, OWN_PLACE));
        return;
      case 'cond': this.conditional(e); return;
      case 'stmtExpr': this.statementExpression(e); return;
      case 'addr': this.address(e.lhs!, e.tok); return;
      case 'call': {
        // gcc places a call at the start of its callee (`f` of `f(x)`), ours is at its `(`.
        const callee = e.lhs!;
        const at = callee.kind === 'var' || callee.kind === 'funcref' || callee.kind === 'deref' ? callee.tok : e.tok;
        forEachChild(e, (child, self) => self.expr(child, at, OWN_PLACE), this);
        if (isNoreturnCall(e)) this.leaveFunction();
        return;
      }
      default: {
        const inner = mode !== OWN_PLACE && site !== undefined ? site : e.tok;
        const innerMode = mode === IF_CONDITION ? IF_CONDITION : OWN_PLACE;
        forEachChild(e, (child, self) => self.expr(child, inner, innerMode), this);
      }
    }
  }

  /** `c ? a : b`: only one of a and b runs. */
  private conditional(e: Node): void {
    const at = e.codeTok ?? e.tok;
    this.expr(e.cond!, at, OWN_PLACE);
    const entry = this.state;
    this.state = entry && entry.slice();
    this.sometimes(() => this.expr(e.then!, at, OWN_PLACE));
    const afterThen = this.state;
    this.state = entry && entry.slice();
    this.sometimes(() => this.expr(e.els!, at, OWN_PLACE));
    this.state = union(afterThen, this.state);
  }

  /** Runs `walk` as code that does not always run. */
  private sometimes(walk: () => void): void {
    const always = this.always;
    this.always = false;
    walk();
    this.always = this.stillAlways(always);
  }

  private statementExpression(e: Node): void {
    for (const s of e.body!) this.statement(s);
  }

  /** `&lvalue`: the lvalue's own variable is not read, its index and pointer operands are. */
  private address(lv: Node, site: IToken): void {
    if (lv.kind === 'var') return;
    if (lv.kind === 'member' || lv.kind === 'cast') return this.address(lv.lhs!, site);
    this.expr(lv, site, OWN_PLACE);
  }

  private assign(e: Node): void {
    const lhs = e.lhs!;
    if (lhs.kind !== 'var') {
      this.expr(e.rhs!, this.storeSite(e, false), AT_SITE);
      const access = memoryAccess(lhs, this.memory);
      const pointer = e.tok.image === '=' ? pointerStoredThrough(lhs) : undefined;
      if (access) this.storeInto(access, lhs);
      else if (pointer) this.expr(pointer, e.tok, AT_SITE);
      else this.address(lhs, e.tok);
      return;
    }
    // An initialized declaration: its assignment has the `=` token for its variable too.
    const declaration = lhs.tok === e.tok;
    const rhs = withoutCasts(e.rhs!);
    // `int x = x;` leaves x as it is, without a word (gcc's -Winit-self is off by default).
    if (!(declaration && rhs.kind === 'var' && rhs.obj === lhs.obj)) {
      this.expr(e.rhs!, declaration && lhs.obj!.tok ? lhs.obj!.tok : this.storeSite(e, this.isRegister(lhs.obj!)), AT_SITE);
    }
    this.define(lhs.obj!);
  }

  /**
   * Where an assignment's right side is read: at the `=` when it is a variable alone, or an
   * operation whose result goes straight into a register variable (`y = x + 1` is one gcc
   * statement; storing into memory takes a second: `*p = x + 1`). Else at its own place.
   */
  private storeSite(e: Node, intoRegister: boolean): IToken | undefined {
    const rhs = withoutCasts(e.rhs!);
    return rhs.kind === 'var' || (intoRegister && isOperation(rhs)) ? e.tok : undefined;
  }

  /** A variable gcc keeps in a register at -O0 (a local or parameter scalar whose address is not taken). */
  private isRegister(o: Obj): boolean {
    if (this.memory.has(o)) return false;
    return this.index.has(o) || (o.isLocal && isScalar(o.ty) && !o.ty.isVolatile && !this.addressed.has(o));
  }

  /** An asm output: stored into, its address operands read. */
  private store(lv: Node, site: IToken): void {
    const access = memoryAccess(lv, this.memory);
    if (lv.kind === 'var') this.define(lv.obj!);
    else if (access) this.storeInto(access, lv);
    else this.address(lv, site);
  }

  /** A store into part of an object in memory (`lv`): its indexes are read, then the part is assigned. */
  private storeInto(access: MemoryAccess, lv: Node): void {
    for (const i of access.indexes) this.expr(i, access.tok, AT_SITE);
    const target = this.storeTarget(lv);
    if (target !== undefined && this.state !== null) this.state[target] = ASSIGNED;
  }

  private define(o: Obj): void {
    const i = this.index.get(o);
    if (i !== undefined && this.state !== null) this.state[i] = ASSIGNED;
  }

  private read(v: Node, site: IToken | undefined): void {
    const i = this.index.get(v.obj!);
    if (i === undefined || this.state === null || this.warned.has(String(i))) return;
    const value = this.state[i];
    if (value === ASSIGNED || (value === LOOP_CARRIED && !this.always)) return;
    this.warned.add(String(i));
    const o = v.obj!;
    if (this.warn(site ?? v.tok, o.name)) noteAt(o.tok!, `'${o.name}' was declared here`);
  }

  /**
   * A load of `name`, the `bytes` of an object in memory (undefined: any of them): no store
   * reaching it may write any of those bytes (gcc names each part it warns about once).
   */
  private readMemory(o: Obj, name: string | undefined, bytes: ByteRange | undefined, site: IToken): void {
    const i = this.index.get(o)!;
    const key = `${i} ${name}`;
    if (name === undefined || this.state === null || this.warned.has(key)) return;
    // A load outside the object (`x[3]` of an `int x[3]`) is no read of it, as gcc sees it.
    if (bytes !== undefined && (bytes[0] < 0 || bytes[1] > o.ty.size)) return;
    const state = this.state;
    const stored = (p: { bytes: ByteRange; slot: number }): boolean => state[p.slot] !== UNDEFINED && (bytes === undefined || overlap(p.bytes, bytes));
    if (state[i] !== UNDEFINED || this.parts.get(o)?.some(stored)) return;
    this.warned.add(key);
    if (this.warn(site, name)) noteAt(o.tok!, `'${o.name}' declared here`);
  }

  /** "is used" or "may be used" as the point always runs or not; false when that warning is off. */
  private warn(site: IToken, name: string): boolean {
    if (this.always) {
      if (!isWarningOn('uninitialized')) return false;
      warnAt(site, `'${name}' is used uninitialized [-Wuninitialized]`);
    } else {
      if (!isWarningOn('maybe-uninitialized')) return false;
      warnAt(site, `'${name}' may be used uninitialized [-Wmaybe-uninitialized]`);
    }
    return true;
  }

  // ---- what a piece of code assigns --------------------------------------------------

  /**
   * What `body` assigns; on the way, what each loop in it assigns and whether its body has
   * a `continue` of its own (`loops`, which enterLoop reads): one walk for all, where asking
   * each loop in turn would walk a nested loop once for every loop around it.
   */
  private assignmentsOf(body: Node): Defined {
    const top: AssignmentWalk = { assigned: new Uint8Array(this.state!.length), continued: false };
    const visit = (m: Node, walk: AssignmentWalk): void => {
      if (m.kind === 'for' || m.kind === 'do') {
        const own: AssignmentWalk = { assigned: new Uint8Array(walk.assigned.length), continued: false };
        forEachChild(m, visit, own);
        this.loops.set(m, own);
        own.assigned.forEach((a, i) => (walk.assigned[i] |= a));
        return;
      }
      if (m.kind === 'continue') walk.continued = true;
      if (m.kind === 'assign') mark(walk, this.storeTarget(m.lhs!));
      if (m.kind === 'memzero') mark(walk, this.index.get(m.obj!));
      if (m.kind === 'asm') for (const op of m.asm!.outputs) mark(walk, this.storeTarget(op.expr));
      forEachChild(m, visit, walk);
    };
    visit(body, top);
    return top.assigned;
  }
}

/** What a piece of code assigns (its state slots), and whether it continues its loop. */
interface AssignmentWalk {
  assigned: Defined;
  continued: boolean;
}

function mark(walk: AssignmentWalk, target: number | undefined): void {
  if (target !== undefined) walk.assigned[target] = 1;
}

/**
 * The state where two paths meet (null: a path that cannot be taken, which adds nothing):
 * a variable holding different things on the two is merged by a PHI, which counts as
 * assigned. Reuses `a`.
 */
function union(a: Defined | null, b: Defined | null): Defined | null {
  if (a === null) return b && b.slice();
  if (b === null) return a;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) a[i] = ASSIGNED;
  return a;
}

/** `*p = 5`, `p->a = 5`: the pointer variable read by the store itself, which gcc places at its `=`. */
function pointerStoredThrough(lv: Node): Node | undefined {
  while (lv.kind === 'member' || lv.kind === 'cast') lv = lv.lhs!;
  return lv.kind === 'deref' && lv.lhs!.kind === 'var' ? lv.lhs : undefined;
}

function withoutCasts(e: Node): Node {
  while (e.kind === 'cast') e = e.lhs!;
  return e;
}

/** An arithmetic, comparison or access operation that gcc computes in one statement. */
function isOperation(e: Node): boolean {
  switch (e.kind) {
    case 'add': case 'sub': case 'mul': case 'div': case 'mod': case 'band': case 'bor': case 'bxor': case 'shl': case 'shr':
    case 'eq': case 'ne': case 'lt': case 'le': case 'not': case 'bitnot': case 'neg': case 'deref': case 'member':
      return true;
    default:
      return false;
  }
}

/** The variables whose address the function takes (`&x`, an asm memory operand). */
function addressedVariables(body: Node): Set<Obj> {
  const addressed = new Set<Obj>();
  const visit = (n: Node): void => {
    if (n.kind === 'addr') {
      let lv = n.lhs!;
      while (lv.kind === 'member' || lv.kind === 'cast') lv = lv.lhs!;
      if (lv.kind === 'var') addressed.add(lv.obj!);
    }
    if (n.kind === 'asm') {
      // A memory operand is the variable's address.
      for (const op of [...n.asm!.outputs, ...n.asm!.inputs]) if (/[mop]/.test(op.constraint) && op.expr.kind === 'var') addressed.add(op.expr.obj!);
    }
    forEachChild(n, visit, undefined);
  };
  visit(body);
  return addressed;
}

/** The locals gcc keeps as registers at -O0: named scalars whose address is never taken. */
function trackedVariables(fn: Obj, addressed: ReadonlySet<Obj>): Obj[] {
  const params = new Set(fn.params);
  return fn.locals.filter((o) => o.name !== '' && o.tok !== undefined && !params.has(o) && !addressed.has(o)
    && isScalar(o.ty) && !isNumberLikeAggregate(o.ty) && !o.ty.vectorElem && !o.ty.isVolatile
    && o.asmRegister === undefined && o.frameOwner === undefined);
}

/** Per function (in definition order), the warnings checkUninitialized found. */
let pending: { fn: Obj; warnings: Diagnostic[] }[] = [];

/** A function's body has been parsed: finds its uses of uninitialized variables (if asked). */
export function checkUninitialized(fn: Obj, body: Node): void {
  if (!isWarningOn('uninitialized') && !isWarningOn('maybe-uninitialized')) return;
  const addressed = addressedVariables(body);
  const memory = memoryObjects(fn, body);
  const vars = [...trackedVariables(fn, addressed), ...memory];
  if (vars.length === 0) return;
  const release = holdWarnings();
  const before = reportInFunction(fn.tok?.image);
  try {
    new UninitializedUses(vars, new Set(memory), addressed, body).statement(body);
  } finally {
    reportInFunction(before);
    const warnings = release();
    if (warnings.length > 0) pending.push({ fn, warnings });
  }
}

/**
 * The warnings held for the end of the file, and forgets them: those of the functions gcc
 * compiles, which are all but the inline ones never emitted (`liveFunctions`, asked only
 * if needed: a static inline function nothing calls, a C99 inline definition). gcc gets to
 * the inline functions first.
 */
export function takeUninitializedWarnings(liveFunctions: () => ReadonlySet<Obj>): Diagnostic[] {
  let live: ReadonlySet<Obj> | undefined;
  const inline = pending.filter((p) => p.fn.isInline && (live ??= liveFunctions()).has(p.fn));
  const others = pending.filter((p) => !p.fn.isInline);
  pending = [];
  return [...inline, ...others].flatMap((p) => p.warnings);
}
