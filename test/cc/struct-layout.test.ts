/**
 * Random structs and unions, laid out by tcc-lite and by gcc, must agree: size, alignment,
 * the offset of every ordinary member and the bits every bit-field occupies (found by
 * storing -1 into it in a zeroed object, then reading it back). The records mix bit-fields of every integer type
 * (zero-width and unnamed ones too) with ordinary members and arrays, under `packed`
 * (record or member), aligned(N) members, #pragma pack(N), and — in half of the runs —
 * Microsoft's layout (`__attribute__((ms_struct))` or -mms-bitfields, compiler/cc/layout-ms.ts).
 * The generator is seeded, so a failure reproduces.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../prng.js';
import { gccObject, link, ourObject, run, workDir } from './helpers.js';

const BITFIELD_TYPES: [string, number][] = [
  ['char', 8], ['unsigned char', 8], ['short', 16], ['unsigned short', 16], ['int', 32], ['unsigned', 32],
  ['long', 64], ['unsigned long long', 64], ['_Bool', 1],
];
const ORDINARY_TYPES = ['char', 'short', 'int', 'long long', 'double', 'float', 'char[3]', 'short[3]'];

function program(seed: number, records: number, ms: boolean): string {
  const rand = mulberry32(seed);
  const below = (n: number): number => Math.floor(rand() * n);
  const decls: string[] = ['#include <stdio.h>', '#include <string.h>', '#include <stddef.h>'];
  const checks: string[] = [];
  for (let r = 0; r < records; r++) {
    const kind = below(6) === 0 ? 'union' : 'struct';
    const pack = below(5) === 0 ? [1, 2, 4][below(3)] : 0;
    const attrs = [...(ms ? ['ms_struct'] : []), ...(below(6) === 0 ? ['packed'] : [])];
    const members: string[] = [];
    const named: { name: string; bitfield: boolean }[] = [];
    for (let i = 0, n = 1 + below(7); i < n; i++) {
      const name = `f${i}`;
      const memberAttr = below(10) === 0 ? ' __attribute__((packed))' : below(14) === 0 ? ` __attribute__((aligned(${1 << below(4)})))` : '';
      if (below(3) > 0) {
        const [type, bits] = BITFIELD_TYPES[below(BITFIELD_TYPES.length)];
        const width = below(5) === 0 ? 0 : 1 + below(bits);
        if (width === 0 || below(5) === 0) members.push(`${type} :${width}${width === 0 ? '' : memberAttr};`);
        else {
          members.push(`${type} ${name}:${width}${memberAttr};`);
          named.push({ name, bitfield: true });
        }
      } else {
        const type = ORDINARY_TYPES[below(ORDINARY_TYPES.length)];
        const array = /^(.*)\[(\d+)\]$/.exec(type);
        members.push(array ? `${array[1]} ${name}[${array[2]}]${memberAttr};` : `${type} ${name}${memberAttr};`);
        named.push({ name, bitfield: false });
      }
    }
    const tag = `${kind} R${r}`;
    if (pack) decls.push(`#pragma pack(${pack})`);
    decls.push(`${kind} ${attrs.length ? `__attribute__((${attrs.join(', ')})) ` : ''}R${r} { ${members.join(' ')} };`);
    if (pack) decls.push('#pragma pack()');
    checks.push(`  { ${tag} v; printf("R${r} size %zu align %zu", sizeof v, _Alignof(${tag}));`);
    for (const m of named) {
      checks.push(m.bitfield
        ? `    memset(&v, 0, sizeof v); v.${m.name} = -1; bits(&v, sizeof v, "${m.name}"); printf("=%lld", (long long)v.${m.name});`
        : `    printf(" ${m.name}@%zu", offsetof(${tag}, ${m.name}));`);
    }
    checks.push('    putchar(\'\\n\'); }');
  }
  return `${decls.join('\n')}
/* Prints where the set bits of an object are: the first one and how many. */
static void bits(const void *p, size_t size, const char *name) {
  const unsigned char *b = p;
  int first = -1, count = 0;
  for (size_t i = 0; i < size * 8; i++)
    if (b[i / 8] >> (i % 8) & 1) { if (first < 0) first = (int)i; count++; }
  printf(" %s:%d+%d", name, first, count);
}
int main(void) {
${checks.join('\n')}
  return 0;
}
`;
}

describe('struct layout: random records, tcc-lite vs gcc', () => {
  for (const ms of [false, true]) {
    for (const seed of [1, 2, 3]) {
      it(`${ms ? 'ms_struct' : 'gcc'} layout, seed ${seed}`, () => {
        const name = `layout_${ms ? 'ms' : 'gcc'}_${seed}`;
        const src = join(workDir, `${name}.c`);
        writeFileSync(src, program(seed, 60, ms));
        const out = join(workDir, name);
        const ours = run(link([ourObject(src, out)], join(out, 'ours')));
        const ref = run(link([gccObject(src, out, ['-Wno-packed-bitfield-compat'])], join(out, 'ref')));
        expect(ours.stdout).toBe(ref.stdout);
        expect(ref.stdout.split('\n').length).toBeGreaterThan(60);
      });
    }
  }
  it('-mms-bitfields: every record gets Microsoft\'s layout', () => {
    const src = join(workDir, 'layout_flag.c');
    writeFileSync(src, program(4, 60, false));
    const out = join(workDir, 'layout_flag');
    const ours = run(link([ourObject(src, out, { msBitfields: true })], join(out, 'ours')));
    const ref = run(link([gccObject(src, out, ['-mms-bitfields', '-Wno-packed-bitfield-compat'])], join(out, 'ref')));
    expect(ours.stdout).toBe(ref.stdout);
    const plain = run(link([ourObject(src, join(out, 'plain'))], join(out, 'plain', 'ours')));
    expect(plain.stdout).not.toBe(ours.stdout); // the flag changes something in these records
  });
});
