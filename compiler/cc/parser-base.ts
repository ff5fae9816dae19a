/**
 * Shared state and helpers of the C parser: scopes, the function being parsed, the
 * typedef-name test used by GATEs, object creation. The grammar rules live in the
 * subclasses (parser-expr.ts, parser-decl.ts, parser-stmt.ts), stacked in that order;
 * rules a lower layer needs from a higher one are declared abstract here.
 */
import type { PragmaReport } from './pragma-report.js';
import type { Diagnostic } from '../diagnostics.js';
import { EmbeddedActionsParser, tokenMatcher, type IToken, type ParserMethod, type TokenType } from './chevrotain.js';
import { newNode, newObj, type Node, type Obj } from './ast.js';
import { allTokens, DeclKeyword, Identifier, Kw, P, POINTER_QUALIFIER_WORDS, Tok } from './lexer.js';
import { FirstTokenLookahead } from './parser-lookahead.js';
import type { PackAt } from './pragma.js';
import { errorAt, reportInFunction, unknownTypeNameAt, warnAt } from './report.js';
import { refuseUnknownForms } from './unknown-forms.js';
import { Scopes } from './scope.js';
import { Cleanups } from './cleanup.js';
import { arrayOf, tyChar, tyInt, type Type } from './types.js';
import type { InitSyntax } from './initializer.js';
import type { ModeAttribute } from './mode-attr.js';
import type { EarlyCode } from './early-code.js';
import type { OpenSwitch } from './case-values.js';
import type { LabelMention } from './labels.js';
import { TokenList } from './token-list.js';
import { suggestName, type NameKind } from './spellcheck.js';

/** What declaration specifiers (`static const unsigned long`, `typedef struct x`...) said. */
export interface DeclSpec {
  ty: Type;
  isTypedef: boolean;
  isStatic: boolean;
  isExtern: boolean;
  isInline: boolean;
  /** `_Noreturn` (the attribute sets attrs.noreturn only). */
  isNoreturn?: boolean;
  isThreadLocal: boolean;
  /** `auto`: on a block-scope function declaration it forward-declares a nested function. */
  isAuto?: boolean;
  /** `__label__ a, b;` (this is the keyword): the declarators name local labels, not objects. */
  localLabel?: IToken;
  /** `const` among the specifiers (not through a typedef); `volatile` too. */
  isConst: boolean;
  isVolatile: boolean;
  /** `_Atomic` as a qualifier among the specifiers. */
  isAtomic?: boolean;
  /** `register` (which matters only at file scope: a GNU global register variable). */
  isRegister?: boolean;
  /** `signed` among the specifiers, or a typedef declared with it: -funsigned-bitfields keeps such bit-fields signed. */
  isExplicitlySigned?: boolean;
  /** No type specifier at all: C89's implicit int (`f() { ... }`). */
  isImplicitInt?: boolean;
  /** Where gcc places the type specifier naming a struct or typedef (-Wmissing-field-initializers points there). */
  typeTok?: IToken;
  /** The first qualifier among the specifiers (-Wignored-qualifiers points there). */
  qualifierTok?: IToken;
  align: number;
  attrs: Attributes;
}

/** The GNU attributes we act on; the rest are accepted and ignored. */
export interface Attributes {
  section?: string;
  aligned?: number;
  packed?: boolean;
  weak?: boolean;
  used?: boolean;
  unused?: boolean; // unused, maybe_unused: no -Wunused-variable warning
  alias?: string;
  visibility?: string;
  noreturn?: boolean;
  pure?: boolean; // pure or const: a call of the function has no side effects
  startupArray?: '.init_array' | '.fini_array'; // constructor (before main) / destructor (at exit)
  cleanup?: string; // the function to call with the variable's address when its scope ends
  vectorSize?: { bytes: number; tok: IToken }; // makes the declared base type a GNU vector (vector.ts)
  transparentUnion?: boolean; // GNU: the union (or union typedef) passes as whichever member matches
  mode?: ModeAttribute; // replaces the declared base type by the one of that machine mode (mode-attr.ts)
  msStruct?: boolean; // ms_struct (true) or gcc_struct (false): whose record layout (layout-ms.ts)
  gnuInline?: boolean; // gnu_inline: GNU89's `inline` rules for this function (inline.ts)
  alwaysInline?: boolean;
  interrupt?: boolean; // an x86 interrupt handler (interrupt.ts)
  noInstrument?: boolean; // no_instrument_function: left out by -finstrument-functions
  common?: boolean; // common (true) / nocommon (false): a tentative definition as a COMMON symbol or not
  naked?: boolean; // no prologue or epilogue: the body is its own asm (codegen.ts nakedFunctionCode)
  fallthrough?: boolean; // `__attribute__((fallthrough));` (parser-stmt-actions.ts attributeStatement)
}

const RECENT_TOKENS = 1 << 12;
const RECENT_MASK = RECENT_TOKENS - 1;

/** A parsed declarator: the name (if any) and how it derives its type from the base type. */
export interface Declarator {
  nameTok: IToken | undefined;
  derive: (base: Type) => Type;
  cleanup?: string; // `char *__attribute__((cleanup(f))) p`: an attribute among the pointers
}

/** The qualifiers that may follow a declarator's `*` (checkDeclarator skips them). */
const POINTER_QUALIFIERS: ReadonlySet<string> = new Set(POINTER_QUALIFIER_WORDS);
/** What may come right after a declaration's declarator (its attributes and asm label read). */
const DECLARATOR_FOLLOWERS: readonly TokenType[] = [P['='], P[','], P[';'], P['{']];

/** The storage classes a parameter may not have (`register` it may). */
const STORAGE_CLASSES: ReadonlySet<string> = new Set(['typedef', 'extern', 'static', 'auto', '_Thread_local', '__thread']);

/** The predefined identifiers that name the enclosing function (C99 6.4.2.2, and gcc's two). */
export const FUNCTION_NAME_IDENTS: ReadonlySet<string> = new Set(['__func__', '__FUNCTION__', '__PRETTY_FUNCTION__']);

export abstract class CParserBase extends EmbeddedActionsParser {
  scopes = new Scopes();
  globals: Obj[] = [];
  topAsm: string[] = [];
  fn: Obj | undefined;
  // Temporaries made outside a function: a parameter's VLA size such as `a[n++]` is parsed
  // before its function begins; the next function defined adopts them (see beginFunction).
  pendingTemps: Obj[] = [];
  // Code a struct definition in a block needs at the enclosing declaration: the row sizes
  // of members such as `double (*rows)[n]` (see memberDeclarator).
  pendingSetup: Node[] = [];
  private fnNameStringsOf: Obj | undefined;
  private fnNameStrings = new Map<string, Obj>(); // the current function's __func__ and kin
  private uniqueCount = 0;
  // Labels of the function being parsed, to check gotos against at its end.
  fnLabels = new Set<string>();
  fnGotos: Node[] = [];
  // The labels of the top-level function being parsed and its nested ones (labels.ts).
  labelMentions = new Map<string, LabelMention>();
  /** Where a `__label__` declaration may start: a block's first item, or right after such a declaration (labels.ts). */
  localLabelZone = -1;
  cleanups = new Cleanups(); // the function's cleanup attributes in force
  breakDepth = 0;
  continueDepth = 0;
  // Statement expressions around the parse position: whose last statement is their value.
  stmtExprDepth = 0;
  switchStack: OpenSwitch[] = []; // the switches around the parse position, innermost last
  /** The macros the file defines, candidates for a misspelt name (spellcheck.ts). */
  macroNames: readonly string[] = [];
  /** The token index of the `{` of the top-level function whose body is being parsed (recovery.ts). */
  bodyStart = -1;
  shortEnums = false; // -fshort-enums: every enum as small as its values allow
  trapv = false; // -ftrapv: signed + - * and negation check for overflow (trapv.ts)
  unsignedBitfields = false; // -funsigned-bitfields: plain integer bit-fields are unsigned (parser-specifiers memberDeclarator)
  noFloat: string | undefined = undefined; // why floating point is refused, if it is (report.ts refuseFloatingPoint)
  warningsOn = true;
  builtinsOn = true; // fold calls gcc knows as builtins (fold-library.ts); -fno-builtin turns it off
  gnu89Inline = false; // `inline` follows GNU89's rules (-std=gnu89, -fgnu89-inline; inline.ts)
  msBitfields = false; // -mms-bitfields: Microsoft's record layout unless gcc_struct (layout-ms.ts)
  packAt: PackAt = () => undefined; // #pragma pack in force at a source offset
  // The declaration being parsed, for gcc's words when its ';' is missing (missingDeclarationSemicolon).
  readonly declarationShape = { declarators: 0, initialized: false, prototype: false };
  visibilityAt: (offset: number) => string | undefined = () => undefined; // #pragma GCC visibility pushed there
  earlyCode: EarlyCode | undefined; // generates each function's code as its body ends (early-code.ts)
  pragmas: PragmaReport | undefined; // pragmas to report as the parse reaches them (pragma-report.ts)
  // The warnings of gcc's middle end, each function's after the whole unit's front-end
  // warnings, and none with -fsyntax-only (compiler/cc/index.ts): -Wimplicit-fallthrough's
  // (fallthrough.ts) and -Wreturn-type's "control reaches end of non-void function".
  // An `__attribute__((fallthrough));` outside every switch is an error after them.
  middleEndWarnings: { fn: Obj; warnings: Diagnostic[]; invalidAttribute: IToken | undefined }[] = [];
  /** Offsets of the tokens a fallthrough comment came before (cpp TF_FALLTHROUGH). */
  fallthroughComments: ReadonlySet<number> = new Set();
  /** `__attribute__((fallthrough));` statements made in the current function. */
  fallthroughStatements = 0;

  abstract expr: ParserMethod<[], Node>;
  abstract assign: ParserMethod<[], Node>;
  abstract conditional: ParserMethod<[], Node>;
  abstract castExpr: ParserMethod<[], Node>;
  abstract typeName: ParserMethod<[], Type>;
  abstract compoundStmt: ParserMethod<[], Node>;
  abstract initializerSyntax: ParserMethod<[], InitSyntax>;
  abstract declspec: ParserMethod<[], DeclSpec>;
  abstract declarator: ParserMethod<[], Declarator>;
  abstract attributeList: ParserMethod<[Attributes?], Attributes>;
  abstract buildCompoundLiteral(ty: Type, init: InitSyntax, tok: IToken): Node;
  /** `fn(&obj);` for a cleanup attribute. */
  abstract cleanupCall(fnName: string, obj: Obj, tok: IToken): Node;

  /** `validateGrammar`: run chevrotain's grammar checks (slow; the tests do it once). */
  constructor(validateGrammar = false) {
    super(allTokens, {
      maxLookahead: 2,
      recoveryEnabled: false,
      skipValidations: !validateGrammar,
      lookaheadStrategy: new FirstTokenLookahead({ maxLookahead: 2 }),
    });
  }

  resetState(): void {
    this.scopes.reset();
    this.globals = [];
    this.topAsm = [];
    this.fn = undefined;
    this.pendingTemps = [];
    this.pendingSetup = [];
    this.fnNameStrings.clear();
    this.fnNameStringsOf = undefined;
    this.uniqueCount = 0;
    this.switchStack = [];
    this.breakDepth = 0;
    this.continueDepth = 0;
    this.stmtExprDepth = 0;
    this.middleEndWarnings = [];
    this.fallthroughStatements = 0;
    this.macroNames = [];
  }

  // chevrotain's token vector and position (its lexer_adapter.js, meant to be overridden
  // for lazy lexers): LA below makes the token objects as the parser reaches them.
  declare protected tokVectorLength: number;
  declare protected currIdx: number;
  private tokenList: TokenList | undefined;
  // The objects made for the latest tokens looked at: token i is recent[i & RECENT_MASK] if
  // recentAt says so. The parser reads near its position; a token made again after it
  // left the window is a new object with the same fields (nothing compares tokens by identity).
  private readonly recent = new Array<IToken | undefined>(RECENT_TOKENS).fill(undefined);
  private readonly recentAt = new Int32Array(RECENT_TOKENS);

  /**
   * The tokens to parse: objects, or a compact TokenList whose objects are made as the
   * parser reaches them, so that most die young, with the AST that holds them.
   */
  setTokens(tokens: TokenList | IToken[]): void {
    if (tokens instanceof TokenList) {
      this.input = [];
      this.tokVectorLength = tokens.length;
      this.tokenList = tokens;
      this.recentAt.fill(-1);
    } else {
      this.input = tokens;
      this.tokenList = undefined;
    }
    this.recent.fill(undefined);
  }

  override LA(howMuch: number): IToken {
    const i = this.currIdx + howMuch;
    const list = this.tokenList;
    if (list === undefined || i < 0 || i >= this.tokVectorLength) return super.LA(howMuch);
    const slot = i & RECENT_MASK;
    if (this.recentAt[slot] === i) return this.recent[slot]!;
    const token = list.at(i);
    this.recent[slot] = token;
    this.recentAt[slot] = i;
    return token;
  }

  /** The token at index `i` of the input (LA(k) is the one k after the parse position). */
  tokenAt(i: number): IToken {
    return this.LA(i - this.currIdx);
  }

  get tokenCount(): number {
    return this.tokVectorLength;
  }

  /** Parsing goes on at token `i` (recovery.ts). */
  resumeAt(i: number): void {
    this.currIdx = i - 1;
  }

  /**
   * Forgets the top-level function being parsed, which an error cut short (recovery.ts):
   * parsing goes on at file scope. (The expression and declarator stacks of the subclasses
   * need nothing: each rule uses only what it pushed itself.)
   */
  abandonFunction(): void {
    this.scopes.abandonBlocks();
    this.fn = undefined;
    this.bodyStart = -1;
    this.pendingTemps = [];
    this.pendingSetup = [];
    this.fnLabels = new Set();
    this.fnGotos = [];
    this.labelMentions = new Map();
    this.localLabelZone = -1;
    this.cleanups.reset();
    this.breakDepth = 0;
    this.continueDepth = 0;
    this.stmtExprDepth = 0;
    this.switchStack = [];
    this.fallthroughStatements = 0;
    reportInFunction(null);
  }

  // chevrotain's LA without bounds checks (it pads its own token vector with EOF tokens).
  override LA_FAST(howMuch: number): IToken {
    return this.LA(howMuch);
  }

  is(tok: IToken, type: TokenType): boolean {
    return tokenMatcher(tok, type);
  }

  /** Does `tok` start a type name (keyword or typedef name not shadowed by a variable)? */
  isTypeStart(tok: IToken): boolean {
    if (tokenMatcher(tok, DeclKeyword)) return !tokenMatcher(tok, Kw.__extension__) && !tokenMatcher(tok, Kw._Static_assert);
    return tokenMatcher(tok, Identifier) && this.scopes.isTypedef(tok.image);
  }

  /**
   * Where a declaration may start (LA(k)): gcc's "unknown type name" for a name nothing
   * declares followed by another name or `*` (`uint32_t x;` without <stdint.h>), with its
   * note naming the header that defines it (`headerNote`: none for a struct member), and a
   * spelling suggestion where gcc gives one (`suggest`: at a declaration's start, not after
   * `typedef`, `static` or `const`, nor in a member).
   */
  checkUnknownTypeName(k = 1, headerNote = true, suggest = headerNote): void {
    const t = this.LA(k);
    if (!tokenMatcher(t, Identifier)) return;
    const after = this.LA(k + 1);
    if (!tokenMatcher(after, Identifier) && !tokenMatcher(after, P['*'])) return;
    if (this.scopes.lookup(t.image) === undefined) unknownTypeNameAt(t, headerNote, () => (suggest ? this.suggestName(t.image, 'type') : undefined));
  }

  /** gcc's spelling suggestion for an undeclared name (spellcheck.ts). */
  suggestName(name: string, kind: NameKind): string | undefined {
    return suggestName(name, kind, this.scopes.visibleNames(), this.macroNames);
  }

  /**
   * A parameter declaration starts with declaration specifiers: a name nothing declares is
   * gcc's "unknown type name" (`int f(int a, b)`, `f(size_t n)` without its header), anything
   * else gcc's "expected declaration specifiers or '...'".
   */
  checkParameterStart(): void {
    const t = this.LA(1);
    if (tokenMatcher(t, DeclKeyword) || this.isTypeStart(t)) return;
    if (tokenMatcher(t, Identifier) && this.scopes.lookup(t.image) === undefined) unknownTypeNameAt(t, true, () => this.suggestName(t.image, 'type'));
    this.expected("declaration specifiers or '...'");
  }

  /** Does the token at LA(k) start a declaration? `__extension__` prefixes are skipped. */
  isDeclarationAt(k: number): boolean {
    let t = this.LA(k);
    while (tokenMatcher(t, Kw.__extension__)) t = this.LA(++k);
    if (tokenMatcher(t, Kw._Static_assert)) return true;
    return this.isTypeStart(t) && !(tokenMatcher(t, Identifier) && tokenMatcher(this.LA(k + 1), P[':']));
  }

  /**
   * `n` preceded by the code a typeof in its type name left pending (see typeofSpec): a
   * cast, sizeof, va_arg or compound literal evaluates it where the type name is.
   */
  withPendingSetup(n: Node): Node {
    let out = n;
    const code = this.pendingSetup.splice(0);
    for (let i = code.length - 1; i >= 0; i--) {
      const c = newNode('comma', n.tok);
      c.lhs = code[i];
      c.rhs = out;
      c.ty = out.ty;
      out = c;
    }
    return out;
  }

  /** The next token (for diagnostics from code outside the parser class). */
  peek(): IToken {
    return this.LA(1);
  }

  /**
   * gcc's "expected `what` before ..." about the next token; when the input has ended,
   * "expected `what` at end of input", placed at the last token (the end has no place).
   */
  expected(what: string): never {
    const next = this.LA(1);
    if (next.tokenType?.name === 'EOF') return errorAt(this.LA(0), `expected ${what} at end of input`);
    refuseUnknownForms(next, this.LA(0));
    return errorAt(next, `expected ${what} before ${gccTokenPhrase(next)}`);
  }

  /**
   * The same for a missing token that could simply be added (`;`, `)`): placed where it
   * goes, just after the previous token, as gcc places it with its fix-it hint.
   */
  expectedAfterPrevious(what: string): never {
    const next = this.LA(1);
    if (next.tokenType?.name === 'EOF') return this.expected(what);
    refuseUnknownForms(next, this.LA(0));
    return errorAt(justAfter(this.LA(0)), `expected ${what} before ${gccTokenPhrase(next)}`);
  }

  /** Before a case label's ':': gcc names the GNU range's '...' too when there was none. */
  expectCaseColon(range: boolean): void {
    if (tokenMatcher(this.LA(1), P[':'])) return;
    if (range) this.expectedAfterPrevious("':'");
    this.expected("':' or '...'");
  }

  /** A declaration begins: see declarationShape. */
  startDeclaration(): void {
    this.declarationShape.declarators = 0;
    this.declarationShape.initialized = false;
    this.declarationShape.prototype = false;
  }

  /**
   * One of its declarators has ended, with or without an initializer; `ty` its type, which
   * says whether a definition could still follow (a function's, at file scope).
   */
  noteDeclarator(initialized: boolean, ty: Type): void {
    this.declarationShape.declarators++;
    this.declarationShape.initialized = initialized;
    this.declarationShape.prototype = ty.kind === 'func' && ty.hasPrototype && this.fn === undefined;
  }

  /**
   * A declaration's `;` is missing: gcc's words depend on what came before it. After an
   * initializer a `,` could go on; after a first declarator followed by what starts a
   * declaration (`int x int y;`), the `;` surely was forgotten; else the declarator could
   * still have had an initializer, an asm label or attributes.
   */
  missingDeclarationSemicolon(): never {
    const shape = this.declarationShape;
    if (shape.initialized) return this.expected("',' or ';'");
    if (shape.declarators === 1 && shape.prototype && this.isDeclarationAt(1)) this.readAsOldStyleParameters();
    if (shape.declarators === 1 && this.isDeclarationAt(1)) return this.expectedAfterPrevious("';'");
    return this.expected("'=', ',', ';', 'asm' or '__attribute__'");
  }

  /**
   * A declaration's declarator (starting at token `start`), before anything is declared by
   * it: it needs a name (`int[] a` is Java's), and what follows it (attributes and an asm
   * label read) must be able to: `for (int i = 0, i < n, i++)` is a syntax error before it
   * is a redefinition of `i`, as gcc reports it.
   */
  checkDeclarator(d: Declarator, start: number): void {
    if (d.nameTok === undefined) {
      let at = start;
      while (tokenMatcher(this.tokenAt(at), P['*']) || (tokenMatcher(this.tokenAt(at), DeclKeyword) && POINTER_QUALIFIERS.has(this.tokenAt(at).image))) at++;
      const place = this.tokenAt(at);
      if (place.tokenType?.name === 'EOF') errorAt(this.LA(0), "expected identifier or '(' at end of input");
      errorAt(place, `expected identifier or '(' before ${gccTokenPhrase(place)}`);
    }
    // (A function's body or old-style parameter declarations, and a forgotten `;` before the
    // next declaration, are the rule's to judge after the declarator.)
    const next = this.LA(1);
    if (DECLARATOR_FOLLOWERS.some((t) => tokenMatcher(next, t)) || this.isDeclarationAt(1)) return;
    this.noteDeclarator(false, tyInt);
    this.missingDeclarationSemicolon();
  }

  /**
   * A prototype's `;` forgotten before the next declaration (`int add(int a, int b)` then
   * `int main(void) {`): gcc reads what follows as the old-style parameter declarations of a
   * definition of `add`, and reports what that reading meets first: a declaration with a
   * storage class (of an object: a function's is let be), or the `{` of the next function
   * where a parameter's `;` should be. Returns when neither comes (the input ends).
   */
  private readAsOldStyleParameters(): void {
    let start = true;
    let depth = 0;
    let storage = false;
    let name: IToken | undefined;
    for (let k = 1; ; k++) {
      const t = this.LA(k);
      if (t.tokenType?.name === 'EOF') return;
      if (start && depth === 0) storage = STORAGE_CLASSES.has(t.image);
      start = false;
      if (tokenMatcher(t, P['(']) || tokenMatcher(t, P['['])) {
        if (depth === 0 && tokenMatcher(t, P['('])) storage = false;
        depth++;
      } else if (tokenMatcher(t, P[')']) || tokenMatcher(t, P[']'])) depth--;
      else if (depth > 0) continue;
      else if (tokenMatcher(t, P['{'])) errorAt(t, "expected '=', ',', ';', 'asm' or '__attribute__' before '{' token");
      else if (tokenMatcher(t, Identifier)) name = t;
      else if (tokenMatcher(t, P[';']) || tokenMatcher(t, P[',']) || tokenMatcher(t, P['='])) {
        if (storage && name !== undefined) errorAt(name, `storage class specified for parameter '${name.image}'`);
        start = tokenMatcher(t, P[';']);
      }
    }
  }

  uniqueName(prefix: string): string {
    return `${prefix}${this.uniqueCount++}`;
  }

  newLocal(name: string, ty: Type, tok: IToken | undefined): Obj {
    const o = newObj(name, ty, tok, true);
    this.fn!.locals.push(o);
    this.scopes.declare(name, { obj: o });
    return o;
  }

  /** A compiler temporary: a local with no name visible to the program. */
  newTemp(ty: Type): Obj {
    const o = newObj('', ty, undefined, true);
    (this.fn ? this.fn.locals : this.pendingTemps).push(o);
    return o;
  }

  newGlobalObj(name: string, ty: Type, tok: IToken | undefined): Obj {
    const o = newObj(name, ty, tok, false);
    this.globals.push(o);
    return o;
  }

  /** An anonymous static object (string literals, file-scope compound literals, static locals). */
  newAnonGlobal(ty: Type, prefix: string): Obj {
    const o = this.newGlobalObj(this.uniqueName(prefix), ty, undefined);
    o.isStatic = true;
    o.isDefinition = true;
    return o;
  }

  stringLiteral(bytes: Uint8Array, elem: Type, tok: IToken): Obj {
    const ty = arrayOf(elem, bytes.length / elem.size);
    const o = this.newAnonGlobal(ty, '.LC');
    o.initData = bytes;
    o.isString = true;
    o.tok = tok;
    return o;
  }

  /**
   * C99's `__func__` (and gcc's `__FUNCTION__`, `__PRETTY_FUNCTION__`): as if each function
   * body began with `static const char __func__[] = "name";`: one object per function and
   * identifier (gcc's `__func__ == __FUNCTION__` is false too).
   * gcc gives "" with a warning outside a function; so do we.
   */
  functionNameString(tok: IToken): Obj {
    const fn = this.fn;
    if (!fn) {
      warnAt(tok, `'${tok.image}' is not defined outside of function scope`);
      return this.stringLiteral(new Uint8Array(1), tyChar, tok);
    }
    if (this.fnNameStringsOf !== fn) {
      this.fnNameStrings.clear();
      this.fnNameStringsOf = fn;
    }
    let o = this.fnNameStrings.get(tok.image);
    if (!o) {
      const name = fn.tok?.image ?? fn.name;
      o = this.stringLiteral(new Uint8Array([...new TextEncoder().encode(name), 0]), tyChar, tok);
      this.fnNameStrings.set(tok.image, o);
    }
    return o;
  }

  requireFunction(tok: IToken, what: string): Obj {
    if (!this.fn) return errorAt(tok, `${what} outside of a function`);
    return this.fn;
  }
}

/** Where a token that goes right after `t` would start. */
export function justAfter(t: IToken): IToken {
  return { ...t, startOffset: t.startOffset + t.image.length };
}

/** How gcc's parse errors name a token: constants by their kind, names as written, punctuators as tokens. */
export function gccTokenPhrase(t: IToken): string {
  if (tokenMatcher(t, Tok.IntConst) || tokenMatcher(t, Tok.FloatConst)) return 'numeric constant';
  if (tokenMatcher(t, Tok.StringLit)) return 'string constant';
  if (tokenMatcher(t, Tok.CharConst)) return t.image;
  return /^[A-Za-z_]/.test(t.image) ? `'${t.image}'` : `'${t.image}' token`;
}
