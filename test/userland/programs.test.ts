/**
 * The userland programs, built with gcc against our libc and run natively:
 * their output is compared with the host's coreutils on the same input.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUserland, USERLAND, type UserlandBuild } from './build.js';
import { runProgram, type RunResult } from './run.js';

let build: UserlandBuild;
let work: string;

beforeAll(async () => {
  build = await buildUserland();
  work = mkdtempSync(join(tmpdir(), 'tcc-lite-programs-test-'));
  writeFileSync(join(work, 'fifteen'), Array.from({ length: 15 }, (_, i) => `line ${i + 1}\n`).join(''));
  writeFileSync(join(work, 'partial'), 'first\nsecond\nno newline at end');
  writeFileSync(join(work, 'empty'), '');
  writeFileSync(join(work, 'words'), '  hello   world\n\tthis is\ta test \n\nlast');
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

function ours(name: string, args: string[], input = '', cwd?: string): RunResult {
  return runProgram(join(build.dir, name), args, { input, cwd });
}

function host(name: string, args: string[], input = '', cwd?: string): RunResult {
  return runProgram(name, args, { input, cwd });
}

/** Same stdout and status as the coreutils program of the same name. */
function expectLikeHost(name: string, args: string[], input = ''): void {
  const a = ours(name, args, input, work);
  const b = host(name, args, input, work);
  expect({ args, stdout: a.stdout, status: a.status }).toEqual({ args, stdout: b.stdout, status: b.status });
}

describe('test.c, the tutorial program', () => {
  it('is the seed text byte for byte', () => {
    const seed = readFileSync('/work/shared/seed/000_2655579216858837.txt', 'utf8');
    const start = seed.indexOf('/*\n * Test the stephen syscall');
    const end = seed.indexOf('\n}\n', start) + 3;
    expect(readFileSync(join(USERLAND, 'bin/test.c'), 'utf8')).toBe(seed.slice(start, end));
  });

  it('makes system call 329 (ENOSYS on the host: returns -1)', () => {
    const r = ours('test', ['Hello World!']);
    expect(r.stdout).toBe('Making system call with "Hello World!".\nSystem call returned -1.\n');
    expect(r.status).toBe(255);
  });

  it('asks for an argument', () => {
    const r = ours('test', []);
    expect(r.stdout).toBe('Must provide a string to give to system call.\n');
    expect(r.status).toBe(255);
  });
});

describe('coreutils-compatible programs', () => {
  it('echo', () => {
    for (const args of [[], ['a', 'b'], ['-n', 'x y'], ['-e', 'a\\tb\\n'], ['-e', '\\0101\\0102'], ['-e', 'a\\cb', 'c'],
      ['-E', 'a\\tb'], ['-x'], ['--'], ['-ne', 'a\\nb'], ['-', 'a'], ['', ''], ['-e', 'back\\\\slash']]) {
      expectLikeHost('echo', args);
    }
  });

  it('cat', () => {
    expectLikeHost('cat', ['fifteen', 'partial']);
    expectLikeHost('cat', [], 'from stdin\n');
    expectLikeHost('cat', ['partial', '-', 'empty'], 'middle\n');
    const r = ours('cat', ['/nonexistent'], '', work);
    expect(r.stderr).toBe('cat: /nonexistent: No such file or directory\n');
    expect(r.status).toBe(1);
  });

  it('tail', () => {
    for (const args of [['fifteen'], ['-n', '1', 'fifteen'], ['-n', '3', 'partial'], ['-n', '0', 'fifteen'],
      ['-n', '+3', 'partial'], ['-n', '100', 'partial'], ['-2', 'fifteen'], ['-n2', 'fifteen'], ['empty'],
      ['-n', '1', 'fifteen', 'partial']]) {
      expectLikeHost('tail', args);
    }
    for (const input of ['', 'a', 'a\n', 'a\nb\n', 'a\nb', '\n\n\n', 'x\n'.repeat(5000)]) {
      expectLikeHost('tail', [], input);
      expectLikeHost('tail', ['-n', '1'], input);
    }
  });

  it('head leaves the rest of a file on a shared descriptor to the next reader', () => {
    const file = runProgram('bash', ['-c', `(${join(build.dir, 'head')} -n 2; echo ---; ${join(build.dir, 'cat')}) < fifteen`], { cwd: work });
    expect(file.stdout).toBe(`line 1\nline 2\n---\n${Array.from({ length: 13 }, (_, i) => `line ${i + 3}\n`).join('')}`);
  });

  it('head', () => {
    for (const args of [['fifteen'], ['-n', '3', 'fifteen'], ['-n', '0', 'partial'], ['-2', 'partial'],
      ['-n', '5', 'partial', 'fifteen']]) {
      expectLikeHost('head', args);
    }
    expectLikeHost('head', ['-n', '2'], 'a\nb\nc\n');
  });

  it('wc', () => {
    for (const args of [['words'], ['-l', 'words'], ['-w', 'fifteen'], ['-c', 'partial'], ['words', 'fifteen'],
      ['-lc', 'words', 'partial'], ['empty']]) {
      expectLikeHost('wc', args);
    }
    for (const input of ['', 'one two\nthree\n', '  lots   of\tspace \n\n', 'no newline']) {
      expectLikeHost('wc', [], input);
      expectLikeHost('wc', ['-l'], input);
    }
  });

  it('uname', () => {
    for (const args of [[], ['-s'], ['-r'], ['-m'], ['-n'], ['-v'], ['-a'], ['-sr'], ['-s', '-m']]) {
      expectLikeHost('uname', args);
    }
  });

  it('ls lists a directory sorted, like LC_ALL=C ls', () => {
    const dir = join(work, 'lsdir');
    mkdirSync(dir, { recursive: true });
    for (const f of ['b', 'a', 'C', '.hidden', 'z10', 'z2']) writeFileSync(join(dir, f), f);
    mkdirSync(join(dir, 'sub'), { recursive: true });
    for (const args of [['lsdir'], ['-a', 'lsdir'], ['-1', 'lsdir'], ['lsdir/a'], ['lsdir', 'lsdir/sub']]) {
      expectLikeHost('ls', args);
    }
    // On a terminal (script(1) makes one) the names go in columns.
    const tty = runProgram('script', ['-qec', `${join(build.dir, 'ls')} lsdir`, '/dev/null'], { cwd: work });
    expect(tty.stdout).toMatch(/^C +a +b +sub +z10 +z2\r\n$/);
    const long = ours('ls', ['-l', 'lsdir'], '', work);
    expect(long.stdout.split('\n')[0]).toMatch(/^-rw-r--r-- +1 \d+ \d+ +1 C$/);
    expect(long.stdout).toMatch(/^drwx[-rwx]{6} +2 \d+ \d+ +\d+ sub$/m);
  });

  it('grep (the basic regular expressions it supports) like GNU grep', () => {
    for (const args of [['line 1', 'fifteen'], ['^line 1', 'fifteen'], ['5$', 'fifteen'], ['l.ne 1.', 'fifteen'],
      ['li*ne', 'fifteen'], ['x*', 'partial'], ['[0-9][0-9]', 'fifteen'], ['[^a-z ]', 'partial'], ['-v', '1', 'fifteen'],
      ['-c', 'e', 'fifteen'], ['-n', '3', 'fifteen'], ['-i', 'LINE 2', 'fifteen'], ['second', 'fifteen', 'partial'],
      ['-c', 'n', 'fifteen', 'partial'], ['nomatch', 'fifteen'], ['-q', 'line', 'fifteen'], ['-F', 'l.ne', 'fifteen'],
      ['\\.', 'partial'], ['^$', 'words'], ['-v', '^$', 'words'], ['[a-c]', 'words'], ['e.*e', 'words']]) {
      expectLikeHost('grep', args);
    }
    expectLikeHost('grep', ['stephen'], '[    0.100000] stephen syscall called with "Hello"\n[    0.2] other\n');
    expect(ours('grep', ['x', '/nonexistent']).status).toBe(2);
  });

  it('cp copies files, into directories too', () => {
    expect(ours('cp', ['fifteen', 'copy1'], '', work).status).toBe(0);
    expect(readFileSync(join(work, 'copy1'), 'utf8')).toBe(readFileSync(join(work, 'fifteen'), 'utf8'));
    mkdirSync(join(work, 'cpdir'), { recursive: true });
    expect(ours('cp', ['fifteen', 'partial', 'cpdir'], '', work).status).toBe(0);
    expect(readFileSync(join(work, 'cpdir/partial'), 'utf8')).toBe('first\nsecond\nno newline at end');
    expect(ours('cp', ['nonexistent', 'x'], '', work).stderr).toBe("cp: cannot stat 'nonexistent': No such file or directory\n");
  });

  it('sort, uniq, tee and seq like coreutils', () => {
    const text = 'pear\n10 apples\nbanana\n2 figs\napple\nbanana\n\n-3 kiwis\nBanana\nbanana\n';
    for (const args of [[], ['-r'], ['-n'], ['-rn'], ['-u']]) expectLikeHost('sort', args, text);
    expectLikeHost('sort', ['words', 'fifteen']);
    for (const args of [[], ['-c'], ['-d'], ['-u']]) expectLikeHost('uniq', args, 'a\na\nb\nc\nc\nc\na\n');
    for (const args of [['5'], ['3', '7'], ['10', '-3', '1'], ['2', '2', '9'], ['5', '1'], ['-2', '2']]) expectLikeHost('seq', args);
    const t = ours('tee', ['teeout'], 'copied\n', work);
    expect(t.stdout).toBe('copied\n');
    expect(readFileSync(join(work, 'teeout'), 'utf8')).toBe('copied\n');
    ours('tee', ['-a', 'teeout'], 'more\n', work);
    expect(readFileSync(join(work, 'teeout'), 'utf8')).toBe('copied\nmore\n');
  });

  it('printf like coreutils', () => {
    for (const args of [['hello\\n'], ['%s-%s\\n', 'a', 'b', 'c'], ['%d %5d|%-5d|%05d\\n', '42', '-7', '3', '9'],
      ['%x %X %o %u\\n', '255', '255', '8', '10'], ['%.2f %e %g\\n', '3.14159', '1234.5', '0.0001'],
      ['%c%c\\n', 'xyz', 'q'], ['%10s|%-10s|\\n', 'right', 'left'], ['%b\\n', 'a\\tb\\101'], ['100%%\\n'],
      ['\\x41\\0102\\t\\"\\n'], ['%d\\n', "'A"], ['%s\\n'], ['%d %d\\n', '1', '2', '3'], ['no newline']]) {
      expectLikeHost('printf', args);
    }
    expect(ours('printf', ['%d\n', 'abc']).status).toBe(1);
  });

  it('mv, touch and rmdir', () => {
    expect(ours('touch', ['t1', 't2'], '', work).status).toBe(0);
    expect(readFileSync(join(work, 't1'), 'utf8')).toBe('');
    expect(ours('mv', ['t1', 't3'], '', work).status).toBe(0);
    expect(existsSync(join(work, 't1'))).toBe(false);
    mkdirSync(join(work, 'mvdir'), { recursive: true });
    expect(ours('mv', ['t2', 't3', 'mvdir'], '', work).status).toBe(0);
    expect(existsSync(join(work, 'mvdir/t3'))).toBe(true);
    const full = ours('rmdir', ['mvdir'], '', work);
    expect(full.stderr).toBe("rmdir: failed to remove 'mvdir': Directory not empty\n");
    expect(full.status).toBe(1);
    expect(ours('mv', ['missing', 'x'], '', work).stderr).toBe("mv: cannot move 'missing' to 'x': No such file or directory\n");
    mkdirSync(join(work, 'emptydir'));
    expect(ours('rmdir', ['emptydir'], '', work).status).toBe(0);
    expect(existsSync(join(work, 'emptydir'))).toBe(false);
  });

  it('env, true, false, pwd', () => {
    expect(runProgram(join(build.dir, 'env'), ['-i', 'A=1', 'B=two']).stdout).toBe('A=1\nB=two\n');
    const r = runProgram(join(build.dir, 'env'), ['-i', 'X=42', join(build.dir, 'env')]);
    expect(r.stdout).toBe('X=42\n');
    expect(ours('true', []).status).toBe(0);
    expect(ours('false', []).status).toBe(1);
    expect(ours('pwd', [], '', work).stdout).toBe(`${realpathSync(work)}\n`);
  });

  it('mkdir -p and rm -r', () => {
    expect(ours('mkdir', ['-p', 'm/a/b/c'], '', work).status).toBe(0);
    expect(existsSync(join(work, 'm/a/b/c'))).toBe(true);
    writeFileSync(join(work, 'm/a/file'), 'x');
    const again = ours('mkdir', ['m'], '', work);
    expect(again.stderr).toBe("mkdir: cannot create directory 'm': File exists\n");
    expect(again.status).toBe(1);
    expect(ours('rm', ['m'], '', work).status).toBe(1);
    expect(ours('rm', ['-r', 'm'], '', work).status).toBe(0);
    expect(existsSync(join(work, 'm'))).toBe(false);
    expect(ours('rm', ['-f', 'm'], '', work).status).toBe(0);
  });

  it('sleep waits, and rejects nonsense', () => {
    const t = Date.now();
    expect(ours('sleep', ['0.2']).status).toBe(0);
    expect(Date.now() - t).toBeGreaterThanOrEqual(190);
    expect(ours('sleep', ['abc']).status).toBe(1);
  });

  it('kill sends signals', async () => {
    const child = spawn('sleep', ['10']);
    const exited = new Promise<NodeJS.Signals | null>((res) => child.on('exit', (_code, sig) => res(sig)));
    expect(ours('kill', ['-KILL', String(child.pid)]).status).toBe(0);
    expect(await exited).toBe('SIGKILL');
    expect(ours('kill', ['-l']).stdout).toContain(' 9) SIGKILL\n');
    expect(ours('kill', ['999999999']).status).toBe(1);
  });
});

describe('dmesg', () => {
  it('prints the kernel log without <N> prefixes (raw with -r), or reports why not', () => {
    const pretty = ours('dmesg', []);
    if (pretty.status !== 0) {
      // The host forbids syslog(2) to us (dmesg_restrict): the error must say so.
      expect(pretty.stderr).toMatch(/^dmesg: klogctl: /);
      return;
    }
    const lines = pretty.stdout.split('\n').filter((l) => l !== '');
    expect(lines.length).toBeGreaterThan(0);
    for (const l of lines) expect(l).not.toMatch(/^<\d+>/);
    const raw = ours('dmesg', ['-r']).stdout.split('\n').filter((l) => l !== '');
    expect(raw[0]).toMatch(/^<\d+>/);
    // Same records, the prefix is the only difference.
    expect(raw[0].replace(/^<\d+>/, '')).toBe(lines[0]);
  });

  it('rejects unknown options', () => {
    const r = ours('dmesg', ['-z']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('usage: dmesg');
  });
});

describe('init', () => {
  it('runs its program and exits with its status', () => {
    const r = ours('init', [join(build.dir, 'sh'), '-c', 'echo from init; exit 3']);
    expect(r.stdout).toBe('from init\n');
    expect(r.status).toBe(3);
  });

  it('reports a program killed by a signal as 128+signal', () => {
    const r = ours('init', [join(build.dir, 'sh'), '-c', 'kill -TERM $$']);
    expect(r.status).toBe(128 + 15);
  });

  it('says so when the program cannot run', () => {
    const r = ours('init', ['/nonexistent/prog']);
    expect(r.stderr).toBe('init: cannot run /nonexistent/prog: No such file or directory\n');
    expect(r.status).toBe(127);
  });
});

describe('chroot', () => {
  it('runs a command in a new root, with coreutils\' errors and statuses', () => {
    // A jail holding our (static) ls and echo; the host's chroot is run the same way.
    const jail = join(work, 'jail');
    mkdirSync(join(jail, 'bin'), { recursive: true });
    for (const p of ['ls', 'echo']) copyFileSync(join(build.dir, p), join(jail, 'bin', p));
    writeFileSync(join(jail, 'inside'), '');
    for (const args of [[jail, '/bin/ls', '/'], [jail, 'echo', 'in', 'the', 'jail'], [join(work, 'nowhere')], [jail, '/bin/cat']]) {
      const a = ours('chroot', args, '', work);
      const b = host('chroot', args, '', work);
      expect({ args, stdout: a.stdout, stderr: a.stderr, status: a.status }).toEqual({ args, stdout: b.stdout, stderr: b.stderr, status: b.status });
    }
    expect(ours('chroot', [jail, '/bin/ls', '/'], '', work).stdout).toBe('bin\ninside\n');
  });
});
