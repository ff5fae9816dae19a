/**
 * Identifiers with extended characters in the preprocessor: a macro name spelled with UCNs
 * (`\u00C0`) is the same name as the characters written directly, as in gcc.
 */
import { describe, expect, it } from 'vitest';
import { preprocess } from '../../compiler/cpp/index.js';
import { decodeUcns } from '../../compiler/cpp/ucn.js';

function pp(source: string): string {
  const text = preprocess('main.c', { readFile: (p) => (p === 'main.c' ? source : undefined) }).text;
  return text
    .split('\n')
    .filter((l) => !l.startsWith('# ') && l.trim() !== '')
    .map((l) => l.trim())
    .join('\n');
}

describe('UCNs and UTF-8 in identifiers', () => {
  it('finds a macro defined with UCNs when it is used in UTF-8, and the other way round', () => {
    expect(pp('#define caf\\u00e9 1\ncafé\n#define na\u00efve 2\nna\\u00EFve\n')).toBe('1\n2');
  });

  it('treats \\u and \\U spellings of one character as one name', () => {
    expect(pp('#define \\U000003bb(x) (x + 1)\n\\u03bb(2)\n#ifdef \\u03BB\nyes\n#endif\n')).toBe('(2 + 1)\nyes');
  });

  it('keeps a UCN identifier that is not a macro as one token (either spelling may be printed)', () => {
    expect(decodeUcns(pp('#define A x\nA\\u00e9 \\u00e9A\n')).replace(/\s+/g, ' ')).toBe('Aé éA');
  });

  it('leaves a backslash that starts no UCN alone', () => {
    expect(pp('a \\u12 b\n')).toBe('a \\u12 b');
  });
});
