/**
 * The fixed bytes of a fragment. A plain `number[]` costs eight bytes per byte and keeps
 * the garbage collector busy on large inputs (a 50,000-line C file is two million bytes of
 * code in 45,000 fragments, one per jump); instead the fragments of a section share one
 * Uint8Array that doubles as it fills, each fragment owning the range after the previous
 * one. Only a section's last fragment is ever written to (the assembler appends), which
 * is what makes the ranges contiguous; writing to another is an internal error.
 *
 * A section without contents (`@nobits`: .bss) holds only zeros, which the assembler has
 * checked before writing: its store counts bytes and keeps none, so `.zero 400000000`
 * in .bss costs nothing (as in GNU as).
 */

/** A section's bytes, shared by its fragments. */
class ByteStore {
  data: Uint8Array;
  /** End of the last fragment's range. */
  end = 0;

  constructor(capacity: number, readonly keepsBytes: boolean) {
    this.data = new Uint8Array(keepsBytes ? capacity : 0);
  }

  grow(needed: number): void {
    let capacity = Math.max(256, this.data.length * 2);
    while (capacity < needed) capacity *= 2;
    const data = new Uint8Array(capacity);
    data.set(this.data.subarray(0, this.end));
    this.data = data;
  }
}

export class ByteRun {
  /** Bytes written so far. */
  length = 0;

  private constructor(
    private readonly store: ByteStore,
    private readonly start: number,
  ) {}

  /** The first fragment's run of a section; a `nobits` one keeps no bytes (see above). */
  static forSection(nobits: boolean): ByteRun {
    return new ByteRun(new ByteStore(256, !nobits), 0);
  }

  /** The run of the next fragment of the same section (this one is then complete). */
  following(): ByteRun {
    return new ByteRun(this.store, this.start + this.length);
  }

  push(byte: number): void {
    const at = this.reserve(1);
    if (this.store.keepsBytes) this.store.data[at] = byte;
  }

  pushAll(bytes: ArrayLike<number>): void {
    const n = bytes.length;
    let at = this.reserve(n);
    if (!this.store.keepsBytes) return;
    const data = this.store.data;
    for (let i = 0; i < n; i++) data[at++] = bytes[i];
  }

  /** `n` copies of `byte`. */
  fill(byte: number, n: number): void {
    const at = this.reserve(n);
    if (this.store.keepsBytes) this.store.data.fill(byte, at, at + n);
  }

  /** Copies the bytes written so far into `target` at `at`. */
  copyTo(target: Uint8Array, at: number): void {
    const data = this.store.data;
    const start = this.start;
    // Most fragments are a few dozen bytes: a loop is cheaper than making a subarray view.
    if (this.length > 256) {
      target.set(data.subarray(start, start + this.length), at);
      return;
    }
    for (let i = 0; i < this.length; i++) target[at + i] = data[start + i];
  }

  /** A copy of the bytes from offset `from` (within this run) to its end. */
  copyFrom(from: number): Uint8Array {
    if (!this.store.keepsBytes) return new Uint8Array(this.length - from);
    return this.store.data.slice(this.start + from, this.start + this.length);
  }

  /** Makes room for `n` more bytes; returns where they go in the store. */
  private reserve(n: number): number {
    const store = this.store;
    const at = this.start + this.length;
    if (at !== store.end) throw new Error('internal error: bytes added to a fragment that is not the last of its section');
    if (at + n > store.data.length && store.keepsBytes) store.grow(at + n);
    this.length += n;
    store.end = at + n;
    return at;
  }
}
