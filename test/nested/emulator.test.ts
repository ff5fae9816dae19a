/**
 * Programs whose nested functions need an executable stack (trampolines) and jump out of
 * a qsort callback run in our kernel as they do natively: the kernel maps the user stack
 * executable when the program's PT_GNU_STACK asks for it.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cc } from '../../cli/commands/cc.js';
import { boot, buildTree, ROOT } from '../golden/harness.js';
import { scratchDir } from '../scratch.js';

describe('nested functions in the emulator', () => {
  it('trampolines on the stack run under our kernel', async () => {
    const built = await buildTree();
    const dir = scratchDir('tcc-lite-nested-emu-');
    const programs = ['nested_callback', 'nested_goto'];
    let expected = '';
    for (const name of programs) {
      const src = join(ROOT, `test/cc/programs/${name}.c`);
      await cc(['-o', join(dir, name), src]);
      execFileSync('gcc', ['-w', '-o', join(dir, `${name}.ref`), src], { stdio: 'pipe' });
      expected += `${execFileSync(join(dir, `${name}.ref`), { encoding: 'utf8' })}status=0\n`;
    }
    const run = await boot(built, {
      command: programs.map((p) => `${p}; echo status=$?`).join('; '),
      files: programs.map((p) => `/bin/${p}=${join(dir, p)}`),
    });
    expect(run.output).toBe(expected);
  }, 120_000);
});
