/**
 * POSIX threads end to end: the libc's pthread library and TLS start-up over
 * the kernel's clone(CLONE_THREAD...), futex, set_tid_address and exit_group.
 *
 * Each program (test/threads/c/NAME.c) is built by gcc against the host's
 * glibc (the oracle), by gcc against our libc (linked by GNU ld), and by
 * `tcc-lite cc -lpthread`. All must print the same and end the same way
 * natively (where threads really run in parallel on the host's cores), and
 * the same programs then run in the emulator under our kernel, where the
 * console must show what glibc printed natively.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cc } from '../../cli/commands/cc.js';
import { boot, buildTree } from '../golden/harness.js';
import { buildUserland, CFLAGS, link, type UserlandBuild } from '../userland/build.js';
import { runProgram, type RunResult } from '../userland/run.js';

const run = promisify(execFile);
const CASES = resolve(import.meta.dirname, 'c');

type Flavour = 'glibc' | 'ours' | 'tcc';

let userland: UserlandBuild;
let work: string;

beforeAll(async () => {
  userland = await buildUserland();
  work = mkdtempSync(join(tmpdir(), 'tcc-lite-threads-'));
}, 120_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

async function buildCase(name: string, flavour: Flavour): Promise<string> {
  const src = join(CASES, `${name}.c`);
  const exe = join(work, `${name}.${flavour}`);
  if (flavour === 'glibc') {
    await run('gcc', ['-std=gnu99', '-O0', '-w', src, '-o', exe, '-lpthread']);
  } else if (flavour === 'ours') {
    const obj = join(work, `${name}.o`);
    await run('gcc', [...CFLAGS.filter((f) => f !== '-Werror' && f !== '-Wall'), '-w', '-c', src, '-o', obj]);
    await link(userland.dir, [obj], exe);
  } else {
    await cc(['-w', '-o', exe, src, '-lpthread']);
  }
  return exe;
}

function outcome(r: RunResult): { stdout: string; status: number | null; signal: string | null } {
  return { stdout: r.stdout, status: r.status, signal: r.signal };
}

/** Build NAME every way, check each agrees with glibc natively; returns glibc's run. */
async function expectSameAsGlibc(name: string, flavours: Flavour[]): Promise<RunResult> {
  const glibc = runProgram(await buildCase(name, 'glibc'), []);
  for (const flavour of flavours) {
    const ours = runProgram(await buildCase(name, flavour), []);
    expect({ flavour, ...outcome(ours) }).toEqual({ flavour, ...outcome(glibc) });
  }
  return glibc;
}

/** The programs, and which of our builds runs in the emulator. */
const PROGRAMS: { name: string; emulated: Exclude<Flavour, 'glibc'>; flavours: Flavour[] }[] = [
  { name: 'basic', emulated: 'tcc', flavours: ['ours', 'tcc'] },
  { name: 'sync', emulated: 'tcc', flavours: ['ours', 'tcc'] },
  { name: 'specific', emulated: 'tcc', flavours: ['ours', 'tcc'] },
  { name: 'tls', emulated: 'tcc', flavours: ['ours', 'tcc'] },
  { name: 'kernel_abi', emulated: 'tcc', flavours: ['ours', 'tcc'] },
  { name: 'group_exit', emulated: 'tcc', flavours: ['ours', 'tcc'] },
  { name: 'exec_thread', emulated: 'tcc', flavours: ['ours', 'tcc'] },
  { name: 'crash', emulated: 'tcc', flavours: ['ours', 'tcc'] },
];

const native = new Map<string, RunResult>();

describe('threads natively: our libc and tcc-lite against glibc', () => {
  it('create/join in order, a mutex-protected counter, errno per thread, getpid vs gettid', async () => {
    const r = await expectSameAsGlibc('basic', ['ours', 'tcc']);
    native.set('basic', r);
    expect(r.stdout).toContain('counter 30000 (expected 30000)\nmain errno still 7\n');
  });

  it('condition-variable queue, semaphores, barrier, once, rwlock, spin lock, mutex kinds, timed waits', async () => {
    const r = await expectSameAsGlibc('sync', ['ours', 'tcc']);
    native.set('sync', r);
    expect(r.stdout).toContain('queue: 200 items, sum 20100, consumers took 200\nring: abcdabcdabcdabcdabcd\n');
  });

  it('keys with destructors, cleanup handlers, detached threads, pthread_exit from main', async () => {
    const r = await expectSameAsGlibc('specific', ['ours', 'tcc']);
    native.set('specific', r);
    expect(r.stdout).toContain('rearm round 1\nrearm round 2\n');
    expect(r.stdout.endsWith('the process exits 0\n')).toBe(true);
  });

  it('__thread variables: initial values, one copy per thread, %fs:0 points to itself', async () => {
    const r = await expectSameAsGlibc('tls', ['ours', 'tcc']);
    native.set('tls', r);
    expect(r.stdout).toContain('thread 2: counter 1100 tag Cnit zeroed 2 aligned 7.5 aligned-ok 1 self-ok 1\n');
    expect(r.stdout).toContain('main: counter 1 tag init aligned 2.5 self-ok 1\naddresses distinct: 1\n');
  });

  it('the kernel: clone flag rules, futex answers, wait4 after the last thread, CHILD_SETTID, CLONE_FS', async () => {
    const r = await expectSameAsGlibc('kernel_abi', ['ours', 'tcc']);
    native.set('kernel_abi', r);
    expect(r.stdout).toContain('after wait: read 4 bytes "late", exited 1 status 0\n');
    expect(r.stdout).toContain('CLONE_CHILD_SETTID: the child saw its tid 1, the parent\'s word untouched 1\n');
    expect(r.stdout).toContain("a thread's chdir and umask apply to the process: /tmp 027\n");
  });

  it('tgkill reaches one thread, a spinning thread is preempted, exit() in a thread ends them all', async () => {
    const r = await expectSameAsGlibc('group_exit', ['ours', 'tcc']);
    native.set('group_exit', r);
    expect(r.status).toBe(3);
  });

  it('execve from a second thread: the others end, the pid stays, the parent sees the new status', async () => {
    const r = await expectSameAsGlibc('exec_thread', ['ours', 'tcc']);
    native.set('exec_thread', r);
    expect(r.stdout).toBe('new program: same pid 1, one thread (tid == pid) 1\nparent: the child exited 1 with status 5\n');
  });

  it('a fault in one thread kills the whole process with SIGSEGV', async () => {
    const r = await expectSameAsGlibc('crash', ['ours', 'tcc']);
    native.set('crash', r);
    expect(r.signal).toBe('SIGSEGV');
  });
});

/** What our shell prints for a program's end, after its output. */
function shellView(r: RunResult): string {
  if (r.signal === 'SIGSEGV') return `${r.stdout}Segmentation fault\nstatus=139\n`;
  return `${r.stdout}status=${r.status}\n`;
}

describe('threads in the emulator', () => {
  it('every program prints under our kernel what glibc printed natively, and the shell survives the crash', async () => {
    const built = await buildTree();
    const files: string[] = [];
    let expected = '';
    for (const p of PROGRAMS) {
      const exe = await buildCase(p.name, p.emulated);
      files.push(`/bin/${p.name}=${exe}`);
      const reference = native.get(p.name) ?? runProgram(await buildCase(p.name, 'glibc'), []);
      expected += shellView(reference);
    }
    expected += 'shell alive\n';
    // By full path: exec_thread re-executes itself through argv[0].
    const command = `${PROGRAMS.map((p) => `/bin/${p.name}; echo status=$?`).join('; ')}; echo shell alive`;
    const booted = await boot(built, { command, files });
    expect(booted.output).toBe(expected);
    expect(booted.exitCode).toBe(0);
  }, 240_000);
});
