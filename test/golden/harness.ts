/**
 * Helpers for whole-system golden tests: build a tree into a temporary directory and boot
 * it with a command, capturing the console. Emulated runs are deterministic, so the
 * captured output can be compared byte for byte with a checked-in golden file.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { build } from '../../cli/commands/build.js';
import { runMachine, type RunOptions } from '../../cli/commands/run.js';
import { silentLog } from '../../cli/build/log.js';
import { scratchDir } from '../scratch.js';

export const ROOT = join(import.meta.dirname, '..', '..');

export interface Built {
  out: string;
  kernel: string;
  initrd: string;
}

export async function buildTree(opts: { kernelSrc?: string; userland?: string; cc?: string } = {}): Promise<Built> {
  const out = scratchDir('tcc-lite-golden-');
  await build({
    kernelSrc: opts.kernelSrc ?? join(ROOT, 'kernel-src'),
    userland: opts.userland ?? join(ROOT, 'userland'),
    out,
    cc: opts.cc ?? 'tcc-lite',
    log: silentLog,
  });
  return { out, kernel: join(out, 'vmlinux'), initrd: join(out, 'initramfs.cpio') };
}

export interface Run {
  output: string;
  exitCode: number;
}

export async function boot(built: Built, opts: Partial<RunOptions>): Promise<Run> {
  const chunks: Buffer[] = [];
  const exit = await runMachine({
    kernel: built.kernel,
    initrd: built.initrd,
    memoryBytes: 256 << 20,
    files: [],
    ...opts,
    output: (b) => chunks.push(Buffer.from(b)),
  });
  const output = Buffer.concat(chunks).toString('utf8') + (exit.report ? `\n${exit.report}` : '');
  return { output, exitCode: exit.exitCode };
}

/** Compares with test/golden/NAME; UPDATE_GOLDEN=1 rewrites the file instead. */
export function expectGolden(name: string, actual: string): void {
  const file = join(ROOT, 'test', 'golden', name);
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(file)) {
    writeFileSync(file, actual);
    if (process.env.UPDATE_GOLDEN !== '1') throw new Error(`golden file ${name} was missing; wrote it — check it and commit it`);
    return;
  }
  expect(actual).toBe(readFileSync(file, 'utf8'));
}
