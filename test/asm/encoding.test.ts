/**
 * (1) Generated instructions over mnemonics × operand forms, assembled by GNU as and by
 * us; the object files must be identical byte for byte.
 */

import { afterAll, describe, expect, it } from 'vitest';
import { assemble } from '../../compiler/asm/index.js';
import { generateInstructions } from './generator.js';
import { breadthListing } from './breadth.js';
import { cleanup, explainDifference, gnuAssemble, hasGnuAs, sameBytes } from './oracle.js';

afterAll(cleanup);

describe.skipIf(!hasGnuAs)('instruction encodings against GNU as', () => {
  const seeds = [1, 2, 3, 4, 5, 6];
  const perSeed = 2500;
  let total = 0;
  it.each(seeds)('seed %i: generated lines match byte for byte', (seed) => {
    const text = generateInstructions(seed, perSeed);
    const theirs = gnuAssemble(text, `gen${seed}`);
    expect(theirs, 'GNU as rejected the generated text').toBeDefined();
    const ours = assemble(text, { fileName: `gen${seed}.s` });
    total += text.split('\n').length;
    if (!sameBytes(ours, theirs!)) expect.fail(explainDifference(ours, theirs!, `gen${seed}`));
  });
  afterAll(() => console.log(`encoding corpus: ${total} generated lines, ${seeds.length} objects`));
});

describe.skipIf(!hasGnuAs)('the issue\'s instruction list, every spelling', () => {
  it('assembles byte for byte as GNU as does', () => {
    const text = breadthListing();
    const theirs = gnuAssemble(text, 'breadth');
    expect(theirs, 'GNU as rejected the listing').toBeDefined();
    const ours = assemble(text, { fileName: 'breadth.s' });
    console.log(`instruction breadth list: ${text.split('\n').length - 3} lines`);
    if (!sameBytes(ours, theirs!)) expect.fail(explainDifference(ours, theirs!, 'breadth'));
  });
});
