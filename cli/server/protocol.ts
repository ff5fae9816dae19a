/**
 * What a `tcc-lite` client and a warm server say to each other over a Unix socket: a
 * stream of frames, each a type byte, a 32-bit big-endian length and that many bytes.
 *
 *   server, on accepting:  READY (this connection may send one request) or BUSY
 *   client:                REQUEST (JSON), STOP or STATUS (any connection, even a busy one)
 *   server, in answer:     the command's STDOUT and STDERR writes in the order they
 *                          were made, then DONE (the command succeeded); or
 *                          LOCAL (run it yourself; why, for TCC_LITE_SERVER_DEBUG);
 *                          INFO (JSON ServerInfo) or STOPPING
 */
export const Frame = {
  READY: 0x52, // 'R'
  BUSY: 0x42, // 'B'
  REQUEST: 0x51, // 'Q'
  STOP: 0x53, // 'S'
  STATUS: 0x54, // 'T'
  STDOUT: 0x4f, // 'O'
  STDERR: 0x45, // 'E'
  DONE: 0x44, // 'D'
  LOCAL: 0x4c, // 'L'
  INFO: 0x49, // 'I'
  STOPPING: 0x4b, // 'K'
} as const;
export type FrameType = (typeof Frame)[keyof typeof Frame];

const KNOWN = new Set<number>(Object.values(Frame));
const HEADER = 5;
/** Larger than any request or output we expect; a length beyond it is a protocol error. */
const MAX_PAYLOAD = 1 << 30;

/** One command line as the client process would have run it. */
export interface CommandRequest {
  /** The arguments after `tcc-lite` (`cc -c x.c`). */
  args: string[];
  cwd: string;
  env: Record<string, string>;
  umask: number;
}

/** What `tcc-lite server status` shows of one server. */
export interface ServerInfo {
  pid: number;
  slot: number;
  fingerprint: string;
  startedAt: number;
  requests: number;
  idleSince: number;
  /** Resident memory, bytes. */
  rss: number;
}

export function encodeFrame(type: FrameType, payload: string | Uint8Array = new Uint8Array(0)): Buffer {
  const body = typeof payload === 'string' ? Buffer.from(payload, 'utf8') : payload;
  const header = Buffer.alloc(HEADER);
  header[0] = type;
  header.writeUInt32BE(body.length, 1);
  return Buffer.concat([header, body]);
}

export interface DecodedFrame {
  type: FrameType;
  payload: Buffer;
}

/** The frames that end an answer; STDOUT and STDERR come before one. */
export function endsAnswer(frame: DecodedFrame): boolean {
  return frame.type === Frame.DONE || frame.type === Frame.LOCAL || frame.type === Frame.INFO || frame.type === Frame.STOPPING;
}

export class ProtocolError extends Error {
  override name = 'ProtocolError';
}

/** Cuts a byte stream into frames; push() returns the frames completed by a chunk. */
export class FrameReader {
  private pending: Buffer = Buffer.alloc(0);

  push(chunk: Buffer): DecodedFrame[] {
    this.pending = this.pending.length === 0 ? chunk : Buffer.concat([this.pending, chunk]);
    const frames: DecodedFrame[] = [];
    while (this.pending.length >= HEADER) {
      const type = this.pending[0];
      const length = this.pending.readUInt32BE(1);
      if (!KNOWN.has(type) || length > MAX_PAYLOAD) throw new ProtocolError(`bad frame (type ${type}, ${length} bytes)`);
      if (this.pending.length < HEADER + length) break;
      frames.push({ type: type as FrameType, payload: this.pending.subarray(HEADER, HEADER + length) });
      this.pending = this.pending.subarray(HEADER + length);
    }
    return frames;
  }
}

/** A request as received: anything but the expected shape is a protocol error. */
export function parseRequest(payload: Buffer): CommandRequest {
  const value: unknown = JSON.parse(payload.toString('utf8'));
  const r = value as Partial<CommandRequest>;
  const strings = (x: unknown): boolean => Array.isArray(x) && x.every((s) => typeof s === 'string');
  if (typeof value !== 'object' || value === null || !strings(r.args) || typeof r.cwd !== 'string' || typeof r.umask !== 'number'
    || typeof r.env !== 'object' || r.env === null || !Object.values(r.env).every((v) => typeof v === 'string')) {
    throw new ProtocolError('malformed request');
  }
  return value as CommandRequest;
}
