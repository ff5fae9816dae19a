/**
 * The C lexer: the token types of preprocessed text (what `gcc -E` prints), and
 * `tokenize`, which cuts the text with the hand-written scanner of scanner.ts. chevrotain's
 * Lexer over the same patterns (makeLexer) is the scanner's reference in the tests.
 *
 * Linemarkers (`# 12 "kernel/sys.c" 2`) are lexed into their own token group, not
 * handed to the parser; `SourceMapper` uses them to turn a token's offset in the
 * preprocessed text back into the original file and line for diagnostics and `.loc`.
 *
 * Built for speed (lexing is a tenth of a compile): keywords are not lexer patterns but
 * words looked up in a Map, punctuators are plain strings, every regex names its first
 * characters (so chevrotain need not analyse it), and tokens carry only their offset:
 * lines and columns are computed from a table of line starts for the few tokens that
 * need a location.
 */
import { createToken, Lexer, type IToken, type TokenType } from './chevrotain.js';
import { CompileError, type SourceLocation } from '../diagnostics.js';
import { scan, type ScannerTokens } from './scanner.js';
import type { TokenList } from './token-list.js';
import { DEFAULT_STANDARD, isStrictC90, type CStandard } from '../cpp/standard.js';

const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const digits = '0123456789';
/** The first characters a regex token can start with, so chevrotain skips analysing it. */
function startChars(chars: string): string[] {
  return [...chars];
}

export const Identifier = createToken({
  name: 'Identifier',
  pattern: /[A-Za-z_$][A-Za-z0-9_$]*/,
  start_chars_hint: startChars(letters + '_$'),
});

/** Every keyword that starts a declaration (type specifier, qualifier, storage class...). */
export const DeclKeyword = createToken({ name: 'DeclKeyword', pattern: Lexer.NA });
/** Binary operators handled by precedence climbing in the parser (not ?: or assignment). */
export const BinaryOp = createToken({ name: 'BinaryOp', pattern: Lexer.NA });
export const AssignOp = createToken({ name: 'AssignOp', pattern: Lexer.NA });

const keywordTokens: TokenType[] = [];
/** Keyword spelling → token type; `tokenize` re-tags identifiers found here. */
const keywordByImage = new Map<string, TokenType>();
function keyword(word: string, isDecl: boolean): TokenType {
  const t = createToken({ name: `Kw_${word}`, pattern: Lexer.NA, categories: isDecl ? [DeclKeyword] : [] });
  keywordTokens.push(t);
  keywordByImage.set(word, t);
  return t;
}

// Declaration keywords. GNU spellings share the token of their standard twin.
const declWords = [
  'void', '_Bool', 'char', 'short', 'int', 'long', 'float', 'double', 'signed', 'unsigned',
  'struct', 'union', 'enum', 'typedef', 'static', 'extern', 'auto', 'register', 'inline',
  'const', 'volatile', 'restrict', '_Noreturn', '_Thread_local', '__thread', '_Alignas', '__attribute__',
  '__attribute', 'typeof', '__typeof__', '__typeof', '__inline__', '__inline', '__volatile__', '__volatile',
  '__restrict', '__restrict__', '__signed__', '__signed', '__const', '__const__', '__builtin_va_list',
  '__int128', '_Complex', '__complex__', '__complex', '__extension__', '_Static_assert', '__label__',
  '_Float32', '_Float64', '_Float32x', '_Float64x', '_Float128', '__float80', '_Atomic', '__auto_type',
];
export const Kw: Record<string, TokenType> = {};
for (const w of declWords) Kw[w] = keyword(w, true);

/** The qualifiers that may follow a declarator's `*`. */
export const POINTER_QUALIFIER_WORDS: readonly string[] = [
  'const', 'volatile', 'restrict', '__restrict', '__restrict__', '__const', '__const__', '__volatile__', '__volatile', '_Atomic',
];

/** The keywords that are type specifiers by themselves (not struct, union, enum, typeof). */
export const TYPE_SPECIFIER_WORDS: readonly string[] = [
  'void', '_Bool', 'char', 'short', 'int', 'long', 'float', 'double', 'signed', 'unsigned', '__signed__', '__signed',
  '__builtin_va_list', '__int128', '_Float32', '_Float64', '_Float32x', '_Float64x', '_Float128', '__float80', '__auto_type',
];
/**
 * `_Atomic (type-name)`, the C11 type specifier, as opposed to the `_Atomic` qualifier:
 * `retagAtomicSpecifiers` tells them apart by the `(` that follows, so the parser needs no
 * two-token lookahead for it.
 */
export const AtomicTypeSpecifier = createToken({ name: 'Kw__Atomic_type', pattern: Lexer.NA, categories: [DeclKeyword] });
keywordTokens.push(AtomicTypeSpecifier);

const stmtWords = [
  'if', 'else', 'while', 'do', 'for', 'switch', 'case', 'default', 'break', 'continue', 'goto',
  'return', 'sizeof', '_Alignof', '__alignof__', '__alignof', 'asm', '__asm__', '__asm',
  '_Generic', '__builtin_va_arg', '__builtin_offsetof', '__builtin_types_compatible_p', '__builtin_convertvector', '__real__', '__imag__', '__real', '__imag',
];
for (const w of stmtWords) Kw[w] = keyword(w, false);

const FloatConst = createToken({
  name: 'FloatConst',
  pattern:
    /(?:0[xX](?:[0-9a-fA-F]+\.?[0-9a-fA-F]*|\.[0-9a-fA-F]+)[pP][+-]?\d+|(?:\d+\.\d*|\.\d+)(?:[eE][+-]?\d+)?|\d+[eE][+-]?\d+)(?:[iIjJ](?:[fF](?:32|64)x?|[fFlL])|(?:[fF](?:32|64)x?|[fF]128|[fFlLqQ])?[iIjJ]?)/,
  start_chars_hint: startChars(digits + '.'),
});
const IntConst = createToken({
  name: 'IntConst',
  // A hex constant ending in e/E followed by a sign is one preprocessing number (`0xe+1`,
  // C11 6.4.8), no constant: taken whole so that it is refused, not read as `0xe + 1`.
  pattern: /(?:0[xX][0-9a-fA-F]*[eE][+-](?:[eEpP][+-]|[\w.])*|0[xX][0-9a-fA-F]+|0[bB][01]+|\d+)[uUlLiIjJ]*/,
  start_chars_hint: startChars(digits),
});
const CharConst = createToken({ name: 'CharConst', pattern: /[LuU]?'(?:[^'\\\n]|\\.)*'/, start_chars_hint: startChars("LuU'") });
const StringLit = createToken({
  name: 'StringLit',
  pattern: /(?:u8|[LuU])?"(?:[^"\\\n]|\\.)*"/,
  start_chars_hint: startChars('LuU"'),
});
/** A brace list's plain integer constants as one token (data-run.ts); only the scanner makes it. */
const IntegerRun = createToken({ name: 'IntegerRun', pattern: Lexer.NA });
export const Tok = { FloatConst, IntConst, CharConst, StringLit, IntegerRun };

const puncts: Record<string, TokenType> = {};
// The digraphs (C99 6.4.6p3) the preprocessor passes through spelled as written: each lexes as
// the punctuator it stands for (scanner.ts does the same).
const digraphOf: Record<string, string> = { '[': '<:', ']': ':>', '{': '<%', '}': '%>' };

function punct(image: string, name: string, categories: TokenType[] = []): TokenType {
  const digraph = digraphOf[image];
  const t = digraph
    ? createToken({ name, pattern: new RegExp(`\\${image}|${digraph}`), categories, start_chars_hint: [image, digraph[0]] })
    : createToken({ name, pattern: image, categories });
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

const LineMarker = createToken({ name: 'LineMarker', pattern: /#[^\n]*/, group: 'markers', start_chars_hint: ['#'] });
// Newlines are plain white space: lines are counted from offsets, not while lexing.
const WhiteSpace = createToken({
  name: 'WhiteSpace',
  pattern: /[ \t\r\f\v\n]+/,
  group: Lexer.SKIPPED,
  start_chars_hint: startChars(' \t\r\f\v\n'),
});
const BlockComment = createToken({ name: 'BlockComment', pattern: /\/\*[\s\S]*?\*\//, group: Lexer.SKIPPED, start_chars_hint: ['/'] });
const LineComment = createToken({ name: 'LineComment', pattern: /\/\/[^\n]*/, group: Lexer.SKIPPED, start_chars_hint: ['/'] });

/** What the lexer matches, in priority order (the first pattern that matches wins). */
const lexedTokens: TokenType[] = [
  WhiteSpace, BlockComment, LineComment, LineMarker,
  FloatConst, IntConst, CharConst, StringLit, Identifier,
  ...punctSpecs.map(([image]) => puncts[image]),
];

/** The parser's vocabulary: everything lexed, the keywords and the categories. */
export const allTokens: TokenType[] = [DeclKeyword, BinaryOp, AssignOp, IntegerRun, ...keywordTokens, ...lexedTokens];

/**
 * chevrotain's Lexer over the same patterns. `tokenize` uses the hand-written scanner
 * (scanner.ts, which must agree with it); tests use this one as its reference, and
 * `validate` runs chevrotain's checks of the token definitions.
 */
export function makeLexer(validate = false): InstanceType<typeof Lexer> {
  return new Lexer(lexedTokens, { positionTracking: 'onlyOffset', ensureOptimizations: validate, skipValidations: !validate });
}

const scannerTokens: ScannerTokens = {
  identifier: Identifier, floatConst: FloatConst, intConst: IntConst, charConst: CharConst, stringLit: StringLit,
  lineMarker: LineMarker, integerRun: IntegerRun, keywords: keywordByImage, puncts: new Map(Object.entries(puncts)),
};

/**
 * The words that are ordinary identifiers in a dialect, as in gcc 12: the GNU keywords
 * without underscores in every strict mode (`-std=c11`: `int asm = 1;`), `restrict`
 * before C99 and `inline` in strict C90. Their `__` spellings are keywords everywhere.
 */
function plainIdentifiers(s: CStandard): string[] {
  const words = s.gnu ? [] : ['typeof', 'asm'];
  if (s.year < 1999) words.push('restrict');
  if (isStrictC90(s)) words.push('inline');
  return words;
}

const scannerTokensByDialect = new Map<string, ScannerTokens>();

/** The scanner's vocabulary for a dialect (the default's is scannerTokens itself). */
function scannerTokensFor(s: CStandard): ScannerTokens {
  const plain = plainIdentifiers(s);
  if (plain.length === 0) return scannerTokens;
  const key = plain.join(' ');
  let tokens = scannerTokensByDialect.get(key);
  if (tokens === undefined) {
    const keywords = new Map(keywordByImage);
    for (const w of plain) keywords.delete(w);
    tokens = { ...scannerTokens, keywords };
    scannerTokensByDialect.set(key, tokens);
  }
  return tokens;
}

/** Maps offsets in the preprocessed text to original source locations. */
/**
 * Where the preprocessor's text has other columns than the source (compiler/cpp/output.ts):
 * `fixes`, pairs (offset, delta) — from offset on, to the end of its line or the next pair,
 * a column in the text is delta less than in the source; `expansions`, triples (start, end,
 * column) — text a macro expansion printed, every token of it at the macro's column.
 */
export interface SourceColumns {
  fixes: readonly number[];
  expansions: readonly number[];
}

const NO_COLUMN_CHANGES: SourceColumns = { fixes: [], expansions: [] };

export class SourceMapper {
  // Offsets where each physical line starts (line 1 at index 0), built on first use.
  private lineStarts: number[] | undefined;
  // Parallel arrays, sorted by physical line: the marker's line and what line after it means.
  private markerLines: number[] = [];
  private files: string[] = [];
  private origLines: number[] = [];
  /** Whether each marker's lines are a system header's (flag 3). */
  private systems: boolean[] = [];
  // The main file (named by the first linemarker), and the physical line and main-file line
  // of each return to it from an #include (flag 2): where gcc would add another #include.
  private mainFile: string | undefined;
  private includeEnds: { physLine: number; line: number }[] = [];
  constructor(
    private defaultFile: string,
    private text: string,
    /** Where the preprocessor's output moved columns (see SourceColumns). */
    private columns: SourceColumns = NO_COLUMN_CHANGES,
  ) {}

  /** The physical (1-based) line holding `offset`. */
  lineOf(offset: number): number {
    const starts = (this.lineStarts ??= lineStartsOf(this.text));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }

  /**
   * The 1-based column of `offset` in the source (a tab counts one, as in gcc): its column
   * on its line, corrected where a macro before it on the line changed the line's length.
   */
  columnOf(offset: number): number {
    const expansion = this.expansionColumnAt(offset);
    if (expansion !== undefined) return expansion;
    const lineStart = this.lineStarts![this.lineOf(offset) - 1];
    return offset - lineStart + 1 + this.deltaAt(offset, lineStart);
  }

  /** The macro name's column, if `offset` is in a macro expansion's text. */
  private expansionColumnAt(offset: number): number | undefined {
    const runs = this.columns.expansions;
    let lo = 0;
    let hi = runs.length / 3 - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (runs[3 * mid + 1] <= offset) lo = mid + 1;
      else if (runs[3 * mid] > offset) hi = mid - 1;
      else return runs[3 * mid + 2];
    }
    return undefined;
  }

  /** The delta of the last column fix at or before `offset` on the line starting at `lineStart`. */
  private deltaAt(offset: number, lineStart: number): number {
    const fixes = this.columns.fixes;
    let lo = 0;
    let hi = fixes.length / 2 - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (fixes[2 * mid] <= offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found >= 0 && fixes[2 * found] >= lineStart ? fixes[2 * found + 1] : 0;
  }

  addMarker(physLine: number, text: string): void {
    const m = /^#\s*(?:line\s+)?(\d+)(?:\s+"((?:[^"\\]|\\.)*)")?(.*)/.exec(text);
    if (!m) return; // #pragma, #ident and friends carry no location
    const file = m[2] !== undefined ? m[2].replace(/\\(.)/g, '$1') : this.fileAt(physLine);
    const flags = m[3].trim().split(/\s+/);
    this.mainFile ??= file;
    if (file === this.mainFile && flags.includes('2')) this.includeEnds.push({ physLine, line: Number(m[1]) });
    this.systems.push(flags.includes('3'));
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

  locateOffset(offset: number): SourceLocation {
    return this.locate(this.lineOf(offset), this.columnOf(offset));
  }

  locateToken(t: IToken): SourceLocation {
    return this.locateOffset(t.startOffset);
  }

  /** Whether `t` comes from a system header, where gcc gives no warnings. */
  inSystemHeader(t: IToken): boolean {
    const i = this.indexAt(this.lineOf(t.startOffset));
    return i >= 0 && this.systems[i];
  }

  /** Whether the token comes from the main file (the first linemarker's), not a header. */
  inMainFile(t: IToken): boolean {
    return this.mainFile === undefined || this.fileAt(this.lineOf(t.startOffset)) === this.mainFile;
  }

  /**
   * Where gcc's fix-it would add an #include for a use at token t: the line after the main
   * file's last #include before t, else its first line.
   */
  includeInsertionPoint(t: IToken): SourceLocation {
    const physLine = this.lineOf(t.startOffset);
    let line = 1;
    for (const e of this.includeEnds) if (e.physLine < physLine) line = e.line;
    return { file: this.mainFile ?? this.defaultFile, line, col: 1 };
  }
}

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

export interface LexedSource {
  /** The tokens as objects (made when first read: the compiler reads `list`). */
  readonly tokens: IToken[];
  /** The tokens, compact (token-list.ts). */
  list: TokenList;
  mapper: SourceMapper;
  directives: IToken[]; // the `#...` lines (linemarkers, #pragma, #ident), in order
}

/**
 * `integerRuns`: the constants of an initializer list that holds nothing else (`= {1, 2,
 * ...}`, also nested in a list) become one IntegerRun token (data-run.ts, scanner.ts), as
 * the compiler wants; by default every constant is a token, as chevrotain's Lexer makes them.
 */
export function tokenize(text: string, fileName: string, standard: CStandard = DEFAULT_STANDARD, integerRuns = false, columns: SourceColumns = NO_COLUMN_CHANGES): LexedSource {
  const result = scan(text, scannerTokensFor(standard), integerRuns);
  const mapper = new SourceMapper(fileName, text, columns);
  for (const m of result.markers) mapper.addMarker(mapper.lineOf(m.startOffset), m.image);
  if (result.error) throw new CompileError(result.error.message, mapper.locateOffset(result.error.offset));
  const list = result.tokens;
  if (text.includes('_Atomic')) retagAtomicSpecifiers(list);
  let tokens: IToken[] | undefined;
  return {
    list,
    mapper,
    directives: result.markers,
    get tokens(): IToken[] {
      tokens ??= list.toArray();
      return tokens;
    },
  };
}

/** `_Atomic (` is the type specifier: the keyword's token becomes AtomicTypeSpecifier. */
function retagAtomicSpecifiers(tokens: TokenList): void {
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (tokens.typeAt(i) === Kw._Atomic && tokens.imageAt(i + 1) === '(') tokens.retype(i, AtomicTypeSpecifier);
  }
}
