/**
 * # spells white space where gcc does when macros around the operand expand to nothing:
 * a macro preceded by white space and expanding to nothing leaves that space to the next
 * token (gcc's padding), compared with `gcc -E`.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { preprocess } from '../../compiler/cpp/index.js';

const DEFINES = `#define E
#define EF()
#define EE E E
#define EFF() EF()EF()
#define F(x) x
#define G(x) [x]
#define S() E E
#define B(x) S()x
#define s(x) #x
#define xs(x) s(x)
`;

function strings(text: string): string[] {
  const code = text.split('\n').filter((l) => !l.startsWith('#')).join('\n');
  return code.match(/"(?:[^"\\]|\\.)*"/g) ?? [];
}

describe('stringified spacing around empty expansions, as gcc', () => {
  it('keeps the space of an empty macro for the next token', () => {
    const uses = ['| E|', '|E |', '| E E|', '|E|', '| EF()|', '|EF() |', '|F( E)|', '|F(E )|', '|G( E)|', '| F(E)|', '|F( E) |',
      '| EE|', '|EE|', '|B(|)', '| B(|)', '|EF()B(|)', '| EFF()|', '|EFF()|', '|E B(|)', '| E'];
    const src = DEFINES + uses.map((u) => `xs(${u})\n`).join('');
    const gcc = execFileSync('gcc', ['-E', '-P', '-x', 'c', '-'], { input: src, encoding: 'utf8' });
    const readFile = (p: string): string | undefined => (p === 'main.c' ? src : undefined);
    expect(strings(preprocess('main.c', { readFile }).text)).toEqual(strings(gcc));
  });

  it('drops a final backslash that would escape the closing quote, with gcc\'s warning', () => {
    const src = '#define s(x) #x\ns(\\) s(\\\\) s(\\\\\\) s(a\\b) s("\\\\")\n';
    const gcc = spawnSync('gcc', ['-E', '-P', '-x', 'c', '-'], { input: src, encoding: 'utf8' });
    const readFile = (p: string): string | undefined => (p === 'main.c' ? src : undefined);
    const result = preprocess('main.c', { readFile });
    expect(strings(result.text)).toEqual(strings(gcc.stdout));
    const gccWarnings = [...gcc.stderr.matchAll(/warning: (.*)/g)].map((m) => m[1].replace(/[‘’]/g, "'"));
    expect(result.warnings.map((w) => w.message)).toEqual(gccWarnings);
  });
});
