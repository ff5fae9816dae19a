/**
 * Sections without contents (`@nobits`, .bss): GNU as lets instructions and `.incbin`
 * reserve space there, refuses data directives whose bytes are not zero (naming what was
 * tried), and keeps no bytes — our assembler counts them without storing any, so a
 * 400 MB `.zero` in .bss costs nothing. Each line is assembled by both; the objects must
 * be the same, or both must refuse it with the same message.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { assemble } from '../../compiler/asm/index.js';
import { asmErrorOf } from './error-of.js';
import { cleanup, explainDifference, hasGnuAs, scratch } from './oracle.js';

afterAll(cleanup);

const LINES = [
  'nop', 'movl $5, %eax', '.incbin "/etc/hostname"', '.byte 1', '.ascii ""', '.asciz "ab"', '.string16 "a"', '.quad 0',
  '.word 7', '.fill 2,1,3', '.fill 2,4,0', '.skip 4,1', '.float 1.5', '.double 0.0', '.uleb128 5', '.sleb128 0',
  '.quad x', '.octa 0', '.octa 3', '.zero 400000000', '.balign 64',
];

/** GNU as's verdict: its object, or the first error it printed (without the file and line). */
function gnu(text: string, name: string): { object?: Uint8Array; error?: string } {
  const src = join(scratch, `${name}.s`);
  const obj = join(scratch, `${name}.gas.o`);
  writeFileSync(src, text);
  const r = spawnSync('as', ['--64', '-o', obj, src], { encoding: 'utf8' });
  if (r.status === 0) return { object: new Uint8Array(readFileSync(obj)) };
  return { error: /Error: (.*)/.exec(r.stderr)?.[1] };
}

describe.runIf(hasGnuAs)('data and instructions in .bss, as GNU as', () => {
  it.each(LINES.map((line, i) => [line, i]))('%s', (line, i) => {
    const text = `\t.bss\nx:\n\t${line}\ny:\n\t.byte 0\n`;
    const theirs = gnu(text, `nobits-${i}`);
    if (theirs.error !== undefined) {
      expect(asmErrorOf(text).message).toContain(theirs.error);
      return;
    }
    const ours = assemble(text, { fileName: `nobits-${i}.s` });
    const same = Buffer.from(ours).equals(Buffer.from(theirs.object!));
    expect(same, same ? '' : explainDifference(ours, theirs.object!, `nobits-${i}`)).toBe(true);
  });
});
