/**
 * Micro benchmark: lines per second for generated sources (printed, not asserted — the
 * machine is shared). Target: > 1 million lines/second for plain code.
 */
import { describe, expect, it } from 'vitest';
import { preprocess } from '../../compiler/cpp/index.js';

/** A 50k-line program: headers with guards and macros, then plain and macro-heavy code. */
function generate(lines: number, macroHeavy: boolean): Map<string, string> {
  const files = new Map<string, string>();
  for (let h = 0; h < 20; h++) {
    let text = `#ifndef H${h}\n#define H${h}\n#include "common.h"\n`;
    for (let k = 0; k < 40; k++) text += `#define H${h}_M${k}(a, b) ((a) * ${k} + (b) - H${h}_C${k})\n#define H${h}_C${k} ${k * 3}\n`;
    text += `struct s${h} { int a; long b; char *name; };\nextern int f${h}(struct s${h} *p, int n);\n#endif\n`;
    files.set(`inc/h${h}.h`, text);
  }
  files.set('inc/common.h', '#pragma once\n#define max(a, b) ((a) > (b) ? (a) : (b))\n#define ARRAY_SIZE(x) (sizeof(x) / sizeof((x)[0]))\ntypedef unsigned long size_t;\n');
  const out: string[] = [];
  for (let h = 0; h < 20; h++) out.push(`#include "h${h}.h"`);
  for (let i = out.length; i < lines; i++) {
    const k = i % 40;
    const h = i % 20;
    if (i % 100 === 0) out.push(`/* block ${i} */`);
    else if (i % 7 === 0) out.push('');
    else if (macroHeavy) out.push(`    x${i % 13} = max(H${h}_M${k}(y, z), ARRAY_SIZE(table)) + f${h}(&s, ${i});`);
    else out.push(`    int v${i} = a[${i % 50}] + b * (c - ${i}) / d; // plain line`);
  }
  files.set('main.c', out.join('\n') + '\n');
  return files;
}

function measure(label: string, files: Map<string, string>): number {
  const lines = [...files.values()].reduce((n, t) => n + t.split('\n').length, 0);
  const opts = { includePaths: ['inc'], readFile: (p: string) => files.get(p) };
  preprocess('main.c', opts); // warm-up: JIT and the token cache of headers
  const runs = 3;
  const start = performance.now();
  let text = '';
  for (let r = 0; r < runs; r++) text = preprocess('main.c', { ...opts, readFile: (p: string) => (p === 'main.c' ? files.get(p)! + ' ' : files.get(p)) }).text;
  const ms = (performance.now() - start) / runs;
  const rate = Math.round(lines / (ms / 1000));
  console.log(`cpp bench ${label}: ${lines} lines in ${ms.toFixed(1)} ms = ${rate.toLocaleString('en-US')} lines/s (output ${text.length} chars)`);
  return rate;
}

describe('preprocessor speed', () => {
  it('plain code, 50k lines', () => {
    expect(measure('plain', generate(50_000, false))).toBeGreaterThan(0);
  });
  it('macro-heavy code, 50k lines', () => {
    expect(measure('macros', generate(50_000, true))).toBeGreaterThan(0);
  });
});
