/** `tcc-lite server start|stop|status`: the warm servers, for people (they start by themselves). */
import { createConnection } from 'node:net';
import { basename } from 'node:path';
import { exchange, isServed } from './client.js';
import { startServer } from './launch.js';
import { allSockets, codeFingerprint, MAX_SERVERS, privateDir, socketPath, type ServerPlace } from './place.js';
import { encodeFrame, Frame, FrameReader, type DecodedFrame, type ServerInfo } from './protocol.js';
import { UsageError } from '../usage-error.js';

/** A server busy with a long compile answers a control message after it. */
const CONTROL_MS = 30_000;
/** How long `server start` waits for the new server to answer. */
const START_MS = 30_000;

function place(): ServerPlace {
  const dir = privateDir();
  if (typeof dir !== 'string') throw new UsageError(dir.unusable);
  return { dir, fingerprint: codeFingerprint() };
}

/** Sends a control frame to the server on `path` (idle or busy): its answer, or undefined when nobody answers. */
async function control(path: string, type: typeof Frame.STOP | typeof Frame.STATUS): Promise<DecodedFrame | undefined> {
  return (await exchange({ socket: createConnection(path), reader: new FrameReader() }, encodeFrame(type), CONTROL_MS))?.at(-1);
}

export async function serverStatus(): Promise<void> {
  const here = place();
  let shown = 0;
  for (const path of allSockets(here.dir)) {
    const answer = await control(path, Frame.STATUS);
    if (answer?.type !== Frame.INFO) continue;
    const info = JSON.parse(answer.payload.toString('utf8')) as ServerInfo;
    const seconds = (since: number): string => `${Math.round((Date.now() - since) / 1000)} s`;
    const code = info.fingerprint === here.fingerprint ? '' : ' (older code: exits when idle)';
    const memory = `${Math.round(info.rss / 2 ** 20)} MiB`;
    process.stdout.write(`server ${info.slot}: pid ${info.pid}, up ${seconds(info.startedAt)}, ${info.requests} commands, idle ${seconds(info.idleSince)}, ${memory}${code}\n`);
    shown++;
  }
  if (shown === 0) process.stdout.write(`no tcc-lite server is running (${here.dir})\n`);
}

export async function serverStop(): Promise<void> {
  const here = place();
  let stopped = 0;
  for (const path of allSockets(here.dir)) if ((await control(path, Frame.STOP))?.type === Frame.STOPPING) stopped++;
  process.stdout.write(`stopped ${stopped} tcc-lite server${stopped === 1 ? '' : 's'}\n`);
}

export async function serverStart(): Promise<void> {
  const here = place();
  for (let slot = 0; slot < MAX_SERVERS; slot++) {
    const path = socketPath(here, slot);
    if (await isServed(path)) continue;
    if (!startServer(here, slot)) throw new UsageError(`another tcc-lite is starting a server in slot ${slot}`);
    const deadline = Date.now() + START_MS;
    while (!(await isServed(path))) {
      if (Date.now() > deadline) throw new UsageError(`the server did not start within ${START_MS / 1000} s`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    process.stdout.write(`tcc-lite server ${slot} started (${basename(path)} in ${here.dir})\n`);
    return;
  }
  process.stdout.write(`${MAX_SERVERS} tcc-lite servers are running already\n`);
}
