/**
 * The compiler keeps tokens compact and makes their objects as the parser reaches them
 * (compiler/cc/token-list.ts, parser-base.ts LA). Those objects must be the tokens the
 * scanner describes, and parsing must not depend on how far back or ahead it looks.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../compiler/cc/lexer.js';
import { gccObject, link, ourObject, run, workDir } from './helpers.js';

const fields = (t: { image: string; startOffset: number; tokenType: { name: string }; tokenTypeIdx: number }): string =>
  `${t.tokenType.name} ${t.tokenTypeIdx} ${t.image} ${t.startOffset}`;

describe('compact tokens', () => {
  it('make the objects the scanner describes, retagged and run tokens included', () => {
    const text = 'int t[] = {1, 2, 3, 4, 5, 6, 7, 8, 9};\n_Atomic(int) a; _Atomic int b;\nchar *s = "x\\n"; double d = 1.5e3;\n';
    const lexed = tokenize(text, 'x.c', undefined, true);
    const list = lexed.list;
    expect(list.length).toBe(lexed.tokens.length);
    for (let i = 0; i < list.length; i++) expect(fields(list.at(i))).toBe(fields(lexed.tokens[i]));
    expect(list.at(1).tokenType.name).toBe('Identifier');
    expect(lexed.tokens.some((t) => t.tokenType.name === 'IntegerRun')).toBe(true);
    expect(lexed.tokens.filter((t) => t.image === '_Atomic').map((t) => t.tokenType.name)).toEqual(['Kw__Atomic_type', 'Kw__Atomic']);
  });

  it('parse statements longer than the window of recent token objects', () => {
    // One expression of 6,000 tokens, and an initializer the scanner cannot fold into a run.
    const sum = Array.from({ length: 1000 }, (_, i) => `(${i} % 7)`).join(' + ');
    const table = Array.from({ length: 3000 }, (_, i) => (i % 3 === 0 ? `'${String.fromCharCode(97 + (i % 26))}'` : `${i}`)).join(', ');
    const src = `int printf(const char *, ...);
int table[] = { ${table} };
int main(void) {
  long s = ${sum};
  long t = 0;
  for (unsigned i = 0; i < sizeof table / sizeof *table; i++) t += table[i] * (i % 5);
  printf("%ld %ld\\n", s, t);
  return 0;
}
`;
    const file = join(workDir, 'long-statements.c');
    writeFileSync(file, src);
    const ours = run(link([ourObject(file, join(workDir, 'long-ours'))], join(workDir, 'long.ours')));
    const gcc = run(link([gccObject(file, join(workDir, 'long-gcc'))], join(workDir, 'long.gcc')));
    expect(ours.status).toBe(0);
    expect(ours).toEqual(gcc);
  });
});
