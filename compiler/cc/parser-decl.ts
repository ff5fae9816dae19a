/**
 * Declarators and initializer syntax. A declarator is returned as a function from the base
 * type to the declared type, which is how C's inside-out declarator syntax composes.
 */
import { checkIgnoredQualifiers } from './ignored-qualifiers.js';
import { tokenMatcher, type IOrAlt, type IToken } from './chevrotain.js';
import type { Node } from './ast.js';
import { evalInt, tryEvalInt } from './consteval.js';
import { declareParam } from './declare.js';
import { numNode } from './typecheck.js';
import type { Designator, InitItem, InitSyntax } from './initializer.js';
import type { IntegerRunToken } from './data-run.js';
import { Identifier, Kw, P, Tok } from './lexer.js';
import type { Attributes, CParserBase, DeclSpec, Declarator } from './parser-base.js';
import { checkAlignas, checkArrayQualifiers, checkParameterStorage, checkTypeNameStorage, markQualifiedArray } from './spec-constraints.js';
import { errorAt, isoC2x, pedwarnAt, warnAt } from './report.js';
import { pedwarnFlexibleArrayUse } from './member-constraints.js';
import {
  arrayOf, funcType, isAggregate, isInteger, pointerTo, qualifiedType, tyInt, tyULong, Type, type Param, vlaOf, withAlignment,
} from './types.js';
import { SpecifierParser } from './parser-specifiers.js';
import { quotedType } from './typedef-names.js';

export type DeclSuffix =
  | { kind: 'array'; len: number; tok: IToken; vlaLen: Node | undefined; star?: boolean; constPointer?: boolean; qualified?: boolean }
  | { kind: 'func'; params: Param[]; variadic: boolean; proto: boolean };

export abstract class DeclParser extends SpecifierParser {
  staticAssert = this.RULE('staticAssert', (): void => {
    const tok = this.CONSUME(Kw._Static_assert);
    this.CONSUME(P['(']);
    const cond = this.SUBRULE(this.conditional);
    const msg = this.OPTION(() => {
      this.CONSUME(P[',']);
      // A string literal, so adjacent ones are one (gnulib's verify.h writes "verify (" #R ")").
      const parts: IToken[] = [];
      this.AT_LEAST_ONE(() => parts.push(this.CONSUME(Tok.StringLit)));
      return parts;
    });
    this.CONSUME(P[')']);
    this.CONSUME(P[';']);
    this.ACTION(() => {
      if (!msg && !isoC2x()) pedwarnAt(tok, "ISO C11 does not support omitting the string in '_Static_assert'", '-Wpedantic');
      if (!isInteger(cond.ty!)) errorAt(cond.tok, 'expression in static assertion is not an integer');
      if (evalInt(cond) === 0n) errorAt(tok, `static assertion failed${msg ? `: ${joinedSpelling(msg)}` : ''}`);
    });
  });

  // A declarator is parsed for every declared name and parameter: as with declspec, its
  // repetitions and alternatives are built once and fill in `declaratorParts`, the
  // declarator being parsed (saved and restored around nested ones: `(*fp)(int x)`).
  private declaratorParts: DeclaratorParts | undefined;

  override resetState(): void {
    super.resetState();
    this.declaratorParts = undefined;
  }
  private pointerPart: (() => void) | undefined;
  private pointerQualifiers: (() => void) | undefined;
  private namePart: { GATE: () => boolean; DEF: () => void } | undefined;
  private nameAlts: { IGNORE_AMBIGUITIES: boolean; DEF: IOrAlt<void>[] } | undefined;
  private suffixPart: (() => void) | undefined;
  private declSuffixAlts: IOrAlt<DeclSuffix>[] | undefined;

  declarator = this.RULE('declarator', (): Declarator => {
    const parts: DeclaratorParts = { pointers: 0, inner: undefined, nameTok: undefined, suffixes: [] };
    const outer = this.declaratorParts;
    this.declaratorParts = parts;
    this.MANY(
      (this.pointerPart ??= () => {
        this.CONSUME(P['*']);
        if (!this.RECORDING_PHASE) this.declaratorParts!.pointers++;
        this.MANY2(
          (this.pointerQualifiers ??= () =>
            this.OR([
              {
                ALT: () => {
                  const a = this.SUBRULE(this.attributeList);
                  if (!this.RECORDING_PHASE && a.cleanup !== undefined) this.declaratorParts!.cleanup = a.cleanup;
                  if (!this.RECORDING_PHASE && a.aligned !== undefined) alignLastPointer(this.declaratorParts!, a.aligned);
                },
              },
              {
                ALT: () => {
                  const q = this.SUBRULE(this.qualifier);
                  if (!this.RECORDING_PHASE) qualifyLastPointer(this.declaratorParts!, q);
                },
              },
            ])),
        );
      }),
    );
    this.OPTION(
      (this.namePart ??= {
        // `int ()` in a parameter list is an abstract declarator followed by a parameter suffix.
        GATE: () => tokenMatcher(this.LA(1), Identifier) || (tokenMatcher(this.LA(1), P['(']) && this.isNestedDeclaratorStart(this.LA(2))),
        DEF: () => {
          this.OR2(
            (this.nameAlts ??= {
              IGNORE_AMBIGUITIES: true,
              DEF: [
                {
                  GATE: () => tokenMatcher(this.LA(1), P['(']) && this.isNestedDeclaratorStart(this.LA(2)),
                  ALT: () => {
                    this.CONSUME(P['(']);
                    // `int (__attribute__((x)) *p)(void)`: gcc lets attributes open a nested declarator.
                    this.MANY4(() => this.SUBRULE2(this.attributeList));
                    const inner = this.SUBRULE(this.declarator);
                    this.CONSUME(P[')']);
                    this.declaratorParts!.inner = inner;
                  },
                },
                {
                  ALT: () => {
                    this.declaratorParts!.nameTok = this.CONSUME(Identifier);
                  },
                },
              ],
            }),
          );
        },
      }),
    );
    this.MANY3(
      (this.suffixPart ??= () => {
        const s = this.OR3(
          (this.declSuffixAlts ??= [
            { ALT: () => this.SUBRULE(this.arraySuffix) },
            { ALT: () => this.SUBRULE(this.paramSuffix) },
          ]),
        );
        if (!this.RECORDING_PHASE) this.declaratorParts!.suffixes.push(s);
      }),
    );
    this.declaratorParts = outer;
    return this.ACTION(() => finishDeclarator(parts));
  });

  qualifier = this.RULE('qualifier', (): IToken => {
    return this.OR([
      { ALT: () => this.CONSUME(Kw.const) },
      { ALT: () => this.CONSUME(Kw.volatile) },
      { ALT: () => this.CONSUME(Kw.restrict) },
      { ALT: () => this.CONSUME(Kw.__restrict) },
      { ALT: () => this.CONSUME(Kw.__restrict__) },
      { ALT: () => this.CONSUME(Kw.__const) },
      { ALT: () => this.CONSUME(Kw.__const__) },
      { ALT: () => this.CONSUME(Kw.__volatile__) },
      { ALT: () => this.CONSUME(Kw.__volatile) },
      { ALT: () => this.CONSUME(Kw._Atomic) },
    ]);
  });

  /** After `(` in a declarator: a nested declarator, or (if a type or `)` follows) parameters. */
  private isNestedDeclaratorStart(t: IToken): boolean {
    if (tokenMatcher(t, P['*']) || tokenMatcher(t, P['(']) || tokenMatcher(t, P['['])) return true;
    if (tokenMatcher(t, Kw.__attribute__) || tokenMatcher(t, Kw.__attribute)) return true;
    return tokenMatcher(t, Identifier) && !this.scopes.isTypedef(t.image);
  }

  arraySuffix = this.RULE('arraySuffix', (): DeclSuffix => {
    const tok = this.CONSUME(P['[']);
    // `int a[const]` in a parameter: the pointer it adjusts to is const.
    let constPointer = false;
    let isStatic = false;
    let qualified = false;
    this.MANY(() =>
      this.OR([
        {
          ALT: () => {
            this.CONSUME(Kw.static);
            isStatic = qualified = true;
          },
        },
        {
          ALT: () => {
            if (/const/.test(this.SUBRULE(this.qualifier).image)) constPointer = true;
            qualified = true;
          },
        },
      ]),
    );
    // `int a[*]` (a prototype's VLA of unspecified length) adjusts to a pointer like `int a[]`.
    let star = false;
    const size = this.OR2([
      {
        GATE: () => tokenMatcher(this.LA(1), P['*']) && tokenMatcher(this.LA(2), P[']']),
        ALT: () => {
          this.CONSUME(P['*']);
          star = true;
        },
      },
      { ALT: () => this.OPTION(() => this.SUBRULE(this.assign)) },
    ]);
    const close = this.CONSUME(P[']']);
    return this.ACTION(() => {
      // `[static]` promises a number of elements, so it needs one (C11 6.7.6p1).
      if (isStatic && size === undefined) errorAt(close, "expected expression before ']' token");
      const s = star ? { ...arraySuffixOf(tok, undefined), star } : arraySuffixOf(tok, size);
      return s.kind === 'array' ? { ...s, constPointer, qualified } : s;
    });
  });

  paramSuffix = this.RULE('paramSuffix', (): DeclSuffix => {
    this.CONSUME(P['(']);
    this.ACTION(() => this.checkUnknownTypeName());
    const params: Param[] = [];
    let variadic = false;
    let proto = true;
    this.OR({
      IGNORE_AMBIGUITIES: true,
      DEF: [
        {
          GATE: () => tokenMatcher(this.LA(1), Kw.void) && tokenMatcher(this.LA(2), P[')']),
          ALT: () => this.CONSUME(Kw.void),
        },
        {
          GATE: () => tokenMatcher(this.LA(1), Identifier) && !this.scopes.isTypedef(this.LA(1).image),
          ALT: () => {
            // K&R identifier list; the types follow the declarator in the definition.
            this.AT_LEAST_ONE_SEP({
              SEP: P[','],
              DEF: () => {
                const name = this.CONSUME(Identifier);
                this.ACTION(() => params.push({ name: name.image, ty: tyInt, tok: name }));
              },
            });
            this.ACTION(() => (proto = false));
          },
        },
        {
          GATE: () => !tokenMatcher(this.LA(1), P[')']),
          ALT: () => {
            // A prototype scope: `int n, int a[n]` may size a later parameter by an earlier one.
            this.ACTION(() => this.scopes.enterPrototype());
            const first = this.SUBRULE(this.paramDecl);
            this.ACTION(() => params.push(first));
            this.MANY({
              GATE: () => tokenMatcher(this.LA(1), P[',']) && !tokenMatcher(this.LA(2), P['...']),
              DEF: () => {
                this.CONSUME(P[',']);
                const p = this.SUBRULE2(this.paramDecl);
                this.ACTION(() => params.push(p));
              },
            });
            this.OPTION(() => {
              this.CONSUME2(P[',']);
              this.CONSUME(P['...']);
              this.ACTION(() => (variadic = true));
            });
            this.ACTION(() => this.scopes.leavePrototype());
          },
        },
        {
          GATE: () => tokenMatcher(this.LA(1), P[')']),
          ALT: () => this.ACTION(() => (proto = false)),
        },
      ],
    });
    this.CONSUME(P[')']);
    return this.ACTION((): DeclSuffix => ({ kind: 'func', params, variadic, proto }));
  });

  paramDecl = this.RULE('paramDecl', (): Param => {
    this.ACTION(() => this.checkParameterStart());
    const first = this.LA(1);
    const spec = this.SUBRULE(this.declspec);
    const d = this.SUBRULE(this.declarator);
    const attrs: Attributes = {};
    this.MANY(() => this.SUBRULE(this.attributeList, { ARGS: [attrs] }));
    return this.ACTION(() => {
      // What may follow a parameter, as gcc lists it (`;` ends GNU's forward declarations).
      const next = this.LA(1);
      if (!tokenMatcher(next, P[',']) && !tokenMatcher(next, P[')']) && !tokenMatcher(next, P[';'])) this.expected("';', ',' or ')'");
      return paramOf(this, spec, d, first, this.LA(0), attrs.unused === true);
    });
  });

  typeName = this.RULE('typeName', (): Type => {
    const first = this.LA(1);
    const spec = this.SUBRULE(this.declspec);
    const d = this.SUBRULE(this.declarator);
    return this.ACTION(() => typeNameOf(spec, d, first));
  });

  initializerSyntax = this.RULE('initializerSyntax', (): InitSyntax => {
    return this.OR([
      {
        ALT: (): InitSyntax => {
          const tok = this.CONSUME(P['{']);
          const items: InitItem[] = [];
          // The scanner's one token for a whole list of plain integer constants (data-run.ts).
          const run = this.OPTION(() => this.CONSUME(Tok.IntegerRun)) as IntegerRunToken | undefined;
          this.MANY({
            GATE: () => !tokenMatcher(this.LA(1), P['}']),
            DEF: () => {
              const item = this.SUBRULE(this.initItem);
              this.ACTION(() => items.push(item));
              if (!this.RECORDING_PHASE && !tokenMatcher(this.LA(1), P[',']) && !tokenMatcher(this.LA(1), P['}'])) this.expected("'}'");
              this.OR2([
                { ALT: () => this.CONSUME(P[',']) },
                { GATE: () => tokenMatcher(this.LA(1), P['}']), ALT: () => undefined },
              ]);
            },
          });
          this.CONSUME(P['}']);
          return { kind: 'list', items, tok, run: run?.run };
        },
      },
      {
        ALT: (): InitSyntax => {
          const expr = this.SUBRULE(this.assign);
          return { kind: 'expr', expr };
        },
      },
    ]);
  });

  initItem = this.RULE('initItem', (): InitItem => {
    const designators: Designator[] = [];
    this.OPTION({
      GATE: () => {
        const t = this.LA(1);
        return tokenMatcher(t, P['[']) || tokenMatcher(t, P['.']) || (tokenMatcher(t, Identifier) && tokenMatcher(this.LA(2), P[':']));
      },
      DEF: () => {
        this.OR({
          IGNORE_AMBIGUITIES: true,
          DEF: [
            {
              // Old GNU form `field: value`.
              GATE: () => tokenMatcher(this.LA(1), Identifier),
              ALT: () => {
                const name = this.CONSUME(Identifier);
                const colon = this.CONSUME(P[':']);
                this.ACTION(() => {
                  pedwarnAt(colon, "obsolete use of designated initializer with ':'", '-Wpedantic');
                  designators.push({ kind: 'field', name });
                });
              },
            },
            {
              ALT: () => {
                this.AT_LEAST_ONE(() => {
                  const d = this.SUBRULE(this.designator);
                  this.ACTION(() => designators.push(d));
                });
                // Old GNU form `[index] value`: one index designator, no `=`.
                const eq = this.OPTION2(() => this.CONSUME(P['=']));
                this.ACTION(() => {
                  if (eq) return;
                  if (designators.length !== 1 || designators[0].kind !== 'index') this.expected("'='");
                  pedwarnAt(this.LA(1), "obsolete use of designated initializer without '='", '-Wpedantic');
                });
              },
            },
          ],
        });
      },
    });
    const value = this.SUBRULE(this.initializerSyntax);
    return { designators, value };
  });

  designator = this.RULE('designator', (): Designator => {
    return this.OR([
      {
        ALT: (): Designator => {
          const tok = this.CONSUME(P['[']);
          const lo = this.SUBRULE(this.conditional);
          const hi = this.OPTION(() => {
            const dots = this.CONSUME(P['...']);
            this.ACTION(() => pedwarnAt(dots, 'ISO C forbids specifying range of elements to initialize', '-Wpedantic'));
            return this.SUBRULE2(this.conditional);
          });
          this.CONSUME(P[']']);
          return { kind: 'index', lo, hi, tok };
        },
      },
      {
        ALT: (): Designator => {
          this.CONSUME(P['.']);
          const name = this.CONSUME(Identifier);
          return { kind: 'field', name };
        },
      },
    ]);
  });
}

/** A parameter declaration, declared in the prototype scope; `first` and `last` are its first and last tokens. */
/** `markedUnused`: an `unused` attribute after the declarator (the specifiers' own is in spec.attrs). */
export function paramOf(p: CParserBase, spec: DeclSpec, d: Declarator, first: IToken, last: IToken, markedUnused = false): Param {
  checkParameterStorage(spec, d.nameTok, last);
  let ty = d.derive(spec.ty);
  checkIgnoredQualifiers(spec, spec.ty, ty, d.nameTok ?? first);
  checkAlignas(spec, ty, d.nameTok ?? last, 'parameter', d.nameTok?.image);
  checkArrayQualifiers(ty, d.nameTok ?? last, true);
  // The outer length of `a[i++]` is lost in the adjustment to a pointer, but a definition still evaluates it.
  const outerLen = ty.kind === 'array' && ty.isVla ? ty.vlaLen : undefined;
  const declaredArray = ty.kind === 'array';
  // Parameters of array and function type are adjusted to pointers.
  if (ty.kind === 'array') ty = adjustsToConst.has(ty) ? qualifiedType(pointerTo(ty.base!), true, false) : pointerTo(ty.base!);
  else if (ty.kind === 'func') ty = pointerTo(ty);
  // A named one is only suspicious in a prototype (gcc warns); a definition rejects it (beginFunction).
  if (ty.kind === 'void' && !d.nameTok) errorAt(last, `'void' must be the only parameter`);
  if (ty.kind === 'void') warnAt(d.nameTok!, `parameter '${d.nameTok!.image}' has void type`);
  const param = declareParam(p, d.nameTok, ty);
  // Its address may not be taken (C11 6.5.3.2p1), in the body as in any block.
  if (spec.isRegister && param.obj) param.obj.isRegister = true;
  param.markedUnused = markedUnused || spec.attrs.unused === true;
  if (declaredArray && param.obj) param.obj.isArrayParameter = true;
  if (outerLen) param.entryCode = [outerLen];
  param.at = d.nameTok ?? first;
  return param;
}

/** The type a type name (specifiers and abstract declarator) names; the fast cast path makes them too. */
export function typeNameOf(spec: DeclSpec, d: Declarator, first: IToken): Type {
  checkTypeNameStorage(spec, first);
  if (d.nameTok) errorAt(d.nameTok, `expected ')' before '${d.nameTok.image}'`);
  const ty = d.derive(spec.ty);
  checkIgnoredQualifiers(spec, spec.ty, ty, first);
  checkArrayQualifiers(ty, first, false);
  // `int __attribute__((aligned(16)))` names an over-aligned int (only ever raised here).
  const aligned = spec.attrs.aligned ?? 0;
  return ty === spec.ty && aligned > ty.align ? withAlignment(ty, aligned) : ty;
}

/** PTRDIFF_MAX: no object may be larger (gcc's limit). */
const MAX_OBJECT_BYTES = (1n << 63n) - 1n;

/** `[size]` (or `[]`) in a declarator; the fast declaration path (parser-fast-decl.ts) makes them too. */
export function arraySuffixOf(tok: IToken, size: Node | undefined): DeclSuffix {
  if (!size) return { kind: 'array', len: -1, tok, vlaLen: undefined };
  if (!isInteger(size.ty!) && !size.ty!.isInt128) errorAt(size.tok, 'size of array has non-integer type');
  const len = tryEvalInt(size);
  // A size that is not constant makes a variable length array (C99).
  if (len === undefined) return { kind: 'array', len: -1, tok, vlaLen: size };
  if (len < 0n) errorAt(size.tok, 'size of array is negative');
  if (BigInt(Number(len)) !== len && len <= MAX_OBJECT_BYTES) errorAt(size.tok, `an array of ${len} elements: tcc-lite supports lengths past 2^53 only when a double holds them exactly`);
  return { kind: 'array', len: Number(len), tok, vlaLen: undefined };
}

/** What a declarator said, in the order it said it: `* * name [3] (int)`. */
export interface DeclaratorParts {
  pointers: number;
  pointerQualifiers?: PointerQualifiers[]; // per `*`, from the first: the qualifiers after it
  pointerAligns?: number[]; // per `*`, from the first: an aligned(N) written after it
  inner: Declarator | undefined; // `( declarator )`
  nameTok: IToken | undefined;
  suffixes: DeclSuffix[];
  cleanup?: string;
}

/** The qualifiers written after one `*`. */
interface PointerQualifiers {
  isConst: boolean;
  isVolatile: boolean;
  isAtomic: boolean;
}

/**
 * A qualifier after the last `*` so far qualifies that pointer: `char *const p` may not be
 * assigned, `int *volatile p` is loaded at every use, `++` on `int *_Atomic p` is one locked
 * update, and _Generic and the pointer conversions tell all three apart. `restrict` is not
 * kept: it promises nothing we use.
 */
export function qualifyLastPointer(parts: DeclaratorParts, q: IToken): void {
  if (parts.pointers === 0) return;
  const isConst = /const/.test(q.image);
  const isVolatile = /volatile/.test(q.image);
  const isAtomic = q.image === '_Atomic';
  if (!isConst && !isVolatile && !isAtomic) return;
  const all = (parts.pointerQualifiers ??= []);
  const own = (all[parts.pointers - 1] ??= { isConst: false, isVolatile: false, isAtomic: false });
  own.isConst ||= isConst;
  own.isVolatile ||= isVolatile;
  own.isAtomic ||= isAtomic;
}

/**
 * `int *__attribute__((aligned(2))) p`: the attribute makes a pointer type of that alignment,
 * which gcc lets lower the pointer's own (a struct member then packs tighter).
 */
function alignLastPointer(parts: DeclaratorParts, align: number): void {
  if (parts.pointers > 0) (parts.pointerAligns ??= [])[parts.pointers - 1] = align;
}

/** The declarator as a function from the base type: pointers bind first, then suffixes. */
export function finishDeclarator(parts: DeclaratorParts): Declarator {
  const { pointers, pointerQualifiers, pointerAligns, suffixes, inner, nameTok, cleanup } = parts;
  const applyOwn = (base: Type): Type => {
    let t = base;
    for (let i = 0; i < pointers; i++) {
      t = pointerTo(t);
      const align = pointerAligns?.[i];
      if (align !== undefined) t = withAlignment(t, align);
      const q = pointerQualifiers?.[i];
      if (q) t = qualifiedType(t, q.isConst, q.isVolatile, q.isAtomic);
    }
    for (let i = suffixes.length - 1; i >= 0; i--) t = applySuffix(t, suffixes[i], nameTok);
    return t;
  };
  if (inner) return { nameTok: inner.nameTok, derive: (base) => inner.derive(applyOwn(base)), cleanup: inner.cleanup ?? cleanup };
  return { nameTok, derive: applyOwn, cleanup };
}

/** `[*]` arrays (a prototype's VLA of unspecified length): complete, though their length is unknown. */
const unspecifiedLength = new WeakSet<Type>();
/** `[const]` arrays: a parameter of that type adjusts to a const pointer. */
const adjustsToConst = new WeakSet<Type>();

function applySuffix(t: Type, s: DeclSuffix, nameTok: IToken | undefined): Type {
  if (s.kind === 'array') {
    if (t.kind === 'func') errorAt(s.tok, 'declaration of array of functions');
    if (t.kind === 'void') errorAt(s.tok, "declaration of array of 'void'");
    if (isAggregate(t) && !t.isComplete) errorAt(s.tok, `array type has incomplete element type ${quotedType(t)}`);
    // Only the outermost length may be left out (`int a[][3]`, not `int a[3][]`).
    if (t.kind === 'array' && t.arrayLen < 0 && !t.isVla && !unspecifiedLength.has(t)) {
      errorAt(nameTok ?? s.tok, `array type has incomplete element type ${quotedType(t)}`);
    }
    pedwarnFlexibleArrayUse(t, nameTok ?? s.tok);
    const a = arrayOfSuffix(t, s, nameTok);
    if (s.star) unspecifiedLength.add(a);
    if (s.constPointer) adjustsToConst.add(a);
    if (s.qualified) markQualifiedArray(a);
    return a;
  }
  if (nameTok && (t.kind === 'array' || t.kind === 'func')) {
    errorAt(nameTok, `'${nameTok.image}' declared as function returning ${t.kind === 'array' ? 'an array' : 'a function'}`);
  }
  const f = funcType(t);
  f.params = s.params;
  f.isVariadic = s.variadic;
  f.hasPrototype = s.proto;
  return f;
}

/** The array type one `[...]` makes of its element type `t`: fixed, variable or of unknown length. */
function arrayOfSuffix(t: Type, s: DeclSuffix & { kind: 'array' }, nameTok: IToken | undefined): Type {
  if (s.vlaLen || t.isVla) return vlaOf(t, s.vlaLen ?? numNode(BigInt(s.len), s.tok, tyULong));
  // Sizes are JavaScript numbers: exact up to 2^53 bytes, and past it when the number is
  // one a double holds (`int[4294967297L][100000000]`); gcc's limit is 2^63 - 1.
  const bytes = BigInt(t.size) * BigInt(s.len);
  if (bytes > MAX_OBJECT_BYTES) {
    // (gcc names the size while it fits its 64-bit sizetype.)
    const size = bytes < 1n << 64n ? ` '${bytes}'` : '';
    const what = nameTok ? `${size ? `size${size} of array` : 'size of array'} '${nameTok.image}'` : `size${size} of array`;
    errorAt(nameTok ?? s.tok, `${what} exceeds maximum object size '${MAX_OBJECT_BYTES}'`);
  }
  if (BigInt(t.size * s.len) !== bytes) errorAt(s.tok, `an array of ${bytes} bytes: tcc-lite supports sizes past 2^53 only when a double holds them exactly`);
  if (s.len === 0) pedwarnAt(nameTok ?? s.tok, `ISO C forbids zero-size array${nameTok ? ` '${nameTok.image}'` : ''}`, '-Wpedantic');
  return arrayOf(t, s.len);
}

/** Adjacent string literals as gcc quotes them in a message: their contents as spelled, joined, in one pair of quotes. */
function joinedSpelling(parts: readonly IToken[]): string {
  return `"${parts.map((t) => t.image.slice(t.image.indexOf('"') + 1, -1)).join('')}"`;
}
