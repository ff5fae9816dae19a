/**
 * Random programs from csmith (Debian's package), compiled by tcc-lite and by gcc -O0:
 * the printed checksums must agree. Fixed seeds keep the test reproducible.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileC } from '../../compiler/cc/index.js';
import { workDir } from './helpers.js';

const haveCsmith = spawnSync('csmith', ['--version']).status === 0 && existsSync('/usr/include/csmith');
const seeds = [7, 11, 98765];

describe.skipIf(!haveCsmith)('csmith differential', () => {
  for (const seed of seeds) {
    it(`seed ${seed}`, () => {
      const dir = join(workDir, `csmith-${seed}`);
      mkdirSync(dir, { recursive: true });
      const src = join(dir, 'r.c');
      execFileSync('csmith', ['--seed', String(seed), '-o', src]);
      const pp = execFileSync('gcc', ['-E', '-I/usr/include/csmith', src], { encoding: 'utf8', maxBuffer: 64 << 20 });
      writeFileSync(join(dir, 'r.s'), compileC(pp, { fileName: src, warnings: false }).asm);
      execFileSync('gcc', ['-no-pie', '-o', join(dir, 'ours'), join(dir, 'r.s')]);
      execFileSync('gcc', ['-w', '-O0', '-no-pie', '-I/usr/include/csmith', '-o', join(dir, 'ref'), src]);
      const ours = spawnSync(join(dir, 'ours'), { encoding: 'utf8', timeout: 20_000 });
      const ref = spawnSync(join(dir, 'ref'), { encoding: 'utf8', timeout: 20_000 });
      expect(ours.stdout).toBe(ref.stdout);
      expect(ours.status).toBe(ref.status);
    });
  }
});
