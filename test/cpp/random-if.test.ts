/**
 * #if arithmetic against gcc: random constant expressions (signed and unsigned 64-bit
 * values, every operator, short circuits, ?:) whose sign and 64 bits are each tested by
 * an #if, so any difference in value or signedness shows up as a different output line.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { preprocess } from '../../compiler/cpp/index.js';
import { gccPreprocess } from './oracle.js';
import { seededChoice as rng } from '../prng.js';

const LITERALS = ['0', '1', '2', '7', '63', '64', '-1', '255', '0x7fffffff', '0xffffffff', '0x7fffffffffffffff', '0xffffffffffffffff', '1u', '3U', '10L', '5ull', '077', "'a'", "'\\377'", '18446744073709551615u', '9223372036854775807'];
const BINARY = ['+', '-', '*', '<<', '>>', '<', '>', '<=', '>=', '==', '!=', '&', '^', '|', '&&', '||'];

function expr(r: (n: number) => number, depth: number): string {
  if (depth === 0 || r(4) === 0) return LITERALS[r(LITERALS.length)];
  switch (r(6)) {
    case 0: return `${['-', '~', '!', '+'][r(4)]}(${expr(r, depth - 1)})`;
    case 1: return `(${expr(r, depth - 1)}) ? (${expr(r, depth - 1)}) : (${expr(r, depth - 1)})`;
    case 2: return `(${expr(r, depth - 1)}) ${['/', '%'][r(2)]} ${['3', '7u', '-2', '1000'][r(4)]}`;
    default: return `(${expr(r, depth - 1)}) ${BINARY[r(BINARY.length)]} (${expr(r, depth - 1)})`;
  }
}

const tmp = mkdtempSync(join(tmpdir(), 'cpp-if-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

it('evaluates random #if expressions exactly as gcc', () => {
  const r = rng(Number(process.env.CPP_RANDOM_SEED ?? 12345));
  const lines: string[] = [];
  for (let n = 0; n < 60; n++) {
    const e = expr(r, 4);
    lines.push(`#if (${e}) < 0`, `e${n}_negative`, '#endif');
    for (let bit = 0; bit < 64; bit += 1) lines.push(`#if ((${e}) >> ${bit}) & 1`, `e${n}_bit${bit}`, '#endif');
  }
  const src = lines.join('\n') + '\n';
  writeFileSync(join(tmp, 'if.c'), src);
  const gcc = gccPreprocess('if.c', ['-P', '-w'], tmp);
  expect(gcc.ok, gcc.stderr).toBe(true);
  const ours = preprocess('if.c', { readFile: (p) => (p === 'if.c' ? src : undefined) }).text;
  const words = (t: string): string[] => t.replace(/^# .*$/gm, '').split(/\s+/).filter((w) => w !== '');
  expect(words(ours)).toEqual(words(gcc.text));
  expect(words(ours).length).toBeGreaterThan(500);
});
