/**
 * Functions are generated as soon as their bodies are parsed (compiler/cc/early-code.ts),
 * with label numbers guessed then and corrected at the end of the file. The output must be
 * what generating everything at the end gives. Two oracles: debug builds generate at the
 * end, so the same file's debug assembly without its .loc/.file lines must equal the plain
 * one; and a static function nobody calls is never emitted, so deleting it must not change
 * a single byte. The programs also run, built by us and by gcc.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CompileError } from '../../compiler/diagnostics.js';
import { compileText, gccObject, link, ourObject, run, workDir } from './helpers.js';

/**
 * The debug build's text without its debug lines (`.file N`, `.loc`, the labels of
 * functions' ends and blocks, the debug sections): what generating at the end gives.
 */
function withoutDebugLines(asm: string): string {
  const code = asm.replace(/\t\.section \.debug_info,[^]*?(?=\t\.section \.note\.GNU-stack)/, '');
  return code.split('\n').filter((l) => !/^\t\.loc |^\t\.file \d|^\.L(FE|BB)\d+:$/.test(l)).join('\n');
}

function expectSameAsAtTheEnd(source: string): string {
  const plain = compileText(source, { warnings: true });
  const debug = compileText(source, { warnings: true, debug: true });
  expect(plain.asm).toBe(withoutDebugLines(debug.asm));
  expect(plain.warnings).toEqual(debug.warnings);
  return plain.asm;
}

let serial = 0;
function expectRunsLikeGcc(source: string): void {
  const name = `early${serial++}`;
  const file = join(workDir, `${name}.c`);
  writeFileSync(file, source);
  const ours = run(link([ourObject(file, join(workDir, name))], join(workDir, `${name}.ours`)));
  const gcc = run(link([gccObject(file, join(workDir, name))], join(workDir, `${name}.gcc`)));
  expect(ours).toEqual(gcc);
}

// A function with labels of every kind: loops, a switch with its jump table, && and ?:.
const busy = (name: string, storage = 'static'): string => `
${storage} int ${name}(int n) {
  int acc = 0;
  for (int i = 0; i < n; i++) {
    switch (i % 7) {
    case 0: acc += i; break; case 1: acc -= 3; break; case 2: acc ^= i; break;
    case 3: acc += i && n ? 1 : 2; break; case 4: acc *= 2; break; case 5: acc |= 8; break;
    default: acc = acc > 100 ? acc / 3 : acc + 1;
    }
    while (acc > 1000) acc -= 999;
  }
  return acc;
}
`;

describe('early code generation', () => {
  it('numbers the labels as if the dead static functions were never there', () => {
    const live = `${busy('a')}${busy('b')}\nint main(void) { printf("%d %d\\n", a(20), b(30)); return 0; }\n`;
    const header = 'int printf(const char *, ...);\n';
    const withDead = header + busy('dead0') + live.replace('static int b', `${busy('dead1')}static int b`);
    const asm = expectSameAsAtTheEnd(withDead);
    expect(asm).toBe(compileText(header + live).asm);
    expect(asm).not.toContain('dead0');
    expectRunsLikeGcc(withDead);
  });

  it('places a body defined after later functions where its prototype put it', () => {
    const src = `int printf(const char *, ...);
static int late(int n);
${busy('early')}
int main(void) { printf("%d %d\\n", early(25), late(40)); return 0; }
${busy('late')}`;
    expectSameAsAtTheEnd(src);
    expectRunsLikeGcc(src);
  });

  it('drops a function that is only referenced from a dead one', () => {
    const src = `int printf(const char *, ...);
${busy('helper')}
static int unused(int n) { return helper(n) + 1; }
${busy('used')}
int main(void) { printf("%d\\n", used(33)); return 0; }`;
    const asm = expectSameAsAtTheEnd(src);
    expect(asm).not.toMatch(/^helper:/m);
    expectRunsLikeGcc(src);
  });

  it('writes what later declarations add to a function already generated', () => {
    const src = `int printf(const char *, ...);
${busy('target', '')}
int hidden(void) { return 7; }
void init(void) { printf("init\\n"); }
${busy('plain', 'static')}
int target(int) __attribute__((weak));
int hidden(void) __attribute__((visibility("hidden")));
void init(void) __attribute__((constructor));
int alias(int) __attribute__((alias("target")));
int main(void) { printf("%d %d %d\\n", alias(9), hidden(), plain(12)); return 0; }`;
    const asm = expectSameAsAtTheEnd(src);
    expect(asm).toContain('\t.weak target');
    expect(asm).toContain('\t.hidden hidden');
    expect(asm).toContain('.init_array');
    expectRunsLikeGcc(src);
  });

  it('keeps GNU89 extern inline bodies replaced by a later definition right', () => {
    const src = `int printf(const char *, ...);
extern inline __attribute__((gnu_inline)) int twice(int x) { return x * 2 + 1000; }
${busy('first')}
int twice(int x) { for (int i = 0; i < 2; i++) x += x > 0 ? 0 : 1; return x * 2; }
int main(void) { printf("%d %d\\n", twice(21), first(8)); return 0; }`;
    expectSameAsAtTheEnd(src);
    expectRunsLikeGcc(src);
  });

  it('waits for the end where a later declaration changes the code', () => {
    // The thread-local is defined after its use; the array's size comes after the query.
    const src = `int printf(const char *, ...);
extern __thread int counter;
int bump(void) { return ++counter; }
char buf[];
unsigned long size(void) { return __builtin_object_size(buf, 0); }
${busy('after')}
__thread int counter = 5;
char buf[24];
int main(void) { printf("%d %lu %d\\n", bump(), size(), after(9)); return 0; }`;
    const asm = expectSameAsAtTheEnd(src);
    expect(asm).toContain('counter@tpoff');
    expect(asm).toMatch(/\$24\b/);
    expectRunsLikeGcc(src);
  });

  it('keeps asm %= numbers and nested functions as generating at the end does', () => {
    const src = `int printf(const char *, ...);
${busy('dead')}
int unique(void) { int r; __asm__("mov $%=, %0" : "=r"(r)); return r; }
int outer(int n) { int add(int k) { return k + n; } return add(3); }
${busy('last')}
int main(void) { printf("%d %d\\n", outer(4), last(11)); return unique() >= 0 ? 0 : 1; }`;
    expectSameAsAtTheEnd(src);
  });

  it('reports errors in the order generating at the end does', () => {
    // The frame error is found by the code generator; the syntax error after it comes first.
    const huge = 'void big(void) { char a[0x7fffffff]; char b[0x7fffffff]; a[0] = b[0]; }\n';
    const errorOf = (src: string): string => {
      try {
        compileText(src);
      } catch (e) {
        if (e instanceof CompileError) return `${e.diagnostic.loc?.line}: ${e.diagnostic.message}`;
        throw e;
      }
      return 'no error';
    };
    expect(errorOf(`${huge}int later(void) { return 1 + ; }\n`)).toMatch(/^2: expected expression/);
    expect(errorOf(`${huge}int later(void) { return 1; }\n`)).toMatch(/^1: unsupported: the local variables of 'big'/);
    // Never emitted, so never generated: no error at all.
    expect(errorOf(`static ${huge}int later(void) { return 1; }\n`)).toBe('no error');
  });
});
