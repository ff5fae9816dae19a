/**
 * The GNU ld options hobby-kernel and OS-course Makefiles use: library groups, --defsym,
 * -Ttext and its kin, -Map and --oformat binary. GNU ld on this machine is the oracle:
 * the same objects (made by GNU as and gcc) linked by the same command line must give
 * the same symbol addresses (`nm -n`), the same sections and segments (`readelf`), the
 * same map entries and, for raw images, the same bytes.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { linkCommand } from '../../cli/commands/binutils.js';
import { cc } from '../../cli/commands/cc.js';
import { scratchDir } from '../scratch.js';

const dir = scratchDir('ld-options-');
const at = (name: string): string => join(dir, name);

/** Assembles NAME.s with GNU as. */
function gas(name: string, text: string): string {
  writeFileSync(at(`${name}.s`), text);
  execFileSync('as', [at(`${name}.s`), '-o', at(`${name}.o`)]);
  return at(`${name}.o`);
}

// _start calls fa (liba.a), which calls fb (libb.a), which calls fc (liba.a again): only a
// group (or naming liba.a twice) links it. The exit status is dval, read from .data.
const start = gas('start', [
  '\t.globl _start', '_start:', '\tcall fa', '\tmov dval(%rip), %edi', '\tmov $60, %eax', '\tsyscall',
  '\t.data', '\t.globl dval', 'dval: .quad 7', '\t.globl mine', 'mine: .quad ext', '\t.bss', '\t.globl bval', 'bval: .zero 64', '',
].join('\n'));
const fa = gas('fa', '\t.globl fa\nfa:\tcall fb\n\tret\n');
const fb = gas('fb', '\t.globl fb\nfb:\tcall fc\n\tret\n');
const fc = gas('fc', '\t.globl fc\nfc:\tret\n\t.section .rodata\n\t.globl ro\nro: .quad 5\n');
execFileSync('ar', ['rcs', at('liba.a'), fa, fc]);
execFileSync('ar', ['rcs', at('libb.a'), fb]);
const objects = [start, fa, fb, fc];

/** Links with tcc-lite ld and with GNU ld; returns the two outputs' paths. */
async function linkBoth(args: string[], name: string): Promise<[string, string]> {
  await linkCommand([...args, '-o', at(`${name}.ours`)]);
  execFileSync('ld', [...args, '-o', at(`${name}.gnu`)], { stdio: ['ignore', 'ignore', 'ignore'] });
  return [at(`${name}.ours`), at(`${name}.gnu`)];
}

const nm = (file: string): string => execFileSync('nm', ['-n', file], { encoding: 'utf8' });

/**
 * The sections (name, type, address, size) and the segments that hold them (address,
 * size, flags). The segment of the ELF headers is left out: its size counts program
 * headers, and we always write a PT_GNU_STACK where ld writes one only for inputs with
 * a .note.GNU-stack.
 */
function shape(file: string): string[] {
  const text = execFileSync('readelf', ['-lSW', file], { encoding: 'utf8' });
  const sections = [...text.matchAll(/^\s+\[\s*\d+\] (\S+)\s+(\S+)\s+([0-9a-f]{16}) [0-9a-f]+ ([0-9a-f]+)/gm)]
    .filter((m) => BigInt(`0x${m[3]}`) !== 0n)
    .map((m) => `${m[1]} ${m[2]} ${m[3]} ${m[4]}`);
  const lowest = sections.map((s) => BigInt(`0x${s.split(' ')[2]}`)).reduce((a, b) => (a < b ? a : b));
  const loads = [...text.matchAll(/^\s+LOAD\s+\S+ 0x([0-9a-f]+) \S+ \S+ (0x[0-9a-f]+) ([RWE ]+?)\s+0x/gm)]
    .filter((m) => BigInt(`0x${m[1]}`) >= lowest)
    .map((m) => `LOAD ${m[1]} ${m[2]} ${m[3]}`);
  return [...sections, ...loads];
}

function status(exe: string): number | null {
  return spawnSync(exe).status;
}

/** Captures what tcc-lite writes on standard error (warnings) during `body`. */
async function stderrOf(body: () => Promise<void>): Promise<string> {
  let text = '';
  const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    text += String(chunk);
    return true;
  });
  try {
    await body();
  } finally {
    spy.mockRestore();
  }
  return text;
}

afterEach(() => vi.restoreAllMocks());

describe('--start-group / --end-group', () => {
  it('searches the archives of a group again until nothing new is resolved, as GNU ld', async () => {
    await expect(linkCommand([start, at('liba.a'), at('libb.a'), '-o', at('nogroup')])).rejects.toThrow("undefined reference to 'fc'");
    expect(spawnSync('ld', [start, at('liba.a'), at('libb.a'), '-o', at('nogroup')]).status).toBe(1);
    for (const group of [['--start-group', '--end-group'], ['-(', '-)']]) {
      const [ours, gnu] = await linkBoth(['--defsym', 'ext=0', start, group[0], at('liba.a'), at('libb.a'), group[1]], 'group');
      expect(nm(ours)).toBe(nm(gnu));
      expect(status(ours)).toBe(7);
    }
  });

  it("warns as GNU ld about a group left open, and refuses an end that has no start", async () => {
    const warned = await stderrOf(() => linkCommand(['--defsym', 'ext=0', start, '--start-group', at('liba.a'), at('libb.a'), '-o', at('open')]));
    expect(warned).toBe('tcc-lite: warning: missing --end-group; added as last command line option\n');
    expect(status(at('open'))).toBe(7);
    await expect(linkCommand([start, '--end-group', '-o', at('x')])).rejects.toThrow('group ended before it began');
  });

  it('groups the -l libraries between -Wl,--start-group and -Wl,--end-group in cc, as gcc', async () => {
    writeFileSync(at('main.c'), 'int fa(void);\nint main(void) { return fa(); }\n');
    const chain = [['ca', 'int fb(void); int fa(void) { return fb() + 1; }'], ['cb', 'int fc(void); int fb(void) { return fc() + 1; }'], ['cc', 'int fc(void) { return 40; }']];
    for (const [name, text] of chain) {
      writeFileSync(at(`${name}.c`), `${text}\n`);
      execFileSync('gcc', ['-c', at(`${name}.c`), '-o', at(`${name}.o`)]);
    }
    execFileSync('ar', ['rcs', at('libx.a'), at('ca.o'), at('cc.o')]);
    execFileSync('ar', ['rcs', at('liby.a'), at('cb.o')]);
    const args = [at('main.c'), '-L', dir, '-Wl,--start-group', '-lx', '-ly', '-Wl,--end-group', '-o'];
    await cc([...args, at('cgroup.ours')]);
    execFileSync('gcc', ['-static', ...args, at('cgroup.gnu')]);
    expect(status(at('cgroup.ours'))).toBe(42);
    expect(status(at('cgroup.gnu'))).toBe(42);
    await expect(cc([at('main.c'), '-L', dir, '-lx', '-ly', '-o', at('never')])).rejects.toThrow("undefined reference to 'fc'");
    await cc([at('main.c'), '-L', dir, '-Wl,--start-group,-lx,-ly,--end-group', '-Wl,-Map=' + at('cgroup.map'), '-o', at('cgroup.wl')]);
    expect(status(at('cgroup.wl'))).toBe(42);
    expect(readFileSync(at('cgroup.map'), 'utf8')).toMatch(/^START GROUP\nLOAD \S+libx\.a\nLOAD \S+liby\.a\nEND GROUP$/m);
  });
});

describe('--defsym', () => {
  it('defines absolute and section-relative symbols, before the archives and over objects, as GNU ld', async () => {
    const defsyms = [
      '--defsym', 'ext=0x1234', '--defsym=alias=_start', '--defsym', 'moved=dval+8', '--defsym', 'span=dval-_start',
      '--defsym', 'mine=0x99', '--defsym', 'twice=1', '--defsym', 'twice=2', '--defsym', 'calc=(ext*2)<<1',
      // fa is defined here, so liba.a(fa.o) is never loaded and fb, fc are not needed.
      '--defsym', 'fa=fake', '--defsym', 'fake=0x401100',
    ];
    const [ours, gnu] = await linkBoth([...defsyms, start, at('liba.a'), at('libb.a')], 'defsym');
    expect(nm(ours)).toBe(nm(gnu));
    expect(nm(ours)).toMatch(/^0000000000401000 T alias$/m);
    expect(nm(ours)).not.toMatch(/ fb$/m);
  });

  it('gives a linker script its parameters, placed before or after -T, over its PROVIDE', async () => {
    // PROVIDE gives way to --defsym, as to an object's definition.
    writeFileSync(at('base.ld'), 'ENTRY(_start)\nPROVIDE(ext = 0x111);\nSECTIONS {\n  . = BASE;\n  .text : { *(.text) }\n  .rodata : { *(.rodata) }\n  .data : { *(.data) }\n  .bss : { *(.bss) }\n  tail = .;\n}\n');
    for (const args of [['-T', at('base.ld'), '--defsym', 'BASE=0x100000'], ['--defsym', 'BASE=0x200000', '-T', at('base.ld')]]) {
      const [ours, gnu] = await linkBoth([...args, '--defsym', 'ext=tail', ...objects], 'defsym-script');
      expect(nm(ours)).toBe(nm(gnu));
      expect(status(ours)).toBe(7);
    }
  });

  it('defines what a C program declares, through cc -Wl,--defsym as through gcc', async () => {
    writeFileSync(at('answer.c'), 'extern char answer[];\nint main(void) { return (int)(long)answer; }\n');
    const args = [at('answer.c'), '-Wl,--defsym,answer=42', '-o'];
    await cc([...args, at('answer.ours')]);
    execFileSync('gcc', ['-static', '-no-pie', ...args, at('answer.gnu')]);
    expect(status(at('answer.ours'))).toBe(42);
    expect(status(at('answer.gnu'))).toBe(42);
  });

  it('names --defsym in its errors', async () => {
    await expect(linkCommand(['--defsym', 'ext=1+', start])).rejects.toThrow("--defsym: bad expression 'ext=1+'");
    await expect(linkCommand(['--defsym', 'ext', start])).rejects.toThrow("--defsym: bad expression 'ext': expected '='");
    await expect(linkCommand(['--defsym', 'ext=1;x=2', start])).rejects.toThrow('--defsym: bad expression');
    await expect(linkCommand(['--defsym', 'ext=nosuch', start])).rejects.toThrow("--defsym: undefined symbol 'nosuch' referenced in expression");
    await expect(linkCommand(['--defsym=', start])).rejects.toThrow('--defsym: bad expression');
  });
});

describe('-Ttext, -Tdata, -Tbss, --section-start, -Ttext-segment', () => {
  writeFileSync(at('plain.ld'), 'ENTRY(_start)\nSECTIONS {\n  . = 0x100000;\n  .text : { *(.text) }\n  .rodata : { *(.rodata) }\n  .data : { *(.data) }\n  .bss : { *(.bss) }\n}\n');
  writeFileSync(at('segment.ld'), 'ENTRY(_start)\nSECTIONS {\n  . = SEGMENT_START("text-segment", 0x300000);\n  .text : { *(.text) }\n  .data : { *(.data) }\n}\n');
  const cases = [
    ['-Ttext', '0x7c00'], ['-Ttext=0x100000', '-Tdata', '0x200000', '-Tbss', '0x300000'], ['-Ttext-segment', '0x800000'],
    ['-Ttext-segment=0x1000000', '-Tdata=2000000'], ['--section-start=.data=0x500000'], ['--section-start', '.rodata=0x600000', '-Tbss', '9000'],
    ['-T', at('plain.ld'), '-Ttext', '0x300000'], ['-T', at('plain.ld'), '-Tdata', '0x300000', '-Tbss=0x400000'],
    ['-T', at('segment.ld')], ['-T', at('segment.ld'), '-Ttext-segment', '0x700000'],
    ['--defsym', 'BASE=0', '--section-start=.boot=0x7c00'],
  ];
  it.each(cases)('places sections as GNU ld does: %s %s', async (...args: string[]) => {
    const [ours, gnu] = await linkBoth(['--defsym', 'ext=0', ...args, ...objects], 'place');
    expect(nm(ours)).toBe(nm(gnu));
    expect(shape(ours)).toEqual(shape(gnu));
  });

  it('runs what it placed', async () => {
    const [ours] = await linkBoth(['--defsym', 'ext=0', '-Ttext', '0x100000', '-Tdata=0x200000', ...objects], 'runs');
    expect(status(ours)).toBe(7);
  });

  it('puts a --section-start section that no script names at its address', async () => {
    const boot = gas('boot', '\t.section .boot,"ax"\n\t.globl boot_entry\nboot_entry:\n\tjmp boot_entry\n');
    const [ours, gnu] = await linkBoth(['--defsym', 'ext=0', '--section-start=.boot=0x7c00', boot, ...objects], 'boot');
    expect(nm(ours)).toMatch(/^0000000000007c00 T boot_entry$/m);
    expect(nm(ours)).toBe(nm(gnu));
    expect(shape(ours)).toEqual(shape(gnu));
  });

  it('refuses bad addresses, naming the option', async () => {
    await expect(linkCommand(['-Ttext', 'zz', start])).rejects.toThrow("-Ttext: invalid hex number 'zz'");
    await expect(linkCommand(['-Tdata=0x', start])).rejects.toThrow("-Tdata: invalid hex number '0x'");
    await expect(linkCommand(['--section-start=.data', start])).rejects.toThrow('invalid argument to option "--section-start"');
    await expect(linkCommand(['--section-start=.data=12g', start])).rejects.toThrow("--section-start: invalid hex number '12g'");
  });
});

/** The lines of a map that give addresses: output sections, input sections, symbols and archive members. */
function mapEntries(text: string): { sections: string[]; inputs: string[]; symbols: string[]; members: string[] } {
  // A name too long for its column is on a line of its own: join it to the rest.
  const lines = text.replace(/^( ?\S{15,})\n {16}(?=0x)/gm, '$1 ').replace(/\n {30}(?=\S)/g, ' ').split('\n');
  const pick = (re: RegExp) => lines.filter((l) => re.test(l)).map((l) => l.replace(/\s+/g, ' ').trim());
  return {
    sections: pick(/^[^ \n]\S*\s+0x[0-9a-f]{16}\s+0x[0-9a-f]+/),
    inputs: pick(/^ [^ *]\S*\s+0x[0-9a-f]{16}\s+0x[0-9a-f]+ \S/),
    symbols: pick(/^ {16}0x[0-9a-f]{16} {16}[A-Za-z_]\w*$/),
    members: pick(/^\S+\(\S+\)\s+\S+ \(\S+\)$/),
  };
}

describe('-Map, -M', () => {
  writeFileSync(at('map.ld'), [
    'ENTRY(_start)', 'SECTIONS {', '  . = 0x100000;', '  .text : { _text = .; *(.text) _etext = .; }', '  . = ALIGN(0x1000);',
    '  .rodata : { *(.rodata) LONG(0x12345678) QUAD(_etext - _text) }', '  .data : AT(0x200000) { *(.data) }',
    '  .bss : { *(.bss) *(COMMON) }', '  end = .;', '}', '',
  ].join('\n'));
  writeFileSync(at('common.c'), 'int common_thing;\nint get(void) { return common_thing; }\n');
  execFileSync('gcc', ['-c', '-fcommon', '-fno-asynchronous-unwind-tables', '-O2', at('common.c'), '-o', at('common.o')]);

  it("lays out GNU ld's information with GNU ld's addresses", async () => {
    const args = ['-T', at('map.ld'), '--defsym', 'ext=0x10', start, '--start-group', at('liba.a'), at('libb.a'), '--end-group', at('common.o')];
    await linkBoth([...args, '-Map', at('ours.map')], 'map-ours');
    execFileSync('ld', [...args, '-Map', at('gnu.map'), '-o', at('map-gnu')], { stdio: 'ignore' });
    const ours = readFileSync(at('ours.map'), 'utf8');
    const gnu = readFileSync(at('gnu.map'), 'utf8');
    const headings = ['Archive member included to satisfy reference by file (symbol)', 'Allocating common symbols', 'Memory Configuration', 'Linker script and memory map'];
    const order = (text: string) => headings.map((h) => text.indexOf(`${h}\n`));
    expect(order(ours).every((at, i) => at >= 0 && (i === 0 || at > order(ours)[i - 1]))).toBe(true);
    expect(order(gnu).every((at, i) => at >= 0 && (i === 0 || at > order(gnu)[i - 1]))).toBe(true);
    const [o, g] = [mapEntries(ours), mapEntries(gnu)];
    expect(o.members).toEqual(g.members);
    expect(o.members).toHaveLength(3);
    for (const kind of ['sections', 'inputs', 'symbols'] as const) {
      expect(o[kind].length, kind).toBeGreaterThan(3);
      // ld has empty sections of its own (.got, .iplt...) and lists them: compare what we list.
      for (const line of o[kind]) expect(g[kind], `${kind}: ${line}`).toContain(line);
    }
    for (const line of ['LOAD', 'START GROUP', 'END GROUP', '0x0000000000000010                ext = 0x10', 'QUAD 0x', 'LONG 0x12345678', 'OUTPUT(']) {
      expect(ours).toContain(line);
    }
  });

  it('-M prints the map on standard output, -Map=FILE writes it', async () => {
    const args = ['--defsym', 'ext=0', ...objects];
    let printed = '';
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      printed += String(chunk);
      return true;
    });
    try {
      await linkCommand([...args, '-M', '-o', at('m-print')]);
    } finally {
      spy.mockRestore();
    }
    await linkCommand([...args, '-Map=' + at('m.map'), '-o', at('m-print')]);
    expect(printed).toBe(readFileSync(at('m.map'), 'utf8'));
    expect(printed).toMatch(/^\.text +0x0000000000401000 +0x[0-9a-f]+$/m);
    expect(printed).toMatch(/^ {16}0x0000000000401000 {16}_start$/m);
  });
});

describe('--oformat binary', () => {
  const boot = gas('bootsector', [
    '\t.code16', '\t.globl start', 'start:', '\tmov $msg, %si', '\tjmp .', 'msg:\t.asciz "hello"', '\t.org 510', '\t.word 0xaa55', '',
  ].join('\n'));
  writeFileSync(at('rom.ld'), [
    'ENTRY(_start)', 'SECTIONS {', '  . = 0x100000;', '  .text : { *(.text) }', '  .rodata : { *(.rodata) }',
    '  .data 0x200000 : AT(LOADADDR(.rodata) + SIZEOF(.rodata)) { *(.data) }', '  .bss : { *(.bss) }', '}', '',
  ].join('\n'));

  const cases: [string, string[]][] = [
    ['a boot sector', ['-Ttext', '0x7c00', '-e', 'start', boot]],
    ['code, a gap, data and no trailing .bss', ['-Ttext', '0x7c00', '-Tdata', '0x7e00', '--defsym', 'ext=0', ...objects]],
    ['the default layout', ['--defsym', 'ext=0', ...objects]],
    ['data loaded after the code (AT)', ['-T', at('rom.ld'), '--defsym', 'ext=0', ...objects]],
    ['a moved text segment', ['-Ttext-segment=0x800000', '--defsym', 'ext=0', ...objects]],
  ];
  it.each(cases)('writes the bytes GNU ld writes: %s', async (_what, args) => {
    const [ours, gnu] = await linkBoth(['--oformat', 'binary', ...args], 'raw');
    expect(readFileSync(ours)).toEqual(readFileSync(gnu));
  });

  it('takes --oformat=binary and elf64-x86-64, warns as ld without an entry, refuses other formats', async () => {
    const warned = await stderrOf(() => linkCommand(['--oformat=binary', '-Ttext', '7c00', boot, '-o', at('boot.bin')]));
    expect(warned).toBe('tcc-lite: warning: cannot find entry symbol _start; defaulting to 0000000000007c00\n');
    expect(readFileSync(at('boot.bin')).length).toBe(512);
    await linkCommand(['--oformat', 'elf64-x86-64', '--defsym', 'ext=0', ...objects, '-o', at('elf')]);
    expect(status(at('elf'))).toBe(7);
    await expect(linkCommand(['--oformat', 'srec', start])).rejects.toThrow("--oformat: output format 'srec' is not supported");
  });

  it('works through cc -Wl, as with gcc', async () => {
    const flags = ['-nostdlib', '-Wl,--oformat=binary,-Ttext=0x7c00,-e,start', boot, '-o'];
    await cc([...flags, at('cc-boot.ours')]);
    execFileSync('gcc', ['-static', ...flags, at('cc-boot.gnu')]);
    expect(readFileSync(at('cc-boot.ours'))).toEqual(readFileSync(at('cc-boot.gnu')));
  });
});
