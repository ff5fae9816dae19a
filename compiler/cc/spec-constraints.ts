/**
 * Constraints on declaration specifiers that gcc enforces as errors (C11 6.7.1 storage-class
 * specifiers, 6.7.3 type qualifiers, 6.7.5 alignment specifiers, with the names they declare:
 * enumerators, parameters). Each check runs where the parser has just learned the fact it
 * needs: a keyword, the finished specifiers, a declarator. The messages are gcc's.
 */
import type { IToken } from './chevrotain.js';
import type { DeclSpec } from './parser-base.js';
import { errorAt } from './report.js';
import type { ScopeEntry } from './scope.js';
import type { Type } from './types.js';

const STORAGE_CLASSES = new Set(['typedef', 'static', 'extern', 'auto', 'register']);

/** The storage-class keyword already among `spec`, if any. */
function storageClassOf(spec: DeclSpec): string | undefined {
  if (spec.isTypedef) return 'typedef';
  if (spec.isStatic) return 'static';
  if (spec.isExtern) return 'extern';
  if (spec.isAuto) return 'auto';
  if (spec.isRegister) return 'register';
  return undefined;
}

/**
 * At most one storage-class specifier per declaration (6.7.1p2). `first` is the declaration's
 * first specifier, where gcc reports it; called before `keyword` is recorded in `spec`.
 */
export function checkStorageClassKeyword(spec: DeclSpec, keyword: IToken, first: IToken): void {
  if (!STORAGE_CLASSES.has(keyword.image)) return;
  const before = storageClassOf(spec);
  if (before === undefined) return;
  errorAt(first, before === keyword.image ? `duplicate '${before}'` : 'multiple storage classes in declaration specifiers');
}

/** The type-specifier keywords of a declaration seen so far (SpecState's part the check reads). */
export interface TypeWords {
  base: string | undefined; // void _Bool char short int float double __int128 _FloatN...
  longs: number;
  signed: boolean;
  unsigned: boolean;
}

/** The bases `signed` and `unsigned` may join; `long` joins only int and (once) double. */
const SIGNABLE = new Set(['char', 'short', 'int', '__int128']);

/**
 * Type-specifier keywords that do not make one of 6.7.2p2's types together: `unsigned
 * signed`, `long short`, `long char`, `signed float`, `long long long`, `long long double`.
 * Called before `t` is recorded in `w`, so `t` is where gcc reports it.
 */
export function checkTypeKeyword(w: TypeWords, t: IToken): void {
  const k = /^__signed(__)?$/.test(t.image) ? 'signed' : t.image;
  if (k === 'signed' || k === 'unsigned') {
    if (w[k]) errorAt(t, `duplicate '${k}'`);
    if (w.signed || w.unsigned) errorAt(t, "both 'signed' and 'unsigned' in declaration specifiers");
    if (w.base !== undefined && !SIGNABLE.has(w.base)) errorAt(t, `both '${k}' and '${w.base}' in declaration specifiers`);
  } else if (k === 'long') {
    if (w.longs === 2) errorAt(t, "'long long long' is too long for GCC");
    if (w.base === 'double' && w.longs === 1) errorAt(t, "both 'long long' and 'double' in declaration specifiers");
    if (w.base === '__int128') errorAt(t, "both '__int128' and 'long' in declaration specifiers");
    if (w.base !== undefined && w.base !== 'int' && w.base !== 'double') errorAt(t, `both 'long' and '${w.base}' in declaration specifiers`);
  } else if (k === 'short') {
    if (w.base === 'short') errorAt(t, "duplicate 'short'");
    if (w.longs > 0) errorAt(t, "both 'long' and 'short' in declaration specifiers");
    if (w.base !== undefined && w.base !== 'int') errorAt(t, `both 'short' and '${w.base}' in declaration specifiers`);
  } else if (w.longs > 0 && k !== 'int' && k !== 'double') {
    errorAt(t, k === '__int128' ? "both '__int128' and 'long' in declaration specifiers" : `both 'long' and '${k}' in declaration specifiers`);
  } else if (w.longs > 1 && k === 'double') {
    errorAt(t, "both 'long long' and 'double' in declaration specifiers");
  } else if ((w.signed || w.unsigned) && !SIGNABLE.has(k)) {
    errorAt(t, `both '${w.signed ? 'signed' : 'unsigned'}' and '${k}' in declaration specifiers`);
  } else if (w.base === 'short' && k !== 'int') {
    errorAt(t, `both 'short' and '${k}' in declaration specifiers`);
  }
}

/**
 * A struct or union member takes no storage class (its specifiers are a
 * specifier-qualifier-list, 6.7.2.1p1); gcc's parser stops at the keyword.
 */
export function checkMemberStorage(spec: DeclSpec, first: IToken): void {
  const storage = spec.isThreadLocal ? '_Thread_local' : storageClassOf(spec);
  if (storage === undefined) return;
  if (STORAGE_CLASSES.has(first.image) || first.image === '_Thread_local' || first.image === '__thread') {
    errorAt(first, `expected specifier-qualifier-list before '${first.image}'`);
  }
  errorAt(first, `expected identifier or '(' before '${storage}'`);
}

/** A type name (a cast, sizeof, a compound literal) takes no storage class; gcc reads on as an expression. */
export function checkTypeNameStorage(spec: DeclSpec, first: IToken): void {
  const storage = spec.isThreadLocal ? '_Thread_local' : storageClassOf(spec);
  if (storage === undefined) return;
  if (STORAGE_CLASSES.has(first.image) || first.image === '_Thread_local' || first.image === '__thread') {
    errorAt(first, `expected expression before '${first.image}'`);
  }
  errorAt(first, `expected ')' before '${storage}'`);
}

/**
 * `restrict` among the specifiers qualifies the specified type, which must then be a pointer
 * (6.7.3p2): `restrict IP p` with a pointer typedef is fine, `int restrict x` is not.
 */
export function checkRestrict(ty: Type, first: IToken): void {
  if (ty.kind !== 'ptr') errorAt(first, "invalid use of 'restrict'");
}

/** `_Atomic` qualifies neither an array type nor a function type (6.7.3p3). */
export function checkAtomicQualified(ty: Type, first: IToken): void {
  if (ty.kind === 'array' || ty.kind === 'func') errorAt(first, `'_Atomic'-qualified ${ty.kind === 'array' ? 'array' : 'function'} type`);
}

/** An alignment must be zero (no effect) or a positive power of two (6.7.5p4). */
export function checkAlignment(align: number, tok: IToken): void {
  if (align < 0 || (align & (align - 1)) !== 0) errorAt(tok, `requested alignment '${align}' is not a positive power of 2`);
}

/** An enumerator's name must be new in its scope (6.7.2.2p3, 6.7p3). */
export function checkEnumeratorName(prev: ScopeEntry | undefined, name: IToken): void {
  if (!prev) return;
  errorAt(name, prev.enumValue !== undefined ? `redeclaration of enumerator '${name.image}'` : `'${name.image}' redeclared as different kind of symbol`);
}

/** What `_Alignas` is written on, in gcc's words. */
export type AlignasTarget = 'typedef' | 'function' | 'parameter' | 'bit-field' | 'object';

/**
 * `_Alignas` belongs to an object that is no bit-field (nor a register: checkDeclaredStorage),
 * and cannot make it less aligned than its type (C11 6.7.5p2-5). `_Alignas(0)` is none at all.
 */
export function checkAlignas(spec: DeclSpec, ty: Type, at: IToken, target: AlignasTarget, name: string | undefined): void {
  if (spec.align === 0) return;
  if (target !== 'object') {
    errorAt(at, name === undefined ? `alignment specified for unnamed ${target}` : `alignment specified for ${target} '${name}'`);
  }
  if (spec.align < ty.align) errorAt(at, `'_Alignas' specifiers cannot reduce alignment of '${name}'`);
}

/** `[static 3]`, `[const]`...: arrays that only a parameter's outermost declarator may make. */
const qualifiedArrays = new WeakSet<Type>();

export function markQualifiedArray(t: Type): void {
  qualifiedArrays.add(t);
}

/**
 * `static` and qualifiers in `[]` say what a parameter's pointer is (C11 6.7.6.2p1): in any
 * other array, in a parameter's inner ones too, they are an error. `ty` is a declared type,
 * before a parameter's adjustment.
 */
export function checkArrayQualifiers(ty: Type, at: IToken, isParameter: boolean): void {
  const start = isParameter && ty.kind === 'array' ? ty.base : ty;
  for (let t = start; t !== undefined; t = t.kind === 'func' ? t.returnType : t.base) {
    if (qualifiedArrays.has(t)) errorAt(at, 'static or type qualifiers in non-parameter array declarator');
  }
}

/** `register` is the only storage class a parameter may have (6.7.6.3p2). */
export function checkParameterStorage(spec: DeclSpec, nameTok: IToken | undefined, last: IToken): void {
  const storage = storageClassOf(spec);
  if (storage === undefined || storage === 'register') return;
  if (nameTok) errorAt(nameTok, `storage class specified for parameter '${nameTok.image}'`);
  errorAt(last, 'storage class specified for unnamed parameter');
}

/**
 * The rules that need the declarator too: `auto` only at block scope (6.7.1p3; a file-scope
 * `register` is a GNU global register variable, checked where those are declared),
 * `_Thread_local` only on objects (6.7.1p4), `_Alignas` never on a register (6.7.5p3).
 */
export function checkDeclaredStorage(spec: DeclSpec, nameTok: IToken, ty: Type, local: boolean): void {
  const name = nameTok.image;
  if (!local && spec.isAuto) errorAt(nameTok, `file-scope declaration of '${name}' specifies 'auto'`);
  if (spec.isThreadLocal && ty.kind === 'func' && !local) errorAt(nameTok, `invalid storage class for function '${name}'`);
  if (spec.isRegister && spec.align > 0) errorAt(nameTok, `alignment specified for 'register' object '${name}'`);
}
