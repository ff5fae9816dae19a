/**
 * -Wformat (on with -Wall, as in gcc): the arguments of a printf- or scanf-family call
 * checked against its literal format string, with gcc's messages:
 *
 *   format '%d' expects argument of type 'int', but argument 2 has type 'long int' [-Wformat=]
 *   format '%d' expects argument of type 'int *', but argument 2 has type 'int' [-Wformat=]
 *   format '%s' expects a matching 'char *' argument [-Wformat=]
 *   too many arguments for format [-Wformat-extra-args]
 *
 * The classic mistakes of a first C course: a `long` printed with %d, a missing `&` in
 * scanf, a forgotten argument. As gcc does, it knows the standard functions by name (not
 * with -fno-builtin or -ffreestanding) and compares each argument after the default
 * promotions, ignoring signedness (`%u` of an int is fine without -Wformat-signedness)
 * but not rank (`%ld` of a `long long` is not). A format with `%1$d` positions is left
 * alone. Each warning points at its directive inside the string, as gcc's caret does.
 */
import type { Node, Obj } from './ast.js';
import type { IToken } from './chevrotain.js';
import { isWarningOn, warnAt, warnInsideToken } from './report.js';
import { stringLiteralOf } from './typecheck.js';
import { type Type } from './types.js';
import { quotedValueType } from './typedef-names.js';

/** Where a family's format and first checked argument are (1-based, as in format(printf, m, n)). */
interface FormatFunction {
  kind: 'printf' | 'scanf';
  format: number;
  first: number;
}

const FORMAT_FUNCTIONS = new Map<string, FormatFunction>([
  ['printf', { kind: 'printf', format: 1, first: 2 }],
  ['fprintf', { kind: 'printf', format: 2, first: 3 }],
  ['dprintf', { kind: 'printf', format: 2, first: 3 }],
  ['sprintf', { kind: 'printf', format: 2, first: 3 }],
  ['snprintf', { kind: 'printf', format: 3, first: 4 }],
  ['asprintf', { kind: 'printf', format: 2, first: 3 }],
  ['scanf', { kind: 'scanf', format: 1, first: 2 }],
  ['fscanf', { kind: 'scanf', format: 2, first: 3 }],
  ['sscanf', { kind: 'scanf', format: 2, first: 3 }],
]);

/** What an argument must be: a test of its (promoted) type, and the type's name in the message. */
interface Expected {
  name: string;
  accepts: (t: Type) => boolean;
}

// Integer ranks as the format sees them: the length modifier picks one.
type Rank = 'char' | 'short' | 'int' | 'long' | 'llong';

function rankOf(t: Type): Rank | undefined {
  switch (t.kind) {
    case 'bool': case 'char': return 'char';
    case 'short': return 'short';
    case 'int': case 'enum': return t.size === 4 ? 'int' : undefined;
    case 'long': return t.spelling === 'long long' ? 'llong' : 'long';
    default: return undefined;
  }
}

const integer = (rank: Rank, name: string): Expected => ({ name, accepts: (t) => rankOf(t) === rank });
const floating = (kind: 'float' | 'double' | 'ldouble', name: string): Expected => ({ name, accepts: (t) => t.kind === kind });
const pointerTo = (inner: Expected): Expected => ({
  name: inner.name.endsWith('*') ? `${inner.name}*` : `${inner.name} *`,
  accepts: (t) => t.kind === 'ptr' && inner.accepts(t.base!),
});
const anyPointer: Expected = { name: 'void *', accepts: (t) => t.kind === 'ptr' };
const charPointer: Expected = { name: 'char *', accepts: (t) => t.kind === 'ptr' && t.base!.kind === 'char' };
const wideCharPointer: Expected = { name: 'wchar_t *', accepts: (t) => t.kind === 'ptr' && rankOf(t.base!) === 'int' };
const INT = integer('int', 'int');

/** The integer a length modifier names, in gcc's words for signed (d i) or unsigned (o u x X) conversions. */
function integerFor(length: string, unsigned: boolean): Expected | undefined {
  switch (length) {
    case 'hh': return integer('char', unsigned ? 'unsigned char' : 'signed char');
    case 'h': return integer('short', unsigned ? 'short unsigned int' : 'short int');
    case '': return integer('int', unsigned ? 'unsigned int' : 'int');
    case 'l': return integer('long', unsigned ? 'long unsigned int' : 'long int');
    case 'll': case 'q': case 'L': return integer('llong', unsigned ? 'long long unsigned int' : 'long long int');
    case 'j': return integer('long', unsigned ? 'uintmax_t' : 'intmax_t');
    case 'z': return integer('long', unsigned ? 'size_t' : 'signed size_t');
    case 't': return integer('long', unsigned ? 'long unsigned int' : 'ptrdiff_t');
    default: return undefined;
  }
}

/** printf: the argument a conversion takes (undefined: none, or not checked). */
function printfArgument(conversion: string, length: string): Expected | undefined {
  switch (conversion) {
    case 'd': case 'i': {
      // hh and h arguments arrive promoted to int.
      return length === 'hh' || length === 'h' ? INT : integerFor(length, false);
    }
    case 'o': case 'u': case 'x': case 'X': {
      if (length === 'hh' || length === 'h') return integer('int', 'unsigned int');
      return integerFor(length, true);
    }
    case 'c': return length === 'l' ? integer('int', 'wint_t') : INT;
    case 's': return length === 'l' ? wideCharPointer : charPointer;
    case 'p': return anyPointer;
    case 'n': return pointerTo(length === '' ? INT : integerFor(length, false)!);
    case 'f': case 'F': case 'e': case 'E': case 'g': case 'G': case 'a': case 'A':
      return length === 'L' ? floating('ldouble', 'long double') : floating('double', 'double');
    default: return undefined;
  }
}

/** scanf: the pointer a conversion stores through. */
function scanfArgument(conversion: string, length: string): Expected | undefined {
  switch (conversion) {
    case 'd': case 'i': case 'n': return pointerTo(integerFor(length, false)!);
    case 'o': case 'u': case 'x': case 'X': return pointerTo(integerFor(length, true)!);
    case 'f': case 'F': case 'e': case 'E': case 'g': case 'G': case 'a': case 'A':
      return length === 'L' ? pointerTo(floating('ldouble', 'long double'))
        : length === 'l' ? pointerTo(floating('double', 'double')) : pointerTo(floating('float', 'float'));
    case 's': case 'c': case '[': return length === 'l' ? wideCharPointer : charPointer;
    case 'p': return { name: 'void **', accepts: (t) => t.kind === 'ptr' && t.base!.kind === 'ptr' };
    default: return undefined;
  }
}

/** One directive of a format string: where it is and what it takes. */
interface Directive {
  text: string; // as gcc quotes it: '%', the length modifier and the conversion (`%lx` of `%08lx`)
  at: number; // index of its conversion character in the string (where gcc's caret goes)
  width: number; // printf `*` width: index of the `*` (an int argument first), else -1
  precision: number; // printf `.*` precision: likewise
  argument: Expected | undefined;
  problem?: string; // a malformed directive: gcc's message
}

const PRINTF_CONVERSIONS = 'diouxXcspnfFeEgGaAm%';
const SCANF_CONVERSIONS = 'diouxXcspnfFeEgGaA[%';

/** Splits a format into its directives; undefined for a format with `n$` positions (not checked). */
function directives(format: string, kind: 'printf' | 'scanf'): Directive[] | undefined {
  const out: Directive[] = [];
  for (let i = format.indexOf('%'); i >= 0; i = format.indexOf('%', i)) {
    const percent = i++;
    if (/^\d+\$/.test(format.slice(i))) return undefined;
    let width = -1, precision = -1, suppressed = false;
    const digits = (): void => {
      while (/\d/.test(format[i] ?? '')) i++;
    };
    if (kind === 'printf') {
      while (i < format.length && "-+ #0'I".includes(format[i])) i++;
      if (format[i] === '*') width = i++;
      else digits();
      if (format[i] === '.') {
        i++;
        if (format[i] === '*') precision = i++;
        else digits();
      }
    } else {
      if (format[i] === '*') { suppressed = true; i++; }
      digits();
      if (format[i] === 'm') i++; // POSIX's allocating modifier
    }
    const length = /^(hh|ll|[hlqLjzt])/.exec(format.slice(i))?.[0] ?? '';
    i += length.length;
    const conversion = format[i];
    if (conversion === undefined) {
      const problem = i === percent + 1 ? "spurious trailing '%' in format" : 'conversion lacks type at end of format';
      out.push({ text: '', at: i - 1, width: -1, precision: -1, argument: undefined, problem });
      break;
    }
    const at = i++;
    if (conversion === '[') {
      // A scan set: `]` right after `[` or `[^` belongs to the set.
      if (format[i] === '^') i++;
      if (format[i] === ']') i++;
      const close = format.indexOf(']', i);
      i = close < 0 ? format.length : close + 1;
    }
    const text = `%${length}${conversion}`;
    if (!(kind === 'printf' ? PRINTF_CONVERSIONS : SCANF_CONVERSIONS).includes(conversion)) {
      const problem = `unknown conversion type character '${conversion}' in format`;
      out.push({ text, at, width, precision, argument: undefined, problem });
      continue;
    }
    const argument = suppressed || conversion === '%' || conversion === 'm' ? undefined
      : kind === 'printf' ? printfArgument(conversion, length) : scanfArgument(conversion, length);
    out.push({ text, at, width, precision, argument });
  }
  return out;
}

/**
 * Where the character at `index` of the string is in the source: the literal's token
 * and its escapes walked to the column. A string made of several literals, or one whose
 * escapes do not add up, gets the token's own place.
 */
function placeIn(literal: Obj, length: number, index: number): { tok: IToken; col?: number } {
  const tok = literal.tok!;
  const image = tok.image;
  const open = image.indexOf('"');
  let decoded = 0, i = open + 1, target = -1;
  while (i < image.length - 1) {
    if (decoded === index) target = i;
    if (image[i] === '\\') {
      const rest = image.slice(i + 1);
      const escape = /^(x[0-9a-fA-F]+|[0-7]{1,3}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)/s.exec(rest)![0];
      i += 1 + escape.length;
    } else i++;
    decoded++;
  }
  if (decoded !== length || target < 0) return { tok };
  return { tok, col: target };
}

function warnAtDirective(literal: Obj, length: number, index: number, message: string): void {
  const { tok, col } = placeIn(literal, length, index);
  const text = `${message} [-Wformat=]`;
  if (col === undefined) return warnAt(tok, text);
  warnInsideToken(tok, col, text);
}

/**
 * Checks a call's arguments against its format, if the callee is a known format function
 * and the format a literal. `args` are the arguments as passed (after promotion).
 */
export function checkFormatCall(callee: Obj | undefined, args: Node[], tok: IToken): void {
  if (callee === undefined || !isWarningOn('format')) return;
  const fn = FORMAT_FUNCTIONS.get(callee.name);
  if (fn === undefined || callee.isStatic || args.length < fn.format) return;
  const literal = stringLiteralOf(args[fn.format - 1]);
  if (literal === undefined || literal.ty.base!.size !== 1) return;
  const bytes = literal.initData!;
  // (Not String.fromCharCode(...bytes): a long literal would overflow the stack with arguments.)
  const format = Buffer.from(bytes.buffer, bytes.byteOffset, Math.max(0, bytes.length - 1)).toString('latin1');
  const list = directives(format, fn.kind);
  if (list === undefined) return;
  let next = fn.first - 1;
  const take = (index: number, what: string, expected: Expected): void => {
    const arg = args[next];
    if (arg === undefined) {
      warnAtDirective(literal, format.length, index, `${what} expects a matching '${expected.name}' argument`);
      return;
    }
    const number = ++next;
    if (!expected.accepts(arg.ty!)) {
      warnAtDirective(literal, format.length, index, `${what} expects argument of type '${expected.name}', but argument ${number} has type ${quotedValueType(arg.ty!)}`);
    }
  };
  for (const d of list) {
    if (d.problem !== undefined) warnAtDirective(literal, format.length, d.at, d.problem);
    if (d.width >= 0) take(d.width, "field width specifier '*'", INT);
    if (d.precision >= 0) take(d.precision, "field precision specifier '.*'", INT);
    if (d.argument) take(d.at, `format '${d.text}'`, d.argument);
  }
  if (next < args.length) warnAt(literal.tok ?? tok, 'too many arguments for format [-Wformat-extra-args]');
}
