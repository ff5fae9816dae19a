/**
 * Expressions, with GNU as's operator precedence (which is not C's):
 *   highest  unary - ~ !          then * / % << >>
 *            | & ^ !  (binary ! is "or not")
 *            + - == != <> < > <= >=
 *   lowest   && ||
 * A value is `add - sub + k`: relocatable values may only be added to or subtracted
 * from constants (and one symbol from another); everything else must be constant.
 */

import { Ch, Cursor, isDigit, isNameChar } from './cursor.js';
import { constExpr, isConstant, type Expr, type RelocModifier, type Sym } from './model.js';

export interface ExprContext {
  /** The symbol with this name (created on first use). */
  symbol(name: string): Sym;
  /** A symbol for `.`, the current location. */
  dot(): Sym;
  /** `Nb` (backward) or `Nf` (forward) local label. */
  localLabel(n: number, forward: boolean): Sym;
  error(msg: string): never;
}

const MODIFIERS = new Set<RelocModifier>(['PLT', 'GOTPCREL', 'GOTOFF', 'GOTTPOFF', 'TPOFF', 'GOT', 'GOTPC', 'SIZE', 'DTPOFF', 'TLSGD', 'TLSLD']);

export function parseExpr(c: Cursor, ctx: ExprContext): Expr {
  // Most operands are one symbol or number: without an operator in sight, the precedence
  // levels would only pass the term through.
  if (isSingleTerm(c.text, c.pos)) return parsePrimary(c, ctx);
  return parseLevel(c, ctx, 0);
}

/** No operator, parenthesis or quote from `from` to the end of `text`. */
function isSingleTerm(text: string, from: number): boolean {
  for (let i = from; i < text.length; i++) {
    switch (text.charCodeAt(i)) {
      case Ch.Bang: case Ch.Quote: case Ch.Percent: case Ch.Amp: case Ch.Apos: case Ch.LParen: case Ch.RParen:
      case Ch.Star: case Ch.Plus: case Ch.Minus: case Ch.Slash: case Ch.Lt: case Ch.Eq: case Ch.Gt: case Ch.Caret:
      case Ch.Pipe: case Ch.Tilde:
        return false;
    }
  }
  return true;
}

/**
 * A symbol already set to a constant stands for that constant (GNU as folds absolute
 * symbols at once); any other symbol, aliases included, stays a reference resolved at
 * the end, because relocations name the alias itself.
 */
export function deref(s: Sym): Expr {
  if (s.absolute !== null && s.section === null && s.common === null) return constExpr(s.absolute);
  return s.reference ?? (s.reference = { add: s, sub: null, k: 0n, mod: '' });
}

type BinOp = '*' | '/' | '%' | '<<' | '>>' | '|' | '&' | '^' | '!' | '+' | '-' | '==' | '!=' | '<' | '>' | '<=' | '>=' | '&&' | '||';

function peekOp(c: Cursor, level: number): BinOp | null {
  c.skipSpace();
  const a = c.peek();
  const b = c.peekAt(1);
  switch (level) {
    case 0:
      if (a === Ch.Pipe && b === Ch.Pipe) return '||';
      if (a === Ch.Amp && b === Ch.Amp) return '&&';
      return null;
    case 1:
      if (a === Ch.Plus) return '+';
      if (a === Ch.Minus) return '-';
      if (a === Ch.Eq && b === Ch.Eq) return '==';
      if (a === Ch.Bang && b === Ch.Eq) return '!=';
      if (a === Ch.Lt && b === Ch.Gt) return '!=';
      if (a === Ch.Lt && b === Ch.Eq) return '<=';
      if (a === Ch.Gt && b === Ch.Eq) return '>=';
      if (a === Ch.Lt && b !== Ch.Lt) return '<';
      if (a === Ch.Gt && b !== Ch.Gt) return '>';
      return null;
    case 2:
      if (a === Ch.Pipe && b !== Ch.Pipe) return '|';
      if (a === Ch.Amp && b !== Ch.Amp) return '&';
      if (a === Ch.Caret) return '^';
      if (a === Ch.Bang && b !== Ch.Eq) return '!';
      return null;
    default:
      if (a === Ch.Star) return '*';
      if (a === Ch.Slash) return '/';
      if (a === Ch.Percent) return '%';
      if (a === Ch.Lt && b === Ch.Lt) return '<<';
      if (a === Ch.Gt && b === Ch.Gt) return '>>';
      return null;
  }
}

function parseLevel(c: Cursor, ctx: ExprContext, level: number): Expr {
  if (level > 3) return parseUnary(c, ctx);
  let left = parseLevel(c, ctx, level + 1);
  for (;;) {
    const op = peekOp(c, level);
    if (!op) return left;
    c.pos += op.length; // `<>` is spelled as '!=' and is two characters too
    const right = parseLevel(c, ctx, level + 1);
    left = combine(op, left, right, ctx);
  }
}

function combine(op: BinOp, l: Expr, r: Expr, ctx: ExprContext): Expr {
  if (op === '+') {
    if (l.add && r.add) ctx.error('invalid sections for operation on symbols');
    if (l.sub && r.sub) ctx.error('invalid sections for operation on symbols');
    return { add: l.add ?? r.add, sub: l.sub ?? r.sub, k: l.k + r.k, mod: l.mod || r.mod };
  }
  if (op === '-') return difference(l, r, ctx);
  if (!isConstant(l) || !isConstant(r)) ctx.error(`invalid operands for '${op}' (expression is not constant)`);
  const a = l.k;
  const b = r.k;
  const bool = (x: boolean): bigint => (x ? -1n : 0n);
  switch (op) {
    case '*': return constExpr(BigInt.asIntN(64, a * b));
    case '/': if (b === 0n) ctx.error('division by zero'); return constExpr(a / b);
    case '%': if (b === 0n) ctx.error('division by zero'); return constExpr(a % b);
    case '<<': return constExpr(BigInt.asIntN(64, a << b));
    case '>>': return constExpr(BigInt.asIntN(64, BigInt.asUintN(64, a) >> b));
    case '|': return constExpr(a | b);
    case '&': return constExpr(a & b);
    case '^': return constExpr(a ^ b);
    case '!': return constExpr(a | ~b);
    case '==': return constExpr(bool(a === b));
    case '!=': return constExpr(bool(a !== b));
    case '<': return constExpr(bool(a < b));
    case '>': return constExpr(bool(a > b));
    case '<=': return constExpr(bool(a <= b));
    case '>=': return constExpr(bool(a >= b));
    case '&&': return constExpr(a !== 0n && b !== 0n ? 1n : 0n);
    default: return constExpr(a !== 0n || b !== 0n ? 1n : 0n);
  }
}

/** `l - r`: a symbol minus a symbol stays symbolic unless both are known to be one distance apart. */
export function difference(l: Expr, r: Expr, ctx: ExprContext): Expr {
  if (r.sub || (l.sub && r.add) || r.mod) ctx.error('invalid sections for operation on symbols');
  if (l.add && r.add && l.add === r.add && !l.sub) return constExpr(l.k - r.k);
  // Two labels in the same fragment are a known distance apart already (as in GNU as),
  // which `.if`, `.fill` and `.rept` counts need.
  if (l.add && r.add && !l.sub && !l.mod && sameFragment(l.add, r.add)) return constExpr(l.k - r.k + BigInt(l.add.offset - r.add.offset));
  if (r.add && !l.add) ctx.error('invalid sections for operation on symbols');
  return { add: l.add, sub: r.add ?? l.sub, k: l.k - r.k, mod: l.mod };
}

function sameFragment(a: Sym, b: Sym): boolean {
  return a.frag !== null && a.frag === b.frag && a.section !== null && a.equ === null && b.equ === null && a.common === null && b.common === null;
}

function parseUnary(c: Cursor, ctx: ExprContext): Expr {
  c.skipSpace();
  const ch = c.peek();
  if (ch === Ch.Minus || ch === Ch.Tilde || ch === Ch.Bang || ch === Ch.Plus) {
    c.pos++;
    const v = parseUnary(c, ctx);
    if (ch === Ch.Plus) return v;
    if (!isConstant(v)) ctx.error('invalid operand of unary operator (expression is not constant)');
    if (ch === Ch.Minus) return constExpr(BigInt.asIntN(64, -v.k));
    if (ch === Ch.Tilde) return constExpr(~v.k);
    return constExpr(v.k === 0n ? 1n : 0n);
  }
  return parsePrimary(c, ctx);
}

function parsePrimary(c: Cursor, ctx: ExprContext): Expr {
  c.skipSpace();
  const ch = c.peek();
  if (ch === Ch.LParen) {
    c.pos++;
    const v = parseExpr(c, ctx);
    if (!c.eat(Ch.RParen)) ctx.error("missing ')'");
    return v;
  }
  if (isDigit(ch)) return parseNumber(c, ctx);
  if (ch === Ch.Apos) return parseChar(c, ctx);
  if (ch === Ch.Dot && !isNameChar(c.peekAt(1))) {
    c.pos++;
    return { add: ctx.dot(), sub: null, k: 0n, mod: '' };
  }
  const name = c.name();
  if (!name) ctx.error(ch < 0 ? 'missing expression' : `junk '${c.text.slice(c.pos)}' in expression`);
  let value = deref(ctx.symbol(name));
  if (c.peek() === Ch.At) {
    c.pos++;
    const mod = c.name().toUpperCase() as RelocModifier;
    if (!MODIFIERS.has(mod)) ctx.error(`bad relocation modifier '@${mod}'`);
    value = { add: ctx.symbol(name), sub: null, k: 0n, mod };
  }
  return value;
}

function parseChar(c: Cursor, ctx: ExprContext): Expr {
  c.pos++;
  let code = c.text.charCodeAt(c.pos);
  if (Number.isNaN(code)) ctx.error('missing character constant');
  c.pos++;
  if (code === Ch.Backslash) {
    const e = c.text[c.pos++];
    if (e === undefined) ctx.error('missing character constant');
    const simple: Record<string, number> = { n: 10, t: 9, r: 13, b: 8, f: 12, v: 11, a: 7, '0': 0, '\\': 92, "'": 39, '"': 34 };
    code = simple[e] ?? e.charCodeAt(0);
  }
  if (c.peek() === Ch.Apos) c.pos++;
  return constExpr(BigInt(code));
}

function parseNumber(c: Cursor, ctx: ExprContext): Expr {
  const t = c.text;
  const start = c.pos;
  let p = start;
  while (p < t.length && isNameChar(t.charCodeAt(p))) p++;
  const word = t.slice(start, p);
  c.pos = p;
  // Fast path: a plain decimal that fits a double exactly.
  if (word.length < 16 && isDecimal(word)) return constExpr(BigInt(Number(word)));
  const last = word[word.length - 1];
  if ((last === 'b' || last === 'f') && isDecimal(word.slice(0, -1)) && !/^0b[01]+$/.test(word)) {
    return { add: ctx.localLabel(Number(word.slice(0, -1)), last === 'f'), sub: null, k: 0n, mod: '' };
  }
  try {
    if (/^0[xX][0-9a-fA-F]+$/.test(word) || /^0[bB][01]+$/.test(word)) return constExpr(BigInt.asIntN(64, BigInt(word)));
    if (/^0[0-7]+$/.test(word)) return constExpr(BigInt.asIntN(64, BigInt('0o' + word.slice(1))));
    if (/^[0-9]+$/.test(word)) return constExpr(BigInt.asIntN(64, BigInt(word)));
  } catch {
    /* fall through to the error */
  }
  return ctx.error(`invalid number '${word}'`);
}

/** Digits only, without a leading 0 (which would make it octal), or just "0". */
function isDecimal(w: string): boolean {
  if (w.length === 0 || (w.length > 1 && w.charCodeAt(0) === 48)) return false;
  for (let i = 0; i < w.length; i++) if (!isDigit(w.charCodeAt(i))) return false;
  return true;
}
