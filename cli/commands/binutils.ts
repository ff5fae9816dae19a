/** `tcc-lite as` and `tcc-lite ld`: our assembler and linker on their own, like GNU as/ld. */
import { readFileSync, writeFileSync } from 'node:fs';
import { assemble } from '../../compiler/asm/index.js';
import { link } from '../../compiler/link/index.js';
import { checkInputFile } from '../usage-error.js';

function mustExist(files: string[]): void {
  for (const f of files) checkInputFile(f);
}

export async function assembleFiles(files: string[], output: string, includePaths: string[] = []): Promise<void> {
  mustExist(files);
  // GNU as treats several inputs as one concatenated source.
  const text = files.map((f) => readFileSync(f, 'utf8')).join('\n');
  writeFileSync(output, assemble(text, { fileName: files[0], includePaths }));
}

export async function linkFiles(files: string[], opts: { o: string; T?: string; e?: string; map?: string; sourceMap?: string }): Promise<void> {
  mustExist(files);
  if (opts.T !== undefined) mustExist([opts.T]);
  const result = link(files.map((f) => ({ name: f, data: readFileSync(f) })), {
    script: opts.T !== undefined ? readFileSync(opts.T, 'utf8') : undefined,
    scriptName: opts.T,
    entry: opts.e,
    sourceMap: opts.sourceMap !== undefined,
  });
  writeFileSync(opts.o, result.elf, { mode: 0o755 });
  if (opts.map) writeFileSync(opts.map, result.systemMap);
  if (opts.sourceMap && result.sourceMap) writeFileSync(opts.sourceMap, result.sourceMap);
}

export async function disassembleFiles(files: string[]): Promise<void> {
  mustExist(files);
  const { readElf } = await import('../../compiler/elf/reader.js');
  const { objdump } = await import('../../compiler/x86/objdump.js');
  for (const f of files) process.stdout.write(objdump(readElf(readFileSync(f), f), f));
}
