/**
 * Random GNU vector expressions, built by tcc-lite and by gcc, must give the same bytes:
 * every lane type (signed and unsigned integers of 1 to 8 bytes, float, double) at 8, 16
 * and 32 bytes, every binary operator the type allows, vector or broadcast scalar
 * operands on either side, and a unary operator on top. The generator is seeded, so a
 * failure reproduces; the program prints each result's bytes.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../prng.js';
import { gccObject, link, ourObject, run, workDir } from './helpers.js';

interface LaneType {
  name: string;
  size: number;
  float: boolean;
  unsigned: boolean;
}

const laneTypes: LaneType[] = [
  ['signed char', 1], ['unsigned char', 1], ['short', 2], ['unsigned short', 2], ['int', 4], ['unsigned', 4],
  ['long long', 8], ['unsigned long long', 8], ['float', 4], ['double', 8],
].map(([name, size]) => ({
  name: name as string, size: size as number,
  float: name === 'float' || name === 'double', unsigned: (name as string).startsWith('unsigned'),
}));

function program(seed: number): string {
  const rand = mulberry32(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
  const lines = ['#include <stdio.h>', '#include <string.h>'];
  const body: string[] = [];
  laneTypes.forEach((t, ti) => {
    for (const bytes of [8, 16, 32]) {
      const lanes = bytes / t.size;
      const vt = `v${ti}_${bytes}`;
      lines.push(`typedef ${t.name} ${vt} __attribute__((vector_size(${bytes})));`);
      const bits = BigInt(t.size * 8);
      const literal = (): string => {
        if (t.float) return `${(rand() * 200 - 100).toFixed(2)}${t.name === 'float' ? 'f' : ''}`;
        const min = t.unsigned ? 0n : -(1n << (bits - 1n));
        const max = t.unsigned ? (1n << bits) - 1n : (1n << (bits - 1n)) - 1n;
        const v = pick([min, max, -1n, 0n, 1n, 2n, 3n, -7n, 100n, 12345n]);
        const inRange = v < min ? max : v > max ? max : v;
        return `${inRange}${t.size === 8 ? (t.unsigned ? 'ull' : 'll') : t.unsigned ? 'u' : ''}`;
      };
      const list = (item: () => string): string => `(${vt}){${Array.from({ length: lanes }, item).join(', ')}}`;
      const ops = ['+', '-', '*', '/', '<', '<=', '>', '>=', '==', '!=', ...(t.float ? [] : ['%', '&', '|', '^', '<<', '>>'])];
      for (let k = 0; k < 6; k++) {
        const op = pick(ops);
        const a = list(literal);
        const divides = op === '/' || op === '%';
        const shifts = op === '<<' || op === '>>';
        let b = divides ? list(() => pick(['1', '2', '3', '7', '11'])) : shifts ? list(() => String(Math.floor(rand() * Number(bits)))) : list(literal);
        if (rand() < 0.3) b = divides || shifts ? '3' : literal();
        // A scalar may stand on the left except where it would divide or shift by a vector.
        const expr = rand() < 0.5 && !divides && !shifts ? `${b} ${op} ${a}` : `${a} ${op} ${b}`;
        const unary = pick(['', '-', '+', t.float ? '-' : '~']);
        body.push(`  { __typeof__(${unary}(${expr})) r = ${unary}(${expr}); unsigned char b[sizeof r]; memcpy(b, &r, sizeof r);`,
          `    for (unsigned i = 0; i < sizeof r; i++) printf("%02x", b[i]); printf(" ${vt} ${k}\\n"); }`);
      }
    }
  });
  return [...lines, 'int main(void) {', ...body, '  return 0;', '}'].join('\n');
}

describe('random vector expressions: tcc-lite vs gcc', () => {
  for (const seed of [1, 2]) {
    it(`seed ${seed}`, () => {
      const dir = join(workDir, `vector-random-${seed}`);
      const src = join(workDir, `vector_random_${seed}.c`);
      writeFileSync(src, program(seed));
      const ours = run(link([ourObject(src, dir)], join(dir, 'ours')));
      const ref = run(link([gccObject(src, dir)], join(dir, 'ref')));
      expect(ref.status).toBe(0);
      expect(ours.stdout).toBe(ref.stdout);
      expect(ours.status).toBe(ref.status);
    });
  }
});
