/**
 * -save-temps keeps the preprocessed source and the assembly (and, when linking, the
 * object) under the names gcc 12 gives them: checked against gcc itself, and the kept
 * assembly must assemble to the very object the compile produced.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { assemble } from '../../compiler/asm/index.js';
import { scratchDir } from '../scratch.js';

const cli = join(__dirname, '../../cli/main.ts');
// The command runs in a fresh directory, where `--import tsx` would be looked up: name
// the loader by its path instead.
const tsx = pathToFileURL(createRequire(__filename).resolve('tsx')).href;

/** The files each compiler leaves in a fresh directory for the same command line. */
function leftBehind(args: string[]): { ours: string[]; gcc: string[]; dir: string } {
  const lists = (['ours', 'gcc'] as const).map((who) => {
    const dir = scratchDir(`temps-${who}-`);
    mkdirSync(join(dir, 'out'));
    writeFileSync(join(dir, 'prog.c'), '#define N 3\nint main(void) { return N - 3; }\n');
    writeFileSync(join(dir, 'fn.S'), '#define RESULT $7\n.globl fn\nfn: mov RESULT, %eax\n ret\n');
    const r = who === 'ours'
      ? spawnSync(process.execPath, ['--import', tsx, cli, 'cc', ...args], { cwd: dir, encoding: 'utf8' })
      : spawnSync('gcc', args, { cwd: dir, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const files = (d: string): string[] => readdirSync(join(dir, d), { withFileTypes: true })
      .flatMap((e) => (e.isDirectory() ? files(join(d, e.name)) : [join(d, e.name)]));
    return { dir, files: files('.').sort() };
  });
  return { ours: lists[0].files, gcc: lists[1].files, dir: lists[0].dir };
}

describe('-save-temps', () => {
  const cases: string[][] = [
    ['-save-temps', '-c', 'prog.c'],
    ['-save-temps', '-c', 'prog.c', '-o', 'out/renamed.o'],
    ['-save-temps', '-S', 'prog.c', '-o', 'out/asm.s'],
    ['-save-temps', 'prog.c', '-o', 'out/prog'],
    ['-save-temps', 'prog.c'],
    ['-save-temps', 'prog.c', 'fn.S', '-o', 'out/both'],
    ['-save-temps', '-c', 'fn.S'],
    ['-save-temps=cwd', '-c', 'prog.c', '-o', 'out/here.o'],
  ];
  for (const args of cases) {
    it(`leaves the files gcc leaves: ${args.join(' ')}`, () => {
      const { ours, gcc } = leftBehind(args);
      expect(ours).toEqual(gcc);
    }, 60_000);
  }

  it('keeps the assembly the object was assembled from', () => {
    const { dir } = leftBehind(['-save-temps', '-c', 'prog.c']);
    expect(readFileSync(join(dir, 'prog.i'), 'utf8')).toContain('return 3 - 3;');
    const object = assemble(readFileSync(join(dir, 'prog.s'), 'utf8'), { fileName: 'prog.c (generated assembly)' });
    expect(Buffer.from(object)).toEqual(readFileSync(join(dir, 'prog.o')));
    expect(execFileSync('nm', [join(dir, 'prog.o')], { encoding: 'utf8' })).toMatch(/ T main$/m);
  }, 60_000);
});
