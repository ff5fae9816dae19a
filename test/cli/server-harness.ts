/**
 * Running bin/tcc-lite with or without its warm server, each test file with a runtime
 * directory of its own ($XDG_RUNTIME_DIR): test files run in parallel, and each stops
 * its own servers.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { scratchDir } from '../scratch.js';

export const ROOT = join(__dirname, '../..');

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd: string;
  server: boolean;
  env?: Record<string, string>;
  /** Run under `umask` (octal text). */
  umask?: string;
}

export interface ServerLine {
  slot: number;
  pid: number;
  commands: number;
}

export class Sandbox {
  readonly runtime = scratchDir('tcc-server-rt-');

  constructor(readonly bin = join(ROOT, 'bin/tcc-lite')) {}

  private command(args: string[], o: RunOptions): { file: string; args: string[]; env: NodeJS.ProcessEnv } {
    const env: NodeJS.ProcessEnv = { ...process.env, XDG_RUNTIME_DIR: this.runtime, TCC_LITE_SERVER: o.server ? '1' : '0' };
    delete env.TCC_LITE_SERVER_DEBUG;
    Object.assign(env, o.env);
    if (o.umask === undefined) return { file: this.bin, args, env };
    return { file: 'sh', args: ['-c', `umask ${o.umask} && exec "$0" "$@"`, this.bin, ...args], env };
  }

  run(args: string[], o: RunOptions): Run {
    const c = this.command(args, o);
    const r = spawnSync(c.file, c.args, { cwd: o.cwd, env: c.env, encoding: 'latin1', timeout: 120_000 });
    return { status: r.status, stdout: r.stdout, stderr: r.stderr };
  }

  runAsync(args: string[], o: RunOptions): Promise<Run> {
    const c = this.command(args, o);
    return new Promise((resolve) => {
      const child = spawn(c.file, c.args, { cwd: o.cwd, env: c.env });
      const out: Buffer[] = [];
      const err: Buffer[] = [];
      child.stdout.on('data', (b: Buffer) => out.push(b));
      child.stderr.on('data', (b: Buffer) => err.push(b));
      child.on('close', (status) => resolve({ status, stdout: Buffer.concat(out).toString('latin1'), stderr: Buffer.concat(err).toString('latin1') }));
    });
  }

  /** `tcc-lite server status`, parsed. */
  servers(): ServerLine[] {
    const r = this.run(['server', 'status'], { cwd: this.runtime, server: true });
    return [...r.stdout.matchAll(/^server (\d+): pid (\d+), up \d+ s, (\d+) commands/gm)].map((m) => ({ slot: Number(m[1]), pid: Number(m[2]), commands: Number(m[3]) }));
  }

  /** Commands the servers have taken so far. */
  served(): number {
    return this.servers().reduce((n, s) => n + s.commands, 0);
  }

  start(): void {
    const r = this.run(['server', 'start'], { cwd: this.runtime, server: true });
    if (r.status !== 0) throw new Error(`server start failed: ${r.stderr}`);
  }

  stop(): void {
    this.run(['server', 'stop'], { cwd: this.runtime, server: true });
  }

  sockets(): string[] {
    const dir = join(this.runtime, 'tcc-lite');
    return existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith('.sock')) : [];
  }
}

/** Writes a tree of files under `dir` (emptied first). */
export function writeTree(dir: string, files: Record<string, string>): void {
  rmSync(dir, { recursive: true, force: true });
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
}

/** Every file under `dir`: its path, permission bits and bytes, for comparing two runs' effects. */
export function readTree(dir: string): Record<string, string> {
  const tree: Record<string, string> = {};
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, e.name);
      if (e.isDirectory()) walk(path);
      else tree[relative(dir, path)] = `${(statSync(path).mode & 0o777).toString(8)} ${readFileSync(path).toString('base64')}`;
    }
  };
  walk(dir);
  return tree;
}

/** Waits until `done` or the time is up; whether it happened. */
export async function waitFor(done: () => boolean, ms: number): Promise<boolean> {
  for (const deadline = Date.now() + ms; Date.now() < deadline; await new Promise((r) => setTimeout(r, 100))) if (done()) return true;
  return done();
}

/** Is process `pid` alive? */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
