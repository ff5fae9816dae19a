/**
 * One client's command run inside the server, as if the server were that client's
 * process: its working directory, environment and umask for the duration, its standard
 * output and error captured, and the server's own state put back afterwards.
 */
import type { CommandRequest } from './protocol.js';

/** A command line runner: cli/program.ts's runCommandLine (argv as process.argv). */
export type CommandRunner = (argv: string[]) => Promise<number>;

/** One write to standard output or error. */
export interface Output {
  stream: 'stdout' | 'stderr';
  bytes: Buffer;
}

export type Outcome =
  /** Succeeded: what it wrote, in order. */
  | { kind: 'done'; output: Output[] }
  /** The client must run the command itself; `restart` when this server should not go on. */
  | { kind: 'local'; reason: string; restart: boolean };

/** An internal error (cli/report.ts): the compiler's state may be half-updated. */
const INTERNAL_ERROR = 70;

export async function runRequest(request: CommandRequest, run: CommandRunner): Promise<Outcome> {
  const ownCwd = process.cwd();
  const ownEnv = { ...process.env };
  const output: Output[] = [];
  let status: number;
  try {
    process.chdir(request.cwd);
  } catch (e) {
    return { kind: 'local', reason: `cannot enter ${request.cwd}: ${(e as Error).message}`, restart: false };
  }
  const ownUmask = process.umask(request.umask);
  replaceEnvironment(request.env);
  const restoreStdout = capture(process.stdout, 'stdout', output);
  const restoreStderr = capture(process.stderr, 'stderr', output);
  process.exitCode = undefined;
  try {
    status = await run(['node', 'tcc-lite', ...request.args]);
  } finally {
    restoreStderr();
    restoreStdout();
    process.exitCode = undefined;
    replaceEnvironment(ownEnv);
    process.umask(ownUmask);
    process.chdir(ownCwd);
  }
  // Only a success is answered from here; a failure runs again in the client's own
  // process. The launcher can then tell "served" (status 0) from "run it yourself" (any
  // other status, a crash of the client included) without a status of its own that a
  // command's could collide with. A failing command costs one more run; a build's many
  // successful compiles are what the server is for.
  if (status !== 0) return { kind: 'local', reason: `status ${status}`, restart: status === INTERNAL_ERROR };
  return { kind: 'done', output };
}

/** Makes process.env (and so the C environment behind it: os.homedir() reads HOME there) equal `env`. */
function replaceEnvironment(env: NodeJS.ProcessEnv): void {
  for (const name of Object.keys(process.env)) if (!(name in env)) delete process.env[name];
  Object.assign(process.env, env);
}

/** Diverts a stream's writes into `into` until the returned function is called. */
function capture(stream: NodeJS.WriteStream, name: Output['stream'], into: Output[]): () => void {
  const write = stream.write;
  stream.write = ((chunk: string | Uint8Array, ...rest: unknown[]): boolean => {
    const encoding = typeof rest[0] === 'string' ? (rest[0] as BufferEncoding) : undefined;
    into.push({ stream: name, bytes: typeof chunk === 'string' ? Buffer.from(chunk, encoding) : Buffer.from(chunk) });
    const written = rest.find((r): r is () => void => typeof r === 'function');
    if (written !== undefined) process.nextTick(written);
    return true;
  }) as typeof stream.write;
  return () => {
    stream.write = write;
  };
}
