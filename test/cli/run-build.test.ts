/**
 * `tcc-lite run` brings the build up to date first (cli/commands/run-build.ts): the
 * tutorial loop is one command. It must be exactly `tcc-lite build` followed by
 * `tcc-lite run`: the same console output, byte for byte, with the build's lines on
 * stderr and none at all when the build had nothing to do.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { build } from '../../cli/commands/build.js';
import { planRun, runBuildLog, runToolchain, TOOLCHAIN_RECORD } from '../../cli/commands/run-build.js';
import { silentLog } from '../../cli/build/log.js';
import { runCommandLine } from '../../cli/program.js';
import { scratchDir } from '../scratch.js';

const ROOT = join(__dirname, '../..');

describe('when run builds', () => {
  const project = (path: string): boolean => path === 'kernel-src' || path === 'userland';
  const nothing = (): boolean => false;

  it('builds by default in a project directory, into ./build as tcc-lite build does', () => {
    expect(planRun({}, project)).toEqual({
      kernel: 'build/vmlinux',
      initrd: 'build/initramfs.cpio',
      build: { kernelSrc: 'kernel-src', userland: 'userland', out: 'build' },
    });
    expect(planRun({}, nothing)).toEqual({ kernel: 'build/vmlinux', initrd: 'build/initramfs.cpio', build: undefined });
  });

  it('never rebuilds behind a named image, unless told to', () => {
    expect(planRun({ kernel: 'k' }, project).build).toBeUndefined();
    expect(planRun({ initrd: 'i' }, project).build).toBeUndefined();
    expect(planRun({ kernel: 'k', initrd: 'i', build: true }, project)).toMatchObject({ kernel: 'k', initrd: 'i', build: { out: 'build' } });
    expect(planRun({ build: false }, project).build).toBeUndefined();
  });

  it('build options mean a build, and --out moves the images booted', () => {
    expect(planRun({ kernelSrc: 'tree', out: 'o' }, nothing)).toEqual({
      kernel: 'o/vmlinux',
      initrd: 'o/initramfs.cpio',
      build: { kernelSrc: 'tree', userland: 'userland', out: 'o' },
    });
    expect(planRun({ out: 'o', build: false }, project)).toEqual({ kernel: 'o/vmlinux', initrd: 'o/initramfs.cpio', build: undefined });
    // --out alone only says where the images are: outside a project it boots them.
    expect(planRun({ out: 'o' }, nothing).build).toBeUndefined();
    expect(planRun({ out: 'o' }, project).build).toEqual({ kernelSrc: 'kernel-src', userland: 'userland', out: 'o' });
  });
});

describe('the toolchain of a run\'s build', () => {
  it('is the one that built OUT last, unless --cc names one', () => {
    const out = scratchDir('run-build-cc-');
    expect(runToolchain({}, out)).toBe('tcc-lite');
    writeFileSync(join(out, TOOLCHAIN_RECORD), 'gcc\n');
    expect(runToolchain({}, out)).toBe('gcc');
    expect(runToolchain({ cc: 'tcc-lite' }, out)).toBe('tcc-lite');
  });
});

describe('the build lines of a run', () => {
  it('say nothing when nothing was rebuilt, and list a small rebuild, the ready line too', () => {
    const lines: string[] = [];
    const quiet = runBuildLog('build', (l) => lines.push(l));
    quiet.step('Kernel:', 'arch/x86/boot/bzImage is ready');
    quiet.finish();
    expect(lines).toEqual([]);
    const busy = runBuildLog('build', (l) => lines.push(l));
    busy.step('CC', 'kernel/sys.o');
    busy.step('Kernel:', 'arch/x86/boot/bzImage is ready');
    busy.step('GEN', 'initramfs.cpio');
    busy.finish();
    expect(lines).toEqual(['  CC      kernel/sys.o\n', '  Kernel: arch/x86/boot/bzImage is ready\n', '  GEN     initramfs.cpio\n']);
  });

  it('sum up a rebuild of everything in two lines, so the guest\'s output stays on the screen', () => {
    const lines: string[] = [];
    const log = runBuildLog('out', (l) => lines.push(l));
    for (let i = 0; i < 240; i++) log.step('CC', `kernel/f${i}.o`);
    log.step('Kernel:', 'arch/x86/boot/bzImage is ready');
    log.step('GEN', 'initramfs.cpio');
    log.finish();
    expect(lines).toEqual(['  BUILD   out: rebuilding (tcc-lite build lists the steps)\n', '  BUILD   out: 241 steps done\n']);
  });
});

describe('tcc-lite run after an edit', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    process.exitCode = undefined;
  });

  /** Runs one tcc-lite command line in this process; returns its status and output. */
  async function tccLite(args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
    const out = { stdout: '', stderr: '' };
    const capture = (stream: 'stdout' | 'stderr') => (chunk: string | Uint8Array): boolean => {
      out[stream] += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
      return true;
    };
    vi.spyOn(process.stdout, 'write').mockImplementation(capture('stdout') as typeof process.stdout.write);
    vi.spyOn(process.stderr, 'write').mockImplementation(capture('stderr') as typeof process.stderr.write);
    const status = await runCommandLine(['node', 'tcc-lite', ...args]);
    vi.restoreAllMocks();
    process.exitCode = undefined;
    return { status, ...out };
  }

  it('boots what build then run would boot, printing the same console output', async () => {
    const tree = scratchDir('run-build-tree-');
    cpSync(join(ROOT, 'kernel-src'), tree, { recursive: true, dereference: true });
    const out = scratchDir('run-build-out-');
    // A copy, so that nobody's edit of the real userland/ makes a run rebuild mid-test.
    const userland = scratchDir('run-build-userland-');
    cpSync(join(ROOT, 'userland'), userland, { recursive: true, dereference: true });
    await build({ kernelSrc: tree, userland, out, cc: 'tcc-lite', log: silentLog });
    expect(readFileSync(join(out, TOOLCHAIN_RECORD), 'utf8')).toBe('tcc-lite\n');

    const sysC = join(tree, 'kernel/sys.c');
    const edit = (word: string): void => writeFileSync(sysC, readFileSync(sysC, 'utf8').replace(/stephen syscall( \w+)? called/, `stephen syscall ${word} called`));
    const command = ['-c', "test 'Hello World!'; dmesg | tail -n 1"];

    edit('edited');
    const single = await tccLite(['run', '--kernel-src', tree, '--userland', userland, '--out', out, ...command]);
    expect(single.status).toBe(0);
    expect(single.stdout).toContain('stephen syscall edited called with "Hello World!"');
    // A longer message may move what follows it in .rodata: then System.map changes too (as with gcc).
    expect(single.stderr).toMatch(/^ {2}CC {6}kernel\/sys\.o\n {2}LD {6}vmlinux\n( {2}SYSMAP {2}System\.map\n)? {2}Kernel: arch\/x86\/boot\/bzImage is ready\n$/);

    // Nothing changed since: no build lines, and the very same boot as a plain run.
    const again = await tccLite(['run', '--kernel-src', tree, '--userland', userland, '--out', out, ...command]);
    expect(again).toEqual({ status: 0, stdout: single.stdout, stderr: '' });
    const plain = await tccLite(['run', '--kernel', join(out, 'vmlinux'), '--initrd', join(out, 'initramfs.cpio'), ...command]);
    expect(plain).toEqual(again);

    // --no-build boots the stale image; a later run catches up.
    edit('twice');
    const stale = await tccLite(['run', '--no-build', '--out', out, ...command]);
    expect(stale.stdout).toBe(single.stdout);
    const caughtUp = await tccLite(['run', '--kernel-src', tree, '--userland', userland, '--out', out, ...command]);
    expect(caughtUp.stdout).toContain('stephen syscall twice called');

    // A mistake in the edit is reported as build reports it, and nothing boots.
    writeFileSync(sysC, readFileSync(sysC, 'utf8') + '\nint broken(void) { return missing; }\n');
    const bad = await tccLite(['run', '--kernel-src', tree, '--userland', userland, '--out', out, ...command]);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/kernel\/sys\.c:\d+:\d+: error: .*missing/);
    expect(bad.stdout).toBe('');
  }, 180_000);
});
