/**
 * The userland compiled by tcc-lite's own C compiler must behave exactly
 * like the gcc build. Each source goes through our preprocessor and
 * compiler; GNU as and ld then assemble and link, so a difference here
 * points at the C compiler (the assembler has its own byte-for-byte tests
 * against GNU as). Every check runs the same thing on both builds.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileC } from '../../compiler/cc/index.js';
import { preprocess } from '../../compiler/cpp/index.js';
import { buildOnce, buildUserland, treeHash, USERLAND, type UserlandBuild } from './build.js';
import { runProgram } from './run.js';

const INCLUDE = join(USERLAND, 'libc/include');
const CASES = resolve(import.meta.dirname, 'c');
const COMPILER = resolve(import.meta.dirname, '../../compiler');

let gccBuild: UserlandBuild;
let tccDir: string;

/** .c through tcc-lite (cpp + cc), .S through GNU as directly: an object file. */
function compileWithTccLite(src: string, obj: string): void {
  if (src.endsWith('.S')) {
    execFileSync('gcc', ['-c', src, '-o', obj]);
    return;
  }
  const pp = preprocess(src, { includePaths: [INCLUDE] });
  const asmFile = obj.replace(/\.o$/, '.s');
  writeFileSync(asmFile, compileC(pp.text, { fileName: src }).asm);
  execFileSync('as', ['-o', obj, asmFile]);
}

function linkProgram(dir: string, objects: string[], out: string): void {
  execFileSync('ld', ['-static', '-nostdlib', '-z', 'noexecstack', '-e', '_start', '-o', out,
    join(dir, 'crt0.o'), ...objects, join(dir, 'libc.a')]);
}

function buildWithTccLite(dir: string): void {
  compileWithTccLite(join(USERLAND, 'libc/crt0.S'), join(dir, 'crt0.o'));
  const members: string[] = [];
  for (const f of readdirSync(join(USERLAND, 'libc/src')).filter((n) => /\.[cS]$/.test(n)).sort()) {
    const obj = join(dir, `libc-${f.replace(/\.[cS]$/, '')}.o`);
    compileWithTccLite(join(USERLAND, 'libc/src', f), obj);
    members.push(obj);
  }
  execFileSync('ar', ['rcs', join(dir, 'libc.a'), ...members]);
  const binDir = join(USERLAND, 'bin');
  for (const entry of readdirSync(binDir).sort()) {
    const path = join(binDir, entry);
    const sources = statSync(path).isDirectory()
      ? readdirSync(path).filter((f) => f.endsWith('.c')).map((f) => join(path, f))
      : entry.endsWith('.c') ? [path] : [];
    if (sources.length === 0) continue;
    const name = basename(entry, '.c');
    const objects = sources.map((s) => join(dir, `${name}-${basename(s, '.c')}.o`));
    sources.forEach((s, i) => compileWithTccLite(s, objects[i]));
    linkProgram(dir, objects, join(dir, name));
  }
}

let work: string;

beforeAll(async () => {
  gccBuild = await buildUserland();
  // Cached by the userland's and the compiler's sources: rebuilt when either changes.
  tccDir = join(tmpdir(), `tcc-lite-userland-tcc-${treeHash([USERLAND, COMPILER], 'tcc-lite')}`);
  await buildOnce(tccDir, buildWithTccLite);
  work = mkdtempSync(join(tmpdir(), 'tcc-lite-tcc-test-'));
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Same stdout and status from the program of both builds. */
function expectSameAsGcc(name: string, args: string[], input = ''): void {
  const env = (dir: string): NodeJS.ProcessEnv => ({ PATH: `${dir}:/usr/bin:/bin`, LC_ALL: 'C', HOME: '/' });
  const ours = runProgram(join(tccDir, name), args, { input, env: env(tccDir), cwd: work });
  const gcc = runProgram(join(gccBuild.dir, name), args, { input, env: env(gccBuild.dir), cwd: work });
  expect({ name, args, stdout: ours.stdout, status: ours.status }).toEqual({ name, args, stdout: gcc.stdout, status: gcc.status });
}

describe('userland compiled by tcc-lite', () => {
  it('builds every program', () => {
    for (const name of gccBuild.programs) expect(statSync(join(tccDir, name)).isFile()).toBe(true);
  });

  it('runs the tutorial program', () => {
    expectSameAsGcc('test', ['Hello World!']);
    expectSameAsGcc('test', []);
  });

  it('libc conformance programs, compiled by tcc-lite too, print what the gcc build prints', () => {
    for (const name of ['printf_cases', 'libc_cases', 'scanf_cases', 'misc_cases', 'abi_cases']) {
      const obj = join(work, `${name}.o`);
      compileWithTccLite(join(CASES, `${name}.c`), obj);
      linkProgram(tccDir, [obj], join(work, name));
      const gccObj = join(work, `${name}.gcc.o`);
      execFileSync('gcc', ['-std=gnu99', '-O2', '-nostdinc', '-I', INCLUDE, '-ffreestanding', '-fno-builtin',
        '-fno-stack-protector', '-fno-pie', '-fno-pic', '-w', '-c', join(CASES, `${name}.c`), '-o', gccObj]);
      linkProgram(gccBuild.dir, [gccObj], join(work, `${name}.gcc`));
      const ours = runProgram(join(work, name), [join(work, `${name}.scratch`)]);
      const gcc = runProgram(join(work, `${name}.gcc`), [join(work, `${name}.scratch`)]);
      expect({ name, stdout: ours.stdout, status: ours.status }).toEqual({ name, stdout: gcc.stdout, status: gcc.status });
    }
  });

  it('the shell and the utilities behave the same', () => {
    const text = 'pear\n10 apples\nbanana\n2 figs\napple\n\n-3 kiwis\n';
    for (const cmd of [
      "echo 'a  b' \"c $HOME\" d\\ e; false || echo $?", 'echo one two | wc; seq 1 12 | tail -n 3 | sort -rn',
      'X="x  y"; echo $X "$X" ${X}; cd /; echo *; ls / | grep -c .', 'printf "%5.2f|%-4s|%x\\n" 3.14159 ab 255',
      'nosuch 2>/dev/null; echo $?; sh -c "exit 7"; echo $?', 'uname -r | cat; echo a > f1; cat < f1 > f2; cat f1 >> f2; cat f2 f1 | uniq -c',
      'read a b; echo "$b-$a"; cat | wc -c',
    ]) expectSameAsGcc('sh', ['-c', cmd], text);
    for (const [name, args] of [['wc', []], ['sort', ['-n']], ['grep', ['-n', 'an']], ['tail', ['-n', '2']], ['uniq', ['-c']],
      ['cat', []], ['head', ['-n', '3']]] as [string, string[]][]) {
      expectSameAsGcc(name, args, text);
    }
  });
});
