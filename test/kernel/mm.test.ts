/**
 * The kernel's memory mappings give back every page they take: fixtures/mm_pages.c
 * maps, shares across fork, protects, moves, truncates and unmaps memory of every kind
 * in a child and compares the free memory before and after (sysinfo).  How the
 * mappings behave is judged against Linux in test/userland/mman.test.ts.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cc } from '../../cli/commands/cc.js';
import { boot, buildTree, type Built } from '../golden/harness.js';

describe('memory mappings in the kernel', () => {
  let built: Built;
  let work: string;
  beforeAll(async () => {
    built = await buildTree();
    work = mkdtempSync(join(tmpdir(), 'tcc-lite-mm-'));
  }, 120_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('free every page they took: shared, private, file, protected, moved, truncated', async () => {
    const exe = join(work, 'mm_pages');
    await cc(['-w', '-o', exe, join(import.meta.dirname, 'fixtures', 'mm_pages.c')]);
    const booted = await boot(built, { command: 'mm_pages', files: [`/bin/mm_pages=${exe}`] });
    expect(booted.output).toBe('pages not given back: 0\n');
    expect(booted.exitCode).toBe(0);
  }, 120_000);
});
