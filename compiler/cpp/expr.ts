/**
 * #if constant expressions (C99 6.10.1): evaluated in intmax_t / uintmax_t (64 bits) with
 * the usual arithmetic conversions, after macro expansion. `defined`, __has_include and
 * friends have already been replaced by 0/1 numbers; any identifier left is 0.
 */
import { Token, TokenKind } from './token.js';
import { charLiteralValue } from '../cc/literals.js';

/** A value of type intmax_t (unsigned = false) or uintmax_t. */
interface PPValue {
  v: bigint;
  unsigned: boolean;
}

export type ExprErrorFn = (message: string, at: Token) => never;
/** A warning at a token; `pedantic` for gcc's pedwarns (errors with -pedantic-errors). */
export type ExprWarnFn = (message: string, at: Token, pedantic: boolean) => void;

const PRECEDENCE: Record<string, number> = {
  '||': 1, '&&': 2, '|': 3, '^': 4, '&': 5, '==': 6, '!=': 6,
  '<': 7, '>': 7, '<=': 7, '>=': 7, '<<': 8, '>>': 8, '+': 9, '-': 9, '*': 10, '/': 10, '%': 10,
};

function wrap(v: bigint, unsigned: boolean): PPValue {
  return { v: unsigned ? BigInt.asUintN(64, v) : BigInt.asIntN(64, v), unsigned };
}

const ZERO: PPValue = { v: 0n, unsigned: false };
const ONE: PPValue = { v: 1n, unsigned: false };
const bool = (b: boolean): PPValue => (b ? ONE : ZERO);

class ExprParser {
  private pos = 0;
  /** >0 while parsing an operand whose value is not used (short circuit): no errors for x/0. */
  private unevaluated = 0;

  constructor(
    private readonly toks: Token[],
    private readonly end: Token,
    /** -funsigned-char: 'x' holds an unsigned char's value. */
    private readonly unsignedChar: boolean,
    private readonly fail: ExprErrorFn,
    private readonly warn: ExprWarnFn,
    private readonly onComma?: CommaFn,
  ) {}

  private peek(): Token {
    return this.pos < this.toks.length ? this.toks[this.pos] : this.end;
  }

  private isOp(text: string): boolean {
    const t = this.peek();
    return t.kind === TokenKind.Punct && t.text === text;
  }

  evaluate(): boolean {
    if (this.toks.length === 0) this.fail('#if with no expression', this.end);
    const v = this.comma();
    const t = this.peek();
    if (t.kind !== TokenKind.EOF) {
      if (t.kind === TokenKind.Punct && t.text === ')') this.fail("missing '(' in expression", t);
      if (t.kind === TokenKind.Punct && t.text === ':') this.fail("':' without preceding '?'", t);
      if (t.kind === TokenKind.Punct && t.text !== '(') this.fail(`token "${t.text}" is not valid in preprocessor expressions`, t);
      this.fail(`missing binary operator before token "${t.text}"`, t);
    }
    return v.v !== 0n;
  }

  private comma(): PPValue {
    let v = this.conditional();
    while (this.isOp(',')) {
      this.pos++;
      v = this.conditional();
      // (gcc reports it at the token after the right operand)
      this.onComma?.(this.peek(), this.unevaluated === 0);
    }
    return v;
  }

  private conditional(): PPValue {
    const cond = this.binary(1);
    if (!this.isOp('?')) return cond;
    this.pos++;
    const taken = cond.v !== 0n;
    if (!taken) this.unevaluated++;
    const a = this.comma();
    if (!taken) this.unevaluated--;
    if (!this.isOp(':')) this.fail(`'?' without following ':'`, this.peek());
    this.pos++;
    if (taken) this.unevaluated++;
    const b = this.conditional();
    if (taken) this.unevaluated--;
    const unsigned = a.unsigned || b.unsigned;
    return wrap(taken ? a.v : b.v, unsigned);
  }

  /** Precedence climbing over the left-associative binary operators. */
  private binary(minPrec: number): PPValue {
    let left = this.unary();
    for (;;) {
      const t = this.peek();
      const prec = t.kind === TokenKind.Punct ? PRECEDENCE[t.text] : undefined;
      if (prec === undefined || prec < minPrec) return left;
      this.pos++;
      const op = t.text;
      const skipRight = (op === '&&' && left.v === 0n) || (op === '||' && left.v !== 0n);
      if (skipRight) this.unevaluated++;
      if (this.peek().kind === TokenKind.EOF) this.fail(`operator '${op}' has no right operand`, t);
      const right = this.binary(prec + 1);
      if (skipRight) this.unevaluated--;
      left = this.apply(op, left, right, t);
    }
  }

  private apply(op: string, a: PPValue, b: PPValue, at: Token): PPValue {
    if (op === '&&') return bool(a.v !== 0n && b.v !== 0n);
    if (op === '||') return bool(a.v !== 0n || b.v !== 0n);
    if (op === '<<' || op === '>>') return this.shift(op, a, b);
    // The usual arithmetic conversions: one unsigned operand makes both unsigned.
    const unsigned = a.unsigned || b.unsigned;
    const x = unsigned ? BigInt.asUintN(64, a.v) : a.v;
    const y = unsigned ? BigInt.asUintN(64, b.v) : b.v;
    switch (op) {
      case '*': return wrap(x * y, unsigned);
      case '/':
      case '%':
        if (y === 0n) {
          if (this.unevaluated) return wrap(0n, unsigned);
          this.fail('division by zero in #if', at);
        }
        return wrap(op === '/' ? x / y : x % y, unsigned);
      case '+': return wrap(x + y, unsigned);
      case '-': return wrap(x - y, unsigned);
      case '<': return bool(x < y);
      case '>': return bool(x > y);
      case '<=': return bool(x <= y);
      case '>=': return bool(x >= y);
      case '==': return bool(x === y);
      case '!=': return bool(x !== y);
      case '&': return wrap(x & y, unsigned);
      case '^': return wrap(x ^ y, unsigned);
      case '|': return wrap(x | y, unsigned);
    }
    return this.fail(`token "${op}" is not valid in preprocessor expressions`, at);
  }

  /** gcc's rules: the left operand's type; a negative count shifts the other way. */
  private shift(op: string, a: PPValue, b: PPValue): PPValue {
    let n = b.unsigned ? BigInt.asUintN(64, b.v) : b.v;
    let left = op === '<<';
    if (n < 0n) {
      n = -n;
      left = !left;
    }
    if (left) return n >= 64n ? wrap(0n, a.unsigned) : wrap(a.v << n, a.unsigned);
    if (n >= 64n) return wrap(!a.unsigned && a.v < 0n ? -1n : 0n, a.unsigned);
    return wrap(a.v >> n, a.unsigned);
  }

  private unary(): PPValue {
    const t = this.peek();
    this.pos++;
    switch (t.kind) {
      case TokenKind.Number:
        return parseNumber(t, this.fail, this.warn);
      case TokenKind.Char:
        return parseCharConstant(t, this.unsignedChar, this.fail, this.warn);
      case TokenKind.Ident:
        return ZERO; // an identifier that is not a macro (C99 6.10.1p4)
      case TokenKind.EOF:
        this.pos--;
        return this.fail('#if with no expression', t);
      case TokenKind.Punct:
        switch (t.text) {
          case '(': {
            const v = this.comma();
            if (!this.isOp(')')) this.fail("missing ')' in expression", this.peek());
            this.pos++;
            return v;
          }
          case '+': return this.operand(t);
          case '-': { const v = this.operand(t); return wrap(-v.v, v.unsigned); }
          case '~': { const v = this.operand(t); return wrap(~v.v, v.unsigned); }
          case '!': return bool(this.operand(t).v === 0n);
        }
        if (PRECEDENCE[t.text] !== undefined) this.fail(`operator '${t.text}' has no left operand`, t);
    }
    return this.fail(`token "${t.text}" is not valid in preprocessor expressions`, t);
  }

  private operand(op: Token): PPValue {
    if (this.peek().kind === TokenKind.EOF) this.fail(`operator '${op.text}' has no right operand`, op);
    return this.unary();
  }
}

/** An integer constant: decimal, octal, hex or (GNU) binary, with u/l suffixes. */
function parseNumber(t: Token, fail: ExprErrorFn, warn: ExprWarnFn): PPValue {
  const text = t.text;
  let digitsEnd = text.length;
  while (digitsEnd > 0 && 'uUlL'.includes(text[digitsEnd - 1])) digitsEnd--;
  const suffix = text.slice(digitsEnd).toLowerCase();
  let body = text.slice(0, digitsEnd);
  const lower = body.toLowerCase();
  let radix = 10;
  if (lower.startsWith('0x')) {
    radix = 16;
    body = body.slice(2);
  } else if (lower.startsWith('0b')) {
    radix = 2;
    body = body.slice(2);
  } else if (body.length > 1 && body[0] === '0') {
    radix = 8;
  }
  const isFloat = radix === 16 ? /[.p]/i.test(body) : /[.e]/i.test(body) || /^[0-9]+[fF]$/.test(text);
  if (isFloat) fail('floating constant in preprocessor expression', t);
  const validSuffix = ['', 'u', 'l', 'ul', 'lu', 'll', 'ull', 'llu'].includes(suffix) && !/lL|Ll/.test(text.slice(digitsEnd));
  const digitRe = radix === 16 ? /^[0-9a-f]+$/i : radix === 2 ? /^[01]+$/ : /^[0-9]+$/;
  if (!validSuffix || body.length === 0 || !digitRe.test(body)) {
    const m = /^(0[xX][0-9a-fA-F]*|0[bB][01]*|[0-9]*)(.*)$/.exec(text)!;
    fail(`invalid suffix "${m[2]}" on integer constant`, t);
  }
  if (radix === 8 && /[89]/.test(body)) fail(`invalid digit "${/[89]/.exec(body)![0]}" in octal constant`, t);
  const prefix = radix === 16 ? '0x' : radix === 8 ? '0o' : radix === 2 ? '0b' : '';
  let v = BigInt(prefix + body);
  // Past 64 bits: cpplib's pedwarn, and the value's low 64 bits.
  if (v > 0xffffffffffffffffn) {
    warn('integer constant is too large for its type', t, true);
    v = BigInt.asUintN(64, v);
  }
  // Too big for intmax_t: unsigned; gcc warns when only a decimal's size made it so.
  if (radix === 10 && !suffix.includes('u') && v > 0x7fffffffffffffffn) warn('integer constant is so large that it is unsigned', t, false);
  const unsigned = suffix.includes('u') || v > 0x7fffffffffffffffn;
  return wrap(v, unsigned);
}

/** A character constant, decoded as the compiler decodes it (compiler/cc/literals.ts). */
function parseCharConstant(t: Token, unsignedChar: boolean, fail: ExprErrorFn, warn: ExprWarnFn): PPValue {
  const c = charLiteralValue(t.text, { pedwarn: (message) => warn(message, t, true), warn: (message) => warn(message, t, false) }, unsignedChar);
  if (typeof c === 'string') return fail(c, t);
  return wrap(c.value, false);
}

/** Evaluates the (expanded) tokens of an #if/#elif line; `end` is where errors at the end point. */
/**
 * Told of each comma operator (ISO C forbids it in #if), at the token after its right
 * operand, and whether its operands are evaluated.
 */
export type CommaFn = (after: Token, evaluated: boolean) => void;

export function evaluateCondition(tokens: Token[], end: Token, unsignedChar: boolean, fail: ExprErrorFn, warn: ExprWarnFn, onComma?: CommaFn): boolean {
  return new ExprParser(tokens, end, unsignedChar, fail, warn, onComma).evaluate();
}
