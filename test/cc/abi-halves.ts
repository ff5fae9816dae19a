/**
 * The ABI tests' shape: a program in two files, built all-gcc as the reference, then with
 * each half ours and with both ours; every mix must print what the reference prints.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gccObject, link, ourObject, run, workDir } from './helpers.js';

export function describeHalves(title: string, mainFile: string, libFile: string, outName: string): void {
  const dir = join(import.meta.dirname, 'programs');
  const main = join(dir, mainFile);
  const lib = join(dir, libFile);
  const out = join(workDir, outName);
  describe(title, () => {
    const reference = run(link([gccObject(main, out), gccObject(lib, out)], join(out, 'ref')));
    it('reference build runs', () => expect(reference.status).toBe(0));
    const mixes: [name: string, sub: string, ours: (f: string) => boolean][] = [
      ['our caller, gcc callee', 'a', (f) => f === main],
      ['gcc caller, our callee', 'b', (f) => f === lib],
      ['both ours', 'c', () => true],
    ];
    for (const [name, sub, ours] of mixes) {
      it(name, () => {
        const objects = [main, lib].map((f) => (ours(f) ? ourObject(f, join(out, sub)) : gccObject(f, join(out, sub))));
        expect(run(link(objects, join(out, sub, 'exe'))).stdout).toBe(reference.stdout);
      });
    }
  });
}
