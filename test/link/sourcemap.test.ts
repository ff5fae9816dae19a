/**
 * System.map, the symbols map, symbolize() and the source map built from the assembler's
 * .tcclite.lines/.tcclite.files tables (written here with GNU as in the same format).
 */

import { afterAll, describe, expect, it } from 'vitest';
import { SourceMapConsumer } from 'source-map';
import { link, parseSourceMap, parseSystemMap, symbolize } from '../../compiler/link/index.js';
import { readElf } from '../../compiler/elf/reader.js';
import { tool, Workdir } from './helpers.js';

const SYS_S = `
	.text
	.globl sys_stephen
	.type sys_stephen, @function
sys_stephen:
.Ll1:	pushq %rbp
.Ll2:	movq %rdi, %rbp
	nop
.Ll3:	popq %rbp
	ret
	.size sys_stephen, .-sys_stephen
	.globl _start
_start:
.Ll4:	call sys_stephen
	hlt
	.section .tcclite.lines,"",@progbits
	.quad .Ll1
	.long 1, 2388
	.quad .Ll2
	.long 1, 2390
	.quad .Ll3
	.long 1, 2395
	.quad .Ll4
	.long 2, 7
	.section .tcclite.files,"",@progbits
	.asciz "kernel/sys.c"
	.asciz "init/main.c"
`;

const HELPER_S = `
	.text
	.globl helper
	.type helper, @function
helper:
.Lh1:	ret
	.section .tcclite.lines,"",@progbits
	.quad .Lh1
	.long 1, 42
	.section .tcclite.files,"",@progbits
	.asciz "lib/helper.c"
`;

describe('symbols and source maps', () => {
  const w = new Workdir();
  afterAll(() => w.cleanup());
  const inputs = [w.compile('sys.s', SYS_S, []), w.compile('helper.s', HELPER_S, [])];
  const script = 'ENTRY(_start) SECTIONS { . = 0xffffffff81000000; .text : AT(ADDR(.text) - 0xffffffff80000000) { _text = .; *(.text) } }';
  const result = link(inputs, { script, sourceMap: true, outputName: 'vmlinux' });
  const exe = w.writeExe('vmlinux', result.elf);

  it('consumes the line tables instead of copying them into the executable', () => {
    const names = readElf(result.elf, 'vmlinux').sections.map((s) => s.name);
    expect(names).not.toContain('.tcclite.lines');
    expect(names).not.toContain('.tcclite.files');
  });

  it('writes System.map in nm -n format', () => {
    expect(result.systemMap).toBe(tool('nm', ['-n', exe]));
    expect(result.systemMap.split('\n')[0]).toBe('ffffffff81000000 T _text');
    const parsed = parseSystemMap(result.systemMap);
    expect(parsed.get('sys_stephen')?.address).toBe(result.symbols.get('sys_stephen')?.address);
  });

  it('symbolizes addresses with function+offset and the source line', () => {
    const lines = parseSourceMap(result.sourceMap!)!;
    const base = result.symbols.get('sys_stephen')!.address;
    expect(symbolize(result.symbols, base + 1n)).toBe('sys_stephen+0x1');
    expect(symbolize(result.symbols, base + 4n, lines)).toBe('sys_stephen+0x4 (kernel/sys.c:2390)');
    expect(symbolize(result.symbols, base, lines)).toBe('sys_stephen+0x0 (kernel/sys.c:2388)');
    const helper = result.symbols.get('helper')!.address;
    expect(symbolize(result.symbols, helper, lines)).toBe('helper+0x0 (lib/helper.c:42)');
    expect(symbolize(result.symbols, 0x1000n)).toBe('0x1000');
  });

  it('is a valid Source Map v3 that the source-map package reads', async () => {
    const raw = JSON.parse(result.sourceMap!) as { version: number; file: string; sources: string[] };
    expect(raw.version).toBe(3);
    expect(raw.file).toBe('vmlinux');
    expect(raw.sources.sort()).toEqual(['init/main.c', 'kernel/sys.c', 'lib/helper.c']);
    const start = result.symbols.get('_start')!.address - 0xffffffff81000000n;
    await SourceMapConsumer.with(result.sourceMap!, null, (c) => {
      const pos = c.originalPositionFor({ line: 1, column: Number(start) });
      expect(pos.source).toBe('init/main.c');
      expect(pos.line).toBe(7);
    });
  });
});
