/**
 * Which words are keywords under each -std=, compared with gcc 12: `typeof` and `asm` are
 * identifiers in the strict modes, `restrict` before C99, `inline` in strict C90; their
 * `__` spellings are keywords everywhere.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { compileC } from '../../compiler/cc/index.js';
import { CompileError } from '../../compiler/diagnostics.js';

/** Does the text compile (true) or give an error (false)? */
function oursAccepts(src: string, std: string): boolean {
  try {
    compileC(src, { fileName: 't.c', std });
    return true;
  } catch (e) {
    if (e instanceof CompileError) return false;
    throw e;
  }
}

function gccAccepts(src: string, std: string): boolean {
  return spawnSync('gcc', [`-std=${std}`, '-w', '-fsyntax-only', '-x', 'c', '-'], { input: src, encoding: 'utf8' }).status === 0;
}

describe('keywords per -std=, as gcc 12', () => {
  const standards = ['c89', 'iso9899:199409', 'gnu89', 'c99', 'gnu99', 'c11', 'gnu11', 'c17', 'c2x'];
  const words = ['typeof', 'asm', 'inline', 'restrict', '__typeof__', '__asm__', '__inline', '__restrict', '_Bool'];

  it('takes a word as a variable name exactly where gcc does', () => {
    for (const w of words) {
      const src = `int f(void) { int ${w} = 1; return ${w}; }\n`;
      for (const std of standards) expect(oursAccepts(src, std), `${w} in ${std}`).toBe(gccAccepts(src, std));
    }
  });

  it('still parses the keyword uses in the modes that have them', () => {
    const src = 'static inline int g(int *restrict p) { typeof(*p) v = *p; asm("" : : "r"(v)); return v; }\nint h(void) { int x = 1; return g(&x); }\n';
    for (const std of standards) expect(oursAccepts(src, std), std).toBe(gccAccepts(src, std));
  });
});
