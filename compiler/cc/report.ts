/**
 * Error and warning reporting for one compilation. compileC is synchronous, so the
 * location mapper of the file being compiled can live here for the duration of a call.
 */
import type { IToken } from './chevrotain.js';
import { CompileError, werrorMessage, type Diagnostic, type SourceLocation } from '../diagnostics.js';
import type { SourceMapper } from './lexer.js';
import type { DiagnosticPragmas } from './diagnostic-pragmas.js';
import { knownHeaderOf } from './known-headers.js';
import { withSuggestion } from './spellcheck.js';
import { fallthroughLevelOf } from '../cpp/fallthrough-comment.js';

let mapper: SourceMapper | undefined;
/** Where warnings go now: the unit's list, or a list holdWarnings made. */
let warnings: Diagnostic[] = [];
/** The unit's diagnostics in order: warnings, and the errors the parser went on after (recordError). */
let unitDiagnostics: Diagnostic[] = [];
/** Where each recorded error is in unitDiagnostics, and how many notes follow it there. */
let recordedErrors: { at: number; notes: number }[] = [];
/** The error unitFailure made last: it is thrown on, as it is, by the caller's error path. */
let unitError: CompileError | undefined;
/** The function being compiled, for gcc's "In function" line (Diagnostic.inFunction). */
let inFunction: string | null | undefined;
let warningsEnabled = true;
/** The headers noteMissingHeader has shown an #include line for in this file. */
let suggestedHeaders = new Set<string>();

/** -pedantic (`pedantic`) and -pedantic-errors (`errors`, which implies `pedantic`). */
export interface PedanticMode {
  pedantic: boolean;
  errors: boolean;
  /**
   * The dialect is C99 or later: an implicit function declaration and `return;` in a
   * function returning a value are pedwarns there; C90 allows both without a word.
   */
  c99: boolean;
  /** The dialect is C2X: a label may come before a declaration or `}`, and _Static_assert without its message. */
  c2x: boolean;
}
const NOT_PEDANTIC: PedanticMode = { pedantic: false, errors: false, c99: true, c2x: false };
let pedanticMode = NOT_PEDANTIC;

/**
 * The warnings gcc gives only when asked, by -Wall or by name: printf and scanf formats
 * that do not match their arguments (-Wformat), `if (a = b)` (-Wparentheses), locals never
 * used or only stored into (-Wunused-variable, -Wunused-but-set-variable). -Wreturn-type's
 * warnings (`return;` in an int function) are given anyway: 'return-type' adds the option's
 * name to them, as gcc -Wall does, and 'no-return-type' (-Wno-return-type) silences them.
 * Reads of uninitialized variables (-Wuninitialized, -Wmaybe-uninitialized) are uninit.ts's;
 * static functions and variables the file never uses (-Wunused-function, and
 * -Wunused-variable again) unused.ts's. A cast between a pointer and an integer of another
 * size is warned about unless 'no-pointer-to-int-cast' or 'no-int-to-pointer-cast' says not;
 * classic-mistakes.ts's warnings are 'no-return-local-addr', 'address' and 'unused-value';
 * 'switch', 'no-switch-outside-range' and 'no-switch-bool' are case-values.ts's; 'no-div-by-zero', 'no-shift-count-*' and 'no-overflow' silence evaluation-warnings.ts;
 * 'no-builtin-declaration-mismatch' builtins.ts's and builtin-declarations.ts's.
 */
export const OPTIONAL_WARNINGS = [
  'format', 'parentheses', 'unused-variable', 'unused-but-set-variable', 'unused-function', 'unused-parameter',
  'unused-but-set-parameter', 'sign-compare', 'type-limits', 'empty-body', 'missing-field-initializers', 'return-type', 'no-return-type',
  'shift-negative-value', 'ignored-qualifiers', 'override-init', 'no-override-init-side-effects', 'implicit-fallthrough=1', 'implicit-fallthrough=2', 'implicit-fallthrough=3', 'implicit-fallthrough=4', 'implicit-fallthrough=5',
  'uninitialized', 'maybe-uninitialized', 'unused-value', 'address', 'switch', 'logical-not-parentheses', 'char-subscripts',
  'pointer-sign', 'sizeof-pointer-div', 'sizeof-array-div', 'dangling-else', 'unused-label', 'bool-compare', 'tautological-compare',
  'int-in-bool-context', 'array-compare', 'sequence-point', 'bool-operation', 'misleading-indentation', 'enum-compare',
  'memset-transposed-args', 'sizeof-pointer-memaccess', 'missing-braces', 'unknown-pragmas', 'comment', 'no-sizeof-array-argument',
  'no-pointer-to-int-cast', 'no-int-to-pointer-cast', 'no-return-local-addr', 'no-div-by-zero', 'no-shift-count-overflow',
  'no-shift-count-negative', 'no-shift-overflow', 'no-overflow', 'no-switch-outside-range', 'no-switch-bool',
  'no-builtin-declaration-mismatch', 'main', 'enum-conversion',
] as const;
export type OptionalWarning = (typeof OPTIONAL_WARNINGS)[number];
let optionalWarnings = new Set<OptionalWarning>();

/** Is the dialect C99 or later (see PedanticMode)? */
export function isoC99(): boolean {
  return pedanticMode.c99;
}

/** Is the dialect C2X (see PedanticMode)? */
export function isoC2x(): boolean {
  return pedanticMode.c2x;
}

/** How many compiles have begun: what a cache of source files is valid for (a warm server compiles edited files again). */
let compiles = 0;

export function compileNumber(): number {
  return compiles;
}

export function beginReport(
  m: SourceMapper, enableWarnings: boolean, pedantic: PedanticMode = NOT_PEDANTIC, optional: readonly OptionalWarning[] = [],
): void {
  mapper = m;
  compiles++;
  lastWarningDropped = false;
  diagnosticPragmas = undefined;
  warnings = unitDiagnostics = [];
  recordedErrors = [];
  unitError = undefined;
  warningsEnabled = enableWarnings;
  pedanticMode = pedantic;
  optionalWarnings = new Set(optional);
  suggestedHeaders = new Set();
  inFunction = null;
}

/** The diagnostics from now on are found in this function (null: at file scope); returns the previous one. */
export function reportInFunction(name: string | null | undefined): string | null | undefined {
  const before = inFunction;
  inFunction = name;
  return before;
}

/** Was this optional warning asked for (and not silenced by -w)? */
export function isWarningOn(option: OptionalWarning): boolean {
  return warningsEnabled && optionalWarnings.has(option);
}

/** -Wimplicit-fallthrough's level (its option 'implicit-fallthrough=N'), 0 when it is off. */
export function fallthroughLevel(): number {
  return warningsEnabled ? fallthroughLevelOf(optionalWarnings) : 0;
}

export function endReport(): Diagnostic[] {
  mapper = undefined;
  inFunction = undefined;
  // (A list holdWarnings made, left by an error thrown while it was in use, is dropped.)
  warnings = unitDiagnostics;
  return unitDiagnostics;
}

/**
 * The CompileError that reports every error recorded (recordError), with `failure`, the
 * error that stopped the compile, after them; undefined when no error was recorded. Its
 * diagnostic is the first error; all that followed it is in its later diagnostics.
 */
export function unitFailure(failure?: CompileError): CompileError | undefined {
  if (failure !== undefined && failure === unitError) return failure;
  if (recordedErrors.length === 0) return undefined;
  if (failure !== undefined) recordError(failure);
  const first = recordedErrors[0];
  const d = unitDiagnostics[first.at];
  const e = new CompileError(d.message, d.loc);
  e.diagnostic.inFunction = d.inFunction;
  e.precedingWarnings = unitDiagnostics.slice(0, first.at);
  e.followingNotes = unitDiagnostics.slice(first.at + 1, first.at + 1 + first.notes);
  e.laterDiagnostics = unitDiagnostics.slice(first.at + 1 + first.notes);
  recordedErrors = [];
  unitError = e;
  return e;
}

/**
 * An error the parser goes on after (recovery.ts): it takes its place among the unit's
 * diagnostics, with its notes, and the compile will fail with it (unitFailure).
 */
export function recordError(e: CompileError): void {
  warnings = unitDiagnostics;
  recordedErrors.push({ at: unitDiagnostics.length, notes: e.followingNotes.length });
  unitDiagnostics.push(e.diagnostic, ...e.followingNotes);
}

export function locationOf(tok: IToken): SourceLocation {
  if (!mapper) return { file: '<unknown>', line: tok.startLine ?? 0, col: tok.startColumn ?? 0 };
  return mapper.locateToken(tok);
}

/** `notes`: gcc's notes on the error, printed after it. */
export function errorAt(tok: IToken, message: string, notes: readonly Diagnostic[] = []): never {
  const e = new CompileError(message, locationOf(tok));
  e.diagnostic.inFunction = inFunction;
  e.followingNotes.push(...notes);
  throw e;
}

/**
 * gcc's error for a name never declared, with its notes: the header that defines the name,
 * if gcc knows one, and in a function that only its first use there is reported.
 */
export function undeclaredAt(tok: IToken, inBody: boolean, suggest: () => string | undefined): never {
  const header = knownHeaderNote(tok);
  const notes = header !== undefined ? [header] : [];
  // (A name a standard header defines gets that header's note instead of a spelling.)
  const suggestion = header === undefined ? suggest() : undefined;
  if (!inBody) return errorAt(tok, withSuggestion(`'${tok.image}' undeclared here (not in a function)`, suggestion), notes);
  notes.push(errorNote(tok, 'each undeclared identifier is reported only once for each function it appears in'));
  return errorAt(tok, withSuggestion(`'${tok.image}' undeclared (first use in this function)`, suggestion), notes);
}

/**
 * gcc's error for a name nothing declares where a declaration starts (`uint32_t x;` without
 * <stdint.h>). `headerNote`: with the note naming the header that defines it, if gcc knows one
 * (gcc gives none for a struct member).
 */
export function unknownTypeNameAt(tok: IToken, headerNote: boolean, suggest: () => string | undefined): never {
  if (isDecimalTypeName(tok.image)) refuseDecimalType(tok);
  // gcc's half-precision types, which we do not have either (rather than "unknown").
  if (tok.image === '_Float16' || tok.image === '__bf16') errorAt(tok, `half-precision floating point types are not supported by tcc-lite ('${tok.image}')`);
  const header = headerNote ? knownHeaderNote(tok) : undefined;
  // (A name a standard header defines is never given a spelling, even where its note is not shown.)
  const message = withSuggestion(`unknown type name '${tok.image}'`, knownHeaderOf(tok.image) === undefined ? suggest() : undefined);
  return errorAt(tok, message, header !== undefined ? [header] : []);
}

/** gcc's decimal floating types (ISO/IEC TS 18661-2), which we do not have: names to us. */
export function isDecimalTypeName(name: string): boolean {
  return /^_Decimal(32|64|128)x?$/.test(name);
}

export function refuseDecimalType(tok: IToken): never {
  return errorAt(tok, `decimal floating point types are not supported by tcc-lite ('${tok.image}')`);
}

/** A note on an error (printed even under -w, as gcc's). */
export function errorNote(tok: IToken, message: string): Diagnostic {
  return { severity: 'note', message, loc: locationOf(tok), inFunction };
}

/** gcc's note naming the standard header that defines the name `tok` is (known-headers.ts), if any. */
function knownHeaderNote(tok: IToken): Diagnostic | undefined {
  const header = knownHeaderOf(tok.image);
  if (header === undefined) return undefined;
  return headerNote(tok, `'${tok.image}' is defined in header '${header}'; did you forget to '#include ${header}'?`, header);
}

/**
 * Floating point where the options rule it out: kernel code (whose SSE state nothing
 * saves) or -mgeneral-regs-only. `why` says which ("in kernel code (-mcmodel=kernel)").
 */
export function refuseFloatingPoint(tok: IToken, why: string): never {
  return errorAt(tok, `floating point is not available ${why}`);
}

/**
 * gcc gives no warnings in system headers (found in a system include directory, or saying
 * `#pragma GCC system_header`: the preprocessor's line markers carry flag 3), nor the notes
 * that belong to such a warning; nor those `#pragma GCC diagnostic ignored` silences.
 */
let lastWarningDropped = false;

function dropInSystemHeader(tok: IToken): boolean {
  lastWarningDropped = isInSystemHeader(tok);
  return lastWarningDropped;
}

/** The token comes from the main file, not an #included one. */
export function isInMainFile(tok: IToken): boolean {
  return mapper === undefined || mapper.inMainFile(tok);
}

/** The token comes from a system header. */
export function isInSystemHeader(tok: IToken): boolean {
  return mapper !== undefined && mapper.inSystemHeader(tok);
}

/** The unit's #pragma GCC diagnostic (diagnostic-pragmas.ts); undefined: it has none. */
let diagnosticPragmas: DiagnosticPragmas | undefined;

/** The unit's #pragma GCC diagnostic lines, read before parsing: they may turn warnings on. */
export function useDiagnosticPragmas(pragmas: DiagnosticPragmas | undefined): void {
  diagnosticPragmas = pragmas;
  if (pragmas !== undefined && warningsEnabled) pragmas.turnOn(optionalWarnings);
}

/**
 * The warning `message` at tok as it is given, or undefined when it is not: in a system
 * header, or where a pragma says ignored. A pragma's `error` makes it an error.
 */
function given(tok: IToken, message: string, place: (tokenAt: SourceLocation) => SourceLocation = (l) => l): Diagnostic | undefined {
  if (dropInSystemHeader(tok)) return undefined;
  const as = diagnosticPragmas?.classify(message, tok.startOffset);
  if (as === 'ignored') {
    lastWarningDropped = true;
    return undefined;
  }
  const loc = place(locationOf(tok));
  if (as === undefined) return { severity: 'warning', message, loc, inFunction };
  return { severity: as, message: as === 'error' ? werrorMessage(message) : message, loc, inFunction, classified: true };
}

export function warnAt(tok: IToken, message: string): void {
  if (!warningsEnabled) return;
  const d = given(tok, message);
  if (d !== undefined) warnings.push(d);
}

/** A warning about a whole line, printed without a column (gcc's for an unknown pragma). */
export function warnAtLine(tok: IToken, message: string): void {
  if (!warningsEnabled) return;
  const d = given(tok, message, (l) => ({ ...l, col: 0 }));
  if (d !== undefined) warnings.push(d);
}

/** gcc's inform(): a note of its own, which -w does not silence (`#pragma message`). */
export function informAt(tok: IToken, message: string): void {
  warnings.push({ severity: 'note', message, loc: locationOf(tok), inFunction });
}

/** warnAt, returning the warning (undefined under -w) so that retractWarning can take it back. */
export function warnAtRetractable(tok: IToken, message: string): Diagnostic | undefined {
  if (!warningsEnabled) return undefined;
  const d = given(tok, message);
  if (d !== undefined) warnings.push(d);
  return d;
}

/** Takes back a warning warnAtRetractable gave (evaluation-warnings.ts: it was about code never run). */
export function retractWarning(d: Diagnostic): void {
  const i = warnings.lastIndexOf(d);
  if (i >= 0) warnings.splice(i, 1);
}

/** A warning at a place inside a token, `col` characters into it (a directive inside a format string). */
export function warnInsideToken(tok: IToken, col: number, message: string): void {
  if (!warningsEnabled) return;
  const d = given(tok, message, (l) => ({ ...l, col: l.col + col }));
  if (d !== undefined) warnings.push(d);
}

/** gcc's "note:" after a warning given (not after one -w or -pedantic left out: call it only then). */
export function noteAt(tok: IToken, message: string): void {
  if (warningsEnabled && !lastWarningDropped) warnings.push({ severity: 'note', message, loc: locationOf(tok), inFunction });
}

/**
 * gcc's note after a library function is used without its header (`malloc` without
 * <stdlib.h>). The first time a header is suggested in a file the note stands where the
 * #include would go (after the main file's last one) and shows the line to add; after
 * that, at the use.
 */
export function noteMissingHeader(tok: IToken, name: string, header: string): void {
  if (warningsEnabled) suggestHeader(tok, `include '${header}' or provide a declaration of '${name}'`, header);
}

/**
 * After a warning about a name (a function called without a declaration): gcc's note naming
 * the standard header that declares it, if gcc knows one (known-headers.ts).
 */
export function noteKnownHeader(tok: IToken): void {
  if (!warningsEnabled || lastWarningDropped) return;
  const note = knownHeaderNote(tok);
  if (note !== undefined) warnings.push(note);
}

/** The same note after a declaration that contradicts the library's (builtin-declarations.ts). */
export function noteDeclaringHeader(tok: IToken, name: string, header: string): void {
  if (warningsEnabled && !lastWarningDropped) suggestHeader(tok, `'${name}' is declared in header '${header}'`, header);
}

function suggestHeader(tok: IToken, message: string, header: string): void {
  if (suggestedHeaders.has(header) || !mapper) return noteAt(tok, message);
  warnings.push(headerNote(tok, message, header));
}

/**
 * A note suggesting `header`: the first time in a file where the #include would go (after
 * the main file's last one), showing the line to add; after that, at `tok`.
 */
function headerNote(tok: IToken, message: string, header: string): Diagnostic {
  if (suggestedHeaders.has(header) || !mapper) return errorNote(tok, message);
  suggestedHeaders.add(header);
  return { severity: 'note', message, loc: mapper.includeInsertionPoint(tok), inFunction, insertion: `#include ${header}` };
}

/**
 * gcc's "pedwarn": a diagnostic ISO C requires, for a constraint violation gcc accepts
 * (`'return' with a value, in function returning void`, warned by default) or for an
 * extension (`ISO C forbids zero-size array`, only with -pedantic: `pedanticOption` names
 * the warning option, `-Wpedantic` mostly, as gcc shows it). -pedantic-errors makes
 * either an error; -w silences both, as in gcc.
 */
export function pedwarnAt(tok: IToken, message: string, pedanticOption?: string): void {
  // (Not even as an error under -pedantic-errors: the system's headers use extensions. Asked
  // only of a pedwarn that would be given: most extensions are used without -pedantic.)
  if (!pedwarnGiven(pedanticOption)) return;
  const text = pedanticOption !== undefined ? `${message} [${pedanticOption}]` : message;
  // A #pragma GCC diagnostic's word beats -pedantic-errors, as in gcc.
  if (diagnosticPragmas?.classify(text, tok.startOffset) !== undefined) {
    const d = given(tok, text);
    if (d !== undefined) warnings.push(d);
    return;
  }
  if (dropInSystemHeader(tok)) return;
  pedwarnAtLocation(() => locationOf(tok), message, pedanticOption);
}

/** Whether a pedwarn of this option is given at all (not under -w; one of -pedantic's only with it). */
function pedwarnGiven(pedanticOption: string | undefined): boolean {
  if (!warningsEnabled) return false;
  // A pedwarn whose option is a warning of its own is also given when that is on (-Wmain by -Wall).
  return pedanticOption === undefined || pedanticMode.pedantic || optionalWarnings.has(pedanticOption.slice(2) as OptionalWarning);
}

/** pedwarnAt for a place that is no token (the end of the file); `loc` is only computed if needed. */
export function pedwarnAtLocation(loc: () => SourceLocation, message: string, pedanticOption?: string): void {
  if (!pedwarnGiven(pedanticOption)) return;
  lastWarningDropped = false;
  const text = pedanticOption !== undefined ? `${message} [${pedanticOption}]` : message;
  if (pedanticMode.errors) {
    const e = new CompileError(text, loc());
    e.diagnostic.inFunction = inFunction;
    throw e;
  }
  warnings.push({ severity: 'warning', message: text, loc: loc(), inFunction });
}

/**
 * Collects the warnings reported from now until the returned function is called, which
 * gives them back instead of reporting them: a function's code generated early (codegen.ts)
 * keeps its warnings until the end of the file, where gcc's order reports them.
 */
export function holdWarnings(): () => Diagnostic[] {
  const reported = warnings;
  warnings = [];
  return () => {
    const held = warnings;
    warnings = reported;
    return held;
  };
}

/** Reports warnings held by holdWarnings, in their order. */
export function reportHeldWarnings(held: readonly Diagnostic[]): void {
  for (const w of held) warnings.push(w);
}
