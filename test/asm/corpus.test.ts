/**
 * (2) Whole files: gcc's assembly for the project's C files, the kernel's and libc's .S
 * files and our fixtures, assembled by GNU as and by us; objects compared byte for byte.
 */

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { assemble } from '../../compiler/asm/index.js';
import { buildCorpus } from './corpus.js';
import { cleanup, explainDifference, gnuAssemble, hasGnuAs, sameBytes, scratch } from './oracle.js';

afterAll(cleanup);

describe.skipIf(!hasGnuAs)('whole files against GNU as', () => {
  it('assembles the corpus; nearly every object is identical', () => {
    const corpus = buildCorpus(scratch);
    let lines = 0;
    let compared = 0;
    const mismatches: string[] = [];
    corpus.forEach((file, i) => {
      const theirs = gnuAssemble(file.text, `c${i}`);
      if (!theirs) return; // GNU as rejects it too (e.g. a header that is not assembly)
      const ours = assemble(file.text, { fileName: file.name });
      compared++;
      lines += file.text.split('\n').length;
      if (!sameBytes(ours, theirs)) mismatches.push(`${file.name}\n${explainDifference(ours, theirs, `c${i}`)}`);
    });
    console.log(`whole-file corpus: ${compared} files, ${lines} lines, ${mismatches.length} not byte-identical`);
    for (const m of mismatches) console.log(`--- ${m.split('\n').slice(0, 7).join('\n')}`);
    expect(compared).toBeGreaterThan(10);
    // Known gaps (see the report): GNU as's relaxation estimate in a few alignment-heavy
    // functions, and the .symtab order of .LC symbols kept for mergeable sections.
    expect(mismatches.length / compared).toBeLessThan(0.1);
  });

  it('gets the kernel-style fixture (macros, .rept, numeric labels, __ex_table, commons) exactly', () => {
    const dir = join(import.meta.dirname, 'fixtures');
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.s'))) {
      const text = readFileSync(join(dir, name), 'utf8');
      const theirs = gnuAssemble(text, 'fixture')!;
      const ours = assemble(text, { fileName: name });
      if (!sameBytes(ours, theirs)) expect.fail(explainDifference(ours, theirs, 'fixture'));
    }
  });
});
