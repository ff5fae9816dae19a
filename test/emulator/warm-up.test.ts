// The snapshot warm-up guest (emulator/warm-up.ts): its bytes are what GNU as makes of
// its source, it runs to a clean power-off, and running it leaves nothing behind that
// changes a later machine's run.

import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Machine } from '../../emulator/index.js';
import { GUEST_CODE, GUEST_MEMORY_SIZE, WARM_UP_GUEST_SOURCE, warmUpEmulator, warmUpKernel } from '../../emulator/warm-up.js';
import { makeTempDir } from './helpers.js';

describe('emulator warm-up guest', () => {
  it('is the GNU as assembly of its source, with the data where the loader zeroes it', () => {
    const dir = makeTempDir('warm-up');
    writeFileSync(join(dir, 'guest.s'), WARM_UP_GUEST_SOURCE);
    execFileSync('as', [join(dir, 'guest.s'), '-o', join(dir, 'guest.o')]);
    execFileSync('objcopy', ['-O', 'binary', '-j', '.text', join(dir, 'guest.o'), join(dir, 'guest.bin')]);
    const text = readFileSync(join(dir, 'guest.bin'));
    expect(Buffer.from(GUEST_CODE).equals(text.subarray(0, GUEST_CODE.length))).toBe(true);
    // Everything after the code up to the data page is alignment padding the code never reaches.
    const symbols = new Map(execFileSync('nm', [join(dir, 'guest.o')], { encoding: 'utf8' }).trim().split('\n')
      .map((line) => line.split(' ')).map(([value, , name]) => [name, parseInt(value, 16)]));
    expect(symbols.get('ticks')).toBe(0x1000);
    expect(GUEST_CODE.length).toBeLessThanOrEqual(0x1000);
    expect((symbols.get('idt') ?? 0) + 0x21 * 16).toBe(GUEST_MEMORY_SIZE);
    expect(text.length).toBe(GUEST_MEMORY_SIZE);
  });

  it('powers off cleanly after the same number of instructions every time', () => {
    const first = warmUpEmulator();
    const second = warmUpEmulator();
    expect(first).toMatchObject({ reason: 'poweroff', exitCode: 0 });
    expect(first.instructions).toBeGreaterThan(300_000);
    expect(second.instructions).toBe(first.instructions);
  });

  it('prints its one character and takes timer interrupts while halted', () => {
    let out = '';
    const machine = new Machine({ memoryBytes: 16 << 20, kernel: warmUpKernel(), onConsoleOutput: (b) => { out += Buffer.from(b).toString('latin1'); } });
    machine.closeConsoleInput();
    const exit = machine.runSync({ maxInstructions: 10_000_000 });
    expect(exit).toMatchObject({ reason: 'poweroff', exitCode: 0 });
    expect(out).toBe('.');
  });
});
