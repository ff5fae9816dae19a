/** Our line table: `.file N`/`.loc` → .tcclite.lines (with R_X86_64_64) and .tcclite.files. */

import { describe, expect, it } from 'vitest';
import { assemble } from '../../compiler/asm/index.js';

interface SectionView { name: string; offset: number; size: number; type: number; info: number }

function sections(elf: Uint8Array): SectionView[] {
  const v = new DataView(elf.buffer, elf.byteOffset);
  const shoff = Number(v.getBigUint64(40, true));
  const n = v.getUint16(60, true);
  const strndx = v.getUint16(62, true);
  const raw = Array.from({ length: n }, (_, i) => {
    const at = shoff + i * 64;
    return { nameOff: v.getUint32(at, true), type: v.getUint32(at + 4, true), offset: Number(v.getBigUint64(at + 24, true)), size: Number(v.getBigUint64(at + 32, true)), info: v.getUint32(at + 44, true) };
  });
  const strtab = raw[strndx];
  const name = (off: number): string => {
    let end = strtab.offset + off;
    while (elf[end] !== 0) end++;
    return Buffer.from(elf.subarray(strtab.offset + off, end)).toString();
  };
  return raw.map((s) => ({ name: name(s.nameOff), offset: s.offset, size: s.size, type: s.type, info: s.info }));
}

describe('line table', () => {
  it('records address/file/line for each .loc and the file names', () => {
    const obj = assemble(['\t.file 1 "main.c"', '\t.file 2 "inc/util.h"', '\t.text', 'f:', '\t.loc 1 3 5', '\tpushq %rbp', '\t.loc 2 10', '\tmovq %rsp, %rbp', '\t.loc 1 4', '\tret', ''].join('\n'), { fileName: 'main.s' });
    const secs = sections(obj);
    const lines = secs.find((s) => s.name === '.tcclite.lines')!;
    const files = secs.find((s) => s.name === '.tcclite.files')!;
    const rela = secs.find((s) => s.name === '.rela.tcclite.lines')!;
    expect(lines.size).toBe(48);
    const v = new DataView(obj.buffer, obj.byteOffset + lines.offset);
    expect([0, 1, 2].map((i) => [v.getUint32(i * 16 + 8, true), v.getUint32(i * 16 + 12, true)])).toEqual([[1, 3], [2, 10], [1, 4]]);
    expect(Buffer.from(obj.subarray(files.offset, files.offset + files.size)).toString()).toBe('main.c\0inc/util.h\0');
    // Addresses come from R_X86_64_64 relocations against .text: offsets 0, 1 (after push), 4.
    const r = new DataView(obj.buffer, obj.byteOffset + rela.offset);
    const relocs = [0, 1, 2].map((i) => [Number(r.getBigUint64(i * 24, true)), Number(r.getBigUint64(i * 24 + 8, true) & 0xffffffffn), Number(r.getBigInt64(i * 24 + 16, true))]);
    expect(relocs).toEqual([[0, 1, 0], [16, 1, 1], [32, 1, 4]]);
  });

  it('adds nothing when the source has no .file/.loc', () => {
    const secs = sections(assemble('\tret\n', { fileName: 'a.s' }));
    expect(secs.some((s) => s.name.startsWith('.tcclite'))).toBe(false);
  });
});
