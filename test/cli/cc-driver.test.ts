/** `tcc-lite cc` as a drop-in for gcc on ordinary command lines. */
import { execFileSync, spawn } from 'node:child_process';
import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cc } from '../../cli/commands/cc.js';
import { scratchDir } from '../scratch.js';

const dir = scratchDir('cc-driver-');
const src = join(dir, 'root.c');
writeFileSync(src, '#include <math.h>\n#include <stdio.h>\nint main(void) { printf("%.6f\\n", sqrt(2.0)); return 0; }\n');

describe('tcc-lite cc libraries', () => {
  it('accepts -lm (and -lc): the math functions live in our libc.a, as with musl', async () => {
    const exe = join(dir, 'root');
    await cc([src, '-O2', '-lm', '-lc', '-o', exe]);
    expect(execFileSync(exe, { encoding: 'utf8' })).toBe('1.414214\n');
  });

  it('-nostdlib -lc links libc.a without crt0', async () => {
    const obj = join(dir, 'start.c');
    writeFileSync(obj, 'long write(int, const void *, unsigned long); void _exit(int);\nvoid _start(void) { write(1, "bare\\n", 5); _exit(3); }\n');
    const exe = join(dir, 'bare');
    await cc(['-nostdlib', obj, '-lc', '-o', exe]);
    const r = (() => { try { execFileSync(exe, { encoding: 'utf8' }); return { status: 0, out: '' }; } catch (e) { const x = e as { status: number; stdout: string }; return { status: x.status, out: x.stdout }; } })();
    expect(r).toEqual({ status: 3, out: 'bare\n' });
  });

  it('relinks a program that is running, as GNU ld does (the old file is removed, not rewritten: ETXTBSY)', async () => {
    const sleeper = join(dir, 'sleeper.c');
    writeFileSync(sleeper, '#include <unistd.h>\nint main(void) { sleep(2); return 0; }\n');
    const exe = join(dir, 'sleeper');
    await cc([sleeper, '-o', exe]);
    const running = spawn(exe);
    try {
      await new Promise((resolve) => setTimeout(resolve, 200));
      await cc([sleeper, '-o', exe]);
      expect(statSync(exe).mode & 0o111).toBe(0o111 & ~process.umask());
    } finally {
      running.kill();
    }
  });

  it('names a library it cannot find', async () => {
    await expect(cc([src, '-lnosuchlib', '-o', join(dir, 'x')])).rejects.toThrow('cannot find -lnosuchlib');
  });
});
