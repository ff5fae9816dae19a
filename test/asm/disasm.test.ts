/**
 * The disassembler against objdump -d: instruction lengths and text (without objdump's
 * `<symbol>` and `# address` annotations) for the code we assemble.
 */

import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { assemble } from '../../compiler/asm/index.js';
import { decodeInstruction } from '../../compiler/x86/disasm.js';
import { generateInstructions } from './generator.js';
import { cleanup, hasGnuAs, scratch } from './oracle.js';

afterAll(cleanup);

function textSection(elf: Uint8Array): Uint8Array {
  const v = new DataView(elf.buffer, elf.byteOffset);
  const shoff = Number(v.getBigUint64(40, true));
  const at = shoff + 64; // section 1 is .text in our objects
  return elf.subarray(Number(v.getBigUint64(at + 24, true)), Number(v.getBigUint64(at + 24, true)) + Number(v.getBigUint64(at + 32, true)));
}

const normalize = (t: string): string => t.replace(/\s*#.*$/, '').replace(/\s*<[^>]*>/g, '').replace(/\s+/g, ' ').trim();

describe.skipIf(!hasGnuAs)('disassembler against objdump', () => {
  it('decodes generated code with objdump lengths and text', () => {
    const obj = assemble(generateInstructions(11, 3000).replace(/^\.(fill|byte).*$/gm, ''), { fileName: 'd.s' });
    writeFileSync(join(scratch, 'd.o'), obj);
    const dump = execFileSync('objdump', ['-d', '-w', join(scratch, 'd.o')], { encoding: 'utf8', maxBuffer: 1 << 28 });
    const expected = dump.split('\n').map((l) => /^\s*([0-9a-f]+):\t([0-9a-f ]+)\t(.*)$/.exec(l)).filter((m) => m !== null);
    const text = textSection(obj);
    let sameLength = 0;
    let sameText = 0;
    const misses: string[] = [];
    for (const m of expected) {
      const addr = parseInt(m[1], 16);
      const d = decodeInstruction(text, addr, addr);
      const len = m[2].trim().split(' ').length;
      if (d.length === len) sameLength++;
      if (normalize(d.text) === normalize(m[3])) sameText++;
      else if (misses.length < 15) misses.push(`${m[2].trim()}: objdump '${normalize(m[3])}' ours '${normalize(d.text)}'`);
    }
    console.log(`disassembler: ${expected.length} instructions, ${sameLength} same length, ${sameText} same text\n${misses.join('\n')}`);
    expect(sameLength / expected.length).toBeGreaterThan(0.99);
    expect(sameText / expected.length).toBeGreaterThan(0.95);
  });
});
