/**
 * Extended characters in identifiers (C99 6.4.2.1, 6.4.3; C11 Annex D): universal
 * character names `\u00C0` / `\U000000C0` and characters written directly (UTF-8 source).
 * `\u00C0` and `À` are the same identifier, so both the preprocessor (macro names) and the
 * C lexer (the symbol name, which gcc writes in UTF-8) turn UCNs into the characters they
 * name. Which characters may appear follows gcc 12, which uses C11's Annex D ranges also
 * for -std=gnu99.
 */

const BACKSLASH = 92;

/** C11 D.1: the ranges of characters allowed in identifiers (inclusive pairs). */
const ALLOWED: readonly number[] = [
  0xa8, 0xa8, 0xaa, 0xaa, 0xad, 0xad, 0xaf, 0xaf, 0xb2, 0xb5, 0xb7, 0xba, 0xbc, 0xbe, 0xc0, 0xd6, 0xd8, 0xf6, 0xf8, 0xff,
  0x100, 0x167f, 0x1681, 0x180d, 0x180f, 0x1fff,
  0x200b, 0x200d, 0x202a, 0x202e, 0x203f, 0x2040, 0x2054, 0x2054, 0x2060, 0x206f,
  0x2070, 0x218f, 0x2460, 0x24ff, 0x2776, 0x2793, 0x2c00, 0x2dff, 0x2e80, 0x2fff,
  0x3004, 0x3007, 0x3021, 0x302f, 0x3031, 0x303f, 0x3040, 0xd7ff,
  0xf900, 0xfd3d, 0xfd40, 0xfdcf, 0xfdf0, 0xfe44, 0xfe47, 0xfffd,
  0x10000, 0x1fffd, 0x20000, 0x2fffd, 0x30000, 0x3fffd, 0x40000, 0x4fffd, 0x50000, 0x5fffd, 0x60000, 0x6fffd,
  0x70000, 0x7fffd, 0x80000, 0x8fffd, 0x90000, 0x9fffd, 0xa0000, 0xafffd, 0xb0000, 0xbfffd, 0xc0000, 0xcfffd,
  0xd0000, 0xdfffd, 0xe0000, 0xefffd,
];

/** C11 D.2: allowed, but not as the first character (combining marks). */
const NOT_INITIAL: readonly number[] = [0x300, 0x36f, 0x1dc0, 0x1dff, 0x20d0, 0x20ff, 0xfe20, 0xfe2f];

function inRanges(ranges: readonly number[], cp: number): boolean {
  for (let i = 0; i < ranges.length; i += 2) if (cp >= ranges[i] && cp <= ranges[i + 1]) return true;
  return false;
}

/** May extended character `cp` (≥ 0x80) appear in an identifier, at its start if `initial`? */
export function isIdentifierExtended(cp: number, initial: boolean): boolean {
  return inRanges(ALLOWED, cp) && !(initial && inRanges(NOT_INITIAL, cp));
}

function hexValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 65 && c <= 70) return c - 55;
  if (c >= 97 && c <= 102) return c - 87;
  return -1;
}

/** The length of a `\uXXXX` / `\UXXXXXXXX` at `pos` (6 or 10), or 0 when there is none. */
export function ucnLength(text: string, pos: number): number {
  if (text.charCodeAt(pos) !== BACKSLASH) return 0;
  const u = text.charCodeAt(pos + 1);
  const digits = u === 117 ? 4 : u === 85 ? 8 : 0;
  if (digits === 0) return 0;
  for (let i = 0; i < digits; i++) if (hexValue(text.charCodeAt(pos + 2 + i)) < 0) return 0;
  return digits + 2;
}

/** The code point a UCN of `length` characters at `pos` names (see ucnLength). */
export function ucnValue(text: string, pos: number, length: number): number {
  let v = 0;
  for (let i = 2; i < length; i++) v = v * 16 + hexValue(text.charCodeAt(pos + i));
  return v;
}

/**
 * Why the UCN `spelling` (naming `cp`) cannot be in an identifier, in gcc's words; null if it
 * can. C99 6.4.3: no UCN names a basic character (other than $ @ `) or a surrogate.
 */
export function ucnIdentifierError(spelling: string, cp: number, initial: boolean): string | null {
  if ((cp < 0xa0 && cp !== 0x24 && cp !== 0x40 && cp !== 0x60) || (cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff) {
    return `${spelling} is not a valid universal character`;
  }
  if (cp === 0x24) return null;
  if (cp < 0xa0 || !inRanges(ALLOWED, cp)) return `universal character ${spelling} is not valid in an identifier`;
  if (initial && inRanges(NOT_INITIAL, cp)) return `universal character ${spelling} is not valid at the start of an identifier`;
  return null;
}

/** An identifier's spelling with its UCNs replaced by the characters they name. */
export function decodeUcns(spelling: string): string {
  let out = '';
  let from = 0;
  for (let i = spelling.indexOf('\\'); i >= 0; i = spelling.indexOf('\\', i + 1)) {
    const n = ucnLength(spelling, i);
    if (n === 0) continue;
    const cp = ucnValue(spelling, i, n);
    // An invalid one stays as written: the C lexer reports it.
    if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) continue;
    out += spelling.slice(from, i) + String.fromCodePoint(cp);
    from = i + n;
    i += n - 1;
  }
  return from === 0 ? spelling : out + spelling.slice(from);
}
