/**
 * The most common shapes of compiler output lines, recognised by one scan over the line's
 * characters so the assembler can skip the general statement path for them:
 *
 *   .L12:           a label alone on its line
 *   \tjne .L12      a direct branch (or call) to a plain symbol name
 *   \t.quad .L12    an entry of a jump table (gcc's: `.long .L12-.L4`)
 *
 * The scanners accept only texts for which the general path would do exactly the same
 * thing (see Assembler.line); anything else, however close, returns null and takes the
 * general path. The general path starts here too: a line is split into its statements.
 */

import { Ch, isNameChar, isNameStart } from './cursor.js';

/** `NAME:` and nothing else (no blanks, no second statement): NAME, or null. */
export function labelAlone(raw: string): string | null {
  const colon = raw.length - 1;
  if (colon < 1 || raw.charCodeAt(colon) !== Ch.Colon || !isNameStart(raw.charCodeAt(0))) return null;
  for (let i = 1; i < colon; i++) if (!isNameChar(raw.charCodeAt(i))) return null;
  return raw.slice(0, colon);
}

/** `[blanks]mnemonic blanks NAME`, split. */
export interface MnemonicAndName {
  /**
   * Lower-case letters and digits, starting with a letter or a dot (what readMnemonic, or
   * the directive lookup, would take unchanged).
   */
  mnemonic: string;
  /** A plain symbol name (not a register, immediate, number or expression). */
  name: string;
  /** `NAME-OTHER` (no blanks): OTHER, a plain name too; else null. */
  minus: string | null;
}

function isBlank(c: number): boolean {
  return c === Ch.Space || c === Ch.Tab;
}

/**
 * A lower-case mnemonic or directive followed by one operand that is a symbol name alone
 * or the difference of two, or null.
 */
export function mnemonicAndName(raw: string): MnemonicAndName | null {
  const n = raw.length;
  let p = 0;
  while (p < n && isBlank(raw.charCodeAt(p))) p++;
  const start = p;
  let c = raw.charCodeAt(p);
  if (!((c >= Ch.LA && c <= Ch.LZ) || c === Ch.Dot)) return null;
  for (p++; p < n; p++) {
    c = raw.charCodeAt(p);
    if (!((c >= Ch.LA && c <= Ch.LZ) || (c >= Ch.D0 && c <= Ch.D9))) break;
  }
  const end = p;
  if (end === n || !isBlank(c)) return null;
  while (p < n && isBlank(raw.charCodeAt(p))) p++;
  const nameStart = p;
  p = plainNameEnd(raw, p);
  if (p < 0) return null;
  if (p === n) return { mnemonic: raw.slice(start, end), name: raw.slice(nameStart), minus: null };
  if (raw.charCodeAt(p) !== Ch.Minus || plainNameEnd(raw, p + 1) !== n) return null;
  return { mnemonic: raw.slice(start, end), name: raw.slice(nameStart, p), minus: raw.slice(p + 1) };
}

/** Where a plain name starting at `p` ends (a name start but not `$`, an immediate), or -1. */
function plainNameEnd(raw: string, p: number): number {
  const c = raw.charCodeAt(p);
  if (p >= raw.length || !isNameStart(c) || c === Ch.Dollar) return -1;
  for (p++; p < raw.length; p++) if (!isNameChar(raw.charCodeAt(p))) break;
  return p;
}

/** Numbers above this are not worth a dense array slot. */
const MAX_LABEL_NUMBER = 1 << 20;

/**
 * N for a compiler-generated label name `.LN` (decimal, no leading zero, so that one
 * number stands for one name), else -1. The assembler finds these symbols by number in an
 * array, nearer in memory than a hash table of 50,000 names.
 */
export function numberedLabel(name: string): number {
  const n = name.length;
  if (n < 3 || n > 9 || name.charCodeAt(0) !== Ch.Dot || name.charCodeAt(1) !== 76 /* L */) return -1;
  let c = name.charCodeAt(2);
  if (c < Ch.D0 || c > Ch.D9 || (c === Ch.D0 && n > 3)) return -1;
  let v = c - Ch.D0;
  for (let i = 3; i < n; i++) {
    c = name.charCodeAt(i);
    if (c < Ch.D0 || c > Ch.D9) return -1;
    v = v * 10 + (c - Ch.D0);
  }
  return v < MAX_LABEL_NUMBER ? v : -1;
}

/** Whether a line may hold several statements, a comment or a string (which could hide either). */
export function needsSplitting(line: string): boolean {
  for (let i = 0; i < line.length; i++) {
    const ch = line.charCodeAt(i);
    if (ch === Ch.Semi || ch === Ch.Hash || ch === Ch.Quote || ch === Ch.Slash || ch === Ch.Apos) return true;
  }
  return false;
}

/** Splits a line into statements at ';' and drops '#' and C-style comments, outside strings. */
export function splitStatements(line: string): string[] {
  if (!needsSplitting(line)) return [line];
  const out: string[] = [];
  let start = 0;
  let inString = false;
  let i = 0;
  for (; i < line.length; i++) {
    const ch = line.charCodeAt(i);
    if (inString) {
      if (ch === Ch.Backslash) i++;
      else if (ch === Ch.Quote) inString = false;
      continue;
    }
    if (ch === Ch.Quote) inString = true;
    else if (ch === Ch.Apos && i + 1 < line.length) i += line.charCodeAt(i + 1) === Ch.Backslash ? 2 : 1;
    else if (ch === Ch.Semi) {
      out.push(line.slice(start, i));
      start = i + 1;
    } else if (ch === Ch.Hash) break;
    else if (ch === Ch.Slash && line.charCodeAt(i + 1) === Ch.Star) {
      const end = line.indexOf('*/', i + 2);
      if (end < 0) break;
      line = line.slice(0, i) + ' ' + line.slice(end + 2);
    }
  }
  out.push(line.slice(start, i));
  return out;
}
