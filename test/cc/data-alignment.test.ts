/**
 * Static objects are aligned as gcc 12 aligns them on x86-64: arrays of 16 bytes or more
 * 16-aligned (the ABI), aggregates from 8 bytes on to the word, from 16 to 16 and from 32
 * on to 32 (gcc's -malign-data=compat), thread-locals never past the word unless the ABI
 * says so, an `aligned` on the declaration kept exactly, long string literals to the word.
 * The oracle is gcc -S on the same file: each object's alignment from `.align` before its
 * label or from `.comm`.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cc } from '../../cli/commands/cc.js';
import { workDir } from './helpers.js';

const dir = join(workDir, 'data-alignment');
mkdirSync(dir, { recursive: true });

/** Object name → alignment, read from assembly text (gcc's or ours). */
function alignments(asm: string): Map<string, number> {
  const out = new Map<string, number>();
  let pending = 1;
  for (const raw of asm.split('\n')) {
    const line = raw.trim();
    const align = /^\.(?:p2)?align\s+(\d+)/.exec(line);
    if (align) pending = line.startsWith('.p2align') ? 2 ** Number(align[1]) : Number(align[1]);
    const comm = /^\.comm\s+([\w.]+),\s*\d+,\s*(\d+)/.exec(line);
    if (comm) out.set(comm[1], Number(comm[2]));
    const label = /^([\w.]+):$/.exec(line);
    if (label) {
      out.set(label[1], pending);
      pending = 1;
    }
    if (/^\.(text|data|bss|section)\b/.test(line)) pending = 1;
  }
  return out;
}

async function compareWithGcc(name: string, src: string): Promise<Map<string, number>> {
  const file = join(dir, `${name}.c`);
  writeFileSync(file, src);
  const gccAsm = execFileSync('gcc', ['-O0', '-S', '-o', '-', file], { encoding: 'utf8' });
  await cc(['-S', '-o', join(dir, `${name}.s`), file]);
  const ours = alignments(readFileSync(join(dir, `${name}.s`), 'utf8'));
  const theirs = alignments(gccAsm);
  // Objects only: gcc names its string literals .LC0.. in another order than ours, and
  // labels inside functions are not objects.
  const named = (m: Map<string, number>): [string, number][] => [...m].filter(([k]) => /^[a-z]\w*$/.test(k) && !k.startsWith('f_')).sort();
  expect(named(ours)).toEqual(named(theirs));
  return ours;
}

describe('static data alignment as gcc', () => {
  it('arrays, structs and unions by size', async () => {
    const decls: string[] = [];
    for (const n of [1, 2, 3, 4, 7, 8, 9, 15, 16, 17, 31, 32, 33, 64, 4096]) {
      decls.push(`char a${n}[${n}];`, `struct S${n} { char c[${n}]; } s${n};`, `union U${n} { char c[${n}]; } u${n};`,
        `struct __attribute__((packed)) P${n} { char c; int i[${n}]; } p${n};`, `static short st${n}[${n}];`, `const char r${n}[${n}] = { 1 };`);
    }
    decls.push('char *f_use(void) { return (char *)st1 + (long)st2 + (long)st3 + (long)st4 + (long)st7 + (long)st8 + (long)st9 + (long)st15 + (long)st16 + (long)st17 + (long)st31 + (long)st32 + (long)st33 + (long)st64 + (long)st4096; }');
    const m = await compareWithGcc('sizes', decls.join('\n') + '\n');
    expect(m.get('a33')).toBe(32);
    expect(m.get('s9')).toBe(8);
  });

  it('declared alignment is kept exactly; a type attribute is not the declaration\'s', async () => {
    const m = await compareWithGcc('declared', [
      'char v[40] __attribute__((aligned(8)));', 'char w[40] __attribute__((aligned(4)));', '_Alignas(2) char x[40];',
      'char __attribute__((aligned(64))) y[10];', 'struct __attribute__((aligned(8))) T { char x[40]; } t;',
      'typedef struct { char c[40]; } __attribute__((aligned(4))) B4; B4 z;', 'double d[5];', '_Complex double cd;', 'long double ld[3];',
      '__int128 i128; _Complex long double cld; __float128 f128; typedef int v8 __attribute__((vector_size(32))); v8 vec; _Complex float cf;',
    ].join('\n') + '\n');
    expect(m.get('w')).toBe(4);
  });

  it('thread-locals, static locals and string literals', async () => {
    const m = await compareWithGcc('other', [
      '_Thread_local char ta[8]; _Thread_local struct { char c[40]; } ts; _Thread_local char tb[16]; _Thread_local char tc[40];',
      'char *lit = "a string literal of more than thirty bytes"; char *shortlit = "twenty bytes or so..";',
      'int *f_locals(void) { static char l1[8], l2[40]; static int l3[3]; return (int *)((long)l1 + (long)l2 + (long)l3); }',
    ].join('\n') + '\n');
    expect(m.get('tc')).toBe(16);
  });

  it('string literals of every character type are read-only, long ones word-aligned', async () => {
    const file = join(dir, 'strings.c');
    writeFileSync(file, 'void *u = L"wide string of more than thirty-one bytes"; void *v = u"short"; char *w = "thirty characters of text here";\n');
    await cc(['-S', '-o', join(dir, 'strings.s'), file]);
    const asm = readFileSync(join(dir, 'strings.s'), 'utf8');
    const gccAsm = execFileSync('gcc', ['-O0', '-S', '-o', '-', file], { encoding: 'utf8' });
    const literalAligns = (text: string): number[] => [...alignments(text)].filter(([k]) => k.startsWith('.LC')).map(([, a]) => a).sort();
    expect(literalAligns(asm)).toEqual(literalAligns(gccAsm));
    expect(asm).not.toMatch(/^\t\.data\n\t\.type \.LC/m);
  });
});
