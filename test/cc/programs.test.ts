/**
 * Whole programs compiled by tcc-lite and by gcc, run natively: same stdout, same status.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gccObject, link, ourObject, run, workDir } from './helpers.js';

const dir = join(import.meta.dirname, 'programs');
const programs = readdirSync(dir).filter((f) => f.endsWith('.c') && !f.startsWith('abi_'));

describe('programs: tcc-lite vs gcc, run natively', () => {
  for (const p of programs) {
    it(p, () => {
      const src = join(dir, p);
      const out = join(workDir, p.replace(/\.c$/, ''));
      const ours = run(link([ourObject(src, out)], join(out, 'ours')));
      const ref = run(link([gccObject(src, out)], join(out, 'ref')));
      expect(ours.stdout).toBe(ref.stdout);
      expect(ours.status).toBe(ref.status);
    });
  }
});
