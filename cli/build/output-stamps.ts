/**
 * make's "up to date" test for staged build products whose inputs are build products
 * themselves: a program in the root file system is up to date when its inputs (crt0,
 * its objects, libc.a) have the digests recorded when it was written and the file still
 * has the size and mtime written then. The tutorial loop edits only the kernel, so the
 * userland's 30 links and the initramfs are then skipped without reading anything back.
 *
 * The record is one JSON file, OUT/userland/.stamps.json; a missing or unreadable one
 * only means everything is redone.
 */
import { readFileSync, statSync } from 'node:fs';
import { hashOf } from './build-cache.js';
import { writeFileIfChanged } from './write-if-changed.js';

interface OutputStamp {
  key: string;
  mtimeMs: number;
  size: number;
}

export class OutputStamps {
  private readonly stamps: Record<string, OutputStamp>;

  constructor(private readonly file: string) {
    this.stamps = OutputStamps.load(file);
  }

  private static load(file: string): Record<string, OutputStamp> {
    try {
      const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
      return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, OutputStamp>) : {};
    } catch {
      return {}; // first build, or a damaged record: rebuild
    }
  }

  /** The key of an output made from these inputs (names, digests, flags). */
  static key(...parts: string[]): string {
    return hashOf('output-stamp', ...parts);
  }

  /** True when `path` was written from inputs with this key and is untouched since. */
  upToDate(path: string, key: string): boolean {
    const stamp = this.stamps[path];
    if (stamp === undefined || stamp.key !== key) return false;
    const st = statSync(path, { throwIfNoEntry: false });
    return st !== undefined && st.mtimeMs === stamp.mtimeMs && st.size === stamp.size;
  }

  /** Records that `path` now holds the output for `key` (call after writing it). */
  record(path: string, key: string): void {
    const st = statSync(path);
    this.stamps[path] = { key, mtimeMs: st.mtimeMs, size: st.size };
  }

  save(): void {
    writeFileIfChanged(this.file, JSON.stringify(this.stamps));
  }
}
