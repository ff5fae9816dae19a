/**
 * The special forms among primary expressions: `sizeof`, `_Alignof`, `__builtin_va_arg`,
 * `__builtin_offsetof`, `__builtin_types_compatible_p`, C11 `_Generic` and
 * `__builtin_convertvector`. Each may take a type name as an operand, which is why they
 * are rules and not builtins.
 */
import { memberPath } from './access-errors.js';
import { dropSince, dropUnevaluated, evaluationMark } from './evaluation-warnings.js';
import { tokenMatcher, type IToken } from './chevrotain.js';
import { newNode, type Node, type Obj } from './ast.js';
import { tryEval } from './consteval.js';
import { vlaSizeExpr } from './declare.js';
import { Identifier, Kw, P } from './lexer.js';
import { ExprParser } from './parser-expr.js';
import { expressionStart } from './pointer-conversion.js';
import { errorAt, pedwarnAt } from './report.js';
import { arithNode, castNode, commaNode, derefNode, numNode, varNode } from './typecheck.js';
import { selectGeneric, type GenericAssociation } from './generic-selection.js';
import { arrayOf, isAggregate, isCompatibleQualified, isInteger, pointerTo, tyULong, type Type } from './types.js';
import { vectorConvert } from './vector.js';
import { sizeofMeasured } from './sizeof-warnings.js';
import { quotedType } from './typedef-names.js';

export abstract class BuiltinExprParser extends ExprParser {
  /** `( type-name )`, or a compound literal `(type-name){...}`: sizeof's and _Alignof's type operand. */
  parenthesizedType = this.RULE('parenthesizedType', (): { ty: Type; literal: Node | undefined } => {
    const open = this.CONSUME(P['(']);
    const ty = this.SUBRULE(this.typeName);
    this.CONSUME(P[')']);
    const literal = this.OPTION({
      GATE: () => tokenMatcher(this.LA(1), P['{']),
      DEF: () => this.SUBRULE(this.compoundLiteral, { ARGS: [ty, open] }),
    });
    return { ty, literal };
  });

  sizeofExpr = this.RULE('sizeofExpr', (): Node => {
    const tok = this.CONSUME(Kw.sizeof);
    let operand: Node | undefined;
    let after = this.LA(1);
    const ty = this.OR({
      IGNORE_AMBIGUITIES: true,
      DEF: [
        {
          GATE: () => tokenMatcher(this.LA(1), P['(']) && this.isTypeStart(this.LA(2)),
          ALT: () => {
            after = this.LA(2);
            const mark = this.ACTION(() => evaluationMark());
            const op = this.SUBRULE(this.parenthesizedType);
            // `sizeof (int[]){1, 2, 3}`: a compound literal is an expression operand.
            return this.ACTION(() => {
              // (A fixed size: the type's own expressions are not evaluated either.)
              if (!op.ty.isVla) dropSince(mark);
              operand = op.literal;
              return op.literal ? op.literal.ty! : op.ty;
            });
          },
        },
        {
          ALT: () => {
            const e = this.SUBRULE(this.unary);
            this.ACTION(() => (operand = e));
            return this.ACTION(() => e.ty!);
          },
        },
      ],
    });
    return this.ACTION(() => this.sizeofNode(tok, ty, operand, after));
  });

  /**
   * `sizeof` of an operand (or undefined for a type name) of type `ty`; the fast expression
   * path's too. `after`: the token after the `sizeof` (for a type name, its first token).
   */
  sizeofNode(tok: IToken, ty: Type, operand: Node | undefined, after: IToken): Node {
    if (!ty.isVla) dropUnevaluated(operand);
    // A bit-field has no size in bytes (C11 6.5.3.4p1).
    if (operand?.kind === 'member' && operand.member!.isBitfield) errorAt(expressionStart(operand), "'sizeof' applied to a bit-field");
    if (ty.isVla) {
      // The operand of a variably modified type is evaluated (C99 6.5.3.4p2).
      const size = vlaSizeExpr(this, ty, tok);
      return this.withPendingSetup(operand ? commaNode(operand, size, tok) : size);
    }
    this.pendingSetup.length = 0; // a fixed size: typeof's operand is not evaluated
    if (ty.kind === 'func' || ty.kind === 'void') {
      // GNU C's size of one for both, which ISO C does not have (C11 6.5.3.4p1).
      pedwarnAt(operand?.tok ?? tok, `invalid application of 'sizeof' to a ${ty.kind === 'func' ? 'function' : 'void'} type`, '-Wpointer-arith');
      return numNode(1n, tok, tyULong);
    }
    if ((isAggregate(ty) && !ty.isComplete) || (ty.kind === 'array' && ty.arrayLen < 0)) {
      errorAt(tok, `invalid application of 'sizeof' to incomplete type ${quotedType(ty)}`);
    }
    const size = numNode(BigInt(ty.size), tok, tyULong);
    sizeofMeasured(size, ty, operand, after);
    return size;
  }

  alignofExpr = this.RULE('alignofExpr', (): Node => {
    const tok = this.OR([
      { ALT: () => this.CONSUME(Kw._Alignof) },
      { ALT: () => this.CONSUME(Kw.__alignof__) },
      { ALT: () => this.CONSUME(Kw.__alignof) },
    ]);
    const align = this.OR2({
      IGNORE_AMBIGUITIES: true,
      DEF: [
        {
          GATE: () => tokenMatcher(this.LA(1), P['(']) && this.isTypeStart(this.LA(2)),
          ALT: () => {
            // `_Alignof (char){1}` is the alignment of the compound literal's type; a variable
            // length array type aligns as its elements: `_Alignof (char [n])` is 1.
            const op = this.SUBRULE(this.parenthesizedType);
            return this.ACTION(() => vlaElementAlign(op.literal ? op.literal.ty! : op.ty));
          },
        },
        {
          ALT: () => {
            const e = this.SUBRULE(this.unary);
            // Of a variable, gcc gives its declared alignment (`_Alignas(16) int x`); of a member,
            // its alignment in the record (1 when packed, capped by #pragma pack).
            return this.ACTION(() => {
              dropUnevaluated(e);
              if (e.kind === 'var' && e.obj) return Math.max(e.obj.align, e.ty!.align);
              if (e.kind === 'member') return e.member!.declaredAlign ?? e.ty!.align;
              return e.ty!.align;
            });
          },
        },
      ],
    });
    return this.ACTION(() => numNode(BigInt(align), tok, tyULong));
  });

  vaArgExpr = this.RULE('vaArgExpr', (): Node => {
    const tok = this.CONSUME(Kw.__builtin_va_arg);
    this.CONSUME(P['(']);
    const ap = this.SUBRULE(this.assign);
    this.CONSUME(P[',']);
    const ty = this.SUBRULE(this.typeName);
    this.CONSUME(P[')']);
    return this.ACTION(() => {
      if (ty.kind === 'func') errorAt(tok, `second argument to 'va_arg' is a function type ${quotedType(ty)}`);
      if (ty.kind === 'void' || (isAggregate(ty) && !ty.isComplete)) errorAt(tok, `second argument to 'va_arg' is of incomplete type ${quotedType(ty)}`);
      const n = newNode('vaArg', tok);
      n.lhs = ap;
      // A variably sized struct (GNU) travels by reference, as gcc passes it.
      if (isAggregate(ty) && ty.isVla) {
        n.ty = pointerTo(pointerTo(ty));
        return this.withPendingSetup(derefNode(derefNode(n, tok), tok));
      }
      n.ty = pointerTo(ty);
      // A struct that straddles integer and SSE registers is reassembled in a temporary,
      // whole eightbytes at a time (a 12-byte struct takes 16).
      if (isAggregate(ty)) n.retBuffer = this.newTemp(arrayOf(tyULong, Math.ceil(ty.size / 8)));
      return this.withPendingSetup(derefNode(n, tok));
    });
  });

  /** `__builtin_convertvector(v, type)`: each lane converted as a scalar would be. */
  convertVectorExpr = this.RULE('convertVectorExpr', (): Node => {
    const tok = this.CONSUME(Kw.__builtin_convertvector);
    this.CONSUME(P['(']);
    const v = this.SUBRULE(this.assign);
    this.CONSUME(P[',']);
    const ty = this.SUBRULE(this.typeName);
    this.CONSUME(P[')']);
    return this.ACTION(() => vectorConvert(v, ty, tok));
  });

  offsetofExpr = this.RULE('offsetofExpr', (): Node => {
    const tok = this.CONSUME(Kw.__builtin_offsetof);
    this.CONSUME(P['(']);
    const ty = this.SUBRULE(this.typeName);
    this.CONSUME(P[',']);
    const first = this.CONSUME(Identifier);
    let offset = 0n;
    let cur = ty;
    // `offsetof(struct s, a[i])` with a run-time i (GNU): that part is computed at run time.
    let runtime: Node | undefined;
    // A member after a VLA one (GNU) adds its struct's run-time base.
    const addBase = (base: Obj | undefined, t: IToken): void => {
      if (!base) return;
      const v = varNode(base, t);
      runtime = runtime ? arithNode('add', '+', runtime, v, t) : v;
    };
    this.ACTION(() => {
      [offset, cur] = this.memberOffset(cur, first, offset, addBase);
    });
    this.MANY(() => {
      this.OR([
        {
          ALT: () => {
            this.CONSUME(P['.']);
            const name = this.CONSUME2(Identifier);
            this.ACTION(() => {
              [offset, cur] = this.memberOffset(cur, name, offset, addBase);
            });
          },
        },
        {
          ALT: () => {
            const t = this.CONSUME(P['[']);
            const idx = this.SUBRULE(this.expr);
            this.CONSUME(P[']']);
            this.ACTION(() => {
              if (cur.kind !== 'array') errorAt(t, 'subscripted value is not an array');
              const r = tryEval(idx);
              const elem = cur.base!;
              if (r && r.label === undefined && !elem.isVla) offset += r.value * BigInt(elem.size);
              else {
                if (!isInteger(idx.ty!)) errorAt(idx.tok, 'array subscript is not an integer');
                // Rows of a VLA type (GNU struct members) are as long as their run-time size.
                const size = elem.isVla ? vlaSizeExpr(this, elem, t) : numNode(BigInt(elem.size), t, tyULong);
                const scaled = arithNode('mul', '*', castNode(idx, tyULong), size, t);
                runtime = runtime ? arithNode('add', '+', runtime, scaled, t) : scaled;
              }
              cur = cur.base!;
            });
          },
        },
      ]);
    });
    this.CONSUME(P[')']);
    return this.ACTION(() => {
      const constant = numNode(offset, tok, tyULong);
      return runtime ? arithNode('add', '+', constant, runtime, tok) : constant;
    });
  });

  typesCompatibleExpr = this.RULE('typesCompatibleExpr', (): Node => {
    const tok = this.CONSUME(Kw.__builtin_types_compatible_p);
    this.CONSUME(P['(']);
    const a = this.SUBRULE(this.typeName);
    this.CONSUME(P[',']);
    const b = this.SUBRULE2(this.typeName);
    this.CONSUME(P[')']);
    // Top-level qualifiers are ignored; those below (`const char *` vs `char *`) are not.
    return this.ACTION(() => numNode(isCompatibleQualified(a, b, false) ? 1n : 0n, tok));
  });

  /** C11 `_Generic(control, type: expr, ..., default: expr)`: picks one expression by type. */
  genericSelection = this.RULE('genericSelection', (): Node => {
    const tok = this.CONSUME(Kw._Generic);
    this.CONSUME(P['(']);
    const control = this.SUBRULE(this.assign);
    const associations: GenericAssociation[] = [];
    this.AT_LEAST_ONE(() => {
      this.CONSUME(P[',']);
      const at = this.LA(1);
      const ty = this.OR([
        {
          ALT: () => {
            this.CONSUME(Kw.default);
            return undefined;
          },
        },
        { ALT: () => this.SUBRULE(this.typeName) },
      ]);
      this.CONSUME(P[':']);
      const expr = this.SUBRULE2(this.assign);
      this.ACTION(() => associations.push({ ty, expr, tok: at }));
    });
    this.CONSUME2(P[')']);
    return this.ACTION(() => selectGeneric(control, associations, tok));
  });

  // ---- semantic helpers (called only inside ACTIONs) ----

  private memberOffset(ty: Type, name: IToken, offset: bigint, addBase: (base: Obj | undefined, t: IToken) => void): [bigint, Type] {
    if (!isAggregate(ty)) return errorAt(name, `request for member '${name.image}' in something not a structure or union`);
    const path = memberPath(ty, name, name);
    let off = offset;
    for (const m of path) {
      off += BigInt(m.offset);
      addBase(m.dynBase, name);
    }
    return [off, path[path.length - 1].ty];
  }
}

function vlaElementAlign(t: Type): number {
  if (!t.isVla) return t.align;
  let e = t;
  while (e.kind === 'array' && e.isVla) e = e.base!;
  return e.align;
}
