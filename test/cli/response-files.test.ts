/**
 * `@FILE` arguments (gcc's response files, which CMake and Ninja write for long command
 * lines) in cc, as and ld: read as gcc reads them, checked by running gcc on the same file.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { linkCommand } from '../../cli/commands/binutils.js';
import { cc } from '../../cli/commands/cc.js';
import { scratchDir } from '../scratch.js';

const dir = scratchDir('response-files-');
const at = (name: string): string => join(dir, name);

writeFileSync(at('hello world.c'), '#include <stdio.h>\nint main(void) { puts(GREETING " " SECOND); return 0; }\n');
// Quotes of both kinds, a backslash, arguments over several lines, and a nested file.
writeFileSync(at('inner.rsp'), `-DSECOND='"from inner"'\n`);
writeFileSync(at('outer.rsp'), `-DGREETING="\\"quoted\\"" @${at('inner.rsp')}\n  "${at('hello world.c')}"\n-o ${at('prog')}\n`);

describe('response files', () => {
  it('cc @FILE reads the arguments as gcc does, nested files too', async () => {
    await cc([`@${at('outer.rsp')}`]);
    const ours = execFileSync(at('prog'), { encoding: 'utf8' });
    execFileSync('gcc', [`@${at('outer.rsp')}`]);
    expect(ours).toBe(execFileSync(at('prog'), { encoding: 'utf8' }));
    expect(ours).toBe('quoted from inner\n');
  });

  it('ld @FILE takes the objects from the file; an @ naming no file is an ordinary argument', async () => {
    writeFileSync(at('start.s'), '\t.globl _start\n_start:\n\tmov $60, %eax\n\tmov $5, %edi\n\tsyscall\n');
    execFileSync('as', [at('start.s'), '-o', at('start.o')]);
    writeFileSync(at('link.rsp'), `${at('start.o')} -o ${at('linked')}\n`);
    await linkCommand([`@${at('link.rsp')}`]);
    expect(spawnSync(at('linked')).status).toBe(5);
    await expect(cc(['-c', `@${at('missing.rsp')}`])).rejects.toThrow(`@${at('missing.rsp')}: No such file or directory`);
  });

  it('response files that name each other are an error, not a hang', async () => {
    writeFileSync(at('loop.rsp'), `@${at('loop.rsp')}\n`);
    await expect(cc([`@${at('loop.rsp')}`])).rejects.toThrow('response files nested more than 64 deep');
  });
});
