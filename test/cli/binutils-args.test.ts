/**
 * `tcc-lite as` and `tcc-lite ld` take GNU as's and ld's command lines, as a Makefile's
 * AS and LD pass them (`ld -m elf_x86_64 -nostdlib -T link.ld -o kernel.elf ...`): the
 * same command run by GNU ld and by ours must make programs that behave the same.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assembleCommand, linkCommand } from '../../cli/commands/binutils.js';
import { scratchDir } from '../scratch.js';

const dir = scratchDir('binutils-args-');
const at = (name: string): string => join(dir, name);

writeFileSync(at('start.s'), '\t.globl _start\n_start:\n\tcall hello\n\tmov $60, %eax\n\tmov $3, %edi\n\tsyscall\n');
writeFileSync(at('hello.s'), [
  '\t.globl hello', 'hello:', '\tmov $1, %eax', '\tmov $1, %edi', '\tlea msg(%rip), %rsi', '\tmov $6, %edx', '\tsyscall', '\tret',
  '\t.data', 'msg: .ascii "hello\\n"', '',
].join('\n'));

function behaviour(exe: string): { out: string; status: number | null } {
  const r = spawnSync(exe, { encoding: 'utf8' });
  return { out: r.stdout, status: r.status };
}

describe('tcc-lite as', () => {
  it("accepts GNU as's options that change nothing in the object", async () => {
    await assembleCommand([at('start.s'), '-o', at('plain.o')]);
    await assembleCommand(['--64', '-g', '--noexecstack', '-W', '-I', dir, '-o', at('flags.o'), at('start.s')]);
    expect(readFileSync(at('flags.o'))).toEqual(readFileSync(at('plain.o')));
    await expect(assembleCommand(['-al', at('start.s')])).rejects.toThrow("assembler option '-al' is not supported");
  });
});

describe('tcc-lite ld', () => {
  it('links what GNU ld links from the same command line, archives found by -L/-l', async () => {
    for (const f of ['start', 'hello']) await assembleCommand([at(`${f}.s`), '-o', at(`${f}.o`)]);
    execFileSync('ar', ['rcs', at('libhello.a'), at('hello.o')]);
    const commands = [
      ['-m', 'elf_x86_64', '-nostdlib', '-static', '-z', 'noexecstack', '-e', '_start', at('start.o'), '-L', dir, '-lhello'],
      ['-melf_x86_64', at('start.o'), `-L${dir}`, '-l:libhello.a', '--gc-sections'],
      ['-u', 'hello', at('libhello.a'), at('start.o'), '-O1', '--build-id', '-Bdynamic'],
    ];
    for (const args of commands) {
      await linkCommand([...args, '-o', at('ours')]);
      execFileSync('ld', [...args, '-o', at('gnu')]);
      expect(behaviour(at('ours')), args.join(' ')).toEqual(behaviour(at('gnu')));
      expect(behaviour(at('ours')).out).toBe('hello\n');
    }
  });

  it('refuses what it cannot do, by name', async () => {
    await expect(linkCommand(['-m', 'elf_i386', at('start.o')])).rejects.toThrow("unsupported emulation 'elf_i386'");
    await expect(linkCommand([at('start.o'), '-lmissing'])).rejects.toThrow('cannot find -lmissing');
    await expect(linkCommand([at('start.o'), '--cref'])).rejects.toThrow("linker option '--cref' is not supported");
    await expect(linkCommand([at('start.o'), '--oformat', 'ihex'])).rejects.toThrow("--oformat: output format 'ihex' is not supported");
    await expect(linkCommand(['-Ttext', '0x7g00', at('start.o')])).rejects.toThrow("-Ttext: invalid hex number '0x7g00'");
  });
});

describe('--help', () => {
  it('as and ld print their usage on standard output', async () => {
    const printed = async (run: () => Promise<void>): Promise<string> => {
      const chunks: string[] = [];
      const write = process.stdout.write;
      process.stdout.write = ((chunk: string) => chunks.push(chunk) > 0) as typeof process.stdout.write;
      try {
        await run();
      } finally {
        process.stdout.write = write;
      }
      return chunks.join('');
    };
    expect(await printed(() => assembleCommand(['--help']))).toMatch(/^Usage: tcc-lite as \[options\] file\.\.\.\n[^]*-o <file>/);
    expect(await printed(() => linkCommand(['--help']))).toMatch(/^Usage: tcc-lite ld \[options\] file\.\.\.\n[^]*-T <script>/);
  });
});
