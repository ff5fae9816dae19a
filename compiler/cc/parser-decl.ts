/**
 * Declaration rules: specifiers, declarators, struct/union/enum bodies, attributes and
 * initializer syntax. A declarator is returned as a function from the base type to the
 * declared type, which is how C's inside-out declarator syntax composes.
 */
import { tokenMatcher, type IOrAlt, type IToken } from './chevrotain.js';
import type { Node } from './ast.js';
import { complexOf } from './complex.js';
import { tyInt128, tyUInt128 } from './int128.js';
import { evalInt, tryEvalInt } from './consteval.js';
import { declareParam } from './declare.js';
import { numNode } from './typecheck.js';
import type { Designator, InitItem, InitSyntax } from './initializer.js';
import { DeclKeyword, Identifier, Kw, P, Tok } from './lexer.js';
import { decodeEscapes, literalPrefix } from './literals.js';
import { ExprParser } from './parser-expr.js';
import type { Attributes, DeclSpec, Declarator } from './parser-base.js';
import { errorAt, warnAt } from './report.js';
import {
  arrayOf, enumType, funcType, layoutStruct, layoutUnion, pointerTo, structType, tyBool, tyChar, tyDouble,
  tyFloat, tyInt, tyLDouble, tyLong, tyShort, tyUChar, tyUInt, tyULong, tyUShort, tyVoid, Type,
  type MemberDecl, type Param, isAggregate, vlaOf,
} from './types.js';

/** What the type-specifier keywords of one declaration said so far. */
interface SpecState {
  spec: DeclSpec;
  base: string | undefined; // void _Bool char short int float double
  longs: number;
  signed: boolean;
  unsigned: boolean;
  other: Type | undefined; // struct/union/enum/typedef/typeof
  tok: IToken | undefined;
  complex?: IToken; // _Complex: the type built is complex of the rest
}

type Suffix = { kind: 'array'; len: number; tok: IToken; vlaLen: Node | undefined } | { kind: 'func'; params: Param[]; variadic: boolean; proto: boolean };

function vaListType(): Type {
  const rec = structType('struct');
  layoutStruct(rec, [
    { name: 'gp_offset', ty: tyUInt, bitWidth: -1, align: 0 },
    { name: 'fp_offset', ty: tyUInt, bitWidth: -1, align: 0 },
    { name: 'overflow_arg_area', ty: pointerTo(tyVoid), bitWidth: -1, align: 0 },
    { name: 'reg_save_area', ty: pointerTo(tyVoid), bitWidth: -1, align: 0 },
  ], false, 0);
  rec.tagName = '__va_list_tag';
  return arrayOf(rec, 1);
}
const tyVaList = vaListType();

function stripUnderscores(name: string): string {
  return name.length > 4 && name.startsWith('__') && name.endsWith('__') ? name.slice(2, -2) : name;
}

export abstract class DeclParser extends ExprParser {
  // Declaration specifiers are parsed for every declaration, parameter and member, so
  // the repetition below and its alternatives are built once; they work on `specState`,
  // the specifiers being parsed (saved and restored around nested ones, as in
  // `struct { int x; } y`). An alternative reads it after its subrule returns.
  private specState: SpecState | undefined;
  private declspecPart: { GATE: () => boolean; DEF: () => void } | undefined;
  private declspecAlts: IOrAlt<void>[] | undefined;

  override resetState(): void {
    super.resetState();
    this.specState = undefined;
    this.declaratorParts = undefined;
  }

  declspec = this.RULE('declspec', (): DeclSpec => {
    const st: SpecState = {
      spec: {
        ty: tyInt, isTypedef: false, isStatic: false, isExtern: false, isInline: false,
        isThreadLocal: false, align: 0, attrs: {},
      },
      base: undefined, longs: 0, signed: false, unsigned: false, other: undefined, tok: undefined,
    };
    const outer = this.specState;
    this.specState = st;
    this.MANY(
      (this.declspecPart ??= {
        GATE: () => this.isDeclSpecToken(this.LA(1), this.specState!),
        DEF: () => {
          this.OR({ IGNORE_AMBIGUITIES: true, DEF: (this.declspecAlts ??= this.declspecAlternatives()) });
        },
      }),
    );
    this.specState = outer;
    return this.ACTION(() => this.finishSpec(st));
  });

  private declspecAlternatives(): IOrAlt<void>[] {
    return [
      { ALT: () => this.setOther(this.SUBRULE(this.structSpec)) },
      { ALT: () => this.setOther(this.SUBRULE(this.enumSpec)) },
      { ALT: () => this.setOther(this.SUBRULE(this.typeofSpec)) },
      {
        ALT: () => {
          const a = this.SUBRULE(this.alignasSpec);
          this.ACTION(() => {
            this.specState!.spec.align = Math.max(this.specState!.spec.align, a);
          });
        },
      },
      { ALT: () => void this.SUBRULE(this.attributeList, { ARGS: [this.specState!.spec.attrs] }) },
      {
        ALT: () => {
          const t = this.CONSUME(Identifier);
          this.ACTION(() => {
            const st = this.specState!;
            st.tok ??= t;
            st.other = this.scopes.lookup(t.image)!.typedef!;
          });
        },
      },
      {
        ALT: () => {
          const t = this.CONSUME(DeclKeyword);
          this.ACTION(() => this.applyKeyword(this.specState!, t));
        },
      },
    ];
  }

  private setOther(ty: Type): void {
    this.ACTION(() => {
      this.specState!.other = ty;
    });
  }

  /** In a declaration's specifiers, a typedef name counts only before any type specifier. */
  private isDeclSpecToken(t: IToken, st: SpecState): boolean {
    if (tokenMatcher(t, DeclKeyword)) return !tokenMatcher(t, Kw._Static_assert);
    if (!tokenMatcher(t, Identifier)) return false;
    if (st.other || st.base || st.longs || st.signed || st.unsigned) return false;
    return this.scopes.isTypedef(t.image);
  }

  private applyKeyword(st: SpecState, t: IToken): void {
    st.tok ??= t;
    const s = st.spec;
    switch (t.image) {
      case 'typedef': s.isTypedef = true; break;
      case 'static': s.isStatic = true; break;
      case 'extern': s.isExtern = true; break;
      case 'inline': case '__inline__': case '__inline': s.isInline = true; break;
      case '_Noreturn': s.attrs.noreturn = true; break;
      case '_Thread_local': case '__thread': s.isThreadLocal = true; break;
      case 'auto': case 'register': case 'const': case 'volatile': case 'restrict':
      case '__volatile__': case '__volatile': case '__restrict': case '__restrict__': case '__const': case '__const__':
      case '__extension__': case '__label__':
        break;
      case 'signed': case '__signed__': case '__signed': st.signed = true; break;
      case 'unsigned': st.unsigned = true; break;
      case 'long': st.longs++; break;
      case '__builtin_va_list': st.other = tyVaList; break;
      case '_Complex': case '__complex__': case '__complex': st.complex = t; break;
      case 'int':
        // `short int`, `long int`, `unsigned int`: int only names the default.
        if (st.base !== undefined && st.base !== 'short') errorAt(t, 'two or more data types in declaration specifiers');
        st.base ??= 'int';
        break;
      case 'short':
        if (st.base !== undefined && st.base !== 'int') errorAt(t, 'two or more data types in declaration specifiers');
        st.base = 'short';
        break;
      default:
        if (st.base !== undefined) errorAt(t, `two or more data types in declaration specifiers`);
        st.base = t.image;
    }
  }

  private finishSpec(st: SpecState): DeclSpec {
    const s = this.finishRealSpec(st);
    // A lone `_Complex` means `_Complex double`, as in gcc.
    if (st.complex) s.ty = complexOf(st.base === undefined && !st.other && st.longs === 0 ? tyDouble : s.ty, st.complex);
    return s;
  }

  private finishRealSpec(st: SpecState): DeclSpec {
    const s = st.spec;
    if (st.other) {
      if (st.base || st.longs || st.signed || st.unsigned) errorAt(st.tok!, 'two or more data types in declaration specifiers');
      s.ty = st.other;
      return s;
    }
    const u = st.unsigned;
    switch (st.base) {
      case 'void': s.ty = tyVoid; break;
      case '_Bool': s.ty = tyBool; break;
      case 'char': s.ty = u ? tyUChar : tyChar; break;
      case 'short': s.ty = u ? tyUShort : tyShort; break;
      case 'float': s.ty = tyFloat; break;
      case 'double': case '_Float64': case '_Float32x': s.ty = st.longs > 0 ? tyLDouble : tyDouble; break;
      case '_Float32': s.ty = tyFloat; break;
      case '__int128': s.ty = u ? tyUInt128 : tyInt128; break;
      // Same size and alignment as long double, which is enough for declarations (glibc's math.h).
      case '_Float64x': case '_Float128': s.ty = tyLDouble; break;
      default:
        if (st.longs > 0) s.ty = u ? tyULong : tyLong;
        else s.ty = u ? tyUInt : tyInt;
    }
    return s;
  }

  structSpec = this.RULE('structSpec', (): Type => {
    const kw = this.OR([{ ALT: () => this.CONSUME(Kw.struct) }, { ALT: () => this.CONSUME(Kw.union) }]);
    const attrs: Attributes = {};
    this.OPTION(() => this.SUBRULE(this.attributeList, { ARGS: [attrs] }));
    const tag = this.OPTION2(() => this.CONSUME(Identifier));
    // Declare the tag before the body so members can point to the struct itself.
    let ty = this.ACTION(() => this.structTag(kw.image as 'struct' | 'union', tag, tokenMatcher(this.LA(1), P['{'])));
    this.OPTION3(() => {
      this.CONSUME(P['{']);
      const decls: MemberDecl[] = [];
      this.MANY(() => this.SUBRULE(this.memberDeclaration, { ARGS: [decls] }));
      const close = this.CONSUME(P['}']);
      this.OPTION4(() => this.SUBRULE2(this.attributeList, { ARGS: [attrs] }));
      this.ACTION(() => {
        const pack = this.packAt(kw.startOffset) ?? 0;
        if (kw.image === 'struct') layoutStruct(ty, decls, attrs.packed === true, attrs.aligned ?? 0, pack);
        else layoutUnion(ty, decls, attrs.packed === true, attrs.aligned ?? 0, pack);
        void close;
      });
    });
    return this.ACTION(() => ty);
  });

  private structTag(kind: 'struct' | 'union', tag: IToken | undefined, hasBody: boolean): Type {
    if (tag && !hasBody) {
      const t = this.scopes.lookupTag(tag.image);
      if (t) {
        if (t.kind !== kind) errorAt(tag, `'${tag.image}' defined as wrong kind of tag`);
        return t;
      }
    }
    if (tag && hasBody) {
      const t = this.scopes.lookupTagCurrent(tag.image);
      if (t && t.kind === kind && !t.isComplete) return t;
      if (t && t.isComplete) errorAt(tag, `redefinition of '${kind} ${tag.image}'`);
    }
    const t = structType(kind);
    t.tagName = tag?.image;
    if (tag) this.scopes.declareTag(tag.image, t);
    return t;
  }

  memberDeclaration = this.RULE('memberDeclaration', (decls?: MemberDecl[]): void => {
    this.OR({ IGNORE_AMBIGUITIES: true, DEF: [
      { GATE: () => tokenMatcher(this.LA(1), Kw._Static_assert), ALT: () => this.SUBRULE(this.staticAssert) },
      { ALT: () => this.CONSUME(P[';']) },
      {
        ALT: () => {
          const spec = this.SUBRULE(this.declspec);
          this.OR2({ IGNORE_AMBIGUITIES: true, DEF: [
            {
              // Anonymous struct/union member.
              ALT: () => {
                const t = this.CONSUME2(P[';']);
                this.ACTION(() => {
                  if (!isAggregate(spec.ty)) warnAt(t, 'declaration does not declare anything');
                  else decls!.push({ name: undefined, ty: spec.ty, bitWidth: -1, align: spec.align });
                });
              },
            },
            {
              ALT: () => {
                this.AT_LEAST_ONE_SEP({
                  SEP: P[','],
                  DEF: () => this.SUBRULE(this.memberDeclarator, { ARGS: [spec, decls] }),
                });
                this.CONSUME3(P[';']);
              },
            },
          ]});
        },
      },
    ]});
  });

  memberDeclarator = this.RULE('memberDeclarator', (spec?: DeclSpec, decls?: MemberDecl[]): void => {
    const d = this.SUBRULE(this.declarator);
    const width = this.OPTION(() => {
      this.CONSUME(P[':']);
      return this.SUBRULE(this.conditional);
    });
    const attrs: Attributes = {};
    this.MANY(() => this.SUBRULE(this.attributeList, { ARGS: [attrs] }));
    this.ACTION(() => {
      const ty = d.derive(spec!.ty);
      let bits = -1;
      if (width) {
        bits = Number(evalInt(width));
        if (bits < 0 || bits > ty.size * 8) errorAt(width.tok, `width of '${d.nameTok?.image ?? '<anonymous>'}' exceeds its type`);
        if (bits === 0 && d.nameTok) errorAt(width.tok, `zero width for bit-field '${d.nameTok.image}'`);
      }
      if (ty.kind === 'func') errorAt(d.nameTok ?? width!.tok, 'field declared as a function');
      const align = Math.max(spec!.align, attrs.aligned ?? 0);
      decls!.push({ name: d.nameTok?.image, ty, bitWidth: bits, align: attrs.packed ? 1 : align });
    });
  });

  enumSpec = this.RULE('enumSpec', (): Type => {
    const kw = this.CONSUME(Kw.enum);
    this.OPTION(() => this.SUBRULE(this.attributeList));
    const tag = this.OPTION2(() => this.CONSUME(Identifier));
    let ty: Type = tyInt;
    const values: bigint[] = [];
    let next = 0n;
    this.ACTION(() => {
      ty = tag && !tokenMatcher(this.LA(1), P['{']) ? this.scopes.lookupTag(tag.image) ?? enumType() : enumType();
      ty.tagName = tag?.image;
      if (tag) this.scopes.declareTag(tag.image, ty);
    });
    this.OPTION3(() => {
      this.CONSUME(P['{']);
      // Enumerators, each followed by an optional comma (C99 allows one after the last).
      let commaAfterPrevious = true;
      this.AT_LEAST_ONE({
        DEF: () => {
          const name = this.CONSUME2(Identifier);
          this.ACTION(() => {
            if (!commaAfterPrevious) errorAt(name, `expected ',' or '}' before '${name.image}'`);
          });
          this.OPTION4(() => this.SUBRULE2(this.attributeList));
          const val = this.OPTION5(() => {
            this.CONSUME(P['=']);
            return this.SUBRULE(this.conditional);
          });
          this.ACTION(() => {
            if (val) next = evalInt(val);
            values.push(next);
            const fits = next >= -0x80000000n && next <= 0x7fffffffn;
            this.scopes.declare(name.image, { enumValue: next, enumType: fits ? tyInt : next > 0n ? tyULong : tyLong });
            next++;
          });
          const comma = this.OPTION6(() => this.CONSUME2(P[',']));
          this.ACTION(() => (commaAfterPrevious = comma !== undefined));
        },
      });
      this.CONSUME(P['}']);
      this.OPTION7(() => this.SUBRULE3(this.attributeList));
      this.ACTION(() => {
        const min = values.reduce((a, b) => (b < a ? b : a), 0n);
        const max = values.reduce((a, b) => (b > a ? b : a), 0n);
        if (min >= 0n && max > 0x7fffffffn && max <= 0xffffffffn) ty.isUnsigned = true;
        else if (max > 0xffffffffn || min < -0x80000000n) {
          ty.size = 8;
          ty.align = 8;
          ty.isUnsigned = min >= 0n && max > 0x7fffffffffffffffn;
        }
      });
    });
    return this.ACTION(() => {
      void kw;
      return ty;
    });
  });

  typeofSpec = this.RULE('typeofSpec', (): Type => {
    this.OR([
      { ALT: () => this.CONSUME(Kw.typeof) },
      { ALT: () => this.CONSUME(Kw.__typeof__) },
      { ALT: () => this.CONSUME(Kw.__typeof) },
    ]);
    this.CONSUME(P['(']);
    const ty = this.OR2({
      IGNORE_AMBIGUITIES: true,
      DEF: [
        { GATE: () => this.isTypeStart(this.LA(1)), ALT: () => this.SUBRULE(this.typeName) },
        {
          ALT: () => {
            const e = this.SUBRULE(this.expr);
            return this.ACTION(() => e.ty!);
          },
        },
      ],
    });
    this.CONSUME(P[')']);
    return ty;
  });

  alignasSpec = this.RULE('alignasSpec', (): number => {
    this.CONSUME(Kw._Alignas);
    this.CONSUME(P['(']);
    const a = this.OR({
      IGNORE_AMBIGUITIES: true,
      DEF: [
        {
          GATE: () => this.isTypeStart(this.LA(1)),
          ALT: () => {
            const t = this.SUBRULE(this.typeName);
            return this.ACTION(() => t.align);
          },
        },
        {
          ALT: () => {
            const e = this.SUBRULE(this.conditional);
            return this.ACTION(() => Number(evalInt(e)));
          },
        },
      ],
    });
    this.CONSUME(P[')']);
    return a;
  });

  attributeList = this.RULE('attributeList', (into?: Attributes): Attributes => {
    const attrs = into ?? {};
    this.AT_LEAST_ONE(() => {
      this.OR([{ ALT: () => this.CONSUME(Kw.__attribute__) }, { ALT: () => this.CONSUME(Kw.__attribute) }]);
      this.CONSUME(P['(']);
      this.CONSUME2(P['(']);
      this.MANY_SEP({ SEP: P[','], DEF: () => this.SUBRULE(this.attribute, { ARGS: [attrs] }) });
      this.CONSUME(P[')']);
      this.CONSUME2(P[')']);
    });
    return attrs;
  });

  attribute = this.RULE('attribute', (attrs?: Attributes): void => {
    const name = this.OR([{ ALT: () => this.CONSUME(Identifier) }, { ALT: () => this.CONSUME(DeclKeyword) }]);
    const args: (string | Node)[] = [];
    const hasArgs = this.OPTION(() => {
      this.CONSUME(P['(']);
      this.MANY_SEP({
        SEP: P[','],
        DEF: () => {
          const a = this.SUBRULE(this.attributeArg);
          this.ACTION(() => args.push(a));
        },
      });
      this.CONSUME(P[')']);
      return true;
    });
    this.ACTION(() => this.applyAttribute(attrs!, name, args, hasArgs === true));
  });

  attributeArg = this.RULE('attributeArg', (): string | Node => {
    return this.OR({
      IGNORE_AMBIGUITIES: true,
      DEF: [
        {
          GATE: () => tokenMatcher(this.LA(2), P[',']) || tokenMatcher(this.LA(2), P[')']),
          ALT: () => this.OR2([{ ALT: () => this.CONSUME(Identifier).image }, { ALT: () => this.CONSUME(DeclKeyword).image }]),
        },
        {
          GATE: () => tokenMatcher(this.LA(1), Tok.StringLit),
          ALT: () => {
            let s = '';
            this.AT_LEAST_ONE(() => {
              const t = this.CONSUME(Tok.StringLit);
              this.ACTION(() => {
                const d = decodeEscapes(literalPrefix(t.image).body, true);
                if (typeof d === 'string') errorAt(t, d);
                s += String.fromCharCode(...d);
              });
            });
            return s;
          },
        },
        { ALT: () => this.SUBRULE(this.assign) },
      ],
    });
  });

  private applyAttribute(a: Attributes, nameTok: IToken, args: (string | Node)[], hasArgs: boolean): void {
    const name = stripUnderscores(nameTok.image);
    const strArg = (): string => {
      if (typeof args[0] !== 'string') return errorAt(nameTok, `'${name}' attribute argument not a string constant`);
      return args[0];
    };
    switch (name) {
      case 'section': a.section = strArg(); break;
      case 'aligned': {
        if (!hasArgs || args.length === 0) a.aligned = 16;
        else {
          if (typeof args[0] === 'string') errorAt(nameTok, 'requested alignment is not an integer constant');
          const v = Number(evalInt(args[0]));
          if (v <= 0 || (v & (v - 1)) !== 0) errorAt(nameTok, 'requested alignment is not a positive power of 2');
          a.aligned = Math.max(a.aligned ?? 0, v);
        }
        break;
      }
      case 'packed': a.packed = true; break;
      case 'weak': a.weak = true; break;
      case 'used': a.used = true; break;
      case 'alias': a.alias = strArg(); break;
      case 'visibility': a.visibility = strArg(); break;
      case 'noreturn': a.noreturn = true; break;
      case 'constructor': a.startupArray = '.init_array'; break;
      case 'destructor': a.startupArray = '.fini_array'; break;
      case 'vector_size': errorAt(nameTok, 'vector types (the vector_size attribute) are not supported'); break;
      default: break; // unused, noinline, always_inline, format, cold, ... change nothing here
    }
  }

  staticAssert = this.RULE('staticAssert', (): void => {
    const tok = this.CONSUME(Kw._Static_assert);
    this.CONSUME(P['(']);
    const cond = this.SUBRULE(this.conditional);
    const msg = this.OPTION(() => {
      this.CONSUME(P[',']);
      return this.CONSUME(Tok.StringLit);
    });
    this.CONSUME(P[')']);
    this.CONSUME(P[';']);
    this.ACTION(() => {
      if (evalInt(cond) === 0n) errorAt(tok, `static assertion failed${msg ? `: ${msg.image}` : ''}`);
    });
  });

  // A declarator is parsed for every declared name and parameter: as with declspec, its
  // repetitions and alternatives are built once and fill in `declaratorParts`, the
  // declarator being parsed (saved and restored around nested ones: `(*fp)(int x)`).
  private declaratorParts: DeclaratorParts | undefined;
  private pointerPart: (() => void) | undefined;
  private pointerQualifiers: (() => void) | undefined;
  private namePart: (() => void) | undefined;
  private nameAlts: { IGNORE_AMBIGUITIES: boolean; DEF: IOrAlt<void>[] } | undefined;
  private suffixPart: (() => void) | undefined;
  private declSuffixAlts: IOrAlt<Suffix>[] | undefined;

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
              { ALT: () => this.SUBRULE(this.attributeList) },
              { ALT: () => this.SUBRULE(this.qualifier) },
            ])),
        );
      }),
    );
    this.OPTION(
      (this.namePart ??= () => {
        this.OR2(
          (this.nameAlts ??= {
            IGNORE_AMBIGUITIES: true,
            DEF: [
              {
                GATE: () => tokenMatcher(this.LA(1), P['(']) && this.isNestedDeclaratorStart(this.LA(2)),
                ALT: () => {
                  this.CONSUME(P['(']);
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

  qualifier = this.RULE('qualifier', (): void => {
    this.OR([
      { ALT: () => this.CONSUME(Kw.const) },
      { ALT: () => this.CONSUME(Kw.volatile) },
      { ALT: () => this.CONSUME(Kw.restrict) },
      { ALT: () => this.CONSUME(Kw.__restrict) },
      { ALT: () => this.CONSUME(Kw.__restrict__) },
      { ALT: () => this.CONSUME(Kw.__const) },
      { ALT: () => this.CONSUME(Kw.__const__) },
      { ALT: () => this.CONSUME(Kw.__volatile__) },
      { ALT: () => this.CONSUME(Kw.__volatile) },
    ]);
  });

  /** After `(` in a declarator: a nested declarator, or (if a type or `)` follows) parameters. */
  private isNestedDeclaratorStart(t: IToken): boolean {
    if (tokenMatcher(t, P['*']) || tokenMatcher(t, P['(']) || tokenMatcher(t, P['['])) return true;
    if (tokenMatcher(t, Kw.__attribute__) || tokenMatcher(t, Kw.__attribute)) return true;
    return tokenMatcher(t, Identifier) && !this.scopes.isTypedef(t.image);
  }

  arraySuffix = this.RULE('arraySuffix', (): Suffix => {
    const tok = this.CONSUME(P['[']);
    this.MANY(() => this.OR([{ ALT: () => this.CONSUME(Kw.static) }, { ALT: () => this.SUBRULE(this.qualifier) }]));
    const size = this.OPTION(() => this.SUBRULE(this.assign));
    this.CONSUME(P[']']);
    return this.ACTION((): Suffix => {
      if (!size) return { kind: 'array', len: -1, tok, vlaLen: undefined };
      const len = tryEvalInt(size);
      // A size that is not constant makes a variable length array (C99).
      if (len === undefined) return { kind: 'array', len: -1, tok, vlaLen: size };
      if (len < 0n) errorAt(size.tok, 'size of array is negative');
      return { kind: 'array', len: Number(len), tok, vlaLen: undefined };
    });
  });

  paramSuffix = this.RULE('paramSuffix', (): Suffix => {
    this.CONSUME(P['(']);
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
            this.ACTION(() => this.scopes.enter());
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
            this.ACTION(() => this.scopes.leave());
          },
        },
        {
          GATE: () => tokenMatcher(this.LA(1), P[')']),
          ALT: () => this.ACTION(() => (proto = false)),
        },
      ],
    });
    this.CONSUME(P[')']);
    return this.ACTION((): Suffix => ({ kind: 'func', params, variadic, proto }));
  });

  paramDecl = this.RULE('paramDecl', (): Param => {
    const spec = this.SUBRULE(this.declspec);
    const d = this.SUBRULE(this.declarator);
    this.MANY(() => this.SUBRULE(this.attributeList));
    return this.ACTION((): Param => {
      let ty = d.derive(spec.ty);
      // Parameters of array and function type are adjusted to pointers.
      if (ty.kind === 'array') ty = pointerTo(ty.base!);
      else if (ty.kind === 'func') ty = pointerTo(ty);
      if (ty.kind === 'void') errorAt(d.nameTok ?? this.LA(0), `parameter has incomplete type 'void'`);
      return declareParam(this, d.nameTok, ty);
    });
  });

  typeName = this.RULE('typeName', (): Type => {
    const spec = this.SUBRULE(this.declspec);
    const d = this.SUBRULE(this.declarator);
    return this.ACTION(() => {
      if (d.nameTok) errorAt(d.nameTok, `expected ')' before '${d.nameTok.image}'`);
      return d.derive(spec.ty);
    });
  });

  initializerSyntax = this.RULE('initializerSyntax', (): InitSyntax => {
    return this.OR([
      {
        ALT: (): InitSyntax => {
          const tok = this.CONSUME(P['{']);
          const items: InitItem[] = [];
          this.MANY({
            GATE: () => !tokenMatcher(this.LA(1), P['}']),
            DEF: () => {
              const item = this.SUBRULE(this.initItem);
              this.ACTION(() => items.push(item));
              this.OR2([
                { ALT: () => this.CONSUME(P[',']) },
                { GATE: () => tokenMatcher(this.LA(1), P['}']), ALT: () => undefined },
              ]);
            },
          });
          this.CONSUME(P['}']);
          return { kind: 'list', items, tok };
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
                this.CONSUME(P[':']);
                this.ACTION(() => designators.push({ kind: 'field', name }));
              },
            },
            {
              ALT: () => {
                this.AT_LEAST_ONE(() => {
                  const d = this.SUBRULE(this.designator);
                  this.ACTION(() => designators.push(d));
                });
                this.CONSUME(P['=']);
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
            this.CONSUME(P['...']);
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

/** What a declarator said, in the order it said it: `* * name [3] (int)`. */
interface DeclaratorParts {
  pointers: number;
  inner: Declarator | undefined; // `( declarator )`
  nameTok: IToken | undefined;
  suffixes: Suffix[];
}

/** The declarator as a function from the base type: pointers bind first, then suffixes. */
function finishDeclarator(parts: DeclaratorParts): Declarator {
  const { pointers, suffixes, inner, nameTok } = parts;
  const applyOwn = (base: Type): Type => {
    let t = base;
    for (let i = 0; i < pointers; i++) t = pointerTo(t);
    for (let i = suffixes.length - 1; i >= 0; i--) t = applySuffix(t, suffixes[i]);
    return t;
  };
  if (inner) return { nameTok: inner.nameTok, derive: (base) => inner.derive(applyOwn(base)) };
  return { nameTok, derive: applyOwn };
}

function applySuffix(t: Type, s: Suffix): Type {
  if (s.kind === 'array') {
    if (t.kind === 'func') errorAt(s.tok, 'declaration of array of functions');
    if (t.kind === 'void') errorAt(s.tok, "declaration of array of 'void'");
    if (s.vlaLen || t.isVla) return vlaOf(t, s.vlaLen ?? numNode(BigInt(s.len), s.tok, tyULong));
    return arrayOf(t, s.len);
  }
  const f = funcType(t);
  f.params = s.params;
  f.isVariadic = s.variadic;
  f.hasPrototype = s.proto;
  return f;
}
