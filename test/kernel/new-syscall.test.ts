// The tutorial's workflow on a copy of the kernel: add a line to
// syscall_64.tbl and a SYSCALL_DEFINE to kernel/sys.c, rebuild, boot.
// The new call has a kernel bug (a NULL dereference), so this also checks
// the oops path: a report on the console, the calling task killed with
// SIGSEGV, and the machine going on.
import { execFile } from 'node:child_process';
import { appendFileSync, cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';
import { buildKernelWithGcc } from './gcc-build.js';
import { initramfs } from './cpio.js';
import { bootKernel } from './boot.js';
import { scratchDir } from '../scratch.js';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..', '..');

it('builds a kernel with a new system call whose bug oopses without stopping the machine', async () => {
  const work = scratchDir('kernel-newcall-');
  const src = join(work, 'src');
  cpSync(join(root, 'kernel-src'), src, { recursive: true });
  const tbl = join(src, 'arch/x86/entry/syscalls/syscall_64.tbl');
  writeFileSync(tbl, readFileSync(tbl, 'utf8').replace(/^(329\t.*\n)/m, '$1330\tcommon\tkbug\t\t\tsys_kbug\n'));
  appendFileSync(join(src, 'kernel/sys.c'), `
SYSCALL_DEFINE1(kbug, long, how)
{
	if (how == 1)
		return *(volatile long *)0;
	return *(volatile long *)0xffff800000000000UL;
}
`);
  const kernel = await buildKernelWithGcc(src, join(work, 'build'));
  const prog = join(work, 'oops');
  await run('gcc', ['-O1', '-static', '-nostdlib', '-fno-pie', '-no-pie', '-fno-stack-protector', '-o', prog,
    join(import.meta.dirname, 'fixtures/oops.c')]);
  const r = await bootKernel({ vmlinux: kernel.vmlinux, workDir: work, initrd: initramfs({ init: readFileSync(prog) }), append: '' });

  expect(r.console).toMatch(/\] BUG: unable to handle kernel NULL pointer dereference at 0000000000000000\n/);
  expect(r.console).toMatch(/\] BUG: unable to handle kernel paging request at ffff800000000000\n/);
  expect(r.console).toMatch(/\] Oops: 0000 \[#1\] SMP\n.*CPU: 0 PID: 2 Comm: init /);
  // kallsyms: the report names the function, as Linux's does (SyS_kbug is sys_kbug's
  // alias from SYSCALL_DEFINE; 4.7's oopses name it that way too).
  expect(r.console).toMatch(/\] IP: \[<ffffffff8[0-9a-f]{7}>\] (sys|SyS)_kbug\+0x[0-9a-f]+\/0x[0-9a-f]+\n/);
  expect(r.console).toMatch(/\] RIP: 0010:\[<(ffffffff8[0-9a-f]{7})>\]  \[<\1>\] (sys|SyS)_kbug\+0x[0-9a-f]+\/0x[0-9a-f]+\n/);
  expect(r.console).toMatch(/\] Call Trace:\n(.*\n)*?.*\] {2}\[<ffffffff8[0-9a-f]{7}>\] (\? )?do_syscall_64\+0x/);
  expect(r.console).toContain('\nchild killed by SIGSEGV\n');
  expect(r.console).toContain('\nchild2 killed by SIGSEGV\n');
  expect(r.console).toMatch(/\] stephen syscall called with "still working"\nstephen ok\n/);
  expect(r.status).toBe(0);
});
