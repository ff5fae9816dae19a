/**
 * Register arguments that need no computation — a constant, a variable, the address of
 * one — are not pushed and popped: each is loaded straight into its register just before
 * the call (`mov -8(%rbp), %rsi`, `lea buf(%rip), %rdi`, `mov $1, %edx`).
 *
 * gcc evaluates arguments right to left, so loading argument i last moves its read after
 * arguments 0..i-1: allowed only when those have no effects (isPure) and the argument
 * itself is not volatile.
 */
import type { Node } from './ast.js';
import { directAddress, formatAddress, integerConstant, isPure } from './codegen-address.js';
import type { Gen } from './codegen-state.js';
import { isInteger } from './types.js';

/**
 * The instruction that puts argument `n` into 64-bit register `reg`, if it is that simple.
 * `low32`: an int argument whose upper register half must be zero (see zeroExtendsArg),
 * so the load writes the 32-bit register.
 */
export function directArgLoad(n: Node, reg: string, low32 = false): string | undefined {
  const ty = n.ty!;
  if (!(isInteger(ty) || ty.kind === 'ptr') || ty.isVolatile) return undefined;
  const c = integerConstant(n);
  if (c !== undefined) {
    const v = low32 ? BigInt.asUintN(32, c) : BigInt.asIntN(64, c);
    if (v === 0n) return `\txor ${reg32(reg)}, ${reg32(reg)}`;
    if (v > 0n && v <= 0xffffffffn) return `\tmov $${v}, ${reg32(reg)}`;
    return v >= -0x80000000n ? `\tmov $${v}, ${reg}` : `\tmovabs $${v}, ${reg}`;
  }
  // `&x`, or an array decaying to a pointer: the address.
  const object = n.kind === 'addr' ? n.lhs! : n.kind === 'cast' && n.lhs!.ty!.kind === 'array' ? n.lhs! : undefined;
  if (object) {
    const a = directAddress(object);
    return a && `\tlea ${formatAddress(a)}, ${reg}`;
  }
  // A conversion between integers and pointers (not to _Bool) is the source's load: a
  // widening one extends as that load does, a narrowing one keeps the low bits.
  let v = n;
  if (v.kind === 'cast' && ty.kind !== 'bool' && (isInteger(v.lhs!.ty!) || v.lhs!.ty!.kind === 'ptr')) v = v.lhs!;
  if (v.kind !== 'var' && v.kind !== 'member') return undefined;
  if (v.ty!.isVolatile || (v.kind === 'var' && v.obj!.ty.isVolatile)) return undefined;
  const a = directAddress(v);
  if (!a) return undefined;
  const mem = formatAddress(a);
  const vt = v.ty!;
  const u = vt.isUnsigned || vt.kind === 'bool';
  // Extended to 64 bits as genExpr's loads are (the callee may rely on int arguments only),
  // or to 32 bits with the upper half cleared for a low32 argument.
  switch (vt.size) {
    case 1: return u ? `\tmovzbl ${mem}, ${reg32(reg)}` : low32 ? `\tmovsbl ${mem}, ${reg32(reg)}` : `\tmovsbq ${mem}, ${reg}`;
    case 2: return u ? `\tmovzwl ${mem}, ${reg32(reg)}` : low32 ? `\tmovswl ${mem}, ${reg32(reg)}` : `\tmovswq ${mem}, ${reg}`;
    case 4: return u || low32 ? `\tmovl ${mem}, ${reg32(reg)}` : `\tmovslq ${mem}, ${reg}`;
    default: return low32 ? `\tmovl ${mem}, ${reg32(reg)}` : `\tmov ${mem}, ${reg}`;
  }
}

/** %rdi → %edi, %r8 → %r8d. */
function reg32(reg: string): string {
  return /^%r\d+$/.test(reg) ? `${reg}d` : `%e${reg.slice(2)}`;
}

/**
 * For each argument, whether it is loaded late: `isLate(i)` needs a register argument
 * (`inRegister`) and arguments 0..i-1 without effects.
 */
export function lateArguments(args: Node[], inRegister: (i: number) => boolean): boolean[] {
  const late: boolean[] = [];
  let pureSoFar = true;
  for (let i = 0; i < args.length; i++) {
    // The register is not known here: any name checks the operand's shape.
    late.push(pureSoFar && inRegister(i) && directArgLoad(args[i], '%rdi') !== undefined);
    pureSoFar = pureSoFar && isPure(args[i]);
  }
  return late;
}

/** Emits the late loads, each into the register the argument was given (low32 as directArgLoad). */
export function loadLateArguments(g: Gen, loads: [Node, string, boolean][]): void {
  for (const [n, reg, low32] of loads) g.emit(directArgLoad(n, reg, low32)!);
}
