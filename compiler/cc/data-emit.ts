/**
 * Long stretches of initialized data as `.ascii` strings. A `.byte` list costs the
 * assembler an expression per byte; a string costs it a character or an escape, which
 * reads a 1 MB table four times faster (and makes a third less text). Short stretches stay
 * `.byte` lists, as small objects always were.
 */

/** A stretch of plain bytes (no relocation, no long zero run) at least this long is written as strings. */
export const ASCII_MIN_BYTES = 256;

/** Bytes per `.ascii` line: few long statements rather than many short ones. */
const ASCII_LINE_BYTES = 64;

/** Zero runs this long become `.zero`: a stretch of plain bytes ends where one starts. */
export const ZERO_RUN_BYTES = 16;

/**
 * The end of the stretch of plain bytes starting at `from`: the first offset where a
 * relocation or a zero run of ZERO_RUN_BYTES starts, or the end of the data.
 */
export function plainStretchEnd(data: Uint8Array, from: number, relocAt: ReadonlyMap<number, unknown>): number {
  let zeros = 0;
  const anyRelocs = relocAt.size > 0;
  for (let i = from; i < data.length; i++) {
    if (anyRelocs && relocAt.has(i)) return i;
    zeros = data[i] === 0 ? zeros + 1 : 0;
    if (zeros === ZERO_RUN_BYTES) return i + 1 - zeros;
  }
  return data.length;
}

const TAB = 9, LF = 10, QUOTE = 34, BACKSLASH = 92;
const DIRECTIVE = [TAB, ...Array.from('.ascii "', (ch) => ch.charCodeAt(0))];
/** The text is ASCII: latin1 decodes it byte for byte into one flat string. */
const asText = new TextDecoder('latin1');

/**
 * data[from, to) as `.ascii` lines, pushed as one string: built as bytes, not by adding
 * up small strings, which a megabyte of data turns into a million string pieces to join.
 * Printable ASCII stands for itself (`"` and `\` escaped); any other byte is a three-digit
 * octal escape, which no following digit can extend.
 */
export function emitAscii(data: Uint8Array, from: number, to: number, lines: string[]): void {
  const lineCount = Math.ceil((to - from) / ASCII_LINE_BYTES);
  const out = new Uint8Array(4 * (to - from) + lineCount * (DIRECTIVE.length + 2));
  let o = 0;
  for (let i = from; i < to; i += ASCII_LINE_BYTES) {
    if (i > from) out[o++] = LF;
    for (const c of DIRECTIVE) out[o++] = c;
    const end = Math.min(to, i + ASCII_LINE_BYTES);
    for (let k = i; k < end; k++) {
      const b = data[k];
      if (b >= 32 && b < 127 && b !== QUOTE && b !== BACKSLASH) {
        out[o++] = b;
      } else if (b === QUOTE || b === BACKSLASH) {
        out[o++] = BACKSLASH;
        out[o++] = b;
      } else {
        out[o++] = BACKSLASH;
        out[o++] = 48 + (b >> 6);
        out[o++] = 48 + ((b >> 3) & 7);
        out[o++] = 48 + (b & 7);
      }
    }
    out[o++] = QUOTE;
  }
  lines.push(asText.decode(out.subarray(0, o)));
}
