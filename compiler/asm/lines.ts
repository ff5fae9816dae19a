/**
 * Our tiny line table (docs/architecture.md, "compiler/asm"): `.file N "name"` and
 * `.loc N LINE [COL]` become two non-allocated sections the linker turns into a source map:
 *   .tcclite.lines  records {u64 address; u32 file; u32 line}, address by R_X86_64_64
 *   .tcclite.files  the file names, NUL-separated, file 1 first
 */

import { SHT } from '../elf/constants.js';
import type { Assembler } from './assembler.js';
import type { Section } from './model.js';

export function emitLineTable(as: Assembler): Section[] {
  if (as.lineRecords.length === 0 && as.fileNames.size === 0) return [];
  const lines = as.getSection('.tcclite.lines', 0, SHT.PROGBITS, 0);
  lines.align = 8;
  as.switchSection(lines);
  for (const r of as.lineRecords) {
    const at = as.newSymbol('.loc', true);
    at.section = r.section;
    at.frag = r.frag;
    at.offset = r.offset;
    as.emitValue({ add: at, sub: null, k: 0n, mod: '' }, 8);
    as.emitValue({ add: null, sub: null, k: BigInt(r.file), mod: '' }, 4);
    as.emitValue({ add: null, sub: null, k: BigInt(r.line), mod: '' }, 4);
  }
  const files = as.getSection('.tcclite.files', 0, SHT.PROGBITS, 0);
  as.switchSection(files);
  const max = Math.max(0, ...as.fileNames.keys());
  for (let i = 1; i <= max; i++) as.emitBytes([...Buffer.from(as.fileNames.get(i) ?? '', 'utf8'), 0]);
  return [lines, files];
}
