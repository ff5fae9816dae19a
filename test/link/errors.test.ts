/**
 * User mistakes become LinkError/CompileError with GNU ld's wording; malformed input never
 * escapes as a raw JavaScript exception.
 */

import { afterAll, describe, expect, it } from 'vitest';
import { CompileError } from '../../compiler/diagnostics.js';
import { link, LinkError, readArchive, writeArchive } from '../../compiler/link/index.js';
import { readElf } from '../../compiler/elf/reader.js';
import { KERNEL_CFLAGS, RUNTIME_C, USER_CFLAGS, Workdir } from './helpers.js';
import { mulberry32 as prng } from '../prng.js';

const w = new Workdir();
afterAll(() => w.cleanup());
const runtime = w.compile('rt.c', RUNTIME_C);

function linkError(fn: () => unknown): LinkError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(LinkError);
    expect(e).toBeInstanceOf(CompileError);
    return e as LinkError;
  }
  throw new Error('expected a LinkError');
}

describe('link errors, worded like GNU ld', () => {
  it('reports undefined references with the referring object and function', () => {
    const m = w.compile('undef.c', 'int foo(void); int bar; int main(void) { return foo() + bar; }\n');
    const e = linkError(() => link([runtime, m], {}));
    expect(e.message).toContain("undef.o: in function 'main': undefined reference to 'foo'");
  });

  it('reports references from data without a function', () => {
    const m = w.compile('dref.c', 'extern int missing_var; int *p = &missing_var; int main(void) { return 0; }\n');
    const e = linkError(() => link([runtime, m], {}));
    expect(e.message).toMatch(/dref\.o:\(\.data\+0x0\): undefined reference to 'missing_var'/);
  });

  it('reports multiple definitions naming both objects', () => {
    const a = w.compile('a.c', 'int foo(void) { return 1; } int main(void) { return foo(); }\n');
    const b = w.compile('b.c', 'int foo(void) { return 2; }\n');
    const e = linkError(() => link([runtime, a, b], {}));
    expect(e.message).toContain("b.o: multiple definition of 'foo'; first defined in a.o");
  });

  it('needs the entry symbol', () => {
    const m = w.compile('noentry.c', 'int main(void) { return 0; }\n');
    const e = linkError(() => link([m], {}));
    expect(e.message).toContain('cannot find entry symbol _start');
    expect(() => link([runtime, m], { entry: 'kernel_main' })).toThrow(/cannot find entry symbol kernel_main/);
  });

  it('reports relocation overflow with the type and the symbol', () => {
    const m = w.compile('far.c', 'int value; long get(void) { return (long)&value; }\n', USER_CFLAGS);
    const script = 'ENTRY(get) SECTIONS { . = 0xffffffff81000000; .text : { *(.text) } .bss : { *(.bss) } }';
    const e = linkError(() => link([m], { script }));
    expect(e.message).toContain("far.o: in function 'get': (.text+0x1): relocation truncated to fit: R_X86_64_32 against 'value'");
  });

  it('accepts the kernel code model at the kernel address but rejects it at a low one', () => {
    const m = w.compile('kern.c', 'int value; long get(void) { return (long)&value; }\n', KERNEL_CFLAGS);
    expect(() => link([m], { script: 'ENTRY(get) SECTIONS { . = 0xffffffff81000000; .text : { *(.text) } }' })).not.toThrow();
    const e = linkError(() => link([m], { script: 'ENTRY(get) SECTIONS { . = 0x80000000; .text : { *(.text) } }' }));
    expect(e.message).toContain("R_X86_64_32S against 'value'");
  });

  it('reports linker script syntax errors at file:line:col', () => {
    const m = w.compile('s.c', 'void _start(void) {}\n');
    let err: unknown;
    try { link([m], { script: 'SECTIONS {\n  .text : { *(.text) \n', scriptName: 'k.lds' }); } catch (e) { err = e; }
    expect(err).toBeInstanceOf(CompileError);
    expect((err as CompileError).diagnostic.loc?.file).toBe('k.lds');
    expect((err as CompileError).message).toMatch(/k\.lds:\d+:\d+: error: /);
    expect(() => link([m], { script: 'SECTIONS { .text : { *(.text) } } ASSERT(0, "too big")' })).toThrow(/too big/);
    expect(() => link([m], { script: 'SECTIONS { . = undefined_thing; .text : { *(.text) } }' }))
      .toThrow(/undefined symbol 'undefined_thing' referenced in expression/);
  });

  it('rejects inputs that are neither ELF objects nor archives', () => {
    expect(() => link([{ name: 'x.txt', data: new TextEncoder().encode('hello') }], {})).toThrow(/x\.txt: file format not recognized/);
  });
});


describe('malformed input never escapes as a raw exception', () => {
  const obj = w.compile('fuzz.c', `
    const char *names[] = { "alpha", "beta" };
    int counter; static int hidden = 4;
    int f(int x) { switch (x) { case 0: return 3; case 1: return 5; case 2: return 8; case 3: return 13; default: return hidden; } }
    int main(void) { return f(counter) + names[0][0]; }
  `);
  const rand = prng(1234);

  function expectCleanFailure(inputs: { name: string; data: Uint8Array }[]): void {
    try {
      link(inputs, {});
    } catch (e) {
      if (!(e instanceof CompileError)) throw e;
    }
  }

  it('survives corrupted objects (bytes flipped in headers and tables)', () => {
    for (let i = 0; i < 300; i++) {
      const data = new Uint8Array(obj.data);
      const flips = 1 + Math.floor(rand() * 4);
      for (let k = 0; k < flips; k++) {
        // Aim most flips at the ELF header and the section/symbol/relocation tables.
        const region = rand() < 0.3 ? 64 : data.length;
        data[Math.floor(rand() * region)] = Math.floor(rand() * 256);
      }
      expectCleanFailure([runtime, { name: 'fuzz.o', data }]);
    }
  });

  it('survives truncated objects and archives', () => {
    const ar = writeArchive([obj]);
    for (let i = 0; i < 120; i++) {
      const cut = Math.floor(rand() * obj.data.length);
      expectCleanFailure([runtime, { name: 'cut.o', data: obj.data.subarray(0, cut) }]);
      const arCut = Math.floor(rand() * ar.length);
      expectCleanFailure([runtime, { name: 'cut.a', data: ar.subarray(0, arCut) }]);
    }
    expect(() => readArchive(ar.subarray(0, 70), 'x.a')).toThrow(CompileError);
    expect(() => readElf(obj.data.subarray(0, 40), 'y.o')).toThrow(/y\.o: ELF header is truncated/);
  });
});
