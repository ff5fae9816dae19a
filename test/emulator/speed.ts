/**
 * Quick emulator speed check (not a test): boot-to-prompt time and bench section 4's
 * sieve, with a kernel and userland built once into $EMU_SPEED_DIR (tcc-lite by default). Run: npx tsx test/emulator/speed.ts
 * Used to compare the decoder before and after a change on the same machine.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from '../../cli/commands/build.js';
import { runMachine } from '../../cli/commands/run.js';
import { silentLog } from '../../cli/build/log.js';
import { GCC_USER_FLAGS } from '../../cli/build/toolchain.js';
import { packageRoot } from '../../cli/package-root.js';

const ROOT = packageRoot();
const work = process.env.EMU_SPEED_DIR ?? '/tmp/tcc-lite-emu-speed';
const out = join(work, 'build');

const SIEVE = `
#include <stdio.h>
int main(void) {
  static char sieve[2000000];
  int count = 0;
  for (int round = 0; round < 5; round++) {
    count = 0;
    for (int i = 0; i < 2000000; i++) sieve[i] = 1;
    for (int i = 2; i < 2000000; i++) {
      if (!sieve[i]) continue;
      count++;
      for (int j = 2 * i; j < 2000000; j += i) sieve[j] = 0;
    }
  }
  printf("%d\\n", count);
  return 0;
}
`;

async function best(n: number, fn: () => unknown): Promise<number> {
  let min = Infinity;
  for (let i = 0; i < n; i++) {
    const t = process.hrtime.bigint();
    await fn();
    min = Math.min(min, Number(process.hrtime.bigint() - t) / 1e9);
  }
  return min;
}

mkdirSync(work, { recursive: true });
if (!existsSync(join(out, 'vmlinux'))) {
  await build({ kernelSrc: join(ROOT, 'kernel-src'), userland: join(ROOT, 'userland'), out, cc: process.env.EMU_SPEED_CC ?? 'tcc-lite', log: silentLog });
}
const exe = join(work, 'sieve');
writeFileSync(join(work, 'sieve.c'), SIEVE);
execFileSync('gcc', [...GCC_USER_FLAGS, '-I', join(ROOT, 'userland/libc/include'), '-static', '-nostdlib', '-o', exe,
  join(out, 'userland/libc/crt0.o'), join(work, 'sieve.c'), join(out, 'userland/libc/libc.a')]);
const native = await best(3, () => execFileSync(exe));
const machine = (program: string[]) => runMachine({ kernel: join(out, 'vmlinux'), initrd: join(out, 'initramfs.cpio'),
  memoryBytes: 256 << 20, files: [`/bin/sieve=${exe}`], program, output: () => {} });
const bootOnly = await best(3, () => machine(['/bin/true']));
const emulated = await best(2, () => machine(['/bin/sieve']));
console.log(`boot (to /bin/true and power-off): ${bootOnly.toFixed(3)} s`);
console.log(`sieve: native ${native.toFixed(3)} s, emulated (boot excluded) ${(emulated - bootOnly).toFixed(3)} s = ${((emulated - bootOnly) / native).toFixed(1)}x native`);
