/**
 * The preprocessor proper: the include stack, directives and conditional groups around
 * the macro expander, writing `gcc -E` text.
 *
 * Tokens flow one at a time: the main loop asks the expander for the next expanded token,
 * the expander reads the current file through readFileToken, and readFileToken runs every
 * directive it meets (so a directive inside a multi-line macro call works as in gcc).
 * Most tokens are not macro names: those go from the file's token table straight to the
 * output (printPlainToken) without becoming Token objects. A skipped group is passed over
 * by looking only at the '#' tokens that start lines.
 */
import { posix } from 'node:path';
import { CompileError, type Diagnostic, type SourceLocation } from '../diagnostics.js';
import { Token, TokenKind, TF_BOL, TF_CXX_COMMENT, TF_MACRO, TF_SPACE, TF_UNTERMINATED, isPunct } from './token.js';
import { lexFile, tokenize } from './lexer.js';
import { DefineError, MacroKind, defineLine, makeSpecialMacro, parseDefine, sameDefinition, type Macro } from './macro.js';
import { MacroExpander, arraySource, eofAfter, type ExpansionHost } from './expander.js';
import { isAsserted } from './assertions.js';
import { evaluateCondition } from './expr.js';
import { OutputWriter, quoteFileName } from './output.js';
import { lexSourceFile, loadSourceFile, type SourceFile } from './files.js';
import { predefinedSource, type PredefineOptions } from './predefined.js';
import { DEFAULT_STANDARD, lexRules, standardOf, type CStandard, type LexRules } from './standard.js';
// A leaf module of plain names: __has_builtin answers from the lists the compiler dispatches on.
import { isKnownBuiltin } from '../cc/builtin-names.js';

export interface PreprocessorConfig extends PredefineOptions {
  includePaths: string[];
  systemIncludePaths: string[];
  /** -iquote and -idirafter (see PreprocessOptions); none when absent. */
  quoteIncludePaths?: string[];
  afterIncludePaths?: string[];
  readFile: (path: string) => string | undefined;
  /** -trigraphs: replace trigraphs also in a GNU mode (strict modes always do). */
  trigraphs?: boolean;
  /** -pedantic: also the warnings ISO C requires of extensions (comma in #if...). */
  pedantic?: boolean;
  /** -pedantic-errors: the warnings ISO C requires ("X" redefined...) are errors. */
  pedanticErrors?: boolean;
  /** -Wcomment (see PreprocessOptions). */
  commentWarnings?: boolean;
  /** -Wimplicit-fallthrough's level (see PreprocessOptions). */
  fallthroughLevel?: number;
}

/** Tokens that are an error if the preprocessor outputs them (not if a skipped group hides them). */
const TF_INVALID = TF_UNTERMINATED | TF_CXX_COMMENT;

/** One file being read: an entry of the include stack. */
interface Frame {
  file: SourceFile;
  pos: number;
  /** The name in linemarkers, __FILE__ and messages (changed by #line). */
  presumedName: string;
  /** presumed line = physical line + lineDelta (changed by #line). */
  lineDelta: number;
  /** Index in the search path where the file was found, -1 otherwise (for #include_next). */
  dirIndex: number;
  /** Conditional-stack depth when the file was entered. */
  condBase: number;
  /** The includer's presumed line to resume at. */
  returnLine: number;
  /** Files that GNU linemarkers in this file entered (flag 1) and have not yet left (flag 2). */
  markerDepth: number;
  /** A system header: gcc gives no warnings (pedwarns included) for its text. */
  system: boolean;
}

interface Conditional {
  directive: string;
  loc: SourceLocation;
  /** Some group of this #if chain has been taken (so later #elif/#else groups are skipped). */
  taken: boolean;
  sawElse: boolean;
}

interface HeaderSpec {
  name: string;
  angled: boolean;
}

const MAX_INCLUDE_DEPTH = 200;

const templates = new Map<string, Map<string, Macro>>();

/** The predefined macro table for these options (built once, copied per run). */
function predefinedMacros(o: PredefineOptions): Map<string, Macro> {
  const key = `${o.std ?? ''}|${o.gnu89Inline ?? ''}|${o.assembly === true}|${o.hosted !== false}|${o.libcHeaders === true}|${o.unsignedChar === true}|${o.positionIndependence?.level ?? 0}${o.positionIndependence?.pie === true}`;
  let t = templates.get(key);
  if (t === undefined) {
    t = new Map();
    const toks = tokenize(predefinedSource(o), '<built-in>', lexRules(DEFAULT_STANDARD, false));
    for (let i = 0; i < toks.length; ) {
      let j = i + 1;
      while (!(toks[j].flags & TF_BOL)) j++;
      const m = parseDefine(toks.slice(i + 2, j), toks[i + 1], false);
      t.set(m.name, m);
      i = j;
      if (toks[i].kind === TokenKind.EOF) break;
    }
    for (const name of ['__FILE__', '__LINE__', '__COUNTER__', '__INCLUDE_LEVEL__', '__BASE_FILE__']) {
      t.set(name, makeSpecialMacro(name, MacroKind.Dynamic));
    }
    for (const name of ['__has_include', '__has_include_next', '__has_attribute', '__has_cpp_attribute', '__has_c_attribute', '__has_builtin']) {
      t.set(name, makeSpecialMacro(name, MacroKind.Operator));
    }
    t.set('_Pragma', makeSpecialMacro('_Pragma', MacroKind.Pragma));
    templates.set(key, t);
  }
  return new Map(t);
}

/** Which files say `#pragma GCC system_header`, by path (for the text read). */
const systemPragmas = new Map<string, { text: string; says: boolean }>();

/** Does the header say `#pragma GCC system_header`? (A header is included often: the text is searched once.) */
function saysSystemHeader(path: string, text: string): boolean {
  const hit = systemPragmas.get(path);
  if (hit !== undefined && hit.text === text) return hit.says;
  const says = text.includes('system_header') && /#\s*pragma\s+GCC\s+system_header/.test(text);
  systemPragmas.set(path, { text, says });
  return says;
}

/** Spells tokens back as text, one space where the source had whitespace. */
function spell(tokens: Token[]): string {
  let s = '';
  for (let k = 0; k < tokens.length; k++) s += (k > 0 && tokens[k].flags & TF_SPACE ? ' ' : '') + tokens[k].text;
  return s;
}

function numberToken(value: number, at: Token): Token {
  return new Token(TokenKind.Number, String(value), at.line, at.col, (at.flags & TF_SPACE) | TF_MACRO);
}

export class Preprocessor implements ExpansionHost {
  readonly macros: Map<string, Macro>;
  readonly assembly: boolean;
  readonly strictStd: boolean;
  private readonly standard: CStandard;
  /** How files are lexed; system headers with systemRules. */
  private readonly rules: LexRules;
  private readonly systemRules: LexRules;
  readonly warnings: Diagnostic[] = [];
  readonly dependencies: string[] = [];
  private readonly frames: Frame[] = [];
  private frame!: Frame;
  private readonly conds: Conditional[] = [];
  private readonly writer: OutputWriter;
  private readonly expander: MacroExpander;
  /**
   * -iquote, -I, the system directories and -idirafter, in gcc's search order; <...>
   * starts after the quote ones (firstAngled), and those from firstSystem are system headers.
   */
  private readonly searchPath: string[];
  private readonly firstAngled: number;
  private readonly firstSystem: number;
  private readonly texts = new Map<string, string | null>();
  private readonly onceFiles = new Set<string>();
  private readonly pushedMacros = new Map<string, (Macro | undefined)[]>();
  private counter = 0;
  private mainFile = '';

  constructor(private readonly config: PreprocessorConfig) {
    this.assembly = config.assembly === true;
    const standard = standardOf(config.std);
    this.standard = standard;
    this.strictStd = !standard.gnu;
    this.rules = lexRules(standard, this.assembly, config.trigraphs === true, this.assembly ? 0 : config.fallthroughLevel ?? 0);
    // gcc takes `//` as a comment in system headers whatever the -std; it warns of nothing there.
    this.systemRules = { ...this.rules, lineComments: true, fallthroughLevel: 0 };
    this.writer = new OutputWriter(this.assembly);
    this.macros = predefinedMacros({ ...config, libcHeaders: config.systemIncludePaths.length > 0 });
    const quote = config.quoteIncludePaths ?? [];
    this.searchPath = [...quote, ...config.includePaths, ...config.systemIncludePaths, ...(config.afterIncludePaths ?? [])];
    this.firstAngled = quote.length;
    this.firstSystem = quote.length + config.includePaths.length;
    this.expander = new MacroExpander(this, this.readFileToken, (tok) => this.writer.sourceLine(tok.flags, this.presumedLine(tok), tok.col));
  }

  /** -D and -U, as `#define`/`#undef` lines of a pseudo-file "<command-line>". */
  commandLine(defines: string[], undefines: string[]): void {
    let text = '';
    for (const d of defines) {
      const eq = d.indexOf('=');
      text += eq < 0 ? `#define ${d} 1\n` : `#define ${d.slice(0, eq)} ${d.slice(eq + 1)}\n`;
    }
    for (const u of undefines) text += `#undef ${u}\n`;
    if (text === '') return;
    const file: SourceFile = { path: '<command-line>', tokens: lexFile(text, '<command-line>', this.rules), guard: null, defines: new Map() };
    this.pushFrame(file, -1, 1);
    while (this.readFileToken().kind !== TokenKind.EOF) {
      // only directives: nothing to print
    }
    this.frames.pop();
  }

  run(mainPath: string, forceIncludes: string[]): string {
    const text = this.read(mainPath);
    if (text === undefined) throw new CompileError(`${mainPath}: No such file or directory`);
    this.mainFile = mainPath;
    this.addDependency(mainPath);
    this.pushFrame(lexSourceFile(mainPath, text, this.rules), -1, 1);
    this.writer.startFile(mainPath, text.length);
    for (const inc of forceIncludes) {
      const found = this.read(inc) !== undefined ? { path: inc, dirIndex: -1 } : this.search({ name: inc, angled: false }, 0);
      if (found === null) throw new CompileError(`${inc}: No such file or directory`);
      if (this.enterFile(found.path, found.dirIndex, 1)) this.pump(1);
    }
    this.pump(0);
    return this.writer.finish();
  }

  /** Where in the text run() returned the tokens a fallthrough comment preceded start (TF_FALLTHROUGH). */
  get fallthroughTokens(): readonly number[] {
    return this.writer.fallthroughTokens;
  }

  /** Where columns in that text differ from the source's (OutputWriter.columnFixes). */
  get columnFixes(): readonly number[] {
    return this.writer.columnFixes;
  }

  /** Where in that text each macro expansion is, and its column (OutputWriter.expansionColumns). */
  get expansionColumns(): readonly number[] {
    return this.writer.expansionColumns;
  }

  /** The names of the macros defined now (not __FILE__ and its kin, computed at each use). */
  macroNames(): string[] {
    const names: string[] = [];
    for (const m of this.macros.values()) if (m.kind === MacroKind.Object || m.kind === MacroKind.Function) names.push(m.name);
    return names;
  }

  /**
   * gcc -dM: the macros defined now, in the order of definition. Not __FILE__ and its kin,
   * nor __DATE__, __TIME__ and __TIMESTAMP__: gcc computes those at each use (we fix them,
   * for reproducible builds) and lists none of them.
   */
  definitions(): string {
    let text = '';
    for (const m of this.macros.values()) {
      if (m.kind !== MacroKind.Object && m.kind !== MacroKind.Function) continue;
      if (m.name === '__DATE__' || m.name === '__TIME__' || m.name === '__TIMESTAMP__') continue;
      text += defineLine(m);
    }
    return text;
  }

  /** Prints tokens until the include stack is back to `depth` frames. */
  private pump(depth: number): void {
    const writer = this.writer;
    for (;;) {
      if (this.expander.idle() && this.printPlainToken()) continue;
      const t = this.expander.next();
      if (t.kind === TokenKind.EOF) {
        this.popFrame();
        if (this.frames.length === depth) return;
        continue;
      }
      writer.token(t, t.line + this.frame.lineDelta);
    }
  }

  /**
   * The fast path: prints the current file's next token without making a Token object if
   * it is plain (not a directive, not a macro name, not an error). Returns false otherwise.
   */
  private printPlainToken(): boolean {
    const f = this.frame;
    const table = f.file.tokens;
    const i = f.pos;
    const kind = table.kind[i];
    const flags = table.flags[i];
    if (kind === TokenKind.EOF || flags & TF_INVALID || (flags & TF_BOL && table.isHash(i))) return false;
    if (kind === TokenKind.Ident && this.macros.has(table.text(i))) return false;
    f.pos++;
    this.writer.tableToken(table, i, table.line[i] + f.lineDelta);
    return true;
  }

  // ---- files ----

  private read(path: string): string | undefined {
    let t = this.texts.get(path);
    if (t === undefined) {
      t = this.config.readFile(path) ?? null;
      this.texts.set(path, t);
    }
    return t ?? undefined;
  }

  private addDependency(path: string): void {
    if (!this.dependencies.includes(path)) this.dependencies.push(path);
  }

  private pushFrame(file: SourceFile, dirIndex: number, returnLine: number, system = false): void {
    const frame: Frame = { file, pos: 0, presumedName: file.path, lineDelta: 0, dirIndex, condBase: this.conds.length, returnLine, markerDepth: 0, system };
    this.frames.push(frame);
    this.frame = frame;
    if (this.config.commentWarnings && !system) {
      for (const c of file.tokens.suspiciousComments) {
        this.warnings.push({ severity: 'warning', message: `${c.message} [-Wcomment]`, loc: { file: file.path, line: c.line, col: c.col } });
      }
    }
  }

  private popFrame(): void {
    const f = this.frames.pop()!;
    if (this.conds.length > f.condBase) {
      const c = this.conds[f.condBase];
      throw new CompileError(`unterminated #${c.directive}`, c.loc);
    }
    const parent = this.frames[this.frames.length - 1];
    if (parent === undefined) return;
    this.frame = parent;
    this.writer.leaveFile(parent.presumedName, f.returnLine, parent.system);
  }

  /** Enters an included file unless #pragma once or its include guard says it is done. */
  private enterFile(path: string, dirIndex: number, returnLine: number): boolean {
    if (this.onceFiles.has(posix.normalize(path))) return false;
    const text = this.read(path)!;
    // A header found in a system directory (or beside a system header that includes it with
    // "..."), or one that says `#pragma GCC system_header`.
    const system = dirIndex >= this.firstSystem || (dirIndex < 0 && this.frame.system) || saysSystemHeader(path, text);
    const file = loadSourceFile(path, text, system ? this.systemRules : this.rules);
    if (file.guard !== null && this.macros.has(file.guard)) return false;
    if (this.frames.length > MAX_INCLUDE_DEPTH) {
      throw new CompileError(`#include nested depth ${this.frames.length} exceeds maximum of ${MAX_INCLUDE_DEPTH}`, this.location(this.frame.file.tokens.token(this.frame.pos - 1)));
    }
    this.addDependency(path);
    this.pushFrame(file, dirIndex, returnLine, system);
    this.writer.enterFile(path, system);
    return true;
  }

  /** Finds a header: the includer's directory for "...", then -I, then system directories. */
  private search(spec: HeaderSpec, start: number): { path: string; dirIndex: number } | null {
    if (spec.name.startsWith('/')) return this.read(spec.name) !== undefined ? { path: spec.name, dirIndex: -1 } : null;
    if (!spec.angled && start === 0) {
      const cur = this.frame.file.path;
      const candidate = cur.slice(0, cur.lastIndexOf('/') + 1) + spec.name;
      if (this.read(candidate) !== undefined) return { path: candidate, dirIndex: -1 };
    }
    for (let k = spec.angled ? Math.max(start, this.firstAngled) : start; k < this.searchPath.length; k++) {
      const dir = this.searchPath[k];
      const candidate = dir === '' ? spec.name : dir.endsWith('/') ? dir + spec.name : `${dir}/${spec.name}`;
      if (this.read(candidate) !== undefined) return { path: candidate, dirIndex: k };
    }
    return null;
  }

  private resolve(spec: HeaderSpec, next: boolean): { path: string; dirIndex: number } | null {
    return this.search(spec, next ? this.frame.dirIndex + 1 : 0);
  }

  // ---- reading ----

  /** The expander's source: the current file's tokens, running directives on the way. */
  private readonly readFileToken = (): Token => {
    for (;;) {
      const f = this.frame;
      const table = f.file.tokens;
      const i = f.pos;
      const flags = table.flags[i];
      if (flags & TF_BOL && table.isHash(i)) {
        f.pos++;
        this.directive();
        continue;
      }
      const t = table.token(i);
      if (t.kind === TokenKind.EOF) return t;
      f.pos++;
      if (flags & TF_UNTERMINATED) {
        // gcc's preprocessor warns, then its C lexer refuses the token.
        const message = `missing terminating ${t.text.includes('"') && !t.text.startsWith("'") ? '"' : "'"} character`;
        this.warn(message, t);
        this.error(message, t);
      }
      if (flags & TF_CXX_COMMENT) this.error('C++ style comments are not allowed in ISO C90', t);
      return t;
    }
  };

  /** The rest of the current logical line, consumed. */
  private restOfLine(): Token[] {
    const f = this.frame;
    const table = f.file.tokens;
    const line: Token[] = [];
    while (!(table.flags[f.pos] & TF_BOL)) line.push(table.token(f.pos++));
    return line;
  }

  private presumedLine(t: Token): number {
    return t.line + this.frame.lineDelta;
  }

  private location(t: Token): SourceLocation {
    return { file: this.frame.presumedName, line: this.presumedLine(t), col: t.col };
  }

  error(message: string, at: Token): never {
    throw new CompileError(message, this.location(at));
  }

  /** An error about what should have followed token `t`, placed just after it (as gcc places it). */
  private errorAfter(message: string, t: Token): never {
    throw new CompileError(message, { ...this.location(t), col: t.col + t.text.length });
  }

  warn(message: string, at: Token): void {
    if (this.frame.system) return;
    this.warnings.push({ severity: 'warning', message, loc: this.location(at) });
  }

  /** What only -pedantic reports (marked [-Wpedantic]): an error with -pedantic-errors. */
  private pedanticWarning(message: string, at: Token): void {
    if (this.config.pedantic === true || this.config.pedanticErrors === true) this.pedwarn(`${message} [-Wpedantic]`, at);
  }

  /** A warning gcc gives by default for what ISO C forbids ("pedwarn"): an error with -pedantic-errors. */
  private pedwarn(message: string, at: Token): void {
    if (this.frame.system) return;
    if (this.config.pedanticErrors === true) this.error(message, at);
    this.warn(message, at);
  }

  // ---- directives ----

  /** Runs the directive whose '#' was just read. */
  private directive(): void {
    const f = this.frame;
    if (f.file.tokens.flags[f.pos] & TF_BOL) return; // the null directive
    const name = f.file.tokens.token(f.pos++);
    const line = this.restOfLine();
    if (name.kind === TokenKind.Number) {
      if (this.linemarkerNests(line)) this.lineDirective([name, ...line], name); // GNU linemarker: # 33 "file.c" 2
      return;
    }
    switch (name.kind === TokenKind.Ident ? name.text : '') {
      case 'define': return this.define(line, name, f);
      case 'undef': {
        const id = this.macroName(line, name);
        // (As #define refuses it: the operator of #if is no macro.)
        if (id === 'defined') this.error('"defined" cannot be used as a macro name', line[0]);
        if (line.length > 1) this.pedwarn('extra tokens at end of #undef directive', line[1]);
        this.macros.delete(id);
        return;
      }
      case 'include': return this.include(line, name, false, false);
      case 'include_next': return this.include(line, name, true, false);
      case 'import': return this.include(line, name, false, true);
      case 'if': return this.openConditional(name, this.evaluateIf(line, name));
      case 'ifdef': return this.openConditional(name, this.macros.has(this.macroName(line, name)));
      case 'ifndef': return this.openConditional(name, !this.macros.has(this.macroName(line, name)));
      case 'elif': return this.elif(line, name);
      case 'else': return this.else(name);
      case 'endif': {
        this.currentConditional(name);
        this.conds.pop();
        return;
      }
      case 'line': return this.lineDirective(line, name);
      case 'error': return this.error(`#error ${spell(line)}`, name);
      // (shown also in a system header, as gcc does: it was asked for)
      case 'warning': return void this.warnings.push({ severity: 'warning', message: `#warning ${spell(line)} [-Wcpp]`, loc: this.location(name) });
      case 'pragma': return this.pragma(line, name);
      case 'ident':
      case 'sccs':
        this.writer.directiveLine(`#ident ${spell(line)}`, this.presumedLine(name));
        return;
      case 'assert':
      case 'unassert':
        return; // obsolete GCC extension: accepted, no effect
    }
    this.error(`invalid preprocessing directive #${name.text}`, name);
  }

  private macroName(line: Token[], directive: Token): string {
    if (line.length === 0) this.errorAfter(`no macro name given in #${directive.text} directive`, directive);
    if (line[0].kind !== TokenKind.Ident) this.error('macro names must be identifiers', line[0]);
    return line[0].text;
  }

  /** #define; `f.pos` is just past the line, a key for the file's cache of parsed macros. */
  private define(line: Token[], directive: Token, f: Frame): void {
    let m = f.file.defines.get(f.pos);
    if (m === undefined) {
      try {
        m = parseDefine(line, directive, this.assembly);
      } catch (e) {
        if (e instanceof DefineError) this.error(e.message, e.at ?? directive);
        throw e;
      }
      f.file.defines.set(f.pos, m);
    }
    if (m.kind === MacroKind.Object && line.length > 1 && !(line[1].flags & TF_SPACE) && this.standard.year >= 1999 && !this.assembly) {
      this.pedwarn('ISO C99 requires whitespace after the macro name', line[0]);
    }
    const old = this.macros.get(m.name);
    if (old !== undefined && !sameDefinition(old, m)) {
      // gcc names the line only (column 0: no column printed).
      this.pedwarn(`"${m.name}" redefined`, new Token(line[0].kind, line[0].text, line[0].line, 0, 0));
    }
    this.macros.set(m.name, m);
  }

  private include(line: Token[], directive: Token, next: boolean, once: boolean): void {
    const spec = this.headerSpec(line, directive);
    const found = this.resolve(spec, next);
    if (found === null) throw new CompileError(`${spec.name}: No such file or directory`, this.location(line[0] ?? directive), 'fatal error');
    const last = line.length ? line[line.length - 1] : directive;
    this.enterFile(found.path, found.dirIndex, this.presumedLine(last) + 1);
    if (once) this.onceFiles.add(posix.normalize(found.path)); // Objective-C's #import
  }

  /** The file named by #include: "name", <name>, or macros expanding to either. */
  private headerSpec(line: Token[], directive: Token): HeaderSpec {
    let toks = line;
    if (toks.length === 0 || (toks[0].kind !== TokenKind.HeaderName && toks[0].kind !== TokenKind.String)) {
      toks = this.expandLine(line, directive);
    }
    const first = toks[0];
    let spec: HeaderSpec | null = null;
    if (first?.kind === TokenKind.HeaderName) spec = { name: first.text.slice(1, -1), angled: true };
    else if (first?.kind === TokenKind.String && first.text[0] === '"') spec = { name: first.text.slice(1, -1), angled: false };
    else if (first !== undefined && isPunct(first, '<')) {
      const close = toks.findIndex((t) => isPunct(t, '>'));
      if (close > 0) spec = { name: spell(toks.slice(1, close)), angled: true };
      else this.errorAfter('missing terminating > character', toks[toks.length - 1]);
    }
    if (spec === null || spec.name === '') this.error(`#${directive.text} expects "FILENAME" or <FILENAME>`, first ?? directive);
    return spec;
  }

  /** Fully macro-expands the tokens of a directive line. */
  private expandLine(line: Token[], at: Token): Token[] {
    const ex = new MacroExpander(this, arraySource(line, eofAfter(line, at)), null);
    const out: Token[] = [];
    for (let t = ex.next(); t.kind !== TokenKind.EOF; t = ex.next()) out.push(t);
    return out;
  }

  // ---- conditionals ----

  private openConditional(directive: Token, taken: boolean): void {
    // (gcc gives "unterminated #if" the line alone.)
    this.conds.push({ directive: directive.text, loc: { ...this.location(directive), col: 0 }, taken, sawElse: false });
    if (!taken) this.skipGroup();
  }

  private currentConditional(directive: Token): Conditional {
    if (this.conds.length <= this.frame.condBase) this.error(`#${directive.text} without #if`, directive);
    return this.conds[this.conds.length - 1];
  }

  private elif(line: Token[], directive: Token): void {
    const c = this.currentConditional(directive);
    if (c.sawElse) this.error('#elif after #else', directive);
    if (c.taken) return this.skipGroup(); // not even evaluated, as gcc
    c.taken = this.evaluateIf(line, directive);
    if (!c.taken) this.skipGroup();
  }

  private else(directive: Token): void {
    const c = this.currentConditional(directive);
    if (c.sawElse) this.error('#else after #else', directive);
    c.sawElse = true;
    if (c.taken) return this.skipGroup();
    c.taken = true;
  }

  /** Skips to the #elif/#else/#endif ending the current group (left for directive()). */
  private skipGroup(): void {
    const f = this.frame;
    const t = f.file.tokens;
    const { kind, flags } = t;
    let depth = 0;
    let i = f.pos;
    for (; ; i++) {
      if (!(flags[i] & TF_BOL)) continue;
      if (kind[i] === TokenKind.EOF) break;
      if (!t.isHash(i) || flags[i + 1] & TF_BOL) continue;
      if (t.is(i + 1, 'if') || t.is(i + 1, 'ifdef') || t.is(i + 1, 'ifndef')) depth++;
      else if (t.is(i + 1, 'endif')) {
        if (depth === 0) break;
        depth--;
      } else if ((t.is(i + 1, 'elif') || t.is(i + 1, 'else')) && depth === 0) break;
    }
    f.pos = i;
  }

  private evaluateIf(line: Token[], directive: Token): boolean {
    const eof = eofAfter(line, directive);
    const ex = new MacroExpander(this, arraySource(line, eof), null);
    const out: Token[] = [];
    for (let t = ex.next(); t.kind !== TokenKind.EOF; t = ex.next()) {
      if (t.kind === TokenKind.Ident) {
        if (t.text === 'defined') {
          out.push(this.definedOperator(ex, t));
          continue;
        }
        const m = this.macros.get(t.text);
        if (m?.kind === MacroKind.Operator) {
          out.push(this.hasOperator(ex, t));
          continue;
        }
      }
      if (isPunct(t, '#')) {
        out.push(this.assertionTest(ex, t));
        continue;
      }
      out.push(t);
    }
    if (out.length === 0) this.error('#if with no expression', directive);
    const warn = (msg: string, at: Token, pedantic: boolean): void => (pedantic ? this.pedwarn(msg, at) : this.warn(msg, at));
    return evaluateCondition(out, eof, this.config.unsignedChar === true, (msg, at) => this.error(msg, at), warn, (comma, evaluated) => {
      // C99 allows a comma where it is not evaluated (`#if 0 && (1, 2)`); C90 nowhere.
      if (evaluated || this.standard.year < 1999) this.pedanticWarning('comma operator in operand of #if', comma);
    });
  }

  private definedOperator(ex: MacroExpander, t: Token): Token {
    let n = ex.raw();
    const paren = isPunct(n, '(');
    if (paren) n = ex.raw();
    if (n.kind !== TokenKind.Ident) this.error('operator "defined" requires an identifier', n.kind === TokenKind.EOF ? t : n);
    if (paren && !isPunct(ex.raw(), ')')) this.error(`missing ')' after "defined"`, n);
    return numberToken(this.macros.has(n.text) ? 1 : 0, t);
  }

  /** `#cpu(x86_64)`: a GNU assertion (assertions.ts), read without macro expansion as gcc does. */
  private assertionTest(ex: MacroExpander, hash: Token): Token {
    const predicate = ex.raw();
    if (predicate.kind !== TokenKind.Ident) this.error('assertion without predicate', hash);
    const open = ex.raw();
    if (!isPunct(open, '(')) {
      ex.unget(open);
      return numberToken(isAsserted(predicate.text, undefined) ? 1 : 0, hash);
    }
    let answer = '';
    for (let a = ex.raw(); !isPunct(a, ')'); a = ex.raw()) {
      if (a.kind === TokenKind.EOF) this.error("missing ')' to complete answer", hash);
      answer += a.text;
    }
    return numberToken(isAsserted(predicate.text, answer) ? 1 : 0, hash);
  }

  /** __has_include(...), __has_include_next(...), __has_attribute(...), __has_builtin(...). */
  private hasOperator(ex: MacroExpander, t: Token): Token {
    if (!isPunct(ex.raw(), '(')) this.error(`missing '(' after "${t.text}"`, t);
    const arg: Token[] = [];
    for (let depth = 0; ; ) {
      const a = ex.raw();
      if (a.kind === TokenKind.EOF) this.error(`missing ')' after "${t.text}" operand`, t);
      if (isPunct(a, '(')) depth++;
      if (isPunct(a, ')') && depth-- === 0) break;
      arg.push(a);
    }
    if (t.text === '__has_include' || t.text === '__has_include_next') {
      const spec = this.headerSpec(arg, t);
      return numberToken(this.resolve(spec, t.text === '__has_include_next') === null ? 0 : 1, t);
    }
    if (t.text === '__has_builtin') return numberToken(isKnownBuiltin(spell(arg)) ? 1 : 0, t);
    const name = arg.map((a) => a.text).join('');
    if (t.text === '__has_c_attribute') return numberToken(cAttributeVersion(name), t);
    if (t.text === '__has_attribute') return numberToken(gnuAttribute(name), t);
    return numberToken(0, t); // __has_cpp_attribute: no C++ here
  }

  // ---- #line, #pragma ----

  /**
   * A GNU linemarker's flags after the file name: 1 enters a file, 2 returns to one. Like
   * gcc, a return with nothing entered is ignored (gcc warns of incorrect nesting).
   */
  private linemarkerNests(rest: Token[]): boolean {
    const flags = rest.slice(1).map((t) => t.text);
    const f = this.frame;
    if (flags.includes('2')) {
      if (f.markerDepth === 0) return false;
      f.markerDepth--;
    }
    if (flags.includes('1')) f.markerDepth++;
    return true;
  }

  private lineDirective(line: Token[], directive: Token): void {
    const toks = this.expandLine(line, directive);
    const num = toks[0];
    if (num === undefined || num.kind !== TokenKind.Number || !/^[0-9]+$/.test(num.text)) {
      this.error(`"${num?.text ?? ''}" after #line is not a positive integer`, num ?? directive);
    }
    const f = this.frame;
    const nextPhysical = (line.length ? line[line.length - 1] : directive).line + 1;
    f.lineDelta = Number(num.text) - nextPhysical;
    const name = toks[1];
    if (name !== undefined) {
      if (name.kind !== TokenKind.String || name.text[0] !== '"') this.error(`invalid filename "${name.text}"`, name);
      f.presumedName = name.text.slice(1, -1).replace(/\\(.)/g, '$1');
    }
    this.writer.setLine(Number(num.text), f.presumedName);
  }

  private pragma(line: Token[], directive: Token): void {
    const [first, second] = line;
    if (first?.text === 'once') {
      if (this.frames.length === 1) this.warn('#pragma once in main file', first);
      this.onceFiles.add(posix.normalize(this.frame.file.path));
      return;
    }
    if (first?.text === 'GCC' && second !== undefined) {
      const message = line[2]?.kind === TokenKind.String ? line[2].text.slice(1, -1) : spell(line.slice(2));
      if (second.text === 'system_header') return;
      if (second.text === 'warning') return this.warn(message, second);
      if (second.text === 'error') return this.error(message, second);
    }
    if ((first?.text === 'push_macro' || first?.text === 'pop_macro') && line[2]?.kind === TokenKind.String) {
      this.pushPopMacro(first.text === 'push_macro', line[2].text.slice(1, -1));
    }
    this.writer.directiveLine(`#pragma ${spell(line)}`, this.presumedLine(directive));
  }

  private pushPopMacro(push: boolean, name: string): void {
    let stack = this.pushedMacros.get(name);
    if (push) {
      if (stack === undefined) this.pushedMacros.set(name, (stack = []));
      stack.push(this.macros.get(name));
      return;
    }
    if (stack === undefined || stack.length === 0) return;
    const m = stack.pop();
    if (m === undefined) this.macros.delete(name);
    else this.macros.set(name, m);
  }

  // ---- ExpansionHost ----

  dynamicValue(m: Macro, at: Token): Token {
    switch (m.name) {
      case '__FILE__':
        return new Token(TokenKind.String, quoteFileName(this.frame.presumedName), at.line, at.col, 0);
      case '__BASE_FILE__':
        return new Token(TokenKind.String, quoteFileName(this.mainFile), at.line, at.col, 0);
      case '__LINE__':
        return numberToken(this.presumedLine(at), at);
      case '__COUNTER__':
        return numberToken(this.counter++, at);
      default: // __INCLUDE_LEVEL__
        return numberToken(this.frames.length - 1, at);
    }
  }

  pragmaOperator(text: string, at: Token): void {
    this.writer.pragmaOperator(text, this.presumedLine(at));
  }

  lex(text: string): Token[] | null {
    try {
      const toks = tokenize(text, '<paste>', this.rules);
      toks.pop();
      return toks;
    } catch (e) {
      if (e instanceof CompileError) return null;
      throw e;
    }
  }
}

/**
 * __has_c_attribute's answers, as gcc 12 gives them: the standard attributes the compiler
 * rewrites (compiler/cc/std-attributes.ts) with their C23 dates, gnu:: ones it implements as 1.
 */
function cAttributeVersion(name: string): number {
  const scoped = /^(gnu|__gnu__)::(\w+)$/.exec(name);
  if (scoped) return GNU_C_ATTRIBUTES.has(bareAttribute(scoped[2])) ? 1 : 0;
  return STANDARD_C_ATTRIBUTES[bareAttribute(name)] ?? 0;
}

const bareAttribute = (n: string): string => n.replace(/^__(.*)__$/, '$1');

/**
 * __has_attribute: for the GNU attributes the compiler implements or that only advise,
 * what gcc 12 answers (1, or the C23 date of those that are also standard attributes);
 * 0 for the rest, so code that would rely on an unimplemented one (ifunc, alloc_size...)
 * keeps to its portable path.
 */
function gnuAttribute(name: string): number {
  const scoped = /^(gnu|__gnu__)::(\w+)$/.exec(name);
  const bare = bareAttribute(scoped ? scoped[2] : name);
  if (!GNU_C_ATTRIBUTES.has(bare)) return 0;
  return scoped ? 1 : STANDARD_C_ATTRIBUTES[bare] ?? 1;
}

const STANDARD_C_ATTRIBUTES: Record<string, number> = { deprecated: 201904, fallthrough: 201904, maybe_unused: 201904, nodiscard: 202003 };
const GNU_C_ATTRIBUTES = new Set([
  'aligned', 'packed', 'unused', 'used', 'noreturn', 'deprecated', 'fallthrough', 'weak', 'alias', 'visibility',
  'section', 'cleanup', 'constructor', 'destructor', 'noinline', 'always_inline', 'cold', 'hot', 'const', 'pure',
  'format', 'nonnull', 'warn_unused_result', 'may_alias', 'mode', 'vector_size', 'transparent_union',
  'malloc', 'nothrow', 'leaf', 'returns_nonnull', 'sentinel', 'noclone', 'noipa', 'artificial', 'flatten',
  'externally_visible', 'no_instrument_function', 'nonstring', 'format_arg',
]);
