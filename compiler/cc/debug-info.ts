/**
 * The compiler's own DWARF 5 .debug_info under -g, written as assembly the way gcc 12
 * writes it by default (`gcc -g`): gdb then knows the program's types, functions,
 * parameters, local, static and global variables, not only its lines. The line table
 * itself stays the assembler's (compiler/asm/dwarf.ts fills the empty .debug_line opened
 * here from `.file`/`.loc`, as GNU as does for gcc's output).
 *
 *   compile unit     producer, language (by -std), name, comp_dir, code ranges, line table
 *     base/pointer/qualified/struct/union/enum/array/function types and typedefs, as gcc names them
 *     variables      globals (DW_OP_addr; thread-locals by their offset in the TLS block),
 *                    extern declarations that are used
 *     subprograms    code range, frame base %rbp, return type
 *       parameters and locals at their frame offsets (DW_OP_fbreg), static locals,
 *       lexical blocks for nested scopes that declare variables (debug-scopes.ts)
 *
 * Entries refer to each other by labels (`.LDIE<n>`), so types can be written after the
 * entries that use them: each is written once, when first referred to. Abbreviations are
 * made as the entries need them (one per tag, children flag and attribute list).
 *
 * What gcc has and this has not: the names of typedefs of arrays, functions and untagged
 * records (typedef-names.ts makes no variant of those), declarations of the external
 * functions called.
 */

import type { IToken } from './chevrotain.js';
import { sleb128, uleb128 } from '../asm/dwarf-bytes.js';
import type { Obj } from './ast.js';
import type { DebugScope, FunctionScopes } from './debug-scopes.js';
import { qualifiedType, tyChar, tyULong, unqualified, type Member, type Type } from './types.js';

const DW_TAG_array_type = 0x01, DW_TAG_enumeration_type = 0x04, DW_TAG_formal_parameter = 0x05, DW_TAG_lexical_block = 0x0b;
const DW_TAG_member = 0x0d;
const DW_TAG_pointer_type = 0x0f, DW_TAG_compile_unit = 0x11, DW_TAG_structure_type = 0x13, DW_TAG_subroutine_type = 0x15;
const DW_TAG_typedef = 0x16, DW_TAG_union_type = 0x17, DW_TAG_unspecified_parameters = 0x18, DW_TAG_subrange_type = 0x21, DW_TAG_base_type = 0x24;
const DW_TAG_const_type = 0x26, DW_TAG_enumerator = 0x28, DW_TAG_subprogram = 0x2e, DW_TAG_variable = 0x34;
const DW_TAG_volatile_type = 0x35, DW_TAG_atomic_type = 0x47;

const DW_AT_location = 0x02, DW_AT_name = 0x03, DW_AT_byte_size = 0x0b, DW_AT_bit_size = 0x0d, DW_AT_stmt_list = 0x10;
const DW_AT_low_pc = 0x11, DW_AT_high_pc = 0x12, DW_AT_language = 0x13, DW_AT_comp_dir = 0x1b, DW_AT_const_value = 0x1c;
const DW_AT_upper_bound = 0x2f, DW_AT_producer = 0x25, DW_AT_prototyped = 0x27, DW_AT_data_member_location = 0x38;
const DW_AT_decl_column = 0x39, DW_AT_decl_file = 0x3a, DW_AT_decl_line = 0x3b, DW_AT_declaration = 0x3c;
const DW_AT_encoding = 0x3e, DW_AT_external = 0x3f, DW_AT_frame_base = 0x40, DW_AT_type = 0x49, DW_AT_ranges = 0x55;
const DW_AT_data_bit_offset = 0x6b, DW_AT_bit_offset = 0x0c;

const DW_FORM_addr = 0x01, DW_FORM_data1 = 0x0b, DW_FORM_data8 = 0x07, DW_FORM_string = 0x08;
const DW_FORM_sdata = 0x0d, DW_FORM_udata = 0x0f, DW_FORM_ref4 = 0x13, DW_FORM_sec_offset = 0x17, DW_FORM_exprloc = 0x18;
const DW_FORM_flag_present = 0x19;

const DW_ATE_boolean = 0x02, DW_ATE_complex_float = 0x03, DW_ATE_float = 0x04, DW_ATE_signed = 0x05;
const DW_ATE_signed_char = 0x06, DW_ATE_unsigned = 0x07, DW_ATE_unsigned_char = 0x08;

const DW_OP_addr = 0x03, DW_OP_const8u = 0x0e, DW_OP_constu = 0x10, DW_OP_deref = 0x06, DW_OP_div = 0x1b, DW_OP_minus = 0x1c;
const DW_OP_lit1 = 0x31, DW_OP_breg6 = 0x76, DW_OP_fbreg = 0x91;
const DW_OP_GNU_push_tls_address = 0xe0;

const DW_LANG_C89 = 0x01, DW_LANG_C99 = 0x0c, DW_LANG_C11 = 0x1d;
const DW_UT_compile = 0x01;
const DW_RLE_start_end = 0x06;

/** The producer named in the compile unit (gcc writes "GNU C17 12.2.0 ..."). */
export const DEBUG_PRODUCER = 'tcc-lite cc';

/** A defined function as code generation left it: its locals have their frame offsets. */
export interface DebugFunction {
  fn: Obj;
  /** The label after its last instruction (DW_AT_high_pc). */
  endLabel: string;
  /** Its variables (static locals too) by scope. */
  scopes: FunctionScopes;
}

export interface DebugUnit {
  fileName: string;
  compDir: string;
  /** -std's year: the DW_AT_language. */
  year: number;
  /** 5, or 4 for -gdwarf-4: the unit's header, its code ranges and bit-fields differ. */
  version: 4 | 5;
  functions: DebugFunction[];
  /** File-scope objects: definitions, and extern declarations the code uses. */
  variables: Obj[];
  /** The `.file` number of a token's file (the line table's numbering). */
  fileIndex: (tok: IToken) => number;
  /** A token's line and column. */
  position: (tok: IToken) => { line: number; col: number };
}

type Attribute = [at: number, form: number, value: string[]];

/** Directives that take several values. */
const MERGEABLE = new Set(['\t.uleb128 ', '\t.sleb128 ', '\t.byte ', '\t.quad ', '\t.long ']);

/** The entries being written, their abbreviations and the types still to write. */
class InfoWriter {
  readonly lines: string[] = [];
  private readonly abbrevs = new Map<string, number>();
  private readonly abbrevLines: string[] = [];
  private readonly typeLabels = new Map<Type, string>();
  private readonly pendingTypes: [Type, string][] = [];
  private labels = 0;

  constructor(readonly unit: DebugUnit) {}

  /** One entry: its abbreviation's code, then the attribute values; `label` names it for references. */
  entry(tag: number, children: boolean, attrs: Attribute[], label?: string): void {
    const key = `${tag},${children},${attrs.map((a) => `${a[0]}:${a[1]}`).join(',')}`;
    let code = this.abbrevs.get(key);
    if (code === undefined) {
      code = this.abbrevs.size + 1;
      this.abbrevs.set(key, code);
      this.abbrevLines.push(`\t.uleb128 ${code}`, `\t.uleb128 ${tag}`, `\t.byte ${children ? 1 : 0}`);
      for (const [at, form] of attrs) this.abbrevLines.push(`\t.uleb128 ${at}`, `\t.uleb128 ${form}`);
      this.abbrevLines.push('\t.byte 0', '\t.byte 0');
    }
    if (label) this.lines.push(`${label}:`);
    this.push(`\t.uleb128 ${code}`);
    for (const a of attrs) for (const l of a[2]) this.push(l);
  }

  /**
   * Adds a line, joined to the last one when both are the same directive (`.uleb128 1,2`):
   * a fifth fewer lines for the assembler to read (a 50,000-line file has 140,000).
   */
  private push(line: string): void {
    const last = this.lines.length - 1;
    const space = line.indexOf(' ');
    const directive = line.slice(0, space + 1);
    if (last >= 0 && MERGEABLE.has(directive) && this.lines[last].startsWith(directive)) this.lines[last] += `,${line.slice(space + 1)}`;
    else this.lines.push(line);
  }

  /** Ends the children of the last entry that has some. */
  endChildren(): void {
    this.lines.push('\t.byte 0');
  }

  abbreviations(): string[] {
    return [...this.abbrevLines, '\t.byte 0'];
  }

  newLabel(): string {
    return `.LDIE${this.labels++}`;
  }

  /** A reference to the entry of `t`, written later if it is not yet. */
  typeRef(t: Type): Attribute {
    const key = typeKey(t);
    let label = this.typeLabels.get(key);
    if (label === undefined) {
      label = this.newLabel();
      this.typeLabels.set(key, label);
      this.pendingTypes.push([key, label]);
    }
    return [DW_AT_type, DW_FORM_ref4, [`\t.long ${label}-.Ldebug_info0`]];
  }

  /** Writes the types referred to so far, and those they refer to. */
  flushTypes(): void {
    for (let i = 0; i < this.pendingTypes.length; i++) writeType(this, ...this.pendingTypes[i]);
  }

  declPlace(tok: IToken | undefined): Attribute[] {
    if (!tok) return [];
    const p = this.unit.position(tok);
    return [udata(DW_AT_decl_file, this.unit.fileIndex(tok)), udata(DW_AT_decl_line, p.line), udata(DW_AT_decl_column, p.col)];
  }
}

/**
 * The object that stands for `t` in the debug information: qualified copies and plain
 * copies (an alignment) of a struct are one struct.
 */
function typeKey(t: Type): Type {
  if (t.isConst || t.isVolatile || t.isAtomic) return t;
  let k = t;
  // (A typedef's variant of a record is a type of its own: its DW_TAG_typedef names the record.)
  while ((k.kind === 'struct' || k.kind === 'union') && k.typedefName === undefined && k.origin && !k.origin.isConst && !k.origin.isVolatile) k = k.origin;
  return k;
}

const name = (s: string): Attribute => [DW_AT_name, DW_FORM_string, [`\t.string ${quote(s)}`]];
const udata = (at: number, v: number | bigint): Attribute => [at, DW_FORM_udata, [`\t.uleb128 ${v}`]];
const sdata = (at: number, v: bigint): Attribute => [at, DW_FORM_sdata, [`\t.sleb128 ${v}`]];
const data1 = (at: number, v: number): Attribute => [at, DW_FORM_data1, [`\t.byte ${v}`]];
const flag = (at: number): Attribute => [at, DW_FORM_flag_present, []];

/** A DWARF expression: its length, then its bytes and at most one relocated 8-byte field. */
function exprloc(at: number, bytes: number[], field?: { after: number; expr: string }): Attribute {
  const lines = [`\t.uleb128 ${bytes.length + (field ? 8 : 0)}`];
  const before = field ? bytes.slice(0, field.after) : bytes;
  if (before.length > 0) lines.push(`\t.byte ${before.join(',')}`);
  if (field) {
    lines.push(`\t.quad ${field.expr}`);
    if (field.after < bytes.length) lines.push(`\t.byte ${bytes.slice(field.after).join(',')}`);
  }
  return [at, DW_FORM_exprloc, lines];
}

/** A C string for `.string`: the name's UTF-8 bytes, anything unusual as an octal escape. */
function quote(s: string): string {
  let out = '"';
  for (const b of Buffer.from(s, 'utf8')) out += b >= 0x20 && b < 0x7f && b !== 0x22 && b !== 0x5c ? String.fromCharCode(b) : `\\${b.toString(8).padStart(3, '0')}`;
  return `${out}"`;
}

/** The assembly of .debug_info, .debug_abbrev and .debug_rnglists, and the empty .debug_line the assembler fills. */
export function debugInfoText(unit: DebugUnit): string[] {
  const w = new InfoWriter(unit);
  const hasCode = unit.functions.length > 0;
  w.entry(DW_TAG_compile_unit, true, [
    [DW_AT_producer, DW_FORM_string, [`\t.string ${quote(DEBUG_PRODUCER)}`]],
    data1(DW_AT_language, unit.year >= 2011 ? DW_LANG_C11 : unit.year >= 1999 ? DW_LANG_C99 : DW_LANG_C89),
    name(unit.fileName),
    [DW_AT_comp_dir, DW_FORM_string, [`\t.string ${quote(unit.compDir)}`]],
    ...(hasCode ? [[DW_AT_low_pc, DW_FORM_addr, ['\t.quad 0']], [DW_AT_ranges, DW_FORM_sec_offset, ['\t.long .LLRL0']]] as Attribute[] : []),
    [DW_AT_stmt_list, DW_FORM_sec_offset, ['\t.long .Ldebug_line0']],
  ]);
  for (const v of unit.variables) variable(w, v);
  for (const f of unit.functions) subprogram(w, f);
  w.flushTypes();
  w.endChildren();
  // The header: DWARF 5 names the unit's kind and puts the address size first.
  const header = unit.version === 5 ? ['\t.value 5', `\t.byte ${DW_UT_compile}`, '\t.byte 8', '\t.long .Ldebug_abbrev0'] : ['\t.value 4', '\t.long .Ldebug_abbrev0', '\t.byte 8'];
  return [
    '\t.section .debug_info,"",@progbits',
    '.Ldebug_info0:',
    '\t.long .Ldebug_info_end0-.Ldebug_info_start0',
    '.Ldebug_info_start0:',
    ...header,
    ...w.lines,
    '.Ldebug_info_end0:',
    '\t.section .debug_abbrev,"",@progbits',
    '.Ldebug_abbrev0:',
    ...w.abbreviations(),
    ...(hasCode ? (unit.version === 5 ? rangeList(unit.functions) : rangeList4(unit.functions)) : []),
    '\t.section .debug_line,"",@progbits',
    '.Ldebug_line0:',
  ];
}

/** The compile unit's code: one range per function (they may be in several sections). */
function rangeList(functions: DebugFunction[]): string[] {
  const lines = [
    '\t.section .debug_rnglists,"",@progbits',
    '.Ldebug_ranges0:',
    '\t.long .Ldebug_ranges_end0-.Ldebug_ranges_start0',
    '.Ldebug_ranges_start0:',
    '\t.value 5',
    '\t.byte 8',
    '\t.byte 0',
    '\t.long 0',
    '.LLRL0:',
  ];
  for (const f of functions) lines.push(`\t.byte ${DW_RLE_start_end}`, `\t.quad ${f.fn.name}`, `\t.quad ${f.endLabel}`);
  lines.push('\t.byte 0', '.Ldebug_ranges_end0:');
  return lines;
}

/** DWARF 4's .debug_ranges: pairs of addresses, two zeros at the end. */
function rangeList4(functions: DebugFunction[]): string[] {
  const lines = ['\t.section .debug_ranges,"",@progbits', '.LLRL0:'];
  for (const f of functions) lines.push(`\t.quad ${f.fn.name},${f.endLabel}`);
  lines.push('\t.quad 0,0');
  return lines;
}

/** A file-scope or static variable: where it lives, or only its declaration for an extern one. */
function variable(w: InfoWriter, v: Obj, cName = v.tok?.image ?? v.name): void {
  const attrs: Attribute[] = [name(cName), ...w.declPlace(v.tok), w.typeRef(v.ty)];
  if (!v.isStatic) attrs.push(flag(DW_AT_external));
  if (!v.isDefinition && !v.isTentative) attrs.push(flag(DW_AT_declaration));
  else if (v.isThreadLocal) attrs.push(exprloc(DW_AT_location, [DW_OP_const8u, DW_OP_GNU_push_tls_address], { after: 1, expr: `${v.name}@dtpoff` }));
  else attrs.push(exprloc(DW_AT_location, [DW_OP_addr], { after: 1, expr: v.name }));
  w.entry(DW_TAG_variable, false, attrs);
}

/** A function: its code range, %rbp as the frame base, then its parameters and variables. */
function subprogram(w: InfoWriter, f: DebugFunction): void {
  const fn = f.fn;
  const ret = fn.ty.returnType!;
  const attrs: Attribute[] = [];
  if (!fn.isStatic) attrs.push(flag(DW_AT_external));
  attrs.push(name(fn.name), ...w.declPlace(fn.tok));
  if (fn.ty.hasPrototype) attrs.push(flag(DW_AT_prototyped));
  if (ret.kind !== 'void') attrs.push(w.typeRef(ret));
  attrs.push([DW_AT_low_pc, DW_FORM_addr, [`\t.quad ${fn.name}`]], [DW_AT_high_pc, DW_FORM_data8, [`\t.quad ${f.endLabel}-${fn.name}`]]);
  attrs.push(exprloc(DW_AT_frame_base, [DW_OP_breg6, 0]));
  const { vars, blocks } = f.scopes;
  const hasChildren = fn.params.length > 0 || vars.length > 0 || blocks.length > 0;
  w.entry(DW_TAG_subprogram, hasChildren, attrs);
  if (!hasChildren) return;
  for (const p of fn.params) frameVariable(w, DW_TAG_formal_parameter, p, fn);
  scopeContents(w, vars, blocks, fn);
  w.endChildren();
}

/** A scope's variables, then its blocks, each with its code range (`generated`: the scope's code was). */
function scopeContents(w: InfoWriter, vars: Obj[], blocks: DebugScope[], fn: Obj, generated = true): void {
  for (const v of vars) {
    if (v.isLocal) frameVariable(w, DW_TAG_variable, v, fn, generated);
    else variable(w, v);
  }
  for (const b of blocks) {
    // A block of code never generated (`if (0) { int v; ... }`) has no range, and its variables
    // no location ("<optimized out>"), as in gcc's.
    const range: Attribute[] = b.generated ? [[DW_AT_low_pc, DW_FORM_addr, [`\t.quad ${b.begin}`]], [DW_AT_high_pc, DW_FORM_data8, [`\t.quad ${b.end}-${b.begin}`]]] : [];
    w.entry(DW_TAG_lexical_block, true, range);
    scopeContents(w, b.vars, b.blocks, fn, b.generated);
    w.endChildren();
  }
}

/** A parameter or local in the frame: %rbp + its offset (a VLA's slot holds the array's address). */
function frameVariable(w: InfoWriter, tag: number, v: Obj, fn: Obj, generated = true): void {
  const attrs: Attribute[] = [name(v.name), ...w.declPlace(v.tok), w.typeRef(v.ty)];
  if (generated && v.asmRegister === undefined && (v.frameOwner === undefined || v.frameOwner === fn)) {
    attrs.push(exprloc(DW_AT_location, [DW_OP_fbreg, ...sleb128(v.offset), ...(v.ty.isVla ? [DW_OP_deref] : [])]));
  }
  w.entry(tag, false, attrs);
}

// ---- types ---------------------------------------------------------------------------

/** Writes the entry of `t` under `label`, after the entries written so far. */
function writeType(w: InfoWriter, t: Type, label: string): void {
  if (t.isConst || t.isVolatile || (t.isAtomic && w.unit.version === 5)) return qualifiedEntry(w, t, label);
  if (t.typedefName !== undefined) {
    return w.entry(DW_TAG_typedef, false, [name(t.typedefName), ...w.declPlace(t.typedefTok), w.typeRef(t.origin!)], label);
  }
  const base = baseType(t);
  if (base) return w.entry(DW_TAG_base_type, false, [data1(DW_AT_byte_size, t.size), data1(DW_AT_encoding, base.encoding), name(base.name)], label);
  switch (t.kind) {
    case 'ptr':
      return w.entry(DW_TAG_pointer_type, false, [data1(DW_AT_byte_size, 8), ...(t.base!.kind === 'void' ? [] : [w.typeRef(t.base!)])], label);
    case 'array':
      return arrayEntry(w, t, label);
    case 'func':
      return functionTypeEntry(w, t, label);
    case 'enum':
      return enumEntry(w, t, label);
    case 'struct':
    case 'union':
      return recordEntry(w, t, label);
    default:
      // void (only as a qualified type's base: `const void *`): gcc leaves the type out.
      return w.entry(DW_TAG_const_type, false, [], label);
  }
}

/** One qualifier at a time, as gcc nests them: const (volatile (_Atomic (T))); DWARF 4 has no _Atomic. */
function qualifiedEntry(w: InfoWriter, t: Type, label: string): void {
  const plain = unqualified(t);
  let tag = DW_TAG_atomic_type, inner = plain;
  if (t.isConst) [tag, inner] = [DW_TAG_const_type, qualifiedType(plain, false, t.isVolatile, t.isAtomic)];
  else if (t.isVolatile) [tag, inner] = [DW_TAG_volatile_type, qualifiedType(plain, false, false, t.isAtomic)];
  w.entry(tag, false, inner.kind === 'void' ? [] : [w.typeRef(inner)], label);
}

/** gcc's names and encodings of the arithmetic types (and _Complex, __int128 as base types). */
function baseType(t: Type): { name: string; encoding: number } | undefined {
  if (t.complexBase) return { name: `complex ${baseType(t.complexBase)!.name}`, encoding: DW_ATE_complex_float };
  if (t.isInt128) return { name: t.isUnsigned ? '__int128 unsigned' : '__int128', encoding: t.isUnsigned ? DW_ATE_unsigned : DW_ATE_signed };
  if (t.isFloat128) return { name: '_Float128', encoding: DW_ATE_float };
  const signedness = t.isUnsigned ? DW_ATE_unsigned : DW_ATE_signed;
  const unsigned = t.isUnsigned ? ' unsigned' : '';
  switch (t.kind) {
    case 'bool': return { name: '_Bool', encoding: DW_ATE_boolean };
    case 'char': {
      // Plain char is one type object (tyChar), signed unless -funsigned-char.
      const spelled = t.spelling ?? (t === tyChar ? 'char' : t.isUnsigned ? 'unsigned char' : 'char');
      return { name: spelled, encoding: t.isUnsigned ? DW_ATE_unsigned_char : DW_ATE_signed_char };
    }
    case 'short': return { name: `short${unsigned} int`, encoding: signedness };
    case 'int': return { name: t.isUnsigned ? 'unsigned int' : 'int', encoding: signedness };
    case 'long': return { name: t.spelling === 'long long' ? `long long${unsigned} int` : `long${unsigned} int`, encoding: signedness };
    case 'float': return { name: t.floatN ?? 'float', encoding: DW_ATE_float };
    case 'double': return { name: t.floatN ?? 'double', encoding: DW_ATE_float };
    case 'ldouble': return { name: t.floatN ?? 'long double', encoding: DW_ATE_float };
    default: return undefined;
  }
}

function arrayEntry(w: InfoWriter, t: Type, label: string): void {
  w.entry(DW_TAG_array_type, true, [w.typeRef(t.base!)], label);
  const bound = t.isVla ? vlaBound(t) : t.arrayLen > 0 ? [udata(DW_AT_upper_bound, t.arrayLen - 1)] : [];
  w.entry(DW_TAG_subrange_type, false, [w.typeRef(tyULong), ...bound]);
  w.endChildren();
}

/**
 * A VLA's last index, computed in its function's frame: the byte size codegen keeps in a
 * hidden local (declare.ts vlaSizeCode), divided by the element's size (itself kept so for
 * a VLA of VLAs), less one.
 */
function vlaBound(t: Type): Attribute[] {
  const elem = t.base!;
  if (!t.vlaSize || (elem.isVla && !elem.vlaSize)) return [];
  const divisor = elem.isVla ? [DW_OP_fbreg, ...sleb128(elem.vlaSize!.offset), DW_OP_deref] : [DW_OP_constu, ...uleb128(elem.size)];
  return [exprloc(DW_AT_upper_bound, [DW_OP_fbreg, ...sleb128(t.vlaSize.offset), DW_OP_deref, ...divisor, DW_OP_div, DW_OP_lit1, DW_OP_minus])];
}

function functionTypeEntry(w: InfoWriter, t: Type, label: string): void {
  const ret = t.returnType!;
  const params = t.hasPrototype ? t.params : [];
  const children = params.length > 0 || t.isVariadic || !t.hasPrototype;
  w.entry(DW_TAG_subroutine_type, children, [...(t.hasPrototype ? [flag(DW_AT_prototyped)] : []), ...(ret.kind === 'void' ? [] : [w.typeRef(ret)])], label);
  if (!children) return;
  for (const p of params) w.entry(DW_TAG_formal_parameter, false, [w.typeRef(p.ty)]);
  if (t.isVariadic || !t.hasPrototype) w.entry(DW_TAG_unspecified_parameters, false, []);
  w.endChildren();
}

function enumEntry(w: InfoWriter, t: Type, label: string): void {
  const values = t.enumerators ?? [];
  const attrs: Attribute[] = [...(t.tagName ? [name(t.tagName)] : []), data1(DW_AT_encoding, t.isUnsigned ? DW_ATE_unsigned : DW_ATE_signed)];
  if (!t.isComplete) {
    w.entry(DW_TAG_enumeration_type, false, [...attrs, flag(DW_AT_declaration)], label);
    return;
  }
  w.entry(DW_TAG_enumeration_type, values.length > 0, [...attrs, data1(DW_AT_byte_size, t.size)], label);
  if (values.length === 0) return;
  for (const e of values) w.entry(DW_TAG_enumerator, false, [name(e.name), t.isUnsigned ? udata(DW_AT_const_value, e.value) : sdata(DW_AT_const_value, e.value)]);
  w.endChildren();
}

function recordEntry(w: InfoWriter, t: Type, label: string): void {
  const tag = t.kind === 'struct' ? DW_TAG_structure_type : DW_TAG_union_type;
  const tagName = t.tagName ? [name(t.tagName)] : [];
  if (!t.isComplete) {
    w.entry(tag, false, [...tagName, flag(DW_AT_declaration)], label);
    return;
  }
  const members = t.members.filter((m) => m.name !== undefined || !m.isBitfield);
  w.entry(tag, members.length > 0, [...tagName, udata(DW_AT_byte_size, t.size)], label);
  if (members.length === 0) return;
  for (const m of members) memberEntry(w, m);
  w.endChildren();
}

/** A member: its byte offset, or for a bit-field its size and first bit (DWARF 5's data_bit_offset). */
function memberEntry(w: InfoWriter, m: Member): void {
  const attrs: Attribute[] = [...(m.name !== undefined ? [name(m.name)] : []), w.typeRef(m.ty)];
  if (!m.isBitfield) attrs.push(udata(DW_AT_data_member_location, m.offset));
  else if (w.unit.version === 5) attrs.push(udata(DW_AT_bit_size, m.bitWidth), udata(DW_AT_data_bit_offset, m.offset * 8 + m.bitOffset));
  else {
    // DWARF 4 (gcc -gdwarf-4): the storage unit's size and place, and the bits counted from its most significant end.
    const unitBits = m.ty.size * 8;
    attrs.push(udata(DW_AT_byte_size, m.ty.size), udata(DW_AT_bit_size, m.bitWidth), sdata(DW_AT_bit_offset, BigInt(unitBits - m.bitOffset - m.bitWidth)));
    attrs.push(udata(DW_AT_data_member_location, m.offset));
  }
  w.entry(DW_TAG_member, false, attrs);
}
