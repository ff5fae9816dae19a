/**
 * gcc's make-rule output: -M/-MM print the rule instead of compiling, -MD/-MMD write it
 * beside the output; -MF/-MT/-MQ/-MP as in gcc. Checked against gcc's own rules.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cc } from '../../cli/commands/cc.js';
import { depFileFor, formatRule, quoteTarget } from '../../cli/commands/cc-deps.js';
import { scratchDir } from '../scratch.js';

const dir = scratchDir('cc-deps-');
writeFileSync(join(dir, 'm.c'), '#include "a.h"\n#include "sub/b.h"\n#include <stddef.h>\nint main(void) { return A + B; }\n');
writeFileSync(join(dir, 'a.h'), '#define A 0\n');
mkdirSync(join(dir, 'sub'));
writeFileSync(join(dir, 'sub/b.h'), '#define B 0\n');

/** Runs with the sources' directory as the working directory, as make would. */
async function inDir<T>(f: () => Promise<T>): Promise<T> {
  const cwd = process.cwd();
  process.chdir(dir);
  try {
    return await f();
  } finally {
    process.chdir(cwd);
  }
}

describe('dependency rules', () => {
  it('-MM -MF writes the rule gcc writes for the user headers', async () => {
    await inDir(() => cc(['-MM', 'm.c', '-MF', 'ours.d']));
    const theirs = execFileSync('gcc', ['-MM', 'm.c'], { cwd: dir, encoding: 'utf8' });
    expect(readFileSync(join(dir, 'ours.d'), 'utf8')).toBe(theirs);
  });

  it('-MMD -MP writes out/x.d while compiling out/x.o, as gcc', async () => {
    mkdirSync(join(dir, 'out'), { recursive: true });
    await inDir(() => cc(['-c', '-MMD', '-MP', 'm.c', '-o', 'out/x.o']));
    const ours = readFileSync(join(dir, 'out/x.d'), 'utf8');
    execFileSync('gcc', ['-c', '-MMD', '-MP', 'm.c', '-o', 'out/x.o'], { cwd: dir });
    expect(ours).toBe(readFileSync(join(dir, 'out/x.d'), 'utf8'));
  });

  it('-M keeps system headers, -MT and -MQ name the target', async () => {
    await inDir(() => cc(['-M', '-MT', 'custom', '-MQ', 'a b$', 'm.c', '-o', 'all.d']));
    const rule = readFileSync(join(dir, 'all.d'), 'utf8');
    expect(rule.startsWith('custom a\\ b$$: m.c a.h sub/b.h ')).toBe(true);
    expect(rule).toMatch(/libc\/include\/stddef\.h\n$/);
  });

  it('wraps long rules and names .d files as gcc 12 does', () => {
    const long = Array.from({ length: 8 }, (_, i) => `include/dir${i}/header${i}.h`);
    const text = formatRule(['t.o'], ['t.c', ...long], false);
    expect(text.split('\n').every((l) => l.length <= 80)).toBe(true);
    expect(text.replace(/ \\\n /g, ' ')).toBe(`t.o: t.c ${long.join(' ')}\n`);
    expect(quoteTarget('a b#$')).toBe('a\\ b\\#$$');
    expect(depFileFor('src/m.c', undefined, false)).toBe('m.d');
    expect(depFileFor('src/m.c', undefined, true)).toBe('a-m.d');
    expect(depFileFor('src/m.c', 'out/prog', true)).toBe('out/prog.d');
  });
});
