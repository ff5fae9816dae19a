/**
 * Source files are bytes; gcc copies the bytes of a string literal into the object as they
 * are, valid UTF-8 or not (`"\0\377"` typed as a raw 0xFF byte). JavaScript strings hold
 * UTF-16, so a byte that is not part of valid UTF-8 is carried as a lone low surrogate
 * U+DC80..U+DCFF (Python's "surrogateescape"); `encodeUtf8` in compiler/cc/literals.ts
 * turns it back into the byte.
 */

const strict = new TextDecoder('utf-8', { fatal: true });

export const escapedByteBase = 0xdc00;

export function decodeSourceBytes(bytes: Uint8Array): string {
  try {
    return strict.decode(bytes);
  } catch {
    return decodeWithEscapes(bytes);
  }
}

/** The length of the valid UTF-8 sequence starting at `bytes[i]`, or 0 if there is none. */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i];
  const n = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
  if (n === 0 || i + n > bytes.length) return 0;
  for (let k = 1; k < n; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return 0;
  if (n === 1) return 1;
  // Overlong forms, UTF-16 surrogates and code points past U+10FFFF are not valid UTF-8.
  const cp = decodeOne(bytes, i, n);
  if ((n === 3 && (cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff))) || (n === 4 && (cp < 0x10000 || cp > 0x10ffff))) return 0;
  return n;
}

function decodeOne(bytes: Uint8Array, i: number, n: number): number {
  if (n === 1) return bytes[i];
  let cp = bytes[i] & (0xff >> (n + 1));
  for (let k = 1; k < n; k++) cp = (cp << 6) | (bytes[i + k] & 0x3f);
  return cp;
}

function decodeWithEscapes(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; ) {
    const n = sequenceLength(bytes, i);
    if (n === 0) {
      parts.push(String.fromCharCode(escapedByteBase + bytes[i]));
      i++;
    } else {
      parts.push(String.fromCodePoint(decodeOne(bytes, i, n)));
      i += n;
    }
  }
  return parts.join('');
}
