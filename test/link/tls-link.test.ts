/**
 * Thread-local storage in static executables, against GNU ld: the PT_TLS template
 * (.tdata bytes, then .tbss zeros), local-exec offsets from the thread pointer, and
 * initial-exec GOT loads relaxed to constants. The program sets up its own thread
 * pointer from PT_TLS (the tiny runtime has no libc) and prints what it reads.
 */

import { afterAll, describe, expect, it } from 'vitest';
import { link } from '../../compiler/link/index.js';
import { readElf } from '../../compiler/elf/reader.js';
import { PT } from '../../compiler/elf/constants.js';
import { PRINT_H, RUNTIME_C, readelfComplaints, run, tool, Workdir } from './helpers.js';

const w = new Workdir();
afterAll(() => { if (!process.env.KEEP) w.cleanup(); });
const flags = ['-O0', '-fno-pic', '-fno-pie', '-ffreestanding', '-fno-stack-protector', '-fno-builtin'];

/** Builds the thread's block from the ELF's own PT_TLS, as a libc's start-up does. */
const SETUP_TLS = `
struct phdr { unsigned type, flags; unsigned long offset, vaddr, paddr, filesz, memsz, align; };
extern char __executable_start[];
static unsigned long block[512] __attribute__((aligned(64)));
static void setup_tls(void) {
  unsigned long phoff = *(unsigned long *)(__executable_start + 32);
  unsigned short phnum = *(unsigned short *)(__executable_start + 56);
  struct phdr *ph = (struct phdr *)(__executable_start + phoff);
  for (int i = 0; i < phnum; i++) {
    if (ph[i].type != 7) continue;
    unsigned long size = (ph[i].memsz + ph[i].align - 1) & -ph[i].align;
    char *tp = (char *)block + sizeof(block) / 2, *start = tp - size;
    for (unsigned long j = 0; j < ph[i].memsz; j++) start[j] = j < ph[i].filesz ? ((char *)ph[i].vaddr)[j] : 0;
    *(char **)tp = tp;
    long r;
    __asm__ volatile("syscall" : "=a"(r) : "a"(158), "D"(0x1002), "S"(tp) : "rcx", "r11", "memory");
  }
}
`;

const MAIN_C = `${PRINT_H}${SETUP_TLS}
__thread int counter = 41;
__thread char name[10] = "thread";
__thread long zeros[4];
__thread int aligned_one __attribute__((aligned(64))) = 9;
static __thread short hidden = -3;
extern __thread int elsewhere;       /* initial-exec: other.c defines it */
int bump_main_counter(void);
int main(void) {
  setup_tls();
  counter++;
  zeros[3] = 5;
  putnum(counter); puts_(" "); puts_(name); puts_(" "); putnum(zeros[3] + zeros[0]); puts_(" ");
  putnum(aligned_one); puts_(" "); putnum(hidden); puts_(" "); putnum(elsewhere); puts_(" ");
  putnum(bump_main_counter()); puts_(" ");
  putnum(((unsigned long)&aligned_one & 63) == 0); puts_("\\n");
  return 0;
}
`;

const OTHER_C = `
__thread int elsewhere = 1234;
extern __thread int counter;
int bump_main_counter(void) { return counter += 100; }
`;

describe('thread-local storage like ld -static', () => {
  const runtime = w.compile('rt.c', RUNTIME_C, flags);
  const main = w.compile('main.c', MAIN_C, flags);
  const other = w.compile('other.c', OTHER_C, flags);
  const inputs = [runtime, main, other];
  const ours = link(inputs, {});
  const ourExe = w.writeExe('tls.tcc', ours.elf);
  const gnuExe = w.gnuLink('tls.ld', inputs);

  it('gcc uses both access models here (TPOFF32 and GOTTPOFF)', () => {
    const relocs = tool('readelf', ['-rW', w.path('main.o')]) + tool('readelf', ['-rW', w.path('other.o')]);
    expect(relocs).toContain('R_X86_64_TPOFF32');
    expect(relocs).toContain('R_X86_64_GOTTPOFF');
  });

  it('runs with the output of the GNU ld build', () => {
    const gnu = run(gnuExe);
    expect(gnu.stdout).toBe('42 thread 5 9 -3 1234 142 1\n');
    expect(run(ourExe).stdout).toBe(gnu.stdout);
  });

  it('writes the PT_TLS segment GNU ld writes', () => {
    const tlsOf = (elf: Uint8Array) => readElf(elf, 'x').programHeaders.filter((p) => p.type === PT.TLS)
      .map((p) => ({ vaddr: p.vaddr, filesz: p.filesz, memsz: p.memsz, align: p.align, flags: p.flags }));
    expect(tlsOf(ours.elf)).toEqual(tlsOf(w.read('tls.ld')));
    expect(readelfComplaints(ourExe)).toBe('');
  });

  it('gives thread-local symbols their offsets in the TLS template, as nm shows for ld', () => {
    const nm = (exe: string) => tool('nm', [exe]).split('\n').filter((l) => / [bBdD] (counter|name|zeros|aligned_one|hidden|elsewhere)$/.test(l)).sort();
    expect(nm(ourExe)).toEqual(nm(gnuExe));
  });
});
