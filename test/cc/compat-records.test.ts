/**
 * Random records in the style of gcc's struct-layout-1 compat test, from our own seeded
 * generator: members of typedefs aligned above and below their size, bit-fields of them,
 * pointers with an aligned attribute after the `*`, `packed` among the specifiers, aligned
 * zero-width bit-fields, long doubles alone or not, unions of a bit-field or of a char and a
 * long double inside records. One half of the program fills the records and passes them by
 * value, by pointer and through `...`; the other half prints what it received and returns
 * one. Both halves print the layouts they see. Every mix of gcc and tcc-lite halves must
 * print what the all-gcc build prints.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../prng.js';
import { gccObject, link, ourObject, run, workDir } from './helpers.js';

/** A member's declared type: its C spelling, size in bytes, and whether it holds a pointer or a float. */
interface MemberType {
  name: string;
  size: number;
  kind: 'int' | 'ptr' | 'float';
}

const PLAIN: MemberType[] = [
  { name: 'char', size: 1, kind: 'int' }, { name: 'short', size: 2, kind: 'int' }, { name: 'int', size: 4, kind: 'int' },
  { name: 'long long', size: 8, kind: 'int' }, { name: 'unsigned', size: 4, kind: 'int' },
  { name: 'float', size: 4, kind: 'float' }, { name: 'double', size: 8, kind: 'float' },
  { name: 'long double', size: 16, kind: 'float' }, { name: 'int *', size: 8, kind: 'ptr' },
];
const INTEGERS = ['char', 'short', 'int', 'long long', 'unsigned char', 'unsigned short', 'unsigned', 'enum E'];
const ALIGNS = [1, 2, 4, 8, 16];

/** typedef name of an integer type aligned to `align`: the header defines them all. */
function alignedTypedef(integer: string, align: number): string {
  return `T${integer.replace(/ /g, '_')}_al${align}`;
}

function sizeOf(integer: string): number {
  return integer.includes('long long') ? 8 : integer.includes('short') ? 2 : integer.includes('char') ? 1 : 4;
}

/** A member to fill and print: its access path (`m2`, `m3.c`), what it holds, its type's bits, its bit-field width or 0. */
interface Filled {
  name: string;
  kind: 'int' | 'ptr' | 'float';
  bits: number;
  width: number;
}

interface RandomRecord {
  tag: string;
  decl: string; // `struct R3 { ... };`
  members: Filled[];
  /** What a half prints: every member of a struct, only the last-assigned member of a union. */
  shown: Filled[];
}

function records(seed: number, count: number): RandomRecord[] {
  const rand = mulberry32(seed);
  const below = (n: number): number => Math.floor(rand() * n);
  const pick = <T>(xs: T[]): T => xs[below(xs.length)];
  // Two fixed ones first: a union holding a {char, long double} union beside longs (MEMORY:
  // gcc classifies the inner union on its own), and a long long bit-field in a union at offset 2.
  const out: RandomRecord[] = [
    { tag: 'union F0', decl: 'union F0 { long a[2]; union { char h; long double i; } g; };', members: [], shown: [] },
    { tag: 'struct F1', decl: 'struct F1 { short a; union __attribute__((packed)) { long long c:59; } b; };', members: [], shown: [] },
  ];
  out[0].members = out[0].shown = [{ name: 'a[1]', kind: 'int', bits: 64, width: 0 }];
  out[1].members = out[1].shown = [{ name: 'a', kind: 'int', bits: 16, width: 0 }, { name: 'b.c', kind: 'int', bits: 64, width: 59 }];
  for (let r = out.length; r < count; r++) {
    const kind = below(5) === 0 ? 'union' : 'struct';
    const tag = `${kind} R${r}`;
    const fields: string[] = [];
    const members: Filled[] = [];
    for (let i = 0, n = 1 + below(6); i < n; i++) {
      const name = `m${i}`;
      const shape = below(10);
      if (shape <= 2) {
        // A bit-field of a plain or an aligned integer type; now and then exactly 8/16/32 wide.
        const integer = pick(INTEGERS);
        const type = below(3) === 0 ? integer : alignedTypedef(integer, pick(ALIGNS));
        const bits = sizeOf(integer) * 8;
        const width = below(4) === 0 ? Math.min(bits, pick([8, 16, 32])) : 1 + below(bits);
        if (below(8) === 0) fields.push(`${below(2) ? '__attribute__((aligned(16))) ' : ''}${type} :0;`);
        fields.push(`${type} ${name}:${width};`);
        members.push({ name, kind: 'int', bits, width });
      } else if (shape === 3) {
        const integer = pick(INTEGERS);
        fields.push(`${alignedTypedef(integer, pick(ALIGNS))} ${name};`);
        members.push({ name, kind: 'int', bits: sizeOf(integer) * 8, width: 0 });
      } else if (shape === 4) {
        fields.push(`${pick(['int', 'char', 'long long'])} *__attribute__((aligned(${pick(ALIGNS)}))) ${name};`);
        members.push({ name, kind: 'ptr', bits: 64, width: 0 });
      } else if (shape === 8) {
        // A union of one bit-field: gcc classifies it as the bit-field's declared type.
        const integer = pick(INTEGERS);
        const width = 1 + below(sizeOf(integer) * 8);
        fields.push(`union${below(2) ? ' __attribute__((packed))' : ''} { ${integer} c:${width}; } ${name};`);
        members.push({ name: `${name}.c`, kind: 'int', bits: sizeOf(integer) * 8, width });
      } else if (shape === 9) {
        // Classified on its own first: a char beside a long double's upper half is MEMORY.
        fields.push(`union { char h; long double i; } ${name};`);
        members.push({ name: `${name}.h`, kind: 'int', bits: 8, width: 0 });
      } else {
        const t = pick(PLAIN);
        const attr = below(6) === 0 ? '__attribute__((packed)) ' : below(6) === 0 ? `__attribute__((aligned(${pick(ALIGNS)}))) ` : '';
        fields.push(`${attr}${t.name} ${name};`);
        members.push({ name, kind: t.kind, bits: t.size * 8, width: 0 });
      }
    }
    const decl = `${tag} { ${fields.join(' ')} }${below(8) === 0 ? ' __attribute__((packed))' : ''};`;
    out.push({ tag, decl, members, shown: kind === 'union' ? members.slice(-1) : members });
  }
  return out;
}

/** The expression member m of record r gets, case k: distinct per record, member and case. */
function value(m: Filled, r: number, i: number, k: number): string {
  const n = (r * 7 + i * 3 + k * 5) % 23;
  if (m.kind === 'ptr') return `(void *)&pool[${n}]`;
  if (m.kind === 'float') return `${n}.5`;
  const limit = Math.min(m.width > 0 ? m.width - 1 : m.bits - 1, 30); // fits signed or unsigned
  return `${(n * 2654435761) % 2 ** limit}`;
}

function printField(m: Filled, v: string): string {
  if (m.kind === 'ptr') return `printf(" %d", (int)((int *)(void *)${v} - pool));`;
  if (m.kind === 'float') return `printf(" %g", (double)${v});`;
  return `printf(" %lld", (long long)${v});`;
}

function sources(seed: number, count: number): { header: string; main: string; lib: string } {
  const recs = records(seed, count);
  const typedefs = INTEGERS.flatMap((t) => ALIGNS.map((a) => `typedef ${t} ${alignedTypedef(t, a)} __attribute__((aligned(${a})));`));
  const header = [
    '#include <stdarg.h>', '#include <stdio.h>', 'enum E { e0, e1 = 0x7fffffff };', 'extern int pool[32];', ...typedefs,
    ...recs.flatMap((rec, r) => [
      rec.decl,
      `static void show${r}(const char *who, ${rec.tag} *x) {`,
      `  printf("%s R${r}:", who);`,
      ...rec.shown.map((m) => `  ${printField(m, `x->${m.name}`)}`),
      '  printf("\\n");',
      '}',
      `static void layout${r}(const char *who) {`,
      `  printf("%s R${r} size %zu align %zu\\n", who, sizeof(${rec.tag}), _Alignof(${rec.tag}));`,
      '}',
      `${rec.tag} check${r}(${rec.tag} a, ${rec.tag} *p, ${rec.tag} b);`,
      `void va${r}(int n, ...);`,
    ]),
  ].join('\n');
  const lib = ['#include "records.h"', ...recs.flatMap((rec, r) => [
    `${rec.tag} check${r}(${rec.tag} a, ${rec.tag} *p, ${rec.tag} b) {`,
    `  layout${r}("lib"); show${r}("lib a", &a); show${r}("lib p", p); show${r}("lib b", &b);`,
    '  return b;',
    '}',
    `void va${r}(int n, ...) {`,
    '  va_list ap;',
    '  va_start(ap, n);',
    `  while (n-- > 0) { ${rec.tag} x = va_arg(ap, ${rec.tag}); show${r}("lib va", &x); (void)va_arg(ap, double); }`,
    '  va_end(ap);',
    '}',
  ])].join('\n');
  const main = ['#include "records.h"', 'int pool[32];', 'int main(void) {', ...recs.flatMap((rec, r) => {
    const fill = (v: string, k: number) => rec.members.map((m, i) => `${v}.${m.name} = ${value(m, r, i, k)};`).join(' ');
    return [
      `  { ${rec.tag} a = {0}, b = {0}, c = {0}; ${fill('a', 0)} ${fill('b', 1)} ${fill('c', 2)}`,
      `    layout${r}("main"); ${rec.tag} back = check${r}(a, &b, c); show${r}("main back", &back);`,
      `    va${r}(2, a, 1.0, c, 2.0); }`,
    ];
  }), '  return 0;', '}'].join('\n');
  return { header, main, lib };
}

describe('random records half gcc, half tcc-lite', () => {
  for (const seed of [1, 2]) {
    it(`seed ${seed}`, () => {
      const dir = join(workDir, `records-${seed}`);
      mkdirSync(dir, { recursive: true });
      const { header, main, lib } = sources(seed, 30);
      writeFileSync(join(dir, 'records.h'), header);
      writeFileSync(join(dir, 'main.c'), main);
      writeFileSync(join(dir, 'lib.c'), lib);
      const build = (oursMain: boolean, oursLib: boolean) => {
        const sub = join(dir, `${oursMain ? 'our' : 'gcc'}-main-${oursLib ? 'our' : 'gcc'}-lib`);
        const obj = (file: string, ours: boolean) => (ours ? ourObject(join(dir, file), sub) : gccObject(join(dir, file), sub, ['-Wno-psabi']));
        return run(link([obj('main.c', oursMain), obj('lib.c', oursLib)], join(sub, 'exe')));
      };
      const reference = build(false, false);
      expect(reference.status).toBe(0);
      for (const [oursMain, oursLib] of [[true, false], [false, true], [true, true]]) {
        expect(build(oursMain, oursLib).stdout, `tcc-lite main: ${oursMain}, tcc-lite lib: ${oursLib}`).toBe(reference.stdout);
      }
    });
  }
});
