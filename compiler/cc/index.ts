/**
 * compileC: preprocessed C text → GNU-as-compatible AT&T assembly text.
 *
 * The pipeline is lexer.ts (chevrotain tokens) → parser-*.ts (chevrotain parser that
 * type-checks while it builds the AST) → codegen*.ts (stack-machine code generation).
 */
import { beginEvaluationWarnings } from './evaluation-warnings.js';
import type { IRecognitionException, IToken } from './chevrotain.js';
import { CompileError, type Diagnostic, type SourceLocation } from '../diagnostics.js';
import { generateProgram, liveFunctions } from './codegen.js';
import { asmText, type AsmChunk, type GenOptions } from './codegen-state.js';
import { EarlyCode } from './early-code.js';
import { tokenize } from './lexer.js';
import { CParser } from './parser-stmt.js';
import { refuseUnknownForms } from './unknown-forms.js';
import { gccTokenPhrase, justAfter } from './parser-base.js';
import { packTable, refuseByteSwappedStructs } from './pragma.js';
import { PragmaReport } from './pragma-report.js';
import { VisibilityPragmas } from './visibility-pragmas.js';
import { DiagnosticPragmas } from './diagnostic-pragmas.js';
import { applyPragmaWeak } from './pragma-weak.js';
import { mayHaveStandardAttributes, rewriteStandardAttributes } from './std-attributes.js';
import type { Obj } from './ast.js';
import { parseWithRecovery } from './recovery.js';
import { beginReport, endReport, unitFailure, errorAt, pedwarnAt, pedwarnAtLocation, isWarningOn, reportHeldWarnings, useDiagnosticPragmas, warnAt, OPTIONAL_WARNINGS, type OptionalWarning } from './report.js';
import { takeUninitializedWarnings } from './uninit.js';
import { refuseFallthroughAttribute } from './fallthrough.js';
import { checkUnusedGlobals, checkUnusedNames } from './unused.js';
import { unusedLabels } from './labels.js';
import { standardOf, usesGnu89Inline } from '../cpp/standard.js';
import { resolveInlineDefinitions } from './inline.js';
import { setPlainCharUnsigned } from './types.js';
import { NOT_POSITION_INDEPENDENT, setSymbolBinding, type PositionIndependence } from './pic.js';
import type { Instrumentation } from './instrument.js';

export interface CompileOptions {
  fileName: string;
  codeModel?: 'small' | 'kernel';
  /** -mgeneral-regs-only: floating point is an error, and no SSE register is touched (as in kernel code). */
  generalRegsOnly?: boolean;
  /** -finstrument-functions and its exclusion lists (instrument.ts). */
  instrument?: Instrumentation;
  /** -fcommon: tentative definitions are COMMON symbols (gcc's default before gcc 10; now -fno-common). */
  common?: boolean;
  /** -fshort-enums: every enum is the smallest integer type holding its values (as packed ones are). */
  shortEnums?: boolean;
  /** -funsigned-bitfields: a bit-field of plain integer type (not `signed`) is unsigned. */
  unsignedBitfields?: boolean;
  /** -ftrapv: signed overflow in + - * and negation aborts (libgcc's __addvsi3...; trapv.ts). */
  trapv?: boolean;
  /** -funsigned-char: plain char is unsigned (the preprocessor takes the same option). */
  unsignedChar?: boolean;
  /** -fpic/-fPIC/-fpie/-fPIE: which objects are reached through the GOT (pic.ts). */
  positionIndependence?: PositionIndependence;
  /** -fvisibility=: the visibility of what the file defines, unless its declarations say (pic.ts). */
  defaultVisibility?: string;
  debug?: boolean;
  /** The DWARF version of `debug`'s information: 5 (gcc 12's default) or 4 (-gdwarf-4). */
  dwarfVersion?: 4 | 5;
  optimize?: number;
  warnings?: boolean;
  /** The warnings given only when asked (-Wall, -Wformat, -Wparentheses: report.ts). */
  optionalWarnings?: readonly OptionalWarning[];
  /**
   * Offsets in the preprocessed text of the tokens a fallthrough comment came before (the
   * preprocessor's fallthroughTokens): falling into such a case label is meant (fallthrough.ts).
   */
  fallthroughComments?: readonly number[];
  /** The preprocessor's columnFixes: messages give source columns after a macro that changed a line's length. */
  columnFixes?: readonly number[];
  /** The preprocessor's expansionColumns: a token from a macro expansion is placed at the macro's name. */
  expansionColumns?: readonly number[];
  /** The preprocessor's macroNames: a misspelt name may have meant one (spellcheck.ts). */
  macroNames?: readonly string[];
  /**
   * -fsyntax-only: gcc stops before its middle end, whose warnings (uninit.ts, and unused.ts's
   * "defined but not used") are then not given.
   */
  syntaxOnly?: boolean;
  /**
   * gcc's built-in knowledge of library functions (`strcmp` of two literals folded to
   * -1/0/1, as gcc does even at -O0); false as with -fno-builtin or -ffreestanding.
   */
  builtins?: boolean;
  /** gcc's -mms-bitfields: structs get Microsoft's layout unless marked gcc_struct (layout-ms.ts). */
  msBitfields?: boolean;
  /** -std= (gnu17 by default): which words are keywords (`asm` is not in -std=c11). */
  std?: string;
  /** -fgnu89-inline (true) / -fno-gnu89-inline (false): `inline`'s rules (inline.ts); undefined: the standard's. */
  gnu89Inline?: boolean;
  /** -pedantic: the diagnostics ISO C requires of extensions (report.ts pedwarnAt). */
  pedantic?: boolean;
  /** -pedantic-errors: those, and the ones gcc gives by default, are errors. */
  pedanticErrors?: boolean;
}

export interface CompileResult {
  /** The assembly text (built from `chunks` when first read: `cc -c` hands the chunks to the assembler). */
  readonly asm: string;
  /** The assembly as pieces in text order (codegen-state.ts AsmChunk). */
  chunks: readonly AsmChunk[];
  warnings: Diagnostic[];
}

/** The -Wunused-* warnings: with any on, unused.ts looks at each block as it ends. */
const UNUSED_WARNINGS: readonly OptionalWarning[] = OPTIONAL_WARNINGS.filter((w) => w.startsWith('unused-'));

// Built once: chevrotain's grammar self-analysis is far too slow to repeat per file.
const parser = new CParser();

export function compileC(ppText: string, opts: CompileOptions): CompileResult {
  const standard = standardOf(opts.std);
  const lexed = tokenize(ppText, opts.fileName, standard, true, { fixes: opts.columnFixes ?? [], expansions: opts.expansionColumns ?? [] });
  const { mapper, directives } = lexed;
  beginEvaluationWarnings();
  beginReport(mapper, opts.warnings !== false, {
    pedantic: opts.pedantic === true || opts.pedanticErrors === true, errors: opts.pedanticErrors === true, c99: standard.year >= 1999,
    c2x: standard.year >= 2023,
  }, opts.optionalWarnings);
  try {
    const beforeC2x = standard.year < 2023 ? (open: IToken): void => pedwarnAt(open, "ISO C does not support '[[]]' attributes before C2X", '-Wpedantic') : undefined;
    // The rare file with [[attributes]] has its tokens rewritten, as objects; others stay compact.
    const tokens = mayHaveStandardAttributes(ppText) ? rewriteStandardAttributes(lexed.tokens, beforeC2x) : lexed.list;
    parser.resetState();
    parser.noFloat = opts.codeModel === 'kernel' ? 'in kernel code (-mcmodel=kernel)' : opts.generalRegsOnly ? 'with -mgeneral-regs-only' : undefined;
    parser.warningsOn = opts.warnings !== false;
    parser.fallthroughComments = new Set(opts.fallthroughComments);
    parser.macroNames = opts.macroNames ?? [];
    // (A `#pragma GCC diagnostic warning "-Wunused-variable"` turns a warning on as well.)
    useDiagnosticPragmas(DiagnosticPragmas.of(directives));
    const labelsChecked = isWarningOn('unused-label');
    parser.scopes.onLeave = UNUSED_WARNINGS.some(isWarningOn)
      ? (block) => checkUnusedNames(block, labelsChecked ? unusedLabels(parser, block.functionBody, block.localLabels) : [])
      : undefined;
    parser.builtinsOn = opts.builtins !== false;
    parser.msBitfields = opts.msBitfields === true;
    parser.shortEnums = opts.shortEnums === true;
    parser.unsignedBitfields = opts.unsignedBitfields === true;
    parser.trapv = opts.trapv === true;
    setPlainCharUnsigned(opts.unsignedChar === true);
    setSymbolBinding(opts.positionIndependence ?? NOT_POSITION_INDEPENDENT, opts.defaultVisibility ?? 'default');
    parser.gnu89Inline = usesGnu89Inline(standard, opts.gnu89Inline);
    refuseByteSwappedStructs(directives);
    parser.packAt = packTable(directives);
    parser.setTokens(tokens);
    const genOpts: GenOptions = { kernel: opts.codeModel === 'kernel', noFloat: parser.noFloat, instrument: opts.instrument, common: opts.common === true, trapv: opts.trapv === true, debug: opts.debug === true, dwarfVersion: opts.dwarfVersion ?? 5, year: standard.year, mapper, fileName: opts.fileName };
    // Debug info numbers its files in the order functions are generated: that stays the end's.
    parser.earlyCode = genOpts.debug ? undefined : new EarlyCode(genOpts);
    if (tokens.length === 0) {
      // gcc names the line after the file's last one, without a column.
      const end = (): SourceLocation => ({ ...mapper.locateOffset(ppText.length), col: 0 });
      pedwarnAtLocation(end, 'ISO C forbids an empty translation unit', '-Wpedantic');
    }
    const visibility = VisibilityPragmas.of(directives);
    parser.visibilityAt = visibility === undefined ? () => undefined : (offset) => visibility.at(offset);
    parser.pragmas = PragmaReport.of(directives, visibility);
    parseWithRecovery(parser, reportSyntaxError, (offset) => startsLine(ppText, offset));
    const recorded = unitFailure();
    if (recorded !== undefined) throw recorded;
    parser.pragmas?.reach(Infinity);
    warnOneElementArrays(parser.globals);
    applyPragmaWeak(directives, parser.globals);
    resolveInlineDefinitions(parser.globals, parser.gnu89Inline, (opts.optimize ?? 0) > 0);
    // (Of the functions compiled: a C99 inline definition is not.)
    if (opts.syntaxOnly !== true) reportMiddleEnd(parser.middleEndWarnings.filter((r) => !r.fn.inlineOnly));
    const chunks = generateProgram({ globals: parser.globals, topAsm: parser.topAsm }, genOpts, parser.earlyCode);
    checkUnusedGlobals(parser.globals, opts.syntaxOnly !== true);
    // gcc's middle end warns last, about the functions it compiled (uninit.ts).
    const uninitialized = takeUninitializedWarnings(() => liveFunctions(parser.globals));
    if (opts.syntaxOnly !== true) reportHeldWarnings(uninitialized);
    return resultOf(chunks, endReport());
  } catch (e) {
    // An error: gcc's middle end never runs.
    takeUninitializedWarnings(() => new Set());
    const warnings = endReport();
    const failure = e instanceof RangeError && /call stack/.test(e.message)
      ? new CompileError('expression or statement nested too deeply', mapper.locate(1, 0))
      : e;
    if (!(failure instanceof CompileError)) throw failure;
    // With errors recorded before it, the compile fails with them all (recovery.ts).
    const all = unitFailure(failure);
    if (all !== undefined) throw all;
    failure.precedingWarnings = warnings;
    throw failure;
  } finally {
    // The parser outlives the call: let go of this unit's tokens and AST, which would
    // otherwise stay alive (about 80 MB for a 50,000-line file) while the caller assembles.
    parser.setTokens([]);
    parser.earlyCode = undefined;
    parser.pragmas = undefined;
    parser.resetState();
  }
}

/** gcc's middle-end warnings of the functions compiled, then the error code generation gives. */
function reportMiddleEnd(functions: CParser['middleEndWarnings']): void {
  for (const r of functions) reportHeldWarnings(r.warnings);
  const invalid = functions.find((r) => r.invalidAttribute !== undefined);
  if (invalid !== undefined) refuseFallthroughAttribute(invalid.invalidAttribute!);
}

function resultOf(chunks: readonly AsmChunk[], warnings: Diagnostic[]): CompileResult {
  let text: string | undefined;
  return {
    chunks,
    warnings,
    get asm(): string {
      text ??= asmText(chunks);
      return text;
    },
  };
}

/** gcc: a tentative definition of an array without a size gets one element at the end of the file. */
function warnOneElementArrays(globals: readonly Obj[]): void {
  for (const o of globals) {
    if (o.isTentative && o.ty.kind === 'array' && o.ty.arrayLen < 0 && o.tok) warnAt(o.tok, `array '${o.name}' assumed to have one element`);
  }
}

/** `offset` starts its line (column 1, where a function's closing brace goes). */
function startsLine(text: string, offset: number): boolean {
  return offset === 0 || text.charCodeAt(offset - 1) === 10;
}

/** The tokens gcc suggests inserting after the previous token when they are missing. */
const INSERTABLE = new Set(["';'", "')'", "']'", "':'"]);

/** Turns chevrotain's first recognition error into a gcc-style "expected X before Y". */
function reportSyntaxError(e: IRecognitionException): never {
  const tok = e.token;
  const previous = (e as IRecognitionException & { previousToken?: IToken }).previousToken;
  refuseUnknownForms(tok, previous);
  const isEof = tok.tokenType?.name === 'EOF' || tok.image === '';
  const got = isEof ? 'end of input' : gccTokenPhrase(tok);
  let expected = 'expression';
  const m = /Expecting (?:token of type )?--> (.*?) <--/.exec(e.message);
  if (m) expected = quotedExpectation(tokenImageOf(m[1]));
  else if (e.name === 'NotAllInputParsedException') expected = "identifier or '('";
  else if (/NoViableAlt|one of these possible/.test(e.name + e.message)) {
    // Few alternatives: name the first token wanted; many: it is an expression or declarator.
    const paths = [...e.message.matchAll(/^\s*\d+\. \[([A-Za-z_]+)/gm)].map((x) => x[1]);
    expected = paths.length > 0 && paths.length <= 3 ? quotedExpectation(tokenImageOf(paths[0])) : expectedFromContext(e);
  }
  // A missing token that could simply be added goes where gcc's fix-it adds it: right after the previous token.
  const insertable = !isEof && previous !== undefined && INSERTABLE.has(expected);
  const target = isEof ? previous ?? tok : insertable ? justAfter(previous) : tok;
  if (isEof && target === tok) {
    throw new CompileError(`expected ${expected} at end of input`, { file: '<input>', line: 1, col: 0 });
  }
  return errorAt(target, isEof ? `expected ${expected} at end of input` : `expected ${expected} before ${got}`);
}

/** A token gcc names in quotes (`';'`), or a kind of token it names in words (identifier, string literal). */
function quotedExpectation(image: string): string {
  return image === 'identifier' || image === 'string literal' ? image : `'${image}'`;
}

function tokenImageOf(name: string): string {
  const punct: Record<string, string> = {
    Semi: ';', RParen: ')', LParen: '(', RBrace: '}', LBrace: '{', RBracket: ']', LBracket: '[', Colon: ':',
    Comma: ',', Assign: '=', Identifier: 'identifier', Kw_while: 'while', StringLit: 'string literal',
  };
  return punct[name] ?? name.replace(/^Kw_/, '');
}

function expectedFromContext(e: IRecognitionException): string {
  const rules = e.context?.ruleStack ?? [];
  const last = rules[rules.length - 1];
  if (last === 'declarator' || last === 'initDeclarator') return "identifier or '('";
  if (last === 'externalDeclaration' || last === 'declaration') return "identifier or '('";
  return 'expression';
}
