import { describe, expect, it } from 'vitest';
import { readGcTrace } from '../../bench/gc.js';

// Two collections as `node --trace-gc-nvp` prints them (fields trimmed), and the line the
// bench's child process adds at exit.
const TRACE = [
  '[1:0x1]   149 ms: pause=5.2 mutator=10.0 gc=s reduce_memory=0 promoted=1048576 new_space_survived=2097152 allocated=9',
  'some program output with gc=nothing in it is not a collection',
  '[1:0x1]  1236 ms: pause=26.4 mutator=600.0 gc=mc reduce_memory=0 promoted=0 new_space_survived=0',
  'bench.maxrss=204800',
].join('\n');

describe('bench gc trace', () => {
  it('sums pauses and surviving bytes per kind of collection', () => {
    const f = readGcTrace(TRACE);
    expect(f.scavenges).toBe(1);
    expect(f.markCompacts).toBe(1);
    expect(f.pauseMs).toBeCloseTo(31.6);
    expect(f.survivedMiB).toBeCloseTo(3);
    expect(f.peakRssMiB).toBe(200);
  });
});
