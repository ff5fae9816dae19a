/**
 * Differential testing against gcc: random programs of macro definitions and uses
 * (object- and function-like, #, ##, __VA_ARGS__, nesting, self-reference), from a seeded
 * generator so failures reproduce. Where gcc accepts a program we must print the same
 * tokens; where gcc rejects it we must throw a CompileError.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { preprocess } from '../../compiler/cpp/index.js';
import { CompileError } from '../../compiler/diagnostics.js';
import { gccPreprocess, placedTokens } from './oracle.js';
import { seededChoice as rng } from '../prng.js';

const NAMES = ['A', 'B', 'C', 'F', 'G', 'H'];
const ATOMS = ['x', 'y', '1', '+', '-', '(', ')', ',', '"s"', 'A', 'B', 'C', 'F', 'G', 'H', 'E'];

function program(seed: number): string {
  const r = rng(seed);
  const pick = <T>(xs: T[]): T => xs[r(xs.length)];
  const lines: string[] = ['#define E'];
  const atoms = (n: number, params: string[]): string => {
    const out: string[] = [];
    for (let k = 0; k < n; k++) {
      const roll = r(10);
      if (params.length && roll < 3) out.push(pick(params));
      else if (params.length && roll === 3) out.push('#' + pick(params));
      else if (roll === 4 && out.length) out.push('##');
      else out.push(pick(ATOMS));
    }
    if (out[out.length - 1] === '##') out.pop();
    return out.join(r(2) ? ' ' : '');
  };
  for (let d = 0; d < 5; d++) {
    const name = pick(NAMES);
    if (r(2)) {
      lines.push(`#define ${name} ${atoms(r(4), [])}`);
    } else {
      const params = ['a', 'b', 'c'].slice(0, r(3) + 1);
      const variadic = r(3) === 0;
      const list = variadic ? [...params, '...'] : params;
      const bodyParams = variadic ? [...params, '__VA_ARGS__'] : params;
      lines.push(`#define ${name}(${list.join(', ')}) ${atoms(r(6) + 1, bodyParams)}`);
    }
  }
  for (let u = 0; u < 4; u++) {
    const name = pick(NAMES);
    const args: string[] = [];
    for (let k = r(4); k > 0; k--) args.push(pick(['x', '1', 'A', 'B(1)', 'F(x, y)', '(1, 2)', '', 'E', 'G']));
    lines.push(`${pick(['', 'x ', '('])}${name}${r(4) ? `(${args.join(', ')})` : ''}${pick(['', ' y', ')', ' F'])}`);
  }
  return lines.join('\n') + '\n';
}

const COUNT = Number(process.env.CPP_RANDOM_COUNT ?? 150);
const tmp = mkdtempSync(join(tmpdir(), 'cpp-random-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('random macro programs against gcc', () => {
  it(`agree with gcc on ${COUNT} programs`, () => {
    let accepted = 0;
    for (let seed = 1; seed <= COUNT; seed++) {
      const src = program(seed * 7919);
      const file = join(tmp, `r${seed}.c`);
      writeFileSync(file, src);
      const gcc = gccPreprocess(file, ['-P'], tmp);
      const gccFailed = !gcc.ok || /error/.test(gcc.stderr);
      let ours: string | CompileError;
      try {
        ours = preprocess(file, {}).text;
      } catch (e) {
        if (!(e instanceof CompileError)) throw e;
        ours = e;
      }
      if (gccFailed) {
        expect(ours, `seed ${seed}: gcc rejects\n${src}\n${gcc.stderr}`).toBeInstanceOf(CompileError);
        continue;
      }
      expect(ours, `seed ${seed}: gcc accepts\n${src}`).not.toBeInstanceOf(CompileError);
      const texts = (t: string): string => placedTokens(t).map((p) => p.text).join(' ');
      expect(texts(ours as string), `seed ${seed}\n${src}`).toBe(texts(gcc.text));
      accepted++;
    }
    console.log(`random programs: ${accepted} accepted by gcc and matched, ${COUNT - accepted} rejected by both`);
    expect(accepted).toBeGreaterThan(30);
  });
});
