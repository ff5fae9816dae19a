/**
 * The fixed bytes of a fragment. A plain `number[]` costs eight bytes per byte and keeps
 * the garbage collector busy on large inputs (a 50,000-line C file is two million bytes of
 * code in 45,000 fragments, one per jump); instead the fragments of a section share one
 * Uint8Array that doubles as it fills, each fragment owning the range after the previous
 * one. Only a section's last fragment is ever written to (the assembler appends), which
 * is what makes the ranges contiguous; writing to another is an internal error.
 */

/** A section's bytes, shared by its fragments. */
class ByteStore {
  data: Uint8Array;
  /** End of the last fragment's range. */
  end = 0;

  constructor(capacity: number) {
    this.data = new Uint8Array(capacity);
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

  constructor(
    private readonly store: ByteStore = new ByteStore(256),
    private readonly start = 0,
  ) {}

  /** The run of the next fragment of the same section (this one is then complete). */
  following(): ByteRun {
    return new ByteRun(this.store, this.start + this.length);
  }

  push(byte: number): void {
    const at = this.reserve(1);
    this.store.data[at] = byte;
  }

  pushAll(bytes: ArrayLike<number>): void {
    const n = bytes.length;
    let at = this.reserve(n);
    const data = this.store.data;
    for (let i = 0; i < n; i++) data[at++] = bytes[i];
  }

  /** `n` copies of `byte`. */
  fill(byte: number, n: number): void {
    const at = this.reserve(n);
    this.store.data.fill(byte, at, at + n);
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
    return this.store.data.slice(this.start + from, this.start + this.length);
  }

  /** Makes room for `n` more bytes; returns where they go in the store. */
  private reserve(n: number): number {
    const store = this.store;
    const at = this.start + this.length;
    if (at !== store.end) throw new Error('internal error: bytes added to a fragment that is not the last of its section');
    if (at + n > store.data.length) store.grow(at + n);
    this.length += n;
    store.end = at + n;
    return at;
  }
}
