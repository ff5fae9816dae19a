/**
 * The statement fast path: the items of a compound statement parsed by hand instead of
 * through chevrotain's blockItem → statement → ifStmt... rules, each of which costs a
 * rule invocation and a lookahead decision.
 *
 * The design is the expression fast path's (parser-fast-expr.ts), one statement at a time:
 *   - Before consuming anything, the next tokens decide whether the fast path takes the
 *     statement, and only where the rules' own decisions (blockItem's, statement's, with
 *     their two-token lookahead) would choose the same alternative. Otherwise it returns
 *     undefined and the `compoundStmt` rule parses that item with the rules; the fast
 *     path resumes after it.
 *   - Once it has taken a statement, it consumes the tokens the rule would, in the same
 *     order: fixed tokens with `expectToken` (chevrotain's CONSUME: same error if absent),
 *     sub-statements and expressions by the fast paths or else by the very rule the
 *     grammar calls there (nothing of them consumed yet), declarations and nested blocks
 *     by their rules (which have fast paths of their own).
 *   - The semantic actions are the rules' own (parser-stmt-actions.ts), at the same points.
 * Not taken (the rules parse them): asm statements, `goto *p`, labels with attributes,
 * `__extension__` items, expression statements the expression fast path does not know.
 */
import type { PragmaReport } from './pragma-report.js';
import { tokenMatcher, type IToken, type TokenType } from './chevrotain.js';
import type { Node } from './ast.js';
import { AssignOp, BinaryOp, DeclKeyword, Identifier, Kw, P, Tok } from './lexer.js';
import { fastConditional, fastExpr, is, next } from './parser-fast-expr.js';
import type { DeclarationParser } from './parser-fast-decl.js';
import { warnMisleadingIndentation } from './misleading-indentation.js';
import {
  beginBlock, beginSwitch, breakStmt, caseLabel, checkCondition, checkEmptyBody, checkForIncrement, continueStmt, defaultLabel, enterLoopBody, sourceExprStmt, finishFor, finishIf,
  finishLabel, finishLoop, finishReturn, finishSwitch, gotoStmt, itemsBlock, leaveLoopBody, nullStmt, pedwarnLabelTarget,
} from './parser-stmt-actions.js';

export { fastDeclaration } from './parser-fast-decl.js';

/** What the statement fast path needs of the parser (CParser provides it). */
export interface FastStmtParser {
  /** The pragmas to report as the parse reaches them (pragma-report.ts); undefined: none. */
  pragmas: PragmaReport | undefined;
  checkUnknownTypeName(k?: number): void;
  subStatement(): Node;
  subCompound(): Node;
  subExpr(): Node;
  subConditional(): Node;
  subDeclaration(): Node[];
  subLabelTarget(): Node;
}

type StmtParser = DeclarationParser & FastStmtParser;

/**
 * FIRST(expr): the tokens an expression can start with. test/cc/fast-stmt.test.ts checks
 * the list against the grammar (chevrotain's computeContentAssist).
 */
export const expressionStartTokens: TokenType[] = [
  P['('], P['-'], P['+'], P['*'], P['&'], P['!'], P['~'], P['++'], P['--'], P['&&'],
  Kw.__extension__, Kw.__real__, Kw.__imag__, Kw.__real, Kw.__imag, Kw.sizeof, Kw._Alignof, Kw.__alignof__, Kw.__alignof,
  Tok.IntConst, Tok.FloatConst, Tok.CharConst, Tok.StringLit, Identifier,
  Kw.__builtin_va_arg, Kw.__builtin_offsetof, Kw.__builtin_types_compatible_p, Kw._Generic, Kw.__builtin_convertvector,
];
let expressionStarts: Set<number> | undefined;

function startsExpression(t: IToken): boolean {
  expressionStarts ??= new Set(expressionStartTokens.map((x) => x.tokenTypeIdx!));
  return expressionStarts.has(t.tokenTypeIdx);
}

const IDENT = Identifier.tokenTypeIdx!, SEMI = P[';'].tokenTypeIdx!, COLON = P[':'].tokenTypeIdx!;
const LBRACE = P['{'].tokenTypeIdx!, RBRACE = P['}'].tokenTypeIdx!, STAR = P['*'].tokenTypeIdx!;
const LPAREN = P['('].tokenTypeIdx!, ELLIPSIS = P['...'].tokenTypeIdx!, EXTENSION = Kw.__extension__.tokenTypeIdx!, ELSE = Kw.else.tokenTypeIdx!;
const IF = Kw.if.tokenTypeIdx!, WHILE = Kw.while.tokenTypeIdx!, DO = Kw.do.tokenTypeIdx!, FOR = Kw.for.tokenTypeIdx!;
const SWITCH = Kw.switch.tokenTypeIdx!, CASE = Kw.case.tokenTypeIdx!, DEFAULT = Kw.default.tokenTypeIdx!;
const BREAK = Kw.break.tokenTypeIdx!, CONTINUE = Kw.continue.tokenTypeIdx!, GOTO = Kw.goto.tokenTypeIdx!;
const RETURN = Kw.return.tokenTypeIdx!, ATTRIBUTE = Kw.__attribute__.tokenTypeIdx!, ATTRIBUTE2 = Kw.__attribute.tokenTypeIdx!;

// The tokens after an identifier that make it the start of an expression statement in the
// rules' two-token lookahead: a suffix, an operator, or the end of the expression.
const afterIdentifier = new Set(['[', '(', '.', '->', '++', '--', '?', ',', ';'].map((s) => P[s].tokenTypeIdx!));

/** Block items into `body` until `}` or an item the fast path does not take. */
export function fastBlockItems(p: StmtParser, body: Node[]): void {
  for (;;) {
    const t = p.la(1);
    p.pragmas?.reach(t.startOffset);
    if (is(t, RBRACE)) return;
    p.checkUnknownTypeName();
    if (p.isDeclarationAt(1)) {
      // blockItem's first alternative, when its lookahead surely agrees.
      if (!surelyDeclaration(p, 1)) return;
      for (const n of p.subDeclaration()) body.push(n);
      continue;
    }
    const s = fastStatement(p);
    if (s === undefined) return;
    body.push(s);
  }
}

/**
 * Given isDeclarationAt(k): would the rules' lookahead choose the declaration? Their paths
 * are two tokens long (a declaration keyword is in one category with `__extension__`,
 * which also starts expressions): the fast path takes the usual second tokens.
 */
function surelyDeclaration(p: StmtParser, k: number): boolean {
  if (is(p.la(k), EXTENSION)) return false;
  const u = p.la(k + 1);
  return is(u, IDENT) || is(u, STAR) || is(u, SEMI) || is(u, LPAREN) || tokenMatcher(u, DeclKeyword);
}

/** Would the rules take the tokens at LA(k) as the start of an expression statement (or clause)? */
function surelyExpression(p: StmtParser, k: number): boolean {
  const t = p.la(k);
  if (is(t, IDENT)) {
    const u = p.la(k + 1);
    return afterIdentifier.has(u.tokenTypeIdx) || tokenMatcher(u, BinaryOp) || tokenMatcher(u, AssignOp);
  }
  return startsExpression(t) && !is(t, EXTENSION);
}

/** One statement, or undefined with nothing consumed. */
export function fastStatement(p: StmtParser): Node | undefined {
  switch (p.la(1).tokenTypeIdx) {
    case LBRACE: return p.subCompound();
    case IF: return ifStatement(p);
    case WHILE: return whileStatement(p);
    case DO: return doStatement(p);
    case FOR: return forStatement(p);
    case SWITCH: return switchStatement(p);
    case CASE: return caseStatement(p);
    case DEFAULT: return defaultStatement(p);
    case BREAK: return jumpEnd(p, breakStmt(p, next(p)));
    case CONTINUE: return jumpEnd(p, continueStmt(p, next(p)));
    case GOTO: return is(p.la(2), IDENT) ? gotoStatement(p) : undefined;
    case RETURN: return returnStatement(p);
    case SEMI: return nullStmt(next(p));
    case IDENT:
      if (is(p.la(2), COLON)) return labeledStatement(p);
      break;
    default:
      break;
  }
  if (!surelyExpression(p, 1)) return undefined;
  const e = fastExpr(p);
  if (e === undefined) return undefined;
  p.expectToken(P[';']);
  return sourceExprStmt(p, e);
}

/** A sub-statement: the fast path's, else the `statement` rule's. */
function statement(p: StmtParser): Node {
  return fastStatement(p) ?? p.subStatement();
}

function expr(p: StmtParser): Node {
  return fastExpr(p) ?? p.subExpr();
}

/** `OPTION(expr)`: an expression if one starts here. */
function optionalExpr(p: StmtParser): Node | undefined {
  return startsExpression(p.la(1)) ? expr(p) : undefined;
}

/** A substatement of if/while/for/switch is a scope of its own (see the rules' enterStatementScope). */
function scopedStatement(p: StmtParser): Node {
  p.scopes.enter();
  const s = statement(p);
  p.scopes.leave();
  return s;
}

/** The body of a loop (`guard`: its for or while, whose indentation is checked; not a do's). */
function loopBody(p: StmtParser, guard?: IToken): Node {
  enterLoopBody(p);
  const start = p.la(1);
  const body = scopedStatement(p);
  if (guard) warnMisleadingIndentation(guard, start, p.la(1));
  leaveLoopBody(p);
  return body;
}

/** `( expr )` after if/while/switch, in the statement's own scope. */
function condition(p: StmtParser): Node {
  p.expectToken(P['(']);
  p.scopes.enter();
  const cond = expr(p);
  p.expectToken(P[')']);
  return cond;
}

function ifStatement(p: StmtParser): Node {
  const tok = next(p);
  const open = p.la(1);
  const cond = condition(p);
  checkCondition(cond, 'if');
  const thenStart = p.la(1);
  checkEmptyBody('if', thenStart, p.la(2));
  const then = scopedStatement(p);
  let els: Node | undefined;
  if (is(p.la(1), ELSE)) {
    const elseTok = next(p);
    const elseStart = p.la(1);
    checkEmptyBody('else', elseStart, p.la(2));
    els = scopedStatement(p);
    warnMisleadingIndentation(elseTok, elseStart, p.la(1));
  } else {
    warnMisleadingIndentation(tok, thenStart, p.la(1));
  }
  return finishIf(p, tok, open, cond, then, els);
}

function whileStatement(p: StmtParser): Node {
  const tok = next(p);
  const cond = condition(p);
  checkCondition(cond, 'loop');
  const body = loopBody(p, tok);
  return finishLoop(p, 'for', tok, cond, body);
}

function doStatement(p: StmtParser): Node {
  const tok = next(p);
  checkEmptyBody('do', p.la(1), p.la(2));
  p.scopes.enter();
  const body = loopBody(p);
  p.expectToken(Kw.while);
  p.expectToken(P['(']);
  const cond = expr(p);
  p.expectToken(P[')']);
  checkCondition(cond, 'loop');
  p.expectToken(P[';']);
  return finishLoop(p, 'do', tok, cond, body);
}

/**
 * `for (init; cond; inc) body`. The rules choose the first clause's form with their own
 * lookahead, so the fast path takes the statement only when that choice is plain.
 */
function forStatement(p: StmtParser): Node | undefined {
  p.checkUnknownTypeName(3);
  const first = p.la(3);
  const initIsDeclaration = p.isDeclarationAt(3);
  if (initIsDeclaration ? !surelyDeclaration(p, 3) : !is(first, SEMI) && !surelyExpression(p, 3)) return undefined;
  const tok = next(p);
  p.expectToken(P['(']);
  const cleanupMark = beginBlock(p);
  let init: Node | undefined;
  if (initIsDeclaration) {
    init = itemsBlock(tok, p.subDeclaration());
  } else {
    const e = is(first, SEMI) ? undefined : expr(p);
    p.expectToken(P[';']);
    init = e ? sourceExprStmt(p, e, tok) : undefined;
  }
  const cond = optionalExpr(p);
  p.expectToken(P[';']);
  if (cond) checkCondition(cond, 'loop');
  const inc = optionalExpr(p);
  p.expectToken(P[')']);
  if (inc) checkForIncrement(p, inc);
  const body = loopBody(p, tok);
  return finishFor(p, tok, cleanupMark, init, cond, inc, body);
}

function switchStatement(p: StmtParser): Node {
  const tok = next(p);
  const cond = condition(p);
  const n = beginSwitch(p, tok, cond);
  const body = scopedStatement(p);
  return finishSwitch(p, n, body);
}

function caseStatement(p: StmtParser): Node {
  const tok = next(p);
  const lo = fastConditional(p) ?? p.subConditional();
  let hi: Node | undefined;
  if (is(p.la(1), ELLIPSIS)) {
    p.skipToken();
    hi = fastConditional(p) ?? p.subConditional();
  }
  p.expectCaseColon(hi !== undefined);
  p.expectToken(P[':']);
  const n = caseLabel(p, tok, lo, hi);
  n.lhs = labelTarget(p);
  return n;
}

function defaultStatement(p: StmtParser): Node {
  const tok = next(p);
  p.expectToken(P[':']);
  const n = defaultLabel(p, tok);
  n.lhs = labelTarget(p);
  return n;
}

/** `name:` and its statement; labels with attributes are left to the rules. */
function labeledStatement(p: StmtParser): Node | undefined {
  const after = p.la(3);
  if (is(after, ATTRIBUTE) || is(after, ATTRIBUTE2)) return undefined;
  const name = next(p);
  p.skipToken(); // ':'
  return finishLabel(p, name, labelTarget(p));
}

/** The statement after a label (the `labelTarget` rule): a declaration, a statement, or nothing before `}`. */
function labelTarget(p: StmtParser): Node {
  if (is(p.la(1), RBRACE)) {
    pedwarnLabelTarget(p.la(1), false);
    return nullStmt(p.la(1));
  }
  if (p.isDeclarationAt(1)) {
    if (!surelyDeclaration(p, 1)) return p.subLabelTarget();
    pedwarnLabelTarget(p.la(1), true);
    const items = p.subDeclaration();
    return itemsBlock(p.la(0), items);
  }
  return fastStatement(p) ?? p.subLabelTarget();
}

function gotoStatement(p: StmtParser): Node {
  const tok = next(p);
  return jumpEnd(p, gotoStmt(p, tok, next(p)));
}

/** The `;` after break, continue and goto, consumed after their actions as in the rule. */
function jumpEnd(p: StmtParser, n: Node): Node {
  p.expectToken(P[';']);
  return n;
}

function returnStatement(p: StmtParser): Node {
  const tok = next(p);
  const e = optionalExpr(p);
  p.expectToken(P[';']);
  return finishReturn(p, tok, e);
}

