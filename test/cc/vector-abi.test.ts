/**
 * GNU vectors across the SysV ABI: half of a program compiled by gcc and half by
 * tcc-lite, both ways round, must print what the all-gcc build prints. Covers vectors of
 * 2, 4, 8, 16 (one xmm register) and 32 bytes (memory), vectors inside structs, more
 * vectors than xmm registers, and vectors through `...`.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gccObject, link, ourObject, run, workDir } from './helpers.js';

const dir = join(import.meta.dirname, 'programs');
const lib = join(dir, 'abi_vec_lib.c');
const main = join(dir, 'abi_vec_main.c');
const out = join(workDir, 'abi-vec');

describe('vector ABI against gcc', () => {
  const reference = run(link([gccObject(main, out, ['-Wno-psabi']), gccObject(lib, out, ['-Wno-psabi'])], join(out, 'ref')));
  it('reference build runs', () => expect(reference.status).toBe(0));
  it('our caller, gcc callee', () => {
    const r = run(link([ourObject(main, join(out, 'a')), gccObject(lib, join(out, 'a'), ['-Wno-psabi'])], join(out, 'a', 'exe')));
    expect(r.stdout).toBe(reference.stdout);
  });
  it('gcc caller, our callee', () => {
    const r = run(link([gccObject(main, join(out, 'b'), ['-Wno-psabi']), ourObject(lib, join(out, 'b'))], join(out, 'b', 'exe')));
    expect(r.stdout).toBe(reference.stdout);
  });
  it('both ours', () => {
    const r = run(link([ourObject(main, join(out, 'c')), ourObject(lib, join(out, 'c'))], join(out, 'c', 'exe')));
    expect(r.stdout).toBe(reference.stdout);
  });
});
