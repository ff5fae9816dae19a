/**
 * Parser for the GNU ld linker-script subset (see docs/architecture.md, "compiler/link").
 *
 * ld's own lexer changes mode with context: inside an expression `*` multiplies, inside an
 * input section description `*` is a wildcard and `.text.*` is one name. This parser does
 * the same by reading characters directly and choosing what a "name" may contain from
 * where it is: readExprName for symbols in expressions, readPatternName for section and
 * file patterns.
 */

import { CompileError } from '../diagnostics.js';
import type {
  AssertStatement, Assignment, DataItem, Expr, InputSpec, LinkerScript, OutputSectionStatement, PhdrSpec, SectionItem,
  SortKind, Statement,
} from './script-ast.js';

/** The segment type names ld knows in PHDRS (ldgram.y), with their p_type. */
const SEGMENT_TYPES: Record<string, number> = {
  PT_NULL: 0, PT_LOAD: 1, PT_DYNAMIC: 2, PT_INTERP: 3, PT_NOTE: 4, PT_SHLIB: 5, PT_PHDR: 6, PT_TLS: 7,
  PT_GNU_EH_FRAME: 0x6474e550, PT_GNU_STACK: 0x6474e551, PT_GNU_RELRO: 0x6474e552, PT_GNU_PROPERTY: 0x6474e553,
};

const ASSIGN_OPS = ['<<=', '>>=', '+=', '-=', '*=', '/=', '&=', '|=', '='] as const;

/** Binary operators by precedence level, lowest first (C's order). */
const BINARY_LEVELS: string[][] = [
  ['||'], ['&&'], ['|'], ['^'], ['&'], ['==', '!='], ['<=', '>=', '<', '>'], ['<<', '>>'], ['+', '-'], ['*', '/', '%'],
];

const UNSUPPORTED_COMMANDS = new Set(['MEMORY', 'INCLUDE', 'OVERLAY', 'VERSION', 'INSERT', 'NOCROSSREFS']);
const IGNORED_COMMANDS = new Set(['OUTPUT_FORMAT', 'OUTPUT_ARCH', 'OUTPUT', 'SEARCH_DIR', 'TARGET', 'STARTUP', 'INPUT', 'GROUP']);

class ScriptParser {
  private pos = 0;
  private usesSizeofHeaders = false;

  constructor(private readonly text: string, private readonly file: string) {}

  parse(): LinkerScript {
    const statements: Statement[] = [];
    let entry: string | undefined;
    let phdrs: PhdrSpec[] | undefined;
    for (;;) {
      this.skipSpace();
      if (this.pos >= this.text.length) break;
      if (this.eat(';')) continue;
      const word = this.peekWord();
      if (word === 'ENTRY') {
        this.readPatternName();
        this.expect('(');
        entry = this.readExprName();
        this.expect(')');
      } else if (IGNORED_COMMANDS.has(word)) {
        this.readPatternName();
        this.skipParenthesized();
      } else if (word === 'SECTIONS') {
        this.readPatternName();
        this.expect('{');
        this.parseSections(statements);
      } else if (word === 'ASSERT') {
        statements.push(this.parseAssert());
      } else if (word === 'PHDRS') {
        if (phdrs) throw this.error('multiple PHDRS commands');
        phdrs = this.parsePhdrs();
      } else if (UNSUPPORTED_COMMANDS.has(word)) {
        throw this.error(`${word} is not supported by tcc-lite's linker (see docs/architecture.md for the subset)`);
      } else {
        statements.push(this.parseAssignmentStatement());
      }
    }
    return { entry, statements, usesSizeofHeaders: this.usesSizeofHeaders, phdrs };
  }

  /** `PHDRS { name TYPE [FILEHDR] [PHDRS] [FLAGS(n)] ; ... }` */
  private parsePhdrs(): PhdrSpec[] {
    this.readPatternName();
    this.expect('{');
    const list: PhdrSpec[] = [];
    for (;;) {
      this.skipSpace();
      if (this.eat('}')) return list;
      if (this.pos >= this.text.length) throw this.error("missing '}' at the end of PHDRS");
      const line = this.line();
      const name = this.readExprName();
      if (!name) throw this.error('expected a program header name');
      if (list.some((p) => p.name === name)) throw this.error(`program header '${name}' is defined twice`);
      this.skipSpace();
      const typeWord = this.peekWord();
      let type: number;
      if (typeWord in SEGMENT_TYPES) {
        this.readExprName();
        type = SEGMENT_TYPES[typeWord];
      } else {
        type = this.constant(this.parseExpr(), 'a program header type');
      }
      const spec: PhdrSpec = { name, type, fileHdr: false, phdrs: false, line };
      for (;;) {
        this.skipSpace();
        if (this.eat(';')) break;
        const word = this.readExprName();
        if (word === 'FILEHDR') spec.fileHdr = true;
        else if (word === 'PHDRS') spec.phdrs = true;
        else if (word === 'FLAGS') {
          this.expect('(');
          spec.flags = this.constant(this.parseExpr(), 'FLAGS');
          this.expect(')');
        } else if (word === 'AT') throw this.error('AT() in PHDRS is not supported by tcc-lite\'s linker; give the sections AT() instead');
        else throw this.error(`expected FILEHDR, PHDRS, FLAGS or ';' in PHDRS, found '${word || this.peek()}'`);
      }
      list.push(spec);
    }
  }

  /** A PHDRS number: only constants (ld evaluates them before any address exists). */
  private constant(e: Expr, what: string): number {
    const value = (x: Expr): bigint => {
      switch (x.kind) {
        case 'number': return x.value;
        case 'unary': return x.op === '-' ? -value(x.arg) : x.op === '~' ? ~value(x.arg) : value(x.arg) === 0n ? 1n : 0n;
        case 'binary': {
          const a = value(x.left);
          const b = value(x.right);
          switch (x.op) {
            case '|': return a | b;
            case '&': return a & b;
            case '^': return a ^ b;
            case '<<': return a << b;
            case '>>': return a >> b;
            case '+': return a + b;
            case '-': return a - b;
            case '*': return a * b;
            default: throw this.error(`${what} must be a constant`);
          }
        }
        default: throw this.error(`${what} must be a constant`);
      }
    };
    return Number(BigInt.asUintN(32, value(e)));
  }

  private parseSections(out: Statement[]): void {
    for (;;) {
      this.skipSpace();
      if (this.eat('}')) return;
      if (this.pos >= this.text.length) throw this.error("missing '}' at the end of SECTIONS");
      if (this.eat(';')) continue;
      const word = this.peekWord();
      if (word === 'ENTRY') {
        throw this.error('ENTRY inside SECTIONS is not supported; put it at the top level');
      }
      if (word === 'ASSERT') { out.push(this.parseAssert()); continue; }
      if (['PROVIDE', 'PROVIDE_HIDDEN', 'HIDDEN'].includes(word) || this.assignmentFollowsName()) {
        out.push(this.parseAssignmentStatement());
        continue;
      }
      out.push(this.parseOutputSection());
    }
  }

  /** True when the next name is followed by an assignment operator (so it is not a section). */
  private assignmentFollowsName(): boolean {
    const save = this.pos;
    const name = this.readExprName();
    this.skipSpace();
    const isAssign = name !== '' && ASSIGN_OPS.some((op) => this.text.startsWith(op, this.pos)) &&
      !this.text.startsWith('==', this.pos);
    this.pos = save;
    return isAssign;
  }

  private parseOutputSection(): OutputSectionStatement {
    const line = this.line();
    const name = this.readPatternName();
    if (!name) throw this.error('expected an output section name');
    const stmt: OutputSectionStatement = { kind: 'section', name, noload: false, items: [], line };
    this.skipSpace();
    if (this.peek() === '(' && /^\(\s*(NOLOAD|DSECT|COPY|INFO|OVERLAY|READONLY)\s*\)/.test(this.text.slice(this.pos, this.pos + 30))) {
      this.parseSectionType(stmt);
    } else if (this.peek() !== ':') {
      stmt.address = this.parseExpr();
      this.skipSpace();
      if (this.peek() === '(') this.parseSectionType(stmt);
    }
    this.expect(':');
    for (;;) {
      this.skipSpace();
      const word = this.peekWord();
      if (word === 'AT') { this.readPatternName(); this.expect('('); stmt.lma = this.parseExpr(); this.expect(')'); }
      else if (word === 'ALIGN') { this.readPatternName(); this.expect('('); stmt.align = this.parseExpr(); this.expect(')'); }
      else if (word === 'SUBALIGN') { this.readPatternName(); this.expect('('); stmt.subalign = this.parseExpr(); this.expect(')'); }
      else if (word === 'ONLY_IF_RO' || word === 'ONLY_IF_RW') { this.readPatternName(); }
      else break;
    }
    this.expect('{');
    this.parseSectionBody(stmt.items);
    this.parseSectionTrailer(stmt);
    return stmt;
  }

  private parseSectionType(stmt: OutputSectionStatement): void {
    this.expect('(');
    const type = this.readPatternName();
    this.expect(')');
    stmt.noload = type === 'NOLOAD';
  }

  /** `>REGION`, `AT>REGION`, `:PHDR` and `=FILL` after the closing brace. */
  private parseSectionTrailer(stmt: OutputSectionStatement): void {
    for (;;) {
      this.skipSpace();
      const c = this.peek();
      if (c === '>') throw this.error('memory regions are not supported');
      if (c === ':') {
        this.pos++;
        this.skipSpace();
        const name = this.readExprName();
        if (!name) throw this.error("expected a program header name after ':'");
        (stmt.phdrs ??= []).push(name);
        continue;
      }
      if (c === '=' && this.text[this.pos + 1] !== '=') { this.pos++; this.parseExpr(); continue; }
      if (this.peekWord() === 'AT' && this.text[this.pos + 2] === '>') throw this.error('AT>region is not supported');
      return;
    }
  }

  private parseSectionBody(items: SectionItem[]): void {
    for (;;) {
      this.skipSpace();
      if (this.eat('}')) return;
      if (this.pos >= this.text.length) throw this.error("missing '}' at the end of an output section");
      if (this.eat(';')) continue;
      const word = this.peekWord();
      if (word === 'ASSERT') { items.push(this.parseAssert()); continue; }
      if (['PROVIDE', 'PROVIDE_HIDDEN', 'HIDDEN'].includes(word) || this.assignmentFollowsName()) {
        items.push(this.parseAssignmentStatement());
        continue;
      }
      const size = ({ BYTE: 1, SHORT: 2, LONG: 4, QUAD: 8, SQUAD: 8 } as const)[word as 'BYTE'];
      if (size) {
        this.readPatternName();
        this.expect('(');
        const item: DataItem = { kind: 'data', size, expr: this.parseExpr() };
        this.expect(')');
        items.push(item);
        continue;
      }
      if (word === 'FILL') { this.readPatternName(); this.skipParenthesized(); continue; }
      if (word === 'CONSTRUCTORS') { this.readPatternName(); continue; }
      if (word === 'SORT' && /^SORT\s*\(\s*CONSTRUCTORS\s*\)/.test(this.text.slice(this.pos, this.pos + 40))) {
        this.readPatternName();
        this.skipParenthesized();
        continue;
      }
      items.push(this.parseInputSpec());
    }
  }

  /** `KEEP(*(.a .b))`, `*(SORT(.init_array.*))`, `file.o(.text)`, `*(EXCLUDE_FILE(x.o) .text)`. */
  private parseInputSpec(): InputSpec {
    const line = this.line();
    let keep = false;
    if (this.peekWord() === 'KEEP') {
      this.readPatternName();
      this.expect('(');
      keep = true;
    }
    const spec: InputSpec = { kind: 'input', filePattern: '', excludeFiles: [], sectionPatterns: [], keep, sort: 'none', line };
    spec.filePattern = this.readPatternName();
    if (!spec.filePattern) throw this.error(`unexpected '${this.peek()}' in an output section`);
    this.expect('(');
    for (;;) {
      this.skipSpace();
      if (this.eat(')')) break;
      if (this.pos >= this.text.length) throw this.error("missing ')' in an input section description");
      const word = this.readPatternName();
      if (!word) throw this.error(`unexpected '${this.peek()}' in an input section description`);
      if (word === 'EXCLUDE_FILE') {
        this.expect('(');
        for (;;) { this.skipSpace(); if (this.eat(')')) break; spec.excludeFiles.push(this.readPatternName()); }
        continue;
      }
      const sort = sortKind(word);
      if (sort) {
        spec.sort = sort;
        this.expect('(');
        for (;;) {
          this.skipSpace();
          if (this.eat(')')) break;
          const inner = this.readPatternName();
          if (!inner) throw this.error('expected a section name pattern');
          if (sortKind(inner)) { this.expect('('); spec.sectionPatterns.push(this.readPatternName()); this.expect(')'); }
          else spec.sectionPatterns.push(inner);
        }
        continue;
      }
      spec.sectionPatterns.push(word);
    }
    if (keep) this.expect(')');
    return spec;
  }

  private parseAssert(): AssertStatement {
    const line = this.line();
    this.readPatternName();
    this.expect('(');
    const expr = this.parseExpr();
    this.expect(',');
    this.skipSpace();
    let message = '';
    if (this.eat('"')) {
      const end = this.text.indexOf('"', this.pos);
      if (end < 0) throw this.error('unterminated string');
      message = this.text.slice(this.pos, end);
      this.pos = end + 1;
    } else {
      message = this.readPatternName();
    }
    this.expect(')');
    this.eat(';');
    return { kind: 'assert', expr, message, line };
  }

  private parseAssignmentStatement(): Assignment {
    const line = this.line();
    const word = this.peekWord();
    if (word === 'PROVIDE' || word === 'PROVIDE_HIDDEN' || word === 'HIDDEN') {
      this.readPatternName();
      this.expect('(');
      const inner = this.parseAssignment(line);
      this.expect(')');
      this.skipSpace();
      this.eat(';');
      return { ...inner, provide: word !== 'HIDDEN', hidden: word !== 'PROVIDE' };
    }
    const a = this.parseAssignment(line);
    this.skipSpace();
    if (!this.eat(';')) throw this.error("expected ';' after an assignment");
    return a;
  }

  /** `SYM=EXPR` of --defsym: one assignment to a symbol and nothing after it. */
  parseDefsym(): Assignment {
    const a = this.parseAssignment(1);
    this.skipSpace();
    if (a.target === '.' || a.op !== '=') throw this.error("expected 'SYMBOL=EXPRESSION'");
    if (this.pos < this.text.length) throw this.error(`unexpected '${this.text.slice(this.pos)}' after the expression`);
    return { ...a, defsym: true };
  }

  private parseAssignment(line: number): Assignment {
    const target = this.readExprName();
    if (!target) throw this.error(`syntax error near '${this.text.slice(this.pos, this.pos + 20).split('\n')[0]}'`);
    this.skipSpace();
    const op = ASSIGN_OPS.find((o) => this.text.startsWith(o, this.pos));
    if (!op) throw this.error(`expected '=' after '${target}'`);
    this.pos += op.length;
    return { kind: 'assign', target, op, expr: this.parseExpr(), provide: false, hidden: false, line };
  }

  // ---- expressions -------------------------------------------------------------------

  parseExpr(): Expr {
    const cond = this.parseBinary(0);
    this.skipSpace();
    if (!this.eat('?')) return cond;
    const then = this.parseExpr();
    this.expect(':');
    return { kind: 'ternary', cond, then, else: this.parseExpr() };
  }

  private parseBinary(level: number): Expr {
    if (level >= BINARY_LEVELS.length) return this.parseUnary();
    let left = this.parseBinary(level + 1);
    for (;;) {
      this.skipSpace();
      const op = BINARY_LEVELS[level].find((o) => this.text.startsWith(o, this.pos) && !this.isLongerOperator(o));
      if (!op) return left;
      this.pos += op.length;
      left = { kind: 'binary', op, left, right: this.parseBinary(level + 1) };
    }
  }

  /** Keeps `|` from matching `||`, `<` from `<<`, `&` from `&=` and so on. */
  private isLongerOperator(op: string): boolean {
    const next = this.text[this.pos + op.length];
    if (op.length === 1 && '|&<>'.includes(op) && next === op) return true;
    if (next === '=' && op !== '<' && op !== '>' && !op.endsWith('=')) return true;
    return false;
  }

  private parseUnary(): Expr {
    this.skipSpace();
    const c = this.peek();
    if (c === '-' || c === '~' || c === '!') {
      this.pos++;
      return { kind: 'unary', op: c, arg: this.parseUnary() };
    }
    if (c === '+') { this.pos++; return this.parseUnary(); }
    if (this.eat('(')) {
      const e = this.parseExpr();
      this.expect(')');
      return e;
    }
    if (c !== undefined && /[0-9]/.test(c)) return this.parseNumber();
    const name = this.readExprName();
    if (!name) throw this.error(`syntax error in expression near '${this.text.slice(this.pos, this.pos + 20).split('\n')[0]}'`);
    if (name === '.') return { kind: 'dot' };
    this.skipSpace();
    if (/^[A-Z_][A-Z_0-9]*$/.test(name) && this.peek() === '(') return this.parseCall(name);
    if (name === 'SIZEOF_HEADERS') { this.usesSizeofHeaders = true; return { kind: 'call', fn: name, args: [], names: [] }; }
    return { kind: 'symbol', name };
  }

  private parseCall(fn: string): Expr {
    this.expect('(');
    const args: Expr[] = [];
    const names: string[] = [];
    // These take a section or symbol name, not a value.
    const takesName = ['ADDR', 'LOADADDR', 'SIZEOF', 'ALIGNOF', 'DEFINED', 'CONSTANT', 'SEGMENT_START'].includes(fn);
    if (takesName) {
      this.skipSpace();
      names.push(fn === 'SEGMENT_START' ? this.readQuoted() : this.readPatternName());
      this.skipSpace();
      if (fn === 'SEGMENT_START') { this.expect(','); args.push(this.parseExpr()); }
    } else {
      this.skipSpace();
      if (this.peek() !== ')') {
        args.push(this.parseExpr());
        while (this.eat(',') || (this.skipSpace(), this.eat(','))) args.push(this.parseExpr());
      }
    }
    this.expect(')');
    if (fn === 'SIZEOF_HEADERS') this.usesSizeofHeaders = true;
    // BLOCK(n) is ld's older name for ALIGN(n) (`.text BLOCK(4K) : ALIGN(4K)` in OSDev's scripts).
    return { kind: 'call', fn: fn === 'BLOCK' ? 'ALIGN' : fn, args, names };
  }

  private parseNumber(): Expr {
    const m = /^(0[xX][0-9a-fA-F]+|[0-9]+)([KM]?)/.exec(this.text.slice(this.pos, this.pos + 40));
    if (!m) throw this.error('bad number');
    this.pos += m[0].length;
    let value = m[1].length > 1 && m[1][0] === '0' && !/[xX]/.test(m[1]) ? BigInt(`0o${m[1].slice(1)}`) : BigInt(m[1]);
    if (m[2] === 'K') value *= 1024n;
    if (m[2] === 'M') value *= 1024n * 1024n;
    return { kind: 'number', value };
  }

  // ---- characters ------------------------------------------------------------------

  private readExprName(): string {
    this.skipSpace();
    const m = /^[A-Za-z_.$][A-Za-z0-9_.$]*/.exec(this.text.slice(this.pos, this.pos + 256));
    if (!m) return '';
    this.pos += m[0].length;
    return m[0];
  }

  private readPatternName(): string {
    this.skipSpace();
    const start = this.pos;
    while (this.pos < this.text.length && /[A-Za-z0-9_.$*?\[\]\-/\\~!+^]/.test(this.text[this.pos])) {
      if (this.text.startsWith('/*', this.pos) && this.pos > start) break;
      this.pos++;
    }
    return this.text.slice(start, this.pos);
  }

  private readQuoted(): string {
    this.skipSpace();
    if (!this.eat('"')) return this.readPatternName();
    const end = this.text.indexOf('"', this.pos);
    if (end < 0) throw this.error('unterminated string');
    const s = this.text.slice(this.pos, end);
    this.pos = end + 1;
    return s;
  }

  private peekWord(): string {
    this.skipSpace();
    const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(this.text.slice(this.pos, this.pos + 64));
    return m ? m[0] : '';
  }

  private skipParenthesized(): void {
    this.expect('(');
    let depth = 1;
    while (this.pos < this.text.length && depth > 0) {
      const c = this.text[this.pos++];
      if (c === '(') depth++;
      else if (c === ')') depth--;
    }
    if (depth > 0) throw this.error("missing ')'");
  }

  private skipSpace(): void {
    for (;;) {
      while (this.pos < this.text.length && /\s/.test(this.text[this.pos])) this.pos++;
      if (this.text.startsWith('/*', this.pos)) {
        const end = this.text.indexOf('*/', this.pos + 2);
        if (end < 0) throw this.error('unterminated comment');
        this.pos = end + 2;
      } else if (this.text.startsWith('//', this.pos) || (this.text[this.pos] === '#' && this.atLineStart())) {
        const end = this.text.indexOf('\n', this.pos);
        this.pos = end < 0 ? this.text.length : end + 1;
      } else {
        return;
      }
    }
  }

  /** `#` lines are cpp linemarkers left in a preprocessed script. */
  private atLineStart(): boolean {
    const before = this.text.lastIndexOf('\n', this.pos - 1);
    return this.text.slice(before + 1, this.pos).trim() === '';
  }

  private peek(): string | undefined {
    return this.text[this.pos];
  }

  private eat(c: string): boolean {
    if (this.text[this.pos] === c) { this.pos++; return true; }
    return false;
  }

  private expect(c: string): void {
    this.skipSpace();
    if (!this.eat(c)) {
      const found = this.pos < this.text.length ? `'${this.text[this.pos]}'` : 'end of file';
      throw this.error(`expected '${c}', found ${found}`);
    }
  }

  private line(): number {
    let n = 1;
    for (let i = this.text.indexOf('\n'); i >= 0 && i < this.pos; i = this.text.indexOf('\n', i + 1)) n++;
    return n;
  }

  private error(message: string): CompileError {
    const line = this.line();
    const col = this.pos - this.text.lastIndexOf('\n', this.pos - 1);
    return new CompileError(message, { file: this.file, line, col });
  }
}

function sortKind(word: string): SortKind | undefined {
  switch (word) {
    case 'SORT': case 'SORT_BY_NAME': return 'name';
    case 'SORT_BY_ALIGNMENT': return 'alignment';
    case 'SORT_BY_INIT_PRIORITY': return 'init_priority';
    case 'SORT_NONE': return 'none';
    default: return undefined;
  }
}

export function parseLinkerScript(text: string, file = 'linker script'): LinkerScript {
  return new ScriptParser(text, file).parse();
}

/** ld's `--defsym SYM=EXPR`: an assignment in the script's expression language, before the script. */
export function parseDefsym(text: string): Assignment {
  try {
    return new ScriptParser(text, '--defsym').parseDefsym();
  } catch (e) {
    if (!(e instanceof CompileError)) throw e;
    throw new CompileError(`--defsym: bad expression '${text}': ${e.diagnostic.message}`);
  }
}
