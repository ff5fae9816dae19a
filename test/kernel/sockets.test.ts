/**
 * The kernel's sockets give back every page and object they take: fixtures/sock_pages.c
 * creates Unix-domain sockets of every type, connects them every way, leaves data
 * queued and closes them in both orders, many times, in a child, and compares the free
 * memory before and after (sysinfo); fixtures/sockopt_pages.c does the same for files
 * closed under poll and select, socket timeouts and sendmmsg/recvmmsg.  How the sockets
 * behave is judged against Linux in test/userland/unix-socket.test.ts and
 * test/userland/sock-options.test.ts.
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

  /** Builds and boots fixtures/NAME.c, which prints how many pages a second round of its work did not give back. */
  async function expectNoPagesLost(name: string): Promise<void> {
    const exe = join(work, name);
    await cc(['-w', '-o', exe, join(import.meta.dirname, 'fixtures', `${name}.c`)]);
    const booted = await boot(built, { command: name, files: [`/bin/${name}=${exe}`] });
    expect(booted.output).toBe('pages not given back: 0\n');
    expect(booted.exitCode).toBe(0);
  }

  it('free every page and object: pairs, paths, abstract names, datagrams, closed in both orders', async () => {
    await expectNoPagesLost('sock_pages');
  }, 120_000);

  it('free every page and object: files closed under poll and select, timeouts, batch calls', async () => {
    await expectNoPagesLost('sockopt_pages');
  }, 120_000);
});
