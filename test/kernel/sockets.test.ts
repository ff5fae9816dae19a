/**
 * The kernel's sockets give back every page and object they take: fixtures/sock_pages.c
 * creates Unix-domain sockets of every type, connects them every way, leaves data
 * queued and closes them in both orders, many times, in a child, and compares the free
 * memory before and after (sysinfo).  How the sockets behave is judged against Linux in
 * test/userland/unix-socket.test.ts.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cc } from '../../cli/commands/cc.js';
import { boot, buildTree, type Built } from '../golden/harness.js';

describe('sockets in the kernel', () => {
  let built: Built;
  let work: string;
  beforeAll(async () => {
    built = await buildTree();
    work = mkdtempSync(join(tmpdir(), 'tcc-lite-sock-'));
  }, 120_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('free every page and object: pairs, paths, abstract names, datagrams, closed in both orders', async () => {
    const exe = join(work, 'sock_pages');
    await cc(['-w', '-o', exe, join(import.meta.dirname, 'fixtures', 'sock_pages.c')]);
    const booted = await boot(built, { command: 'sock_pages', files: [`/bin/sock_pages=${exe}`] });
    expect(booted.output).toBe('pages not given back: 0\n');
    expect(booted.exitCode).toBe(0);
  }, 120_000);
});
