/**
 * Debugging sections in executables: our linker keeps .debug_* and .comment as GNU ld's
 * default script does. The oracle is GNU ld on the same objects: binutils decode the same
 * DWARF from both outputs (line table, info, aranges...), the sections have the same
 * headers, and gdb shows the same source lines and variables.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { linkCommand } from '../../cli/commands/binutils.js';
import { cc } from '../../cli/commands/cc.js';
import { scratchDir } from '../scratch.js';

const dir = scratchDir('debug-sections-');
const at = (name: string): string => join(dir, name);

function write(name: string, text: string): string {
  writeFileSync(at(name), text);
  return at(name);
}

/** gcc -g -c NAME.c (flags added), returns the object. */
function gccObject(name: string, text: string, flags: string[] = []): string {
  execFileSync('gcc', ['-g', '-O0', '-fno-pie', '-fno-stack-protector', ...flags, '-c', write(`${name}.c`, text), '-o', at(`${name}.o`)]);
  return at(`${name}.o`);
}

const SQ = 'int sq(int x) {\n  int y = x * x;\n  return y;\n}\n';
// A freestanding program: a thread-local (DTPOFF in .debug_info), an inline function, no libc.
const START = [
  'int sq(int);', '__thread int tv = 5;', 'static inline int twice(int a) { return a + a; }',
  'void _start(void) {', '  int r = sq(3) + twice(tv);', '  __asm__ volatile("syscall" :: "a"(60), "D"(r));', '}', '',
].join('\n');
const MAIN = '#include <stdio.h>\nint sq(int);\nint main(void) {\n  int r = sq(3);\n  printf("%d\\n", r);\n  return 0;\n}\n';

const sq = gccObject('sq', SQ);
const start = gccObject('start', START);

/** Links with tcc-lite ld and with GNU ld; returns the two outputs' paths. */
async function linkBoth(args: string[], name: string): Promise<[string, string]> {
  await linkCommand([...args, '-o', at(`${name}.ours`)]);
  execFileSync('ld', [...args, '-o', at(`${name}.gnu`)], { stdio: ['ignore', 'ignore', 'ignore'] });
  return [at(`${name}.ours`), at(`${name}.gnu`)];
}

/** A binutils dump without its first lines (they name the file). */
function dump(cmd: string, args: string[], file: string): string {
  return execFileSync(cmd, [...args, file], { encoding: 'utf8' }).split('\n').slice(2).join('\n');
}

/** The non-allocated sections' headers (name, type, address, offset, size, flags...), .symtab and later left out. */
function debugHeaders(file: string): string[] {
  const text = execFileSync('readelf', ['-SW', file], { encoding: 'utf8' });
  return text.split('\n').filter((l) => /\] \.(debug|comment)/.test(l)).map((l) => l.replace(/^\s*\[\s*\d+\]\s*/, ''));
}

function expectSameDwarf(ours: string, gnu: string): void {
  expect(dump('objdump', ['--dwarf=decodedline'], ours)).toBe(dump('objdump', ['--dwarf=decodedline'], gnu));
  const all = ['--debug-dump=info,abbrev,aranges,line,str,ranges'];
  expect(dump('readelf', all, ours)).toBe(dump('readelf', all, gnu));
  expect(debugHeaders(ours)).toEqual(debugHeaders(gnu));
}

describe('debugging sections', () => {
  it('are kept as GNU ld keeps them: same headers, same decoded DWARF', async () => {
    const [ours, gnu] = await linkBoth([start, sq], 'plain');
    expect(debugHeaders(ours).map((h) => h.split(/\s+/)[0])).toEqual([
      '.comment', '.debug_aranges', '.debug_info', '.debug_abbrev', '.debug_line', '.debug_str', '.debug_line_str',
    ]);
    expectSameDwarf(ours, gnu);
  });

  it('keep the debug info of one object when another has none', async () => {
    const plain = at('plain-sq.o');
    execFileSync('gcc', ['-c', write('plain-sq.c', SQ), '-o', plain]);
    const [ours, gnu] = await linkBoth([start, plain], 'mixed');
    expectSameDwarf(ours, gnu);
  });

  it('are dropped by /DISCARD/ in a script and by -S (.comment stays), as GNU ld', async () => {
    const script = write('discard.ld', 'SECTIONS { . = 0x400000; .text : { *(.text) } .tdata : { *(.tdata) } /DISCARD/ : { *(.debug*) } }\n');
    const [ours, gnu] = await linkBoth(['-T', script, start, sq], 'discard');
    expect(debugHeaders(ours).map((h) => h.split(/\s+/)[0])).toEqual(['.comment']);
    expect(debugHeaders(ours)).toEqual(debugHeaders(gnu));
    for (const strip of ['-S', '-s']) {
      const [o, g] = await linkBoth([strip, start, sq], `strip${strip}`);
      expect(debugHeaders(o).map((h) => h.split(/\s+/)[0])).toEqual(['.comment']);
      expect(debugHeaders(o)).toEqual(debugHeaders(g));
    }
    // gcc's -s (passed to ld) in our driver.
    await cc(['-g', '-s', write('s.c', `${SQ}int main(void) { return sq(2); }\n`), '-o', at('cc-s')]);
    expect(debugHeaders(at('cc-s')).filter((h) => h.startsWith('.debug'))).toEqual([]);
  });

  it('are kept after a script that does not name them, as orphans', async () => {
    const script = write('orphans.ld', 'SECTIONS { . = 0x400000; .text : { *(.text) } .tdata : { *(.tdata) } }\n');
    const [ours, gnu] = await linkBoth(['-T', script, start, sq], 'orphans');
    expectSameDwarf(ours, gnu);
  });
});

/** What gdb prints for a batch of commands, addresses replaced by 'ADDR'. */
export function gdbBatch(exe: string, commands: string[]): string {
  const args = ['-batch', '-nx', ...commands.flatMap((c) => ['-ex', c]), exe];
  // No debuginfod: gdb would ask the network about glibc's build id.
  const env = { ...process.env, DEBUGINFOD_URLS: '' };
  const out = execFileSync('gdb', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env });
  return out.replace(/0x[0-9a-f]+/g, 'ADDR').replace(/^\[Inferior .*\n/gm, '');
}

describe('gdb on an executable of gcc -g objects linked by tcc-lite', () => {
  it('shows the function, its argument, the source line and the locals, as with GNU ld', async () => {
    const main = gccObject('main', MAIN);
    await cc([main, sq, '-o', at('gdb.ours')]);
    execFileSync('gcc', ['-static', main, sq, '-o', at('gdb.gnu')]);
    const commands = ['break sq', 'run', 'bt', 'next', 'info locals', 'info line'];
    const ours = gdbBatch(at('gdb.ours'), commands);
    expect(ours).toContain('Breakpoint 1, sq (x=3) at ');
    expect(ours).toContain('#0  sq (x=3) at ');
    expect(ours).toContain('y = 9');
    expect(ours).toBe(gdbBatch(at('gdb.gnu'), commands));
  });
});

describe('gdb on a tcc-lite -g program linked by tcc-lite', () => {
  it('breaks at file:line, shows bt with file:line, info line and next, as with GNU as objects', async () => {
    const sources = [write('gm.c', MAIN), write('gsq.c', SQ)];
    await cc(['-g', ...sources, '-o', at('tcc.ours')]);
    // The same assembly through GNU as: the same DWARF, so gdb must say the same.
    const objects: string[] = [];
    for (const source of sources) {
      const asm = source.replace(/\.c$/, '.s');
      await cc(['-g', '-S', source, '-o', asm]);
      execFileSync('as', [asm, '-o', `${asm}.o`]);
      objects.push(`${asm}.o`);
    }
    await cc([...objects, '-o', at('tcc.gas')]);
    const commands = ['break gsq.c:2', 'run', 'bt', 'info line', 'next', 'next', 'info line *$pc', 'break gm.c:6', 'continue'];
    const ours = gdbBatch(at('tcc.ours'), commands);
    expect(ours).toContain('Breakpoint 1, sq (x=3) at ');
    expect(ours).toMatch(/^#0 {2}sq \(x=3\) at \S*gsq\.c:2$/m);
    expect(ours).toMatch(/^#1 {2}ADDR in main \(\) at \S*gm\.c:4$/m);
    expect(ours).toMatch(/^Line 2 of "\S*gsq\.c" starts at address ADDR <sq\+\d+> and ends at ADDR <sq\+\d+>\.$/m);
    expect(ours).toMatch(/^3\t {2}return y;$/m);
    expect(ours).toMatch(/^main \(\) at \S*gm\.c:5$/m);
    expect(ours).toMatch(/^Breakpoint 2, main \(\) at \S*gm\.c:6$/m);
    expect(ours).toBe(gdbBatch(at('tcc.gas'), commands));
  });
});
