/**
 * The fixed bytes of a fragment: a growable byte array. A plain `number[]` costs eight
 * bytes per byte and keeps the garbage collector busy on large inputs (a 50,000-line C
 * file is two million bytes of code); this keeps them in a Uint8Array that doubles as
 * it fills, with `length` as the number of bytes written so far.
 */

export class ByteRun {
  private data: Uint8Array;
  length = 0;

  constructor(capacity = 64) {
    this.data = new Uint8Array(capacity);
  }

  push(byte: number): void {
    if (this.length === this.data.length) this.grow(this.length + 1);
    this.data[this.length++] = byte;
  }

  pushAll(bytes: ArrayLike<number>): void {
    const n = bytes.length;
    if (this.length + n > this.data.length) this.grow(this.length + n);
    const data = this.data;
    let at = this.length;
    for (let i = 0; i < n; i++) data[at++] = bytes[i];
    this.length = at;
  }

  /** `n` copies of `byte`. */
  fill(byte: number, n: number): void {
    if (this.length + n > this.data.length) this.grow(this.length + n);
    this.data.fill(byte, this.length, this.length + n);
    this.length += n;
  }

  /** Copies the bytes written so far into `target` at `at`. */
  copyTo(target: Uint8Array, at: number): void {
    // Most fragments are a few dozen bytes: a loop is cheaper than making a subarray view.
    if (this.length > 256) {
      target.set(this.data.subarray(0, this.length), at);
      return;
    }
    const data = this.data;
    for (let i = 0; i < this.length; i++) target[at + i] = data[i];
  }

  /** A copy of the bytes from `start` to the end. */
  copyFrom(start: number): Uint8Array {
    return this.data.slice(start, this.length);
  }

  private grow(needed: number): void {
    let capacity = Math.max(16, this.data.length * 2);
    while (capacity < needed) capacity *= 2;
    const data = new Uint8Array(capacity);
    data.set(this.data.subarray(0, this.length));
    this.data = data;
  }
}
