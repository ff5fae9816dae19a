/**
 * `tcc-lite as` and `tcc-lite ld`: our assembler and linker on their own, taking the
 * command lines GNU as and ld take (a Makefile's `AS`/`LD`: `ld -m elf_x86_64 -T
 * link.ld -o kernel.elf ...`, `as --64 -o boot.o boot.s`).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { assemble } from '../../compiler/asm/index.js';
import { link } from '../../compiler/link/index.js';
import { checkInputFile, UsageError } from '../usage-error.js';
import { TCC_LITE_VERSION } from '../build/build-cache.js';
import {
  applyLinkerOptions, findArchive, HARMLESS_ASSEMBLER, linkerOutputOptions, writeExecutable, writeLinkerOutputs, type LinkerInput, type LinkerRequest,
} from './cc-pass-through.js';
import { expandResponseFiles } from './response-files.js';

function mustExist(files: string[]): void {
  for (const f of files) checkInputFile(f);
}

/** The value of option `args[i]`: glued (`-ofile`, `--map=f`) or the next word. */
function optionValue(args: string[], i: number, flag: string): { value: string; next: number } {
  const arg = args[i];
  if (arg.length > flag.length) return { value: arg.slice(arg[flag.length] === '=' ? flag.length + 1 : flag.length), next: i };
  if (i + 1 >= args.length) throw new UsageError(`missing argument to '${flag}'`);
  return { value: args[i + 1], next: i + 1 };
}

function printVersion(tool: string): void {
  process.stdout.write(`tcc-lite ${tool} ${TCC_LITE_VERSION} (GNU ${tool} compatible command line, x86-64 ELF)\n`);
}

/** `as --help`: the options this assembler takes (GNU as's names). */
const AS_HELP = `Usage: tcc-lite as [options] file...
Assembles AT&T-syntax x86-64 assembly, as GNU as does, into an ELF object; several files
are one source.
Options:
  --help                  Display this information.
  --version, -v           Display the version.
  -o <file>               Name the object (a.out by default).
  -I <dir>                Where .include and .incbin look.
  --64, -g, --gen-debug, --gdwarf-<n>, -W, --no-warn, --noexecstack, -Qy, -Qn,
  --compress-debug-sections[=...], -mrelax-relocations=yes|no, --strip-local-absolute
                          Accepted; change nothing here.
`;

/** `ld --help`: the options this linker takes (GNU ld's names). */
const LD_HELP = `Usage: tcc-lite ld [options] file...
Links ELF objects and archives into a static x86-64 executable, as GNU ld does.
Options:
  --help                  Display this information.
  --version, -v           Display the version.
  -o <file>               Name the output (a.out by default).
  -m elf_x86_64           The only emulation.
  -T <script>, --script=<script>
                          A linker script (SECTIONS, MEMORY, PHDRS, ENTRY, PROVIDE...).
  -e <symbol>, --entry=<symbol>, -u <symbol>, --defsym=<symbol>=<value>
  -L <dir>, -l<name>, -l:<file>, --start-group ... --end-group
  -Ttext=<address>, -Tdata=<address>, -Tbss=<address>, --section-start=<section>=<address>
  -Map=<file>, -M, --oformat=binary, -s, -S, --strip-debug, -z <keyword>
  --map <file>            tcc-lite's own: a System.map of the symbols.
  --source-map <file>     tcc-lite's own: the C lines of the code's addresses.
`;

export async function assembleCommand(commandLine: string[]): Promise<void> {
  const args = expandResponseFiles(commandLine);
  const files: string[] = [];
  const includePaths: string[] = [];
  let output = 'a.out';
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (!arg.startsWith('-')) files.push(arg);
    else if (arg === '--version' || arg === '-v') return printVersion('as');
    else if (arg === '--help') return void process.stdout.write(AS_HELP);
    else if (arg.startsWith('-o')) ({ value: output, next: i } = optionValue(args, i, '-o'));
    else if (arg.startsWith('-I')) {
      const { value, next } = optionValue(args, i, '-I');
      includePaths.push(value);
      i = next;
    } else if (arg === '-W' || arg === '--no-warn' || arg === '-Qy' || arg === '-Qn' || HARMLESS_ASSEMBLER.test(arg)) continue;
    else throw new UsageError(`assembler option '${arg}' is not supported`);
  }
  if (files.length === 0) throw new UsageError('no input files');
  mustExist(files);
  // GNU as treats several inputs as one concatenated source.
  const text = files.map((f) => readFileSync(f, 'utf8')).join('\n');
  writeFileSync(output, assemble(text, { fileName: files[0], includePaths }));
}

/** ld's -lNAME: there is no libc or default directory behind it, only the -L paths. */
function archiveFor(name: string, paths: string[]): string {
  const found = findArchive(name, paths);
  if (found === undefined) throw new UsageError(`cannot find -l${name} (searched: ${paths.join(', ') || 'no -L paths'})`);
  return found;
}

export async function linkCommand(commandLine: string[]): Promise<void> {
  const args = expandResponseFiles(commandLine);
  const request: LinkerRequest = { linkInputs: [], undefinedSymbols: [], libraryPaths: [], libraries: [] };
  const rest: string[] = [];
  let output = 'a.out';
  let systemMap: string | undefined;
  let sourceMap: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--version' || arg === '-v') return printVersion('ld');
    if (arg === '--help') return void process.stdout.write(LD_HELP);
    if (arg.startsWith('-o')) ({ value: output, next: i } = optionValue(args, i, '-o'));
    else if (arg.startsWith('-m')) {
      const { value, next } = optionValue(args, i, '-m');
      if (value !== 'elf_x86_64') throw new UsageError(`unsupported emulation '${value}' (tcc-lite ld links elf_x86_64)`);
      i = next;
    } else if (arg === '-nostdlib') continue; // no default search directories to drop
    // tcc-lite's own: a System.map-style symbol list, and a source map of C lines.
    else if (arg.startsWith('--map')) ({ value: systemMap, next: i } = optionValue(args, i, '--map'));
    else if (arg.startsWith('--source-map')) ({ value: sourceMap, next: i } = optionValue(args, i, '--source-map'));
    else rest.push(arg);
  }
  applyLinkerOptions(rest, request);
  const inputs = request.linkInputs!.map((input: LinkerInput) => ({
    name: 'file' in input ? input.file : archiveFor(input.library, request.libraryPaths),
    group: input.group,
  }));
  if (inputs.length === 0) throw new UsageError('no input files');
  mustExist(inputs.map((input) => input.name));
  if (request.linkerScript !== undefined) mustExist([request.linkerScript]);
  const result = link(inputs.map((input) => ({ ...input, data: readFileSync(input.name) })), {
    script: request.linkerScript !== undefined ? readFileSync(request.linkerScript, 'utf8') : undefined,
    scriptName: request.linkerScript,
    entry: request.entry,
    undefinedSymbols: request.undefinedSymbols,
    stack: request.stack,
    sourceMap: sourceMap !== undefined,
    ...linkerOutputOptions(request, output),
  });
  writeLinkerOutputs(request, result, (image) => writeExecutable(output, image));
  if (systemMap) writeFileSync(systemMap, result.systemMap);
  if (sourceMap && result.sourceMap) writeFileSync(sourceMap, result.sourceMap);
}

export async function disassembleFiles(files: string[]): Promise<void> {
  mustExist(files);
  const { readElf } = await import('../../compiler/elf/reader.js');
  const { objdump } = await import('../../compiler/x86/objdump.js');
  for (const f of files) process.stdout.write(objdump(readElf(readFileSync(f), f), f));
}
