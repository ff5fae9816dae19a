/**
 * Position-independent code (compiler/cc/pic.ts): -fPIC objects make shared libraries
 * with gcc's linker that behave as gcc's own do, the objects of every mode link into a
 * PIE without text relocations, and -fPIC code still links statically with ours and runs
 * natively and in the emulator. Which symbols go through the GOT is compared with gcc's
 * choice, mode by mode, and so is every symbol's binding and visibility (attributes,
 * #pragma GCC visibility, -fvisibility=).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cc } from '../../cli/commands/cc.js';
import { boot, buildTree, type Built } from '../golden/harness.js';
import { run, workDir } from './helpers.js';

const dir = join(import.meta.dirname, 'pic');
const library = join(dir, 'library.c');
const program = join(dir, 'program.c');

/** The program built by gcc, run with libpic.so made by gcc -shared from `libraryObject`. */
function runWithLibrary(libraryObject: string, tag: string): string {
  const libDir = join(workDir, `pic-${tag}`);
  execFileSync('mkdir', ['-p', libDir]);
  execFileSync('gcc', ['-shared', '-o', join(libDir, 'libpic.so'), libraryObject]);
  const exe = join(libDir, 'program');
  execFileSync('gcc', ['-std=gnu99', '-o', exe, program, `-L${libDir}`, '-lpic', `-Wl,-rpath,${libDir}`]);
  return run(exe).stdout;
}

function dynamicTags(file: string): string {
  return execFileSync('readelf', ['-d', file], { encoding: 'utf8' });
}

/**
 * The symbols each function of an assembly file reaches through the GOT (gcc may load an
 * address twice where we load it once: each pair once).
 */
function gotUses(asmFile: string): string[] {
  const uses = new Set<string>();
  let fn = '';
  for (const line of readFileSync(asmFile, 'utf8').split('\n')) {
    const label = /^([A-Za-z_]\w*):/.exec(line);
    if (label) fn = label[1];
    const got = /(\w+)@(GOTPCREL|gottpoff|tlsgd)/i.exec(line);
    if (got) uses.add(`${fn}: ${got[1]}@${got[2] === 'GOTPCREL' ? 'GOT' : 'TLS'}`);
  }
  return [...uses];
}

describe('position-independent code', () => {
  let expected: string;
  beforeAll(() => {
    execFileSync('gcc', ['-std=gnu99', '-fPIC', '-c', '-o', join(workDir, 'pic-gcc.o'), library]);
    expected = runWithLibrary(join(workDir, 'pic-gcc.o'), 'gcc');
  }, 60_000);

  it('-fPIC objects make a shared library that behaves as gcc-built one', async () => {
    expect(expected).toContain('glob 3 at one address: 1\n');
    expect(expected).toContain('switch(4) = 11\n');
    const ours = join(workDir, 'pic-ours.o');
    await cc(['-fPIC', '-c', '-o', ours, library]);
    expect(runWithLibrary(ours, 'ours')).toBe(expected);
    expect(dynamicTags(join(workDir, 'pic-ours', 'libpic.so'))).not.toContain('TEXTREL');
  });

  it('reaches through the GOT what gcc does, in each mode', async () => {
    for (const flags of [['-fPIC'], ['-fpic'], ['-fPIE'], []]) {
      const tag = flags.join('') || 'none';
      const gccAsm = join(workDir, `pic-gcc${tag}.s`);
      const oursAsm = join(workDir, `pic-ours${tag}.s`);
      execFileSync('gcc', ['-std=gnu99', '-O0', '-S', ...flags, '-o', gccAsm, library]);
      await cc(['-S', ...flags, '-o', oursAsm, library]);
      // gcc's library code uses the general-dynamic TLS model (a __tls_get_addr call) where
      // ours uses initial-exec: both read the object through the GOT.
      expect({ flags, uses: gotUses(oursAsm) }).toEqual({ flags, uses: gotUses(gccAsm) });
    }
  });

  it('a PIE gcc links from our objects has no text relocations (jump tables hold offsets)', async () => {
    const objects = [join(workDir, 'pie-library.o'), join(workDir, 'pie-program.o')];
    await cc(['-c', '-o', objects[0], library]);
    await cc(['-c', '-o', objects[1], program]);
    const exe = join(workDir, 'pie-program');
    const log = execFileSync('gcc', ['-pie', '-o', exe, ...objects, '-Wl,--fatal-warnings'], { encoding: 'utf8' });
    expect(log).toBe('');
    expect(dynamicTags(exe)).not.toContain('TEXTREL');
    expect(run(exe).stdout).toBe(expected);
  });

  it('defines gcc\'s macros for each combination of the options', async () => {
    const combos = [['-fPIC'], ['-fpic'], ['-fPIE'], ['-fpie'], ['-fPIC', '-fno-pie'], ['-fpie', '-fPIC'], ['-fPIC', '-fpie'], ['-fPIE', '-fno-pie', '-fpic'], ['-fno-pic']];
    for (const flags of combos) {
      const macros = (text: string): string[] => text.split('\n').filter((l) => /__(pic|pie|PIC|PIE)__/.test(l)).sort();
      const gcc = execFileSync('gcc', [...flags, '-dM', '-E', '-'], { input: '', encoding: 'utf8' });
      const out = join(workDir, 'pic-macros.h');
      await cc([...flags, '-dM', '-E', '-o', out, library]);
      expect({ flags, macros: macros(readFileSync(out, 'utf8')) }).toEqual({ flags, macros: macros(gcc) });
    }
  });

  it('gives each symbol the binding and visibility gcc gives it, and reaches the same ones through the GOT', async () => {
    const file = join(dir, 'visibility.c');
    // Name, binding, visibility, and whether the object defines it.
    const symbols = (object: string): string[] => execFileSync('readelf', ['-sW', object], { encoding: 'utf8' }).split('\n')
      .map((l) => l.trim().split(/\s+/)).filter((f) => f.length === 8 && /^\d+:$/.test(f[0]) && f[7] !== '' && !f[7].startsWith('.'))
      .map((f) => `${f[7]} ${f[4]} ${f[5]} ${f[6] === 'UND' ? 'undefined' : 'defined'}`).sort();
    for (const flags of [['-fPIC'], ['-fPIC', '-fvisibility=hidden'], ['-fvisibility=protected'], ['-fPIE', '-fvisibility=internal'], []]) {
      const tag = `vis${flags.join('')}`;
      execFileSync('gcc', ['-std=gnu99', '-c', ...flags, '-o', join(workDir, `${tag}-gcc.o`), file]);
      await cc(['-c', ...flags, '-o', join(workDir, `${tag}-ours.o`), file]);
      expect({ flags, symbols: symbols(join(workDir, `${tag}-ours.o`)) }).toEqual({ flags, symbols: symbols(join(workDir, `${tag}-gcc.o`)) });
      execFileSync('gcc', ['-std=gnu99', '-S', ...flags, '-o', join(workDir, `${tag}-gcc.s`), file]);
      await cc(['-S', ...flags, '-o', join(workDir, `${tag}-ours.s`), file]);
      expect({ flags, uses: gotUses(join(workDir, `${tag}-ours.s`)) }).toEqual({ flags, uses: gotUses(join(workDir, `${tag}-gcc.s`)) });
    }
    const hiddenPic = symbols(join(workDir, 'vis-fPIC-fvisibility=hidden-ours.o'));
    expect(hiddenPic).toContain('hidden_extern GLOBAL HIDDEN undefined');
    expect(hiddenPic).toContain('plain_data GLOBAL HIDDEN defined');
    expect(hiddenPic).toContain('plain_extern GLOBAL DEFAULT undefined');
  });

  it('-fvisibility= takes gcc\'s four values, and names them when given another', async () => {
    await expect(cc(['-fvisibility=secret', '-c', join(dir, 'visibility.c')])).rejects.toThrow(
      "unrecognized visibility value 'secret' (valid arguments to '-fvisibility=' are: default internal hidden protected)");
  });

  describe('linked statically by tcc-lite', () => {
    let built: Built;
    const exe = join(workDir, 'pic-static');
    beforeAll(async () => {
      await cc(['-fPIC', '-o', exe, library, program]);
      built = await buildTree();
    }, 120_000);

    it('runs natively as the shared build does', () => {
      expect(run(exe).stdout).toBe(expected);
    });

    it('runs in the emulator as natively', async () => {
      const booted = await boot(built, { command: 'pic-static; echo done', files: [`/bin/pic-static=${exe}`] });
      expect(booted.output).toBe(`${expected}done\n`);
    }, 120_000);
  });
});
