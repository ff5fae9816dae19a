/**
 * GNU builtins on _Float128: the constants (`__builtin_inff128`, `__builtin_nanq`...),
 * `fabs` and `copysign` (bit operations on the sign, as gcc does them inline), and the
 * classification builtins (`isnan`, `isinf`, `fpclassify`, `signbit`, `isunordered`...)
 * when an operand is _Float128. Classification reads the exponent and fraction fields
 * from the value's bytes, so it raises no exception, as IEEE 754 requires of it.
 */
import type { IToken } from './chevrotain.js';
import type { Node } from './ast.js';
import { B128_INF, B128_QUIET_NAN, b128Bytes } from './binary128.js';
import type { BuiltinContext } from './builtins.js';
import { float128Constant, tyFloat128 } from './float128.js';
import { errorAt } from './report.js';
import {
  addNode, addrNode, arithNode, assignNode, castNode, commaNode, compareNode, condNode, derefNode, logicalNode, notNode, numNode,
  shiftNode, varNode,
} from './typecheck.js';
import { isFlonum, isInteger, pointerTo, tyChar, tyInt, tyLong, tyULong } from './types.js';

/** __builtin_nansf128's image, as gcc's: the quiet bit clear, the next one set. */
const B128_SIGNALING_NAN = 0x7fff4000000000000000000000000000n;
const SIGN_MASK = 0x8000000000000000n;
const EXP_SHIFT = 48n;

/** The node for builtin `name` if it is a _Float128 one (or has _Float128 operands); else undefined. */
export function lowerFloat128Builtin(ctx: BuiltinContext, name: string, args: Node[], tok: IToken): Node | undefined {
  const own = /^__builtin_(inf|huge_val|nan|nans|fabs|copysign)(?:f128|q)$/.exec(name);
  if (own) return ownBuiltin(ctx, own[1], name, args, tok);
  if (!args.some((a) => a.ty!.isFloat128)) return undefined;
  const argc = (n: number): void => {
    if (args.length !== n) errorAt(tok, `wrong number of arguments to '${name}'`);
  };
  switch (name) {
    case '__builtin_isnan': argc(1); return classify(ctx, args[0], tok, (f) => f.isNan());
    case '__builtin_isinf': argc(1); return classify(ctx, args[0], tok, (f) => f.isInf());
    case '__builtin_isfinite': case '__builtin_finite': argc(1); return classify(ctx, args[0], tok, (f) => f.expIs('ne', 0x7fff));
    case '__builtin_isnormal':
      argc(1);
      return classify(ctx, args[0], tok, (f) => logicalNode('logand', f.expIs('ne', 0), f.expIs('ne', 0x7fff), tok));
    case '__builtin_signbit':
      // gcc reads the sign with movmskps, whose bit 3 is the top lane's sign: 8 when negative.
      argc(1);
      return classify(ctx, args[0], tok, (f) => arithNode('band', '&', castNode(shiftNode('shr', '>>', f.high(), numNode(60n, tok), tok), tyInt), numNode(8n, tok), tok));
    case '__builtin_isinf_sign':
      argc(1);
      return classify(ctx, args[0], tok, (f) =>
        condNode(f.isInf(), condNode(f.negative(), numNode(-1n, tok), numNode(1n, tok), tok), numNode(0n, tok), tok));
    case '__builtin_fpclassify': {
      argc(6);
      const [nan, inf, normal, subnormal, zero] = args.slice(0, 5);
      return classify(ctx, args[5], tok, (f) =>
        condNode(f.expIs('eq', 0x7fff), condNode(f.fractionZero(), inf, nan, tok),
          condNode(f.expIs('eq', 0), condNode(f.fractionZero(), zero, subnormal, tok), normal, tok), tok));
    }
    case '__builtin_isunordered':
      argc(2);
      return classify(ctx, args[0], tok, (a) => classify(ctx, args[1], tok, (b) => logicalNode('logor', a.isNan(), b.isNan(), tok)));
    case '__builtin_islessgreater':
      // Ordered and different; != is quiet, so nothing is raised for a NaN.
      argc(2);
      return classify(ctx, args[0], tok, (a) => classify(ctx, args[1], tok, (b) =>
        logicalNode('logand', notNode(logicalNode('logor', a.isNan(), b.isNan(), tok), tok), compareNode('ne', a.value(), b.value(), tok), tok)));
    default:
      return undefined; // the generic lowering works on _Float128 operands too (isless...)
  }
}

function ownBuiltin(ctx: BuiltinContext, what: string, name: string, args: Node[], tok: IToken): Node {
  const constant = (bits: bigint): Node => float128Constant(b128Bytes(bits), tok);
  const argc = (n: number): void => {
    if (args.length !== n) errorAt(tok, `wrong number of arguments to '${name}'`);
  };
  switch (what) {
    case 'inf': case 'huge_val': argc(0); return constant(B128_INF);
    case 'nan': argc(1); return constant(B128_QUIET_NAN);
    case 'nans': argc(1); return constant(B128_SIGNALING_NAN);
    case 'fabs':
      argc(1);
      return classify(ctx, args[0], tok, (f) => f.withHigh(arithNode('band', '&', f.high(), numNode(~SIGN_MASK & 0xffffffffffffffffn, tok, tyULong), tok)));
    default: // copysign
      argc(2);
      return classify(ctx, args[0], tok, (x) => classify(ctx, args[1], tok, (y) => {
        const magnitude = arithNode('band', '&', x.high(), numNode(~SIGN_MASK & 0xffffffffffffffffn, tok, tyULong), tok);
        const sign = arithNode('band', '&', y.high(), numNode(SIGN_MASK, tok, tyULong), tok);
        return x.withHigh(arithNode('bor', '|', magnitude, sign, tok));
      }));
  }
}

/** Reads of one _Float128 operand's fields, kept in a hidden local. */
interface Fields {
  value(): Node;
  high(): Node; // the upper 64 bits: sign, exponent, top 48 fraction bits
  expIs(op: 'eq' | 'ne', biased: number): Node;
  fractionZero(): Node;
  isNan(): Node;
  isInf(): Node;
  negative(): Node;
  withHigh(hi: Node): Node; // the value with its upper 64 bits replaced
}

/** Evaluates `e` once (converted to _Float128) and builds `use` on its fields. */
function classify(ctx: BuiltinContext, e: Node, tok: IToken, use: (f: Fields) => Node): Node {
  if (!e.ty!.isFloat128 && !isFlonum(e.ty!) && !isInteger(e.ty!)) {
    return errorAt(e.tok, 'non-floating-point argument in call to a floating-point builtin');
  }
  const temp = ctx.newTemp(tyFloat128);
  const value = (): Node => varNode(temp, tok);
  const half = (offset: bigint): Node => {
    const bytes = castNode(addrNode(value(), tok), pointerTo(tyChar));
    return derefNode(castNode(addNode(bytes, numNode(offset, tok, tyLong), tok), pointerTo(tyULong)), tok);
  };
  const exponent = (): Node => arithNode('band', '&', shiftNode('shr', '>>', half(8n), numNode(EXP_SHIFT, tok), tok), numNode(0x7fffn, tok, tyULong), tok);
  const fractionZero = (): Node => {
    const top = arithNode('band', '&', half(8n), numNode((1n << EXP_SHIFT) - 1n, tok, tyULong), tok);
    return compareNode('eq', arithNode('bor', '|', top, half(0n), tok), numNode(0n, tok, tyULong), tok);
  };
  const expIs = (op: 'eq' | 'ne', biased: number): Node => compareNode(op, exponent(), numNode(BigInt(biased), tok, tyULong), tok);
  const fields: Fields = {
    value,
    high: () => half(8n),
    expIs,
    fractionZero,
    isNan: () => logicalNode('logand', expIs('eq', 0x7fff), notNode(fractionZero(), tok), tok),
    isInf: () => logicalNode('logand', expIs('eq', 0x7fff), fractionZero(), tok),
    negative: () => castNode(shiftNode('shr', '>>', half(8n), numNode(63n, tok), tok), tyInt),
    withHigh: (hi) => commaNode(assignNode(half(8n), hi, tok), value(), tok),
  };
  return commaNode(assignNode(value(), castNode(e, tyFloat128), tok), use(fields), tok);
}
