/**
 * Directives against GNU as, one small file each: data of every width and format, LEB128
 * of label differences, .incbin, .nops, .reloc, .org, conditionals and loops, CFI with
 * personality/LSDA and shared CIEs, symbol aliases. Objects must be identical byte for byte.
 */

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { assemble } from '../../compiler/asm/index.js';
import { CompileError } from '../../compiler/diagnostics.js';
import { cleanup, explainDifference, gnuAssemble, hasGnuAs, sameBytes, scratch } from './oracle.js';

afterAll(cleanup);

const blobDir = join(scratch, 'inc');
mkdirSync(blobDir, { recursive: true });
writeFileSync(join(blobDir, 'blob.bin'), 'hello, world\n');

const CASES: Record<string, string> = {
  integers: `.data
.byte 1, -1, 255, 'a
.word 1, -2, 0xffff
.2byte 3
.hword 4
.value 5
.short -6
.long 1f - ., 0x12345678, -1
1: .int 7
.4byte 8
.quad 0xffffffffffffffff, -0x8000000000000000, 1 << 40 | 3
.8byte 9
.octa 5, -2, 1 << 63, 0x112233445566778899aabbccddeeff00
.dc.b 1
.dc.w 2
.dc.l 3
.dc.a 4
.dcb.b 3, 7
.dcb.w 2, 0x1234
.long 0b101, 017, 0x1F, 10 % 3, 7 / 2, -7 / 2, ~0 & 0xff, (3 > 2), 1 == 1
.sleb128 -0x8000000000000000
`,
  strings: `.data
.ascii "a\\tb\\x41\\101\\\\\\"", ""
.asciz "x", "y"
.string "z"
.string8 "ab"
.string16 "ab"
.string32 "ab"
.string64 "ab"
`,
  floats: `.data
.float 1.5, -0.25, 0f1.5, 0e5, .5, 5., nan, -nan, inf, -inf, +1.5, 3.4028235e38, 1.17549435e-38, 1e-45
.single 3.0, 0.1
.double 2.5, 1e300, -0.0, inf, nan, 0.1, 1e-320, 0d1.5, 0r2.5, 0x10
.dc.s 1.5
.dc.d 1.5
.tfloat 0.1, -2, 1e4000, nan, inf, 0, 1.5, 3.14159265358979323846264338327950288
.dc.x 1.5
`,
  leb: `.text
a: nop
nop
b:
.data
.uleb128 1, 127, 128, 300, 0x7fffffff, b - a, c - a, c - b + 100
.sleb128 -1, -64, -65, 63, 64, 1000000, a - b, a - c, b - a + 1000
.text
.fill 200, 1, 0x90
c: ret
`,
  space: `.data
.fill 2, 4, 0x01020304
.fill 1, 8, -1
.fill 3
.fill 2, 3, 0x112233
.fill 2, 9, 1
.fill -1
.zero 3
.skip 2, 0x41
.space 2
.ds.b 3
.ds.w 2
.ds.l 2
.bss
.skip 16
.zero 4
`,
  nops: `.text
nop
.nops 7
.nops 20, 4
.nops 15
.nops 23
.nops 3, 1
.nops 12, 11
.nops 0
.nops 10, 2
.nops 5, 3
ret
`,
  org: `.text
nop
.org 0x10
nop
.org 0x20, 0xcc
.data
.byte 1
.org 8, 0xaa
.byte 2
`,
  align: `.text
.balign 16, 0xcc
nop
.p2align 3,,7
nop
nop
.balignw 8, 0x1234
nop
nop
nop
nop
.balignl 16, 0xdeadbeef
nop
.p2align 5,,3
nop
.data
.byte 1, 0
.p2alignw 2, 0xabcd
.byte 2, 3
.align 8, 0xff, 3
.byte 4
.align 4
`,
  reloc: `.text
call ext1
.reloc ., R_X86_64_NONE, foo
nop
.reloc 0, R_X86_64_64, bar+4
.reloc 2, R_X86_64_PC32, .text+3
.reloc ., R_X86_64_NONE
.reloc 1, BFD_RELOC_32, .Lx+1
.Lx: call ext2
.data
.reloc 0, BFD_RELOC_32, baz
.long 0
.reloc ., R_X86_64_32, qux
.long 0
`,
  conditionals: `.set X, 1
.data
.ifdef X
.byte 1
.else
.byte 2
.endif
.ifndef Y
.byte 3
.endif
.if X == 1
.byte 4
.elseif X == 2
.byte 5
.else
.byte 6
.endif
.ifeq X - 1
.byte 7
.endif
.ifc abc, abc
.byte 8
.endif
.ifnc a, b
.byte 9
.endif
.ifb
.byte 10
.endif
.ifnb x
.byte 11
.endif
.irp r, 1,2,3
.byte \\r
.endr
.irpc c, 456
.byte \\c
.endr
.rept 3
.byte 0xee
.endr
.macro m a, b=2
.byte \\a, \\b
.exitm
.byte 99
.endm
m 7
m 7, 8
.purgem m
.macro m a
.byte \\a+1
.endm
m 7
.warning "careful"
.print "hi"
`,
  cfi: `.text
f:
.cfi_startproc
pushq %rbp
.cfi_def_cfa_offset 16
.cfi_offset 6, -16
.cfi_remember_state
movq %rsp,%rbp
.cfi_def_cfa_register 6
.cfi_restore_state
.cfi_rel_offset 3, 8
.cfi_register 3, 12
.cfi_undefined 16
.cfi_same_value 3
.cfi_escape 0x2e, 0x10
.cfi_window_save
.cfi_val_offset 3, 8
.cfi_val_offset 3, -8
.cfi_offset 20, -800
.cfi_restore 70
.cfi_def_cfa %rbp, 16
.cfi_offset %xmm3, -16
.cfi_adjust_cfa_offset 8
ret
.cfi_endproc
g:
.cfi_startproc
.cfi_signal_frame
nop
.cfi_endproc
h:
.cfi_startproc
.cfi_def_cfa_offset 16
.cfi_offset 6, -16
nop
.cfi_endproc
k:
.cfi_startproc
nop
.cfi_endproc
l:
.cfi_startproc
.cfi_def_cfa_offset 16
.cfi_offset 6, -16
nop
.cfi_endproc
m:
.cfi_startproc simple
.cfi_def_cfa 7, 8
nop
.cfi_endproc
n:
.cfi_startproc
.cfi_return_column 6
nop
.cfi_endproc
`,
  personality: `.text
f:
.cfi_startproc
.cfi_personality 0x9b,DW.ref.__gcc_personality_v0
.cfi_lsda 0x1b,.LLSDA0
pushq %rbp
.cfi_def_cfa_offset 16
ret
.cfi_endproc
g:
.cfi_startproc
.cfi_personality 0x3,pers
nop
.cfi_endproc
h:
.cfi_startproc
.cfi_personality 0x0,pers
.cfi_lsda 0x3,.LLSDA0
nop
.cfi_endproc
.section .gcc_except_table,"a",@progbits
.LLSDA0:
.byte 0xff
.uleb128 .LLSDAend - .LLSDA0
.LLSDAend:
.data
.hidden DW.ref.__gcc_personality_v0
.weak DW.ref.__gcc_personality_v0
DW.ref.__gcc_personality_v0:
.quad __gcc_personality_v0
`,
  groups: `.file "x.c"
.text
local1: nop
.section .text.foo,"axG",@progbits,foo,comdat
.globl foo
foo: call bar
.section .data.x,"awG",@progbits,grp2
.quad local1
local2: .quad 0
.section .rodata.cst8,"aMG",@progbits,8,grp3,comdat
.quad 1
.section .text.foo,"axG",@progbits,other,comdat
ret
.text
local3: ret
.section .text.foo,"axG",@progbits,foo,comdat
nop
`,
  comdatPersonality: `.text
f:
.cfi_startproc
.cfi_personality 0x9b,DW.ref.__gcc_personality_v0
.cfi_lsda 0x1b,.LLSDA0
pushq %rbp
.cfi_def_cfa_offset 16
ret
.cfi_endproc
.section .gcc_except_table,"a",@progbits
.LLSDA0:
.byte 0xff
.hidden DW.ref.__gcc_personality_v0
.weak DW.ref.__gcc_personality_v0
.section .data.rel.local.DW.ref.__gcc_personality_v0,"awG",@progbits,DW.ref.__gcc_personality_v0,comdat
.align 8
.type DW.ref.__gcc_personality_v0, @object
.size DW.ref.__gcc_personality_v0, 8
DW.ref.__gcc_personality_v0:
.quad __gcc_personality_v0
`,
  symver: `.data
.symver foo, foo@VER_1
foo: .byte 1
.text
.globl baz
baz: ret
.globl bar
bar: ret
.symver bar, bar@VER_2
.symver baz, baz@VER_1
.symver bar, bar@@VER_3
later: nop
`,
  gotAndTls: `.text
movq foo@GOTPCREL(%rip), %rax
movl %fs:tp@TPOFF, %eax
movq gt@GOTTPOFF(%rip), %rax
.byte 0x66
leaq gd@TLSGD(%rip), %rdi
.value 0x6666
rex64
call __tls_get_addr@PLT
leaq ld@TLSLD(%rip), %rdi
movl ld@DTPOFF(%rax), %eax
addq $_GLOBAL_OFFSET_TABLE_-., %rax
call local_fn@PLT
local_fn: ret
.data
.quad foo@GOTOFF
.quad dt@DTPOFF
`,
  // Whatever their .type, symbols defined in a TLS section are STT_TLS (ld matches them
  // with TLS references from other objects).
  tlsSectionSymbols: `.section .tbss,"awT",@nobits
unmarked: .zero 4
.globl bss_global
bss_global: .zero 4
.section .tdata,"awT",@progbits
.globl data_object
.type data_object, @object
data_object: .long 1
.type marked_function, @function
marked_function: .long 2
.set alias, data_object
.data
.type declared, @tls_object
declared: .long 3
`,
  misc: `.section .foo,"a",@0x70000001
.byte 1
.data
.ascii "abc" "def"
.asciz "x" "y", "z"
.dc 2
.text
f: ret
g: ret
.if g - f == 1
.byte 5
.endif
.fill g - f, 1, 0x90
.subsection 0
`,
  aliases: `.text
.globl foo
.set foo, bar
bar: ret
call foo
movl foo(%rip),%eax
.set loc1, bar
call loc1
movl loc1+4(%rip),%eax
.set ext_alias, ext
call ext_alias
movl ext_alias+4(%rip),%eax
.weak wk
.set wk, bar
call wk
.set c, 5
movl $c, %eax
.data
.quad foo, loc1, ext_alias, wk
`,
  mergeableOrder: `.text
movsd .LC1(%rip), %xmm0
movsd .LC0(%rip), %xmm0
movsd .LC1(%rip), %xmm0
movq .LC2(%rip), %rax
leaq .LC3(%rip), %rax
pushq .LC3+8
call .LC4+8
movl $.LC5+8, %eax
movl $.LC5+8, %eax
.section .rodata.cst8,"aM",@progbits,8
.LC0: .quad 0
.LC1: .quad 1
.LC2: .quad 2
.LC3: .quad 3
.LC4: .quad 4
.LC5: .quad 5
.text
local_fn: ret
`,
  // A line assembled before is repeated from a cache: not inside a false conditional, nor
  // once a macro of the instruction's name exists, nor in a nobits section.
  cached_lines: `.text
push %rax
mov %rsp, %rbp
.if 0
push %rax
.endif
push %rax
.macro push r
  nop
.endm
push %rax
mov %rsp, %rbp
.purgem push
push %rax
.bss
.zero 4
.text
mov %rsp, %rbp
.end
push %rax
`,
  // C identifiers with extended characters: gcc writes them in UTF-8, GNU as takes any byte ≥ 0x80 in a name.
  utf8_names: `.globl été
.data
.type été, @object
.size été, 4
été:
.long 1
λx: .quad été + 4, λx
.text
.globl 名前
名前:
mov été(%rip), %eax
call ünter
lea λx(%rip), %rdx
jmp 名前
`,
  incbin: `.data
.incbin "${join(blobDir, 'blob.bin')}"
.incbin "${join(blobDir, 'blob.bin')}", 1
.incbin "${join(blobDir, 'blob.bin')}", 1, 2
.incbin "blob.bin", 3, 4
`,
};

describe.skipIf(!hasGnuAs)('directives against GNU as', () => {
  it.each(Object.keys(CASES))('%s', (name) => {
    const text = CASES[name];
    const theirs = gnuAssemble(text, `dir-${name}`, ['-I', blobDir]);
    expect(theirs, 'GNU as rejected the case').toBeDefined();
    const ours = assemble(text, { fileName: `${name}.s`, includePaths: [blobDir] });
    if (!sameBytes(ours, theirs!)) expect.fail(explainDifference(ours, theirs!, `dir-${name}`));
  });
});

describe('directive errors', () => {
  it.each([
    ['.data\n.uleb128 foo\n', /leb128 operand is an undefined symbol: foo/],
    ['.data\n.incbin "no/such/file.bin"\n', /file not found: no\/such\/file\.bin/],
    ['.data\n.incbin "' + join(blobDir, 'blob.bin') + '", 20\n', /skip \(20\) or count/],
    ['.text\n.nops 4, 12\n', /invalid single nop size: 12/],
    ['.data\n.single 1e39\n', /cannot create floating-point number/],
    ['.data\n.double 1.5x\n', /bad floating-point constant/],
    ['.text\n.reloc 0, R_X86_64_BOGUS, x\n', /unrecognized reloc type/],
    ['.text\nnop\n.reloc 8, R_X86_64_64, x\n', /reloc not within/],
    ['.data\n.byte 1\n.p2alignw 1, 0x1234\n', /alignment padding \(1 bytes\) not a multiple of 2/],
    ['.text\nf:\n.cfi_startproc\n.cfi_personality 0x50, p\n.cfi_endproc\n', /invalid or unsupported encoding/],
    ['.text\n.subsection 1\nnop\n', /subsections are not supported/],
    ['.text\nmov $\'\\', /missing character constant/],
    ['.file 1 "a.c"\n.loc 1 2 3 frobnicate 1\n', /unknown \.loc sub-directive/],
  ])('%s', (text, message) => {
    let error: unknown;
    try {
      assemble(text, { fileName: 'bad.s' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CompileError);
    expect((error as CompileError).message).toMatch(message);
  });
});
