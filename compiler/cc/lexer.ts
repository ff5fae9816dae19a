/**
 * The C lexer: a chevrotain Lexer over preprocessed text (what `gcc -E` prints).
 *
 * Linemarkers (`# 12 "kernel/sys.c" 2`) are lexed into their own token group, not
 * handed to the parser; `SourceMapper` uses them to turn a token's physical line in
 * the preprocessed text back into the original file and line for diagnostics and `.loc`.
 */
import { createToken, Lexer, type IToken, type TokenType } from './chevrotain.js';
import { CompileError, type SourceLocation } from '../diagnostics.js';

export const Identifier = createToken({ name: 'Identifier', pattern: /[A-Za-z_$][A-Za-z0-9_$]*/ });

/** Every keyword that starts a declaration (type specifier, qualifier, storage class...). */
export const DeclKeyword = createToken({ name: 'DeclKeyword', pattern: Lexer.NA });
/** Binary operators handled by precedence climbing in the parser (not ?: or assignment). */
export const BinaryOp = createToken({ name: 'BinaryOp', pattern: Lexer.NA });
export const AssignOp = createToken({ name: 'AssignOp', pattern: Lexer.NA });

const keywordTokens: TokenType[] = [];
function keyword(word: string, isDecl: boolean, name = word): TokenType {
  const t = createToken({
    name: `Kw_${name}`,
    pattern: word,
    longer_alt: Identifier,
    categories: isDecl ? [DeclKeyword] : [],
  });
  keywordTokens.push(t);
  return t;
}

// Declaration keywords. GNU spellings share the token of their standard twin.
const declWords = [
  'void', '_Bool', 'char', 'short', 'int', 'long', 'float', 'double', 'signed', 'unsigned',
  'struct', 'union', 'enum', 'typedef', 'static', 'extern', 'auto', 'register', 'inline',
  'const', 'volatile', 'restrict', '_Noreturn', '_Thread_local', '__thread', '_Alignas', '__attribute__',
  '__attribute', 'typeof', '__typeof__', '__typeof', '__inline__', '__inline', '__volatile__', '__volatile',
  '__restrict', '__restrict__', '__signed__', '__signed', '__const', '__const__', '__builtin_va_list',
  '__int128', '_Complex', '__extension__', '_Static_assert', '__label__',
  '_Float32', '_Float64', '_Float32x', '_Float64x', '_Float128',
];
export const Kw: Record<string, TokenType> = {};
// Longest spellings first so `__inline__` is not lexed as `__inline` + `__`.
for (const w of [...declWords].sort((a, b) => b.length - a.length)) Kw[w] = keyword(w, true);

const stmtWords = [
  'if', 'else', 'while', 'do', 'for', 'switch', 'case', 'default', 'break', 'continue', 'goto',
  'return', 'sizeof', '_Alignof', '__alignof__', '__alignof', 'asm', '__asm__', '__asm',
  '_Generic', '__builtin_va_arg', '__builtin_offsetof', '__builtin_types_compatible_p',
];
for (const w of [...stmtWords].sort((a, b) => b.length - a.length)) Kw[w] = keyword(w, false);

const FloatConst = createToken({
  name: 'FloatConst',
  pattern:
    /0[xX](?:[0-9a-fA-F]+\.?[0-9a-fA-F]*|\.[0-9a-fA-F]+)[pP][+-]?\d+[fFlL]?|(?:\d+\.\d*|\.\d+)(?:[eE][+-]?\d+)?[fFlL]?|\d+[eE][+-]?\d+[fFlL]?/,
});
const IntConst = createToken({ name: 'IntConst', pattern: /(?:0[xX][0-9a-fA-F]+|0[bB][01]+|\d+)[uUlL]*/ });
const CharConst = createToken({ name: 'CharConst', pattern: /[LuU]?'(?:[^'\\\n]|\\.)*'/ });
const StringLit = createToken({ name: 'StringLit', pattern: /(?:u8|[LuU])?"(?:[^"\\\n]|\\.)*"/ });
export const Tok = { FloatConst, IntConst, CharConst, StringLit };

const puncts: Record<string, TokenType> = {};
function punct(image: string, name: string, categories: TokenType[] = []): TokenType {
  const escaped = image.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const t = createToken({ name, pattern: new RegExp(escaped), categories });
  puncts[image] = t;
  return t;
}

/** Binary operator precedence (higher binds tighter), used by the precedence climber. */
export const binaryPrecedence: Record<string, number> = {
  '||': 1, '&&': 2, '|': 3, '^': 4, '&': 5, '==': 6, '!=': 6,
  '<': 7, '>': 7, '<=': 7, '>=': 7, '<<': 8, '>>': 8, '+': 9, '-': 9, '*': 10, '/': 10, '%': 10,
};

// Longest first: chevrotain picks the first alternative that matches.
const punctSpecs: [string, string, TokenType[]][] = [
  ['...', 'Ellipsis', []], ['<<=', 'ShlAssign', [AssignOp]], ['>>=', 'ShrAssign', [AssignOp]],
  ['->', 'Arrow', []], ['++', 'Inc', []], ['--', 'Dec', []],
  ['<<', 'Shl', [BinaryOp]], ['>>', 'Shr', [BinaryOp]], ['<=', 'Le', [BinaryOp]], ['>=', 'Ge', [BinaryOp]],
  ['==', 'EqEq', [BinaryOp]], ['!=', 'Ne', [BinaryOp]], ['&&', 'AndAnd', [BinaryOp]], ['||', 'OrOr', [BinaryOp]],
  ['*=', 'MulAssign', [AssignOp]], ['/=', 'DivAssign', [AssignOp]], ['%=', 'ModAssign', [AssignOp]],
  ['+=', 'AddAssign', [AssignOp]], ['-=', 'SubAssign', [AssignOp]], ['&=', 'AndAssign', [AssignOp]],
  ['^=', 'XorAssign', [AssignOp]], ['|=', 'OrAssign', [AssignOp]],
  ['[', 'LBracket', []], [']', 'RBracket', []], ['(', 'LParen', []], [')', 'RParen', []],
  ['{', 'LBrace', []], ['}', 'RBrace', []], ['.', 'Dot', []],
  ['&', 'Amp', [BinaryOp]], ['*', 'Star', [BinaryOp]], ['+', 'Plus', [BinaryOp]], ['-', 'Minus', [BinaryOp]],
  ['~', 'Tilde', []], ['!', 'Bang', []], ['/', 'Slash', [BinaryOp]], ['%', 'Percent', [BinaryOp]],
  ['<', 'Lt', [BinaryOp]], ['>', 'Gt', [BinaryOp]], ['^', 'Caret', [BinaryOp]], ['|', 'Pipe', [BinaryOp]],
  ['?', 'Question', []], [':', 'Colon', []], [';', 'Semi', []], ['=', 'Assign', [AssignOp]], [',', 'Comma', []],
];
for (const [image, name, cats] of punctSpecs) punct(image, name, cats);
export const P = puncts;

const LineMarker = createToken({ name: 'LineMarker', pattern: /#[^\n]*/, group: 'markers' });
const WhiteSpace = createToken({ name: 'WhiteSpace', pattern: /[ \t\r\f\v]+/, group: Lexer.SKIPPED });
const Newline = createToken({ name: 'Newline', pattern: /\n/, group: Lexer.SKIPPED, line_breaks: true });
const BlockComment = createToken({ name: 'BlockComment', pattern: /\/\*[\s\S]*?\*\//, group: Lexer.SKIPPED, line_breaks: true });
const LineComment = createToken({ name: 'LineComment', pattern: /\/\/[^\n]*/, group: Lexer.SKIPPED });

export const allTokens: TokenType[] = [
  WhiteSpace, Newline, BlockComment, LineComment, LineMarker,
  DeclKeyword, BinaryOp, AssignOp,
  FloatConst, IntConst, CharConst, StringLit,
  ...keywordTokens, Identifier,
  ...punctSpecs.map(([image]) => puncts[image]),
];

const cLexer = new Lexer(allTokens, { positionTracking: 'onlyStart', ensureOptimizations: false });

/** Maps physical lines of the preprocessed text to original source locations. */
export class SourceMapper {
  // Parallel arrays, sorted by physical line: the marker's line and what line after it means.
  private markerLines: number[] = [];
  private files: string[] = [];
  private origLines: number[] = [];
  constructor(private defaultFile: string) {}

  addMarker(physLine: number, text: string): void {
    const m = /^#\s*(?:line\s+)?(\d+)(?:\s+"((?:[^"\\]|\\.)*)")?/.exec(text);
    if (!m) return; // #pragma, #ident and friends carry no location
    const file = m[2] !== undefined ? m[2].replace(/\\(.)/g, '$1') : this.fileAt(physLine);
    this.markerLines.push(physLine);
    this.files.push(file);
    this.origLines.push(Number(m[1]));
  }

  private indexAt(physLine: number): number {
    let lo = 0;
    let hi = this.markerLines.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.markerLines[mid] < physLine) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }

  fileAt(physLine: number): string {
    const i = this.indexAt(physLine);
    return i < 0 ? this.defaultFile : this.files[i];
  }

  locate(physLine: number, col: number): SourceLocation {
    const i = this.indexAt(physLine);
    if (i < 0) return { file: this.defaultFile, line: physLine, col };
    return { file: this.files[i], line: this.origLines[i] + (physLine - this.markerLines[i] - 1), col };
  }

  locateToken(t: IToken): SourceLocation {
    return this.locate(t.startLine ?? 1, t.startColumn ?? 1);
  }
}

export interface LexedSource {
  tokens: IToken[];
  mapper: SourceMapper;
}

export function tokenize(text: string, fileName: string): LexedSource {
  const result = cLexer.tokenize(text);
  const mapper = new SourceMapper(fileName);
  for (const m of result.groups.markers ?? []) mapper.addMarker(m.startLine ?? 1, m.image);
  if (result.errors.length > 0) {
    const e = result.errors[0];
    const loc = mapper.locate(e.line ?? 1, e.column ?? 1);
    const ch = text.slice(e.offset, e.offset + 1);
    throw new CompileError(`stray '${ch}' in program`, loc);
  }
  return { tokens: result.tokens, mapper };
}
