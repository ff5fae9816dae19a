/**
 * cpio "newc" archives, the initramfs format Linux unpacks at boot
 * (x86-system-pc-elf.md §7): a 110-byte ASCII header per entry, the name, the data,
 * each padded to 4 bytes, and a closing `TRAILER!!!` entry.
 */

export const S_IFDIR = 0o040000;
export const S_IFREG = 0o100000;
export const S_IFCHR = 0o020000;
export const S_IFLNK = 0o120000;

export interface CpioEntry {
  /** Path without a leading slash, e.g. `bin/sh`. */
  name: string;
  mode: number;
  data?: Uint8Array;
  rdevMajor?: number;
  rdevMinor?: number;
}

const encoder = new TextEncoder();

function hex8(n: number): string {
  return n.toString(16).toUpperCase().padStart(8, '0');
}

function align4(n: number): number {
  return (n + 3) & ~3;
}

export function writeCpio(entries: CpioEntry[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  let offset = 0;
  const push = (bytes: Uint8Array): void => {
    chunks.push(bytes);
    offset += bytes.length;
  };
  const pad = (): void => {
    const target = align4(offset);
    if (target > offset) push(new Uint8Array(target - offset));
  };
  const all: CpioEntry[] = [...entries, { name: 'TRAILER!!!', mode: 0 }];
  all.forEach((e, i) => {
    const name = encoder.encode(e.name + '\0');
    const data = e.data ?? new Uint8Array(0);
    const isTrailer = i === all.length - 1;
    const fields = [
      isTrailer ? 0 : i + 1, // ino
      e.mode,
      0, 0, // uid, gid
      (e.mode & 0o170000) === S_IFDIR ? 2 : 1, // nlink
      0, // mtime: reproducible archives
      data.length,
      0, 0, // devmajor, devminor
      e.rdevMajor ?? 0, e.rdevMinor ?? 0,
      name.length,
      0, // check
    ];
    push(encoder.encode('070701' + fields.map(hex8).join('')));
    push(name);
    pad();
    push(data);
    pad();
  });
  // GNU cpio pads the archive to 512 bytes; Linux skips the zeros.
  const total = (offset + 511) & ~511;
  if (total > offset) push(new Uint8Array(total - offset));
  const out = new Uint8Array(offset);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** Reads an archive back (for tests and for adding files to an existing initramfs). */
export function readCpio(bytes: Uint8Array): CpioEntry[] {
  const decoder = new TextDecoder();
  const entries: CpioEntry[] = [];
  let at = 0;
  while (at + 110 <= bytes.length) {
    const magic = decoder.decode(bytes.subarray(at, at + 6));
    if (magic !== '070701' && magic !== '070702') {
      if (bytes[at] === 0) { at += 4; continue; }
      throw new Error(`not a newc cpio archive (magic '${magic}' at offset ${at})`);
    }
    const field = (k: number): number => parseInt(decoder.decode(bytes.subarray(at + 6 + k * 8, at + 14 + k * 8)), 16);
    const mode = field(1);
    const size = field(6);
    const namesize = field(11);
    const nameStart = at + 110;
    const name = decoder.decode(bytes.subarray(nameStart, nameStart + namesize - 1));
    const dataStart = align4(nameStart + namesize);
    if (name === 'TRAILER!!!') break;
    entries.push({ name, mode, data: bytes.slice(dataStart, dataStart + size), rdevMajor: field(9), rdevMinor: field(10) });
    at = align4(dataStart + size);
  }
  return entries;
}
