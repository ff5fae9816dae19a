/**
 * User programs (no linker script): link gcc's objects with our linker and with GNU ld,
 * run both natively, and compare what they print and their exit status.
 */

import { afterAll, describe, expect, it } from 'vitest';
import { link, writeArchive } from '../../compiler/link/index.js';
import { readElf } from '../../compiler/elf/reader.js';
import { PT } from '../../compiler/elf/constants.js';
import { PRINT_H, RUNTIME_C, readelfComplaints, run, tool, USER_CFLAGS, Workdir } from './helpers.js';

const w = new Workdir();
afterAll(() => w.cleanup());
const runtime = w.compile('rt.c', RUNTIME_C);

const MAIN_C = `${PRINT_H}
extern int counter;                 /* COMMON in common.o */
int bigtable[1000];                 /* .bss */
int initialised = 12;               /* .data */
static const char *messages[] = { "hello world\\n", "world\\n", "lo world\\n" };  /* tail-merged strings */
__attribute__((weak)) int weak_value(void) { return 1; }   /* overridden by strong.o */
extern int missing_weak(void) __attribute__((weak));      /* never defined: address 0 */
struct item { const char *name; int value; };
extern const struct item __start_myset[], __stop_myset[];
static const struct item one __attribute__((section("myset"), used)) = { "one", 1 };
static const struct item two __attribute__((section("myset"), used)) = { "two", 2 };
static int ctor_ran;
__attribute__((constructor)) static void ctor(void) { ctor_ran = 40; }
extern void (*__init_array_start[])(void), (*__init_array_end[])(void);
extern char __bss_start[], _edata[], _end[], etext[], __executable_start[];
int classify(int x) {
  switch (x) { case 0: return 10; case 1: return 20; case 2: return 31; case 3: return 45; case 4: return 52; case 5: return 67; default: return -1; }
}
double scale(double x) { return x * 2.5 + 0.125; }
int main(void) {
  for (void (**f)(void) = __init_array_start; f < __init_array_end; f++) (*f)();
  for (int i = 0; i < 3; i++) puts_(messages[i]);
  for (const struct item *it = __start_myset; it < __stop_myset; it++) { puts_(it->name); putnum(it->value); puts_("\\n"); }
  counter += 5; bigtable[999] = 3;
  putnum(counter + bigtable[999] + initialised); puts_("\\n");
  putnum(weak_value()); puts_(" weak\\n");
  putnum(missing_weak == 0); puts_(" missing\\n");
  for (int i = -1; i < 7; i++) putnum(classify(i));
  puts_("\\n");
  putnum((long)(scale(3.0) * 1000)); puts_("\\n");
  putnum(__bss_start <= (char *)bigtable && (char *)bigtable < _end); putnum(_edata <= __bss_start);
  putnum(etext > __executable_start); puts_("\\n");
  return ctor_ran + 2;
}
`;

function both(name: string, inputs: { name: string; data: Uint8Array }[]) {
  const ours = link(inputs, {});
  const ourExe = w.writeExe(`${name}.tcc`, ours.elf);
  const gnuExe = w.gnuLink(`${name}.ld`, inputs);
  return { ours, ourExe, gnuExe, ourRun: run(ourExe), gnuRun: run(gnuExe) };
}

describe('linking user programs like ld -static', () => {
  const main = w.compile('main.c', MAIN_C);
  const common = w.compile('common.c', 'int counter;\n', [...USER_CFLAGS, '-fcommon']);
  const strong = w.compile('strong.c', 'int weak_value(void) { return 77; }\n');

  it('runs with the same output and status as the GNU ld build', () => {
    const r = both('prog', [runtime, main, common, strong]);
    expect(r.gnuRun.status).toBe(42);
    expect(r.ourRun.stdout).toBe(r.gnuRun.stdout);
    expect(r.ourRun.status).toBe(r.gnuRun.status);
    expect(r.ourRun.stdout).toContain('hello world\nworld\nlo world\n');
    expect(r.ourRun.stdout).toMatch(/one1\n/);
    expect(r.ourRun.stdout).toMatch(/two2\n/);
  });

  it('lays out segments like ld: R headers, R+X text, R, RW; offsets congruent to addresses', () => {
    const { ours } = both('layout', [runtime, main, common, strong]);
    const elf = readElf(ours.elf, 'out');
    const loads = elf.programHeaders.filter((p) => p.type === PT.LOAD);
    expect(loads.map((p) => p.flags)).toEqual([4, 5, 4, 6]);
    expect(loads[0].vaddr).toBe(0x400000n);
    expect(loads[1].vaddr).toBe(0x401000n);
    for (const p of loads) expect(BigInt(p.offset) % 4096n).toBe(p.vaddr % 4096n);
    expect(elf.programHeaders.some((p) => p.type === PT.GNU_STACK && p.flags === 6)).toBe(true);
    expect(elf.header.entry).toBe(ours.symbols.get('_start')!.address);
  });

  it('produces a file readelf reads without complaints and objdump disassembles', () => {
    const { ourExe } = both('clean', [runtime, main, common, strong]);
    expect(readelfComplaints(ourExe)).toBe('');
    // Allocated section headers (name, type, address, offset, size, flags...) as ld writes them.
    const headers = (exe: string) => tool('readelf', ['-SW', exe]).split('\n')
      .filter((l) => /^\s+\[\s*\d+\]/.test(l) && !/\.comment|\.symtab|\.strtab|\.shstrtab/.test(l));
    expect(headers(ourExe)).toEqual(headers(w.gnuLink('clean.ld', [runtime, main, common, strong])));
    expect(tool('objdump', ['-d', ourExe])).toContain('<main>:');
  });

  it('places code, strings and symbols exactly where GNU ld does', () => {
    const r = both('same', [runtime, main, common, strong]);
    expect(r.ours.systemMap).toBe(tool('nm', ['-n', r.ourExe]));
    expect(r.ours.systemMap).toBe(tool('nm', ['-n', r.gnuExe]));
    const section = (exe: string, s: string) => tool('objdump', ['-s', '-j', s, exe]).split('\n').slice(3).join('\n');
    for (const s of ['.text', '.rodata', '.eh_frame', 'myset', '.init_array', '.data']) {
      expect(section(r.ourExe, s), s).toBe(section(r.gnuExe, s));
    }
    expect(tool('readelf', ['--debug-dump=frames', r.ourExe]).split('\n').slice(1))
      .toEqual(tool('readelf', ['--debug-dump=frames', r.gnuExe]).split('\n').slice(1));
  });

  it('relaxes GOT loads from -fpic objects and keeps a GOT for what it cannot relax', () => {
    const pie = w.compile('pic.c', `${PRINT_H}
      extern int shared_value;
      extern int absent(void) __attribute__((weak));
      extern int helper(int);
      int use_got(void) { return shared_value + helper(2) + (absent ? 100 : 0); }
    `, ['-O2', '-fpic', '-fno-plt', '-ffreestanding', '-fno-stack-protector']);
    const defs = w.compile('defs.c', 'int shared_value = 30; int helper(int x) { return x * 5; }\n');
    const m = w.compile('m.c', `${PRINT_H} int use_got(void); int main(void) { putnum(use_got()); puts_("\\n"); return use_got(); }`);
    const r = both('got', [runtime, m, pie, defs]);
    expect(r.ourRun).toEqual(r.gnuRun);
    expect(r.ourRun.status).toBe(40);
    const dis = tool('objdump', ['-d', r.ourExe]);
    expect(dis).toMatch(/lea\s+0x[0-9a-f]+\(%rip\),%r..\s+# [0-9a-f]+ <shared_value>/);
    expect(dis).toMatch(/addr32 call [0-9a-f]+ <helper>/);
  });
});

describe('archives', () => {
  const m = w.compile('am.c', `${PRINT_H} int first(void); int main(void) { putnum(first()); puts_("\\n"); return 0; }`);
  // first.o needs second.o, which is stored after it; unused.o is never needed.
  const first = w.compile('first.c', 'int second(void); int first(void) { return second() + 1; }\n');
  const second = w.compile('second.c', 'int third(void); int second(void) { return third() * 10; }\n');
  const third = w.compile('third_with_a_long_name.c', 'int third(void) { return 4; }\n');
  const unused = w.compile('unused.c', 'int unused_function(void) { return 9; }\n');

  it('pulls only the members that satisfy undefined references, in any member order', () => {
    const lib = { name: 'libx.a', data: writeArchive([third, unused, first, second]) };
    const r = both('ar', [runtime, m, lib]);
    expect(r.ourRun).toEqual(r.gnuRun);
    expect(r.ourRun.stdout).toBe('41\n');
    expect(r.ours.symbols.has('unused_function')).toBe(false);
    expect(r.ours.symbols.has('third')).toBe(true);
  });

  it('does not search an archive for references that come after it (ld semantics)', () => {
    const lib = { name: 'libx.a', data: writeArchive([first, second, third]) };
    expect(() => link([runtime, lib, m], {})).toThrow(/am\.o: in function 'main': undefined reference to 'first'/);
  });

  it('reads archives made by GNU ar', () => {
    const paths = [first, second, third].map((i) => w.save(i));
    tool('ar', ['rcs', w.path('gnu.a'), ...paths]);
    const lib = { name: 'gnu.a', data: w.read('gnu.a') };
    const r = both('gnuar', [runtime, m, lib]);
    expect(r.ourRun.stdout).toBe('41\n');
  });
});

describe('COMDAT groups', () => {
  const group = (sym: string) => `
    .section .text.shared,"axG",@progbits,shared_fn,comdat
    .globl shared_fn
    .type shared_fn, @function
shared_fn:
    .cfi_startproc
    movl $${sym}, %eax
    ret
    .cfi_endproc
`;
  it('keeps the first copy of a group and drops the others (and their unwind entries)', () => {
    const a = w.compile('ga.s', group('5'), []);
    const b = w.compile('gb.s', group('6'), []);
    const m = w.compile('gm.c', `int shared_fn(void); int main(void) { return shared_fn(); }`);
    const r = both('comdat', [runtime, m, a, b]);
    expect(r.ourRun.status).toBe(5);
    expect(r.gnuRun.status).toBe(5);
    const fdes = (exe: string) => (tool('readelf', ['--debug-dump=frames', exe]).match(/ FDE /g) ?? []).length;
    expect(fdes(r.ourExe)).toBe(fdes(r.gnuExe));
  });
});

describe('data segment placement (DATA_SEGMENT_ALIGN) like ld', () => {
  // Where ld starts the writable data depends on the sizes involved: it keeps the file
  // offset's low bits unless a fresh page saves one, and RELRO or unwind tables change it.
  const cases: [number, number, boolean][] = [
    [16, 8, false], [2000, 3000, false], [2000, 9000, false], [3900, 9000, false], [16, 3000, true], [2000, 9000, true],
  ];
  for (const [ro, bss, unwind] of cases) {
    it(`${ro} bytes of rodata, ${bss} of bss, ${unwind ? 'with' : 'without'} unwind tables`, () => {
      const flags = [...USER_CFLAGS, unwind ? '-fasynchronous-unwind-tables' : '-fno-asynchronous-unwind-tables'];
      const o = w.compile(`seg${ro}_${bss}_${unwind}.c`, `const char ro[${ro}] = {1}; int dat = 3; char bs[${bss}]; void _start(void) {}\n`, flags);
      const ours = link([o], {});
      const gnu = w.gnuLink(`seg${ro}_${bss}_${unwind}`, [o]);
      expect(ours.systemMap).toBe(tool('nm', ['-n', gnu]));
    });
  }
});

describe('the data segment start (DATA_SEGMENT_ALIGN without RELRO)', () => {
  // ld keeps the file offset's low bits for the data segment unless its first and last
  // pages together hold at most one page; then it starts on a fresh page, decided once.
  // Boundary cases: read-only data ending off a 16-byte boundary, and data + bss ending
  // at or just past a page boundary. (csmith seed 124, in test/csmith, is a whole program
  // whose layout once flipped between the two choices for ever.)
  const segments = (exe: string) => tool('readelf', ['-lW', exe]).split('\n').filter((l) => /^\s+LOAD/.test(l));
  const program = (tail: number, data: number, bss: number) => w.compile(`seg-${tail}-${data}-${bss}.c`, `
    const char tail[${tail}] = { 1 };
    __attribute__((aligned(16))) char data[${data}] = { 1 };
    __attribute__((aligned(16))) char bss[${bss}];
    int main(void) { return data[0] + bss[0] + tail[0]; }
  `);
  it('matches GNU ld where the read-only part ends at every offset within 16 bytes', () => {
    for (let tail = 1; tail <= 16; tail++) {
      // A probe with 16 bytes each of data and bss tells where the read-only segment ends
      // (the low bits the data segment keeps) and what else the data segment holds.
      const loads = readElf(link([runtime, program(tail, 16, 16)], {}).elf, 'probe').programHeaders.filter((p) => p.type === PT.LOAD);
      const low = Number((loads[2].vaddr + BigInt(loads[2].memsz)) % 4096n);
      const others = loads[3].memsz - 32;
      const data = 25056;
      // Data + bss ending exactly at, or just past, the ninth page from a fresh page start.
      for (const end of [9 * 4096 - low, 9 * 4096 - low + 8, 9 * 4096]) {
        const bss = end - others - data;
        const obj = program(tail, data, bss);
        const name = `seg-${tail}-${bss}`;
        const ours = w.writeExe(`${name}.tcc`, link([runtime, obj], {}).elf);
        expect(segments(ours), name).toEqual(segments(w.gnuLink(`${name}.ld`, [runtime, obj])));
      }
    }
  });
});
