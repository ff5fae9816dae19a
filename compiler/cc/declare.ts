/**
 * What a declaration means once parsed: typedefs, global and local objects, functions
 * (redeclarations merge into one Obj), static storage initialization, and the begin/end
 * bookkeeping of function definitions.
 */
import { verifySequencePoints } from './sequence-points.js';
import type { IToken } from './chevrotain.js';
import { mayFallOffEnd } from './return-flow.js';
import { COMPOUND_LITERAL, newNode, newObj, newSlotNode, slotNodesMade, type Node, type Obj } from './ast.js';
import { buildInitializer, fileScopeCompoundLiterals, initializedType, initializerExtent, lowerLocalInit, writeStaticInit, type InitSyntax, type Initializer } from './initializer.js';
import type { Attributes, CParserBase, DeclSpec } from './parser-base.js';
import { errorAt, fallthroughLevel, holdWarnings, isInSystemHeader, isWarningOn, isoC2x, isoC99, pedwarnAt, refuseFloatingPoint, reportInFunction, warnAt } from './report.js';
import { checkFallthrough } from './fallthrough.js';
import { checkAlignas, checkArrayQualifiers, checkDeclaredStorage } from './spec-constraints.js';
import { arrayOf, isAggregate, isFlonum, isInteger, pointerTo, promotedType, tyAutoType, tyChar, tyInt, tyULong, tyVoid, type Param, type Type, isCompatible, isCompatibleQualified, unqualified, withAlignment } from './types.js';
import { arithNode, assignNode, castNode, commaNode, numNode, varNode } from './typecheck.js';
import { declareLocalLabel, labelDisplayName } from './labels.js';
import { quotedType, typedefType } from './typedef-names.js';
import { noteInlineDeclaration, noteInlineDefinition } from './inline.js';
import { checkInterruptRoutine } from './interrupt.js';
import { checkUninitialized } from './uninit.js';
import { checkUnusedParameters } from './unused.js';
import { allocateStaticChain, declareNestedFunction, deferOuterJumps, enterNestedFunction, settleJump, isNestedFunctionDeclaration, leaveNestedFunction } from './nested.js';
import { checkBuiltinDeclaration } from './builtin-declarations.js';

export interface DeclaredName {
  obj: Obj | undefined; // undefined for typedefs
  ty: Type;
  isLocalAuto: boolean;
  setup?: Node[]; // code to run at the declaration (VLA sizes and allocation)
  isBlockExtern?: boolean; // `extern int x;` inside a function: it may not be initialized there
  typeTok?: IToken; // where the declaration's type specifier is (DeclSpec.typeTok)
}

/** What a declaration without attributes has (declareName only reads it). */
const NO_ATTRIBUTES: Readonly<Attributes> = Object.freeze({ aligned: undefined });

function mergeAttrs(spec: DeclSpec, attrs: Attributes): Readonly<Attributes> {
  // Most declarations have no attributes at all: no need for the two spreads.
  if (spec.align === 0 && hasNoValues(spec.attrs) && hasNoValues(attrs)) return NO_ATTRIBUTES;
  return { ...spec.attrs, ...attrs, aligned: Math.max(spec.attrs.aligned ?? 0, attrs.aligned ?? 0, spec.align) || undefined };
}

/**
 * Whether every attribute is unset. By value, not by key: the specifiers' attributes keep
 * the keys finishSpec cleared (`mode`, `vectorSize`), and an undefined value reads the same.
 */
function hasNoValues(o: Attributes): boolean {
  for (const key in o) if (Object.hasOwn(o, key) && o[key as keyof Attributes] !== undefined) return false; // no array of keys, as Object.keys makes
  return true;
}

function applyAttrs(o: Obj, a: Readonly<Attributes>): void {
  if (a.section !== undefined) o.section = a.section;
  if (a.aligned) {
    o.align = Math.max(o.align, a.aligned);
    o.isUserAligned = true;
  }
  if (a.weak) o.isWeak = true;
  if (a.used) o.isUsed = true;
  if (a.startupArray) {
    o.startupArray = a.startupArray;
    o.isUsed = true; // the array refers to it, so even a static one is emitted
  }
  if (a.alias !== undefined) {
    o.alias = a.alias;
    o.isDefinition = true;
  }
  if (a.visibility !== undefined) o.visibility = a.visibility;
  if (a.noreturn) o.isNoreturn = true;
  if (a.pure) o.isPure = true;
  if (a.gnuInline) o.isGnuInline = true;
  if (a.alwaysInline) o.isAlwaysInline = true;
  if (a.naked) o.isNaked = true;
  if (a.interrupt) o.isInterrupt = true;
  if (a.noInstrument) o.noInstrument = true;
  if (a.common !== undefined) o.common = a.common;
}

// Registers generated code never allocates (callee-saved, or the stack and frame pointers).
const GLOBAL_REGISTERS = new Set(['rbx', 'rbp', 'rsp', 'r12', 'r13', 'r14', 'r15']);

/**
 * `register unsigned long sp asm("rsp");` at file scope: a GNU global register variable.
 * It has no storage: reading it reads the register, assigning it writes the register
 * (codegen-expr.ts), and it has no address. Only registers our code never allocates can
 * hold one (gcc reserves any register named so; we cannot reserve the ones we use).
 */
function declareGlobalRegister(p: CParserBase, nameTok: IToken, ty: Type, asmName: string | undefined): DeclaredName {
  const name = nameTok.image;
  if (asmName === undefined) return errorAt(nameTok, `register name not specified for '${name}'`);
  const reg = asmName.replace(/^%/, '');
  if (!GLOBAL_REGISTERS.has(reg)) {
    return errorAt(nameTok, `global register variable '${name}' in '${reg}' is not supported (tcc-lite's code uses that register; rbx, r12-r15, rbp and rsp are free)`);
  }
  // 64 bits, or a 32-bit integer in the register's low half (%r14d), as gcc allows.
  if ((!isInteger(ty) && ty.kind !== 'ptr') || (ty.size !== 8 && ty.size !== 4)) return errorAt(nameTok, `data type of '${name}' isn't suitable for a register`);
  const o = newObj(name, ty, nameTok, false);
  o.asmRegister = reg;
  o.isGlobalRegister = true;
  p.scopes.declare(name, { obj: o });
  return { obj: o, ty, isLocalAuto: false };
}

/** Declares the name of one declarator; the initializer (if any) comes after. */
export function declareName(
  p: CParserBase, spec: DeclSpec, nameTok: IToken | undefined, ty: Type, attrs: Attributes, asmName: string | undefined,
): DeclaredName {
  if (!nameTok) return p.expected("identifier or '('");
  const name = nameTok.image;
  checkArrayQualifiers(ty, nameTok, false);
  const a = mergeAttrs(spec, attrs);
  if (spec.localLabel) {
    declareLocalLabel(p, spec.localLabel, nameTok);
    return { obj: undefined, ty, isLocalAuto: false };
  }
  if (spec.isTypedef) {
    checkAlignas(spec, ty, nameTok, 'typedef', name);
    if (a.aligned !== undefined) ty = withAlignment(ty, a.aligned);
    // `typedef union {...} T __attribute__((transparent_union));` marks the union itself, as gcc does.
    if (a.transparentUnion && ty.kind === 'union') ty.isTransparentUnion = true;
    const prev = p.scopes.lookupCurrent(name);
    if (prev && !prev.typedef) errorAt(nameTok, `'${name}' redeclared as different kind of symbol`);
    // A typedef may be repeated (C11 6.7p3), but only for the same type.
    if (prev?.typedef && !isCompatible(prev.typedef, ty)) errorAt(nameTok, `conflicting types for '${name}'; have ${quotedType(ty)}`);
    if (!p.fn && hasVla(ty)) errorAt(nameTok, `variably modified '${name}' at file scope`);
    // Only a const that qualifies the named type itself travels with the name: in
    // `typedef const char *CP` it is already inside the pointer, and `CP p` is no constant.
    // (A mode attribute makes the typedef name the type of that mode itself, as in gcc.)
    const named = a.mode !== undefined ? ty : typedefType(ty, nameTok, isInSystemHeader(nameTok));
    p.scopes.declare(name, { typedef: named, typedefConst: isReadOnlyObject(spec, ty), typedefSigned: spec.isExplicitlySigned });
    if (isTaggable(ty) && ty.tagName === undefined && ty.namingTypedef === undefined && !ty.isConst && !ty.isVolatile) ty.namingTypedef = name;
    // `typedef int row[n];` fixes the size when the typedef is reached, as C requires.
    if (p.fn && hasVla(ty)) return { obj: undefined, ty, isLocalAuto: false, setup: vlaSizeCode(p, ty, nameTok) };
    return { obj: undefined, ty, isLocalAuto: false };
  }
  // `extern void _text;` only names an address (linker symbols); gcc accepts it.
  if (ty.kind === 'void' && !spec.isExtern) errorAt(nameTok, `variable or field '${name}' declared void`);
  const local = p.fn !== undefined;
  checkAlignas(spec, ty, nameTok, ty.kind === 'func' ? 'function' : 'object', name);
  // `main` is called by the environment, not inlined (C11 5.1.2.2.1), and returns.
  if (ty.kind === 'func' && !local && name === 'main' && spec.isInline) pedwarnAt(nameTok, "cannot inline function 'main'");
  if (ty.kind === 'func' && !local && name === 'main' && spec.isNoreturn) pedwarnAt(nameTok, "'main' declared '_Noreturn'");
  // Function specifiers are for functions (C11 6.7.4p2); gcc only warns.
  if (ty.kind !== 'func' && spec.isInline) pedwarnAt(nameTok, `variable '${name}' declared 'inline'`);
  if (ty.kind !== 'func' && spec.isNoreturn) pedwarnAt(nameTok, `variable '${name}' declared '_Noreturn'`);
  // C99 dropped implicit int (6.7.2p2); GNU C keeps it, with gcc's default warning.
  if (spec.isImplicitInt && isoC99()) pedwarnAt(nameTok, ty.kind === 'func' ? "return type defaults to 'int' [-Wimplicit-int]" : `type defaults to 'int' in declaration of '${name}' [-Wimplicit-int]`);
  checkDeclaredStorage(spec, nameTok, ty, local);
  // Objects of static storage have a size fixed before the program runs (C11 6.7.6.2p2).
  if (!local && hasVla(ty)) errorAt(nameTok, `variably modified '${name}' at file scope`);
  if (a.cleanup !== undefined && (ty.kind === 'func' || !local || spec.isExtern || spec.isStatic)) {
    warnAt(nameTok, "'cleanup' attribute ignored");
  }
  if (local && isNestedFunctionDeclaration(p, spec, ty)) {
    const o = declareNestedFunction(p, nameTok, ty);
    applyAttrs(o, a);
    return { obj: o, ty, isLocalAuto: false };
  }
  if (spec.isThreadLocal && local && !spec.isExtern && !spec.isStatic) {
    errorAt(nameTok, `function-scope '${name}' implicitly auto and declared '__thread'`);
  }
  // A variably sized object lives in its block's frame; it cannot be static or linked.
  if (local && ty.isVla && spec.isStatic) errorAt(nameTok, `storage size of '${name}' isn't constant`);
  if (local && ty.isVla && spec.isExtern) errorAt(nameTok, 'object with variably modified type must have no linkage');
  if (!local && spec.isRegister && ty.kind !== 'func') return declareGlobalRegister(p, nameTok, ty, asmName);
  if (local && ty.kind !== 'func') checkBlockRedeclaration(p, spec, nameTok);
  if (ty.kind === 'func' || !local || spec.isExtern) {
    const o = declareGlobal(p, spec, nameTok, ty, asmName ?? name, local);
    if (isReadOnlyObject(spec, ty)) o.isReadOnly = true;
    if (spec.isThreadLocal) o.isThreadLocal = true;
    applyAttrs(o, a);
    if (a.interrupt && ty.kind === 'func') checkInterruptRoutine(ty, nameTok);
    // gcc warns about a block's `extern int x;` that the block never uses, too.
    if (local && ty.kind !== 'func') o.checkUnused = !a.unused;
    // At file scope, one declaration marked unused is enough.
    if (!local) o.checkUnused = o.checkUnused !== false && !a.unused;
    return { obj: o, ty, isLocalAuto: false, isBlockExtern: local && ty.kind !== 'func' };
  }
  // (gcc's message, whatever the types.)
  if (p.scopes.parameterRedeclared(name)?.obj) errorAt(nameTok, `'${name}' redeclared as different kind of symbol`);
  if (spec.isStatic) {
    pedwarnStaticInInlineDefinition(p, spec, ty, nameTok);
    // `static int x asm("x")` is named by its asm label, as gcc does; otherwise a private name.
    const o = p.newGlobalObj(asmName ?? `${name}.${p.uniqueName('')}`, ty, nameTok);
    o.isStatic = true;
    o.staticOwner = p.fn;
    o.isDefinition = true;
    o.isReadOnly = isReadOnlyObject(spec, ty);
    o.isThreadLocal = spec.isThreadLocal;
    o.checkUnused = !a.unused;
    applyAttrs(o, a);
    p.scopes.declare(name, { obj: o });
    return { obj: o, ty, isLocalAuto: false };
  }
  const prev = p.scopes.lookupCurrent(name);
  if (prev?.obj && prev.obj.isLocal) errorAt(nameTok, `redefinition of '${name}'`);
  if (prev?.typedef) errorAt(nameTok, `'${name}' redeclared as different kind of symbol`);
  const o = p.newLocal(name, ty, nameTok);
  if (spec.isRegister) o.isRegister = true;
  // Its struct type cannot say const (see qualifiedType); the flag lets requireModifiable see it.
  if (isAggregate(ty) && isReadOnlyObject(spec, ty)) o.isReadOnly = true;
  if (a.aligned) o.align = Math.max(o.align, a.aligned);
  // The cleanup call reads it; unused says it may go unread.
  o.checkUnused = !a.unused && a.cleanup === undefined;
  if (a.cleanup !== undefined) {
    const fnName = a.cleanup;
    p.cleanups.add({ obj: o, call: () => p.cleanupCall(fnName, o, nameTok) });
  }
  // `register long r10 asm("r10")`: asm statements get the value in that register.
  if (asmName !== undefined) o.asmRegister = asmName.replace(/^%/, '');
  // Its scope, which a goto may not enter (cleanup.ts).
  if (hasVla(ty)) p.cleanups.add({ obj: o });
  if (ty.isVla) return { obj: o, ty, isLocalAuto: true, setup: vlaSetup(p, o, nameTok) };
  // A pointer to a VLA (`int (*p)[n]`) allocates nothing but still needs the row sizes.
  if (hasVla(ty)) return { obj: o, ty, isLocalAuto: true, setup: vlaSizeCode(p, ty, nameTok) };
  return { obj: o, ty, isLocalAuto: true };
}

/** Two prototypes agree on `...` and on each parameter's type (C11 6.7.6.3p15). */
function sameParameterTypes(a: Type, b: Type): boolean {
  if (a.params.length !== b.params.length || a.isVariadic !== b.isVariadic) return false;
  return a.params.every((param, i) => sameParameterType(param.ty, b.params[i].ty));
}

/**
 * A prototype and an empty `()` declaration agree only when the prototype has no `...` and
 * no parameter the default promotions would change (C11 6.7.6.3p15: `void f(); void
 * f(float);` conflict). A K&R definition, whose parameters have names, is compared with a
 * prototype where it is read (kr.ts).
 */
function agreesWithEmptyList(a: Type, b: Type): boolean {
  const proto = a.hasPrototype ? a : b;
  const other = proto === a ? b : a;
  if (!proto.hasPrototype || other.hasPrototype || other.params.length > 0) return true;
  return !proto.isVariadic && proto.params.every((param) => promotedType(param.ty) === param.ty);
}

/**
 * GNU C: a transparent union parameter agrees with a parameter of one of its members'
 * types (`f(union { void *p; } __attribute__((transparent_union)))` then `f(void *p)`),
 * as the union is passed as that member.
 */
function sameParameterType(a: Type, b: Type): boolean {
  const memberOf = (u: Type, t: Type): boolean => u.kind === 'union' && u.isTransparentUnion && u.members.some((m) => isCompatible(m.ty, t));
  return isCompatible(a, b) || memberOf(a, b) || memberOf(b, a);
}

/**
 * A file-scope name keeps the linkage it first had (C11 6.2.2p7): `static` after an external
 * declaration is an error, and so is a plain object declaration after a `static` one (an
 * `extern` one, or a function without storage class, inherits the internal linkage).
 */
function checkLinkageAgrees(o: Obj, spec: DeclSpec, nameTok: IToken, ty: Type, local: boolean): void {
  if (local) return;
  if (spec.isStatic && !o.isStatic) errorAt(nameTok, `static declaration of '${nameTok.image}' follows non-static declaration`);
  if (o.isStatic && !spec.isStatic && !spec.isExtern && ty.kind !== 'func') {
    errorAt(nameTok, `non-static declaration of '${nameTok.image}' follows static declaration`);
  }
}

function declareGlobal(p: CParserBase, spec: DeclSpec, nameTok: IToken, ty: Type, symbol: string, local: boolean): Obj {
  const name = nameTok.image;
  const prev = p.scopes.lookupGlobal(name) ?? (local ? undefined : p.scopes.lookupCurrent(name));
  let o = prev?.obj;
  if (prev && !o) errorAt(nameTok, `'${name}' redeclared as different kind of symbol`);
  if (o) {
    if (o.isFunction !== (ty.kind === 'func')) errorAt(nameTok, `'${name}' redeclared as different kind of symbol`);
    checkLinkageAgrees(o, spec, nameTok, ty, local);
    if (o.ty.kind === 'func' && ty.kind === 'func') {
      // A declaration that contradicts gcc's own prototype of a library function is only a
      // warning there (-Wbuiltin-declaration-mismatch): the declared type wins.
      const paramsAgree = o.ty.hasPrototype && ty.hasPrototype ? sameParameterTypes(o.ty, ty) : agreesWithEmptyList(o.ty, ty);
      const conflicts = !paramsAgree || !isCompatible(o.ty.returnType!, ty.returnType!);
      // gcc only warns when one side's int was never written (a call made it `int f()`, or a
      // definition `f() {` has no type) and the other returns void: K&R-era code.
      const unwrittenInt = paramsAgree &&
        ((o.isImplicitInt && ty.returnType!.kind === 'void') || (spec.isImplicitInt && o.ty.returnType!.kind === 'void'));
      if (conflicts && !o.isImplicitLibrary) (unwrittenInt ? warnAt : errorAt)(nameTok, `conflicting types for '${name}'; have ${quotedType(ty)}`);
      if (conflicts) o.ty = ty;
      o.isImplicitLibrary = o.isImplicitInt = false;
      if (ty.hasPrototype || !o.ty.hasPrototype) o.ty = ty;
    } else if (o.ty.kind === 'array' && o.ty.arrayLen < 0 && ty.kind === 'array') {
      o.ty = ty;
    } else if (!isCompatibleQualified(o.ty, ty, false)) {
      errorAt(nameTok, `conflicting types for '${name}'; have ${quotedType(ty)}`);
    } else if (!isCompatibleQualified(o.ty, ty, true)) {
      errorAt(nameTok, `conflicting type qualifiers for '${name}'`);
    }
    if (spec.isStatic) o.isStatic = true;
    if (o.isFunction) noteInlineDeclaration(o, spec, false, local);
    if (!spec.isExtern && ty.kind !== 'func' && !o.isDefinition) {
      o.isTentative = true;
      o.defTok = nameTok;
    }
    if (local) p.scopes.declare(name, { obj: o, declTok: nameTok });
    return o;
  }
  if (p.builtinsOn) checkBuiltinDeclaration(nameTok, ty, !spec.isStatic);
  o = p.newGlobalObj(symbol, ty, nameTok);
  o.isStatic = spec.isStatic;
  // (An attribute, applied after, overrides it.)
  if (!o.isStatic) o.visibility = p.visibilityAt(nameTok.startOffset);
  if (o.isFunction) noteInlineDeclaration(o, spec, true, local);
  o.isTentative = ty.kind !== 'func' && !spec.isExtern;
  if (o.isTentative) o.defTok = nameTok;
  p.scopes.declareGlobal(name, { obj: o });
  if (local) p.scopes.declare(name, { obj: o, declTok: nameTok });
  return o;
}

/**
 * Whether the declared object itself is const, so gcc would put it in .rodata: `const`
 * among the specifiers qualifies the object unless a pointer stands between (`const char
 * *p` is a variable pointer). Const through a typedef or on a pointer (`char *const p`)
 * is not tracked; those objects stay in .data, which is safe.
 */
function isReadOnlyObject(spec: DeclSpec, ty: Type): boolean {
  if (!spec.isConst || spec.isVolatile) return false;
  let t = ty;
  while (t.kind === 'array') t = t.base!;
  return t.kind !== 'ptr' && t.kind !== 'func';
}

/** Whether a type has a variable length array in it (through pointers and arrays). */
export function hasVla(ty: Type): boolean {
  for (let t: Type | undefined = ty; t; t = t.kind === 'ptr' || t.kind === 'array' ? t.base : undefined) {
    if (t.isVla) return true;
  }
  return false;
}

/**
 * Code that computes the byte size of every VLA level of `ty` not sized yet into a hidden
 * local (the type remembers it), innermost first: a row's size is its length times the
 * size of its elements.
 */
export function vlaSizeCode(p: CParserBase, ty: Type, tok: IToken): Node[] {
  const code: Node[] = [];
  const walk = (t: Type): void => {
    if (t.kind !== 'ptr' && t.kind !== 'array') return;
    walk(t.base!);
    if (!t.isVla || t.vlaSize) return;
    const base = t.base!;
    const elem = base.isVla ? varNode(base.vlaSize!, tok) : numNode(BigInt(base.size), tok, tyULong);
    t.vlaSize = p.newTemp(tyULong);
    code.push(assignNode(varNode(t.vlaSize, tok), arithNode('mul', '*', castNode(t.vlaLen!, tyULong), elem, tok), tok));
  };
  walk(ty);
  return code;
}

/** `sizeof` of a VLA type: its size, computed first if no declaration has computed it. */
export function vlaSizeExpr(p: CParserBase, ty: Type, tok: IToken): Node {
  p.requireFunction(tok, 'sizeof of a variable length array');
  const code = vlaSizeCode(p, ty, tok);
  let n = varNode(ty.vlaSize!, tok);
  for (let i = code.length - 1; i >= 0; i--) n = commaNode(code[i], n, tok);
  return n;
}

/** Sizes each VLA level, then carves the array from the stack. */
function vlaSetup(p: CParserBase, o: Obj, tok: IToken): Node[] {
  const code = vlaSizeCode(p, o.ty, tok);
  const alloc = newSlotNode('vlaAlloc', tok);
  alloc.obj = o;
  alloc.lhs = varNode(o.ty.vlaSize!, tok);
  alloc.ty = tyVoid;
  code.push(alloc);
  return code;
}

/** The type `__auto_type` takes from an initializer: the expression's, after decay. */
function autoTypeOf(init: InitSyntax, tok: IToken): Type {
  if (init.kind !== 'expr') return errorAt(tok, `'__auto_type' requires a plain expression, not a braced initializer`);
  const t = init.expr.ty!;
  if (t.kind === 'array') return pointerTo(t.base!);
  if (t.kind === 'func') return pointerTo(t);
  // The value's type after lvalue conversion: `__auto_type y = some_const;` may change y.
  return unqualified(t);
}

/**
 * An inline definition (C99's: a function whose declarations so far all say `inline`, none
 * `extern` or `static`; see inline.ts) may not define a modifiable static object (C11
 * 6.7.4p3): the external definition in another file would have one of its own.
 */
function pedwarnStaticInInlineDefinition(p: CParserBase, spec: DeclSpec, ty: Type, nameTok: IToken): void {
  const fn = p.fn!;
  if (!fn.isInline || fn.isStatic || !fn.everyDeclarationInline || p.gnu89Inline || fn.isGnuInline) return;
  if (isReadOnlyObject(spec, ty)) return;
  pedwarnAt(nameTok, `'${nameTok.image}' is static but declared in inline function '${fn.name}' which is not static`);
}

/**
 * A name declared twice in one block denotes one object only when both declarations are
 * extern (C11 6.7p3): gcc's messages for the other pairs. Two autos are a redefinition,
 * reported where locals are made.
 */
function checkBlockRedeclaration(p: CParserBase, spec: DeclSpec, nameTok: IToken): void {
  const prev = p.scopes.lookupCurrent(nameTok.image)?.obj;
  if (!prev || prev.isFunction || (prev.isLocal && !spec.isExtern && !spec.isStatic)) return;
  const name = nameTok.image;
  const prevHasLinkage = !prev.isLocal && prev.staticOwner === undefined;
  if (spec.isExtern) {
    if (!prevHasLinkage) errorAt(nameTok, `extern declaration of '${name}' follows declaration with no linkage`);
  } else if (prevHasLinkage) {
    errorAt(nameTok, `declaration of '${name}' with no linkage follows extern declaration`);
  } else {
    errorAt(nameTok, `redeclaration of '${name}' with no linkage`);
  }
}

/**
 * Applies `= initializer` to a just-declared name; returns code to run for locals.
 * `literalAt`: the '(' of the compound literal this object is.
 */
export function initializeName(d: DeclaredName, init: InitSyntax, tok: IToken, noFloat: string | undefined, literalAt?: IToken): Node | undefined {
  const o = d.obj;
  if (!o) return errorAt(tok, `typedef is initialized`);
  if (o.isFunction) return errorAt(tok, `function is initialized like a variable`);
  // A block-scope extern refers to an object defined elsewhere (C11 6.7.9p5).
  if (d.isBlockExtern) return errorAt(tok, `'${o.name}' has both 'extern' and initializer`);
  if (o.isGlobalRegister) return errorAt(tok, 'global register variable has initial value');
  if (o.ty.isVla) return errorAt(tok, 'variable-sized object may not be initialized');
  if (o.ty === tyAutoType) o.ty = autoTypeOf(init, tok);
  const initializer = buildInitializer(o.ty, init, literalAt, d.typeTok, literalAt === undefined ? o.tok?.image : undefined);
  const ty = initializedType(initializer);
  if (ty !== o.ty) {
    // A static struct whose flexible array member is initialized gets the extra storage,
    // but its type (and sizeof) stays the declared one, as in gcc.
    if (d.isLocalAuto || ty.kind !== 'struct') o.ty = ty;
    initializer.ty = ty;
  }
  if (d.isLocalAuto) {
    if (init.kind === 'expr') verifySequencePoints(init.expr);
    return lowerLocalInit(initializer, o, tok);
  }
  if (o.isDefinition && o.initData) errorAt(tok, `redefinition of '${o.name}'`);
  const buf = new Uint8Array(staticImageSize(initializer, o, tok));
  o.relocs = [];
  writeStaticInit(initializer, buf, 0, o.relocs, noFloat);
  o.initData = buf;
  o.isDefinition = true;
  o.isTentative = false;
  return undefined;
}

/**
 * A static object's image ends where its initializer's last element does (Obj.initData):
 * `int big[100000000] = {1};` needs 4 bytes here, not 400 MB. An element far out
 * (`[0x80000000] = x` in an array of pointers) cannot be held in memory at all.
 */
function staticImageSize(initializer: Initializer, o: Obj, tok: IToken): number {
  const size = initializerExtent(initializer, 0);
  if (size > MAX_STATIC_IMAGE_BYTES) {
    return errorAt(tok, `initialized data of '${o.name}' extends ${size} bytes into the object: tcc-lite supports up to ${MAX_STATIC_IMAGE_BYTES}`);
  }
  return size;
}

/** A JavaScript typed array's limit here is 4 GiB; well before that, a compile runs out of memory. */
const MAX_STATIC_IMAGE_BYTES = 1 << 30;

/** A file-scope compound literal is an anonymous static object; in a function, a temporary. */
export function compoundLiteral(p: CParserBase, ty: Type, init: InitSyntax, tok: IToken, noFloat: string | undefined): Node {
  if (p.fn) {
    // gcc rejects any variably sized type here (C11 6.5.2.5p1 forbids VLA types), a GNU
    // struct with a VLA member as well as `(int[n]){...}`.
    if (ty.isVla) errorAt(tok, 'compound literal has variable size');
    const tmp = p.newTemp(ty);
    const initializer = buildInitializer(ty, init, tok);
    tmp.ty = initializedType(initializer);
    initializer.ty = tmp.ty;
    let n = lowerLocalInit(initializer, tmp, tok);
    // `(int (*)[++i]){ p }`: the type name's lengths are evaluated first.
    const sizes = [...p.pendingSetup.splice(0), ...(hasVla(ty) ? vlaSizeCode(p, ty, tok) : [])];
    for (let i = sizes.length - 1; i >= 0; i--) n = commaNode(sizes[i], n, tok);
    const v = newNode('var', tok);
    v.obj = tmp;
    v.ty = tmp.ty;
    const c = newNode('comma', tok);
    c.lhs = n;
    c.rhs = v;
    c.ty = tmp.ty;
    c.label = COMPOUND_LITERAL; // an lvalue, unlike other comma expressions
    return c;
  }
  const o = p.newAnonGlobal(ty, '__compound_literal.');
  initializeName({ obj: o, ty, isLocalAuto: false }, init, tok, noFloat, tok);
  const v = newNode('var', tok);
  v.obj = o;
  v.ty = o.ty;
  fileScopeCompoundLiterals.set(v, init);
  return v;
}

/** A prototype's parameter, visible to the parameters after it (their VLA sizes). */
export function declareParam(p: CParserBase, nameTok: IToken | undefined, ty: Type): Param {
  if (!nameTok) return { name: undefined, ty, tok: undefined };
  // The prototype scope holds this list's parameters (and tags): one name, one parameter.
  if (p.scopes.lookupCurrent(nameTok.image)?.obj) errorAt(nameTok, `redefinition of parameter '${nameTok.image}'`);
  const obj = newObj(nameTok.image, ty, nameTok, true);
  p.scopes.declare(nameTok.image, { obj });
  return { name: nameTok.image, ty, tok: nameTok, obj };
}

/**
 * The local a parameter lives in: the prototype's object, so VLA sizes that name it work.
 * `taken` holds fn.locals as a set (a definition may have 100,000 parameters).
 */
function paramLocal(p: CParserBase, fn: Obj, param: Param, taken: Set<Obj>): Obj {
  if (!param.obj || taken.has(param.obj)) return p.newLocal(param.name!, param.ty, param.tok);
  param.obj.ty = param.ty;
  fn.locals.push(param.obj);
  taken.add(param.obj);
  p.scopes.declare(param.name!, { obj: param.obj });
  return param.obj;
}

/** A K&R `float` parameter arrived as a double: the body's `x` is a float local made from it. */
function narrowKrParam(p: CParserBase, arrived: Obj, param: Param, tok: IToken): Node {
  const local = p.newLocal(param.name!, param.declaredTy!, param.tok ?? tok);
  return assignNode(varNode(local, tok), castNode(varNode(arrived, tok), param.declaredTy!), tok);
}

/** Code a function runs before its body: the sizes of its VLA parameters' rows. */
const entryCode = new WeakMap<Obj, Node[]>();

/**
 * A hosted program's `main` returns int and takes no parameters or `(int, char **)`
 * (C11 5.1.2.2.1); gcc's -Wmain, which -pedantic turns on, says where it does not.
 */
function checkMainSignature(ty: Type, tok: IToken): void {
  const isCharPointerPointer = (t: Type): boolean => t.kind === 'ptr' && t.base!.kind === 'ptr' && isCompatible(t.base!.base!, tyChar);
  if (!isCompatible(ty.returnType!, tyInt)) pedwarnAt(tok, "return type of 'main' is not 'int'", '-Wmain');
  const params = ty.params;
  if (params.length >= 1 && !isCompatible(params[0].ty, tyInt)) pedwarnAt(tok, "first argument of 'main' should be 'int'", '-Wmain');
  if (params.length >= 2 && !isCharPointerPointer(params[1].ty)) pedwarnAt(tok, "second argument of 'main' should be 'char **'", '-Wmain');
  if (params.length >= 3 && !isCharPointerPointer(params[2].ty)) pedwarnAt(tok, "third argument of 'main' should probably be 'char **'", '-Wmain');
  if (params.length === 1 || params.length > 3) pedwarnAt(tok, "'main' takes only zero or two arguments", '-Wmain');
  if (ty.isVariadic) pedwarnAt(tok, "'main' declared as variadic function", '-Wmain');
}

export function beginFunction(p: CParserBase, fn: Obj, tok: IToken): void {
  if (p.fn) enterNestedFunction(p, fn, tok);
  else p.labelMentions = new Map();
  if (!noteInlineDefinition(fn, p.gnu89Inline) && fn.body) errorAt(tok, `redefinition of '${tok.image}'`);
  const ty = fn.ty;
  fn.isDefinition = true;
  fn.defTok = tok;
  fn.locals = p.pendingTemps;
  p.pendingTemps = [];
  fn.params = [];
  p.fn = fn;
  reportInFunction(tok.image);
  p.fnLabels = new Set();
  p.fnGotos = [];
  p.cleanups.reset();
  p.scopes.enterParams();
  if (isAggregate(ty.returnType!) && !ty.returnType!.isComplete) errorAt(tok, 'return type is an incomplete type');
  if (tok.image === 'main' && fn.staticOwner === undefined) {
    if (fn.isStatic) pedwarnAt(tok, "'main' is normally a non-static function", '-Wmain');
    else checkMainSignature(ty, tok);
  }
  const taken = new Set(fn.locals);
  for (const [i, param] of ty.params.entries()) {
    if (param.ty.kind === 'void' || (isAggregate(param.ty) && !param.ty.isComplete)) {
      errorAt(param.tok ?? tok, `parameter ${i + 1} ('${param.name}') has incomplete type`);
    }
    if (isAggregate(param.ty) && param.ty.isVla) errorAt(param.tok ?? tok, 'a parameter of variably sized struct type is not supported');
    if (p.noFloat !== undefined && isFlonum(param.ty)) refuseFloatingPoint(param.tok ?? tok, p.noFloat);
    // An unnamed parameter (C2x, accepted by gcc) still occupies its register or stack slot.
    if (!param.name && !isoC2x()) pedwarnAt(tok, 'ISO C does not support omitting parameter names in function definitions before C2X', '-Wpedantic');
    const local = param.name ? paramLocal(p, fn, param, taken) : p.newTemp(param.ty);
    // (Only now: the prototype's scope, left before, would have judged it as a variable.)
    if (param.name) local.checkUnused = param.markedUnused !== true;
    fn.params.push(local);
  }
  // `int a[][n]` arrives as `int (*)[n]`: its row size is computed on entry.
  const sizes: Node[] = [];
  for (const param of ty.params) {
    if (param.entryCode) sizes.push(...param.entryCode);
    if (hasVla(param.ty)) sizes.push(...vlaSizeCode(p, param.ty, param.tok ?? tok));
  }
  for (let i = 0; i < fn.params.length; i++) {
    if (!ty.params[i].declaredTy) continue;
    sizes.push(narrowKrParam(p, fn.params[i], ty.params[i], tok));
    // The body names the narrowed copy: the parameter's uses are not counted.
    fn.params[i].checkUnused = false;
  }
  if (sizes.length > 0) entryCode.set(fn, sizes);
  if (ty.isVariadic) fn.vaArea = p.newTemp(arrayOf(tyChar, 176));
  if (fn.nesting) allocateStaticChain(p, fn);
  if (p.noFloat !== undefined && isFlonum(ty.returnType!)) refuseFloatingPoint(tok, p.noFloat);
}

// slotNodesMade when the last top-level function ended.
let slotNodeMark = -1;

export function endFunction(p: CParserBase, fn: Obj, body: Node): void {
  p.scopes.leave();
  checkUnusedParameters(fn.params);
  fn.body = body;
  // Counted from the previous top-level function's end, so parameters, an enclosing
  // function's code and nested functions are all covered: the test errs only towards
  // searching.
  fn.mayHaveSlotNodes = slotNodesMade !== slotNodeMark;
  if (!fn.nesting) slotNodeMark = slotNodesMade;
  const entry = entryCode.get(fn);
  if (entry) {
    body.body!.unshift(...entry.map((code) => {
      const st = newNode('exprStmt', code.tok);
      st.lhs = code;
      return st;
    }));
    entryCode.delete(fn);
  }
  if (fn.nesting) deferOuterJumps(p, fn);
  for (const g of p.fnGotos) {
    if (!p.fnLabels.has(g.label!)) errorAt(g.tok, `label '${labelDisplayName(g.label!)}' used but not defined`);
    settleJump(p, fn, g);
  }
  p.cleanups.resolveGotos();
  p.pendingSetup = []; // a struct defined outside a declaration (in a cast, say) leaves nothing behind
  // The middle end's warnings, held until the unit's front-end warnings are given.
  const release = holdWarnings();
  const warnFallthrough = p.warningsOn && fallthroughLevel() > 0;
  const invalidAttribute = warnFallthrough || p.fallthroughStatements > 0 ? checkFallthrough(body, p.fallthroughComments, warnFallthrough) : undefined;
  if (!fn.nesting) p.fallthroughStatements = 0;
  // (A naked function's asm returns by itself.)
  // (A -Wreturn-type warning of gcc's middle end: only with -Wreturn-type or -Wall, unlike the front end's `return;`.)
  if (p.warningsOn && isWarningOn('return-type') && fn.ty.returnType!.kind !== 'void' && fn.tok?.image !== 'main' && !fn.isNaked && mayFallOffEnd(body)) {
    warnAt(lastTokenOf(body) ?? fn.tok!, `control reaches end of non-void function [-Wreturn-type]`);
  }
  const warnings = release();
  if (warnings.length > 0 || invalidAttribute !== undefined) p.middleEndWarnings.push({ fn, warnings, invalidAttribute });
  p.fn = undefined;
  if (fn.nesting) leaveNestedFunction(p, fn);
  // Back in the enclosing function, or at file scope.
  reportInFunction(fn.nesting ? fn.nesting.outer.tok?.image : null);
  if (!fn.nesting) {
    checkUninitialized(fn, body);
    p.earlyCode?.functionDefined(fn);
  }
}

function lastTokenOf(body: Node): IToken | undefined {
  return body.endTok;
}


/** A struct, union or enum of the program's (not one of the wide types represented as structs). */
function isTaggable(t: Type): boolean {
  return (t.kind === 'struct' || t.kind === 'union' || t.kind === 'enum') && !t.complexBase && !t.isInt128 && !t.isFloat128 && !t.vectorElem;
}
