/**
 * The typed AST the parser builds and the code generator walks (chibicc's shape: one
 * Node record with a kind, operand slots and the type computed by the type checker).
 */
import type { IToken } from './chevrotain.js';
import type { Member, Type } from './types.js';
import type { FunctionNesting } from './nested.js';

export type NodeKind =
  // expressions
  | 'num' | 'fnum' | 'var' | 'funcref'
  | 'add' | 'sub' | 'mul' | 'div' | 'mod' | 'band' | 'bor' | 'bxor' | 'shl' | 'shr'
  | 'eq' | 'ne' | 'lt' | 'le' | 'logand' | 'logor' | 'not' | 'bitnot' | 'neg'
  | 'assign' | 'cond' | 'comma' | 'member' | 'addr' | 'deref' | 'cast' | 'call'
  | 'stmtExpr' | 'memzero' | 'labelAddr' | 'vaStart' | 'vaArg' | 'vaCopy' | 'nop' | 'builtin' | 'vlaAlloc' | 'complex' | 'int128' | 'float128' | 'vector' | 'trapv'
  // statements
  | 'block' | 'if' | 'for' | 'do' | 'switch' | 'case' | 'break' | 'continue' | 'goto' | 'gotoExpr'
  | 'label' | 'return' | 'exprStmt' | 'asm';

/** The comparisons (`a > b` is built as `b < a`). */
export const COMPARISON_KINDS: ReadonlySet<NodeKind> = new Set(['eq', 'ne', 'lt', 'le']);

/** The comparison operators as the source writes them. */
export const COMPARISON_OPERATORS: ReadonlySet<string> = new Set(['==', '!=', '<', '>', '<=', '>=']);

/** The operators whose value is a truth value, 0 or 1: comparisons and logical operators. */
export const TRUTH_VALUE_KINDS: ReadonlySet<NodeKind> = new Set([...COMPARISON_KINDS, 'logand', 'logor', 'not']);

/** The binary operators (gcc's tcc_binary and tcc_comparison codes, which its fold rewrites alike). */
export const BINARY_KINDS: ReadonlySet<NodeKind> = new Set(['add', 'sub', 'mul', 'div', 'mod', 'band', 'bor', 'bxor', 'shl', 'shr', ...COMPARISON_KINDS]);

export interface AsmOperand {
  name: string | undefined; // %[name]
  constraint: string;
  expr: Node;
}

export interface AsmStmt {
  template: string;
  outputs: AsmOperand[];
  inputs: AsmOperand[];
  clobbers: string[];
  labels: string[]; // asm goto targets (C label names)
  basic: boolean; // no operand sections at all: the template is copied verbatim (no % escapes)
}

export interface Node {
  kind: NodeKind;
  ty: Type | undefined;
  tok: IToken;
  endTok?: IToken; // block: its closing brace
  scoped?: boolean; // block: it declares names of its own (gcc's BIND_EXPR; fallthrough.ts)
  fallthrough?: boolean; // block: the empty statement `__attribute__((fallthrough));` (fallthrough.ts)
  declInit?: boolean; // exprStmt: a declaration's initialization, which gcc places at the initializer
  codeTok?: IToken; // where gcc places the code of an `if`'s condition (its `(`), a `?:` (its `:`) or a member access (its `.` or `->`), for uninit.ts
  lhs?: Node;
  rhs?: Node;
  rhsFirst?: boolean; // `a > b` is built as `b < a`: the source evaluates rhs before lhs
  signaling?: boolean; // lt/le from a source `<` `<=` `>` `>=`: a NaN operand raises FE_INVALID
  grouped?: boolean; // written as one operand — inside ( ), or a postfix x++ (built with a subtraction): -Wparentheses leaves it alone (parentheses.ts)
  foldedFrom?: NodeKind; // a number folded from this operator (fold-int.ts): -Wparentheses still sees the operator
  start?: IToken; // the first token of the source expression: of a number folded from one, or the `(` of a parenthesized one (parentheses.ts grouped); where gcc places what it says of the value
  // if / for / while / do / ?: / switch
  cond?: Node;
  then?: Node;
  els?: Node;
  init?: Node;
  inc?: Node;
  body?: Node[];
  val?: bigint; // num
  fval?: number; // fnum
  wideBits?: number; // an N-bit value of gcc's wide bit-field types (see typecheck's wrapWideBitfield)
  extended?: Uint8Array; // fnum of type long double: its exact 80-bit image, when a double cannot hold it; a float128 'const': its 16 bytes
  signalingNaN?: boolean; // fnum: __builtin_nans, a NaN no JavaScript number can carry
  obj?: Obj; // var, funcref
  member?: Member; // member access
  args?: Node[]; // call
  funcType?: Type; // call: the callee's function type
  retBuffer?: Obj; // call returning a struct: where the value lands
  label?: string; // goto/label: C name; builtin: its name
  uniqueLabel?: string;
  // switch
  cases?: Node[];
  defaultCase?: Node;
  caseBegin?: bigint;
  caseEnd?: bigint;
  breakLabel?: string;
  continueLabel?: string;
  asm?: AsmStmt;
  isVolatileAsm?: boolean;
  update?: SourceUpdate; // the source's ++, -- or op= this node was lowered from (sequence-points.ts; only under -Wsequence-point or -Wunused-value)
}

/** `target++`, `--target` (no value; `post` for the first) or `target op= value`, as written at `op`. */
export interface SourceUpdate {
  target: Node;
  value: Node | undefined;
  op: IToken;
  post: boolean;
}

export interface Relocation {
  offset: number;
  label: string;
  addend: bigint;
  minus?: string; // `label - minus + addend`, a 4- or 8-byte difference the assembler resolves
  size?: number; // bytes (8 unless a difference is stored in an int)
}

/** A variable or function. Locals live at `offset(%rbp)`; everything else is a symbol. */
export interface Obj {
  name: string; // the assembler symbol for globals, the C name for locals
  ty: Type;
  tok: IToken | undefined;
  isLocal: boolean;
  offset: number;
  align: number;
  // globals
  isFunction: boolean;
  isDefinition: boolean;
  isStatic: boolean; // internal linkage
  isTentative: boolean;
  /** A static object's first bytes; past its end (up to the size) the object is zero. */
  initData: Uint8Array | undefined;
  relocs: Relocation[];
  section: string | undefined;
  isWeak: boolean;
  isUsed: boolean; // referenced, or __attribute__((used))
  mayHaveSlotNodes?: boolean; // a function: its body may hold nodes needing frame slots (see slotNodesMade)
  alias: string | undefined;
  visibility: string | undefined;
  isInline: boolean; // some declaration says `inline` (inline.ts decides what that means)
  everyDeclarationInline?: boolean; // C99: every file-scope declaration so far is `inline` without `extern`
  lastDeclarationExternInline?: boolean; // the latest file-scope declaration is `extern inline`
  definedExternInline?: boolean; // the body's own declaration is `extern inline` (GNU89's rule)
  isGnuInline?: boolean; // __attribute__((gnu_inline)): GNU89's rule for this function
  isAlwaysInline?: boolean; // __attribute__((always_inline))
  common?: boolean; // __attribute__((common)) (true) or ((nocommon)) (false): overrides -fcommon
  noInstrument?: boolean; // __attribute__((no_instrument_function)) (instrument.ts)
  isInterrupt?: boolean; // __attribute__((interrupt)): an x86 interrupt handler (interrupt.ts)
  isNaked?: boolean; // __attribute__((naked)): no prologue or epilogue (codegen.ts nakedFunctionCode)
  inlineOnly?: boolean; // an inline definition: the body is never emitted, references go to the external one
  isNoreturn: boolean;
  isPure?: boolean; // __attribute__((pure)) or ((const)), or a library function gcc knows so: a call has no side effects
  isImplicitDecl?: boolean; // declared only by a call of an undeclared name (C89's implicit `int f()`)
  isImplicitLibrary?: boolean; // declared only by a call, with gcc's builtin prototype (builtins.ts implicitLibraryPrototype)
  isImplicitInt?: boolean; // declared only by a call, as C89's `int f()`
  asmRegister: string | undefined; // a local register variable's register (`asm("r10")`)
  isGlobalRegister?: boolean; // a GNU global register variable: asmRegister itself, no storage
  isRegister?: boolean; // a `register` local: its address may not be taken (C11 6.5.3.2p1)
  isArrayParameter?: boolean; // a parameter declared as an array, which is a pointer: `sizeof` warns (sizeof-warnings.ts)
  startupArray: '.init_array' | '.fini_array' | undefined; // __attribute__((constructor/destructor))
  isString: boolean; // a string literal (of any character type) in .rodata
  isUserAligned?: boolean; // the declaration asks for its alignment (aligned, _Alignas): gcc keeps it exactly (codegen.ts dataAlign)
  isReadOnly: boolean; // a const (not volatile) object: .rodata, as gcc places it
  isThreadLocal: boolean; // _Thread_local / __thread: one copy per thread, in .tdata/.tbss
  staticOwner?: Obj; // a static local: the function declaring it (debug-info.ts)
  defTok?: IToken; // a file-scope object's or function's defining declarator (the last tentative one): where gcc says "defined but not used"
  // -Wunused-variable (unused.ts): how often its name appears in expressions (a function's
  // own body aside), and how many of those only store into it (`x = e`, `a[i] = e`, `s.m = e`);
  // a variable or function the program declared that may be warned about (not a parameter,
  // nor marked unused by any of its declarations, nor with a cleanup).
  uses: number;
  stores: number;
  checkUnused?: boolean;
  // functions
  params: Obj[];
  body: Node | undefined;
  locals: Obj[];
  vaArea: Obj | undefined;
  applyArgs?: Obj; // the block __builtin_apply_args fills on entry (untyped-call.ts)
  allocaBottom: Obj | undefined;
  refs: Obj[]; // functions this function's body references (for dropping unused static functions)
  // GNU C nested functions (nested.ts)
  nesting?: FunctionNesting; // a nested function: its enclosing function, static chain, trampoline
  frameOwner?: Obj; // a local some nested function reaches through the static chain: whose frame holds it
}

export function newObj(name: string, ty: Type, tok: IToken | undefined, isLocal: boolean): Obj {
  return {
    name, ty, tok, isLocal, offset: 0, align: ty.align,
    isFunction: ty.kind === 'func', isDefinition: false, isStatic: false, isTentative: false,
    initData: undefined, relocs: [], section: undefined, isWeak: false, isUsed: false,
    alias: undefined, visibility: undefined, isInline: false, isNoreturn: false, asmRegister: undefined, startupArray: undefined, isString: false,
    isReadOnly: false, isThreadLocal: false, uses: 0, stores: 0,
    params: [], body: undefined, locals: [], vaArea: undefined, allocaBottom: undefined,
    refs: [],
  };
}

/** `n` with the token its code is placed at (Node.codeTok). */
export function withCodeTok(n: Node, tok: IToken): Node {
  n.codeTok = tok;
  return n;
}

/** A call that never returns: to a noreturn function (or one the C library says is), __builtin_trap or __builtin_unreachable. */
export function isNoreturnCall(call: Node): boolean {
  // The parser makes `__builtin_unreachable()` a 'builtin' node itself, not a call of one.
  if (call.kind === 'builtin') return call.label === '__builtin_unreachable' || call.label === '__builtin_trap';
  if (call.kind !== 'call') return false;
  const f = call.lhs!;
  return f.kind === 'var' && (f.obj!.isNoreturn || /^(abort|exit|_exit|_Exit)$/.test(f.obj!.name));
}

/** The `label` of the comma node a block-scope compound literal becomes: `(init, object)`. */
export const COMPOUND_LITERAL = 'compound literal';

/** Kinds whose only operands are `lhs` and `rhs` (most of the nodes of any function). */
const OPERANDS_ONLY: ReadonlySet<NodeKind> = new Set([
  ...BINARY_KINDS, 'logand', 'logor', 'not', 'bitnot', 'neg', 'assign', 'comma', 'member', 'addr', 'deref', 'cast',
]);

/**
 * Calls visit(child, arg) for each sub-node of n in source order: operands, statement
 * parts, block items, call arguments and asm operands. Walkers recurse through it and
 * pass their state in `arg`, so walking a function makes no closure per node. (Nodes
 * have many shapes, and reading a field a node lacks is a slow lookup: leaves and plain
 * operators are told by their kind, and only their own fields are read.)
 */
export function forEachChild<A>(n: Node, visit: (child: Node, arg: A) => void, arg: A): void {
  if (n.kind === 'var' || n.kind === 'num') return;
  if (n.lhs) visit(n.lhs, arg);
  if (n.rhs) visit(n.rhs, arg);
  if (OPERANDS_ONLY.has(n.kind)) return;
  if (n.cond) visit(n.cond, arg);
  if (n.then) visit(n.then, arg);
  if (n.els) visit(n.els, arg);
  if (n.init) visit(n.init, arg);
  if (n.inc) visit(n.inc, arg);
  if (n.body) for (const child of n.body) visit(child, arg);
  if (n.args) for (const child of n.args) visit(child, arg);
  if (n.asm) {
    for (const op of n.asm.outputs) visit(op.expr, arg);
    for (const op of n.asm.inputs) visit(op.expr, arg);
  }
}

/**
 * Every node starts with the same fields in the same order, so that the half million
 * nodes of a large file share one hidden class: the code generator's reads of `lhs`,
 * `obj`, `val`... then stay monomorphic (nodes made as `{ kind, ty, tok }` grew a dozen
 * shapes, one per order their fields were set in), and a node is one object, not an
 * object plus a separate array for the fields added later. The fields most nodes set
 * are here; the rare ones are still added where they are needed. An object literal, not
 * a class: V8 pretenures what a literal makes once it sees those objects survive (and
 * nodes live until the code is generated), but it never does so for `new`.
 */
export function newNode(kind: NodeKind, tok: IToken): Node {
  return { kind, ty: undefined, tok, lhs: undefined, rhs: undefined, obj: undefined, val: undefined };
}

/**
 * An operation on a value that is wider than a register (`complex`, `int128`, `float128`, `vector` nodes):
 * `op` names it, the operands are `lhs` and optionally `rhs`, the result has type `ty`.
 */
/**
 * How many nodes that need a frame slot of their own (wide operations, VLA allocations)
 * have been made so far. A function during whose parsing none was made skips the search
 * for them (codegen.ts, reserveSlots): plain C has none, and the search walks every node.
 */
export let slotNodesMade = 0;

export function newSlotNode(kind: 'complex' | 'int128' | 'float128' | 'vector' | 'vlaAlloc', tok: IToken): Node {
  slotNodesMade++;
  return newNode(kind, tok);
}

/**
 * How many things so far keep a function's code from being generated as soon as its body
 * is parsed (codegen.ts, generateEarly): an asm statement (its `%=` numbers are no `.L`
 * labels that could be renumbered later), a nested function (its code reads the enclosing
 * frame's layout), and nodes whose code depends on declarations that may still follow
 * (a thread-local variable not yet defined here, a `__builtin_object_size` answered at the
 * end of the file). A function during whose parsing the count moved is generated at the end.
 */
export let earlyCodeBlockers = 0;

export function blockEarlyCode(): void {
  earlyCodeBlockers++;
}

export function newWideOpNode(kind: 'complex' | 'int128' | 'float128' | 'vector', op: string, ty: Type, lhs: Node, rhs: Node | undefined, tok: IToken): Node {
  const n = newSlotNode(kind, tok);
  n.label = op;
  n.lhs = lhs;
  n.rhs = rhs;
  n.ty = ty;
  return n;
}

/** A parsed translation unit: every global object and function, plus top-level asm. */
export interface Program {
  globals: Obj[];
  topAsm: string[];
}
