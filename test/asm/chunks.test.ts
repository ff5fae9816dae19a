/**
 * The compiler hands its output to the assembler as chunks (line-reader.ts): the object
 * must be the one the joined text gives, whatever the chunks look like, and errors must
 * name the same line of that text.
 */

import { describe, expect, it } from 'vitest';
import { assemble, assembleChunks, type AssemblyChunk } from '../../compiler/asm/index.js';
import { LineReader } from '../../compiler/asm/line-reader.js';
import { compileC } from '../../compiler/cc/index.js';
import { asmText } from '../../compiler/cc/codegen-state.js';
import { preprocess } from '../../compiler/cpp/index.js';
import { CompileError } from '../../compiler/diagnostics.js';

function readAll(chunks: readonly AssemblyChunk[]): string[] {
  const r = new LineReader(chunks);
  const out: string[] = [];
  for (let l = r.next(); l !== undefined; l = r.next()) out.push(l);
  return out;
}

/** The line an error is reported at, or the object when there is none. */
function outcome(f: () => Uint8Array): Uint8Array | string {
  try {
    return f();
  } catch (e) {
    if (e instanceof CompileError) return e.message; // file:line:col: error: ...
    throw e;
  }
}

function sameAsText(chunks: readonly AssemblyChunk[]): void {
  const text = asmText(chunks);
  expect(outcome(() => assembleChunks(chunks, { fileName: 'x.s' }))).toEqual(outcome(() => assemble(text, { fileName: 'x.s' })));
}

describe('line reader', () => {
  it('reads the lines of the joined text', () => {
    const shapes: AssemblyChunk[][] = [
      [],
      [''],
      [[]],
      ['a\nb', ['c', 'd'], 'e'],
      [['one element\nwith two lines'], [], ['x']],
      ['trailing\n', ['', ''], '\nleading'],
    ];
    for (const chunks of shapes) {
      // Elements holding '\n' are read whole: the assembler splits them (Assembler.line).
      expect(readAll(chunks).join('\n')).toEqual(asmText(chunks));
    }
  });

  it('reads lines put back first, in order', () => {
    const r = new LineReader([['a', 'b']]);
    expect(r.next()).toBe('a');
    r.unread(['x', 'y']);
    expect([r.next(), r.next(), r.next(), r.next()]).toEqual(['x', 'y', 'b', undefined]);
  });
});

describe('assembleChunks', () => {
  it('gives the object of the joined text for compiled C', () => {
    const source = `
      struct s { int a; char *p; };
      static const char *names[] = { "zero", "one", "two" };
      int counter;
      static int pick(int i) { switch (i) { case 0: return 3; case 1: return 5; case 2: return 7; case 3: return 9; default: return -1; } }
      int main(void) { struct s v = { 1, "x" }; for (int i = 0; i < 4; i++) counter += pick(i) + v.a; return names[counter & 1][0]; }
    `;
    const pp = preprocess('t.c', { readFile: (p) => (p === 't.c' ? source : undefined) }).text;
    const result = compileC(pp, { fileName: 't.c' });
    expect(result.chunks.length).toBeGreaterThan(1);
    const viaChunks = assembleChunks(result.chunks, { fileName: 't.s' });
    expect(viaChunks).toEqual(assemble(result.asm, { fileName: 't.s' }));
  });

  it('splits elements that hold several lines, as the text would', () => {
    sameAsText([['\t.text', 'f:\n\tnop\n\tret'], ['\tjmp f\n.L1:', '\t.quad .L1']]);
    // One element alone is read as text; a line with '\n' among others is split by the assembler.
    sameAsText([['g:\n\tmov $1, %eax\n\tret'], ['\tcall g', '\t.data\nv: .long 5']]);
  });

  it('collects a .rept body across chunks and elements', () => {
    sameAsText([['\t.text', '\t.rept 3'], ['\tnop', '\tinc %eax\n\t.endr'], '\tret']);
    sameAsText([['\t.macro twice x', '\t.byte \\x, \\x'], '\t.endm\n\ttwice 7', ['\t.data', '\ttwice 9']]);
  });

  it('reports errors at the same line as the text', () => {
    sameAsText([['\t.text', '\tnop'], ['\tnop\n\tbogus %eax', '\tret']]);
    sameAsText([['\t.text'], [], ['\tmovq $1, %bogus']]);
    sameAsText([['\t.rept 2', '\tnop']]);
  });

  it('reports errors found at layout at the line of the jump or fixup', () => {
    const lineOf = (text: string): string => {
      try {
        assemble(text, { fileName: 'late.s' });
        return 'no error';
      } catch (e) {
        if (e instanceof CompileError) return e.message;
        throw e;
      }
    };
    const far = `\t.text\nstart:\n\tnop\n\tloop end\n\t.fill 300, 1, 0x90\nend:\n\tret\n`;
    expect(lineOf(far)).toMatch(/^late\.s:4:0: error: jump target out of range/);
    const apart = `\t.data\na: .long 1\n\t.text\nb: nop\n\t.data\n\t.long a - b\n`;
    expect(lineOf(apart)).toMatch(/^late\.s:6:0: error: can't resolve/);
    sameAsText([['\t.text', 'start:', '\tloop end'], '\t.fill 300, 1, 0x90\nend:', ['\tret']]);
  });

  it('stops at .end in the middle of a chunk', () => {
    sameAsText([['\tnop', '\t.end', '\tbogus'], ['\tmore bogus']]);
  });
});
