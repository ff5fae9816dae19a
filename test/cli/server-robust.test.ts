/**
 * Whatever goes wrong with the warm server, a command gives the result it gives in its
 * own process: no server, servers that never answer or answer nonsense, a server killed
 * in the middle of a compile, a server running older code. Nor does a client ever wait
 * for the server it starts.
 */
import { cpSync, readFileSync, symlinkSync, utimesSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { alive, readTree, ROOT, Sandbox, waitFor, writeTree, type RunOptions } from './server-harness.js';
import { scratchDir } from '../scratch.js';

const base = scratchDir('tcc-server-robust-');
const sandboxes: Sandbox[] = [];
afterAll(() => {
  for (const s of sandboxes) s.stop();
});

/** A sandbox of this file's, with `servers` servers started. */
function sandbox(servers = 0, bin?: string): Sandbox {
  const s = new Sandbox(bin);
  sandboxes.push(s);
  for (let k = 0; k < servers; k++) s.start();
  return s;
}

/** A C file whose compile keeps a server busy for a while (thousands of functions). */
function bigSource(functions: number): string {
  let text = '';
  for (let i = 0; i < functions; i++) text += `int f${i}(int a, int b) {\n  int s = 0;\n  for (int k = 0; k < a; k++) s += k * b + ${i};\n  return s ^ a;\n}\n`;
  return text;
}

/** The CPU time (clock ticks) processes have used so far, read each time the result is called. */
function cpuOf(pids: number[]): () => number {
  const ticks = (pid: number): number => readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ').slice(11, 13).reduce((t, n) => t + Number(n), 0);
  return () => pids.reduce((t, pid) => t + ticks(pid), 0);
}

/** Runs `args` in a fresh copy of `files`: what the command printed and left behind. */
function effects(s: Sandbox, dir: string, files: Record<string, string>, args: string[], o: Omit<RunOptions, 'cwd'>) {
  writeTree(dir, files);
  const r = s.run(args, { ...o, cwd: dir });
  return { ...r, files: readTree(dir) };
}

const SMALL = { 'x.c': '#include <stddef.h>\nsize_t size(void) { return sizeof(long) * SCALE; }\n' };
const ARGS = ['cc', '-c', '-DSCALE=3', 'x.c', '-o', 'out.o'];

describe('tcc-lite server robustness', () => {
  it('TCC_LITE_SERVER=0 neither uses nor starts a server', () => {
    const s = sandbox();
    const local = effects(s, join(base, 'off'), SMALL, ARGS, { server: false });
    expect(local.status).toBe(0);
    expect(s.sockets()).toEqual([]);
  });

  it('a client that finds no server runs the command itself and starts one it does not wait for', async () => {
    const s = sandbox();
    const dir = join(base, 'first');
    const local = effects(s, dir, SMALL, ARGS, { server: false });
    // spawnSync reads the client's pipes to their end: a server holding them would hang it.
    expect(effects(s, dir, SMALL, ARGS, { server: true })).toEqual(local);
    expect(await waitFor(() => s.servers().length === 1, 30_000)).toBe(true);
    expect(effects(s, dir, SMALL, ARGS, { server: true })).toEqual(local);
    expect(s.served()).toBe(1);
  });

  it('concurrent clients each get their own result', async () => {
    const s = sandbox(2);
    const dir = join(base, 'concurrent');
    writeTree(dir, { ...SMALL, 'big.c': bigSource(300) });
    const commands = [1, 2, 3, 4, 5, 6].map((k) => ['cc', '-c', `-DSCALE=${k}`, k % 2 ? 'x.c' : 'big.c', '-o', `out${k}.o`]);
    const results = await Promise.all(commands.map((args) => s.runAsync(args, { cwd: dir, server: true })));
    const served = readTree(dir);
    writeTree(dir, { ...SMALL, 'big.c': bigSource(300) });
    for (const args of commands) expect(s.run(args, { cwd: dir, server: false }).status).toBe(0);
    expect(results.every((r) => r.status === 0 && r.stdout === '' && r.stderr === '')).toBe(true);
    expect(served).toEqual(readTree(dir));
    expect(s.served()).toBeGreaterThan(0);
  });

  it('a busy server is not waited for: the next one serves', async () => {
    const s = sandbox(2);
    const dir = join(base, 'busy');
    writeTree(dir, { ...SMALL, 'big.c': bigSource(6000) });
    const cpu = cpuOf(s.servers().map((server) => server.pid));
    const idle = cpu();
    const big = s.runAsync(['cc', '-c', 'big.c', '-o', 'big.o'], { cwd: dir, server: true });
    expect(await waitFor(() => cpu() - idle > 25, 60_000)).toBe(true);
    const small = await s.runAsync(ARGS, { cwd: dir, server: true, env: { TCC_LITE_SERVER_DEBUG: '1' } });
    const stillCompiling = cpu() - idle;
    expect(small).toEqual({ status: 0, stdout: '', stderr: '' }); // served: no "running here"
    expect((await big).status).toBe(0);
    expect(cpu() - idle).toBeGreaterThan(stillCompiling); // the big compile went on after it
  });

  it('a server killed in the middle of a compile: the client compiles the file itself', async () => {
    const s = sandbox(1);
    const [{ pid }] = s.servers();
    const dir = join(base, 'killed');
    const files = { 'big.c': bigSource(6000) };
    const args = ['cc', '-c', 'big.c', '-o', 'big.o'];
    const local = effects(s, dir, files, args, { server: false });
    writeTree(dir, files);
    const cpu = cpuOf([pid]);
    const idle = cpu();
    const client = s.runAsync(args, { cwd: dir, server: true, env: { TCC_LITE_SERVER_DEBUG: '1' } });
    // Killed once it has spent a quarter second of CPU on the request.
    expect(await waitFor(() => cpu() - idle > 25, 60_000)).toBe(true);
    process.kill(pid, 'SIGKILL');
    const r = await client;
    expect(r.stderr).toBe('tcc-lite: server: running here: the server went away\n');
    expect({ status: r.status, stdout: r.stdout, files: readTree(dir) }).toEqual({ status: local.status, stdout: local.stdout, files: local.files });
  });

  it('a server of older code is not asked, and exits by itself', async () => {
    // A copy of the package, so that its code can change under its server.
    const root = join(base, 'package');
    for (const part of ['bin', 'dist', 'package.json']) cpSync(join(ROOT, part), join(root, part), { recursive: true });
    for (const part of ['node_modules', 'userland']) symlinkSync(join(ROOT, part), join(root, part));
    const s = sandbox(1, join(root, 'bin/tcc-lite'));
    const [old] = s.servers();
    const now = new Date();
    utimesSync(join(root, 'dist/cli/program.js'), now, now); // as a rebuild would
    const dir = join(base, 'stale');
    const local = effects(s, dir, SMALL, ARGS, { server: false });
    expect(effects(s, dir, SMALL, ARGS, { server: true })).toEqual(local);
    expect(await waitFor(() => !alive(old.pid), 30_000)).toBe(true);
    expect(old.commands).toBe(0);
    // The client started a server of the new code instead.
    expect(await waitFor(() => s.servers().length === 1, 30_000)).toBe(true);
  });

  describe('servers that misbehave', () => {
    /** Behaviours of something listening on the client's sockets. */
    const FAKES: Record<string, (socket: Socket) => void> = {
      'never greets': () => undefined,
      'greets with nonsense': (socket) => socket.write('HTTP/1.1 400 Bad Request\r\n\r\n'),
      'dies after the request': (socket) => {
        socket.write(Buffer.from([0x52, 0, 0, 0, 0]));
        socket.on('data', () => socket.destroy());
      },
      'answers nonsense': (socket) => {
        socket.write(Buffer.from([0x52, 0, 0, 0, 0]));
        socket.on('data', () => socket.end(Buffer.from([0xff, 0, 0, 0, 1, 0])));
      },
    };

    it.each(Object.keys(FAKES))('one that %s: the client compiles the file itself', async (name) => {
      const s = sandbox(1);
      const [socket] = s.sockets();
      s.stop();
      const fingerprint = socket.replace(/-\d+\.sock$/, '');
      const fakes: Server[] = [];
      for (let slot = 0; slot < availableParallelism(); slot++) {
        const fake = createServer((c) => {
          c.on('error', () => c.destroy());
          FAKES[name](c);
        });
        await new Promise<void>((resolve) => fake.listen(join(s.runtime, 'tcc-lite', `${fingerprint}-${slot}.sock`), resolve));
        fakes.push(fake);
      }
      const dir = join(base, `fake-${name.replace(/ /g, '-')}`);
      const local = effects(s, dir, SMALL, ARGS, { server: false });
      const viaFake = await (async () => {
        writeTree(dir, SMALL);
        const r = await s.runAsync(ARGS, { cwd: dir, server: true });
        return { ...r, files: readTree(dir) };
      })();
      for (const fake of fakes) fake.close();
      expect(viaFake).toEqual(local);
    });
  });
});
