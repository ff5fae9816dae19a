/**
 * The assembler's shortcuts for compiler output (line-shapes.ts: labels, branches to a
 * name, `.quad NAME`; templates.ts: instructions naming symbols, replayed by text; the
 * array of `.LN` labels) must give exactly what the general path gives, and step aside
 * wherever the same text could mean something else: a symbol set to a constant later,
 * local labels, `.`, macros and conditionals, prefixes, sections switching. Each case
 * repeats its lines so that the second use goes through the cache, and is compared with
 * GNU as byte for byte.
 */

import { afterAll, describe, expect, it } from 'vitest';
import { assemble } from '../../compiler/asm/index.js';
import { labelAlone, mnemonicAndName, numberedLabel } from '../../compiler/asm/line-shapes.js';
import { branchOpcodes } from '../../compiler/x86/encoder.js';
import { cleanup, explainDifference, gnuAssemble, hasGnuAs, sameBytes } from './oracle.js';
import { asmErrorOf } from './error-of.js';

afterAll(cleanup);

const twice = (lines: string): string => `${lines}\n${lines}\n`;

const CASES: Record<string, string> = {
  // (Not `lea foo(%rip)`: GNU as then relocates against *ABS*, which tcc-lite does not do.)
  'template, then the symbol becomes a constant': `.text
${twice('\tlea foo(%rax), %rdx\n\tmovl $foo, %eax\n\tmov foo, %ecx')}
\t.set foo, 0x40
${twice('\tlea foo(%rax), %rdx\n\tmovl $foo, %eax\n\tmov foo, %ecx')}
`,
  'template of a symbol defined later, global, common, or an alias': `.text
${twice('\tlea g(%rip), %rdi\n\tmov %eax, c(%rip)\n\tmov a(%rip), %rdx\n\tcall g\n\tjmp g')}
\t.globl g
g:\tret
\t.comm c, 4, 4
\t.set a, g
${twice('\tlea g(%rip), %rdi\n\tmov %eax, c(%rip)\n\tmov a(%rip), %rdx')}
`,
  'templates across sections': `.text
\tlea t(%rip), %rax
\t.section .text.other,"ax",@progbits
\tlea t(%rip), %rax
x:\tlea t(%rip), %rax
\t.data
t:\t.quad t
\t.quad t
\t.section .rodata
\t.quad t
\t.quad .Lj
\t.text
\tlea t(%rip), %rax
.Lj:\tret
`,
  'two operands naming symbols, and an immediate with a symbol': `.text
${twice('\tmovq $s1, s2(%rip)\n\tmovl $s1+4, s2+8(%rip)\n\tlea s1+16(%rip), %rax\n\tcmpq $s1, s2(%rip)')}
\t.data
s1:\t.quad 0
s2:\t.quad 0, 0
`,
  'local labels and the location counter are never templates': `.text
${twice('1:\tlea 1f(%rip), %rax\n\tlea 1b(%rip), %rax\n\tjmp 1b\n\tjmp 1f\n\tjmp .\n\tlea .(%rip), %rax\n1:\tnop')}
\t.data
${twice('\t.quad .\n\t.quad 1f\n1:')}
`,
  'numbered labels: .L1 and .L01 are two symbols': `.text
.L1:\tnop
.L01:\tnop
.L0:\tnop
.L10:\tnop
\tjmp .L1
\tjmp .L01
\tjmp .L0
\tjne .L10
\tjmp .L100
.L100:\tret
\t.section .rodata
\t.quad .L1, .L01
\t.quad .L1
\t.quad .L01
\t.quad .L0
.L1000000000:\t.quad .L1000000000
`,
  '.ifdef and sections of numbered names': `.text
.L5:	nop
	.ifdef .L5
	.byte 1
	.endif
	.ifndef .L6
	.byte 2
	.endif
	jmp .L7
	.ifdef .L7
	.byte 3
	.endif
.L7:	ret
	.section .L9,"a",@progbits
	.quad .L9
	.quad .L9
`,
  "gcc's jump tables: .long of label differences": `.text
	jmp *%rax
	.section .rodata
	.align 4
.L4:
	.long	.L3-.L4
	.long	.L5-.L4
	.long	.L4-.L4
	.long .Lx-.Ly
	.long .L3-.
	.long .L3 - .L4
	.quad	.L5-.L4
	.text
.L3:	nop
.L5:	ret
.Ly:	nop
.Lx:	nop
	.long .Lx-.Ly
	.long .L5-.L3
	.long ext-.L3
`,
  'prefixes': `.text
${twice('\trep movsb\n\trep stosq\n\tlock incl cnt(%rip)\n\tlock\n\trepne scasb\n\tnotrack jmp *%rax')}
\t.data
cnt:\t.long 0
`,
  'a macro or a false conditional turns the shortcuts off': `.text
\t.if 0
skipped:
\tjmp skipped
\t.quad skipped
\tlea skipped(%rip), %rax
\t.endif
\t.macro j target
\tjmp \\target
\t.endm
here:
\tjmp here
\tj here
\t.quad here
\tlea here(%rip), %rax
`,
  'labels, branches and .quad with unusual spellings': `.text
\tJMP up
\tjmp\tup
\tjmp up # comment
\tcall up; call up
  lbl:
\t.QUAD up
\t.quad up+8
\t.quad up - lbl
\t.long up
up:\tret
\tjrcxz up
\tloop up
\tjmpq *up(%rip)
`,
};

describe('assembler shortcuts against GNU as', () => {
  for (const [name, text] of Object.entries(CASES)) {
    it.skipIf(!hasGnuAs)(name, () => {
      const file = name.replace(/[^a-z0-9]+/gi, '-');
      const theirs = gnuAssemble(text, file);
      expect(theirs, 'GNU as accepts the case').toBeDefined();
      const ours = assemble(text, { fileName: `${file}.s` });
      if (!sameBytes(ours, theirs!)) expect.fail(explainDifference(ours, theirs!, file));
    });
  }
});

describe('assembler shortcuts: errors as on the general path', () => {
  it('a label defined twice', () => {
    const e = asmErrorOf('.L3:\nnop\n.L3:');
    expect(e.message).toMatch(/symbol `\.L3' is already defined/);
    expect(e.diagnostic.loc?.line).toBe(3);
  });

  it('a branch in a section without contents only reserves its bytes (as GNU as)', () => {
    const obj = assemble('.bss\n\tjmp x\nx:\n', { fileName: 'b.s' });
    if (!hasGnuAs) return;
    const gnu = gnuAssemble('.bss\n\tjmp x\nx:\n', 'bss-branch');
    expect(gnu).toBeDefined();
    expect(Buffer.from(obj).equals(Buffer.from(gnu!))).toBe(true);
  });

  it('a template replayed in a section without contents fails as the general path does', () => {
    // (GNU as would write .rela.bss; tcc-lite refuses relocations there.)
    const general = asmErrorOf('.bss\n\tlea x(%rip), %rax').message;
    expect(general).toMatch(/relocation in section `\.bss' without contents/);
    expect(asmErrorOf('\tlea x(%rip), %rax\n\tlea x(%rip), %rax\n.bss\n\tlea x(%rip), %rax').message.replace(/:\d+:/, ':N:')).toBe(general.replace(/:\d+:/, ':N:'));
  });
});

describe('line shapes', () => {
  it('recognise only the plain forms', () => {
    expect(labelAlone('.L12:')).toBe('.L12');
    expect(labelAlone('main:')).toBe('main');
    expect(labelAlone(' main:')).toBeNull();
    expect(labelAlone('1:')).toBeNull();
    expect(labelAlone('a: b:')).toBeNull();
    expect(mnemonicAndName('\tjne .L12')).toEqual({ mnemonic: 'jne', name: '.L12', minus: null });
    expect(mnemonicAndName('\t.quad .L3')).toEqual({ mnemonic: '.quad', name: '.L3', minus: null });
    expect(mnemonicAndName('\t.long\t.L3-.L9')).toEqual({ mnemonic: '.long', name: '.L3', minus: '.L9' });
    expect(mnemonicAndName('\t.long .L3 - .L9')).toBeNull();
    expect(mnemonicAndName('\t.long .L3-.L9-.L1')).toBeNull();
    expect(mnemonicAndName('\t.long .L3-4')).toBeNull();
    expect(mnemonicAndName('\tjmp .L1 ')).toBeNull();
    expect(mnemonicAndName('\tjmp $x')).toBeNull();
    expect(mnemonicAndName('\tjmp 1f')).toBeNull();
    expect(mnemonicAndName('\tJMP x')).toBeNull();
    expect(mnemonicAndName('\tjmp *x')).toBeNull();
    expect(numberedLabel('.L0')).toBe(0);
    expect(numberedLabel('.L123')).toBe(123);
    expect(numberedLabel('.L01')).toBe(-1);
    expect(numberedLabel('.LC1')).toBe(-1);
    expect(numberedLabel('.L')).toBe(-1);
    expect(numberedLabel('.L99999999')).toBe(-1);
  });

  it('no prefix mnemonic is a branch (the branch shortcut does not look for prefixes)', () => {
    for (const p of ['lock', 'rep', 'repe', 'repz', 'repne', 'repnz', 'data16', 'addr32', 'rex64', 'notrack', 'bnd', 'xacquire', 'xrelease', 'cs', 'ds', 'es', 'fs', 'gs', 'ss', 'rex']) {
      expect(branchOpcodes(p), p).toBeUndefined();
    }
  });
});
