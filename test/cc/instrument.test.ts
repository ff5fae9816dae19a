/**
 * -finstrument-functions (compiler/cc/instrument.ts): the same program built by gcc and by
 * tcc-lite with the option and an exclusion list prints the same call trace natively, and
 * the libc's do-nothing hooks let an instrumented program link without its own.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cc } from '../../cli/commands/cc.js';
import { run, workDir } from './helpers.js';

const FLAGS = ['-finstrument-functions', '-finstrument-functions-exclude-function-list=skip_me'];

describe('-finstrument-functions', () => {
  it('calls the hooks around each function, keeping every kind of return value (as gcc)', async () => {
    const src = join(import.meta.dirname, 'instrument/trace.c');
    const gccExe = join(workDir, 'trace-gcc');
    const oursExe = join(workDir, 'trace-ours');
    execFileSync('gcc', ['-std=gnu99', '-w', ...FLAGS, '-o', gccExe, src]);
    await cc(['-w', ...FLAGS, '-o', oursExe, src]);
    const ours = run(oursExe);
    expect(ours.stdout).toBe(run(gccExe).stdout);
    expect(ours.stdout).toContain('> main\n  > add\n  < add\nadd 5\n');
    expect(ours.stdout).toContain('third 0.333333\n  > rotate\n  < rotate\nrotate -2 1\n');
    // Excluded by name: only its own call to add is traced.
    expect(ours.stdout).toContain('wide 5 7\n  > add\n  < add\nskip_me 42\n');
    expect(ours.stdout.endsWith('recursion 2\n< main\n')).toBe(true);
  });

  it('links without hooks of its own (the libc has do-nothing ones)', async () => {
    const exe = join(workDir, 'hello-instrumented');
    const src = join(workDir, 'hello-instrumented.c');
    execFileSync('sh', ['-c', `printf '#include <stdio.h>\\nint main(void) { puts("hi"); return 0; }\\n' > ${src}`]);
    await cc([...FLAGS, '-o', exe, src]);
    expect(run(exe).stdout).toBe('hi\n');
  });
});
