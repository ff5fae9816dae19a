/**
 * The C lexer's hand-written scanner (compiler/cc/scanner.ts) against chevrotain's Lexer
 * over the same token patterns: same tokens, same images and offsets, same first error,
 * on real programs and on random snippets made of the characters where the patterns are
 * subtle (literal prefixes, number suffixes and exponents, comments, dots). Then what only
 * the scanner does: identifiers with extended characters and UCNs.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeLexer, tokenize } from '../../compiler/cc/lexer.js';
import { preprocess } from '../../compiler/cpp/index.js';
import { generateC } from '../../bench/gen-c.js';
import { xorshift32 } from '../prng.js';

const reference = makeLexer();

/** Tokens as `type image offset`; keywords count as the identifiers chevrotain lexes them as. */
function describeTokens(text: string, ours: boolean): { tokens: string[]; markers: string[]; error: string | null } {
  if (ours) {
    try {
      const r = tokenize(text, 'x.c');
      const tokens = r.tokens.map((t) => `${t.tokenType.name.startsWith('Kw_') ? 'Identifier' : t.tokenType.name} ${t.image} ${t.startOffset}`);
      return { tokens, markers: r.directives.map((t) => `${t.image} ${t.startOffset}`), error: null };
    } catch (e) {
      return { tokens: [], markers: [], error: (e as Error).message };
    }
  }
  const r = reference.tokenize(text);
  if (r.errors.length > 0) {
    // The location tokenize() would report for the first error (no linemarkers in these texts).
    const before = text.slice(0, r.errors[0].offset).split('\n');
    const at = `x.c:${before.length}:${before[before.length - 1].length + 1}`;
    return { tokens: [], markers: [], error: `${at}: error: stray '${text[r.errors[0].offset]}' in program` };
  }
  return {
    tokens: r.tokens.map((t) => `${t.tokenType.name} ${t.image} ${t.startOffset}`),
    markers: (r.groups.markers ?? []).map((t) => `${t.image} ${t.startOffset}`),
    error: null,
  };
}

function expectSameAsChevrotain(text: string): void {
  const ours = describeTokens(text, true);
  const theirs = describeTokens(text, false);
  if (theirs.error !== null) {
    // A '#' line is a linemarker to the source mapper: then only the message is compared.
    if (text.includes('#')) expect(ours.error?.replace(/^.*error: /, ''), JSON.stringify(text)).toBe(theirs.error.replace(/^.*error: /, ''));
    else expect(ours.error, JSON.stringify(text)).toBe(theirs.error);
    return;
  }
  expect(ours.error, JSON.stringify(text)).toBeNull();
  expect(ours.tokens, JSON.stringify(text)).toEqual(theirs.tokens);
  expect(ours.markers).toEqual(theirs.markers);
}

describe('scanner agrees with the chevrotain Lexer', () => {
  it('on the test programs, preprocessed', () => {
    const dir = join(import.meta.dirname, 'programs');
    const opts = { systemIncludePaths: [join(import.meta.dirname, '../../userland/libc/include')] };
    const files = readdirSync(dir).filter((f) => f.endsWith('.c') && f !== 'extended_identifiers.c');
    let compared = 0;
    for (const f of files) {
      let text: string;
      try {
        text = preprocess(join(dir, f), opts).text;
      } catch {
        continue; // a header only the host has (the programs test compiles with gcc's headers)
      }
      expectSameAsChevrotain(text);
      compared++;
    }
    expect(compared).toBeGreaterThan(20);
  });

  it('on generated code', () => {
    expectSameAsChevrotain(generateC(3000));
  });

  it('on random snippets', () => {
    const pieces = ['a', 'L', 'u', 'u8', 'U', "'", '"', '\\', '\\n', '\n', ' ', '\t', '0', '1', '9', '.', '..', '...', 'e', 'E', 'p', 'P',
      '+', '-', 'x', 'X', '0x', '0X', '0b', 'f', 'F', 'A', 'c', 'l', 'i', 'j', '/', '*', '/*', '*/', '//', '#', '<', '>', '=', '&', '|', '@', '\r', '$', '_', '%', '!'];
    const next = xorshift32(2026);
    for (let i = 0; i < 4000; i++) {
      let s = '';
      const n = 1 + (next() % 12);
      for (let j = 0; j < n; j++) s += pieces[next() % pieces.length];
      expectSameAsChevrotain(s);
    }
  });
});

describe('extended characters in identifiers', () => {
  const images = (text: string): string[] => tokenize(text, 'x.c').tokens.map((t) => t.image);

  it('reads UTF-8 identifiers and decodes UCNs into the same name', () => {
    expect(images('int café = \\u00e9t\\u00E9 + \\U000003bb + привет;')).toEqual(['int', 'café', '=', 'été', '+', 'λ', '+', 'привет', ';']);
    expect(images('a\\u0024b \\u0024')).toEqual(['a$b', '$']);
    // Astral characters (C11 D.1 allows 10000-1FFFD) and combining marks after the start.
    expect(images('x😀 e\\u0301')).toEqual(['x😀', 'e\u0301']);
  });

  it('reports what gcc reports for characters that cannot be in an identifier', () => {
    const error = (text: string): string => {
      try {
        tokenize(text, 'x.c');
      } catch (e) {
        return (e as Error).message;
      }
      return 'no error';
    };
    expect(error('int a\\u0041;')).toBe('x.c:1:5: error: \\u0041 is not a valid universal character');
    expect(error('int a\\ud800;')).toBe('x.c:1:5: error: \\ud800 is not a valid universal character');
    expect(error('int a\\u0040;')).toBe('x.c:1:5: error: universal character \\u0040 is not valid in an identifier');
    expect(error('int \\u00d7;')).toBe('x.c:1:5: error: universal character \\u00d7 is not valid in an identifier');
    expect(error('int \\u0301a;')).toBe('x.c:1:5: error: universal character \\u0301 is not valid at the start of an identifier');
    expect(error('int y×;')).toBe("x.c:1:6: error: stray '×' in program");
    expect(error('int \\x;')).toBe("x.c:1:5: error: stray '\\' in program");
  });
});
