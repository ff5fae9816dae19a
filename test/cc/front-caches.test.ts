/**
 * The front end's shortcuts for speed must answer exactly what the slow way answers:
 * the scope lookup cache (scope.ts) across declarations, shadowing and scope exits; the
 * `[[` pre-check (std-attributes.ts) against its regex; the decoded integer constants
 * shared by spelling (literals.ts); and the scanner's shared token images.
 */
import { describe, expect, it } from 'vitest';
import { Scopes, type ScopeEntry } from '../../compiler/cc/scope.js';
import { mayHaveStandardAttributes } from '../../compiler/cc/std-attributes.js';
import { parseIntLiteral } from '../../compiler/cc/literals.js';
import { tokenize } from '../../compiler/cc/lexer.js';
import { compileC } from '../../compiler/cc/index.js';
import { xorshift32 } from '../prng.js';

describe('scope lookups', () => {
  it('see every declaration, shadowing and scope exit, however often repeated', () => {
    const s = new Scopes();
    s.reset();
    const outer: ScopeEntry = {};
    const inner: ScopeEntry = {};
    const global: ScopeEntry = {};
    expect(s.lookup('x')).toBeUndefined();
    s.declare('x', outer);
    expect(s.lookup('x')).toBe(outer);
    s.enter();
    expect(s.lookup('x')).toBe(outer);
    s.declare('x', inner);
    expect(s.lookup('x')).toBe(inner);
    expect(s.lookup('x')).toBe(inner);
    s.leave();
    expect(s.lookup('x')).toBe(outer);
    s.enter();
    expect(s.lookup('g')).toBeUndefined();
    s.declareGlobal('g', global);
    expect(s.lookup('g')).toBe(global);
    expect(s.isTypedef('g')).toBe(false);
    s.reset();
    expect(s.lookup('x')).toBeUndefined();
    expect(s.isTypedef('__int128_t')).toBe(true);
  });

  it('compile shadowed names as the scopes say', () => {
    const src = 'int x = 1; int f(void) { int r = x; { int x = 2; r += x; } { r += x; } return r + x; }\n';
    const asm = compileC(src, { fileName: 'shadow.c' }).asm;
    // r = global x, then the block's own local x, then the global again twice: three reads of x(%rip).
    expect(asm.match(/x\(%rip\)/g)?.length).toBe(3);
  });
});

describe('the [[ pre-check', () => {
  it('agrees with /\\[\\s*\\[/ on random texts', () => {
    const next = xorshift32(7);
    const alphabet = ['[', '[', ']', ' ', '\t', '\n', '\r', '\v', '\f', '\u00a0', '\u2028', '\ufeff', 'a', '(', '0'];
    for (let i = 0; i < 3000; i++) {
      let text = '';
      const len = next() % 12;
      for (let k = 0; k < len; k++) text += alphabet[next() % alphabet.length];
      expect(mayHaveStandardAttributes(text), JSON.stringify(text)).toBe(/\[\s*\[/.test(text));
    }
  });
});

describe('integer constants', () => {
  it('decode the same, first time and again', () => {
    for (const image of ['0', '7', '2147483647', '2147483648', '0x7fffffff', '0x80000000', '1u', '10UL', '077', '08', '0b101', '18446744073709551616', '1lul']) {
      const first = parseIntLiteral(image);
      const again = parseIntLiteral(image);
      expect(again).toBe(first);
      expect(again === undefined ? undefined : [again.value, again.ty.kind, again.ty.isUnsigned]).toEqual(
        first === undefined ? undefined : [first.value, first.ty.kind, first.ty.isUnsigned],
      );
    }
    expect(parseIntLiteral('08')).toBeUndefined();
    expect(parseIntLiteral('2147483648')?.ty.kind).toBe('long');
  });
});

describe('scanner token images', () => {
  it('are the text, one string per spelling, and the token list has no holes', () => {
    const text = 'int a1 = 10; int b = a1 + 10 + 0x10 + 10u; return a1;';
    const { tokens } = tokenize(text, 'x.c');
    for (const t of tokens) expect(text.startsWith(t.image, t.startOffset)).toBe(true);
    const byImage = new Map<string, string>();
    for (const t of tokens) {
      const seen = byImage.get(t.image);
      if (seen !== undefined) expect(Object.is(seen, t.image)).toBe(true);
      byImage.set(t.image, t.image);
    }
    expect(tokens.length).toBe(19);
    expect(tokens.every((t, i) => i in tokens && t !== undefined)).toBe(true);
  });
});
