#!/usr/bin/env node
/**
 * The `tcc-lite` command line. Each subcommand lives in cli/commands/; this file only
 * declares options and turns every user-facing failure into a one-line (or gcc-style)
 * message and an exit status — never a JavaScript stack trace.
 */
import { Command, CommanderError, InvalidArgumentError } from 'commander';
import { build } from './commands/build.js';
import { reportFailure } from './report.js';

const program = new Command();
program
  .name('tcc-lite')
  .description('Write a Linux system call in a second: C compiler, kernel and x86-64 PC emulator in TypeScript.')
  .version('0.1.0')
  .showHelpAfterError()
  .exitOverride();

program
  .command('build')
  .description('build the kernel (vmlinux, System.map) and the userland initramfs into the output directory')
  .option('--kernel-src <dir>', 'kernel source tree', 'kernel-src')
  .option('--userland <dir>', 'userland source tree', 'userland')
  .option('--out <dir>', 'output directory', 'build')
  .option('--cc <toolchain>', 'toolchain: tcc-lite (ours) or gcc (the host gcc and GNU ld, as an oracle)', 'tcc-lite')
  .option('-g, --debug', 'emit line tables and a source map for symbolized traces')
  .action(async (opts: { kernelSrc: string; userland: string; out: string; cc: string; debug?: boolean }) => {
    await build(opts);
  });

export function parseSize(text: string): number {
  const m = /^(\d+)([KMG]?)i?B?$/i.exec(text.trim());
  if (!m) throw new InvalidArgumentError(`'${text}' is not a memory size (examples: 256M, 1G, 65536K)`);
  const unit = { '': 1 << 20, K: 1 << 10, M: 1 << 20, G: 1 << 30 }[m[2].toUpperCase() as '' | 'K' | 'M' | 'G'];
  return Number(m[1]) * unit;
}

async function main(argv: string[]): Promise<number> {
  try {
    await program.parseAsync(argv);
    return process.exitCode === undefined ? 0 : Number(process.exitCode);
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode;
    return reportFailure(e);
  }
}

main(process.argv).then((code) => {
  process.exitCode = code;
});
