/**
 * Shared state and helpers of the C parser: scopes, the function being parsed, the
 * typedef-name test used by GATEs, object creation. The grammar rules live in the
 * subclasses (parser-expr.ts, parser-decl.ts, parser-stmt.ts), stacked in that order;
 * rules a lower layer needs from a higher one are declared abstract here.
 */
import { EmbeddedActionsParser, tokenMatcher, type IToken, type ParserMethod, type TokenType } from './chevrotain.js';
import { newObj, type Node, type Obj } from './ast.js';
import { allTokens, DeclKeyword, Identifier, Kw, P } from './lexer.js';
import { FirstTokenLookahead } from './parser-lookahead.js';
import type { PackAt } from './pragma.js';
import { errorAt } from './report.js';
import { Scopes } from './scope.js';
import { arrayOf, tyChar, type Type } from './types.js';
import type { InitSyntax } from './initializer.js';

/** What declaration specifiers (`static const unsigned long`, `typedef struct x`...) said. */
export interface DeclSpec {
  ty: Type;
  isTypedef: boolean;
  isStatic: boolean;
  isExtern: boolean;
  isInline: boolean;
  isThreadLocal: boolean;
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
  alias?: string;
  visibility?: string;
  noreturn?: boolean;
  startupArray?: '.init_array' | '.fini_array'; // constructor (before main) / destructor (at exit)
}

/** A parsed declarator: the name (if any) and how it derives its type from the base type. */
export interface Declarator {
  nameTok: IToken | undefined;
  derive: (base: Type) => Type;
}

export interface CompileContext {
  kernel: boolean;
}

export abstract class CParserBase extends EmbeddedActionsParser {
  scopes = new Scopes();
  globals: Obj[] = [];
  topAsm: string[] = [];
  fn: Obj | undefined;
  private uniqueCount = 0;
  // Labels of the function being parsed, to check gotos against at its end.
  fnLabels = new Set<string>();
  fnGotos: Node[] = [];
  breakDepth = 0;
  continueDepth = 0;
  switchStack: Node[] = [];
  kernel = false;
  warningsOn = true;
  packAt: PackAt = () => undefined; // #pragma pack in force at a source offset

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
    this.uniqueCount = 0;
    this.switchStack = [];
    this.breakDepth = 0;
    this.continueDepth = 0;
  }

  is(tok: IToken, type: TokenType): boolean {
    return tokenMatcher(tok, type);
  }

  /** Does `tok` start a type name (keyword or typedef name not shadowed by a variable)? */
  isTypeStart(tok: IToken): boolean {
    if (tokenMatcher(tok, DeclKeyword)) return !tokenMatcher(tok, Kw.__extension__) && !tokenMatcher(tok, Kw._Static_assert);
    return tokenMatcher(tok, Identifier) && this.scopes.isTypedef(tok.image);
  }

  /** Does the token at LA(k) start a declaration? `__extension__` prefixes are skipped. */
  isDeclarationAt(k: number): boolean {
    let t = this.LA(k);
    while (tokenMatcher(t, Kw.__extension__)) t = this.LA(++k);
    if (tokenMatcher(t, Kw._Static_assert)) return true;
    return this.isTypeStart(t) && !(tokenMatcher(t, Identifier) && tokenMatcher(this.LA(k + 1), P[':']));
  }

  /** The next token (for diagnostics from code outside the parser class). */
  peek(): IToken {
    return this.LA(1);
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
    if (!this.fn) throw new Error('temporary outside a function');
    this.fn.locals.push(o);
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
    o.isString = elem === tyChar;
    o.tok = tok;
    return o;
  }

  requireFunction(tok: IToken, what: string): Obj {
    if (!this.fn) return errorAt(tok, `${what} outside of a function`);
    return this.fn;
  }
}
