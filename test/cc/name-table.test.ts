/**
 * The scanner's table of names (compiler/cc/name-table.ts), looked up by a stretch of text,
 * against a Map of the sliced strings: the same answers, through many doublings of the
 * table, for names that are prefixes of one another, differ in one character, or are not
 * ASCII.
 */
import { describe, expect, it } from 'vitest';
import { NameTable } from '../../compiler/cc/name-table.js';
import { xorshift32 } from '../prng.js';

describe('NameTable', () => {
  it('finds what a Map of the sliced names finds', () => {
    const next = xorshift32(12345);
    const alphabet = ['a', 'b', '_', '1', 'é', '\u{1F600}'];
    const word = (): string => {
      let s = '';
      for (let n = 1 + (next() % 6); n > 0; n--) s += alphabet[next() % alphabet.length];
      return s;
    };
    const table = new NameTable<number>(4);
    const oracle = new Map<string, number>();
    for (let round = 0; round < 20000; round++) {
      const text = `${word()} ${word()} ${word()}`;
      const start = text.indexOf(' ') + 1;
      const end = text.indexOf(' ', start);
      const name = text.slice(start, end);
      expect(table.get(text, start, end), JSON.stringify(name)).toBe(oracle.get(name));
      if (!oracle.has(name)) {
        table.add(name, round);
        oracle.set(name, round);
      }
    }
    expect(oracle.size).toBeGreaterThan(5000);
    for (const [name, value] of oracle) expect(table.get(`(${name})`, 1, name.length + 1)).toBe(value);
    expect(table.get('ab', 0, 0)).toBeUndefined();
  });
});
