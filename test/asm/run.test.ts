/**
 * (3) Objects we assemble from gcc's assembly are linked by gcc/ld and run natively; the
 * output must match the same program assembled by GNU as.
 */

import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { assemble } from '../../compiler/asm/index.js';
import { cleanup, hasGnuAs, scratch } from './oracle.js';

afterAll(cleanup);

const programs = ['programs.c', 'sort.c'];

function sh(cmd: string, args: string[]): { status: number | null; stdout: string; stderr: string } {
  return spawnSync(cmd, args, { encoding: 'utf8', cwd: scratch });
}

describe.skipIf(!hasGnuAs)('linking and running our objects', () => {
  it.each(programs)('%s runs the same when assembled by us', (name) => {
    const src = join(import.meta.dirname, 'fixtures', name);
    for (const opt of ['-O0', '-O2']) {
      const s = sh('gcc', [opt, '-S', src, '-o', '-']);
      expect(s.status).toBe(0);
      const ours = join(scratch, `${name}${opt}.ours.o`);
      writeFileSync(ours, assemble(s.stdout, { fileName: name }));
      const ref = sh('gcc', [opt, src, '-o', join(scratch, 'ref')]);
      expect(ref.status).toBe(0);
      const link = sh('gcc', [ours, '-o', join(scratch, 'prog')]);
      expect(link.stderr).toBe('');
      const a = sh(join(scratch, 'ref'), []);
      const b = sh(join(scratch, 'prog'), []);
      expect(b.stdout).toBe(a.stdout);
      expect(b.status).toBe(a.status);
    }
  });

  it('links a freestanding program with ld alone (calls, data relocations, syscalls)', () => {
    const text = `
	.globl _start
	.text
_start:
	leaq msg(%rip), %rsi
	movl $len, %edx
	call write_out
	movq table+8(%rip), %rdi
	addq counter, %rdi
	movl $60, %eax
	syscall
write_out:
	movl $1, %eax
	movl $1, %edi
	syscall
	ret
	.data
msg:	.ascii "hello from tcc-lite as\\n"
	.set len, . - msg
table:	.quad 0, 7, write_out
counter: .quad 35
`;
    writeFileSync(join(scratch, 'start.o'), assemble(text, { fileName: 'start.s' }));
    expect(sh('ld', ['-static', 'start.o', '-o', 'start']).stderr).toBe('');
    const r = sh(join(scratch, 'start'), []);
    expect(r.stdout).toBe('hello from tcc-lite as\n');
    expect(r.status).toBe(42);
  });
});
