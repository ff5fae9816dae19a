/**
 * Expression rules. Binary operators are parsed as a flat `cast (op cast)*` list and
 * folded by precedence climbing in one ACTION, which keeps the rule depth per operand
 * small (chevrotain rule calls are the parser's main cost).
 */
import { tokenMatcher, type IOrAlt, type IToken, type ParserMethod } from './chevrotain.js';
import { newNode, withCodeTok, type Node, type Obj } from './ast.js';
import { compilerBuiltinFor, implicitLibraryPrototype, libraryBuiltin, lowerBuiltin, warnImplicitDeclaration } from './builtins.js';
import { complexPart, imaginaryConstant, isComplex } from './complex.js';
import { tryEval, tryEvalInt } from './consteval.js';
import { hasVla, vlaSizeCode } from './declare.js';
import { expressionStart, warnCastChangingSize } from './pointer-conversion.js';
import { castToUnion } from './union-cast.js';
import { atomicUpdate } from './atomic.js';
import { checkedOverflow, narrowTrappingTo } from './trapv.js';
import { float128Literal, float128Suffix, isFloat128Order } from './float128.js';
import { foldFloat128 } from './fold-float128.js';
import { foldLibraryCall } from './fold-library.js';
import { hasSideEffects } from './side-effects.js';
import { noteUpdate } from './sequence-points.js';
import { noteEnumerator } from './enum-compare.js';
import { AssignOp, BinaryOp, binaryPrecedence, Identifier, Kw, P, Tok } from './lexer.js';
import { charLiteralValue, encodeStringLiteral, parseFloatLiteral } from './literals.js';
import { intConstantNode } from './int-constant.js';
import { CParserBase, FUNCTION_NAME_IDENTS } from './parser-base.js';
import { errorAt, holdWarnings, pedwarnAt, undeclaredAt, warnAt } from './report.js';
import { requireModifiable } from './modifiable.js';
import { chooseTgmath } from './tgmath.js';
import { untypedCallNode } from './untyped-call.js';
import { isVector, vectorCast, vectorShuffle, vectorSubscript } from './vector.js';
import { withStaticChain } from './nested.js';
import { labelAddress } from './labels.js';
import { withLabelsApart } from './parser-stmt-actions.js';
import {
  addNode, addrNode, arithNode, assignNode, bitnotNode, castNode, commaNode, compareNode, condNode, sequenceNode, foldFloatToInt,
  derefNode, passArgument, fnumNode, isLvalue, logicalNode, memberNode, negNode, notNode, numNode,
  promoteBitfield, shiftNode, stringLiteralOf, subNode, subscriptNode, unaryNode, varNode, defaultPromotion,
} from './typecheck.js';
import { warnVoidDereference } from './evaluation-warnings.js';
import { canonicalType, funcType, isAggregate, isCompatible, isFlonum, isInteger, isPointerLike, isScalar, pointerTo, tyInt, tyLong, tyVoid,
  unqualified, type Type } from './types.js';
import { quotedType } from './typedef-names.js';
import { checkArgumentCount, checkMemberAccess, memberPath, refuseNonFunctionCall } from './access-errors.js';
import { fastAssign, fastConditional, fastExpr, type FastExprParser, type Suffix } from './parser-fast-expr.js';
import { checkNotInterruptRoutine } from './interrupt.js';
import { checkLibraryCall } from './library-calls.js';
import { checkOperatorOperands, grouped } from './parentheses.js';
import { checkConditionalSign } from './sign-compare.js';

export abstract class ExprParser extends CParserBase implements FastExprParser {
  // The rules below run once per operand, so they allocate nothing on the common path:
  // their MANY/OPTION bodies are closures made once (cached in fields), operators and
  // operands go on the parser's own stacks, and instead of ACTION(() => ...) they test
  // RECORDING_PHASE (chevrotain's documented flag: true while it records the grammar,
  // when semantic code must not run), which is what ACTION does without the closure.
  // The GNU/C11 special forms live in parser-builtin-expr.ts, one layer up.
  abstract vaArgExpr: ParserMethod<[], Node>;
  abstract offsetofExpr: ParserMethod<[], Node>;
  abstract typesCompatibleExpr: ParserMethod<[], Node>;
  abstract genericSelection: ParserMethod<[], Node>;
  abstract convertVectorExpr: ParserMethod<[], Node>;
  abstract sizeofExpr: ParserMethod<[], Node>;
  abstract alignofExpr: ParserMethod<[], Node>;

  /** Off: expressions are parsed by the chevrotain rules alone (what test/cc/fast-expr.test.ts compares with). */
  fastExpressions = true;
  // Type names for the fast path's casts (parser-fast-decl.ts, through the final parser class).
  abstract scanTypeName(k: number): number;
  abstract fastTypeName(): Type;
  abstract sizeofNode(tok: IToken, ty: Type, operand: Node | undefined, after: IToken): Node;
  private operandStack: Node[] = [];
  private operatorStack: IToken[] = [];
  private commaTail: (() => void) | undefined;
  private assignTail: (() => { op: IToken; rhs: Node }) | undefined;
  private binaryTail: (() => void) | undefined;
  private ternaryTail: (() => { tok: IToken; colon: IToken; then: Node | undefined; els: Node }) | undefined;
  private castOr: { IGNORE_AMBIGUITIES: boolean; DEF: IOrAlt<Node>[] } | undefined;

  override resetState(): void {
    super.resetState();
    this.operandStack = [];
    this.operatorStack = [];
  }

  /** Moves the operators and operands pushed since `base` off the stacks. */
  private popOperands(base: number): { ops: IToken[]; operands: Node[] } {
    return { ops: this.operatorStack.splice(base), operands: this.operandStack.splice(base) };
  }

  private stackOperand(op: IToken, operand: Node): void {
    if (this.RECORDING_PHASE) return;
    this.operatorStack.push(op);
    this.operandStack.push(operand);
  }

  expr = this.RULE('expr', (): Node => {
    const fast = this.RECORDING_PHASE || !this.fastExpressions ? undefined : fastExpr(this);
    if (fast !== undefined) return fast;
    const base = this.operatorStack.length;
    const first = this.SUBRULE(this.assign);
    this.MANY(
      (this.commaTail ??= () => {
        const tok = this.CONSUME(P[',']);
        this.stackOperand(tok, this.SUBRULE2(this.assign));
      }),
    );
    if (this.RECORDING_PHASE || this.operatorStack.length === base) return first;
    const { ops, operands } = this.popOperands(base);
    let n = first;
    for (let i = 0; i < ops.length; i++) n = sequenceNode(n, operands[i], ops[i]);
    return n;
  });

  assign = this.RULE('assign', (): Node => {
    const fast = this.RECORDING_PHASE || !this.fastExpressions ? undefined : fastAssign(this);
    if (fast !== undefined) return fast;
    const lhs = this.SUBRULE(this.conditional);
    const rest = this.OPTION(
      (this.assignTail ??= () => {
        const op = this.CONSUME(AssignOp);
        const rhs = this.SUBRULE(this.assign);
        return { op, rhs };
      }),
    );
    if (this.RECORDING_PHASE || !rest) return lhs;
    return this.buildAssign(lhs, rest.op, rest.rhs);
  });

  conditional = this.RULE('conditional', (): Node => {
    const fast = this.RECORDING_PHASE || !this.fastExpressions ? undefined : fastConditional(this);
    if (fast !== undefined) return fast;
    const base = this.operatorStack.length;
    const first = this.SUBRULE(this.castExpr);
    this.MANY(
      (this.binaryTail ??= () => {
        const op = this.CONSUME(BinaryOp);
        this.stackOperand(op, this.SUBRULE2(this.castExpr));
      }),
    );
    let cond = first;
    if (!this.RECORDING_PHASE && this.operatorStack.length > base) {
      if (this.operatorStack.length === base + 1) {
        // One operator, the usual case: no precedence to resolve.
        cond = this.binaryOperator(this.operatorStack.pop()!, first, this.operandStack.pop()!);
      } else {
        const { ops, operands } = this.popOperands(base);
        cond = this.foldBinary([first, ...operands], ops);
      }
    }
    const rest = this.OPTION(
      (this.ternaryTail ??= () => {
        const tok = this.CONSUME(P['?']);
        const then = this.OPTION2(() => this.SUBRULE(this.expr));
        const colon = this.CONSUME(P[':']);
        const els = this.SUBRULE(this.conditional);
        return { tok, colon, then, els };
      }),
    );
    if (this.RECORDING_PHASE || !rest) return cond;
    return this.buildTernary(cond, rest.tok, rest.colon, rest.then, rest.els);
  });

  /** `cond ? then : els` (`tok` the `?`, `colon` the `:`); `cond ?: els` without `then`. */
  buildTernary(cond: Node, tok: IToken, colon: IToken, then: Node | undefined, els: Node): Node {
    if (then) return withCodeTok(condNode(cond, then, els, tok, checkConditionalSign), colon);
    // GNU `a ?: b`: a is evaluated once.
    const tmp = this.newTemp(cond.ty!.kind === 'array' ? pointerTo(cond.ty!.base!) : cond.ty!);
    const set = assignNode(varNode(tmp, tok), cond, tok);
    return commaNode(set, withCodeTok(condNode(varNode(tmp, tok), varNode(tmp, tok), els, tok), colon), tok);
  }

  // What the fast expression path (parser-fast-expr.ts) sees of the token stream.
  la(k: number): IToken {
    return this.LA(k);
  }

  skipToken(): void {
    this.SKIP_TOKEN();
  }

  castExpr = this.RULE('castExpr', (): Node => {
    return this.OR(
      (this.castOr ??= {
        IGNORE_AMBIGUITIES: true,
        DEF: [
          {
            GATE: () => tokenMatcher(this.LA(1), P['(']) && this.isTypeStart(this.LA(2)),
            ALT: () => this.castOrCompoundLiteral(),
          },
          { ALT: () => this.SUBRULE(this.unary) },
        ],
      }),
    );
  });

  /** `( type-name )` followed by the operand to convert, or by a compound literal's `{...}`. */
  private castOrCompoundLiteral(): Node {
    const tok = this.CONSUME(P['(']);
    const ty = this.SUBRULE(this.typeName);
    this.CONSUME(P[')']);
    return this.OR2({
      IGNORE_AMBIGUITIES: true,
      DEF: [
        {
          GATE: () => tokenMatcher(this.LA(1), P['{']),
          ALT: () => this.SUBRULE(this.compoundLiteral, { ARGS: [ty, tok] }),
        },
        {
          ALT: () => {
            const e = this.SUBRULE(this.castExpr);
            return this.ACTION(() => this.castOperand(e, ty, tok));
          },
        },
      ],
    });
  }

  compoundLiteral = this.RULE('compoundLiteral', (ty?: Type, tok?: IToken): Node => {
    const init = this.SUBRULE(this.initializerSyntax);
    const lit = this.ACTION(() => this.buildCompoundLiteral(ty!, init, tok!));
    return this.SUBRULE(this.postfixSuffixes, { ARGS: [lit] });
  });

  // Alternatives arrays are built once and reused: an OR call would otherwise allocate
  // a dozen closures per expression (the pattern chevrotain's performance guide recommends).
  private unaryAlts: IOrAlt<Node>[] | undefined;
  private primaryAlts: IOrAlt<Node>[] | undefined;
  private suffixAlts: IOrAlt<Suffix>[] | undefined;

  unary = this.RULE('unary', (): Node => {
    return this.OR((this.unaryAlts ??= [
      { ALT: () => this.prefixOp(P['-'], 1) },
      { ALT: () => this.prefixOp(P['+'], 2) },
      { ALT: () => this.prefixOp(P['*'], 3) },
      { ALT: () => this.prefixOp(P['&'], 4) },
      { ALT: () => this.prefixOp(P['!'], 5) },
      { ALT: () => this.prefixOp(P['~'], 6) },
      { ALT: () => this.prefixOp(P['++'], 7) },
      { ALT: () => this.prefixOp(P['--'], 8) },
      { ALT: () => this.prefixOp(Kw.__extension__, 9) },
      { ALT: () => this.prefixOp(Kw.__real__, 10) },
      { ALT: () => this.prefixOp(Kw.__imag__, 11) },
      { ALT: () => this.prefixOp(Kw.__real, 12) },
      { ALT: () => this.prefixOp(Kw.__imag, 13) },
      { ALT: () => this.SUBRULE(this.sizeofExpr) },
      { ALT: () => this.SUBRULE(this.alignofExpr) },
      {
        ALT: () => {
          const tok = this.CONSUME(P['&&']);
          const name = this.CONSUME(Identifier);
          return this.ACTION(() => labelAddress(this, tok, name));
        },
      },
      {
        ALT: () => {
          const prim = this.SUBRULE(this.primary);
          return this.SUBRULE(this.postfixSuffixes, { ARGS: [prim] });
        },
      },
    ]));
  });

  private prefixOp(tokType: import('chevrotain').TokenType, idx: number): Node {
    const tok = this.consume(idx, tokType);
    const e = this.subrule(idx, this.castExpr);
    return this.ACTION(() => this.prefixNode(tok, e));
  }

  /** The operand `e` of the prefix operator `op` (one of unary's first thirteen alternatives). */
  prefixNode(op: IToken, e: Node): Node {
    switch (op.image) {
      case '-': return this.checked(negNode(e, op), op);
      case '+': return this.plusOf(e);
      case '*': return warnVoidDereference(derefNode(e, op), op);
      case '&': return addrNode(e, op);
      case '!': return notNode(e, op);
      case '~': return bitnotNode(e, op);
      case '++': requireModifiable(e, op, 'increment'); return noteUpdate(this.buildCompound(e, '+', numNode(1n, op), op), e, undefined, op);
      case '--': requireModifiable(e, op, 'decrement'); return noteUpdate(this.buildCompound(e, '-', numNode(1n, op), op), e, undefined, op);
      case '__extension__': return e;
      case '__real__': case '__real': return complexPart(e, false, op);
      case '__imag__': case '__imag': return complexPart(e, true, op);
      default: return errorAt(op, `unknown operator '${op.image}'`);
    }
  }

  postfixSuffixes = this.RULE('postfixSuffixes', (base?: Node): Node => {
    let n = base!;
    this.MANY(() => {
      const s = this.OR((this.suffixAlts ??= [
        {
          ALT: (): Suffix => {
            const tok = this.CONSUME(P['[']);
            const index = this.SUBRULE(this.expr);
            this.CONSUME(P[']']);
            return { kind: 'index', tok, index };
          },
        },
        {
          ALT: (): Suffix => {
            const tok = this.CONSUME(P['(']);
            const args: Node[] = [];
            this.MANY_SEP({
              SEP: P[','],
              DEF: () => {
                const a = this.SUBRULE(this.assign);
                this.ACTION(() => args.push(a));
              },
            });
            // `f(;`, `f(int)`: what follows `(` can start no argument.
            this.ACTION(() => args.length === 0 && !tokenMatcher(this.LA(1), P[')']) && this.expected('expression'));
            this.CONSUME(P[')']);
            return { kind: 'call', tok, args };
          },
        },
        {
          ALT: (): Suffix => {
            const tok = this.CONSUME(P['.']);
            const name = this.CONSUME(Identifier);
            return { kind: 'member', tok, name, arrow: false };
          },
        },
        {
          ALT: (): Suffix => {
            const tok = this.CONSUME(P['->']);
            const name = this.CONSUME2(Identifier);
            return { kind: 'member', tok, name, arrow: true };
          },
        },
        { ALT: (): Suffix => ({ kind: 'postinc', tok: this.CONSUME(P['++']), delta: 1 }) },
        { ALT: (): Suffix => ({ kind: 'postinc', tok: this.CONSUME(P['--']), delta: -1 }) },
      ]));
      this.ACTION(() => {
        n = this.applySuffix(n, s);
      });
    });
    return n;
  });

  primary = this.RULE('primary', (): Node => {
    return this.OR(
      (this.primaryAlts ??= [
        {
          ALT: () => {
            const tok = this.CONSUME(P['(']);
            const e = this.OR2([
              {
                // GNU statement expression `({ ... })`.
                ALT: () => {
                  this.ACTION(() => this.stmtExprDepth++);
                  const body = this.SUBRULE(this.compoundStmt);
                  this.ACTION(() => this.stmtExprDepth--);
                  return this.ACTION(() => this.buildStmtExpr(body, tok));
                },
              },
              { ALT: () => this.SUBRULE(this.expr) },
            ]);
            this.CONSUME(P[')']);
            return this.ACTION(() => grouped(e, tok));
          },
        },
        { ALT: () => this.leaf(this.CONSUME(Tok.IntConst), this.intConstant) },
        { ALT: () => this.leaf(this.CONSUME(Tok.FloatConst), this.floatConstant) },
        { ALT: () => this.leaf(this.CONSUME(Tok.CharConst), this.charConstant) },
        { ALT: () => this.SUBRULE(this.stringLiteralExpr) },
        { ALT: () => this.leaf(this.CONSUME(Identifier), this.identifierExpr) },
        { ALT: () => this.SUBRULE(this.vaArgExpr) },
        { ALT: () => this.SUBRULE(this.offsetofExpr) },
        { ALT: () => this.SUBRULE(this.typesCompatibleExpr) },
        { ALT: () => this.SUBRULE(this.genericSelection) },
        { ALT: () => this.SUBRULE(this.convertVectorExpr) },
      ]),
    );
  });

  stringLiteralExpr = this.RULE('stringLiteralExpr', (): Node => {
    const toks: IToken[] = [];
    this.AT_LEAST_ONE(() => {
      const t = this.CONSUME(Tok.StringLit);
      this.ACTION(() => toks.push(t));
    });
    return this.ACTION(() => this.buildString(toks));
  });

  /**
   * A primary of one token: its node, built by `build` (the token's builder below, which
   * the fast expression path also calls directly). What ACTION does, without a closure.
   */
  private leaf(t: IToken, build: (this: ExprParser, t: IToken) => Node): Node {
    return this.RECORDING_PHASE ? (undefined as unknown as Node) : build.call(this, t);
  }

  // ---- semantic helpers (called only inside ACTIONs) ----

  intConstant(t: IToken): Node {
    // GNU imaginary integer constants: `3i`, `2ui` (i among u/l); one ending in a digit (hex too) has no suffix.
    const last = t.image.charCodeAt(t.image.length - 1);
    const imaginary = !(last >= 48 && last <= 57) && /[iIjJ]/.test(t.image);
    const n = intConstantNode(t, imaginary ? t.image.replace(/[iIjJ]/, '') : t.image);
    return imaginary ? imaginaryConstant(n, t) : n;
  }

  floatConstant(t: IToken): Node {
    if (float128Suffix(t.image)) return float128Literal(t);
    const f = parseFloatLiteral(t.image);
    const n = fnumNode(f.value, t, f.ty);
    n.extended = f.extended;
    return f.imaginary ? imaginaryConstant(n, t) : n;
  }

  charConstant(t: IToken): Node {
    const c = charLiteralValue(t.image, { pedwarn: (message) => pedwarnAt(t, message), warn: (message) => warnAt(t, message) });
    if (typeof c === 'string') return errorAt(t, c);
    return numNode(c.value, t, c.ty);
  }

  private plusOf(e: Node): Node {
    const t = e.ty!;
    if (isVector(t) || t.isFloat128) return e;
    // Arithmetic operands only (C11 6.5.3.3p1), __int128 and complex too (structs inside: types.ts); no pointer or array.
    if (!(t.isInt128 === true || t.complexBase !== undefined || (isScalar(t) && t.kind !== 'ptr'))) errorAt(e.tok, 'wrong type argument to unary plus');
    if (isInteger(e.ty!) && e.ty!.size < 4) return castNode(e, tyInt);
    // Its value, no lvalue (`+x = 1` is an error), as gcc's conversion: an explicit cast to the same type.
    const n = newNode('cast', e.tok);
    n.lhs = e;
    n.ty = unqualified(e.ty!);
    return n;
  }

  /** `(ty) e`, after the operand: with the code a typeof in the type name left pending. */
  castOperand(e: Node, ty: Type, tok: IToken): Node {
    return this.withPendingSetup(this.buildCast(e, ty, tok));
  }

  private buildCast(e: Node, target: Type, tok: IToken): Node {
    const ty = canonicalType(target); // `(const int)x` is a plain int value; `(size_t)x` a long unsigned int, as in gcc
    if (ty.kind === 'void') return unaryNode('cast', e, ty, tok);
    if ((isVector(ty) || isVector(e.ty!)) && ty.kind !== 'union') return vectorCast(e, ty, tok);
    if (isComplex(ty) || isComplex(e.ty!) || ty.isInt128 || e.ty!.isInt128 || ty.isFloat128 || e.ty!.isFloat128) return castNode(e, ty);
    if (!isScalar(ty)) {
      if (isAggregate(ty) && isAggregate(e.ty!) && isCompatible(ty, e.ty!)) return e; // GNU: cast to the same struct type
      if (ty.kind === 'union') return castToUnion(e, ty, tok, (t, init, at) => this.buildCompoundLiteral(t, init, at));
      errorAt(tok, `conversion to non-scalar type requested`);
    }
    if (isAggregate(e.ty!) || e.ty!.kind === 'void') errorAt(tok, `invalid cast from type ${quotedType(e.ty!)}`);
    // A pointer and a floating value do not convert into each other (C11 6.5.4p4).
    if (isFlonum(ty) && (isPointerLike(e.ty!) || e.ty!.kind === 'func')) errorAt(tok, 'pointer value used where a floating-point was expected');
    if (ty.kind === 'ptr' && isFlonum(e.ty!)) errorAt(tok, 'cannot convert to a pointer type');
    // `(size_t)15` is just a number, as castNode makes it (pointer casts stay: `(void *)0`).
    if (e.kind === 'num' && isInteger(e.ty!) && isInteger(ty)) return Object.assign(castNode(e, ty), { start: tok });
    warnCastChangingSize(e, ty, tok);
    const folded = foldFloatToInt(e, ty);
    if (folded) return folded;
    let n = newNode('cast', tok);
    n.lhs = narrowTrappingTo(e, ty);
    n.ty = ty;
    // `(int (*)[++i])p`: the type name's lengths are evaluated where it appears.
    if (this.fn && hasVla(ty)) {
      const sizes = vlaSizeCode(this, ty, tok);
      for (let i = sizes.length - 1; i >= 0; i--) n = commaNode(sizes[i], n, tok);
    }
    return n;
  }

  foldBinary(operands: Node[], ops: IToken[]): Node {
    const valStack: Node[] = [operands[0]];
    const opStack: IToken[] = [];
    const reduce = (): void => {
      const op = opStack.pop()!;
      const rhs = valStack.pop()!;
      const lhs = valStack.pop()!;
      valStack.push(this.binaryOperator(op, lhs, rhs));
    };
    for (let i = 0; i < ops.length; i++) {
      const prec = binaryPrecedence[ops[i].image];
      while (opStack.length > 0 && binaryPrecedence[opStack[opStack.length - 1].image] >= prec) reduce();
      opStack.push(ops[i]);
      valStack.push(operands[i + 1]);
    }
    while (opStack.length > 0) reduce();
    return valStack[0];
  }

  /** A binary operator written in the source (not the one a compound assignment implies). */
  binaryOperator(op: IToken, lhs: Node, rhs: Node): Node {
    checkOperatorOperands(op, lhs, rhs);
    return this.binary(op, lhs, rhs);
  }

  binary(op: IToken, lhs: Node, rhs: Node): Node {
    switch (op.image) {
      case '+': return this.checked(addNode(lhs, rhs, op), op);
      case '-': return this.checked(subNode(lhs, rhs, op), op);
      case '*': return this.checked(arithNode('mul', '*', lhs, rhs, op), op);
      case '/': return arithNode('div', '/', lhs, rhs, op);
      case '%': return arithNode('mod', '%', lhs, rhs, op);
      case '&': return arithNode('band', '&', lhs, rhs, op);
      case '|': return arithNode('bor', '|', lhs, rhs, op);
      case '^': return arithNode('bxor', '^', lhs, rhs, op);
      case '<<': return shiftNode('shl', '<<', lhs, rhs, op);
      case '>>': return shiftNode('shr', '>>', lhs, rhs, op);
      case '==': return compareNode('eq', lhs, rhs, op);
      case '!=': return compareNode('ne', lhs, rhs, op);
      case '<': return relational(compareNode('lt', lhs, rhs, op));
      case '<=': return relational(compareNode('le', lhs, rhs, op));
      case '>': return relational(inSourceOrder(compareNode('lt', rhs, lhs, op)));
      case '>=': return relational(inSourceOrder(compareNode('le', rhs, lhs, op)));
      case '&&': return logicalNode('logand', lhs, rhs, op);
      case '||': return logicalNode('logor', lhs, rhs, op);
      default: return errorAt(op, `unknown operator '${op.image}'`);
    }
  }

  /** -ftrapv: an operator the program wrote, checked for signed overflow (trapv.ts). */
  private checked(n: Node, op: IToken): Node {
    return this.trapv ? checkedOverflow(n, op) : n;
  }

  buildAssign(lhs: Node, op: IToken, rhs: Node): Node {
    requireModifiable(lhs, op, 'assignment');
    if (op.image === '=') return assignNode(lhs, rhs, op);
    return noteUpdate(this.buildCompound(lhs, op.image.slice(0, -1), rhs, op), lhs, rhs, op);
  }

  /**
   * `A op= B` becomes `A = A op B` for a plain variable, else `t = &A, *t = *t op B`
   * so A's address is computed once. Bit-fields keep the struct's address instead.
   */
  buildCompound(lhs: Node, op: string, rhs: Node, tok: IToken): Node {
    if (!isLvalue(lhs)) errorAt(tok, 'lvalue required as left operand of assignment');
    const atomic = atomicUpdate(lhs, op, rhs, tok, false);
    if (atomic) return atomic;
    const opTok = { ...tok, image: op } as IToken;
    // gcc evaluates B before A (its address and its value), which programs can observe.
    if (lhs.kind === 'var') return assignNode(lhs, rhsFirst(this.binary(opTok, lhs, rhs)), tok);
    let early: Node | undefined;
    // (Only a value with effects needs the temporary; a bit-field's keeps its promotion.)
    if (hasSideEffects(rhs) && rhs.ty!.kind !== 'void') {
      rhs = promoteBitfield(rhs);
      const value = this.newTemp(unqualified(rhs.ty!));
      early = assignNode(varNode(value, tok), rhs, tok);
      rhs = varNode(value, tok);
    }
    const [set, target] = this.lvalueOnce(lhs, tok);
    const result = commaNode(set, assignNode(target(), this.binary(opTok, target(), rhs), tok), tok);
    return early ? commaNode(early, result, tok) : result;
  }

  /**
   * A non-variable lvalue computes its address once: `t = &A` (or the struct's address for a
   * bit-field), then `*t` names A as often as needed. Returns that assignment and the namer.
   */
  private lvalueOnce(lhs: Node, tok: IToken): [Node, () => Node] {
    const bitfield = lhs.kind === 'member' && lhs.member!.isBitfield;
    const addr = addrNode(bitfield ? lhs.lhs! : lhs, tok);
    const tmp = this.newTemp(addr.ty!);
    const set = assignNode(varNode(tmp, tok), addr, tok);
    const deref = (): Node => derefNode(varNode(tmp, tok), tok);
    return [set, bitfield ? () => memberNode(deref(), lhs.member!, tok) : deref];
  }

  /** `A++` is `(A += 1) - 1`, cast back to A's type. */
  private buildPostInc(lhs: Node, delta: number, tok: IToken): Node {
    requireModifiable(lhs, tok, delta > 0 ? 'increment' : 'decrement');
    const opTok = { ...tok, image: delta > 0 ? '+' : '-' } as IToken;
    const atomic = atomicUpdate(lhs, opTok.image, numNode(1n, tok), tok, true);
    if (atomic) return atomic;
    const t = lhs.ty!;
    if (t.kind === 'bool' || isFlonum(t) || (lhs.kind === 'member' && lhs.member!.isBitfield)) {
      // _Bool and bit-fields do not wrap back like their type would, and a float's `x + 1 - 1`
      // may round (2^24) or lose a sign (-0.0): keep the old value aside.
      if (!isLvalue(lhs)) errorAt(tok, 'lvalue required as increment operand');
      const old = this.newTemp(unqualified(t));
      const [set, target] = lhs.kind === 'var' ? [undefined, (): Node => lhs] : this.lvalueOnce(lhs, tok);
      const inc = this.buildCompound(target(), opTok.image, numNode(1n, tok), tok);
      const keep = commaNode(commaNode(assignNode(varNode(old, tok), target(), tok), inc, tok), varNode(old, tok), tok);
      return set ? commaNode(set, keep, tok) : keep;
    }
    const inc = this.buildCompound(lhs, opTok.image, numNode(1n, tok), tok);
    // Undoing the step cannot overflow: it is not checked under -ftrapv.
    const undo = { ...tok, image: delta > 0 ? '-' : '+' } as IToken;
    // The step's diagnostics (`void *p; p++` under -pedantic) are given once, as gcc does.
    const quiet = holdWarnings();
    const old = delta > 0 ? subNode(inc, numNode(1n, tok), undo) : addNode(inc, numNode(1n, tok), undo);
    quiet();
    return castNode(old, lhs.ty!);
  }

  applySuffix(n: Node, s: Suffix): Node {
    switch (s.kind) {
      case 'index':
        if (isVector(n.ty!)) return vectorSubscript(n, s.index, s.tok, addNode, derefNode);
        return warnVoidDereference(subscriptNode(n, s.index, s.tok), s.tok);
      case 'member': {
        checkMemberAccess(n, s.tok, s.name, s.arrow);
        const base = s.arrow ? derefNode(n, s.tok) : n;
        const ty = base.ty!;
        if (!isAggregate(ty)) return errorAt(s.tok, `request for member '${s.name.image}' in something not a structure or union`);
        if (!ty.isComplete) return errorAt(s.tok, `invalid use of undefined type ${quotedType(ty)}`);
        let cur = base;
        for (const m of memberPath(ty, s.name, s.tok)) cur = memberNode(cur, m, s.name);
        return withCodeTok(cur, s.tok);
      }
      case 'postinc':
        return grouped(noteUpdate(this.buildPostInc(n, s.delta, s.tok), n, undefined, s.tok, true));
      case 'call':
        return this.buildCall(n, s.args, s.tok);
    }
  }

  identifierExpr(t: IToken): Node {
    const e = this.scopes.lookup(t.image);
    // A declared `void *alloca(size_t)` is still gcc's builtin: no library can carve the caller's frame.
    if (t.image === 'alloca' && e?.obj?.isFunction && !e.obj.body && tokenMatcher(this.LA(1), P['('])) {
      const n = newNode('builtin', t);
      n.label = '__builtin_alloca';
      n.ty = tyVoid;
      return n;
    }
    if (e?.obj) {
      // A function's calls of itself are no use of it (gcc's -Wunused-function).
      if (e.obj !== this.fn) e.obj.uses++;
      if (!e.obj.isLocal) {
        if (this.fn) this.fn.refs.push(e.obj);
        else e.obj.isUsed = true;
      }
      return varNode(e.obj, t);
    }
    if (e?.enumValue !== undefined) return noteEnumerator(numNode(e.enumValue, t, e.enumType ?? tyInt), e.enumeration);
    if (e?.typedef) return errorAt(t, `expected expression before '${t.image}'`);
    if (FUNCTION_NAME_IDENTS.has(t.image)) return varNode(this.functionNameString(t), t);
    if (tokenMatcher(this.LA(1), P['('])) {
      const builtin = compilerBuiltinFor(t.image);
      if (builtin) {
        const n = newNode('builtin', t);
        n.label = builtin;
        n.ty = tyVoid;
        return n;
      }
      return varNode(this.implicitDeclaration(t), t);
    }
    return undeclaredAt(t, this.fn !== undefined, () => this.suggestName(t.image, 'name'));
  }

  /** C89's implicit `int f()`; gcc accepts it in gnu99 with a warning, and so do we. */
  private implicitDeclaration(t: IToken): Obj {
    const library = t.image.startsWith('__builtin_') ? libraryBuiltin(t) : undefined;
    const name = library?.name ?? t.image;
    const existing = this.scopes.lookupGlobal(name);
    if (existing?.obj) return existing.obj;
    const libraryPrototype = !library && this.builtinsOn ? implicitLibraryPrototype(name) : undefined;
    if (!library) warnImplicitDeclaration(t, name, libraryPrototype, () => this.suggestName(name, 'function'));
    let ty = library?.ty ?? libraryPrototype;
    if (!ty) {
      ty = funcType(tyInt);
      ty.hasPrototype = false;
    }
    const o = this.newGlobalObj(name, ty, t);
    o.isImplicitLibrary = library !== undefined || libraryPrototype !== undefined;
    o.isImplicitInt = ty.returnType === tyInt && !ty.hasPrototype;
    o.isImplicitDecl = true;
    if (this.fn) this.fn.refs.push(o);
    this.scopes.declareGlobal(name, { obj: o });
    return o;
  }

  buildString(toks: IToken[]): Node {
    const { bytes, elem } = encodeStringLiteral(toks, pedwarnAt);
    const obj = this.stringLiteral(bytes, elem, toks[0]);
    return varNode(obj, toks[0]);
  }

  private buildStmtExpr(body: Node, tok: IToken): Node {
    this.requireFunction(tok, 'braced-group');
    const n = newNode('stmtExpr', tok);
    n.body = withLabelsApart(body.body!);
    const last = n.body.length > 0 ? n.body[n.body.length - 1] : undefined;
    n.ty = last && last.kind === 'exprStmt' ? last.lhs!.ty! : tyVoid;
    if (n.ty.kind === 'array') n.ty = pointerTo(n.ty.base!);
    return n;
  }

  protected buildCall(fnExpr: Node, args: Node[], tok: IToken): Node {
    if (fnExpr.kind === 'builtin') return this.buildBuiltin(fnExpr, args, tok);
    let fty = fnExpr.ty!;
    if (fty.kind === 'ptr' && fty.base!.kind === 'func') fty = fty.base!;
    if (fty.kind !== 'func') return refuseNonFunctionCall(fnExpr);
    checkNotInterruptRoutine(fnExpr);
    const params = fty.params;
    if (fty.hasPrototype) checkArgumentCount(fnExpr, fty, args.length, expressionStart(fnExpr));
    const converted = args.map((a, i) => {
      // A variably sized struct (GNU) is passed by reference, as gcc does.
      if (isAggregate(a.ty!) && a.ty!.isVla) return addrNode(a, tok);
      const callee = fnExpr.kind === 'var' ? fnExpr.tok.image : undefined;
      if (i < params.length && fty.hasPrototype) return passArgument(a, params[i].ty, { index: i + 1, callee, param: params[i] });
      return defaultPromotion(a);
    });
    if (fnExpr.kind === 'var' && this.builtinsOn) checkLibraryCall(fnExpr, args, converted, tok);
    const n = newNode('call', tok);
    n.lhs = fnExpr;
    n.args = converted;
    n.funcType = fty;
    n.ty = fty.returnType!;
    if (isAggregate(n.ty) && n.ty.isVla) errorAt(tok, 'returning a variably sized struct is not supported');
    // The caller makes room for the value: its struct must be complete by now (C11 6.5.2.2p1).
    if (isAggregate(n.ty) && !n.ty.isComplete) errorAt(tok, `invalid use of undefined type ${quotedType(n.ty)}`);
    if (isAggregate(n.ty)) n.retBuffer = this.newTemp(n.ty);
    return (this.builtinsOn ? foldLibraryCall(n) : undefined) ?? n;
  }

  private buildBuiltin(b: Node, args: Node[], tok: IToken): Node {
    const name = b.label!;
    const argc = (n: number): void => {
      if (args.length !== n) errorAt(tok, `wrong number of arguments to '${name}'`);
    };
    switch (name) {
      case '__builtin_expect':
        argc(2);
        // The expected value is still evaluated: `__builtin_expect(c, n++)` increments n. The
        // value is a long, as gcc declares it (`long __builtin_expect(long, long)`).
        return tryEval(args[1]) ? castNode(args[0], tyLong) : commaNode(args[1], castNode(args[0], tyLong), tok);
      case '__builtin_assume_aligned':
        if (args.length < 2 || args.length > 3) errorAt(tok, `too ${args.length < 2 ? 'few' : 'many'} arguments to function '${name}'`);
        return args[0];
      case '__builtin_constant_p': {
        argc(1);
        // gcc's answer without optimization: a constant, or a string literal (an address, but
        // one gcc counts); no other address.
        const r = args[0].ty!.isFloat128 ? (foldFloat128(args[0]) !== undefined ? { label: undefined } : undefined) : tryEval(args[0]);
        return numNode((r && r.label === undefined) || stringLiteralOf(args[0]) !== undefined ? 1n : 0n, tok);
      }
      case '__builtin_choose_expr': {
        // GNU: picks one operand at compile time; the result has that operand's type
        // (Linux's __SC_LONG relies on it to declare `long` system-call arguments).
        argc(3);
        const cond = tryEvalInt(args[0]);
        if (cond === undefined) return errorAt(tok, "first argument to '__builtin_choose_expr' not a constant");
        return cond !== 0n ? args[1] : args[2];
      }
      case '__builtin_va_start': {
        if (args.length === 0) errorAt(tok, `too few arguments to function '${name}'`);
        const n = newNode('vaStart', tok);
        n.lhs = args[0];
        n.ty = tyVoid;
        const f = this.requireFunction(tok, 'va_start');
        if (!f.ty.isVariadic) errorAt(tok, "'va_start' used in function with fixed arguments");
        return n;
      }
      case '__builtin_shuffle':
        return vectorShuffle(args, tok);
      case '__builtin_apply_args': case '__builtin_apply': case '__builtin_return':
        return untypedCallNode(this, name, args, tok);
      case '__builtin_tgmath': {
        const chosen = chooseTgmath(args, tok);
        return this.buildCall(chosen.callee, chosen.args, tok);
      }
      case '__builtin_call_with_static_chain':
        argc(2);
        return withStaticChain(args[0], args[1], tok);
      case '__builtin_va_end':
        return unaryNode('cast', args[0] ?? numNode(0n, tok), tyVoid, tok);
      case '__builtin_va_copy': {
        argc(2);
        const n = newNode('vaCopy', tok);
        n.lhs = args[0];
        n.rhs = args[1];
        n.ty = tyVoid;
        return n;
      }
      default:
        return lowerBuiltin(this, name, args, tok);
    }
  }
}

/**
 * Marks a comparison built with swapped operands (`a > b` as `b < a`) so the code
 * generator still evaluates the operands in source order, as gcc does.
 */
function inSourceOrder(n: Node): Node {
  if (n.kind === 'lt' || n.kind === 'le' || isFloat128Order(n)) n.rhsFirst = true;
  return n;
}

/**
 * Marks a relational operator written in the source: on floating operands it raises
 * FE_INVALID for a NaN (C11 F.9.3), unlike the quiet comparisons builtins such as
 * isgreater are made of.
 */
function relational(n: Node): Node {
  if (n.kind === 'lt' || n.kind === 'le' || isFloat128Order(n)) n.signaling = true;
  return n;
}

/** `A op= B` computes B first; marks the operation built for it. */
function rhsFirst(n: Node): Node {
  n.rhsFirst = true;
  return n;
}
