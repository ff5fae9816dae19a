/**
 * Library calls gcc replaces even at -O0, which programs can see:
 *  - `strcmp`/`memcmp` of two literals are evaluated at compile time: `strcmp("bar", "xyz")`
 *    is -1 (glibc's strcmp gives the byte difference, -22);
 *  - the absolute values (`abs`, `labs`, `llabs`, `imaxabs`, `fabs`, `fabsf`, `fabsl`) are
 *    expanded inline — a program's own definition of `llabs` is never called.
 * Both only with builtins on (not -fno-builtin / -ffreestanding), as in gcc.
 */
import { newNode, type Node } from './ast.js';
import { tryEvalInt } from './consteval.js';
import { tyInt, type Type } from './types.js';

/** The absolute-value functions: the kind of their result and only parameter. */
const absoluteValues = new Map<string, Type['kind']>([
  ['abs', 'int'], ['labs', 'long'], ['llabs', 'long'], ['imaxabs', 'long'], ['fabs', 'double'], ['fabsf', 'float'], ['fabsl', 'ldouble'],
]);

/** An absolute value computed inline (a call foldLibraryCall replaced, or `__builtin_abs` written so): only its value. */
export function isInlineAbsoluteValue(n: Node): boolean {
  return n.kind === 'builtin' && absoluteValues.has(n.label!.replace(/^__builtin_/, ''));
}

/** t is the signed (or floating) type of that kind, as the library's prototype has it. */
function isSignedOfKind(t: Type | undefined, kind: Type['kind']): boolean {
  return t !== undefined && t.kind === kind && !t.isUnsigned;
}

/** The folded call, or undefined when the call is not one gcc folds. */
export function foldLibraryCall(call: Node): Node | undefined {
  const fn = call.lhs!;
  if (fn.kind !== 'var' || !fn.obj!.isFunction) return undefined;
  const args = call.args!;
  if (fn.obj!.name === 'strcmp' && args.length === 2) {
    const a = literalBytes(args[0]);
    const b = literalBytes(args[1]);
    if (!a || !b) return undefined;
    return signNode(compareBytes(a.subarray(0, a.indexOf(0) + 1), b.subarray(0, b.indexOf(0) + 1)), call);
  }
  if (fn.obj!.name === 'memcmp' && args.length === 3) {
    const a = literalBytes(args[0]);
    const b = literalBytes(args[1]);
    const n = tryEvalInt(args[2]);
    if (!a || !b || n === undefined || n < 0n || n > BigInt(Math.min(a.length, b.length))) return undefined;
    return signNode(compareBytes(a.subarray(0, Number(n)), b.subarray(0, Number(n))), call);
  }
  const kind = absoluteValues.get(fn.obj!.name);
  // Only a declaration that matches the library's prototype is the builtin, as in gcc.
  const fty = fn.obj!.ty;
  if (kind !== undefined && args.length === 1 && fty.params.length === 1 && isSignedOfKind(fty.returnType, kind) &&
    isSignedOfKind(fty.params[0].ty, kind)) {
    // Placed at the function's name, where gcc places diagnostics about the call.
    const n = newNode('builtin', fn.tok);
    n.label = `__builtin_${fn.obj!.name}`;
    n.args = args;
    n.ty = call.ty;
    return n;
  }
  return undefined;
}

/** The bytes of a narrow string literal argument (seen through its conversion to a pointer). */
function literalBytes(arg: Node): Uint8Array | undefined {
  let n = arg;
  while (n.kind === 'cast') n = n.lhs!;
  const o = n.kind === 'var' ? n.obj! : undefined;
  if (!o || !o.isString || !o.initData || o.ty.kind !== 'array' || o.ty.base!.size !== 1) return undefined;
  return o.initData;
}

/** memcmp's order of two byte strings of equal length: -1, 0 or 1. */
function compareBytes(a: Uint8Array, b: Uint8Array): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  return a.length === b.length ? 0 : a.length < b.length ? -1 : 1;
}

function signNode(sign: number, call: Node): Node {
  const n = newNode('num', call.tok);
  n.val = BigInt(sign);
  n.ty = tyInt;
  return n;
}
