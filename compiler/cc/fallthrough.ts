/**
 * -Wimplicit-fallthrough ("this statement may fall through", with a note at the case it
 * falls into) and what gcc says of a misplaced `__attribute__((fallthrough));`.
 *
 * gcc decides both on GIMPLE, after its C front end has turned loops into jumps and its
 * gimplifier has turned `if`s into conditional jumps between artificial labels. Which
 * statement comes last before a case label, which one a case starts with, where a block
 * with declarations ends: all of it follows from that lowering, and so do gcc's quirks
 * (a case that starts with a `while` loop starts with a jump, so falling into it is
 * never warned about). This module therefore lowers each switch body to the same shape, a
 * flat list of `Item`s, and runs gcc's walks over it (gimplify.cc's
 * warn_implicit_fallthrough_r with collect_fallthrough_labels and
 * should_warn_for_implicit_fallthrough, and expand_FALLTHROUGH_r). Inner switches are
 * checked first, as gcc gimplifies them first.
 *
 * A comment such as `/* fallthrough *\/` right before a label marks it (the preprocessor's
 * TF_FALLTHROUGH, at -Wimplicit-fallthrough's level): falling into it is meant.
 */
import type { IToken } from './chevrotain.js';
import { isNoreturnCall, type Node } from './ast.js';
import { errorAt, noteAt, pedwarnAt, warnAt } from './report.js';
import { hasEffect, placeOf } from './classic-mistakes.js';
import { expressionStart } from './pointer-conversion.js';

/** A label of the lowered code: one the source wrote (`tok`), or an artificial one. */
interface Label {
  tok: IToken | undefined;
  /** The switch whose case or default label this is. */
  caseOf: Switch | undefined;
  /** A loop's or switch's break or continue label: jumps go to it (gcc emits it only then). */
  used: boolean;
  /** gcc's FALLTHROUGH_LABEL_P: a fallthrough comment came before it, or a walk has been past it. */
  marked: boolean;
  /** gcc's UNUSED_LABEL_P: only falling into it reaches it (an `if` with a constant condition). */
  unused: boolean;
  /** gcc's SWITCH_BREAK_LABEL_P: where a nested switch ends. */
  switchBreak: boolean;
}

/** A switch whose body is being lowered. */
type Switch = { nested: boolean };

/** A lowered statement (the GIMPLE statement it stands for in the comments). */
type Item =
  | { kind: 'label'; label: Label }
  /** GIMPLE_COND: its true target is of no interest, its false one is. */
  | { kind: 'cond'; at: IToken; falseLabel: Label }
  /** GIMPLE_GOTO; `at` undefined: the jump over an else, which has no location. */
  | { kind: 'goto'; at: IToken | undefined; to: Label | undefined }
  | { kind: 'return'; at: IToken }
  | { kind: 'switch'; at: IToken }
  /** Anything else: an assignment, a call... */
  | { kind: 'stmt'; at: IToken; noreturn: boolean }
  /** `__attribute__((fallthrough));` (IFN_FALLTHROUGH). */
  | { kind: 'fallthrough'; at: IToken }
  /** GIMPLE_BIND: a block with declarations; `switchScope`: the one around a nested switch. */
  | { kind: 'scope'; at: IToken; body: Item[]; switchScope: boolean };

/** The two ways out of an `if` or a `?:` (Lowering.branches). */
interface Branches {
  /** Where the (first) conditional jump is placed. */
  at: IToken;
  /** An `if`'s condition, whose `&&` and `||` make several jumps. */
  cond?: Node;
  /** The condition's value when it is a constant. */
  truth?: boolean;
  then: (out: Item[]) => void;
  else?: (out: Item[]) => void;
  thenDoesNothing?: boolean;
  elseDoesNothing?: boolean;
}

/** Where break and continue go. */
interface JumpTargets {
  breakLabel: Label;
  continueLabel: Label | undefined;
}

const WARNING = 'this statement may fall through [-Wimplicit-fallthrough=]';
const NOT_PRECEDING = "attribute 'fallthrough' not preceding a case label or default label";

/**
 * Checks the switches of a function's body, warning as gcc does (the warnings of
 * -Wimplicit-fallthrough only when `warn`). `comments`: offsets of the tokens that follow
 * a fallthrough comment. Returns an attribute gcc's code generation refuses ("invalid use"),
 * one outside every switch, which the caller reports as an error after the unit's warnings.
 */
export function checkFallthrough(body: Node, comments: ReadonlySet<number>, warn: boolean): IToken | undefined {
  const lowering = new Lowering(comments, warn);
  lowering.statement(body, []);
  return lowering.invalid;
}

class Lowering {
  private readonly targets: JumpTargets[] = [];
  private readonly userLabels = new Map<string, Label>();
  /** The switch whose body is being lowered. */
  private currentSwitch: Switch | undefined;
  /** The first `__attribute__((fallthrough));` outside every switch. */
  invalid: IToken | undefined;

  constructor(
    private readonly comments: ReadonlySet<number>,
    private readonly warn: boolean,
  ) {}

  statement(n: Node, out: Item[]): void {
    switch (n.kind) {
      case 'block':
        if (n.fallthrough) {
          out.push({ kind: 'fallthrough', at: n.tok });
          if (this.currentSwitch === undefined) this.invalid ??= n.tok;
          return;
        }
        if (!n.scoped) {
          for (const s of n.body!) this.statement(s, out);
          return;
        }
        out.push(this.scope(n.tok, (body) => n.body!.forEach((s) => this.statement(s, body))));
        return;
      case 'exprStmt':
        if (n.declInit) out.push({ kind: 'stmt', at: initializerPlace(n.lhs!, n.tok), noreturn: false });
        else this.expression(n.lhs!, out);
        return;
      case 'if':
        this.conditional(n.codeTok ?? n.tok, n.cond!, n.then!, n.els, out);
        return;
      case 'for':
        if (n.init?.kind === 'block') out.push(this.scope(n.tok, (body) => this.loop(n, true, body)));
        else this.loop(n, true, out);
        return;
      case 'do':
        this.loop(n, false, out);
        return;
      case 'switch':
        this.switchStatement(n, out);
        return;
      case 'case':
        out.push({ kind: 'label', label: this.sourceLabel(n.tok, this.currentSwitch) });
        this.statement(n.lhs!, out);
        return;
      case 'label':
        out.push({ kind: 'label', label: this.userLabel(n.label!, n.tok) });
        this.statement(n.lhs!, out);
        return;
      case 'break': case 'continue': case 'goto':
        out.push({ kind: 'goto', at: n.tok, to: use(this.jumpTarget(n)) });
        return;
      case 'gotoExpr':
        out.push({ kind: 'goto', at: n.tok, to: undefined });
        return;
      case 'return':
        // gcc stores a value to return in a temporary first.
        if (n.lhs) out.push({ kind: 'stmt', at: n.tok, noreturn: false });
        out.push({ kind: 'return', at: n.tok });
        return;
      default:
        out.push({ kind: 'stmt', at: n.tok, noreturn: false });
    }
  }

  private scope(at: IToken, fill: (body: Item[]) => void): Item {
    const body: Item[] = [];
    fill(body);
    return { kind: 'scope', at, body, switchScope: false };
  }

  /** An expression statement: what gcc's gimplifier keeps of it (nothing, if it has no effect). */
  private expression(e: Node, out: Item[]): void {
    // (`__builtin_unreachable()` has no effect of its own, but no path goes on past it.)
    if (!hasEffect(e) && !isNoreturnCall(e)) return;
    switch (e.kind) {
      case 'comma':
        this.expression(e.lhs!, out);
        this.expression(e.rhs!, out);
        return;
      case 'cast':
        this.expression(e.lhs!, out);
        return;
      case 'cond':
        this.branches({ at: e.codeTok ?? e.tok, then: (o) => this.expression(e.then!, o), else: (o) => this.expression(e.els!, o) }, out);
        return;
      case 'logand': case 'logor':
        this.branches({ at: e.tok, then: (o) => this.expression(e.rhs!, o) }, out);
        return;
      case 'call':
        out.push({ kind: 'stmt', at: e.lhs!.tok, noreturn: isNoreturnCall(e) });
        return;
      default:
        out.push({ kind: 'stmt', at: placeOf(e), noreturn: isNoreturnCall(e) });
    }
  }

  /** `if (cond) then else els`, at its `(`. */
  private conditional(at: IToken, cond: Node, then: Node, els: Node | undefined, out: Item[]): void {
    this.branches({
      at, cond, truth: constantTruth(cond),
      then: (o) => this.statement(then, o), thenDoesNothing: doesNothing(then),
      else: els && ((o) => this.statement(els, o)), elseDoesNothing: els === undefined || doesNothing(els),
    }, out);
  }

  /**
   * gcc's gimplify_cond_expr: `cond ? then : else` as a conditional jump to the else part
   * (or past the then part), the then part, a jump over the else part when the then part
   * may fall through, and the else part. (gcc jumps straight to the target of a part that
   * is a `goto`, but at -O0 only when the two have the same location: never for C source,
   * and at -O2 it decides the same.) An `if`'s condition (`cond`) may be several jumps.
   */
  private branches(b: Branches, out: Item[]): void {
    const { at, truth } = b;
    const trueLabel = artificialLabel();
    const falseLabel = artificialLabel();
    if (b.cond !== undefined) conditionJumps(b.cond, at, falseLabel, out);
    else out.push({ kind: 'cond', at, falseLabel });
    let cont: Label | undefined;
    out.push({ kind: 'label', label: trueLabel });
    b.then(out);
    if (b.else !== undefined && mayFallThrough(out[out.length - 1])) {
      cont = artificialLabel();
      // `if (0) { nothing } else { code }`: only the else part reaches the end.
      if (truth === false) {
        trueLabel.unused = true;
        if (b.thenDoesNothing === true) cont.unused = true;
      }
      out.push({ kind: 'goto', at: undefined, to: cont });
    }
    // `if (1) { code }`: only the then part reaches the false label.
    if (truth === true && b.elseDoesNothing === true) falseLabel.unused = true;
    out.push({ kind: 'label', label: falseLabel });
    b.else?.(out);
    if (cont !== undefined) out.push({ kind: 'label', label: cont });
  }

  /**
   * A loop as gcc's C front end lowers it (c-family genericize_c_loop): a condition tested
   * first is moved to the end, behind a jump to it; `for (;;)` and `while (1)` end with a
   * jump back to the top; `while (0)` jumps past its body.
   */
  private loop(n: Node, condFirst: boolean, out: Item[]): void {
    if (n.init !== undefined) this.statement(n.init, out);
    const start = n.tok;
    const breakLabel = artificialLabel();
    const continueLabel = artificialLabel();
    const truth = n.cond === undefined ? true : constantTruth(n.cond);
    const body: Item[] = [];
    this.targets.push({ breakLabel, continueLabel });
    this.statement(n.then!, body);
    this.targets.pop();
    const incr: Item[] = [];
    if (n.inc !== undefined) this.expression(n.inc, incr);
    if (truth === false) {
      if (condFirst) out.push({ kind: 'goto', at: start, to: use(breakLabel) });
      out.push(...body);
      if (continueLabel.used) out.push({ kind: 'label', label: continueLabel });
      out.push(...incr);
    } else {
      const top = artificialLabel();
      let entry: Label | undefined;
      let exit: Item[];
      if (truth === undefined) {
        if (condFirst) {
          entry = n.inc !== undefined ? artificialLabel() : continueLabel;
          out.push({ kind: 'goto', at: start, to: use(entry) });
        }
        exit = [];
        conditionJumps(n.cond!, placeOf(n.cond!), use(breakLabel), exit);
      } else {
        exit = [{ kind: 'goto', at: start, to: top }];
      }
      out.push({ kind: 'label', label: top }, ...body);
      if (continueLabel.used) out.push({ kind: 'label', label: continueLabel });
      out.push(...incr);
      if (entry !== undefined && entry !== continueLabel) out.push({ kind: 'label', label: entry });
      out.push(...exit);
    }
    if (breakLabel.used) out.push({ kind: 'label', label: breakLabel });
  }

  /**
   * A switch: its body lowered (with the break label at its end when a `break` uses it),
   * checked, then placed as gcc's gimplify_switch_expr places it.
   */
  private switchStatement(n: Node, out: Item[]): void {
    const outer = this.currentSwitch;
    const sw: Switch = { nested: outer !== undefined };
    const breakLabel: Label = { ...artificialLabel(), switchBreak: true };
    const body: Item[] = [];
    this.currentSwitch = sw;
    this.targets.push({ breakLabel, continueLabel: undefined });
    this.statement(n.then!, body);
    this.targets.pop();
    this.currentSwitch = outer;
    if (breakLabel.used) body.push({ kind: 'label', label: breakLabel });
    if (this.warn) warnFallthrough(body, sw);
    if (!sw.nested) expandAttributes(body);
    // Without a default label, gcc adds one at the end (for a nested switch, where it ends).
    let aroundScope = false;
    if (n.defaultCase === undefined) {
      body.push({ kind: 'label', label: { ...artificialLabel(), switchBreak: sw.nested } });
      aroundScope = sw.nested;
    } else if (sw.nested) {
      const last = body[body.length - 1];
      aroundScope = last?.kind === 'label' && last.label.switchBreak;
    }
    const switchItem: Item = { kind: 'switch', at: n.tok };
    if (aroundScope) out.push({ kind: 'scope', at: n.tok, body: [switchItem, ...body], switchScope: true });
    else out.push(switchItem, ...body);
  }

  /** A `break` statement's or a `goto`'s label. */
  private jumpTarget(n: Node): Label {
    if (n.kind === 'goto') return this.userLabel(n.label!, undefined);
    for (let k = this.targets.length - 1; k >= 0; k--) {
      const t = this.targets[k];
      if (n.kind === 'break') return t.breakLabel;
      if (t.continueLabel !== undefined) return t.continueLabel;
    }
    return artificialLabel(); // (the parser rejects a break or continue outside a loop)
  }

  private sourceLabel(tok: IToken, caseOf: Switch | undefined): Label {
    return { tok, caseOf, used: false, marked: this.comments.has(tok.startOffset), unused: false, switchBreak: false };
  }

  /** A label by name: made at its first mention, placed where its definition is. */
  private userLabel(name: string, tok: IToken | undefined): Label {
    let l = this.userLabels.get(name);
    if (l === undefined) {
      l = { ...artificialLabel(), tok };
      this.userLabels.set(name, l);
    }
    if (tok !== undefined) {
      l.tok = tok;
      l.marked = this.comments.has(tok.startOffset);
    }
    return l;
  }
}

function artificialLabel(): Label {
  return { tok: undefined, caseOf: undefined, used: false, marked: false, unused: false, switchBreak: false };
}

function use(l: Label): Label {
  l.used = true;
  return l;
}

/**
 * The conditional jumps that test `cond` and go to `falseLabel` when it is false (gcc's
 * shortcut_cond_expr): `a && b` tests a, then b (placed at the `&&`); `a || b` tests a,
 * and where it is false, b (placed at the `||`). The first test is placed at `at`.
 */
function conditionJumps(cond: Node, at: IToken, falseLabel: Label, out: Item[]): void {
  if (cond.kind === 'logand') {
    conditionJumps(cond.lhs!, at, falseLabel, out);
    conditionJumps(cond.rhs!, cond.tok, falseLabel, out);
  } else if (cond.kind === 'logor') {
    const next = artificialLabel();
    conditionJumps(cond.lhs!, at, next, out);
    out.push({ kind: 'label', label: next });
    conditionJumps(cond.rhs!, cond.tok, falseLabel, out);
  } else {
    out.push({ kind: 'cond', at, falseLabel });
  }
}

/** A condition's value when it is a constant. */
function constantTruth(cond: Node): boolean | undefined {
  return cond.kind === 'num' ? cond.val !== 0n : undefined;
}

/** Where gcc places a declaration's initialization: where the initializer starts. */
function initializerPlace(code: Node, tok: IToken): IToken {
  return code.kind === 'assign' ? expressionStart(code.rhs!) : tok;
}

/** A statement without side effects (gcc's !TREE_SIDE_EFFECTS, roughly): nothing, or an expression with no effect. */
function doesNothing(n: Node): boolean {
  if (n.kind === 'exprStmt') return !hasEffect(n.lhs!);
  return n.kind === 'block' && n.body!.length === 0;
}

function labelOf(item: Item): Label | undefined {
  return item.kind === 'label' ? item.label : undefined;
}

function hasLocation(item: Item): boolean {
  if (item.kind === 'label') return item.label.tok !== undefined;
  if (item.kind === 'goto') return item.at !== undefined;
  return true;
}

function placeOfItem(item: Item): IToken | undefined {
  if (item.kind === 'label') return item.label.tok;
  return item.at;
}

/** gimple_stmt_may_fallthru. */
function mayFallThrough(item: Item | undefined): boolean {
  if (item === undefined) return true;
  switch (item.kind) {
    case 'goto': case 'return': case 'switch': return false;
    case 'stmt': return !item.noreturn;
    case 'scope': return mayFallThrough(item.body[item.body.length - 1]);
    default: return true;
  }
}

/** The last statement of a scope, looking into the scopes it ends with (last_stmt_in_scope). */
function lastInScope(scope: Item & { kind: 'scope' }): Item | undefined {
  const last = scope.body[scope.body.length - 1];
  return last?.kind === 'scope' ? lastInScope(last) : last;
}

/** Labels falling into which the statement at a place would be warned about (by the place of the `if`). */
type FallingLabels = Map<Label, IToken>;

interface Collected {
  prev: Item | undefined;
  prevAt: IToken | undefined;
  labels: FallingLabels;
  /** Where the walk stopped: at a label the source wrote, or at the end. */
  end: number;
}

/**
 * From seq[i] up to the next label the source wrote: the statement that would fall into
 * it and where to warn, and the artificial labels an `if` may fall through by
 * (collect_fallthrough_labels).
 */
function collect(seq: Item[], i: number): Collected {
  let prev: Item | undefined;
  let prevAt: IToken | undefined;
  const labels: FallingLabels = new Map();
  const remember = (l: Label, at: IToken): void => {
    if (!labels.has(l)) labels.set(l, at);
  };
  do {
    let s = seq[i];
    if (s.kind === 'scope') {
      if (s.switchScope) {
        // A nested switch with where it ends: one statement that may fall through.
        prev = s;
      } else {
        const last = lastInScope(s);
        if (last !== undefined) {
          prev = last;
          if (!hasLocation(last)) prevAt = s.at;
        }
      }
      i++;
      continue;
    }
    if (s.kind === 'cond') {
      const falseLabel = s.falseLabel;
      let j = i + 1;
      while (j < seq.length && labelOf(seq[j]) !== falseLabel) j++;
      if (j >= seq.length) {
        i = j;
        break;
      }
      if (!falseLabel.unused) remember(falseLabel, s.at);
      // The last statement of the then part: a jump over the else part means it may fall through.
      const back = seq[j - 1];
      if (back.kind === 'goto' && back.at === undefined) {
        if (seq[j - 2]?.kind !== 'fallthrough' && back.to !== undefined) remember(back.to, s.at);
      } else if (falseLabel.unused) {
        prev = back;
      }
      i = j;
      s = seq[i];
    }
    if (s.kind === 'label') {
      if (labels.has(s.label)) prev = s;
    } else {
      prev = s;
    }
    i++;
  } while (i < seq.length && labelOf(seq[i])?.tok === undefined);
  if (prev !== undefined && hasLocation(prev)) prevAt = placeOfItem(prev);
  return { prev, prevAt, labels, end: i };
}

/** should_warn_for_implicit_fallthrough: falling into the label at seq[i] is worth a warning. */
function shouldWarn(seq: Item[], i: number, label: Label, sw: Switch): boolean {
  if (label.marked) return false;
  const labelAt = (k: number): Label | undefined => (k < seq.length ? labelOf(seq[k]) : undefined);
  // `case 0: foo (); label: bar ();` is meant: only labels that lead to a case label count.
  if (label.caseOf !== sw) {
    let k = i;
    while (labelAt(k) !== undefined && labelAt(k)!.caseOf !== sw) k++;
    if (labelAt(k) === undefined) return false;
  }
  // Nor when the case falls into a jump (`default: break;`, `return;`) or the switch's end.
  let k = i;
  while (labelAt(k) !== undefined) k++;
  return k < seq.length && seq[k].kind !== 'goto' && seq[k].kind !== 'return';
}

/**
 * warn_implicit_fallthrough_r over a switch body, into its scopes. Returns false where gcc's
 * walk stops: a label with nothing after it.
 */
function warnFallthrough(seq: Item[], sw: Switch): boolean {
  let i = 0;
  while (i < seq.length) {
    const item = seq[i];
    if (item.kind === 'scope') {
      if (!warnFallthrough(item.body, sw)) return false;
      i++;
      continue;
    }
    if (item.kind !== 'label') {
      i++;
      continue;
    }
    while (i < seq.length && seq[i].kind === 'label') i++;
    if (i >= seq.length) return false;
    const { prev, prevAt, labels, end } = collect(seq, i);
    i = end;
    if (i >= seq.length) return false;
    const next = seq[i];
    if (next.kind !== 'label' || next.label.tok === undefined || prev === undefined) {
      i++;
      continue;
    }
    let at: IToken | undefined;
    if (!shouldWarn(seq, i, next.label, sw)) at = undefined;
    else if (prev.kind === 'label' && labels.has(prev.label)) at = labels.get(prev.label);
    else if (prev.kind !== 'fallthrough' && mayFallThrough(prev)) at = prevAt;
    if (at !== undefined) {
      warnAt(at, WARNING);
      noteAt(next.label.tok, 'here');
    }
    // Looked at once (nested switches are walked again by the outer one's walk).
    next.label.marked = true;
    // The next walk starts at this label.
  }
  return true;
}

/** The outermost switch's `__attribute__((fallthrough));`s must each come right before a case label (expand_FALLTHROUGH). */
function expandAttributes(body: Item[]): void {
  const atEnd = expandIn(body, true);
  if (atEnd !== undefined) pedwarnAt(atEnd, NOT_PRECEDING);
}

/**
 * expand_FALLTHROUGH_r: takes each `__attribute__((fallthrough));` away, warning of one that
 * no case label follows. Returns the place of one that ends the switch body (`top`): the
 * walk stops there, and the caller warns of it. One that ends a block inside is let be.
 */
function expandIn(seq: Item[], top: boolean): IToken | undefined {
  for (let i = 0; i < seq.length; i++) {
    const item = seq[i];
    if (item.kind === 'scope') {
      const atEnd = expandIn(item.body, false);
      if (atEnd !== undefined) return atEnd;
      continue;
    }
    if (item.kind !== 'fallthrough') continue;
    seq.splice(i, 1);
    if (i >= seq.length) return top ? item.at : undefined;
    let k = i;
    const first = seq[k];
    if (first.kind === 'goto' && first.at === undefined) {
      // The jump over an else part: what counts is what follows its target.
      while (k < seq.length && labelOf(seq[k]) !== first.to) k++;
      if (k >= seq.length) {
        i--;
        continue;
      }
      k++;
    }
    let found = false;
    for (; k < seq.length; k++) {
      const s = seq[k];
      if (s.kind !== 'label') break;
      if (s.label.tok !== undefined && s.label.caseOf !== undefined) {
        found = true;
        break;
      }
    }
    if (!found) pedwarnAt(item.at, NOT_PRECEDING);
    i--;
  }
  return undefined;
}

/** gcc's error for an attribute left to code generation. */
export function refuseFallthroughAttribute(tok: IToken): never {
  return errorAt(tok, "invalid use of attribute 'fallthrough'");
}
