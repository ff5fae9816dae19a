/**
 * Objects from our own assembler (fed gcc's assembly): our linker and GNU ld must both
 * link them into programs that behave the same; and the .tcclite.lines table from `.loc`
 * must turn into a source map.
 */

import { afterAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { assemble } from '../../compiler/asm/index.js';
import { link, parseSourceMap, symbolize } from '../../compiler/link/index.js';
import { PRINT_H, RUNTIME_C, run, USER_CFLAGS, Workdir } from './helpers.js';

const w = new Workdir();
afterAll(() => w.cleanup());

/** gcc -S, then our assembler. */
function viaOurAssembler(name: string, source: string, flags: string[] = USER_CFLAGS): { name: string; data: Uint8Array } {
  const src = w.write(name, source);
  const asmText = execFileSync('gcc', [...flags, '-S', '-o', '-', src], { encoding: 'utf8' });
  return { name: name.replace(/\.c$/, '.o'), data: assemble(asmText, { fileName: name }) };
}

describe('objects written by our assembler', () => {
  const runtime = viaOurAssembler('rt.c', RUNTIME_C);
  const main = viaOurAssembler('main.c', `${PRINT_H}
    static const char *words[] = { "linked", "by", "tcc-lite" };
    int total = 3;
    int main(void) { for (int i = 0; i < total; i++) { puts_(words[i]); puts_("\\n"); } return 17; }
  `);

  it('link with our linker and with GNU ld into programs that behave the same', () => {
    const ours = w.writeExe('asm.tcc', link([runtime, main], {}).elf);
    const gnu = w.gnuLink('asm.ld', [runtime, main]);
    const a = run(ours);
    expect(a).toEqual(run(gnu));
    expect(a).toEqual({ stdout: 'linked\nby\ntcc-lite\n', status: 17 });
  });

  it('carry line tables that become a source map', () => {
    const dbg = viaOurAssembler('dbg.c', 'int twice(int x) {\n  return x * 2;\n}\n', [...USER_CFLAGS, '-g']);
    const result = link([runtime, main, dbg], { sourceMap: true });
    const table = parseSourceMap(result.sourceMap!);
    expect(table).toBeDefined();
    const twice = result.symbols.get('twice')!.address;
    expect(symbolize(result.symbols, twice, table)).toMatch(/^twice\+0x0 \(.*dbg\.c:[12]\)$/);
  });
});
