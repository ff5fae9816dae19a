/**
 * Preprocessor behaviour found by public test suites, checked against gcc -E (the programs
 * beside this file cover the compiler; these need text the scanner test keeps ASCII-only).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { preprocess } from '../../compiler/cpp/index.js';

function ours(source: string, systemIncludePaths: string[] = []): string {
  const readFile = (p: string): string | undefined => (p === 'main.c' ? source : existsSync(p) ? readFileSync(p, 'utf8') : undefined);
  const text = preprocess('main.c', { readFile, systemIncludePaths }).text;
  return tokens(text);
}

function gcc(source: string): string {
  return tokens(execFileSync('gcc', ['-E', '-P', '-x', 'c', '-'], { input: source, encoding: 'utf8' }));
}

function tokens(text: string): string {
  return text.split('\n').filter((l) => !l.startsWith('#') && l.trim() !== '').map((l) => l.trim().replace(/\s+/g, ' ')).join('\n');
}

describe('preprocessor fixes from the public corpora', () => {
  it('takes extended characters into a pp-number, so ## pastes one identifier', () => {
    // (gcc -E spells the identifier with a UCN; the name is the same.)
    const src = '#define GLUE(x) v##x\nint GLUE(2\u00b5) = GLUE(3_);\n';
    expect(gcc(src)).toBe('int v2\\U000000b5 = v3_;');
    expect(ours(src)).toBe('int v2\u00b5 = v3_;');
  });

  it('answers __has_c_attribute as gcc 12 does', () => {
    const names = ['deprecated', 'fallthrough', 'maybe_unused', 'nodiscard', '__nodiscard__', 'noreturn', 'packed',
      'gnu::packed', 'gnu::__aligned__', '__gnu__::unused', 'gnu::no_such_thing', 'clang::packed'];
    const value = (n: string): string => `#if __has_c_attribute(${n}) == 0\nzero\n#elif __has_c_attribute(${n}) == 1\none\n`
      + `#elif __has_c_attribute(${n}) == 201904\nc2x_201904\n#elif __has_c_attribute(${n}) == 202003\nc2x_202003\n#else\nother\n#endif\n`;
    const src = `#ifdef __has_c_attribute\n${names.map(value).join('')}#endif\n`;
    expect(ours(src)).toBe(gcc(src));
  });

  it('ignores a linemarker that returns (flag 2) to a file never entered, as gcc does', () => {
    const src = '#line 10 "a.c"\n__LINE__ __FILE__\n# 200 "xyz" 2\n__LINE__ __FILE__\n# 50 "inc.h" 1\n__LINE__ __FILE__\n# 12 "a.c" 2\n__LINE__ __FILE__\n';
    expect(ours(src)).toBe(gcc(src));
  });

  it("gives static_assert from the libc's <assert.h> in any dialect", () => {
    const libc = join(import.meta.dirname, '../../userland/libc/include');
    const out = ours('#include <assert.h>\nstatic_assert(1, "x");\n', [libc]).split('\n');
    expect(out[out.length - 1]).toBe('_Static_assert(1, "x");');
  });
});
