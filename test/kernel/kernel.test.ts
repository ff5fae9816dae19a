// Boots the gcc-built kernel in tcc-lite's emulator with a test program
// (fixtures/ktest.c) as init, and checks the tutorial, the "three
// dangers", uname, syslog/dmesg, processes, memory and files.  Where the
// behaviour is plain Linux, the oracle is the same program run natively
// on this host.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildKernelWithGcc, type KernelBuild } from './gcc-build.js';
import { initramfs } from './cpio.js';
import { bootKernel, type BootResult } from './boot.js';
import { scratchDir } from '../scratch.js';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..', '..');
const work = scratchDir('kernel-test-');
let kernel: KernelBuild;
let ktest: Uint8Array;
let ktestPath: string;

beforeAll(async () => {
  kernel = await buildKernelWithGcc(join(root, 'kernel-src'), join(work, 'build'));
  ktestPath = join(work, 'ktest');
  await run('gcc', ['-O1', '-static', '-nostdlib', '-fno-pie', '-no-pie', '-fno-stack-protector',
    '-fno-builtin', '-o', ktestPath, join(import.meta.dirname, 'fixtures/ktest.c')]);
  ktest = readFileSync(ktestPath);
});

function boot(append: string, files: Record<string, Uint8Array> = {}, input?: string): Promise<BootResult> {
  return bootKernel({
    vmlinux: kernel.vmlinux, systemMap: kernel.systemMap, workDir: work,
    initrd: initramfs({ init: ktest, ...files }), append, input,
  });
}

/** The program's own output: console lines after init starts, without kernel messages. */
function userOutput(console: string): string {
  const start = console.indexOf('Run /init as init process\n');
  return console.slice(start < 0 ? 0 : start + 26).split('\n').filter((l) => !l.startsWith('[')).join('\n');
}

async function native(...args: string[]): Promise<string> {
  const cwd = mkdtempSync(join(work, 'native-'));
  const { stdout } = await run(ktestPath, args, { cwd }).catch((e: { stdout: string }) => e);
  return stdout.replaceAll(ktestPath, '/init');
}

describe.concurrent('kernel booted in the emulator', () => {
  it('prints the Linux banner first and runs the tutorial system call', async () => {
    const r = await boot('-- tutorial dmesg');
    const lines = r.console.split('\n');
    expect(lines[0]).toMatch(
      /^\[ {4}0\.000000\] Linux version 4\.7\.1-stephen \(\S+@\S+\) \(gcc version [^)]*\) ?\) #1 SMP Sat Aug 20 12:00:00 UTC 2016$/);
    expect(r.console).toMatch(/\n\[ {4}0\.\d{6}\] stephen syscall called with "Hello World!"\n/);
    expect(r.status).toBe(42);
    const out = userOutput(r.console);
    expect(out).toContain('stephen("Hello World!"): 0\n');
    // The three dangers of the tutorial, and NULL: -EFAULT and nothing else happens.
    expect(out).toContain('stephen(kernel pointer): -14\n');
    expect(out).toContain('stephen(unmapped pointer): -14\n');
    expect(out).toContain('stephen(300-byte string): -14\n');
    expect(out).toContain('stephen(NULL): -14\n');
    expect(out).toContain('stephen("again"): 0\n');
    expect(r.console.match(/stephen syscall called/g)).toHaveLength(2 + 2); // console + syslog lines
    expect(r.console).not.toMatch(/BUG|Oops|segfault/);
    // Unknown numbers: -ENOSYS.
    expect(out).toContain('syscall 330: -38\nsyscall -1: -38\nsyscall 100000: -38\n');
    // syslog(READ_ALL) gives "<6>[    t.tttttt] text" lines, as dmesg expects.
    expect(out).toMatch(/\n<6>\[ {4}0\.\d{6}\] stephen syscall called with "Hello World!"\n<6>\[ {4}0\.\d{6}\] stephen syscall called with "again"\n/);
    expect(out).toContain('syslog(SIZE_BUFFER): 131072\nsyslog(READ_ALL, NULL): -22\nsyslog(bad type): -22\n');
  });

  it('keeps the newest messages when the log buffer wraps', async () => {
    const r = await boot('quiet -- flood');
    expect(userOutput(r.console)).toBe('flood: read fits: 1\nflood: lines well formed: 1\nflood: newest last: 1\n' +
      'flood: clear: 0\nflood: read after clear: 0\n');
  });

  it('reports the release in uname', async () => {
    const r = await boot('-- uname');
    expect(userOutput(r.console)).toContain(
      'uname: 0\nLinux (none) 4.7.1-stephen x86_64\n#1 SMP Sat Aug 20 12:00:00 UTC 2016\nuname(bad): -14\n');
  });

  it('runs processes, pipes, exec, signals and memory like Linux does', async () => {
    const r = await boot('-- process memory');
    expect(r.status).toBe(42);
    expect(userOutput(r.console)).toBe(await native('process', 'memory'));
    expect(r.console).toMatch(/\] init\[\d+\]: segfault at 0 ip [0-9a-f]{16} sp [0-9a-f]{16} error 6\n/);
  });

  it('keeps files, directories and descriptors like Linux does', async () => {
    const r = await boot('-- files tty');
    expect(userOutput(r.console)).toBe(await native('files') + 'isatty(1): 1\nTIOCGWINSZ: 0\n');
  });

  it('survives a segfaulting init and powers off with 128+SIGSEGV', async () => {
    const r = await boot('-- segv');
    expect(r.console).toMatch(/\] init\[1\]: segfault at 10 ip [0-9a-f]{16} sp [0-9a-f]{16} error 6\n/);
    expect(r.status).toBe(139);
  });

  it('reads typed lines with echo and backspace, and ^D as end of file', async () => {
    const r = await boot('quiet -- read', {}, 'hello\nwor\x7fld\n\x04');
    expect(r.console).toContain('read: 6\nhello\n');
    expect(r.console).toContain('read: 5\nwold\n');
    expect(r.console).toContain('read at EOF: 0\n');
    expect(r.console).toContain('wor\b \bld\n'); // the echo
  });

  it('parses the command line: quiet, rdinit=, quoted init arguments', async () => {
    const r = await boot('quiet rdinit=/bin/kt -- child "two words" three', { 'bin/kt': ktest });
    expect(r.console).not.toContain('Linux version');
    expect(r.console).toContain('child argc: 4\n/bin/kt|child|two words|three|HOME=/\n');
    expect(r.status).toBe(3);
  });
});
