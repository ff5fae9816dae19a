/**
 * The declaration fast path: most declarations in function bodies are a few specifier
 * keywords, a typedef name or a `struct tag`, and declarators such as `*p`, `n = 0` or
 * `buf[64]`. The `declaration` rule first tries this hand-written parser, which works
 * like the expression fast path (parser-fast-expr.ts):
 *   - it decides before consuming anything: the specifiers are scanned (token types and
 *     typedef names only); if one is outside the subset (a struct body, an attribute,
 *     typeof, _Alignas...) the rules parse the whole declaration;
 *   - each declarator is scanned the same way before it is consumed; one outside the
 *     subset (a function declarator, `(*fp)`, attributes, an asm label) is parsed by the
 *     `initDeclarator` rule, with the specifiers the fast path built;
 *   - the actions are the rules' own (SpecifierParser's applyKeyword, structTag...;
 *     arraySuffixOf, finishDeclarator; declareDeclarator, initializeDeclared,
 *     checkComplete), called in the same order.
 * It only runs inside the `declaration` rule: it ends with that rule's own last decision
 * (`declarationEnd`), so a missing `;` is reported exactly as the rules report it.
 */
import { identifierListDefinition } from './kr.js';
import type { IToken, TokenType } from './chevrotain.js';
import type { Node, Obj } from './ast.js';
import type { InitSyntax } from './initializer.js';
import { AtomicTypeSpecifier, Identifier, Kw, P, POINTER_QUALIFIER_WORDS, Tok, TYPE_SPECIFIER_WORDS } from './lexer.js';
import type { CParserBase, DeclSpec, Declarator } from './parser-base.js';
import { arraySuffixOf, finishDeclarator, paramOf, qualifyLastPointer, typeNameOf, type DeclaratorParts, type DeclSuffix } from './parser-decl.js';
import { FAIL, fastAssign, is, next, scanAssign, type FastExprParser } from './parser-fast-expr.js';
import { newSpecState, type SpecState } from './parser-specifiers.js';
import { checkComplete, declareDeclarator, initializeDeclared, takePendingSetup } from './parser-stmt-actions.js';
import type { Param, Type } from './types.js';

/** What the declaration fast path needs of the parser besides its state (CParser provides it). */
export interface FastDeclParser extends FastExprParser {
  /** chevrotain's CONSUME: the same token, or the same error. */
  expectToken(type: TokenType): IToken;
  applyTypedefName(st: SpecState, t: IToken): void;
  applyKeyword(st: SpecState, t: IToken): void;
  finishSpec(st: SpecState): DeclSpec;
  structTag(kw: IToken, tag: IToken | undefined, hasBody: boolean): Type;
  declareEnumTag(tag: IToken | undefined, hasBody: boolean): Type;
  /** The rules, for the parts the fast path leaves to them. */
  subInitDeclarator(spec: DeclSpec, allowBody: boolean, out: Node[]): boolean;
  subInitializer(): InitSyntax;
  subAssign(): Node;
  subParamDecl(): Param;
  subFunctionBody(fn: Obj, nameTok: IToken): void;
  declarationEnd(isDef: boolean): void;
}

export type DeclarationParser = CParserBase & FastDeclParser;

// What a token is among declaration specifiers (by tokenTypeIdx).
const NOT_SPECIFIER = 0;
/** Storage classes, qualifiers, `inline`...: a typedef name may still follow. */
export const QUALIFIER = 1;
/** Type specifier keywords: after one, an identifier is the declarator's name. */
export const TYPE_KEYWORD = 2;
/** `struct`, `union`, `enum`: the fast path takes `struct tag` without a body. */
export const TAG_KEYWORD = 3;
/** Specifiers with their own syntax (attributes, typeof, _Alignas, `_Atomic (`): the rules parse them. */
export const OWN_SYNTAX = 4;

const qualifierWords = [
  'typedef', 'static', 'extern', 'auto', 'register', 'inline', 'const', 'volatile', 'restrict', '_Noreturn',
  '_Thread_local', '__thread', '__inline__', '__inline', '__volatile__', '__volatile', '__restrict', '__restrict__',
  '__const', '__const__', '_Complex', '__complex__', '__complex', '__extension__', '__label__', '_Atomic',
];
const ownSyntaxWords = ['_Alignas', '__attribute__', '__attribute', 'typeof', '__typeof__', '__typeof'];

let classes: Uint8Array | undefined;
let pointerQualifiers: Uint8Array | undefined;

function tableOf(entries: [TokenType, number][]): Uint8Array {
  const table = new Uint8Array(Math.max(...entries.map(([t]) => t.tokenTypeIdx!)) + 1);
  for (const [t, c] of entries) table[t.tokenTypeIdx!] = c;
  return table;
}

/** The class of `t` among declaration specifiers (an identifier is NOT_SPECIFIER here). */
export function specifierClass(t: IToken): number {
  classes ??= tableOf([
    ...qualifierWords.map((w): [TokenType, number] => [Kw[w], QUALIFIER]),
    ...TYPE_SPECIFIER_WORDS.map((w): [TokenType, number] => [Kw[w], TYPE_KEYWORD]),
    [Kw.struct, TAG_KEYWORD], [Kw.union, TAG_KEYWORD], [Kw.enum, TAG_KEYWORD],
    ...ownSyntaxWords.map((w): [TokenType, number] => [Kw[w], OWN_SYNTAX]),
    [AtomicTypeSpecifier, OWN_SYNTAX], // `_Atomic (type-name)`
  ]);
  const i = t.tokenTypeIdx;
  return i < classes.length ? classes[i] : NOT_SPECIFIER;
}

function isPointerQualifier(t: IToken): boolean {
  pointerQualifiers ??= tableOf(POINTER_QUALIFIER_WORDS.map((w): [TokenType, number] => [Kw[w], 1]));
  const i = t.tokenTypeIdx;
  return i < pointerQualifiers.length && pointerQualifiers[i] === 1;
}

const IDENT = Identifier.tokenTypeIdx!, LBRACE = P['{'].tokenTypeIdx!, LBRACKET = P['['].tokenTypeIdx!;
const RBRACKET = P[']'].tokenTypeIdx!, STAR = P['*'].tokenTypeIdx!, SEMI = P[';'].tokenTypeIdx!;
const COMMA = P[','].tokenTypeIdx!, EQUALS = P['='].tokenTypeIdx!, EXTENSION = Kw.__extension__.tokenTypeIdx!;
const ENUM = Kw.enum.tokenTypeIdx!, LPAREN = P['('].tokenTypeIdx!, RPAREN = P[')'].tokenTypeIdx!;
const VOID = Kw.void.tokenTypeIdx!, ELLIPSIS = P['...'].tokenTypeIdx!, INT = Tok.IntConst.tokenTypeIdx!;

/** The declaration's items (initialization code), or undefined with nothing consumed. */
export function fastDeclaration(p: DeclarationParser): Node[] | undefined {
  // A leading `__extension__` belongs to the declaration rule, not to the specifiers.
  if (is(p.la(1), EXTENSION)) return undefined;
  const end = scanSpecifiers(p, 1);
  // After the specifiers, the rule decides between `;` and declarators on one token.
  if (end === FAIL || !startsDeclarators(p.la(end))) return undefined;
  const out: Node[] = [];
  const spec = buildSpecifiers(p, end - 1);
  takePendingSetup(p, out);
  if (is(p.la(1), SEMI)) {
    p.skipToken();
    return out;
  }
  const isDef = initDeclarator(p, spec, true, out);
  if (!isDef) {
    while (is(p.la(1), COMMA)) {
      p.skipToken();
      initDeclarator(p, spec, false, out);
    }
  }
  p.declarationEnd(isDef);
  return out;
}

/** `;` or the start of a declarator, as the `declaration` rule sees it surely. */
function startsDeclarators(t: IToken): boolean {
  return is(t, SEMI) || is(t, STAR) || is(t, IDENT) || is(t, LPAREN);
}

/**
 * The lookahead index just past the declaration specifiers starting at LA(k), as the
 * `declspec` rule would take them, or FAIL if one needs the rules (or there are none).
 * `shadowed`: names the scan must take as declared since (earlier parameters).
 */
export function scanSpecifiers(p: DeclarationParser, k: number, shadowed?: readonly string[]): number {
  const start = k;
  let typeSeen = false; // the `declspec` rule's test: a typedef name counts only before a type
  for (;;) {
    const t = p.la(k);
    if (is(t, IDENT)) {
      if (typeSeen || !p.scopes.isTypedef(t.image) || shadowed?.includes(t.image)) break;
      typeSeen = true;
      k++;
      continue;
    }
    const c = specifierClass(t);
    if (c === NOT_SPECIFIER) break;
    if (c === OWN_SYNTAX) return FAIL;
    if (c === TAG_KEYWORD) {
      // `struct tag` naming a type; a body or attribute is the rules' business.
      if (!is(p.la(k + 1), IDENT) || is(p.la(k + 2), LBRACE)) return FAIL;
      k++;
    }
    if (c !== QUALIFIER) typeSeen = true;
    k++;
  }
  return k === start ? FAIL : k;
}

/** Consumes `count` specifier tokens (scanned by scanSpecifiers) with the `declspec` rule's actions. */
export function buildSpecifiers(p: DeclarationParser, count: number): DeclSpec {
  const st = newSpecState();
  for (let i = 0; i < count; i++) {
    const t = next(p);
    if (is(t, IDENT)) {
      p.applyTypedefName(st, t);
    } else if (specifierClass(t) === TAG_KEYWORD) {
      const tag = next(p);
      i++;
      const hasBody = is(p.la(1), LBRACE);
      st.other = is(t, ENUM) ? p.declareEnumTag(tag, hasBody) : p.structTag(t, tag, hasBody);
      if (!is(t, ENUM)) st.spec.typeTok = tag;
    } else {
      p.applyKeyword(st, t);
    }
  }
  return p.finishSpec(st);
}

/**
 * `*p`, `const *q`, `n`, `buf[64]`, `m[2][n]`, followed by `=`, `,` or `;`: the index
 * just past the declarator, or FAIL.
 */
function scanDeclarator(p: FastExprParser, k: number): number {
  k = scanPointers(p, k);
  if (!is(p.la(k), IDENT)) return FAIL;
  k++;
  while (is(p.la(k), LBRACKET)) {
    if (is(p.la(k + 1), RBRACKET)) {
      k += 2;
      continue;
    }
    k = scanAssign(p, k + 1);
    if (k === FAIL || !is(p.la(k), RBRACKET)) return FAIL;
    k++;
  }
  const t = p.la(k);
  return is(t, EQUALS) || is(t, COMMA) || is(t, SEMI) ? k : FAIL;
}

/** `*` and the qualifiers after each, in a declarator: the index past them. */
function scanPointers(p: FastExprParser, k: number): number {
  while (is(p.la(k), STAR)) {
    k++;
    while (isPointerQualifier(p.la(k))) k++;
  }
  return k;
}

/** A declarator's parts after its `*`s (and their qualifiers), as the rule records them. */
function pointerParts(p: DeclarationParser): DeclaratorParts {
  const parts: DeclaratorParts = { pointers: 0, inner: undefined, nameTok: undefined, suffixes: [] };
  while (is(p.la(1), STAR)) {
    p.skipToken();
    parts.pointers++;
    while (isPointerQualifier(p.la(1))) {
      qualifyLastPointer(parts, p.la(1));
      p.skipToken();
    }
  }
  return parts;
}

/** `[size]`... with the `arraySuffix` rule's actions (the sizes were scanned). */
function arraySuffixes(p: DeclarationParser, parts: DeclaratorParts): void {
  while (is(p.la(1), LBRACKET)) {
    const tok = next(p);
    const size = is(p.la(1), RBRACKET) ? undefined : (fastAssign(p) ?? p.subAssign());
    p.expectToken(P[']']);
    parts.suffixes.push(arraySuffixOf(tok, size));
  }
}

/** The `declarator` rule's actions on a declarator scanDeclarator accepted. */
function buildDeclarator(p: DeclarationParser): Declarator {
  const parts = pointerParts(p);
  parts.nameTok = next(p);
  arraySuffixes(p, parts);
  return finishDeclarator(parts);
}

/** One declarator and its initializer; true for a function definition (as the rule returns). */
function initDeclarator(p: DeclarationParser, spec: DeclSpec, allowBody: boolean, out: Node[]): boolean {
  if (scanDeclarator(p, 1) === FAIL) {
    if (scanFunctionDeclarator(p, 1) === FAIL) return p.subInitDeclarator(spec, allowBody, out);
    return functionDeclarator(p, spec, allowBody, out);
  }
  const d = buildDeclarator(p);
  // Followed by `=`, `,` or `;`: neither a function body nor K&R parameter declarations.
  const declared = declareDeclarator(p, spec, d, {}, undefined, out);
  const initialized = is(p.la(1), EQUALS);
  if (initialized) {
    const tok = next(p);
    initializeDeclared(p, declared, initializer(p), tok, out);
  }
  checkComplete(declared, d);
  p.noteDeclarator(initialized, declared.ty);
  return false;
}

function initializer(p: DeclarationParser): InitSyntax {
  if (is(p.la(1), LBRACE)) return p.subInitializer();
  const expr = fastAssign(p);
  return expr === undefined ? p.subInitializer() : { kind: 'expr', expr };
}

/** The index of the `)` after a type name at LA(k) (specifiers, `*`s and qualifiers), or FAIL. */
export function scanTypeName(p: DeclarationParser, k: number): number {
  k = scanSpecifiers(p, k);
  if (k === FAIL) return FAIL;
  k = scanPointers(p, k);
  return is(p.la(k), RPAREN) ? k : FAIL;
}

/** Consumes a type name scanTypeName accepted (not the `)`), with the typeName rule's actions. */
export function buildTypeName(p: DeclarationParser): Type {
  const first = p.la(1);
  const spec = buildSpecifiers(p, scanSpecifiers(p, 1) - 1);
  const parts = pointerParts(p);
  return typeNameOf(spec, finishDeclarator(parts), first);
}

// ---- function declarators: `name(int a, const char *s, ...)` ----

/**
 * `*name(params)` followed by `{`, `;` or `,`: the index just past it, or FAIL. The
 * parameters are declared one by one in the prototype scope, so a parameter named like a
 * typedef is no typedef name for the parameters after it: the scan keeps their names.
 */
function scanFunctionDeclarator(p: DeclarationParser, k: number): number {
  k = scanPointers(p, k);
  if (!is(p.la(k), IDENT) || !is(p.la(k + 1), LPAREN)) return FAIL;
  k = scanParameters(p, k + 2);
  if (k === FAIL) return FAIL;
  const t = p.la(k);
  return is(t, LBRACE) || is(t, SEMI) || is(t, COMMA) ? k : FAIL;
}

/** After `(`: `void)`, `)`, or a prototype's parameters and `)`; the index past `)`, or FAIL. */
function scanParameters(p: DeclarationParser, k: number): number {
  if (is(p.la(k), VOID) && is(p.la(k + 1), RPAREN)) return k + 2;
  if (is(p.la(k), RPAREN)) return k + 1;
  const names: string[] = [];
  for (;;) {
    k = scanParameter(p, k, names);
    if (k === FAIL) return FAIL;
    if (is(p.la(k), COMMA) && is(p.la(k + 1), ELLIPSIS)) k += 2;
    else if (is(p.la(k), COMMA)) {
      k++;
      continue;
    }
    return is(p.la(k), RPAREN) ? k + 1 : FAIL;
  }
}

/** `const char *s`, `int`, `char *argv[]`, `int a[4]`, followed by `,` or `)`. */
function scanParameter(p: DeclarationParser, k: number, names: string[]): number {
  k = scanSpecifiers(p, k, names);
  if (k === FAIL) return FAIL;
  k = scanPointers(p, k);
  if (is(p.la(k), IDENT)) names.push(p.la(k++).image);
  while (is(p.la(k), LBRACKET)) {
    // Only sizes that cannot name an earlier parameter: `[]` and `[4]`.
    if (is(p.la(k + 1), INT)) k++;
    if (!is(p.la(k + 1), RBRACKET)) return FAIL;
    k += 2;
  }
  return is(p.la(k), COMMA) || is(p.la(k), RPAREN) ? k : FAIL;
}

/** The rest of initDeclarator for a declarator scanFunctionDeclarator accepted. */
function functionDeclarator(p: DeclarationParser, spec: DeclSpec, allowBody: boolean, out: Node[]): boolean {
  const parts = pointerParts(p);
  parts.nameTok = next(p);
  parts.suffixes.push(parameterSuffix(p));
  const d = finishDeclarator(parts);
  const declared = declareDeclarator(p, spec, d, {}, undefined, out);
  // The rule's alternatives: a body, K&R parameter declarations (never before `{`, `;`
  // or `,`), or the end of the declarator.
  if (allowBody && declared.obj?.isFunction === true && is(p.la(1), LBRACE)) {
    identifierListDefinition(declared.obj, declared.ty, d.nameTok!);
    p.subFunctionBody(declared.obj, d.nameTok!);
    return true;
  }
  checkComplete(declared, d);
  p.noteDeclarator(false, declared.ty);
  return false;
}

/** The `paramSuffix` rule, with each parameter the fast path's or the `paramDecl` rule's. */
function parameterSuffix(p: DeclarationParser): DeclSuffix {
  p.skipToken(); // '('
  const params: Param[] = [];
  let variadic = false;
  let proto = true;
  if (is(p.la(1), VOID) && is(p.la(2), RPAREN)) {
    p.skipToken();
  } else if (is(p.la(1), RPAREN)) {
    proto = false;
  } else {
    p.scopes.enterPrototype();
    params.push(parameter(p));
    while (is(p.la(1), COMMA) && !is(p.la(2), ELLIPSIS)) {
      p.skipToken();
      params.push(parameter(p));
    }
    if (is(p.la(1), COMMA)) {
      p.skipToken();
      p.skipToken(); // '...'
      variadic = true;
    }
    p.scopes.leavePrototype();
  }
  p.expectToken(P[')']);
  return { kind: 'func', params, variadic, proto };
}

function parameter(p: DeclarationParser): Param {
  p.checkUnknownTypeName();
  if (scanParameter(p, 1, []) === FAIL) return p.subParamDecl();
  const first = p.la(1);
  const spec = buildSpecifiers(p, scanSpecifiers(p, 1) - 1);
  const parts = pointerParts(p);
  if (is(p.la(1), IDENT)) parts.nameTok = next(p);
  arraySuffixes(p, parts);
  return paramOf(p, spec, finishDeclarator(parts), first, p.la(0));
}
