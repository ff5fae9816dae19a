/** User mistakes become CompileError at file:line, never a raw JavaScript exception. */

import { describe, expect, it } from 'vitest';
import { asmErrorOf } from './error-of.js';

describe('assembler errors', () => {
  it.each([
    ['frobnicate %eax', /no such instruction: 'frobnicate'/],
    ['movl %eax, %rbx', /operand type mismatch/],
    ['movb %ah, %sil', /can't encode register '%ah' in an instruction requiring REX prefix/],
    ['addl $1, (%rax)\nincw %ax\nmov $1, (%rax)', /no instruction mnemonic suffix given/],
    ['movq %rax, %foo', /bad register name '%foo'/],
    ['jmp 1b', /undefined local label '1b'/],
    ['.quad 1 +', /missing expression|junk/],
    ['x:\nx:', /symbol `x' is already defined/],
    ['.bogus 1', /unknown pseudo-op: `.bogus'/],
    ['.if 1\nnop', /missing \.endif/],
    ['.macro m a:req\n.endm\nm', /missing value for required parameter/],
    ['leaq (%rax,%rsp), %rax', /not a valid index register/],
    ['.cfi_def_cfa_offset 16', /without previous \.cfi_startproc/],
    ['.p2align 4\n.align 3', /alignment not a power of 2/],
  ])('%s', (text, message) => {
    const e = asmErrorOf(text);
    expect(e.message).toMatch(message);
    expect(e.diagnostic.loc?.file).toBe('bad.s');
  });

  it('reports the original file and line after preprocessor line markers', () => {
    const e = asmErrorOf('# 1 "entry_64.S"\nnop\n# 40 "include/asm/x.h" 1\nnop\nbadinsn\n');
    expect(e.diagnostic.loc).toMatchObject({ file: 'include/asm/x.h', line: 41 });
  });
});
