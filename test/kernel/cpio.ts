/** Initramfs images for kernel tests, written with the product's cpio writer. */
import { S_IFCHR, S_IFDIR, S_IFREG, writeCpio, type CpioEntry } from '../../cli/build/cpio.js';

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
