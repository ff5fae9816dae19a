// Developer tool: boot a kernel in the emulator with the console on stdio.
//
//   npx tsx emulator/tools/boot.ts --kernel build/vmlinux [--initrd build/initramfs.cpio]
//       [--append "..."] [-m 256] [--system-map build/System.map] [--trace N]
//       [--max-instructions N] [--host-clock] [--quiet-warnings]
//
// Exit status is the machine's (the byte written to port 0xF4, or 125 for a
// triple fault, 126 for a deadlock, 124 for --max-instructions). On a
// terminal, Ctrl-A x quits. With --trace N the last N executed RIPs
// are printed (symbolized with --system-map) when the machine crashes.

import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { BootError, Machine, symbolizerFromSystemMap } from '../index.js';
import type { Symbolizer } from '../report.js';

function usage(message: string): never {
  process.stderr.write(`boot: ${message}\nusage: boot.ts --kernel FILE [--initrd FILE] [--append STR] [-m MiB] [--system-map FILE] [--trace N] [--max-instructions N] [--host-clock]\n`);
  process.exit(2);
}

function readInput(path: string, what: string): Uint8Array {
  try {
    return readFileSync(path);
  } catch (e) {
    usage(`cannot read ${what} '${path}': ${(e as Error).message}`);
  }
}

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({
      options: {
        kernel: { type: 'string' },
        initrd: { type: 'string' },
        append: { type: 'string' },
        m: { type: 'string', short: 'm' },
        'system-map': { type: 'string' },
        trace: { type: 'string' },
        'max-instructions': { type: 'string' },
        'host-clock': { type: 'boolean' },
        'quiet-warnings': { type: 'boolean' },
      },
    }).values;
  } catch (e) {
    usage((e as Error).message);
  }
  if (!args.kernel) usage('--kernel is required');
  const memoryMiB = args.m ? Number(args.m.replace(/[mM]$/, '')) : 256;
  if (!Number.isInteger(memoryMiB) || memoryMiB < 16) usage(`bad memory size '${args.m}'`);
  const trace = args.trace ? Number(args.trace) : 0;
  const maxInstructions = args['max-instructions'] ? Number(args['max-instructions']) : undefined;
  let symbolize: Symbolizer | undefined;
  if (args['system-map']) symbolize = symbolizerFromSystemMap(new TextDecoder().decode(readInput(args['system-map'], 'System.map')));

  let machine: Machine;
  try {
    machine = new Machine({
      memoryBytes: memoryMiB * 1024 * 1024,
      kernel: readInput(args.kernel, 'kernel'),
      initrd: args.initrd ? readInput(args.initrd, 'initrd') : undefined,
      cmdline: args.append ?? '',
      onConsoleOutput: (bytes) => process.stdout.write(bytes),
      symbolize,
      clock: args['host-clock'] ? 'host' : 'virtual',
      traceSize: trace,
      onWarning: args['quiet-warnings'] ? undefined : (msg) => process.stderr.write(`emulator: ${msg}\n`),
    });
  } catch (e) {
    if (e instanceof BootError || e instanceof RangeError) {
      process.stderr.write(`boot: ${e.message}\n`);
      return 2;
    }
    throw e;
  }

  // Raw terminal: keys go to the guest; Ctrl-A x leaves, as in QEMU.
  if (process.stdin.isTTY) process.stdin.setRawMode(true);
  let sawCtrlA = false;
  process.stdin.on('data', (chunk: Buffer) => {
    for (const byte of chunk) {
      if (sawCtrlA && (byte === 0x78 || byte === 0x58)) {
        if (process.stdin.isTTY) process.stdin.setRawMode(false);
        process.stderr.write('\n[boot: Ctrl-A x]\n');
        process.exit(130);
      }
      sawCtrlA = byte === 0x01;
    }
    machine.sendConsoleInput(chunk);
  });
  process.stdin.on('end', () => machine.closeConsoleInput());
  const started = performance.now();
  const exit = await machine.run({ maxInstructions });
  const seconds = (performance.now() - started) / 1000;
  if (process.stdin.isTTY) process.stdin.setRawMode(false);
  process.stdin.pause();
  if (exit.report) process.stderr.write(`\n${exit.report}\n`);
  if (process.env.TCC_LITE_STATS) {
    process.stderr.write(`[${exit.reason}: ${exit.instructions} instructions in ${seconds.toFixed(2)} s, ${(exit.instructions / seconds / 1e6).toFixed(1)} MIPS]\n`);
  }
  return exit.exitCode;
}

main().then((code) => process.exit(code), (e) => {
  process.stderr.write(`boot: ${(e as Error).stack ?? e}\n`);
  process.exit(70);
});
