/**
 * What real C projects expect of the system headers and the library, found by building
 * small open-source libraries with tcc-lite (the projects themselves stay outside the
 * repository). Each case (test/userland/c/NAME.c) is written in our own words around one
 * finding and built three ways, as in libc-glibc.test.ts: gcc against our libc, gcc
 * against glibc (the oracle) and `tcc-lite cc`; all must print the same.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cc } from '../../cli/commands/cc.js';
import { buildUserland, CFLAGS, link, type UserlandBuild } from './build.js';
import { runProgram, type RunResult } from './run.js';

const run = promisify(execFile);
const CASES = resolve(import.meta.dirname, 'c');

let build: UserlandBuild;
let work: string;

beforeAll(async () => {
  build = await buildUserland();
  work = mkdtempSync(join(tmpdir(), 'tcc-lite-realworld-'));
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

type Flavour = 'ours' | 'glibc' | 'tcc';

async function buildCase(name: string, flavour: Flavour): Promise<string> {
  const src = join(CASES, `${name}.c`);
  const exe = join(work, `${name}.${flavour}`);
  if (flavour === 'ours') {
    const obj = join(work, `${name}.o`);
    await run('gcc', [...CFLAGS.filter((f) => f !== '-Werror' && f !== '-Wall'), '-w', '-c', src, '-o', obj]);
    await link(build.dir, [obj], exe);
  } else if (flavour === 'glibc') {
    await run('gcc', ['-std=gnu99', '-O0', '-w', src, '-o', exe, '-lm', '-ldl']);
  } else {
    await cc(['-w', '-o', exe, src, '-lm', '-ldl']);
  }
  return exe;
}

function runCase(exe: string): RunResult {
  return runProgram(exe, [], { env: { PATH: '/usr/bin:/bin', LC_ALL: 'C' } });
}

async function expectSameAsGlibc(name: string): Promise<string> {
  const glibc = runCase(await buildCase(name, 'glibc'));
  for (const flavour of ['ours', 'tcc'] as const) {
    const ours = runCase(await buildCase(name, flavour));
    expect({ flavour, stdout: ours.stdout, status: ours.status }).toEqual({ flavour, stdout: glibc.stdout, status: glibc.status });
  }
  return glibc.stdout;
}

describe('headers and library calls real projects use', () => {
  it('sys/queue.h lists (BSD layout) and sys/sysmacros.h device numbers', async () => {
    const out = await expectSameAsGlibc('bsd_queue_case');
    expect(out).toContain('dev 11110370 major 259 minor 70000');
  });

  it('sys/types.h: the BSD type names, exact-width types and byte order; limits.h: Linux limits', async () => {
    const out = await expectSameAsGlibc('bsd_types_case');
    expect(out).toContain('order little 1234\nlimits 64 256 32 2048 1024 20 256 2048\n');
  });

  it('explicit_bzero, ffsl/ffsll, clock_nanosleep, wait3, secure_getenv; stdio keeps errno', async () => {
    const out = await expectSameAsGlibc('gnu_calls_case');
    expect(out).toContain('first output\nerrno kept 1\n');
    expect(out).toContain('bad clock 1 (errno untouched: 0)');
  });

  it('syslog.h with no daemon: LOG_PERROR copies to stderr, %m, the priority mask', async () => {
    const out = await expectSameAsGlibc('syslog_case');
    expect(out).toContain('rwdaemon: cannot open spool: Permission denied\n');
  });

  it('dlfcn.h: a plugin loader links with -ldl and reports the failure through dlerror', async () => {
    const out = await expectSameAsGlibc('dlfcn_case');
    expect(out).toBe('dlopen failed, first error present, second absent\n');
  });
});
