/**
 * gcc's "did you mean ...?" for misspelt names (compiler/cc/spellcheck.ts): variables,
 * macros, functions called without a declaration, type names and members, with gcc's
 * distance and cutoff; one compile reports every function's slip (recovery.ts). The oracle
 * is gcc, run on spelling/misspelt.c.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { editDistance, suggestName } from '../../compiler/cc/spellcheck.js';
import { gccStderr, ourStderr, warningLines } from './warning-oracle.js';

const program = join(import.meta.dirname, 'spelling', 'misspelt.c');

describe('spelling suggestions', () => {
  it('gives gcc\'s suggestion (or none) for each misspelt name, in gcc\'s words and places', async () => {
    const gcc = warningLines(gccStderr(['-fsyntax-only', program]));
    expect(gcc.filter((l) => l.includes('did you mean')).length).toBeGreaterThan(20);
    expect(warningLines(await ourStderr(['-fsyntax-only', program]))).toEqual(gcc);
  });

  it('measures distance as gcc does: 2 an edit or a swap, 1 a change of case', () => {
    expect(editDistance('saturday', 'sunday')).toBe(6);
    expect(editDistance('foo', 'FOO')).toBe(3);
    expect(editDistance('hello_world', 'HelloWorld')).toBe(4);
    expect(editDistance('signed', 'singed')).toBe(2);
    expect(editDistance('', 'abc')).toBe(6);
  });

  it('offers nothing too far off, for one-letter names, or the name itself', () => {
    const names = (...n: string[]): [string, object][] => n.map((x) => [x, {}]);
    expect(suggestName('a', 'name', names('b'))).toBeUndefined();
    expect(suggestName('nice', 'name', names('time'))).toBeUndefined();
    expect(suggestName('count', 'name', names('count'))).toBeUndefined();
    expect(suggestName('__secret', 'name', names('__secrets'))).toBe('__secrets');
    expect(suggestName('secret', 'name', names('__secret'))).toBeUndefined();
    expect(suggestName('lenght', 'name', names('width', 'length', 'lengths'))).toBe('length');
  });
});
