/**
 * The linker script subset tcc-lite understands, as a tree. The parser (script.ts) builds
 * it from GNU ld syntax; the layout pass (layout.ts) walks it to place sections.
 */

export type Expr =
  | { kind: 'number'; value: bigint }
  | { kind: 'dot' }
  | { kind: 'symbol'; name: string }
  | { kind: 'unary'; op: '-' | '~' | '!'; arg: Expr }
  | { kind: 'binary'; op: string; left: Expr; right: Expr }
  | { kind: 'ternary'; cond: Expr; then: Expr; else: Expr }
  /** Built-in functions: ALIGN, ADDR, LOADADDR, SIZEOF, DEFINED, MAX, MIN, ... */
  | { kind: 'call'; fn: string; args: Expr[]; names: string[] };

export interface Assignment {
  kind: 'assign';
  /** '.' for the location counter, otherwise a symbol name. */
  target: string;
  op: '=' | '+=' | '-=' | '*=' | '/=' | '&=' | '|=' | '<<=' | '>>=';
  expr: Expr;
  /** PROVIDE: only defines a symbol that is referenced and not defined by an object. */
  provide: boolean;
  hidden: boolean;
  line: number;
  /** From ld's --defsym: absolute unless the expression is just an object's symbol. */
  defsym?: boolean;
}

export type SortKind = 'none' | 'name' | 'alignment' | 'init_priority';

export interface InputSpec {
  kind: 'input';
  filePattern: string;
  excludeFiles: string[];
  sectionPatterns: string[];
  keep: boolean;
  sort: SortKind;
  line: number;
}

export interface DataItem {
  kind: 'data';
  size: 1 | 2 | 4 | 8;
  expr: Expr;
}

export interface AssertStatement {
  kind: 'assert';
  expr: Expr;
  message: string;
  line: number;
}

export type SectionItem = Assignment | InputSpec | DataItem | AssertStatement;

export interface OutputSectionStatement {
  kind: 'section';
  name: string;
  address?: Expr;
  lma?: Expr;
  align?: Expr;
  subalign?: Expr;
  noload: boolean;
  items: SectionItem[];
  line: number;
  /** Set for sections the linker created for orphan input sections. */
  orphan?: boolean;
  /** Made for a --section-start the script does not name: at its own address, apart from the script. */
  started?: boolean;
  /** `:text :tls` after the body: the PHDRS entries it goes in (`:NONE` is none); unset inherits (phdrs.ts). */
  phdrs?: string[];
}

/** One entry of a PHDRS command: `name PT_LOAD [FILEHDR] [PHDRS] [FLAGS(n)];`. */
export interface PhdrSpec {
  name: string;
  type: number;
  /** FILEHDR: the segment starts with the ELF header. */
  fileHdr: boolean;
  /** PHDRS: the segment holds the program headers. */
  phdrs: boolean;
  /** FLAGS(n): p_flags as given; otherwise from the sections. */
  flags?: number;
  line: number;
}

export type Statement = Assignment | OutputSectionStatement | AssertStatement;

export interface LinkerScript {
  entry?: string;
  /** Top-level statements, SECTIONS contents flattened in order. */
  statements: Statement[];
  /** Whether SIZEOF_HEADERS appears: the ELF and program headers are then loaded in memory. */
  usesSizeofHeaders: boolean;
  /** The PHDRS command: exactly these program headers, in this order, and no others. */
  phdrs?: PhdrSpec[];
}
