// A direct-mapped cache from a linear RIP (and the privilege it runs at) to the block that
// starts there. It sits in front of BlockCache's TLB walk and map search for the
// successors that block links miss: indirect calls and jumps with many targets, returns to
// many call sites, the first block after an interrupt. Like the links, an entry is only
// trusted under the cpu.mappingEpoch it was made in: any TLB flush or code invalidation
// bumps the epoch, and the privilege is part of the key because a user-mode fetch of a
// supervisor page must fault.

const BITS = 12;
const SIZE = 1 << BITS;
const MASK = SIZE - 1;

export class JumpCache<T> {
  private readonly rips = new Float64Array(SIZE);
  /** mappingEpoch * 2 + (user mode ? 1 : 0) when the entry was made; -1 = empty. */
  private readonly keys = new Float64Array(SIZE).fill(-1);
  private readonly entries: (T | null)[] = new Array<T | null>(SIZE).fill(null);

  /** The cached entry for `rip` under `key` (see `keys`), or null. */
  get(rip: number, key: number): T | null {
    const i = slot(rip);
    return this.keys[i] === key && this.rips[i] === rip ? this.entries[i] : null;
  }

  set(rip: number, key: number, entry: T): void {
    const i = slot(rip);
    this.rips[i] = rip;
    this.keys[i] = key;
    this.entries[i] = entry;
  }
}

function slot(rip: number): number {
  return (rip ^ (rip >>> BITS)) & MASK;
}
