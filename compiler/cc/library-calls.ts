/**
 * Warnings about calls of C library functions, from what gcc knows of them: printf's and
 * scanf's formats against their arguments (format-check.ts), memset's arguments, and a
 * length measured with `sizeof` of a pointer:
 *
 *   memset(p, sizeof p, 0);     'memset' used with constant zero length parameter; this could
 *                               be due to transposed parameters [-Wmemset-transposed-args]
 *   memcpy(d, s, sizeof(d));    argument to 'sizeof' in 'memcpy' call is the same expression
 *                               as the destination; did you mean to provide an explicit
 *                               length? [-Wsizeof-pointer-memaccess]
 */
import type { IToken } from './chevrotain.js';
import type { Node } from './ast.js';
import { checkFormatCall } from './format-check.js';
import { isWarningOn, warnAt } from './report.js';
import { sameValue } from './comparisons.js';
import { measuredSizeof, type Measured } from './sizeof-warnings.js';
import { isCompatibleQualified, unqualified, type Type } from './types.js';
import { quotedType } from './typedef-names.js';

/** A call of the function `fn` names, with its arguments as written and as converted for it. */
export function checkLibraryCall(fn: Node, written: readonly Node[], converted: Node[], tok: IToken): void {
  const callee = fn.obj!;
  if (callee.isStatic) return;
  // A call of one that only computes its value is "a statement with no effect" (classic-mistakes.ts).
  if (PURE_FUNCTIONS.has(callee.name)) callee.isPure = true;
  if (callee.name === 'memset' && written.length === 3) checkMemsetLength(fn, written);
  const access = MEMORY_ACCESS.get(callee.name);
  if (access !== undefined && isWarningOn('sizeof-pointer-memaccess')) checkSizeofLength(callee.name, access, written);
  checkFormatCall(callee, converted, tok);
}

/** A length of 0 written as such, where the value is not: the two were most likely swapped. */
function checkMemsetLength(fn: Node, args: readonly Node[]): void {
  if (isWarningOn('memset-transposed-args') && isLiteralZero(args[2]) && !isLiteralZero(args[1])) {
    warnAt(fn.tok, "'memset' used with constant zero length parameter; this could be due to transposed parameters [-Wmemset-transposed-args]");
  }
}

/** An argument written as a lone zero number or character (gcc looks at the tokens: `0`, `0L`, '\0'; not `(0)` nor `0 + 0`). */
function isLiteralZero(n: Node): boolean {
  return n.kind === 'num' && n.val === 0n && /^([0-9]|(u8|u|U|L)?')/.test(n.tok.image) && !n.grouped && n.foldedFrom === undefined;
}

/**
 * gcc's table of the functions taking a destination and/or source pointer and a length
 * (`length`: the argument's index): `string` for the bounded string functions, `compare` for
 * those that read both.
 */
interface MemoryAccess {
  dest?: number;
  src?: number;
  length: number;
  string?: boolean;
  compare?: boolean;
}

const MEMORY_ACCESS = new Map<string, MemoryAccess>([
  ['memcpy', { dest: 0, src: 1, length: 2 }], ['memmove', { dest: 0, src: 1, length: 2 }],
  ['memset', { dest: 0, length: 2 }], ['memcmp', { dest: 0, src: 1, length: 2, compare: true }],
  ['bcmp', { dest: 0, src: 1, length: 2, compare: true }], ['bcopy', { dest: 1, src: 0, length: 2 }],
  ['bzero', { dest: 0, length: 1 }], ['memchr', { src: 0, length: 2 }],
  ['strncpy', { dest: 0, src: 1, length: 2, string: true }], ['stpncpy', { dest: 0, src: 1, length: 2, string: true }],
  ['strncat', { dest: 0, src: 1, length: 2, string: true }], ['strndup', { src: 0, length: 1, string: true }],
  ['strncmp', { dest: 0, src: 1, length: 2, string: true, compare: true }],
  ['strncasecmp', { dest: 0, src: 1, length: 2, string: true, compare: true }],
  ['snprintf', { dest: 0, length: 1, string: true }], ['vsnprintf', { dest: 0, length: 1, string: true }],
]);

/** gcc's sizeof_pointer_memaccess_warning: the length is `sizeof` of a pointer the call is given. */
function checkSizeofLength(name: string, f: MemoryAccess, args: readonly Node[]): void {
  const measured = args.length > f.length ? measuredSizeof(args[f.length]) : undefined;
  if (measured === undefined || measured.ty.kind !== 'ptr') return;
  const dest = f.dest !== undefined ? args[f.dest] : undefined;
  const src = f.src !== undefined ? args[f.src] : undefined;
  if (dest === undefined && src === undefined) return;
  // `sizeof *pp` of a `T **pp`: the size of what the pointer points to, as meant.
  if ([dest, src].some((a) => a !== undefined && pointsTo(withoutCasts(a), measured.ty))) return;
  const compare = f.compare === true;
  const roles: [Node | undefined, string][] = compare ? [[dest, 'first source'], [src, 'second source']] : [[dest, 'destination'], [src, 'source']];
  for (const [arg, role] of roles) {
    if (arg !== undefined && warnSameArgument(name, f, measured, arg, role)) return;
  }
}

/** The warning for one pointer argument in its `role`; true if given. */
function warnSameArgument(name: string, f: MemoryAccess, measured: Measured, arg: Node, role: string): boolean {
  const ty = measured.ty;
  const head = `argument to 'sizeof' in '${name}' call is the same`;
  if (measured.operand !== undefined && sameValue(arg, measured.operand) && sameType(arg.ty!, ty)) {
    const hint = measured.operand.kind === 'addr' && !f.string ? 'remove the addressof'
      : isCharSized(ty.base!) || f.string ? 'provide an explicit length' : 'dereference it';
    warnAt(measured.at, `${head} expression as the ${role}; did you mean to ${hint}? [-Wsizeof-pointer-memaccess]`);
    return true;
  }
  if (arg.ty!.kind === 'ptr' && !f.string && sameType(arg.ty!, ty) && ty.base!.kind !== 'void') {
    const expected = `expected ${quotedType(arg.ty!.base!)} or an explicit length`;
    warnAt(measured.at, `${head} pointer type ${quotedType(arg.ty!)} as the ${role}; ${expected} [-Wsizeof-pointer-memaccess]`);
    return true;
  }
  return false;
}

function withoutCasts(n: Node): Node {
  while (n.kind === 'cast') n = n.lhs!;
  return n;
}

function pointsTo(arg: Node, ty: Type): boolean {
  return arg.ty!.kind === 'ptr' && sameType(arg.ty!.base!, ty);
}

/** gcc's comptypes of the main variants: compatible, qualifiers at the top aside (`char *` is not `const char *`). */
function sameType(a: Type, b: Type): boolean {
  return isCompatibleQualified(unqualified(a), unqualified(b), false);
}

function isCharSized(t: Type): boolean {
  return t.kind === 'char';
}

/** The math functions gcc takes as const (no errno to set), with their float and long double twins. */
const CONST_MATH = ['sin', 'cos', 'tan', 'atan', 'tanh', 'asinh', 'cbrt', 'erf', 'floor', 'ceil', 'round', 'trunc', 'fabs', 'nearbyint', 'rint', 'copysign', 'fmax', 'fmin'];

/** The library functions gcc knows have no side effects (its builtins with the pure or const attribute). */
const PURE_FUNCTIONS: ReadonlySet<string> = new Set([
  ...CONST_MATH.flatMap((f) => [f, `${f}f`, `${f}l`]),
  'abs', 'labs', 'llabs', 'imaxabs', 'ffs', 'ffsl', 'ffsll', 'isascii', 'toascii',
  'memcmp', 'memchr', 'bcmp', 'strlen', 'strnlen', 'strcmp', 'strncmp', 'strcasecmp', 'strncasecmp', 'strchr', 'strrchr',
  'index', 'rindex', 'strstr', 'strpbrk', 'strspn', 'strcspn',
  'toupper', 'tolower', 'isalnum', 'isalpha', 'isblank', 'iscntrl', 'isdigit', 'isgraph', 'islower', 'isprint', 'ispunct',
  'isspace', 'isupper', 'isxdigit',
]);
