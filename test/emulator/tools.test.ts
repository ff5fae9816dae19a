// The developer boot tool (emulator/tools/boot.ts) as the kernel engineer
// uses it: console on stdout, the machine's exit status, symbolized traces.

import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildKernel, KERNEL_LIB_C, makeTempDir } from './helpers.js';

const root = join(import.meta.dirname, '..', '..');
let dir: string;

function boot(args: string[], input = ''): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'emulator/tools/boot.ts'), ...args], { cwd: root, input, encoding: 'latin1', timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  dir = makeTempDir('tools');
  buildKernel(dir, {
    'main.c': `${KERNEL_LIB_C}
int kmain(unsigned long *info) {
  const char *cmdline = (const char *)(info[2] + 0xffffffff80000000ul);
  puts("cmdline: "); puts(cmdline); puts("\\n");
  if (cmdline[0] == 'c') { volatile int *p = (int *)0x5000000000; return *p; }
  return 3;
}`,
  });
  const nm = spawnSync('nm', [join(dir, 'kernel.elf')], { encoding: 'utf8' });
  writeFileSync(join(dir, 'System.map'), nm.stdout);
});

describe('emulator/tools/boot.ts', () => {
  it('prints the console and exits with the guest status', () => {
    const r = boot(['--kernel', join(dir, 'kernel.elf'), '--append', 'hello world', '-m', '32']);
    expect(r.stdout).toBe('cmdline: hello world\n');
    expect(r.status).toBe(3);
  });

  it('prints a symbolized register dump and trace on a triple fault', () => {
    const r = boot(['--kernel', join(dir, 'kernel.elf'), '--append', 'crash', '--system-map', join(dir, 'System.map'), '--trace', '4']);
    expect(r.status).toBe(125);
    expect(r.stderr).toMatch(/Triple fault/);
    expect(r.stderr).toMatch(/RIP: ffffffff81[0-9a-f]+ <kmain\+0x[0-9a-f]+>/);
    expect(r.stderr).toMatch(/Last exceptions: #PF\(0x0\) #GP\(0x72\) #DF\(0x0\)/);
    expect(r.stderr).toMatch(/CR2: 0000005000000000/);
    expect(r.stderr).toMatch(/Last 4 instructions \(oldest first\):\n(  ffffffff81[0-9a-f]+ <\w+(\+0x[0-9a-f]+)?>\n){4}/);
  });

  it('rejects a missing kernel with a usage error', () => {
    const r = boot(['--kernel', join(dir, 'nope.elf')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/cannot read kernel/);
  });
});
