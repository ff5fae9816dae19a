/**
 * A warm server (`tcc-lite server serve SLOT`, started in the background by a client):
 * a process that keeps the compiler loaded and its code compiled by V8's JIT between
 * commands, serving one command at a time on its slot's socket. It exits after five idle
 * minutes, when the code it runs has changed on disk, when its heap has grown large, and
 * on `tcc-lite server stop`.
 */
import { createServer, type Server, type Socket } from 'node:net';
import { statSync, unlinkSync } from 'node:fs';
import { isServed } from './client.js';
import { codeFingerprint, privateDir, releaseSlot, socketPath, type ServerPlace } from './place.js';
import { encodeFrame, Frame, FrameReader, parseRequest, type ServerInfo } from './protocol.js';
import { runRequest, type CommandRunner } from './request.js';
import { UsageError } from '../usage-error.js';

const IDLE_MS = 5 * 60_000;
/** How often an idle server looks whether its code has changed. */
const RECHECK_MS = 10_000;
/** A client that was greeted READY must send its request within this time. */
const REQUEST_MS = 10_000;
/** Past this resident size, the server ends after its answer, and a fresh one starts small. */
const MAX_RSS = 2 ** 30;

export async function serve(slot: number, run: CommandRunner): Promise<void> {
  const dir = privateDir();
  if (typeof dir !== 'string') throw new UsageError(dir.unusable);
  const place: ServerPlace = { dir, fingerprint: codeFingerprint() };
  const path = socketPath(place, slot);
  let server: Server;
  try {
    if (await isServed(path)) return; // another server came first
    removeFile(path); // left by a server that died
    server = await listen(path);
  } finally {
    releaseSlot(place, slot);
  }
  const inode = statSync(path).ino;
  process.chdir('/'); // hold no directory busy (a test's temporary one, say)
  await new Session(place, slot, server, run, () => {
    // Only our own socket: a server that replaced a dead one in the slot keeps its own.
    if (statSync(path, { throwIfNoEntry: false })?.ino === inode) removeFile(path);
  }).closed;
}

function listen(path: string): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(path, () => resolve(server));
  });
}

function removeFile(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // not there
  }
}

/** One server's life: its connections, its single request at a time, and its end. */
class Session {
  readonly closed: Promise<void>;
  private busy = false;
  private stopping = false;
  private requests = 0;
  private readonly startedAt = Date.now();
  private idleSince = Date.now();
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly place: ServerPlace,
    private readonly slot: number,
    private readonly server: Server,
    private readonly run: CommandRunner,
    private readonly removeSocket: () => void,
  ) {
    this.closed = new Promise((resolve) => server.on('close', resolve));
    server.on('connection', (socket) => this.accept(socket));
    this.timer = setInterval(() => {
      if (this.busy) return;
      if (Date.now() - this.idleSince > IDLE_MS || codeFingerprint() !== place.fingerprint) this.stop();
    }, RECHECK_MS);
  }

  private accept(socket: Socket): void {
    const reader = new FrameReader();
    // This connection may send a request only if it found the server idle.
    const mine = !this.busy && !this.stopping;
    if (mine) this.busy = true;
    let requested = false;
    socket.on('error', () => socket.destroy());
    socket.on('close', () => {
      if (mine && !requested) this.busy = false;
    });
    if (mine) socket.setTimeout(REQUEST_MS, () => socket.destroy());
    socket.on('data', (chunk: Buffer) => {
      let frames;
      try {
        frames = reader.push(chunk);
      } catch {
        socket.destroy();
        return;
      }
      for (const frame of frames) {
        if (frame.type === Frame.STATUS) {
          socket.end(encodeFrame(Frame.INFO, JSON.stringify(this.info())));
        } else if (frame.type === Frame.STOP) {
          socket.end(encodeFrame(Frame.STOPPING));
          this.stop();
        } else if (frame.type === Frame.REQUEST && mine && !requested) {
          requested = true;
          socket.setTimeout(0);
          void this.answer(socket, frame.payload);
        } else {
          socket.destroy();
        }
      }
    });
    socket.write(encodeFrame(mine ? Frame.READY : Frame.BUSY));
  }

  private async answer(socket: Socket, payload: Buffer): Promise<void> {
    try {
      if (codeFingerprint() !== this.place.fingerprint) {
        socket.end(encodeFrame(Frame.LOCAL, 'the server runs older code'));
        this.stop();
        return;
      }
      const outcome = await runRequest(parseRequest(payload), this.run);
      this.requests++;
      if (outcome.kind === 'done') {
        for (const { stream, bytes } of outcome.output) socket.write(encodeFrame(stream === 'stdout' ? Frame.STDOUT : Frame.STDERR, bytes));
        socket.end(encodeFrame(Frame.DONE));
      } else {
        socket.end(encodeFrame(Frame.LOCAL, outcome.reason));
      }
      if ((outcome.kind === 'local' && outcome.restart) || process.memoryUsage.rss() > MAX_RSS) this.stop();
    } catch (e) {
      socket.end(encodeFrame(Frame.LOCAL, `server failure: ${e instanceof Error ? e.message : String(e)}`));
      this.stop();
    } finally {
      this.busy = false;
      this.idleSince = Date.now();
    }
  }

  private info(): ServerInfo {
    return {
      pid: process.pid, slot: this.slot, fingerprint: this.place.fingerprint, startedAt: this.startedAt,
      requests: this.requests, idleSince: this.busy ? Date.now() : this.idleSince, rss: process.memoryUsage.rss(),
    };
  }

  /** Stops accepting at once; the answer in progress, if any, is still sent. */
  private stop(): void {
    if (this.stopping) return;
    this.stopping = true;
    clearInterval(this.timer);
    this.removeSocket();
    this.server.close();
  }
}
