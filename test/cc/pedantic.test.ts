/**
 * -pedantic and -pedantic-errors, compared with gcc 12: the diagnostics ISO C requires
 * ("pedwarns") are warnings by default (or only with -pedantic, marked [-Wpedantic]) and
 * errors with -pedantic-errors; -w silences them.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { compileC } from '../../compiler/cc/index.js';
import { preprocess } from '../../compiler/cpp/index.js';
import { CompileError, type Diagnostic } from '../../compiler/diagnostics.js';

interface Outcome {
  /** The first error's message, or undefined when the file compiles. */
  error: string | undefined;
  /** The warnings' messages. */
  warnings: string[];
}

function ours(src: string, flags: { pedantic?: boolean; pedanticErrors?: boolean; warnings?: boolean }): Outcome {
  const readFile = (p: string): string | undefined => (p === 't.c' ? src : undefined);
  const warnings: Diagnostic[] = [];
  try {
    const pp = preprocess('t.c', { readFile, std: 'c11', pedanticErrors: flags.pedanticErrors });
    warnings.push(...pp.warnings);
    const r = compileC(pp.text, { fileName: 't.c', std: 'c11', warnings: flags.warnings, ...flags });
    warnings.push(...r.warnings);
    return { error: undefined, warnings: warnings.map((w) => w.message) };
  } catch (e) {
    if (e instanceof CompileError) return { error: e.diagnostic.message, warnings: [] };
    throw e;
  }
}

function gcc(src: string, flags: string[]): Outcome {
  const r = spawnSync('gcc', ['-std=c11', '-fsyntax-only', ...flags, '-x', 'c', '-'], { input: src, encoding: 'utf8' });
  const messages = (kind: string): string[] =>
    [...r.stderr.matchAll(new RegExp(`${kind}: (.*)`, 'g'))].map((m) => m[1].replace(/[‘’]/g, "'"));
  return { error: r.status === 0 ? undefined : messages('error')[0], warnings: messages('warning') };
}

/** Programs gcc 12 pedwarns about, with the message both compilers give. */
const PEDANTIC_ONLY = [
  { src: 'int main(void) { int a[0]; return 0; }\n', message: "ISO C forbids zero-size array 'a' [-Wpedantic]" },
  { src: 'struct t { int n; int a[0]; };\n', message: "ISO C forbids zero-size array 'a' [-Wpedantic]" },
  { src: 'void f(int n) { struct s { int a[n]; }; }\n', message: 'a member of a structure or union cannot have a variably modified type [-Wpedantic]' },
  { src: 'struct u {};\n', message: 'struct has no members [-Wpedantic]' },
  { src: 'int g(int x) { switch (x) { case 1 ... 3: return 1; } return 0; }\n', message: 'range expressions in switch statements are non-standard [-Wpedantic]' },
  { src: '[[maybe_unused]] static int v;\n', message: "ISO C does not support '[[]]' attributes before C2X [-Wpedantic]" },
  { src: '', message: 'ISO C forbids an empty translation unit [-Wpedantic]' },
];

/** Pedwarns gcc gives without -pedantic (constraint violations it accepts). */
const BY_DEFAULT = [
  { src: 'void f(void) { return 42; }\n', message: "'return' with a value, in function returning void" },
  { src: 'int f(void) { return; }\n', message: "'return' with no value, in function returning non-void" },
  { src: 'int main(void) { char s[2] = "abc"; return s[0]; }\n', message: "initializer-string for array of 'char' is too long" },
  { src: '#define X 1\n#define X 2\nint x = X;\n', message: '"X" redefined' },
];

/** Also pedwarns by default, where our wording differs from gcc's: only the outcome is compared. */
const BY_DEFAULT_OTHER_WORDS = [
  'void f(int a) {}\nvoid (*ptr)(float);\nint main(void) { ptr = f; return 0; }\n',
  'int main(void) { int a[2] = {1, 2, 3}; return a[0]; }\n',
  'int *p = 5;\n',
  'int f(int *r) { long m = r; return (int)m; }\n',
  'int main(void) { return foo(); }\n',
];

describe('-pedantic and -pedantic-errors, as gcc 12', () => {
  it('warns about ISO C extensions only with -pedantic, and fails with -pedantic-errors', () => {
    for (const { src, message } of PEDANTIC_ONLY) {
      expect(gcc(src, []).warnings, src).toEqual([]);
      expect(ours(src, {}).warnings, src).toEqual([]);
      expect(gcc(src, ['-pedantic']).warnings[0], src).toBe(message);
      expect(ours(src, { pedantic: true }).warnings[0], src).toBe(message);
      expect(gcc(src, ['-pedantic-errors']).error, src).toBe(message);
      expect(ours(src, { pedanticErrors: true }).error, src).toBe(message);
    }
  });

  it('gives the default pedwarns as warnings, and as errors with -pedantic-errors', () => {
    for (const { src, message } of BY_DEFAULT) {
      expect(gcc(src, []).warnings[0], src).toBe(message);
      expect(ours(src, {}).warnings[0], src).toBe(message);
      expect(gcc(src, ['-pedantic-errors']).error, src).toBe(message);
      expect(ours(src, { pedanticErrors: true }).error, src).toBe(message);
    }
    for (const src of BY_DEFAULT_OTHER_WORDS) {
      expect(ours(src, {}).error, src).toBeUndefined();
      expect(gcc(src, ['-pedantic-errors']).error, src).toBeDefined();
      expect(ours(src, { pedanticErrors: true }).error, src).toBeDefined();
    }
  });

  it('is silenced by -w, even with -pedantic-errors', () => {
    const src = 'int main(void) { int a[0]; char s[1] = "ab"; return 0; }\n';
    expect(gcc(src, ['-w', '-pedantic-errors']).error).toBeUndefined();
    expect(ours(src, { warnings: false, pedanticErrors: true }).error).toBeUndefined();
  });

  it('accepts what ISO C allows', () => {
    const src = 'char s[3] = "abc";\nstruct f { int n; int a[]; };\nint main(void) { int n = 2; int v[n]; v[0] = 0; return v[0]; }\n';
    expect(gcc(src, ['-pedantic-errors']).error).toBeUndefined();
    expect(ours(src, { pedanticErrors: true }).error).toBeUndefined();
  });
});
