/**
 * Declaration specifiers: type keywords, struct/union/enum bodies, typeof, _Alignas and
 * GNU attributes. Declarators and initializers build on these in parser-decl.ts.
 */
import { checkIgnoredQualifiers } from './ignored-qualifiers.js';
import { dropUnevaluated } from './evaluation-warnings.js';
import { tokenMatcher, type IOrAlt, type IToken, type ParserMethod } from './chevrotain.js';
import type { Node } from './ast.js';
import { complexOf } from './complex.js';
import { tyInt128, tyUInt128 } from './int128.js';
import { tyFloat128 } from './float128.js';
import { evalInt } from './consteval.js';
import { AtomicTypeSpecifier, DeclKeyword, Identifier, Kw, P, Tok, TYPE_SPECIFIER_WORDS } from './lexer.js';
import { decodeEscapes, literalPrefix } from './literals.js';
import { BuiltinExprParser } from './parser-builtin-expr.js';
import type { Attributes, DeclSpec } from './parser-base.js';
import {
  checkAlignas, checkAlignment, checkArrayQualifiers, checkAtomicQualified, checkEnumeratorName, checkMemberStorage, checkRestrict, checkStorageClassKeyword, checkTypeKeyword,
} from './spec-constraints.js';
import { checkBitfieldType, checkMemberList } from './member-constraints.js';
import { errorAt, pedwarnAt } from './report.js';
import { withVectorAttribute } from './vector.js';
import { withModeAttribute } from './mode-attr.js';
import { tyVaList } from './va-list.js';
import { hasVla, vlaSizeCode } from './declare.js';
import { hasVariableMember, layoutVariableStruct, layoutVariableUnion } from './vla-struct.js';
import { layoutMsStruct, layoutMsUnion } from './layout-ms.js';
import {
  enumType, tyAutoType, layoutStruct, layoutUnion, structType, tyBool, tyChar, tyDouble, tyFloat,
  tyInt, tyLDouble, tyLong, tyShort, tyUChar, tyUInt, tyULong, tyUShort, tyVoid, Type, type Member, type MemberDecl,
  isAggregate, isInteger, qualifiedType, tyFloat32, tyFloat64, tyFloat32x, tyFloat64x, tyLLong, tySChar, tyULLong, unsignedBitfieldType,
} from './types.js';

/** The largest member layout handles exactly (its size in bits stays below 2^53). */
const MAX_MEMBER_BYTES = 2 ** 50;

/** What the type-specifier keywords of one declaration said so far. */
export interface SpecState {
  spec: DeclSpec;
  base: string | undefined; // void _Bool char short int float double
  longs: number;
  signed: boolean;
  unsigned: boolean;
  other: Type | undefined; // struct/union/enum/typedef/typeof
  tok: IToken | undefined;
  complex?: IToken; // _Complex: the type built is complex of the rest
  restrict?: boolean; // `restrict` among the specifiers: the type built must be a pointer
  tagDefined?: boolean; // a struct, union or enum defined here (its `}` read)
}

export function newSpecState(): SpecState {
  return {
    spec: {
      ty: tyInt, isTypedef: false, isStatic: false, isExtern: false, isInline: false,
      isThreadLocal: false, isConst: false, isVolatile: false, align: 0, attrs: {},
    },
    base: undefined, longs: 0, signed: false, unsigned: false, other: undefined, tok: undefined,
  };
}


const TYPE_SPECIFIERS: ReadonlySet<string> = new Set([...TYPE_SPECIFIER_WORDS, 'struct', 'union', 'enum', 'typeof', '__typeof__', '__typeof', '_Complex', '__complex__', '__complex']);

/** A keyword that specifies a type (not a qualifier, storage class or attribute). */
function startsTypeSpecifier(t: IToken): boolean {
  return tokenMatcher(t, DeclKeyword) && TYPE_SPECIFIERS.has(t.image);
}

function stripUnderscores(name: string): string {
  return name.length > 4 && name.startsWith('__') && name.endsWith('__') ? name.slice(2, -2) : name;
}

export abstract class SpecifierParser extends BuiltinExprParser {
  abstract staticAssert: ParserMethod<[], void>;

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
  }

  declspec = this.RULE('declspec', (): DeclSpec => {
    const st = newSpecState();
    const outer = this.specState;
    this.specState = st;
    this.MANY(
      (this.declspecPart ??= {
        GATE: () => this.isDeclSpecToken(this.LA(1), this.specState!),
        DEF: () => {
          // `struct s { ... }` and then `int main`: gcc takes the `;` as forgotten.
          this.ACTION(() => this.specState!.tagDefined === true && startsTypeSpecifier(this.LA(1)) && this.expected("';', identifier or '('"));
          this.OR({ IGNORE_AMBIGUITIES: true, DEF: (this.declspecAlts ??= this.declspecAlternatives()) });
        },
      }),
    );
    this.specState = outer;
    return this.ACTION(() => this.finishSpec(st));
  });

  private declspecAlternatives(): IOrAlt<void>[] {
    return [
      { ALT: () => this.setOther(this.SUBRULE(this.structSpec), this.recordPlace) },
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
          this.ACTION(() => this.applyTypedefName(this.specState!, t));
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

  // ---- the specifiers' actions; the fast declaration path (parser-fast-decl.ts) calls them too ----

  /** A typedef name among the specifiers. */
  applyTypedefName(st: SpecState, t: IToken): void {
    st.tok ??= t;
    const entry = this.scopes.lookup(t.image)!;
    st.other = entry.typedef!;
    st.spec.typeTok = t;
    if (entry.typedefConst) st.spec.isConst = true;
    if (entry.typedefSigned) st.spec.isExplicitlySigned = true;
  }

  /** `place`: where gcc places the type specifier (a struct's tag, or its `{`). */
  private setOther(ty: Type, place?: IToken): void {
    this.ACTION(() => {
      this.specState!.other = ty;
      this.specState!.spec.typeTok = place;
      this.specState!.tagDefined = tokenMatcher(this.LA(0), P['}']);
    });
  }

  // The place of the struct or union specifier just parsed (structSpec), for setOther.
  private recordPlace: IToken | undefined;

  /** In a declaration's specifiers, a typedef name counts only before any type specifier. */
  private isDeclSpecToken(t: IToken, st: SpecState): boolean {
    if (tokenMatcher(t, DeclKeyword)) return !tokenMatcher(t, Kw._Static_assert);
    if (!tokenMatcher(t, Identifier)) return false;
    if (st.other || st.base || st.longs || st.signed || st.unsigned) return false;
    return this.scopes.isTypedef(t.image);
  }

  applyKeyword(st: SpecState, t: IToken): void {
    st.tok ??= t;
    const s = st.spec;
    checkStorageClassKeyword(s, t, st.tok);
    switch (t.image) {
      case 'typedef': s.isTypedef = true; break;
      case 'static': s.isStatic = true; break;
      case 'extern': s.isExtern = true; break;
      case 'inline': case '__inline__': case '__inline': s.isInline = true; break;
      case '_Noreturn': s.attrs.noreturn = s.isNoreturn = true; break;
      case '_Thread_local': case '__thread': s.isThreadLocal = true; break;
      case 'const': case '__const': case '__const__': s.isConst = true; s.qualifierTok ??= t; break;
      case 'volatile': case '__volatile__': case '__volatile': s.isVolatile = true; s.qualifierTok ??= t; break;
      case 'auto': s.isAuto = true; break;
      case '__label__': s.localLabel = t; break;
      case '_Atomic': s.isAtomic = true; s.qualifierTok ??= t; break;
      case 'register': s.isRegister = true; break;
      case 'restrict': case '__restrict': case '__restrict__': st.restrict = true; break;
      case '__extension__':
        break;
      case 'signed': case '__signed__': case '__signed': checkTypeKeyword(st, t); st.signed = true; s.isExplicitlySigned = true; break;
      case 'unsigned': checkTypeKeyword(st, t); st.unsigned = true; break;
      case 'long': checkTypeKeyword(st, t); st.longs++; break;
      case '__builtin_va_list': st.other = tyVaList; break;
      case '__auto_type': st.other = tyAutoType; break;
      case '_Complex': case '__complex__': case '__complex': st.complex = t; break;
      case 'int':
        // `short int`, `long int`, `unsigned int`: int only names the default.
        if (st.base !== undefined && st.base !== 'short') errorAt(t, 'two or more data types in declaration specifiers');
        st.base ??= 'int';
        break;
      case 'short':
        checkTypeKeyword(st, t);
        if (st.base !== undefined && st.base !== 'int') errorAt(t, 'two or more data types in declaration specifiers');
        st.base = 'short';
        break;
      default:
        if (st.base !== undefined) errorAt(t, `two or more data types in declaration specifiers`);
        checkTypeKeyword(st, t);
        st.base = t.image;
    }
  }

  finishSpec(st: SpecState): DeclSpec {
    const s = this.finishRealSpec(st);
    // A lone `_Complex` means `_Complex double`, as in gcc (`_Complex unsigned` is unsigned int).
    const lone = st.base === undefined && !st.other && st.longs === 0 && !st.signed && !st.unsigned;
    if (st.complex) s.ty = complexOf(lone ? tyDouble : s.ty, st.complex);
    else if (lone) {
      s.isImplicitInt = true;
      // `static pid_t p;`: the type a storage class or qualifier left out is a name nothing declares.
      this.checkUnknownTypeName(1, true, false);
    }
    // `int __attribute__((vector_size(16)))`: the attribute among the specifiers makes them a vector.
    s.ty = withVectorAttribute(withModeAttribute(s.ty, s.attrs.mode), s.attrs);
    // Cleared only when set: attributes with no keys are what most declarations have (see mergeAttrs).
    if (s.attrs.vectorSize !== undefined) s.attrs.vectorSize = undefined;
    if (s.attrs.mode !== undefined) s.attrs.mode = undefined;
    if (s.ty !== tyAutoType) s.ty = qualifiedType(s.ty, s.isConst, s.isVolatile, s.isAtomic === true);
    if (st.restrict) checkRestrict(s.ty, st.tok!);
    if (s.isAtomic) checkAtomicQualified(s.ty, st.tok!);
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
      case 'char': s.ty = u ? tyUChar : st.signed ? tySChar : tyChar; break;
      case 'short': s.ty = u ? tyUShort : tyShort; break;
      case 'float': s.ty = tyFloat; break;
      case 'double': s.ty = st.longs > 0 ? tyLDouble : tyDouble; break;
      case '_Float32': s.ty = tyFloat32; break;
      case '_Float64': s.ty = tyFloat64; break;
      case '_Float32x': s.ty = tyFloat32x; break;
      case '_Float64x': s.ty = tyFloat64x; break;
      case '__int128': s.ty = u ? tyUInt128 : tyInt128; break;
      case '_Float128': s.ty = tyFloat128; break;
      case '__float80': s.ty = tyLDouble; break; // gcc's name for the x87 format, long double on x86-64
      default:
        if (st.longs > 1) s.ty = u ? tyULLong : tyLLong;
        else if (st.longs > 0) s.ty = u ? tyULong : tyLong;
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
    let place: IToken | undefined;
    let ty = this.ACTION(() => {
      const next = this.LA(1);
      // `struct;` or `struct struct s`: a struct without a tag needs its body.
      if (!tag && !tokenMatcher(next, P['{'])) this.expected("'{'");
      place = tag ?? next;
      return this.structTag(kw, tag, tokenMatcher(next, P['{']));
    });
    this.OPTION3(() => {
      this.CONSUME(P['{']);
      const decls: MemberDecl[] = [];
      this.MANY(() => this.SUBRULE(this.memberDeclaration, { ARGS: [decls] }));
      const close = this.CONSUME(P['}']);
      this.OPTION4(() => this.SUBRULE2(this.attributeList, { ARGS: [attrs] }));
      this.ACTION(() => {
        const pack = this.packAt(kw.startOffset) ?? 0;
        checkMemberList(kw.image, decls, close);
        if (decls.length === 0) pedwarnAt(tag ?? kw, `${kw.image} has no members`, '-Wpedantic');
        if (hasVariableMember(decls)) this.layoutVariableRecord(kw.image, ty, decls, attrs, pack, close);
        else this.layoutRecord(kw.image, ty, decls, attrs, pack);
        placeMembers(ty.members, decls);
        if (attrs.transparentUnion && kw.image === 'union') ty.isTransparentUnion = true;
        void close;
      });
    });
    return this.ACTION(() => {
      this.recordPlace = place;
      return ty;
    });
  });

  /** gcc's layout, or Microsoft's for `__attribute__((ms_struct))` or -mms-bitfields (layout-ms.ts). */
  private layoutRecord(kw: string, ty: Type, decls: MemberDecl[], attrs: Attributes, pack: number): void {
    const ms = attrs.msStruct ?? this.msBitfields;
    const layout = kw === 'struct' ? (ms ? layoutMsStruct : layoutStruct) : ms ? layoutMsUnion : layoutUnion;
    layout(ty, decls, attrs.packed === true || pack === 1, attrs.aligned ?? 0, pack);
  }

  /** GNU: a struct with VLA members, laid out at run time where the definition is reached. */
  private layoutVariableRecord(kw: string, ty: Type, decls: MemberDecl[], attrs: Attributes, pack: number, close: IToken): void {
    if (!this.fn) errorAt(close, 'variable length array in a structure outside a function');
    const layout = kw === 'struct' ? layoutVariableStruct : layoutVariableUnion;
    this.pendingSetup.push(...layout(this, ty, decls, attrs.packed === true, attrs.aligned ?? 0, pack, close));
  }

  structTag(kw: IToken, tag: IToken | undefined, hasBody: boolean): Type {
    const kind = kw.image as 'struct' | 'union';
    if (tag && !hasBody) {
      // `struct s;` alone declares s in this scope, a new type hiding an outer s (C11 6.7.2.3p7).
      const alone = tokenMatcher(this.LA(1), P[';']);
      const t = alone ? this.scopes.lookupTagCurrent(tag.image) : this.scopes.lookupTag(tag.image);
      if (t) {
        if (t.kind !== kind) errorAt(tag, `'${tag.image}' defined as wrong kind of tag`);
        return t;
      }
    }
    if (tag && hasBody) {
      const t = this.scopes.lookupTagCurrent(tag.image);
      if (t && t.kind !== kind) errorAt(tag, `'${tag.image}' defined as wrong kind of tag`);
      if (t && !t.isComplete) return t;
      if (t && t.isComplete) errorAt(tag, `redefinition of '${kind} ${tag.image}'`);
    }
    const t = structType(kind);
    t.tagName = tag?.image;
    if (tag) this.scopes.declareTag(tag.image, t);
    // (An anonymous union parameter is meaningful to gcc, a GNU transparent union: no warning.)
    if (tag || (hasBody && kind === 'struct')) this.scopes.noteNewTag(tag ?? kw, tag ? `'${kind} ${tag.image}'` : `anonymous ${kind}`);
    return t;
  }

  memberDeclaration = this.RULE('memberDeclaration', (decls?: MemberDecl[]): void => {
    this.OR({ IGNORE_AMBIGUITIES: true, DEF: [
      { GATE: () => tokenMatcher(this.LA(1), Kw._Static_assert), ALT: () => this.SUBRULE(this.staticAssert) },
      { ALT: () => this.CONSUME(P[';']) },
      {
        ALT: () => {
          const first = this.LA(1);
          this.ACTION(() => this.checkUnknownTypeName(1, false));
          const spec = this.SUBRULE(this.declspec);
          this.ACTION(() => checkMemberStorage(spec, first));
          this.OR2({ IGNORE_AMBIGUITIES: true, DEF: [
            // Anonymous struct/union member.
            { ALT: () => this.anonymousMember(spec, decls!, this.CONSUME2(P[';'])) },
            {
              ALT: () => {
                let bitfield: boolean | undefined = false;
                this.AT_LEAST_ONE_SEP({
                  SEP: P[','],
                  DEF: () => (bitfield = this.SUBRULE(this.memberDeclarator, { ARGS: [spec, decls] })),
                });
                if (!this.missingMemberSemicolon()) {
                  // gcc's words: after a bit-field's width only these could follow.
                  if (!this.RECORDING_PHASE && !tokenMatcher(this.LA(1), P[';'])) this.expected(bitfield ? "',', ';' or '}'" : "':', ',', ';', '}' or '__attribute__'");
                  this.CONSUME3(P[';']);
                }
              },
            },
            // The same without its `;` before the `}`.
            {
              GATE: () => tokenMatcher(this.LA(1), P['}']),
              ALT: () => {
                this.anonymousMember(spec, decls!, this.LA(1));
                this.missingMemberSemicolon();
              },
            },
          ]});
        },
      },
    ]});
  });

  private anonymousMember(spec: DeclSpec, decls: MemberDecl[], at: IToken): void {
    this.ACTION(() => {
      if (!isAggregate(spec.ty)) pedwarnAt(at, 'declaration does not declare anything');
      else decls.push({ name: undefined, ty: spec.ty, bitWidth: -1, align: spec.align, packed: false, at: spec.typeTok });
    });
  }

  /** gcc accepts a record's last member without its `;` (with a warning); so do we. */
  private missingMemberSemicolon(): boolean {
    const next = this.LA(1);
    if (!tokenMatcher(next, P['}'])) return false;
    this.ACTION(() => pedwarnAt(next, 'no semicolon at end of struct or union'));
    return true;
  }

  /** One member's declarator and bit-field width; returns whether it had a width. */
  memberDeclarator = this.RULE('memberDeclarator', (spec?: DeclSpec, decls?: MemberDecl[]): boolean => {
    const d = this.SUBRULE(this.declarator);
    const width = this.OPTION(() => {
      this.CONSUME(P[':']);
      return this.SUBRULE(this.conditional);
    });
    const attrs: Attributes = {};
    this.MANY(() => this.SUBRULE(this.attributeList, { ARGS: [attrs] }));
    this.ACTION(() => {
      // Only a bit-field may go unnamed (`int : 3;`); `int *;` declares nothing.
      if (!d.nameTok && !width) this.expected("identifier or '('");
      const base = withVectorAttribute(withModeAttribute(spec!.ty, attrs.mode), attrs);
      let ty = d.derive(base);
      checkIgnoredQualifiers(spec!, base, ty, d.nameTok ?? this.LA(1));
      // Layout counts bits in JavaScript numbers, exact up to 2^53 bits (gcc's limit is 2^63 bytes).
      if (ty.size > MAX_MEMBER_BYTES) errorAt(d.nameTok ?? this.LA(1), `a member of ${BigInt(ty.size)} bytes: tcc-lite lays out members of up to 2^50 bytes`);
      // gcc -funsigned-bitfields: a bit-field of plain char, short, int, long or long long
      // (not enum or _Bool, not written `signed`) is unsigned.
      if (width && this.unsignedBitfields && spec!.isExplicitlySigned !== true) ty = unsignedBitfieldType(ty);
      let bits = -1;
      if (width) {
        // Our __int128 values live in memory; the bit-field code reads and writes one register.
        if (ty.isInt128) errorAt(width.tok, 'unsupported: a bit-field of type __int128');
        checkBitfieldType(ty, d.nameTok ?? width.tok, d.nameTok?.image ?? '<anonymous>');
        bits = Number(evalInt(width));
        // (A _Bool's width is 1, C11 6.7.2.1p4.)
        if (bits < 0 || bits > (ty.kind === 'bool' ? 1 : ty.size * 8)) errorAt(width.tok, `width of '${d.nameTok?.image ?? '<anonymous>'}' exceeds its type`);
        if (bits === 0 && d.nameTok) errorAt(width.tok, `zero width for bit-field '${d.nameTok.image}'`);
      }
      checkAlignas(spec!, ty, d.nameTok ?? width!.tok, width ? 'bit-field' : 'object', d.nameTok?.image);
      checkArrayQualifiers(ty, d.nameTok ?? width!.tok, false);
      if (ty.kind === 'func') errorAt(d.nameTok ?? width!.tok, 'field declared as a function');
      if (isAggregate(ty) && !ty.isComplete) errorAt(d.nameTok ?? width!.tok, `field '${d.nameTok?.image ?? '<anonymous>'}' has incomplete type`);
      if (hasVla(ty)) pedwarnAt(d.nameTok ?? this.LA(0), 'a member of a structure or union cannot have a variably modified type', '-Wpedantic');
      // A pointer to VLA rows is an ordinary member; the row sizes are fixed where the struct is defined.
      if (this.fn && hasVla(ty)) this.pendingSetup.push(...vlaSizeCode(this, ty, d.nameTok ?? this.LA(0)));
      const align = Math.max(spec!.align, spec!.attrs.aligned ?? 0, attrs.aligned ?? 0);
      // gcc gives `packed` among the specifiers (`int __attribute__((packed)) a;`) to the member too.
      const packed = attrs.packed === true || spec!.attrs.packed === true;
      decls!.push({ name: d.nameTok?.image, ty, bitWidth: bits, align, packed, tok: d.nameTok });
    });
    return width !== undefined;
  });

  enumSpec = this.RULE('enumSpec', (): Type => {
    const kw = this.CONSUME(Kw.enum);
    const before = this.OPTION(() => this.SUBRULE(this.attributeList));
    const tag = this.OPTION2(() => this.CONSUME(Identifier));
    let ty: Type = tyInt;
    const values: bigint[] = [];
    const enumerators: { name: string; value: bigint }[] = [];
    let next = 0n;
    this.ACTION(() => {
      ty = this.declareEnumTag(tag, tokenMatcher(this.LA(1), P['{']));
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
            // (`A = 1.5` is constant, but no integer constant expression: C11 6.7.2.2p2.)
            if (val && !isInteger(val.ty!)) errorAt(val.tok, `enumerator value for '${name.image}' is not an integer constant`);
            if (val) next = evalInt(val);
            values.push(next);
            enumerators.push({ name: name.image, value: next });
            checkEnumeratorName(this.scopes.lookupCurrent(name.image), name);
            const fits = next >= -0x80000000n && next <= 0x7fffffffn;
            // GNU C widens the enum's type instead (C11 6.7.2.2p2 wants int values).
            if (val && !fits) pedwarnAt(val.tok, "ISO C restricts enumerator values to range of 'int'", '-Wpedantic');
            this.scopes.declare(name.image, { enumValue: next, enumType: fits ? tyInt : next > 0n ? tyULong : tyLong, enumeration: ty });
            next++;
          });
          const comma = this.OPTION6(() => this.CONSUME2(P[',']));
          this.ACTION(() => (commaAfterPrevious = comma !== undefined));
        },
      });
      this.CONSUME(P['}']);
      const after = this.OPTION7(() => this.SUBRULE3(this.attributeList));
      this.ACTION(() => {
        ty.enumerators = enumerators;
        const min = values.reduce((a, b) => (b < a ? b : a), 0n);
        const max = values.reduce((a, b) => (b > a ? b : a), 0n);
        // gcc's underlying type is unsigned int when no enumerator is negative (a bit-field of
        // the enum then holds 0..2^n-1), int when one is, and a 64-bit type past 32 bits.
        if (min >= 0n && max <= 0xffffffffn) ty.isUnsigned = true;
        else if (max > 0xffffffffn || min < -0x80000000n) {
          ty.size = 8;
          ty.align = 8;
          ty.isUnsigned = min >= 0n && max > 0x7fffffffffffffffn;
        }
        // A packed enum, or every enum with -fshort-enums: the smallest integer that holds them.
        if (before?.packed === true || after?.packed === true || this.shortEnums) ty.size = ty.align = shortEnumSize(min, max);
      });
    });
    return this.ACTION(() => {
      void kw;
      return ty;
    });
  });

  /** `enum tag` (before its body, if any): the type, the tag declared in the current scope. */
  declareEnumTag(tag: IToken | undefined, hasBody: boolean): Type {
    const visible = tag && this.scopes.lookupTag(tag.image);
    const ty = this.enumTag(tag, hasBody);
    ty.tagName = tag?.image;
    if (tag) this.scopes.declareTag(tag.image, ty);
    // (gcc places an anonymous enum at its '{', an anonymous struct at its keyword.)
    if (tag ? ty !== visible : hasBody) this.scopes.noteNewTag(tag ?? this.LA(1), tag ? `'enum ${tag.image}'` : 'anonymous enum');
    return ty;
  }

  /**
   * The enum type a tag names: `enum e` refers to the visible one (or declares it, as gcc
   * allows, incomplete); `enum e {` completes one declared so in this scope, or makes a new one.
   */
  private enumTag(tag: IToken | undefined, hasBody: boolean): Type {
    if (!tag) return enumType();
    // One tag names one kind of type in a scope (C11 6.7.2.3p2).
    const wrongKind = (t: Type | undefined): void => {
      if (t && t.kind !== 'enum') errorAt(tag, `'${tag.image}' defined as wrong kind of tag`);
    };
    if (!hasBody) {
      const known = this.scopes.lookupTag(tag.image);
      wrongKind(known);
      if (known) return known;
      const forward = enumType();
      forward.isComplete = false;
      return forward;
    }
    const forward = this.scopes.lookupTagCurrent(tag.image);
    wrongKind(forward);
    if (forward && !forward.isComplete) {
      forward.isComplete = true;
      return forward;
    }
    return enumType();
  }

  /**
   * `typeof (type or expression)`, and C11's `_Atomic (type-name)`: the type, qualified
   * atomic. Aligned loads and stores of up to 8 bytes are atomic on x86-64 as they are;
   * compound assignment and ++/-- on an atomic integer become locked operations (parser-expr.ts).
   */
  typeofSpec = this.RULE('typeofSpec', (): Type => {
    const kw = this.OR([
      { ALT: () => this.CONSUME(Kw.typeof) },
      { ALT: () => this.CONSUME(Kw.__typeof__) },
      { ALT: () => this.CONSUME(Kw.__typeof) },
      { ALT: () => this.CONSUME(AtomicTypeSpecifier) },
    ]);
    const open = this.CONSUME(P['(']);
    const ty = this.OR2({
      IGNORE_AMBIGUITIES: true,
      DEF: [
        {
          GATE: () => this.isTypeStart(this.LA(1)),
          ALT: () => {
            const t = this.SUBRULE(this.typeName);
            // `typeof (int (*)[n++])`: the lengths are evaluated where the typeof is.
            this.ACTION(() => {
              if (this.fn && hasVla(t)) this.pendingSetup.push(...vlaSizeCode(this, t, open));
            });
            return t;
          },
        },
        {
          ALT: () => {
            const e = this.SUBRULE(this.expr);
            // An operand of variably modified type is evaluated (gcc), its sizes with it.
            this.ACTION(() => {
              if (this.fn && hasVla(e.ty!)) this.pendingSetup.push(e);
              else dropUnevaluated(e);
            });
            return this.ACTION(() => e.ty!);
          },
        },
      ],
    });
    this.CONSUME(P[')']);
    return kw.tokenType === AtomicTypeSpecifier && !this.RECORDING_PHASE ? qualifiedType(ty, false, false, true) : ty;
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
            return this.ACTION(() => {
              const align = Number(evalInt(e));
              checkAlignment(align, e.tok);
              return align;
            });
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
                const d = decodeEscapes(literalPrefix(t.image).body, 8, (message) => pedwarnAt(t, message));
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
      case 'ms_struct': a.msStruct = true; break;
      case 'gcc_struct': a.msStruct = false; break;
      case 'weak': a.weak = true; break;
      case 'used': a.used = true; break;
      case 'unused': case 'maybe_unused': a.unused = true; break;
      case 'alias': a.alias = strArg(); break;
      case 'visibility': a.visibility = strArg(); break;
      case 'noreturn': a.noreturn = true; break;
      case 'pure': case 'const': a.pure = true; break;
      case 'constructor': a.startupArray = '.init_array'; break;
      case 'destructor': a.startupArray = '.fini_array'; break;
      case 'vector_size':
        if (typeof args[0] !== 'object') errorAt(nameTok, "'vector_size' attribute argument is not an integer constant");
        a.vectorSize = { bytes: Number(evalInt(args[0])), tok: nameTok };
        break;
      case 'transparent_union': a.transparentUnion = true; break;
      case 'mode':
        if (typeof args[0] !== 'string') errorAt(nameTok, "'mode' attribute argument not an identifier");
        a.mode = { name: args[0], tok: nameTok };
        break;
      case 'gnu_inline': a.gnuInline = true; break;
      case 'always_inline': a.alwaysInline = true; break;
      case 'naked': a.naked = true; break;
      case 'fallthrough': a.fallthrough = true; break;
      case 'interrupt': a.interrupt = true; break;
      case 'no_instrument_function': a.noInstrument = true; break;
      case 'common': case 'nocommon': a.common = name === 'common'; break;
      case 'cleanup':
        if (typeof args[0] !== 'string') errorAt(nameTok, "'cleanup' argument not an identifier");
        a.cleanup = args[0];
        break;
      case 'scalar_storage_order':
        // Little-endian is x86's own order; big-endian would need every access swapped.
        if (args[0] !== 'little-endian') unsupportedAttribute(nameTok, name);
        break;
      case 'ifunc':
      case 'ms_abi':
        unsupportedAttribute(nameTok, name);
        break;
      default: break; // unused, noinline, format, cold, ... change nothing here
    }
  }
}

/** The bytes of the smallest integer type (char, short, int, long) that holds min..max. */
function shortEnumSize(min: bigint, max: bigint): number {
  for (const size of [1, 2, 4]) {
    const bits = BigInt(8 * size);
    const fits = min >= 0n ? max < 1n << bits : min >= -(1n << (bits - 1n)) && max < 1n << (bits - 1n);
    if (fits) return size;
  }
  return 8;
}

/**
 * Attributes that change what code means (a resolver picks the function, another
 * calling convention, byte-swapped fields): ignoring them would compile the
 * program into something else, so they are refused by name.
 */
function unsupportedAttribute(nameTok: IToken, name: string): never {
  return errorAt(nameTok, `'${name}' attribute is not supported by tcc-lite`);
}

/** Gives each member the place of its declaration: by name, and the anonymous ones in order. */
function placeMembers(members: Member[], decls: MemberDecl[]): void {
  const named = new Map<string, IToken | undefined>();
  const anonymous: (IToken | undefined)[] = [];
  for (const d of decls) {
    if (d.name !== undefined) named.set(d.name, d.tok);
    else if (d.bitWidth < 0) anonymous.push(d.at);
  }
  let next = 0;
  for (const m of members) {
    if (m.name !== undefined) m.tok = named.get(m.name);
    else if (!m.isBitfield) m.tok = anonymous[next++];
  }
}
