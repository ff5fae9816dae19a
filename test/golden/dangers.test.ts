/**
 * The seed's dangers (issue 2, test c), with a program compiled by `tcc-lite cc` and added
 * to the initramfs with --file.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cc } from '../../cli/commands/cc.js';
import { boot, buildTree, ROOT, type Built } from './harness.js';
import { scratchDir } from '../scratch.js';

describe("the seed's three dangers", () => {
  let built: Built;
  let program: string;
  beforeAll(async () => {
    built = await buildTree();
    program = join(scratchDir('dangers-'), 'dangers');
    await cc(['-o', program, join(ROOT, 'test/golden/programs/dangers.c')]);
  });

  it('each returns -EFAULT, logs nothing, and the next call works', async () => {
    const run = await boot(built, { command: "dangers; dmesg | grep -c 'syscall called'; dmesg | tail -n 1", files: [`/bin/dangers=${program}`] });
    expect(run.output).toMatch(new RegExp([
      'kernel pointer: returned -1, errno 14',
      'unmapped pointer: returned -1, errno 14',
      '300-byte string: returned -1, errno 14',
      'still works: returned 0, errno 0',
      '1',
      '\\[ +\\d+\\.\\d{6}\\] stephen syscall called with "after the dangers"',
      '',
    ].join('\n')));
    expect(run.exitCode).toBe(0);
  });
});
