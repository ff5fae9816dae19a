/**
 * The ELF reader against readelf: sections, symbols, relocations and program headers of
 * gcc's objects and ld's executables must read the same.
 */

import { afterAll, describe, expect, it } from 'vitest';
import { readElf } from '../../compiler/elf/reader.js';
import { relocTypeName } from '../../compiler/elf/constants.js';
import { RUNTIME_C, tool, Workdir } from './helpers.js';

const w = new Workdir();
afterAll(() => w.cleanup());
const obj = w.compile('sample.c', `
  #include <stdarg.h>
  const char *greeting = "hello";
  static int counter;
  int shared[10];
  __attribute__((weak)) int maybe(void) { return 1; }
  int use(int x) { counter += x; return shared[x] + maybe() + greeting[0]; }
  int main(void) { return use(2); }
`, ['-O2', '-g', '-fno-pie', '-ffreestanding', '-fno-stack-protector']);
const path = w.save(obj);

describe('readElf on a gcc object', () => {
  const elf = readElf(obj.data, 'sample.o');

  it('reads the section headers readelf prints', () => {
    const lines = tool('readelf', ['-SW', path]).split('\n').filter((l) => /^\s+\[\s*\d+\]/.test(l));
    expect(elf.sections.length).toBe(lines.length);
    for (const l of lines) {
      const m = /^\s+\[\s*(\d+)\]\s+(\S*)\s+(\S+)\s+([0-9a-f]+)\s+([0-9a-f]+)\s+([0-9a-f]+)/.exec(l)!;
      const s = elf.sections[Number(m[1])];
      if (Number(m[1]) === 0) continue;
      expect(s.name).toBe(m[2]);
      expect(s.offset).toBe(parseInt(m[5], 16));
      expect(s.size).toBe(parseInt(m[6], 16));
    }
  });

  it('reads the symbol table readelf prints', () => {
    const lines = tool('readelf', ['-sW', path]).split('\n').filter((l) => /^\s+\d+:/.test(l));
    expect(elf.symbols.length).toBe(lines.length);
    for (const l of lines) {
      const [idx, value, size, type, bind, , ndx, name] = l.trim().split(/\s+/);
      const s = elf.symbols[parseInt(idx, 10)];
      expect(s.value).toBe(BigInt(`0x${value}`));
      expect(Number(s.size)).toBe(parseInt(size, 10));
      expect(['NOTYPE', 'OBJECT', 'FUNC', 'SECTION', 'FILE'][s.type]).toBe(type);
      expect(['LOCAL', 'GLOBAL', 'WEAK'][s.bind]).toBe(bind);
      if (/^\d+$/.test(ndx)) expect(s.shndx).toBe(parseInt(ndx, 10));
      if (name && type !== 'SECTION') expect(s.name).toBe(name);
    }
  });

  it('reads every relocation with its type, offset and addend', () => {
    const text = tool('readelf', ['-rW', path]);
    const rows = text.split('\n').filter((l) => /^[0-9a-f]{16}\s/.test(l));
    const ours = [...elf.relocations.entries()].sort((a, b) => a[0] - b[0]).flatMap(([, list]) => list);
    expect(ours.length).toBe(rows.length);
    const byText = new Set(rows.map((r) => {
      const f = r.split(/\s+/);
      return `${parseInt(f[0], 16)} ${f[2]}`;
    }));
    for (const r of ours) expect(byText.has(`${r.offset} ${relocTypeName(r.type)}`)).toBe(true);
  });
});

describe('readElf on an executable', () => {
  it('reads the program headers and entry point', () => {
    const exe = w.gnuLink('rt.exe', [w.compile('rt.c', RUNTIME_C), w.compile('m.c', 'int main(void) { return 0; }\n')]);
    const elf = readElf(w.read('rt.exe'), 'rt.exe');
    const text = tool('readelf', ['-lhW', exe]);
    const entry = /Entry point address:\s+0x([0-9a-f]+)/.exec(text)![1];
    expect(elf.header.entry).toBe(BigInt(`0x${entry}`));
    const loads = text.split('\n').filter((l) => /^\s+LOAD/.test(l)).map((l) => l.trim().split(/\s+/));
    const ours = elf.programHeaders.filter((p) => p.type === 1);
    expect(ours.map((p) => `0x${p.vaddr.toString(16).padStart(16, '0')}`)).toEqual(loads.map((f) => f[2]));
  });
});
