/**
 * `tcc-lite run`: boot the kernel with the initramfs on the emulated PC, the way the
 * tutorial reboots into its new kernel — but in about a second.
 *
 * With no command the console is the terminal (interactive shell). `-c 'CMDS'` runs the
 * commands with /bin/sh and `-- PROG ARGS` runs one program as init; either way the
 * machine powers off when init exits and we exit with its status.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { CompileError } from '../../compiler/diagnostics.js';
import { Machine, type MachineExit } from '../../emulator/index.js';
import { readCpio, S_IFDIR, S_IFREG, writeCpio, type CpioEntry } from '../build/cpio.js';
import { SymbolTable } from '../symbols.js';
import { checkInputFile, UsageError } from '../usage-error.js';

export const COMMAND_SCRIPT = '/etc/tcc-lite-cmd.sh';

export interface RunOptions {
  kernel: string;
  initrd: string;
  append?: string;
  memoryBytes: number;
  files: string[];
  command?: string;
  program?: string[];
  systemMap?: string;
  clock?: 'virtual' | 'host';
  /** Where console output goes (default: stdout). */
  output?: (bytes: Uint8Array) => void;
  /**
   * Where console input comes from: `terminal` (raw mode, an interactive session),
   * `stdin` (forward a pipe or file; its end hangs the line up) or `none` (the default).
   */
  input?: 'terminal' | 'stdin' | 'none';
}

/** Linux's cmdline parser groups words in double quotes; it has no escape for a quote itself. */
function quoteInitArg(arg: string): string {
  if (arg.includes('"')) throw new UsageError(`argument ${JSON.stringify(arg)} contains a double quote, which a kernel command line cannot carry; use -c with a script instead`);
  return /[\s]/.test(arg) || arg === '' ? `"${arg}"` : arg;
}

/** The kernel command line for this run. */
export function commandLine(opts: Pick<RunOptions, 'append' | 'command' | 'program'>): string {
  const words = ['console=ttyS0'];
  if (opts.command !== undefined) words.push('quiet', 'rdinit=/bin/sh');
  else if (opts.program !== undefined && opts.program.length > 0) words.push('quiet', `rdinit=${quoteInitArg(opts.program[0])}`);
  if (opts.append) words.push(opts.append);
  if (opts.command !== undefined) words.push('--', COMMAND_SCRIPT);
  else if (opts.program !== undefined && opts.program.length > 1) words.push('--', ...opts.program.slice(1).map(quoteInitArg));
  return words.join(' ');
}

/** Parses `--file GUEST=HOST` into cpio entries: the parent directories, then the file. */
function hostFileEntries(spec: string): CpioEntry[] {
  const eq = spec.indexOf('=');
  if (eq <= 0 || eq === spec.length - 1) throw new UsageError(`--file wants GUEST=HOST (for example --file /tmp/in.txt=./in.txt), got '${spec}'`);
  const guest = posix.normalize(spec.slice(0, eq)).replace(/^\/+/, '');
  const host = spec.slice(eq + 1);
  checkInputFile(host, `--file ${spec}: host file '${host}'`);
  const parts = guest.split('/');
  const dirs = parts.slice(0, -1).map((_, i) => ({ name: parts.slice(0, i + 1).join('/'), mode: S_IFDIR | 0o755 }));
  return [...dirs, { name: guest, mode: S_IFREG | 0o755, data: readFileSync(host) }];
}

const isDirectory = (e: CpioEntry): boolean => (e.mode & 0o170000) === S_IFDIR;

/** The initramfs for this boot: the built one plus --file additions and the -c script. */
export function prepareInitrd(base: Uint8Array, opts: Pick<RunOptions, 'files' | 'command'>): Uint8Array {
  if (opts.files.length === 0 && opts.command === undefined) return base;
  let entries: CpioEntry[];
  try {
    entries = readCpio(base);
  } catch (e) {
    throw new UsageError(`the initrd is not a cpio newc archive: ${(e as Error).message}`);
  }
  // A later file replaces an earlier one of the same name; existing directories stay.
  const byName = new Map(entries.map((e) => [e.name, e]));
  const add = (e: CpioEntry): void => {
    if (!(isDirectory(e) && byName.has(e.name))) byName.set(e.name, e);
  };
  for (const spec of opts.files) hostFileEntries(spec).forEach(add);
  if (opts.command !== undefined) {
    add({ name: 'etc', mode: S_IFDIR | 0o755 });
    add({ name: COMMAND_SCRIPT.slice(1), mode: S_IFREG | 0o644, data: new TextEncoder().encode(opts.command + '\n') });
  }
  return writeCpio([...byName.values()]);
}

function readInput(path: string, what: string): Uint8Array {
  if (!existsSync(path)) throw new UsageError(`${what} '${path}' does not exist (run 'tcc-lite build' first?)`);
  checkInputFile(path, `${what} '${path}'`);
  return readFileSync(path);
}

export async function runMachine(opts: RunOptions): Promise<MachineExit> {
  const kernel = readInput(opts.kernel, 'kernel');
  const initrd = prepareInitrd(readInput(opts.initrd, 'initrd'), opts);
  const mapPath = opts.systemMap ?? join(dirname(opts.kernel), 'System.map');
  // Read only for a fault report: most runs never need it.
  let symbols: SymbolTable | undefined;
  const symbolize = existsSync(mapPath)
    ? (a: bigint) => (symbols ??= SymbolTable.fromSystemMap(readFileSync(mapPath, 'utf8'))).symbolize(a)
    : undefined;
  const output = opts.output ?? ((bytes: Uint8Array) => process.stdout.write(bytes));
  let machine: Machine;
  try {
    machine = new Machine({
      memoryBytes: opts.memoryBytes,
      kernel,
      initrd,
      cmdline: commandLine(opts),
      onConsoleOutput: output,
      symbolize,
      clock: opts.clock ?? 'virtual',
    });
  } catch (e) {
    if (e instanceof CompileError) throw e;
    throw new UsageError(`cannot boot '${opts.kernel}': ${(e as Error).message}`);
  }
  if (opts.input === 'terminal' || opts.input === 'stdin') return runWithInput(machine, opts.input === 'terminal');
  // Nothing more will ever type: a guest waiting for console input must end, not hang.
  machine.closeConsoleInput();
  return machine.run();
}

/** Host stdin → UART. On a terminal, raw mode, and Ctrl-A x leaves, as in QEMU. */
async function runWithInput(machine: Machine, terminal: boolean): Promise<MachineExit> {
  const stdin = process.stdin;
  const tty = terminal && stdin.isTTY === true;
  if (tty) stdin.setRawMode(true);
  let sawCtrlA = false;
  const onData = (chunk: Buffer): void => {
    for (const byte of chunk) {
      if (tty && sawCtrlA && (byte === 0x78 || byte === 0x58)) {
        process.stdout.write('\r\nQEMU-style exit: Ctrl-A x\r\n');
        process.exit(0);
      }
      sawCtrlA = byte === 0x01;
    }
    machine.sendConsoleInput(new Uint8Array(chunk));
  };
  const onEnd = (): void => machine.closeConsoleInput();
  stdin.on('data', onData);
  stdin.on('end', onEnd);
  stdin.resume();
  try {
    return await machine.run();
  } finally {
    stdin.off('data', onData);
    stdin.off('end', onEnd);
    stdin.pause();
    if (tty) stdin.setRawMode(false);
  }
}
