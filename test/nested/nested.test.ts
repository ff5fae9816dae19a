/**
 * GNU C nested functions beyond what the run-and-compare programs (test/cc/programs/
 * nested_*.c) show: the symbols and stack note in the assembly, the executable stack in
 * linked programs (our linker agrees with GNU ld), and the errors.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cc } from '../../cli/commands/cc.js';
import { CompileError } from '../../compiler/diagnostics.js';
import { compileText } from '../cc/helpers.js';
import { scratchDir } from '../scratch.js';

const work = scratchDir('tcc-lite-nested-');

const withTrampoline = `
int apply(int (*f)(int), int x) { return f(x); }
int outer(int k) {
  int add(int x) { return x + k; }
  return apply(add, 1);
}
int main(void) { return outer(41) == 42 ? 0 : 1; }
`;

const directOnly = `
int outer(int k) {
  int add(int x) { return x + k; }
  return add(1);
}
int main(void) { return outer(41) == 42 ? 0 : 1; }
`;

function stackFlags(exe: string): string {
  const line = execFileSync('readelf', ['-lW', exe], { encoding: 'utf8' }).split('\n').find((l) => l.includes('GNU_STACK'))!;
  return line.trim().split(/\s+/)[6];
}

function compileError(source: string, opts: Parameters<typeof compileText>[1] = {}): string {
  try {
    compileText(source, opts);
  } catch (e) {
    if (e instanceof CompileError) return e.message;
    throw e;
  }
  throw new Error('compiled without an error');
}

describe('nested functions: assembly', () => {
  it('names them as local symbols, unique per definition', () => {
    const { asm } = compileText(`int a(void) { int f(void) { return 1; } return f(); }
int b(void) { int f(void) { return 2; } return f(); }`);
    const names = [...asm.matchAll(/^(f\.\d+):/gm)].map((m) => m[1]);
    expect(names).toHaveLength(2);
    expect(new Set(names).size).toBe(2);
    for (const n of names) expect(asm).not.toMatch(new RegExp(`\\.globl ${n.replace('.', '\\.')}\\b`));
  });

  it('asks for an executable stack only when a trampoline is written', () => {
    expect(compileText(withTrampoline).asm).toContain('.section .note.GNU-stack,"x",@progbits');
    expect(compileText(directOnly).asm).toContain('.section .note.GNU-stack,"",@progbits');
  });

  it('allows direct calls in kernel code, but not trampolines', () => {
    expect(compileText(directOnly, { codeModel: 'kernel' }).asm).toContain('%r10');
    expect(compileError(withTrampoline, { codeModel: 'kernel' })).toMatch(/address of nested function 'add' needs an executable stack/);
  });
});

describe('nested functions: errors', () => {
  it('reports a label no enclosing function defines', () => {
    expect(compileError('int f(void) { int g(void) { goto nowhere; } return g(); }')).toMatch(/label 'nowhere' used but not defined/);
  });

  it('rejects a nested function address in a static initializer (it lives on the stack)', () => {
    expect(compileError('int f(void) { int g(void) { return 1; } static int (*p)(void) = g; return p(); }'))
      .toMatch(/initializer element is not constant/);
  });

  it('rejects an extern nested definition', () => {
    expect(compileError('int f(void) { extern int g(void) { return 1; } return g(); }')).toMatch(/invalid storage class for nested function 'g'/);
  });

  it('checks __builtin_call_with_static_chain arguments', () => {
    expect(compileError('int f(char *p) { return __builtin_call_with_static_chain(1, p); }')).toMatch(/must be a call expression/);
  });
});

describe('nested functions: the executable stack after linking', () => {
  it('our linker makes PT_GNU_STACK RWE exactly when an object asks, as GNU ld does', async () => {
    const cases = [['tramp', withTrampoline, 'RWE'], ['direct', directOnly, 'RW']] as const;
    for (const [name, source, flags] of cases) {
      const src = join(work, `${name}.c`);
      writeFileSync(src, source);
      const ours = join(work, `${name}.ours`);
      await cc(['-o', ours, src]);
      expect(stackFlags(ours)).toBe(flags);
      expect(execFileSync(ours).length).toBe(0); // runs (the trampoline executes on the stack)
      // GNU ld reading our object: the same verdict.
      const obj = join(work, `${name}.o`);
      await cc(['-c', '-o', obj, src]);
      const gnu = join(work, `${name}.gnu`);
      execFileSync('gcc', ['-no-pie', '-o', gnu, obj], { stdio: 'pipe' });
      expect(stackFlags(gnu)).toBe(flags);
    }
  });

  it('an object without the note among objects with one makes it RWE too, as GNU ld does', async () => {
    const src = join(work, 'plain.c');
    writeFileSync(src, directOnly);
    const asm = join(work, 'helper.s');
    writeFileSync(asm, '\t.text\n\t.globl helper\nhelper:\n\tret\n');
    const ours = join(work, 'mixed.ours');
    await cc(['-o', ours, src, asm]);
    expect(stackFlags(ours)).toBe('RWE');
    const objs = [join(work, 'plain.o'), join(work, 'helper.o')];
    await cc(['-c', '-o', objs[0], src]);
    execFileSync('as', ['-o', objs[1], asm]);
    const gnu = join(work, 'mixed.gnu');
    execFileSync('gcc', ['-no-pie', '-o', gnu, ...objs], { stdio: 'pipe' });
    expect(stackFlags(gnu)).toBe('RWE');
  });
});
