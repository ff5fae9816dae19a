/**
 * userland/ (libc and programs) built by tcc-lite runs natively on this Linux host and
 * behaves like the gcc build (architecture.md: such binaries run natively too).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ourObject, run, workDir } from './helpers.js';

const U = join(import.meta.dirname, '../../userland');
const haveLibc = existsSync(join(U, 'libc/crt0.S'));
const flags = ['-std=gnu99', '-nostdinc', '-I', join(U, 'libc/include'), '-ffreestanding', '-fno-builtin', '-fno-pie', '-fno-pic'];

function buildAll(kind: 'ours' | 'gcc'): string {
  const out = join(workDir, `userland-${kind}`);
  mkdirSync(out, { recursive: true });
  const objs: string[] = [];
  for (const f of readdirSync(join(U, 'libc/src'))) {
    const path = join(U, 'libc/src', f);
    if (f.endsWith('.c')) {
      if (kind === 'ours') objs.push(ourObject(path, out, {}, flags));
      else {
        const o = join(out, f.replace(/\.c$/, '.o'));
        execFileSync('gcc', ['-c', '-O2', '-fno-stack-protector', ...flags, '-o', o, path], { stdio: 'pipe' });
        objs.push(o);
      }
    } else if (f.endsWith('.S')) {
      const o = join(out, f.replace(/\.S$/, '.S.o'));
      execFileSync('gcc', ['-c', ...flags, '-o', o, path]);
      objs.push(o);
    }
  }
  execFileSync('ar', ['rcs', join(out, 'libc.a'), ...objs]);
  execFileSync('gcc', ['-c', ...flags, '-o', join(out, 'crt0.o'), join(U, 'libc/crt0.S')]);
  return out;
}

function program(out: string, kind: 'ours' | 'gcc', name: string): string {
  const src = join(U, 'bin', `${name}.c`);
  let obj: string;
  if (kind === 'ours') obj = ourObject(src, out, {}, flags);
  else {
    obj = join(out, `${name}.o`);
    execFileSync('gcc', ['-c', '-O2', '-fno-stack-protector', ...flags, '-o', obj, src], { stdio: 'pipe' });
  }
  const exe = join(out, name);
  execFileSync('gcc', ['-nostdlib', '-static', '-no-pie', '-o', exe, join(out, 'crt0.o'), obj, join(out, 'libc.a'), '-lgcc'], { stdio: 'pipe' });
  return exe;
}

const cases: { prog: string; args: string[]; input?: string }[] = [
  { prog: 'echo', args: ['hello', 'world'] },
  { prog: 'wc', args: [], input: 'a b\nc d e\nfoo\n' },
  { prog: 'grep', args: ['an'], input: 'apple\nbanana\ncherry\nmango\n' },
  { prog: 'head', args: ['-n', '2'], input: '1\n2\n3\n' },
  { prog: 'tail', args: ['-n', '2'], input: '1\n2\n3\n4\n' },
  { prog: 'cat', args: [], input: 'some text\nmore\n' },
  { prog: 'test', args: ['Hello World!'] },
];

describe.skipIf(!haveLibc)('userland built by tcc-lite, run natively', () => {
  const ours = haveLibc ? buildAll('ours') : '';
  const ref = haveLibc ? buildAll('gcc') : '';
  for (const c of cases) {
    it.skipIf(!existsSync(join(U, 'bin', `${c.prog}.c`)))(`${c.prog} ${c.args.join(' ')}`, () => {
      const a = run(program(ours, 'ours', c.prog), c.args, c.input);
      const b = run(program(ref, 'gcc', c.prog), c.args, c.input);
      expect(a).toEqual(b);
    });
  }
});
