/**
 * Macro expansion (C99 6.10.3) with Prosser's hide sets.
 *
 * Every token carries the set of macro names that must not expand it. Expanding a macro
 * named T adds T to the hide set of every token of the result (for a function-like macro,
 * the intersection of the name's and the closing parenthesis' sets, plus T); a token whose
 * name is in its own hide set is "painted blue" and stays as it is forever. Because the
 * rule travels with the tokens, rescanning needs no context stack: the result of an
 * expansion is pushed back in front of the input and read again like any other tokens,
 * which also gives the standard's behaviour when a macro's result and the following
 * source text together form a new call (`f(2)(9)` in C99 6.10.3.5).
 *
 * The input is a stack of pending tokens over a TokenSource: the current file (whose
 * reader runs directives as it meets them) or a fixed array (a macro argument, an #if
 * line).
 */
import { Token, TokenKind, TF_BOL, TF_MACRO, TF_SPACE, TF_UNTERMINATED, isHash, isPaste, isPunct, hideSetAdd, hideSetIntersect, hideSetUnion } from './token.js';
import type { HideSet } from './token.js';
import { MacroKind } from './macro.js';
import type { Macro } from './macro.js';

/** What the expander needs from the preprocessor around it. */
export interface ExpansionHost {
  readonly macros: Map<string, Macro>;
  readonly assembly: boolean;
  /** -std=c99/c11 (not gnu99): GNU extensions that change valid code are off. */
  readonly strictStd: boolean;
  /** The token a dynamic macro (__LINE__, __FILE__...) stands for at `at`. */
  dynamicValue(macro: Macro, at: Token): Token;
  /** Outputs `#pragma text` for a _Pragma operator found at `at`. */
  pragmaOperator(text: string, at: Token): void;
  /** Lexes a string (the result of ##) into tokens, without the EOF. */
  lex(text: string): Token[] | null;
  error(message: string, at: Token): never;
  warn(message: string, at: Token): void;
}

export type TokenSource = () => Token;

/** A source over a fixed list of tokens, ending with `eof` forever. */
export function arraySource(tokens: Token[], eof: Token): TokenSource {
  let i = 0;
  return () => (i < tokens.length ? tokens[i++] : eof);
}

/** An EOF token placed just after the last token of `tokens` (for error locations). */
export function eofAfter(tokens: Token[], fallback: Token): Token {
  const last = tokens.length ? tokens[tokens.length - 1] : fallback;
  return new Token(TokenKind.EOF, '', last.line, last.col + last.text.length, TF_BOL);
}


/** The variable arguments when a call leaves them out entirely (not even an empty one). */
const ABSENT: Token[] = [];

export class MacroExpander {
  /** Tokens to read before the source, in reverse order (the next one is last). */
  private readonly pending: Token[] = [];
  /**
   * A macro preceded by white space expanded to nothing: the next token is spaced as if
   * the white space were its own. gcc's expansion leaves such a padding mark, which # then
   * spells as a space: with `#define E`, `str(| E|)` is "| |", not "||".
   */
  private spaceCarried = false;

  /**
   * @param onLineStart called when a macro named by a source token expands (the main
   *   expander only): the output may start the token's line, even if the result is empty.
   */
  constructor(
    private readonly host: ExpansionHost,
    private readonly source: TokenSource,
    private readonly onLineStart: ((tok: Token) => void) | null,
  ) {}

  /** The next token without macro expansion. */
  raw(): Token {
    const p = this.pending;
    return p.length ? p.pop()! : this.source();
  }

  /** Nothing is pending: the next token comes straight from the source, as it is. */
  idle(): boolean {
    return this.pending.length === 0 && !this.spaceCarried;
  }

  unget(tok: Token): void {
    this.pending.push(tok);
  }

  /** The next fully macro-expanded token. */
  next(): Token {
    const tok = this.expanded();
    if (!this.spaceCarried) return tok;
    this.spaceCarried = false;
    if (tok.flags & TF_SPACE || tok.kind === TokenKind.EOF) return tok;
    // (TF_MACRO: its column no longer says where it goes; the output gives it one space.)
    return new Token(tok.kind, tok.text, tok.line, tok.col, tok.flags | TF_SPACE | TF_MACRO, tok.hideSet);
  }

  private expanded(): Token {
    const macros = this.host.macros;
    for (;;) {
      const tok = this.raw();
      if (tok.kind !== TokenKind.Ident) return tok;
      const m = macros.get(tok.text);
      if (m === undefined || (tok.hideSet !== null && tok.hideSet.has(m.name))) return tok;
      switch (m.kind) {
        case MacroKind.Object:
          this.lineStart(tok);
          this.pushExpansion(this.substitute(m, [], tok, hideSetAdd(tok.hideSet, m.name)), tok);
          continue;
        case MacroKind.Function: {
          if (!this.peekLeftParen()) return tok;
          const { args, rparen } = this.collectArgs(m, tok);
          this.lineStart(tok);
          const hs = hideSetAdd(hideSetIntersect(tok.hideSet, rparen.hideSet), m.name);
          this.pushExpansion(this.substitute(m, args, tok, hs), tok);
          continue;
        }
        case MacroKind.Dynamic: {
          this.lineStart(tok);
          const v = this.host.dynamicValue(m, tok);
          v.flags = (tok.flags & TF_SPACE) | TF_MACRO;
          return v;
        }
        case MacroKind.Pragma:
          // Inside a macro argument the operator waits for the rescan of the result, so the
          // pragma comes out in order with the surrounding tokens.
          if (this.onLineStart === null) return tok;
          this.lineStart(tok);
          this.pragmaOperator(tok);
          continue;
        case MacroKind.Operator:
          return tok;
      }
    }
  }

  /** Expands a macro argument completely, in isolation (C99 6.10.3.1). */
  expandAll(tokens: Token[], at: Token): Token[] {
    if (!this.mayExpand(tokens)) return tokens; // the common case: `x`, `&s`, `0`
    const sub = new MacroExpander(this.host, arraySource(tokens, eofAfter(tokens, at)), null);
    const out: Token[] = [];
    for (let t = sub.next(); t.kind !== TokenKind.EOF; t = sub.next()) out.push(t);
    return out;
  }

  /** Could any token of `tokens` start a macro expansion? */
  private mayExpand(tokens: Token[]): boolean {
    const macros = this.host.macros;
    for (const t of tokens) {
      if (t.kind !== TokenKind.Ident) continue;
      const m = macros.get(t.text);
      if (m !== undefined && m.kind !== MacroKind.Operator && (t.hideSet === null || !t.hideSet.has(m.name))) return true;
    }
    return false;
  }

  private lineStart(tok: Token): void {
    if (this.onLineStart !== null && !(tok.flags & TF_MACRO)) this.onLineStart(tok);
  }

  /** Queues a macro's result for rescanning (an empty one may pass on its name's space). */
  private pushExpansion(tokens: Token[], nameTok: Token): void {
    if (tokens.length === 0) {
      if (nameTok.flags & TF_SPACE) this.spaceCarried = true;
      return;
    }
    this.pushFront(tokens);
  }

  private pushFront(tokens: Token[]): void {
    const p = this.pending;
    for (let k = tokens.length - 1; k >= 0; k--) p.push(tokens[k]);
  }

  /** A function-like macro name is a call only if '(' follows (possibly on a later line). */
  private peekLeftParen(): boolean {
    const t = this.raw();
    if (isPunct(t, '(')) return true;
    this.unget(t);
    return false;
  }

  private collectArgs(m: Macro, nameTok: Token): { args: Token[][]; rparen: Token } {
    const nparams = m.params.length;
    const args: Token[][] = [];
    let cur: Token[] = [];
    let depth = 0;
    for (;;) {
      const t = this.raw();
      if (t.kind === TokenKind.EOF) {
        this.unget(t);
        this.host.error(`unterminated argument list invoking macro "${m.name}"`, nameTok);
      }
      if (t.kind === TokenKind.Punct) {
        if (t.text === '(') depth++;
        else if (t.text === ')') {
          if (depth === 0) {
            args.push(cur);
            // (gcc places a wrong count at the call's ')'.)
            this.checkArgCount(m, args, t);
            return { args, rparen: t };
          }
          depth--;
        } else if (t.text === ',' && depth === 0 && !(m.variadic && args.length === nparams - 1)) {
          args.push(cur);
          cur = [];
          continue;
        }
      }
      cur.push(t);
    }
  }

  private checkArgCount(m: Macro, args: Token[][], rparen: Token): void {
    const nparams = m.params.length;
    if (nparams === 0) {
      if (args.length === 1 && args[0].length === 0) {
        args.length = 0;
        return;
      }
    } else if (args.length === nparams - 1 && m.variadic) {
      args.push(ABSENT); // the variable arguments were left out entirely (GNU and C2x allow it)
      return;
    } else if (nparams === 1 && m.variadic && args.length === 1 && args[0].length === 0 && !this.host.strictStd) {
      // `f()` for `f(...)`: absent or empty cannot be told apart; gcc's GNU modes say absent.
      args[0] = ABSENT;
      return;
    }
    if (args.length < nparams) this.host.error(`macro "${m.name}" requires ${nparams} arguments, but only ${args.length} given`, rparen);
    if (args.length > nparams) this.host.error(`macro "${m.name}" passed ${args.length} arguments, but takes just ${nparams}`, rparen);
  }

  /** The replacement list with arguments substituted, #, ## and __VA_OPT__ applied. */
  private substitute(m: Macro, args: Token[][], nameTok: Token, hs: HideSet): Token[] {
    if (m.plain) return plainCopy(m.body, nameTok, hs);
    const out: Token[] = [];
    const expandArg = (tokens: Token[]): Token[] => this.expandAll(tokens, nameTok);
    new Substitution(this.host, expandArg, m, args, nameTok).range(0, m.body.length, out);
    let n = 0;
    for (const t of out) {
      if (t.kind === TokenKind.Placemarker) continue;
      // Every token here is a fresh copy, so it can be updated in place.
      t.hideSet = hideSetUnion(t.hideSet, hs);
      t.line = nameTok.line;
      t.col = nameTok.col;
      if (n === 0) t.flags = (t.flags & ~TF_SPACE) | (nameTok.flags & TF_SPACE);
      out[n++] = t;
    }
    out.length = n;
    return out;
  }

  /** _Pragma ( string-literal ): destringize and hand it to the output (C99 6.10.9). */
  private pragmaOperator(tok: Token): void {
    const open = this.next();
    const str = isPunct(open, '(') ? this.next() : open;
    const close = str.kind === TokenKind.String ? this.next() : str;
    if (!isPunct(open, '(') || str.kind !== TokenKind.String || !isPunct(close, ')')) {
      this.host.error('_Pragma takes a parenthesized string literal', tok);
    }
    const body = str.text.slice(str.text.indexOf('"') + 1, -1).replace(/\\(["\\])/g, '$1');
    this.host.pragmaOperator(body, tok);
  }
}

/** One macro invocation's substitution (kept apart so the expander stays readable). */
class Substitution {
  private readonly expanded: (Token[] | undefined)[] = [];
  private readonly vaIndex: number;

  constructor(
    private readonly host: ExpansionHost,
    private readonly expandArg: (tokens: Token[]) => Token[],
    private readonly m: Macro,
    private readonly args: Token[][],
    private readonly nameTok: Token,
  ) {
    this.vaIndex = m.variadic ? m.params.length - 1 : -1;
  }

  range(from: number, to: number, out: Token[]): void {
    const { m, args } = this;
    const body = m.body;
    const pidx = m.paramIndex;
    const isFunction = m.kind === MacroKind.Function;
    let paste = false;
    for (let i = from; i < to; i++) {
      const t = body[i];
      const p = pidx[i];
      if (isFunction && isHash(t) && i + 1 < to) {
        if (pidx[i + 1] >= 0) {
          this.append(out, [stringize(args[pidx[i + 1]], t, this.host)], paste, t);
          paste = false;
          i++;
          continue;
        }
        if (this.isVaOpt(i + 1, to)) {
          const close = this.vaOptEnd(i + 2, to);
          this.append(out, [stringize(this.vaOpt(i + 3, close), t, this.host)], paste, t);
          paste = false;
          i = close;
          continue;
        }
      }
      if (isPaste(t) && i > from && i + 1 < to) {
        paste = true;
        continue;
      }
      if (isPunct(t, ',') && i + 2 < to && isPaste(body[i + 1]) && pidx[i + 2] >= 0 && pidx[i + 2] === this.vaIndex) {
        // GNU `, ## __VA_ARGS__`: the comma disappears when the variable arguments are left
        // out (but stays for an empty argument, as in gcc).
        const va = args[this.vaIndex];
        if (va !== ABSENT) {
          this.append(out, [t], paste, t);
          this.append(out, va, false, body[i + 2]);
        }
        paste = false;
        i += 2;
        continue;
      }
      if (p >= 0) {
        const operandOfPaste = paste || (i + 1 < to && isPaste(body[i + 1]));
        const arg = operandOfPaste ? args[p] : this.expandedArg(p);
        this.append(out, arg.length ? arg : [placemarker(t)], paste, t);
        paste = false;
        continue;
      }
      if (this.isVaOpt(i, to)) {
        const close = this.vaOptEnd(i + 1, to);
        const inner = this.vaOpt(i + 2, close);
        this.append(out, inner.length ? inner : [placemarker(t)], paste, t);
        paste = false;
        i = close;
        continue;
      }
      this.appendOne(out, t, paste);
      paste = false;
    }
  }

  private expandedArg(p: number): Token[] {
    let e = this.expanded[p];
    if (e === undefined) {
      e = this.expandArg(this.args[p]);
      this.expanded[p] = e;
    }
    return e;
  }

  private isVaOpt(i: number, to: number): boolean {
    const body = this.m.body;
    return this.m.variadic && i + 1 < to && body[i].kind === TokenKind.Ident && body[i].text === '__VA_OPT__' && isPunct(body[i + 1], '(');
  }

  /** Index of the ')' closing the __VA_OPT__ group whose '(' is at open. */
  private vaOptEnd(open: number, to: number): number {
    const body = this.m.body;
    let depth = 0;
    for (let k = open; k < to; k++) {
      if (isPunct(body[k], '(')) depth++;
      else if (isPunct(body[k], ')') && --depth === 0) return k;
    }
    return this.host.error('unterminated __VA_OPT__', body[open]);
  }

  /**
   * The substituted content of __VA_OPT__(...): empty when the variable arguments expand
   * to nothing (so `F(1, EMPTY)` counts as no arguments, as in gcc).
   */
  private vaOpt(from: number, to: number): Token[] {
    const inner: Token[] = [];
    if (this.expandedArg(this.vaIndex).length > 0) this.range(from, to, inner);
    return inner.filter((t) => t.kind !== TokenKind.Placemarker);
  }

  /** append() for a single body token, without making an array. */
  private appendOne(out: Token[], t: Token, paste: boolean): void {
    if (paste && out.length > 0) {
      for (const r of this.paste(out.pop()!, t)) out.push(r);
      return;
    }
    out.push(new Token(t.kind, t.text, t.line, t.col, (t.flags & (TF_SPACE | TF_UNTERMINATED)) | TF_MACRO, t.hideSet));
  }

  /**
   * Appends copies of `items`, which replace the body token `from` (a parameter, a # or a
   * __VA_OPT__): like gcc, the first one is spaced as `from` was. With `paste`, the first
   * one is glued onto the last output token instead.
   */
  private append(out: Token[], items: Token[], paste: boolean, from: Token): void {
    let k = 0;
    if (paste && out.length > 0) {
      const left = out.pop()!;
      for (const t of this.paste(left, items[0])) out.push(t);
      k = 1;
    }
    for (; k < items.length; k++) {
      const t = items[k];
      const space = k === 0 ? from.flags & TF_SPACE : t.flags & TF_SPACE;
      out.push(new Token(t.kind, t.text, t.line, t.col, (t.flags & TF_UNTERMINATED) | space | TF_MACRO, t.hideSet));
    }
  }

  /** The ## operator (C99 6.10.3.3): the two spellings must form exactly one token. */
  private paste(left: Token, right: Token): Token[] {
    if (left.kind === TokenKind.Placemarker) {
      return [new Token(right.kind, right.text, right.line, right.col, (right.flags & (TF_SPACE | TF_UNTERMINATED)) | TF_MACRO, right.hideSet)];
    }
    if (right.kind === TokenKind.Placemarker) return [left];
    const text = left.text + right.text;
    const host = this.host;
    const toks = host.lex(text);
    if (toks !== null && toks.length === 1 && toks[0].text === text) {
      return [new Token(toks[0].kind, text, left.line, left.col, (left.flags & TF_SPACE) | TF_MACRO, hideSetUnion(left.hideSet, right.hideSet))];
    }
    if (host.assembly) {
      // gcc keeps both tokens in assembler-with-cpp mode (`x##.L` glued by the assembler).
      return [left, new Token(right.kind, right.text, right.line, right.col, TF_MACRO, right.hideSet)];
    }
    return host.error(`pasting "${left.text}" and "${right.text}" does not give a valid preprocessing token`, this.nameTok);
  }
}

/** The expansion of an object-like macro without ##: its body, copied and hidden. */
function plainCopy(body: Token[], nameTok: Token, hs: HideSet): Token[] {
  const out: Token[] = new Array<Token>(body.length);
  for (let k = 0; k < body.length; k++) {
    const t = body[k];
    const space = k === 0 ? nameTok.flags & TF_SPACE : t.flags & TF_SPACE;
    out[k] = new Token(t.kind, t.text, nameTok.line, nameTok.col, (t.flags & TF_UNTERMINATED) | space | TF_MACRO, hs);
  }
  return out;
}

function placemarker(at: Token): Token {
  return new Token(TokenKind.Placemarker, '', at.line, at.col, TF_MACRO);
}

/** The # operator (C99 6.10.3.2): spell the argument, one space where there was whitespace. */
function stringize(arg: Token[], hash: Token, host: ExpansionHost): Token {
  let s = '"';
  let first = true;
  for (const t of arg) {
    if (t.kind === TokenKind.Placemarker) continue;
    if (!first && t.flags & TF_SPACE) s += ' ';
    first = false;
    s += t.kind === TokenKind.String || t.kind === TokenKind.Char ? t.text.replace(/[\\"]/g, '\\$&') : t.text;
  }
  // A stray `\` at the end would escape the closing quote: gcc drops it (`str(\)` is "").
  const backslashes = s.length - s.replace(/\\+$/, '').length;
  if (backslashes % 2 === 1) {
    host.warn("invalid string literal, ignoring final '\\'", arg[arg.length - 1] ?? hash);
    s = s.slice(0, -1);
  }
  return new Token(TokenKind.String, s + '"', hash.line, hash.col, TF_MACRO);
}
