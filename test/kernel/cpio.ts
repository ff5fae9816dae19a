// A minimal cpio "newc" writer for the kernel tests' initramfs images
// (the format is in ../shared/reference/x86-system-pc-elf.md §7).

export interface CpioEntry {
  name: string; // without a leading '/'
  mode: number; // file type and permission bits, e.g. 0o100755
  data?: Uint8Array;
  rdevMajor?: number;
  rdevMinor?: number;
}

const S_IFDIR = 0o040000;
const S_IFREG = 0o100000;
const S_IFCHR = 0o020000;

function hex8(n: number): string {
  return n.toString(16).toUpperCase().padStart(8, '0');
}

function pad4(n: number): number {
  return (4 - (n % 4)) % 4;
}

export function writeCpio(entries: CpioEntry[]): Uint8Array {
  const parts: Uint8Array[] = [];
  let offset = 0;
  const push = (bytes: Uint8Array): void => {
    parts.push(bytes);
    offset += bytes.length;
  };
  const all = [...entries, { name: 'TRAILER!!!', mode: 0 }];
  all.forEach((e, i) => {
    const data = e.data ?? new Uint8Array(0);
    const name = new TextEncoder().encode(e.name + '\0');
    const fields = [i + 1, e.mode, 0, 0, e.name === 'TRAILER!!!' ? 1 : 1, 0, data.length, 0, 0,
      e.rdevMajor ?? 0, e.rdevMinor ?? 0, name.length, 0];
    push(new TextEncoder().encode('070701' + fields.map(hex8).join('')));
    push(name);
    push(new Uint8Array(pad4(offset)));
    push(data);
    push(new Uint8Array(pad4(offset)));
  });
  push(new Uint8Array((512 - (offset % 512)) % 512));
  const out = new Uint8Array(offset);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** The usual skeleton: /bin, /dev/console, /etc, /tmp, plus the given files. */
export function initramfs(files: Record<string, Uint8Array>): Uint8Array {
  const dirs = new Set<string>(['bin', 'dev', 'etc', 'tmp']);
  for (const path of Object.keys(files)) {
    const parts = path.split('/');
    for (let i = 1; i < parts.length; i++) dirs.add(parts.slice(0, i).join('/'));
  }
  const entries: CpioEntry[] = [...dirs].sort().map((d) => ({ name: d, mode: S_IFDIR | 0o755 }));
  entries.push({ name: 'dev/console', mode: S_IFCHR | 0o600, rdevMajor: 5, rdevMinor: 1 });
  for (const [path, data] of Object.entries(files)) entries.push({ name: path, mode: S_IFREG | 0o755, data });
  return writeCpio(entries);
}
