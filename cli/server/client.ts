/**
 * The client half of the warm server: bin/tcc-lite starts this (main.ts) for cc, as and
 * ld, and it hands the command line to an idle server. Only a command that succeeded
 * there (warnings and all) is an answer; every other outcome — no directory, no server,
 * busy ones, a refused or broken connection, a server that dies or never answers, a
 * command that failed there — ends the same way: the launcher runs the command itself,
 * as it always did (TCC_LITE_SERVER_DEBUG=1 says why on standard error).
 *
 * This half loads none of the compiler, so that asking costs a plain node start-up and
 * a few milliseconds.
 */
import { createConnection, type Socket } from 'node:net';
import { expandResponseFiles } from '../commands/response-files.js';
import { startServer } from './launch.js';
import { codeFingerprint, MAX_SERVERS, privateDir, socketPath, type ServerPlace } from './place.js';
import { encodeFrame, endsAnswer, Frame, FrameReader, type CommandRequest, type DecodedFrame } from './protocol.js';

/**
 * An idle server greets at once; one that does not within this time is compiling for
 * someone else (its event loop is busy) and the client moves on rather than wait.
 */
const GREETING_MS = 150;

/** No answer to a request for this long: the server is stuck, and the command runs here. */
const ANSWER_MS = 300_000;

export function debug(message: string): void {
  if (process.env.TCC_LITE_SERVER_DEBUG) process.stderr.write(`tcc-lite: server: ${message}\n`);
}

/**
 * Why this command line must run in the client's own process, or undefined when a server
 * can run it as well. A server has neither our standard input nor our file descriptors:
 * `-` (standard input) and paths into /dev or /proc (/dev/stdout, /proc/self/fd/1) would
 * mean its own.
 */
function mustRunHere(commandLine: string[]): string | undefined {
  let args: string[];
  try {
    // What response files say counts as if it were on the command line.
    args = expandResponseFiles(commandLine);
  } catch {
    return 'a response file cannot be read';
  }
  for (const [k, arg] of args.entries()) {
    if (arg === '-' && args[k - 1] !== '-o') return 'reads standard input';
    if (/(^|[=/])(dev|proc)\//.test(arg)) return `names ${arg}`;
  }
  return undefined;
}

/**
 * Runs a command line (the arguments after `tcc-lite`) on a server, writing its standard
 * output here. False when it did not: the caller runs the command itself.
 */
export async function runOnServer(args: string[]): Promise<boolean> {
  const reason = mustRunHere(args);
  if (reason !== undefined) {
    debug(`running here: ${reason}`);
    return false;
  }
  try {
    const dir = privateDir();
    if (typeof dir !== 'string') {
      debug(`running here: ${dir.unusable}`);
      return false;
    }
    const place: ServerPlace = { dir, fingerprint: codeFingerprint() };
    const { server, free } = await findIdleServer(place);
    if (server === undefined) {
      // Free slots, or every server busy with someone else's compile: start another.
      const started = free.find((slot) => startServer(place, slot));
      debug(`running here: no idle server${started === undefined ? '' : `; starting one in slot ${started}`}`);
      return false;
    }
    const request: CommandRequest = { args, cwd: process.cwd(), env: { ...process.env } as Record<string, string>, umask: process.umask() };
    const frames = await exchange(server, encodeFrame(Frame.REQUEST, JSON.stringify(request)));
    const end = frames?.at(-1);
    if (end?.type !== Frame.DONE) {
      debug(`running here: ${end === undefined ? 'the server went away' : end.payload.toString('utf8')}`);
      return false;
    }
    // Written only now that the command is known to have succeeded there.
    for (const frame of frames!) {
      if (frame.type === Frame.STDOUT) process.stdout.write(frame.payload);
      else if (frame.type === Frame.STDERR) process.stderr.write(frame.payload);
    }
    return true;
  } catch (e) {
    debug(`running here: ${e instanceof Error ? e.message : String(e)}`);
    return false;
  }
}

export type Greeting =
  | ({ kind: 'ready' } & Connection)
  | { kind: 'busy' } // greeted BUSY, or did not greet in time
  | { kind: 'absent' }; // no server: no socket, or nobody listening on it

/** Connects to a server's socket and waits for its greeting (or for `cancel`, which counts as busy). */
export function greet(path: string, timeoutMs = GREETING_MS, cancel?: AbortSignal): Promise<Greeting> {
  return new Promise((resolve) => {
    const socket = createConnection(path);
    const reader = new FrameReader();
    let settled = false;
    const settle = (g: Greeting): void => {
      if (settled) return;
      settled = true;
      // The connection is handed over (exchange() listens anew) or closed.
      for (const event of ['data', 'close', 'error', 'timeout']) socket.removeAllListeners(event);
      socket.setTimeout(0);
      if (g.kind !== 'ready') socket.destroy();
      resolve(g);
    };
    socket.setTimeout(timeoutMs, () => settle({ kind: 'busy' }));
    cancel?.addEventListener('abort', () => settle({ kind: 'busy' }));
    socket.on('error', (e: NodeJS.ErrnoException) => settle(e.code === 'ENOENT' || e.code === 'ECONNREFUSED' ? { kind: 'absent' } : { kind: 'busy' }));
    socket.on('close', () => settle({ kind: 'busy' }));
    socket.on('data', (chunk: Buffer) => {
      try {
        const first = reader.push(chunk)[0];
        if (first !== undefined) settle(first.type === Frame.READY ? { kind: 'ready', socket, reader } : { kind: 'busy' });
      } catch {
        settle({ kind: 'busy' });
      }
    });
  });
}

/** Is a server (idle or busy) listening on `path`? */
export async function isServed(path: string): Promise<boolean> {
  const g = await greet(path);
  if (g.kind === 'ready') g.socket.destroy();
  return g.kind !== 'absent';
}

/**
 * Greets every slot at once: the first idle server wins (the other greetings are called
 * off, a second idle server seeing its connection close), or else the slots with no
 * server are listed.
 */
function findIdleServer(place: ServerPlace): Promise<{ server?: Connection; free: number[] }> {
  return new Promise((resolve) => {
    const free: number[] = [];
    const found = new AbortController();
    let chosen: Connection | undefined;
    let pending = MAX_SERVERS;
    for (let slot = 0; slot < MAX_SERVERS; slot++) {
      void greet(socketPath(place, slot), GREETING_MS, found.signal).then((g) => {
        pending--;
        if (g.kind === 'ready') {
          if (chosen !== undefined) {
            g.socket.destroy();
          } else {
            resolve({ server: (chosen = g), free });
            found.abort();
          }
        } else if (g.kind === 'absent') {
          free.push(slot);
        }
        if (pending === 0 && chosen === undefined) resolve({ free: free.sort((a, b) => a - b) });
      });
    }
  });
}

/** A connection and the frames read from it so far. */
export interface Connection {
  socket: Socket;
  reader: FrameReader;
}

/**
 * Sends one frame and collects the answer: the frames up to one that ends it (greetings
 * skipped: a control message need not wait for one). Undefined when the connection
 * fails first.
 */
export function exchange(connection: Connection, frame: Buffer, timeoutMs = ANSWER_MS): Promise<DecodedFrame[] | undefined> {
  const { socket, reader } = connection;
  const answer: DecodedFrame[] = [];
  return new Promise((resolve) => {
    const settle = (complete: boolean): void => {
      socket.destroy();
      resolve(complete ? answer : undefined);
    };
    socket.setTimeout(timeoutMs, () => settle(false));
    socket.on('error', () => settle(false));
    socket.on('close', () => settle(false));
    socket.on('data', (chunk: Buffer) => {
      try {
        for (const f of reader.push(chunk)) {
          if (f.type === Frame.READY || f.type === Frame.BUSY) continue;
          answer.push(f);
          if (endsAnswer(f)) return settle(true);
        }
      } catch {
        settle(false);
      }
    });
    socket.write(frame);
  });
}
