/**
 * Complex products and quotients of constants are folded as gcc folds them (with MPC):
 * each part correctly rounded from the exact result, in static initializers and, even at
 * -O0, in conditions (`if (z * w != k) link_error();` leaves no call: gcc.dg's
 * torture/builtin-math-7.c). The oracle is gcc: random initializers' bytes must match.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seededChoice } from '../prng.js';
import { compileText, workDir } from './helpers.js';
import { sameAsGcc } from './driver-vs-gcc.js';

/** Finite in both float and double (the casts of larger ones to float are infinities, folded by MPC's own rules). */
const floatValues = ['0.1', '3.0', '-2.5', '-0.0', '0.0', '7', '1e-30', '3e20', '-1e30', '0.3333333333333333', '123456789.123', '1.0000001', '1e-44'];
const doubleOnly = ['1e308', '1e-308', '4.9e-324', '0x1.fffffffffffffp+1023', '1.0000000000000002', '1e-300', '3e150', '-1e200', '1e-160', '2.2250738585072014e-308'];

function randomProgram(seed: number, count: number): string {
  const pick = seededChoice(seed);
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    const type = pick(2) === 0 ? 'float' : 'double';
    const values = type === 'float' ? floatValues : floatValues.concat(doubleOnly);
    const [a, b, c, d] = [0, 1, 2, 3].map(() => values[pick(values.length)]);
    const op = pick(2) === 0 ? '*' : '/';
    const z = (re: string, im: string): string => `((_Complex ${type})(${re} + (${im}) * 1.0i))`;
    const e = `${z(a, b)} ${op} ${z(c, d)}`;
    lines.push(`  { static _Complex ${type} z = ${e}; show(${i}, &z, sizeof z); }`);
    // A NaN part compares unequal to itself: the same answer folded or not.
    lines.push(`  if (${e} != ${e}) printf("unequal ${i}\\n");`);
  }
  return `int printf(const char *, ...);
static void show(int i, const void *p, int n) {
  const unsigned char *b = p;
  printf("%d:", i);
  for (int k = 0; k < n; k++) printf("%02x", b[k]);
  printf("\\n");
}
int main(void) {
${lines.join('\n')}
  return 0;
}
`;
}

describe('complex constant folding', () => {
  it('gives static products and quotients the bytes gcc gives them', async () => {
    const file = join(workDir, 'complex-fold.c');
    writeFileSync(file, randomProgram(20261129, 300));
    const out = await sameAsGcc(file, ['-w'], []);
    expect(out.split('\n').length).toBeGreaterThan(300);
  });

  it('folds conditions on products and quotients at -O0, as gcc does', () => {
    const source = `extern void link_error(int);
void f(void) {
  if ((3.+4.i) * (_Complex double)2 != 6+8i) link_error(1);
  if ((_Complex double)(3.+4.i) / 5i != .8-.6i) link_error(2);
  if ((_Complex float)(3.f+4.if) * (2+5i) != -14+23i) link_error(3);
  if ((_Complex double)(1 + __DBL_EPSILON__ + 1i) * (1 - __DBL_EPSILON__ + 1i)
      != -4.93038065763132378382330353301741393545754021943139377981e-32+2i) link_error(4);
  if ((_Complex double)(__DBL_MAX__ * 0.5 + __DBL_MAX__ * 0.5i) / (__DBL_MAX__ * 0.25 + __DBL_MAX__ * 0.25i) != 2) link_error(5);
}
`;
    expect(compileText(source).asm).not.toContain('link_error');
  });
});
