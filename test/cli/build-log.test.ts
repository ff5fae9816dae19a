/**
 * `tcc-lite build` prints a kbuild line only for what it really rebuilds, as make does:
 * nothing but the "ready" line when nothing changed, the edited file and the link after
 * an edit of kernel/sys.c.
 */
import { appendFileSync, cpSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { build } from '../../cli/commands/build.js';
import type { BuildLog } from '../../cli/build/log.js';
import { scratchDir } from '../scratch.js';

const ROOT = join(__dirname, '../..');

async function buildLines(kernelSrc: string, out: string): Promise<string[]> {
  const lines: string[] = [];
  const log: BuildLog = { step: (tag, target) => lines.push(`${tag} ${target}`) };
  await build({ kernelSrc, userland: join(ROOT, 'userland'), out, cc: 'tcc-lite', log });
  return lines;
}

it('rebuilds print only what was rebuilt', async () => {
  const tree = scratchDir('build-log-tree-');
  cpSync(join(ROOT, 'kernel-src'), tree, { recursive: true });
  const out = scratchDir('build-log-out-');

  const first = await buildLines(tree, out);
  expect(first).toContain('CC kernel/sys.o');
  expect(first).toContain('LD vmlinux');
  expect(first).toContain('LD userland/bin/test');
  expect(first).toContain('GEN initramfs.cpio');

  expect(await buildLines(tree, out)).toEqual(['Kernel: arch/x86/boot/bzImage is ready']);

  appendFileSync(join(tree, 'kernel/sys.c'), '\nint build_log_probe(void) { return 42; }\n');
  const edited = await buildLines(tree, out);
  expect(edited.filter((l) => /^(CC|AS) /.test(l))).toEqual(['CC kernel/sys.o']);
  expect(edited).toContain('LD vmlinux');
  expect(edited.some((l) => /userland|initramfs/.test(l))).toBe(false);
}, 120_000);
