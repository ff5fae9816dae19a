/**
 * The preprocessor micro benchmark, run as a plain Node process (see bench.test.ts):
 * generated 50k-line sources with 20 guarded headers, plain and macro-heavy.
 * Prints lines per second of wall and CPU time (the CPU figure is steadier on a busy host).
 */
import { preprocess } from '../../compiler/cpp/index.js';

/** A 50k-line program: headers with guards and macros, then plain or macro-heavy lines. */
export function generate(lines: number, macroHeavy: boolean): Map<string, string> {
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

function measure(label: string, files: Map<string, string>): void {
  const lines = [...files.values()].reduce((n, t) => n + t.split('\n').length, 0);
  let best = { wall: Infinity, cpu: Infinity };
  for (let run = 0; run < 2; run++) {
    // A different main text each run: the main file is lexed every time, headers are cached.
    const readFile = (p: string): string | undefined => (p === 'main.c' ? files.get(p)! + ' '.repeat(run) : files.get(p));
    const start = performance.now();
    const cpu0 = process.cpuUsage();
    preprocess('main.c', { includePaths: ['inc'], readFile });
    const cpu = process.cpuUsage(cpu0);
    const wall = performance.now() - start;
    if (run > 0) best = { wall: Math.min(best.wall, wall), cpu: Math.min(best.cpu, (cpu.user + cpu.system) / 1000) }; // run 0 warms the JIT
  }
  const rate = (ms: number): string => Math.round(lines / (ms / 1000)).toLocaleString('en-US');
  console.log(`cpp bench ${label}: ${lines} lines: ${best.wall.toFixed(0)} ms wall = ${rate(best.wall)} lines/s; ${best.cpu.toFixed(0)} ms cpu = ${rate(best.cpu)} lines/s`);
}

measure('plain', generate(50_000, false));
measure('macro-heavy', generate(50_000, true));
