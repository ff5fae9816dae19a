/**
 * The tutorial's three edits applied verbatim to a tree that lacks them (issue 2, test b):
 * append the .tbl line, paste SYSCALL_DEFINE1 into kernel/sys.c, set CONFIG_LOCALVERSION.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { boot, buildTree, ROOT } from './harness.js';
import { scratchDir } from '../scratch.js';

const TBL = 'arch/x86/entry/syscalls/syscall_64.tbl';
const TABLE_LINE = '329\tcommon\tstephen\tsys_stephen';
const SEED_FUNCTION = `SYSCALL_DEFINE1(stephen, char *, msg)
{
  char buf[256];
  long copied = strncpy_from_user(buf, msg, sizeof(buf));
  if (copied < 0 || copied == sizeof(buf))
    return -EFAULT;
  printk(KERN_INFO "stephen syscall called with \\"%s\\"\\n", buf);
  return 0;
}
`;

/** A copy of kernel-src as a fresh Linux 4.7.1 tarball would be: no stephen, Arch's suffix. */
function pristineTree(): string {
  const dir = scratchDir('tcc-lite-tree-');
  cpSync(join(ROOT, 'kernel-src'), dir, { recursive: true });
  const tbl = readFileSync(join(dir, TBL), 'utf8');
  expect(tbl).toContain(TABLE_LINE);
  writeFileSync(join(dir, TBL), tbl.split('\n').filter((l) => !/^329\s+common\s+stephen\b/.test(l)).join('\n'));
  const sys = readFileSync(join(dir, 'kernel/sys.c'), 'utf8');
  expect(sys).toContain(SEED_FUNCTION);
  writeFileSync(join(dir, 'kernel/sys.c'), sys.replace(SEED_FUNCTION, ''));
  const config = readFileSync(join(dir, '.config'), 'utf8');
  writeFileSync(join(dir, '.config'), config.replace(/^CONFIG_LOCALVERSION=.*$/m, 'CONFIG_LOCALVERSION="-ARCH"'));
  return dir;
}

/** The tutorial's edits, as a person makes them. */
function applyTutorial(dir: string): void {
  // "Go to the bottom of the first group (it ends at syscall 328 in version 4.7.1)".
  const lines = readFileSync(join(dir, TBL), 'utf8').split('\n');
  const last = lines.findIndex((l) => /^328\s/.test(l));
  lines.splice(last + 1, 0, TABLE_LINE);
  writeFileSync(join(dir, TBL), lines.join('\n'));
  // "Put this somewhere in the file".
  writeFileSync(join(dir, 'kernel/sys.c'), readFileSync(join(dir, 'kernel/sys.c'), 'utf8') + '\n' + SEED_FUNCTION);
  const config = readFileSync(join(dir, '.config'), 'utf8');
  writeFileSync(join(dir, '.config'), config.replace('CONFIG_LOCALVERSION="-ARCH"', 'CONFIG_LOCALVERSION="-stephen"'));
}

describe('the tutorial applied to a pristine tree', () => {
  let tree: string;
  beforeAll(() => {
    tree = pristineTree();
  });

  it('without the edits, 329 is not a system call (ENOSYS) and the release is -ARCH', async () => {
    const built = await buildTree({ kernelSrc: tree });
    const run = await boot(built, { command: "uname -r; test 'Hello World!'" });
    expect(run.output).toBe('4.7.1-ARCH\nMaking system call with "Hello World!".\nSystem call returned -1.\n');
  });

  it('after the edits, uname -r is 4.7.1-stephen and the message is in the log', async () => {
    applyTutorial(tree);
    const built = await buildTree({ kernelSrc: tree });
    const run = await boot(built, { command: "uname -r; test 'Hello World!'; dmesg | tail -n 1" });
    expect(run.output).toMatch(/^4\.7\.1-stephen\nMaking system call with "Hello World!"\.\nSystem call returned 0\.\n\[ +\d+\.\d{6}\] stephen syscall called with "Hello World!"\n$/);
    expect(run.exitCode).toBe(0);
  });
});
