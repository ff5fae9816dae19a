/**
 * The expression fast path: most expressions in real code are names, constants, member
 * and index accesses, calls, and unary, binary, ternary and assignment operators. For
 * those, the chevrotain rules cost far more than the work they do (an operand goes
 * through six rules and a dozen lookahead decisions), so the `expr`, `assign` and
 * `conditional` rules first try this hand-written recursive descent over the same
 * grammar, and fall back to themselves when it does not apply.
 *
 * It runs in two passes, so that it never has to undo anything:
 *   1. scan: a recognizer that only looks at token types (no actions, nothing allocated)
 *      and returns where the expression ends, or FAIL at the first token outside the
 *      subset: a compound literal, a cast or `sizeof` of a type name outside the
 *      declaration fast path's subset, a statement expression, a GNU builtin form...
 *      or a syntax error, which the chevrotain rules then report.
 *   2. build: the same descent, consuming the tokens and calling the very builders the
 *      chevrotain rules call (ExprParser's), in the same order, so the AST, the warnings
 *      and the semantic errors are the same.
 * Every choice is the one the rules' LL(1) decisions make (checked against them by
 * test/cc/fast-expr.test.ts on the whole program corpus), so both consume the same tokens.
 * Nesting is handled by the scanner too: inside a construct it does not know (a cast's
 * operand, say), the rules call `expr`/`assign` again and the fast path resumes there.
 */
import type { IToken, TokenType } from './chevrotain.js';
import type { Node } from './ast.js';
import type { Type } from './types.js';
import { AssignOp, BinaryOp, Identifier, Kw, P, Tok } from './lexer.js';
import { sequenceNode } from './typecheck.js';
import { grouped } from './parentheses.js';

/** What the fast path needs of the parser (ExprParser provides it). */
export interface FastExprParser {
  /** The k-th token ahead (chevrotain's LA). */
  la(k: number): IToken;
  /** Consumes the next token. */
  skipToken(): void;
  isTypeStart(tok: IToken): boolean;
  identifierExpr(t: IToken): Node;
  intConstant(t: IToken): Node;
  floatConstant(t: IToken): Node;
  charConstant(t: IToken): Node;
  buildString(toks: IToken[]): Node;
  prefixNode(op: IToken, e: Node): Node;
  applySuffix(n: Node, s: Suffix): Node;
  binaryOperator(op: IToken, lhs: Node, rhs: Node): Node;
  foldBinary(operands: Node[], ops: IToken[]): Node;
  buildTernary(cond: Node, tok: IToken, colon: IToken, then: Node | undefined, els: Node): Node;
  buildAssign(lhs: Node, op: IToken, rhs: Node): Node;
  /** Casts: the index of the `)` closing a simple type name at LA(k), or FAIL (parser-fast-decl.ts). */
  scanTypeName(k: number): number;
  /** Consumes the type name scanTypeName accepted, with the typeName rule's actions. */
  fastTypeName(): Type;
  castOperand(e: Node, ty: Type, tok: IToken): Node;
  sizeofNode(tok: IToken, ty: Type, operand: Node | undefined, after: IToken): Node;
}

/** A postfix suffix, as the `postfixSuffixes` rule collects them. */
export type Suffix =
  | { kind: 'index'; tok: IToken; index: Node }
  | { kind: 'call'; tok: IToken; args: Node[] }
  | { kind: 'member'; tok: IToken; name: IToken; arrow: boolean }
  | { kind: 'postinc'; tok: IToken; delta: number };

/** What the scan functions return when the fast path does not apply. */
export const FAIL = -1;

// Token classes by tokenTypeIdx (bit flags; `-`, `*`... are both prefix and binary).
const BINARY = 1, ASSIGN = 2, PREFIX = 4, LEAF = 8;
let classes: Uint8Array | undefined;

/** Built on first use, when the parser has resolved the token categories. */
function classOf(t: IToken): number {
  if (classes === undefined) classes = buildClasses();
  const i = t.tokenTypeIdx;
  return i < classes.length ? classes[i] : 0;
}

function buildClasses(): Uint8Array {
  const types: TokenType[] = [...Object.values(P), Identifier, Tok.IntConst, Tok.FloatConst, Tok.CharConst, Tok.StringLit];
  const table = new Uint8Array(Math.max(...types.map((t) => t.tokenTypeIdx!)) + 1);
  // A category lists the token types it matches (what chevrotain's tokenMatcher consults).
  const inCategory = (t: TokenType, c: TokenType): boolean => (c.categoryMatches ?? []).includes(t.tokenTypeIdx!);
  for (const t of types) {
    if (inCategory(t, BinaryOp)) table[t.tokenTypeIdx!] |= BINARY;
    if (inCategory(t, AssignOp)) table[t.tokenTypeIdx!] |= ASSIGN;
  }
  for (const op of ['-', '+', '*', '&', '!', '~', '++', '--']) table[P[op].tokenTypeIdx!] |= PREFIX;
  for (const t of [Identifier, Tok.IntConst, Tok.FloatConst, Tok.CharConst]) table[t.tokenTypeIdx!] |= LEAF;
  return table;
}

// Token type indexes (chevrotain's createToken assigns them when lexer.ts loads).
const LPAREN = P['('].tokenTypeIdx!, RPAREN = P[')'].tokenTypeIdx!, LBRACKET = P['['].tokenTypeIdx!;
const RBRACKET = P[']'].tokenTypeIdx!, LBRACE = P['{'].tokenTypeIdx!, COMMA = P[','].tokenTypeIdx!;
const QUESTION = P['?'].tokenTypeIdx!, COLON = P[':'].tokenTypeIdx!, DOT = P['.'].tokenTypeIdx!;
const ARROW = P['->'].tokenTypeIdx!, INC = P['++'].tokenTypeIdx!, DEC = P['--'].tokenTypeIdx!;
const IDENT = Identifier.tokenTypeIdx!, INT = Tok.IntConst.tokenTypeIdx!, FLOAT = Tok.FloatConst.tokenTypeIdx!;
const STRING = Tok.StringLit.tokenTypeIdx!, SIZEOF = Kw.sizeof.tokenTypeIdx!;

/** Whether t is of the token type with index `type` (the fast paths compare indexes). */
export function is(t: IToken, type: number): boolean {
  return t.tokenTypeIdx === type;
}

// ---- entry points: the whole expression, or undefined (nothing consumed) ----

export function fastExpr(p: FastExprParser): Node | undefined {
  return scanExpr(p, 1) === FAIL ? undefined : buildExpr(p);
}

export function fastAssign(p: FastExprParser): Node | undefined {
  return scanAssign(p, 1) === FAIL ? undefined : buildAssign(p);
}

export function fastConditional(p: FastExprParser): Node | undefined {
  return scanConditional(p, 1) === FAIL ? undefined : buildConditional(p);
}

// ---- pass 1: recognize. Each function takes the lookahead index of the construct's
// first token and returns the one just past it, or FAIL. ----

function scanExpr(p: FastExprParser, k: number): number {
  k = scanAssign(p, k);
  while (k !== FAIL && is(p.la(k), COMMA)) k = scanAssign(p, k + 1);
  return k;
}

/** Also used by the fast declaration path (parser-fast-decl.ts) to check an array size before consuming. */
export function scanAssign(p: FastExprParser, k: number): number {
  k = scanConditional(p, k);
  if (k !== FAIL && (classOf(p.la(k)) & ASSIGN) !== 0) return scanAssign(p, k + 1);
  return k;
}

function scanConditional(p: FastExprParser, k: number): number {
  k = scanOperand(p, k);
  while (k !== FAIL && (classOf(p.la(k)) & BINARY) !== 0) k = scanOperand(p, k + 1);
  if (k === FAIL || !is(p.la(k), QUESTION)) return k;
  k++;
  if (!is(p.la(k), COLON)) k = scanExpr(p, k); // GNU `a ?: b` has no middle operand
  if (k === FAIL || !is(p.la(k), COLON)) return FAIL;
  return scanConditional(p, k + 1);
}

/** castExpr: prefix operators, then a cast, `sizeof`, or a primary and its suffixes. */
function scanOperand(p: FastExprParser, k: number): number {
  while ((classOf(p.la(k)) & PREFIX) !== 0) k++;
  const t = p.la(k);
  if (is(t, SIZEOF)) {
    // `sizeof (type-name)` (not a compound literal), or `sizeof` of a unary expression.
    if (!is(p.la(k + 1), LPAREN) || !p.isTypeStart(p.la(k + 2))) return scanOperand(p, k + 1);
    k = p.scanTypeName(k + 2);
    return k === FAIL || is(p.la(k + 1), LBRACE) ? FAIL : k + 1;
  }
  if (is(t, LPAREN)) {
    const next = p.la(k + 1);
    if (is(next, LBRACE)) return FAIL; // statement expression
    if (p.isTypeStart(next)) {
      // A cast of a simple type name (a compound literal is left to the rules); its
      // operand is a cast expression, with no suffixes after the cast.
      k = p.scanTypeName(k + 1);
      if (k === FAIL || is(p.la(k + 1), LBRACE)) return FAIL;
      return scanOperand(p, k + 1);
    }
    k = scanExpr(p, k + 1);
    if (k === FAIL || !is(p.la(k), RPAREN)) return FAIL;
    k++;
  } else if (is(t, STRING)) {
    while (is(p.la(k), STRING)) k++;
  } else if ((classOf(t) & LEAF) !== 0) {
    k++;
  } else {
    return FAIL;
  }
  return scanSuffixes(p, k);
}

function scanSuffixes(p: FastExprParser, k: number): number {
  for (;;) {
    const t = p.la(k);
    if (is(t, LBRACKET)) {
      k = scanExpr(p, k + 1);
      if (k === FAIL || !is(p.la(k), RBRACKET)) return FAIL;
      k++;
    } else if (is(t, LPAREN)) {
      k++;
      if (!is(p.la(k), RPAREN)) {
        k = scanAssign(p, k);
        while (k !== FAIL && is(p.la(k), COMMA)) k = scanAssign(p, k + 1);
        if (k === FAIL || !is(p.la(k), RPAREN)) return FAIL;
      }
      k++;
    } else if (is(t, DOT) || is(t, ARROW)) {
      if (!is(p.la(k + 1), IDENT)) return FAIL;
      k += 2;
    } else if (is(t, INC) || is(t, DEC)) {
      k++;
    } else {
      return k;
    }
  }
}

// ---- pass 2: build (the scan succeeded, so every expected token is there) ----

/** Consumes and returns the next token. */
export function next(p: Pick<FastExprParser, 'la' | 'skipToken'>): IToken {
  const t = p.la(1);
  p.skipToken();
  return t;
}

function buildExpr(p: FastExprParser): Node {
  const first = buildAssign(p);
  if (!is(p.la(1), COMMA)) return first;
  // As the `expr` rule does: all operands first, then the comma nodes.
  const ops: IToken[] = [];
  const operands: Node[] = [];
  while (is(p.la(1), COMMA)) {
    ops.push(next(p));
    operands.push(buildAssign(p));
  }
  let n = first;
  for (let i = 0; i < ops.length; i++) n = sequenceNode(n, operands[i], ops[i]);
  return n;
}

function buildAssign(p: FastExprParser): Node {
  const lhs = buildConditional(p);
  if ((classOf(p.la(1)) & ASSIGN) === 0) return lhs;
  const op = next(p);
  const rhs = buildAssign(p);
  return p.buildAssign(lhs, op, rhs);
}

function buildConditional(p: FastExprParser): Node {
  const first = buildOperand(p);
  let cond = first;
  if ((classOf(p.la(1)) & BINARY) !== 0) {
    const op = next(p);
    const second = buildOperand(p);
    if ((classOf(p.la(1)) & BINARY) === 0) {
      cond = p.binaryOperator(op, first, second); // one operator, the usual case
    } else {
      const ops = [op];
      const operands = [first, second];
      while ((classOf(p.la(1)) & BINARY) !== 0) {
        ops.push(next(p));
        operands.push(buildOperand(p));
      }
      cond = p.foldBinary(operands, ops);
    }
  }
  if (!is(p.la(1), QUESTION)) return cond;
  const tok = next(p);
  const then = is(p.la(1), COLON) ? undefined : buildExpr(p);
  const colon = next(p);
  const els = buildConditional(p);
  return p.buildTernary(cond, tok, colon, then, els);
}

function buildOperand(p: FastExprParser): Node {
  const t = next(p);
  if ((classOf(t) & PREFIX) !== 0) return p.prefixNode(t, buildOperand(p));
  let n: Node;
  if (is(t, SIZEOF)) {
    if (!is(p.la(1), LPAREN) || !p.isTypeStart(p.la(2))) {
      const after = p.la(1);
      const e = buildOperand(p);
      return p.sizeofNode(t, e.ty!, e, after);
    }
    p.skipToken(); // '('
    const first = p.la(1);
    const ty = p.fastTypeName();
    next(p); // ')'
    return p.sizeofNode(t, ty, undefined, first);
  }
  if (is(t, LPAREN) && p.isTypeStart(p.la(1))) {
    const ty = p.fastTypeName();
    next(p); // ')'
    return p.castOperand(buildOperand(p), ty, t);
  } else if (is(t, LPAREN)) {
    n = grouped(buildExpr(p), t);
    next(p); // ')'
  } else if (is(t, STRING)) {
    const toks = [t];
    while (is(p.la(1), STRING)) toks.push(next(p));
    n = p.buildString(toks);
  } else if (is(t, IDENT)) {
    n = p.identifierExpr(t);
  } else if (is(t, INT)) {
    n = p.intConstant(t);
  } else if (is(t, FLOAT)) {
    n = p.floatConstant(t);
  } else {
    n = p.charConstant(t);
  }
  return buildSuffixes(p, n);
}

function buildSuffixes(p: FastExprParser, base: Node): Node {
  let n = base;
  for (;;) {
    const t = p.la(1);
    let s: Suffix;
    if (is(t, LBRACKET)) {
      p.skipToken();
      const index = buildExpr(p);
      next(p); // ']'
      s = { kind: 'index', tok: t, index };
    } else if (is(t, LPAREN)) {
      p.skipToken();
      const args: Node[] = [];
      if (!is(p.la(1), RPAREN)) {
        args.push(buildAssign(p));
        while (is(p.la(1), COMMA)) {
          p.skipToken();
          args.push(buildAssign(p));
        }
      }
      next(p); // ')'
      s = { kind: 'call', tok: t, args };
    } else if (is(t, DOT) || is(t, ARROW)) {
      p.skipToken();
      s = { kind: 'member', tok: t, name: next(p), arrow: is(t, ARROW) };
    } else if (is(t, INC) || is(t, DEC)) {
      p.skipToken();
      s = { kind: 'postinc', tok: t, delta: is(t, INC) ? 1 : -1 };
    } else {
      return n;
    }
    n = p.applySuffix(n, s);
  }
}
