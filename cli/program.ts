/**
 * The `tcc-lite` command line: each subcommand lives in cli/commands/; this module only
 * declares options and turns every user-facing failure into a one-line (or gcc-style)
 * message and an exit status — never a JavaScript stack trace. Two entry points run it:
 * cli/main.ts (plain modules) and cli/snapshot/entry.ts (the start-up snapshot).
 */
import { fstatSync } from 'node:fs';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
// Commands are loaded when used: `run` needs no compiler and `build --cc gcc` needs
// neither our compiler nor the emulator, so each starts faster and fails independently.
import { reportFailure } from './report.js';
import type { RunBuildRequest } from './commands/run-build.js';
import { UsageError } from './usage-error.js';

function parseSize(text: string): number {
  const m = /^(\d+)([KMG]?)$/i.exec(text.trim());
  if (!m) throw new InvalidArgumentError(`'${text}' is not a memory size (examples: 256M, 1G, 65536K)`);
  const unit = { '': 1 << 20, K: 1 << 10, M: 1 << 20, G: 1 << 30 }[m[2].toUpperCase() as '' | 'K' | 'M' | 'G'];
  const bytes = Number(m[1]) * unit;
  if (bytes < 16 << 20 || bytes > 4 * 2 ** 30) throw new InvalidArgumentError(`memory size ${text} is out of range (16M to 4G)`);
  return bytes;
}

const collect = (value: string, previous: string[]): string[] => [...previous, value];

/**
 * Console input for -c and -- runs. A terminal or /dev/null types nothing, so the run
 * stays deterministic; a pipe or a file is streamed to the guest as it is read, and its
 * end hangs the serial line up (the guest reads end-of-file).
 */
function commandInput(): 'none' | 'stdin' {
  if (process.stdin.isTTY) return 'none';
  try {
    return fstatSync(0).isCharacterDevice() ? 'none' : 'stdin';
  } catch {
    return 'none'; // no standard input at all
  }
}

function buildProgram(): Command {
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
    .addOption(new Option('--cc <toolchain>', 'tcc-lite (ours) or gcc (host gcc + GNU ld, as an oracle)').choices(['tcc-lite', 'gcc']).default('tcc-lite'))
    .option('-g, --debug', 'emit line tables and a source map for symbolized traces')
    .action(async (opts: { kernelSrc: string; userland: string; out: string; cc: string; debug?: boolean }) => {
      const { build } = await import('./commands/build.js');
      await build(opts);
    });

  program
    .command('run')
    .description('boot the kernel on the emulated PC; with no command, an interactive shell on this terminal')
    .argument('[program...]', 'after --: a program to run as init, with its arguments')
    .option('--kernel <file>', 'kernel ELF (default: OUT/vmlinux)')
    .option('--initrd <file>', 'initramfs (cpio newc) (default: OUT/initramfs.cpio)')
    .option('--build', 'bring the build up to date first, as tcc-lite build (the default when no --kernel/--initrd is given and ./kernel-src and ./userland exist)')
    .option('--no-build', 'boot the images as they are')
    .option('--kernel-src <dir>', 'kernel source tree to build (default: kernel-src)')
    .option('--userland <dir>', 'userland source tree to build (default: userland)')
    .option('--out <dir>', 'build output directory (default: build)')
    .addOption(new Option('--cc <toolchain>', 'toolchain of that build (default: the one OUT was last built with)').choices(['tcc-lite', 'gcc']))
    .option('--append <cmdline>', 'extra kernel command-line words')
    .option('-m, --memory <size>', 'RAM size (e.g. 256M, 1G)', parseSize, 256 << 20)
    .option('--file <guest=host>', 'add a host file to the initramfs (repeatable)', collect, [])
    .option('-c, --command <commands>', 'run these shell commands and exit with their status')
    .option('--system-map <file>', 'System.map for symbolized fault reports (default: next to the kernel)')
    .addOption(new Option('--clock <kind>', 'virtual (deterministic; the default with -c and --) or host (the default for an interactive shell)').choices(['virtual', 'host']))
    .action(async (programArgs: string[], opts: RunBuildRequest & { append?: string; memory: number; file: string[]; command?: string; systemMap?: string; clock?: 'virtual' | 'host' }) => {
      if (opts.command !== undefined && programArgs.length > 0) throw new UsageError('give either -c COMMANDS or -- PROGRAM ARGS, not both');
      const { planRun, runBuildLog, runToolchain } = await import('./commands/run-build.js');
      const plan = planRun(opts);
      if (plan.build) {
        const { build } = await import('./commands/build.js');
        const log = runBuildLog(plan.build.out);
        try {
          await build({ ...plan.build, cc: runToolchain(opts, plan.build.out), log });
        } finally {
          log.finish();
        }
      }
      const { runMachine } = await import('./commands/run.js');
      const interactive = opts.command === undefined && programArgs.length === 0;
      const exit = await runMachine({
        kernel: plan.kernel,
        initrd: plan.initrd,
        append: opts.append,
        memoryBytes: opts.memory,
        files: opts.file,
        command: opts.command,
        program: programArgs.length > 0 ? programArgs : undefined,
        systemMap: opts.systemMap,
        // A person at a shell expects `sleep 5` to take five seconds and an idle machine
        // to cost nothing; scripted runs keep the reproducible virtual clock.
        clock: opts.clock ?? (interactive ? 'host' : 'virtual'),
        input: interactive ? 'terminal' : commandInput(),
      });
      if (exit.report) process.stderr.write(exit.report.endsWith('\n') ? exit.report : exit.report + '\n');
      process.exitCode = exit.exitCode;
    });

  program
    .command('cc')
    .description('compile and link C like gcc (-c -S -E -o -I -D -U -include -g -O -w -Wall -std= -nostdlib -static)')
    .argument('<args...>', 'gcc-style arguments')
    .allowUnknownOption()
    .helpOption(false)
    .action(async (args: string[]) => {
      const { cc } = await import('./commands/cc.js');
      await cc(args);
    });

  program
    .command('as')
    .description('assemble AT&T-syntax x86-64 assembly into an ELF object (GNU as\'s command line: -o -I --64 -g ...)')
    .argument('<args...>', 'as-style arguments')
    .allowUnknownOption()
    .helpOption(false)
    .action(async (args: string[]) => {
      const { assembleCommand } = await import('./commands/binutils.js');
      await assembleCommand(args);
    });

  program
    .command('ld')
    .description('link ELF objects and archives into a static executable (GNU ld\'s command line: -o -T -e -L -l -u -z -m elf_x86_64 --start-group --defsym -Ttext -Map --oformat binary ...; --map FILE writes a System.map)')
    .argument('<args...>', 'ld-style arguments')
    .allowUnknownOption()
    .helpOption(false)
    .action(async (args: string[]) => {
      const { linkCommand } = await import('./commands/binutils.js');
      await linkCommand(args);
    });

  program
    .command('objdump')
    .description('disassemble the code sections of ELF files, as objdump -d prints them')
    .argument('<files...>')
    .option('-d, --disassemble', 'disassemble code sections (the default and only mode)')
    .action(async (files: string[]) => {
      const { disassembleFiles } = await import('./commands/binutils.js');
      await disassembleFiles(files);
    });

  const server = program
    .command('server')
    .description('the warm compilers that cc, as and ld hand their work to (each starts by itself; TCC_LITE_SERVER=0: never)');
  server.command('start').description('start one more server (at most one per core)').action(async () => {
    const { serverStart } = await import('./server/control.js');
    await serverStart();
  });
  server.command('stop').description('stop every server').action(async () => {
    const { serverStop } = await import('./server/control.js');
    await serverStop();
  });
  server.command('status').description('list the running servers').action(async () => {
    const { serverStatus } = await import('./server/control.js');
    await serverStatus();
  });
  server
    .command('serve', { hidden: true })
    .argument('<slot>', 'which of the per-core sockets to serve', parseSlot)
    .action(async (slot: number) => {
      const { serve } = await import('./server/daemon.js');
      await serve(slot, runCommandLine);
    });
  return program;
}

function parseSlot(text: string): number {
  if (!/^\d+$/.test(text)) throw new InvalidArgumentError(`'${text}' is not a slot number`);
  return Number(text);
}

/** Runs one command line (argv as process.argv: node, script, arguments...); returns the exit status. */
export async function runCommandLine(argv: string[]): Promise<number> {
  try {
    await buildProgram().parseAsync(argv);
    return process.exitCode === undefined ? 0 : Number(process.exitCode);
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    return reportFailure(e);
  }
}

/**
 * Ends the process once everything written has reached the OS. Node's ordinary exit
 * first tears down the heap the command built up (a booted machine, a compiler's
 * tables: tens of milliseconds), work nobody waits for. Every file the commands write is
 * written synchronously, so only the two output streams can still hold data.
 */
export function exitWhenFlushed(code: number): void {
  process.exitCode = code;
  let pending = 2;
  // A stream that failed (the reader of a pipe went away) is left to its 'error'
  // handler, which ends the process as a Unix tool would (exitQuietlyOnBrokenPipe).
  const flushed = (error?: Error | null): void => {
    if (!error && --pending === 0) process.exit();
  };
  process.stdout.write('', flushed);
  process.stderr.write('', flushed);
}

/**
 * `tcc-lite build | head`: when the reader goes away, stop quietly as Unix tools do
 * (they die of SIGPIPE), instead of a stack trace for the unhandled EPIPE.
 */
export function exitQuietlyOnBrokenPipe(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code !== 'EPIPE') throw e;
      process.exit(141); // 128 + SIGPIPE, the status a shell reports for such a process
    });
  }
}
