/**
 * Decoding of numeric, character and string literals into values and their C types.
 */
import type { IToken } from './chevrotain.js';
import { errorAt } from './report.js';
import {
  tyChar, tyDouble, tyFloat, tyInt, tyLDouble, tyLong, tyUInt, tyULong, tyUShort, type Type,
  tyFloat32, tyFloat64, tyFloat32x, tyFloat64x, tyLLong, tyULLong,
} from './types.js';

export interface IntLiteral {
  value: bigint;
  ty: Type;
  /**
   * gcc's warning about the constant, if any: past 64 bits ("too large for its type", a
   * pedwarn: `value` keeps the low 64 bits, as cpplib does), or a decimal without `u` past
   * LLONG_MAX ("so large that it is unsigned": typed `__int128`, `int128` true).
   */
  warning?: { message: string; pedantic: boolean };
  /** The constant is an `__int128` (gcc's type for such a decimal; `ty` is then unsigned long, its value's carrier). */
  int128?: boolean;
}

/**
 * Decoded constants by spelling: a file spells the same few constants again and again, and
 * nodes may share one (readonly) result and its bigint. Emptied when it grows large.
 */
const intLiterals = new Map<string, Readonly<IntLiteral> | undefined>();
const INT_LITERAL_CACHE_LIMIT = 4096;

/** C99 6.4.4.1: the first type of the suffix's list that can represent the value. */
export function parseIntLiteral(image: string): Readonly<IntLiteral> | undefined {
  let lit = intLiterals.get(image);
  if (lit === undefined && !intLiterals.has(image)) {
    if (intLiterals.size >= INT_LITERAL_CACHE_LIMIT) intLiterals.clear();
    lit = decodeIntLiteral(image);
    intLiterals.set(image, lit);
  }
  return lit;
}

/** The suffixes C allows: u, l and ll in either case and order, ll's letters of one case. */
const INTEGER_SUFFIX = /^([uU]?(l|L|ll|LL)?|(l|L|ll|LL)[uU])$/;

/**
 * Why `image` is no integer constant, in gcc's words (called once parseIntLiteral refused
 * it): a suffix that is no combination of u, l and ll (`lL` mixes cases), or an 8 or 9
 * in an octal constant.
 */
export function intLiteralError(image: string): string {
  const m = /^(0[xX][0-9a-fA-F]*|0[bB][01]*|\d*)(.*)$/.exec(image)!;
  const [, digits, suffix] = m;
  const octal = /^0\d*?([89])/.exec(digits);
  if (octal && INTEGER_SUFFIX.test(suffix)) return `invalid digit "${octal[1]}" in octal constant`;
  return `invalid suffix "${suffix}" on integer constant`;
}

function decodeIntLiteral(image: string): IntLiteral | undefined {
  // Fast path for the common case: a short decimal without suffix is an int.
  if (image.length < 10 && (image.length === 1 || image[0] !== '0') && /^\d+$/.test(image)) {
    return { value: BigInt(Number(image)), ty: tyInt };
  }
  const m = /^(0[xX][0-9a-fA-F]+|0[bB][01]+|\d+)([uUlL]*)$/.exec(image);
  if (!m) return undefined;
  const digits = m[1];
  if (!INTEGER_SUFFIX.test(m[2])) return undefined;
  const suffix = m[2].toLowerCase();
  let value: bigint;
  if (/^0[bB]/.test(digits)) value = BigInt(digits);
  else if (/^0[xX]/.test(digits)) value = BigInt(digits);
  else if (digits.length > 1 && digits[0] === '0') {
    if (/[89]/.test(digits)) return undefined;
    value = BigInt('0o' + digits.slice(1));
  } else value = BigInt(digits);
  let warning: IntLiteral['warning'];
  if (value >= 1n << 64n) {
    warning = { message: 'integer constant is too large for its type', pedantic: true };
    value = BigInt.asUintN(64, value);
  }
  const isDecimal = !/^0/.test(digits) || digits === '0';
  const u = suffix.includes('u');
  const l = suffix.includes('l');
  // C99 6.4.4.1p5: a decimal without `u` has only signed types. Past long long's, gcc
  // takes its widest signed type, __int128, and says the constant is "unsigned".
  if (isDecimal && !u && value > 0x7fffffffffffffffn) {
    return { value, ty: tyULong, int128: true, warning: warning ?? { message: 'integer constant is so large that it is unsigned', pedantic: false } };
  }
  let ty: Type;
  if (suffix.includes('ll')) ty = u || value > 0x7fffffffffffffffn ? tyULLong : tyLLong;
  else if (u) ty = !l && value <= 0xffffffffn ? tyUInt : tyULong;
  else if (l) ty = value <= 0x7fffffffffffffffn ? tyLong : tyULong;
  else if (value <= 0x7fffffffn) ty = tyInt;
  else if (!isDecimal && value <= 0xffffffffn) ty = tyUInt;
  else if (value <= 0x7fffffffffffffffn) ty = tyLong;
  else ty = tyULong;
  return { value: ty.isUnsigned ? value : BigInt.asIntN(64, value), ty, warning };
}

export function parseFloatLiteral(image: string): { value: number; ty: Type; imaginary: boolean; extended?: Uint8Array } {
  // GNU imaginary constants: `2.5i` (the suffix may come before or after f/l).
  const imaginary = /[iIjJ](?:[fF](?:32|64)x?|[fFlL])?$/.test(image) && !/^0[xX][^pP]*$/.test(image);
  let text = imaginary ? image.replace(/[iIjJ](?=(?:[fF](?:32|64)x?|[fFlL])?$)/, '') : image;
  let ty = tyDouble;
  const last = text[text.length - 1];
  const interchange = /[fF](32|64)(x?)$/.exec(text); // TS 18661-3: 1.5f32, 2f64x
  if (interchange) {
    ty = interchangeType(interchange[1] + interchange[2]);
    text = text.slice(0, interchange.index);
  } else if (last === 'f' || last === 'F') {
    ty = tyFloat;
    text = text.slice(0, -1);
  } else if (last === 'l' || last === 'L') {
    ty = tyLDouble;
    text = text.slice(0, -1);
  }
  let value: number;
  if (/^0[xX]/.test(text)) value = parseHexFloat(text);
  else value = Number(text);
  const extended = ty.kind === 'ldouble' ? extendedImage(text) : undefined;
  return { value: ty.kind === 'float' ? roundToFloat(text, value) : value, ty, imaginary, extended };
}

/**
 * The float nearest a constant's exact value, given `d`, the double nearest it. Rounding
 * d again is right except when d lands exactly halfway between two floats while the
 * exact value does not (a constant written to 100 digits just below 2^-150, say):
 * ties-to-even would then pick a float by accident, and the exact value decides instead.
 * Every halfway point between floats is a double, so no other case can go wrong.
 */
function roundToFloat(text: string, d: number): number {
  const f = Math.fround(d);
  if (f === d || !Number.isFinite(d)) return f;
  // Past the largest float, values round to infinity from halfway to 2^128 on.
  const near = Number.isFinite(f) ? f : Math.sign(f) * 2 ** 128;
  const other = floatBeside(near, d);
  if ((near + other) / 2 !== d) return f;
  const exact = exactValue(text);
  if (exact === undefined) return f;
  const [num, den] = exact;
  const [dNum, dDen] = doubleAsFraction(Math.abs(d));
  const above = num * dDen - dNum * den; // the sign of |exact| - |d|
  if (above === 0n) return f; // a true tie: ties-to-even is right
  return (above > 0n) === (Math.abs(other) > Math.abs(near)) ? Math.fround(other) : f;
}

/**
 * The float next to f on d's side, or ±2^128 beyond the largest float (where rounding
 * to infinity starts halfway).
 */
function floatBeside(f: number, d: number): number {
  const bits = new Float32Array(1);
  const word = new Uint32Array(bits.buffer);
  bits[0] = Math.abs(f);
  word[0] += Math.abs(d) > Math.abs(f) ? 1 : -1;
  const beside = word[0] === 0x7f800000 ? 2 ** 128 : bits[0];
  return d < 0 ? -beside : beside;
}

/** A finite non-negative double as an exact fraction. */
function doubleAsFraction(d: number): [bigint, bigint] {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, d);
  const bits = view.getBigUint64(0);
  const biased = Number(bits >> 52n);
  const mantissa = (bits & ((1n << 52n) - 1n)) | (biased === 0 ? 0n : 1n << 52n);
  const exp = (biased === 0 ? 1 : biased) - 1075;
  return exp >= 0 ? [mantissa << BigInt(exp), 1n] : [mantissa, 1n << BigInt(-exp)];
}

/** __builtin_nans's images, as gcc's: the quiet bit clear, the next one set. */
export const SNAN_FLOAT_BITS = 0x7fa00000;
export const SNAN_DOUBLE_BITS = 0x7ff4000000000000n;

function interchangeType(width: string): Type {
  switch (width) {
    case '32': return tyFloat32;
    case '64': return tyFloat64;
    case '32x': return tyFloat32x;
    default: return tyFloat64x;
  }
}

function parseHexFloat(text: string): number {
  const m = /^0[xX]([0-9a-fA-F]*)(?:\.([0-9a-fA-F]*))?[pP]([+-]?\d+)$/.exec(text)!;
  const intPart = m[1] || '0';
  const frac = m[2] ?? '';
  let mant = 0;
  for (const c of intPart + frac) mant = mant * 16 + parseInt(c, 16);
  return mant * Math.pow(2, Number(m[3]) - 4 * frac.length);
}

const simpleEscapes: Record<string, number> = {
  n: 10, t: 9, r: 13, a: 7, b: 8, f: 12, v: 11, e: 27, E: 27, '\\': 92, "'": 39, '"': 34, '?': 63,
  // gcc keeps these quietly: `\(` guards a continued string from editors, `\%` from SCCS.
  '(': 40, '{': 123, '[': 91, '%': 37,
};

/** How wide one element of a literal is: "" and u8 → 8 bits, u → 16, L and U → 32. */
export type UnitBits = 8 | 16 | 32;

export function unitBitsOf(prefix: string): UnitBits {
  return prefix === '' || prefix === 'u8' ? 8 : prefix === 'u' ? 16 : 32;
}

/**
 * Decodes the body of a literal (between the quotes) into its elements' values: source
 * characters and \u escapes encoded as the element type holds text (UTF-8 bytes, UTF-16
 * units, code points), a \x or octal escape as one element whose value is cut to the
 * element's width — gcc's "out of range" warning then goes to `warn`, as does its "unknown
 * escape sequence". A string is the error for a malformed escape.
 */
export function decodeEscapes(body: string, bits: UnitBits, warn?: (message: string) => void): number[] | string {
  const out: number[] = [];
  const mask = bits === 32 ? 0xffffffff : (1 << bits) - 1;
  for (let i = 0; i < body.length; ) {
    const c = body.codePointAt(i)!;
    if (c !== 92) {
      pushEncoded(out, c, bits);
      i += c > 0xffff ? 2 : 1;
      continue;
    }
    const e = body[i + 1];
    if (e === undefined) return 'incomplete escape sequence';
    if (e in simpleEscapes) {
      out.push(simpleEscapes[e]);
      i += 2;
    } else if (e === 'x') {
      const m = /^[0-9a-fA-F]+/.exec(body.slice(i + 2));
      if (!m) return '\\x used with no following hex digits';
      const value = BigInt('0x' + m[0]);
      if (value > BigInt(mask)) warn?.('hex escape sequence out of range');
      out.push(Number(value & BigInt(mask)));
      i += 2 + m[0].length;
    } else if (/[0-7]/.test(e)) {
      const m = /^[0-7]{1,3}/.exec(body.slice(i + 1))!;
      const value = parseInt(m[0], 8);
      if (value > mask) warn?.('octal escape sequence out of range');
      out.push(value & mask);
      i += 1 + m[0].length;
    } else if (e === 'u' || e === 'U') {
      const n = e === 'u' ? 4 : 8;
      const hex = body.slice(i + 2, i + 2 + n);
      if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== n) return 'incomplete universal character name';
      pushEncoded(out, parseInt(hex, 16), bits);
      i += 2 + n;
    } else {
      // gcc keeps the character; it names a character it cannot print by its octal code.
      const code = e.charCodeAt(0);
      warn?.(`unknown escape sequence: '\\${code > 32 && code < 127 ? e : code.toString(8).padStart(3, '0')}'`);
      out.push(code);
      i += 2;
    }
  }
  return out;
}

/** One character as the elements of a `bits`-wide literal: UTF-8 bytes, UTF-16 units, or itself. */
function pushEncoded(out: number[], cp: number, bits: UnitBits): void {
  if (bits === 8) {
    if (cp < 0x80) out.push(cp);
    else out.push(...encodeUtf8([cp]));
  } else if (bits === 16 && cp > 0xffff) {
    out.push(0xd800 + ((cp - 0x10000) >> 10), 0xdc00 + ((cp - 0x10000) & 0x3ff));
  } else {
    out.push(cp);
  }
}

export function encodeUtf8(cps: number[]): number[] {
  const out: number[] = [];
  for (const c of cps) {
    if (c < 0x80) out.push(c);
    // A source byte that was not valid UTF-8, carried as a lone surrogate (compiler/cpp/source-text.ts).
    else if (c >= 0xdc80 && c <= 0xdcff) out.push(c - 0xdc00);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return out;
}

/** A literal's prefix decides its element type: "" / u8 → char, L / U → 4 bytes, u → 2 bytes. */
export function literalPrefix(image: string): { prefix: string; body: string } {
  const q = image.search(/["']/);
  return { prefix: image.slice(0, q), body: image.slice(q + 1, -1) };
}

export function elementTypeOf(prefix: string): Type {
  if (prefix === 'L') return tyInt;
  if (prefix === 'U') return tyUInt;
  if (prefix === 'u') return tyUShort;
  return tyChar;
}

/**
 * Where a character constant's warnings go: gcc's "pedwarns" (escapes out of range or
 * unknown: errors with -pedantic-errors) and its plain warnings (multi-character constants).
 */
export interface CharConstantWarnings {
  pedwarn(message: string): void;
  warn(message: string): void;
}

/**
 * A character constant's value and type; a string is the error. The preprocessor asks too
 * (#if), with its own -funsigned-char setting: it runs before the compile sets tyChar's.
 */
export function charLiteralValue(image: string, warnings?: CharConstantWarnings, plainCharUnsigned = tyChar.isUnsigned): { value: bigint; ty: Type } | string {
  const { prefix, body } = literalPrefix(image);
  const cps = decodeEscapes(body, unitBitsOf(prefix), warnings && ((message) => warnings.pedwarn(message)));
  if (typeof cps === 'string') return cps;
  if (cps.length === 0) return 'empty character constant';
  // An int holds four chars; a wide constant one element.
  if (cps.length > (prefix === '' ? 4 : 1)) warnings?.warn('character constant too long for its type');
  else if (cps.length > 1) warnings?.warn('multi-character character constant [-Wmultichar]');
  if (prefix !== '') {
    // u'🍣' is two UTF-16 units: gcc keeps the last (the low surrogate). L'\xffffffff' is
    // a wchar_t, a signed int: -1.
    const ty = elementTypeOf(prefix);
    const unit = BigInt(cps[cps.length - 1]);
    return { value: ty.isUnsigned ? unit : BigInt.asIntN(ty.size * 8, unit), ty };
  }
  const bytes = cps;
  // A one-character constant is an int holding a (plain) char's value.
  if (bytes.length === 1) return { value: BigInt(plainCharUnsigned ? bytes[0] : (bytes[0] << 24) >> 24), ty: tyInt };
  // Multi-character constants: gcc packs the bytes big-endian into an int.
  let v = 0;
  for (const b of bytes.slice(-4)) v = ((v << 8) | b) >>> 0;
  return { value: BigInt(v | 0), ty: tyInt };
}

export { tyLong, tyULong };

/**
 * The x87 80-bit image (10 bytes, little-endian) of a decimal or hex floating constant,
 * rounded once to nearest-even from the exact value, so `0.1L` keeps 64 bits of mantissa
 * (a double would give only 53). Undefined for values a double handles exactly anyway.
 */
export function extendedImage(text: string): Uint8Array | undefined {
  const exact = exactValue(text);
  if (!exact) return undefined;
  let [num, den] = exact;
  if (num === 0n) return undefined;
  const [num0, den0] = exact;
  // Scale num/den into [2^63, 2^64) by a power of two, tracking the binary exponent.
  let exp = 63;
  const bits = (v: bigint): number => v.toString(2).length;
  let shift = 64 - (bits(num) - bits(den));
  if (shift > 0) num <<= BigInt(shift);
  else den <<= BigInt(-shift);
  exp -= shift;
  let q = num / den;
  let r = num % den;
  while (q >= 1n << 64n) {
    r += (q & 1n) * den;
    den <<= 1n;
    q = num / den;
    r = num % den;
    exp++;
  }
  while (q < 1n << 63n) {
    num <<= 1n;
    q = num / den;
    r = num % den;
    exp--;
  }
  // Round to nearest, ties to even.
  if (2n * r > den || (2n * r === den && (q & 1n) === 1n)) q++;
  if (q === 1n << 64n) {
    q >>= 1n;
    exp++;
  }
  let biased = exp + 16383;
  if (biased >= 0x7fff) return undefined; // overflow: the double path gives infinity
  if (biased <= 0) {
    // Subnormal: the value is m * 2^(-16382-63), m rounded to nearest-even from the exact value.
    const scaled = num0 << 16445n;
    q = scaled / den0;
    const rem = scaled % den0;
    if (2n * rem > den0 || (2n * rem === den0 && (q & 1n) === 1n)) q++;
    biased = q >= 1n << 63n ? 1 : 0;
  }
  const out = new Uint8Array(10);
  for (let i = 0; i < 8; i++) out[i] = Number((q >> BigInt(8 * i)) & 0xffn);
  out[8] = biased & 0xff;
  out[9] = biased >> 8;
  return out;
}

/** A floating constant's exact value as a fraction. */
function exactValue(text: string): [bigint, bigint] | undefined {
  const hex = /^0[xX]([0-9a-fA-F]*)(?:\.([0-9a-fA-F]*))?[pP]([+-]?\d+)$/.exec(text);
  if (hex) {
    const frac = hex[2] ?? '';
    const mant = BigInt('0x' + ((hex[1] || '0') + frac));
    const e = Number(hex[3]) - 4 * frac.length;
    // Far beyond the x87 range (2^±16445): the double's 0 or infinity is the answer.
    if (Math.abs(e) > 20000) return undefined;
    return e >= 0 ? [mant << BigInt(e), 1n] : [mant, 1n << BigInt(-e)];
  }
  const dec = /^(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(text);
  if (!dec) return undefined;
  const frac = dec[2] ?? '';
  const digits = ((dec[1] ?? '') + frac).replace(/^0+/, '');
  const e = Number(dec[3] ?? '0') - frac.length;
  // Far beyond the x87 range (10^±4951) the double's 0 or infinity is the answer. The
  // digits count: a constant written out exactly, as 2^-16445 is, has thousands of them.
  if (digits === '' || Math.abs(digits.length + e) > 5000) return undefined;
  const mant = BigInt(digits);
  return e >= 0 ? [mant * 10n ** BigInt(e), 1n] : [mant, 10n ** BigInt(-e)];
}

/**
 * The bytes of adjacent string literals concatenated (with the terminating NUL) and their
 * element type: "" / u8 as UTF-8, u"" as UTF-16 (surrogate pairs past U+FFFF), L"" / U"" as
 * UTF-32 (decodeEscapes); `warn` hears of escapes gcc warns about.
 */
export function encodeStringLiteral(toks: IToken[], warn?: (tok: IToken, message: string) => void): { bytes: Uint8Array; elem: Type } {
  let prefix = '';
  for (const t of toks) {
    const lp = literalPrefix(t.image);
    if (lp.prefix !== '' && lp.prefix !== 'u8') {
      if (prefix !== '' && prefix !== lp.prefix) errorAt(t, 'unsupported non-standard concatenation of string literals');
      prefix = lp.prefix;
    }
  }
  const cps: number[] = [];
  for (const t of toks) {
    const d = decodeEscapes(literalPrefix(t.image).body, unitBitsOf(prefix), warn && ((message) => warn(t, message)));
    if (typeof d === 'string') errorAt(t, d);
    for (const c of d) cps.push(c);
  }
  cps.push(0);
  const elem = elementTypeOf(prefix);
  const bytes = new Uint8Array(cps.length * elem.size);
  const view = new DataView(bytes.buffer);
  cps.forEach((c, i) => {
    if (elem.size === 1) bytes[i] = c & 0xff;
    else if (elem.size === 2) view.setUint16(i * 2, c & 0xffff, true);
    else view.setUint32(i * 4, c >>> 0, true);
  });
  return { bytes, elem };
}
