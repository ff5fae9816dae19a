/**
 * The tutorial, end to end (issue 2): build the shipped tree with tcc-lite, boot it and run
 * the seed's test program and dmesg. The output is deterministic, so it is golden.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { boot, buildTree, expectGolden, type Built } from './harness.js';

describe('the tutorial on the shipped tree', () => {
  let built: Built;
  beforeAll(async () => {
    built = await buildTree();
  });

  it("test 'Hello World!' prints the seed's lines and dmesg shows the kernel's", async () => {
    const run = await boot(built, { command: "test 'Hello World!'; dmesg | tail -n 1" });
    expect(run.output).toMatch(/^Making system call with "Hello World!"\.\nSystem call returned 0\.\n\[ {4}\d\.\d{6}\] stephen syscall called with "Hello World!"\n$/);
    expect(run.exitCode).toBe(0);
    expectGolden('tutorial.out', run.output);
  });

  it('uname -r prints the release from VERSION and CONFIG_LOCALVERSION', async () => {
    const run = await boot(built, { command: 'uname -r' });
    expect(run.output).toBe('4.7.1-stephen\n');
    expect(run.exitCode).toBe(0);
  });

  it('boots to a banner first when not quiet, and the same boot prints the same log', async () => {
    const a = await boot(built, { program: ['/bin/dmesg'], append: 'loglevel=0' });
    const b = await boot(built, { program: ['/bin/dmesg'], append: 'loglevel=0' });
    expect(a.output.split('\n')[0]).toMatch(/^\[ {4}0\.\d{6}\] Linux version 4\.7\.1-stephen \(/);
    expect(a.output).toBe(b.output);
  });

  it('the exit status of -c is the status of the last command', async () => {
    expect((await boot(built, { command: 'false' })).exitCode).toBe(1);
    expect((await boot(built, { command: 'true' })).exitCode).toBe(0);
  });

  it('a program reading the console sees end-of-file when no input will come', async () => {
    const run = await boot(built, { command: 'cat; echo done' });
    expect(run.output).toBe('done\n');
    expect(run.exitCode).toBe(0);
  });

  it('-- PROGRAM runs it as init and returns its status', async () => {
    const run = await boot(built, { program: ['/bin/test', 'Hi there'] });
    expect(run.output).toBe('Making system call with "Hi there".\nSystem call returned 0.\n');
    expect(run.exitCode).toBe(0);
  });
});
