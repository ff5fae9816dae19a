/**
 * Random extended regular expressions (over a three-letter alphabet, with
 * groups, alternation, brackets and every repetition form) against glibc's
 * regexec: the same texts must give the same result and the same whole
 * match. Submatches follow glibc too, except for its own choice of
 * iterations inside bounded repetitions ({m,n} around groups), which POSIX
 * leaves loose; those may differ in a handful of cases.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, expect, it } from 'vitest';
import { cc } from '../../cli/commands/cc.js';
import { mulberry32 } from '../prng.js';
import { runProgram } from './run.js';

const run = promisify(execFile);
const DRIVER = resolve(import.meta.dirname, 'c/regex_driver.c');
const work = mkdtempSync(join(tmpdir(), 'tcc-lite-regex-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function randomCases(seed: number, count: number): string {
  const random = mulberry32(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const atom = (depth: number): string => {
    const r = random();
    if (depth < 2 && r < 0.25) return `(${alternation(depth + 1)})`;
    if (r < 0.35) return '.';
    if (r < 0.45) return pick(['[ab]', '[^a]', '[a-c]']);
    return pick(['a', 'b', 'c']);
  };
  const piece = (depth: number): string => {
    const a = atom(depth);
    const r = random();
    if (r < 0.2) return a + '*';
    if (r < 0.3) return a + '+';
    if (r < 0.4) return a + '?';
    if (r < 0.45) return `${a}{${Math.floor(random() * 2)},${1 + Math.floor(random() * 3)}}`;
    return a;
  };
  const branch = (depth: number): string => Array.from({ length: 1 + Math.floor(random() * 4) }, () => piece(depth)).join('');
  const alternation = (depth: number): string => {
    let s = branch(depth);
    while (random() < 0.25) s += '|' + branch(depth);
    return s;
  };
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    lines.push(alternation(0), Array.from({ length: Math.floor(random() * 9) }, () => pick(['a', 'b', 'c'])).join(''));
  }
  return lines.join('\n') + '\n';
}

it('2,000 random extended regular expressions match as in glibc', async () => {
  const glibc = join(work, 'driver.glibc');
  const ours = join(work, 'driver.tcc');
  await run('gcc', ['-O0', '-w', DRIVER, '-o', glibc]);
  await cc(['-w', '-o', ours, DRIVER]);
  const input = randomCases(2024, 2000);
  const expected = runProgram(glibc, [], { input }).stdout.split('\n');
  const actual = runProgram(ours, [], { input }).stdout.split('\n');
  expect(actual.length).toBe(expected.length);
  const cases = input.split('\n');
  let submatchDifferences = 0;
  for (let i = 0; i < expected.length; i++) {
    if (actual[i] === expected[i]) continue;
    const [want, got] = [expected[i].split(' ').slice(0, 2), actual[i].split(' ').slice(0, 2)];
    expect({ pattern: cases[2 * i], text: cases[2 * i + 1], result: got }).toEqual({ pattern: cases[2 * i], text: cases[2 * i + 1], result: want });
    submatchDifferences++;
  }
  expect(submatchDifferences).toBeLessThanOrEqual(4);
}, 60_000);
