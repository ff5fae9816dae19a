/**
 * Expressions evaluated for their side effects only (expression statements, a for loop's
 * step, the left of a comma). Their value is dropped, so:
 *  - `i++` — built as `(i += 1) - 1` — need not undo the increment;
 *  - `x = x op y` updates memory in place (`addl $1, -4(%rbp)`, `add %rax, (%rdi)`)
 *    instead of loading, operating and storing.
 */
import type { Node } from './ast.js';
import { formatAddress, integerConstant, isPure, isRegisterScalar, registerFreeLvalue } from './codegen-address.js';
import { genAssign, genExpr, regA } from './codegen-expr.js';
import type { Gen } from './codegen-state.js';
import { isFlonum, isInteger, type Type } from './types.js';

/** Evaluates for side effects only; a long double result must not stay on the x87 stack. */
export function genDiscard(g: Gen, n: Node): void {
  // (The check genExpr makes on entry, at the same node.)
  if (g.opts.noFloat !== undefined && n.ty && isFlonum(n.ty)) g.noFloatingPoint(n.tok);
  switch (n.kind) {
    case 'cast':
      // Between integers and pointers a conversion has no effect of its own.
      if (isIntegerLike(n.ty!) && isIntegerLike(n.lhs!.ty!)) {
        genDiscard(g, n.lhs!);
        return;
      }
      break;
    case 'add': case 'sub':
      if (isIntegerLike(n.ty!) && n.rhs!.kind === 'num') {
        genDiscard(g, n.lhs!);
        return;
      }
      break;
    case 'comma':
      genDiscard(g, n.lhs!);
      genDiscard(g, n.rhs!);
      return;
    case 'assign':
      if (n.ty!.kind === 'ldouble') break; // the stored value stays on the x87 stack: popped below
      if (!genUpdateInPlace(g, n)) genAssign(g, n, false);
      return;
    default:
      break;
  }
  genExpr(g, n);
  if (n.ty?.kind === 'ldouble') g.emit('\tfstp %st(0)');
}

function isIntegerLike(t: Type): boolean {
  return (isInteger(t) && t.kind !== 'bool') || t.kind === 'ptr';
}

const IN_PLACE: Partial<Record<Node['kind'], string>> = { add: 'add', sub: 'sub', band: 'and', bor: 'or', bxor: 'xor', shl: 'shl', shr: 'shr' };
const SUFFIX: Record<number, string> = { 1: 'b', 2: 'w', 4: 'l', 8: 'q' };

/**
 * `x = x op y` whose value nobody reads, as one instruction on memory. The operation
 * must be done at x's own width (no promotion in between: `char c; c += 1` is not) and x
 * must be reachable without %rax (registerFreeLvalue) and not volatile. A constant y goes
 * into the instruction; any other y is computed first into %rax — allowed when the source
 * reads y first anyway (compound assignment) or y has no side effects.
 */
function genUpdateInPlace(g: Gen, n: Node): boolean {
  const lhs = n.lhs!;
  const op = n.rhs!;
  const ty = n.ty!;
  const mnemonic = IN_PLACE[op.kind];
  if (!mnemonic || !isIntegerLike(ty) || ty.isVolatile || lhs.ty!.isVolatile || !sameLvalue(lhs, op.lhs!)) return false;
  if (op.ty!.size !== ty.size || op.lhs!.ty!.size !== ty.size || !isIntegerLike(op.ty!)) return false;
  const plan = registerFreeLvalue(lhs);
  if (!plan) return false;
  const shift = mnemonic === 'shl' || mnemonic === 'shr';
  const name = mnemonic === 'shr' && !op.lhs!.ty!.isUnsigned ? 'sar' : mnemonic;
  const y = op.rhs!;
  const imm = immediate(y, ty.size);
  if (imm !== undefined) {
    if (shift && (imm < 0n || imm >= BigInt(ty.size * 8))) return false;
    g.emit(...plan.code, `\t${name}${SUFFIX[ty.size]} $${imm}, ${formatAddress(plan.addr)}`);
    return true;
  }
  if (shift || !isRegisterScalar(y.ty!) || y.ty!.kind === 'float' || y.ty!.kind === 'double') return false;
  if (y.ty!.size !== ty.size) return false;
  if (!op.rhsFirst && !isPure(y)) return false;
  genExpr(g, y);
  g.emit(...plan.code, `\t${name} ${regA(ty.size)}, ${formatAddress(plan.addr)}`);
  return true;
}

/** A constant operand as a `size`-byte instruction's immediate. */
function immediate(n: Node, size: number): bigint | undefined {
  const c = integerConstant(n);
  if (c === undefined) return undefined;
  const v = BigInt.asIntN(size * 8, c);
  return v >= -0x80000000n && v <= 0x7fffffffn ? v : undefined;
}

/** Whether two lvalues name the same object with no computation that could differ. */
function sameLvalue(a: Node, b: Node): boolean {
  if (a.kind !== b.kind) return false;
  switch (a.kind) {
    case 'var': return a.obj === b.obj;
    case 'member': return a.member === b.member && !a.member!.isBitfield && sameLvalue(a.lhs!, b.lhs!);
    case 'deref': return a.lhs!.kind === 'var' && b.lhs!.kind === 'var' && a.lhs!.obj === b.lhs!.obj;
    default: return false;
  }
}
