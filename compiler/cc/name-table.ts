/**
 * Names looked up by where they are in a text, without slicing them out of it: the C
 * scanner meets a name at every other token, and a Map would want each one as a new
 * string, hashed anew, only to find the string it already holds. Open addressing over a
 * power-of-two table that doubles when half full.
 */
export class NameTable<V> {
  private names: (string | undefined)[];
  private values: (V | undefined)[];
  private hashes: Int32Array;
  private count = 0;

  /** `capacity`: a power of two. */
  constructor(capacity = 1024) {
    this.names = new Array<string | undefined>(capacity).fill(undefined);
    this.values = new Array<V | undefined>(capacity).fill(undefined);
    this.hashes = new Int32Array(capacity);
  }

  /** The value of the name text[start, end), or undefined. */
  get(text: string, start: number, end: number): V | undefined {
    const hash = hashOf(text, start, end);
    const mask = this.names.length - 1;
    for (let i = hash & mask; ; i = (i + 1) & mask) {
      const name = this.names[i];
      if (name === undefined) return undefined;
      if (this.hashes[i] === hash && spells(name, text, start, end)) return this.values[i];
    }
  }

  /** Adds `name` (which must not be in the table yet). */
  add(name: string, value: V): void {
    if (2 * (this.count + 1) > this.names.length) this.grow();
    this.place(name, value, hashOf(name, 0, name.length));
    this.count++;
  }

  private place(name: string, value: V, hash: number): void {
    const mask = this.names.length - 1;
    let i = hash & mask;
    while (this.names[i] !== undefined) i = (i + 1) & mask;
    this.names[i] = name;
    this.values[i] = value;
    this.hashes[i] = hash;
  }

  private grow(): void {
    const { names, values, hashes } = this;
    const size = names.length * 2;
    this.names = new Array<string | undefined>(size).fill(undefined);
    this.values = new Array<V | undefined>(size).fill(undefined);
    this.hashes = new Int32Array(size);
    for (let i = 0; i < names.length; i++) {
      if (names[i] !== undefined) this.place(names[i]!, values[i]!, hashes[i]);
    }
  }
}

/** FNV-1a over the UTF-16 code units of text[start, end). */
function hashOf(text: string, start: number, end: number): number {
  let h = 0x811c9dc5 | 0;
  for (let k = start; k < end; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193);
  return h;
}

/** Is text[start, end) spelled `name`? */
function spells(name: string, text: string, start: number, end: number): boolean {
  if (name.length !== end - start) return false;
  for (let k = 0; k < name.length; k++) {
    if (name.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  }
  return true;
}
