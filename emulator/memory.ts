// Guest physical memory: one ArrayBuffer seen through typed-array views.
//
// Physical addresses past the end of RAM are redirected to one scratch page
// (reads return whatever was last written there, writes are dropped on the
// floor in practice), so the MMU never has to special-case holes.

export const PAGE_SIZE = 4096;

export class PhysicalMemory {
  readonly ramBytes: number;
  readonly bytes: Uint8Array;
  readonly view: DataView;
  /** Physical page number of the scratch page that stands in for non-RAM. */
  readonly scratchPage: number;
  /** Per physical page: non-zero when decoded blocks were built from it. */
  readonly codePages: Uint8Array;

  constructor(ramBytes: number) {
    if (ramBytes % PAGE_SIZE !== 0 || ramBytes < 16 * 1024 * 1024) {
      throw new RangeError(`memory size must be a multiple of 4 KiB and at least 16 MiB, got ${ramBytes}`);
    }
    this.ramBytes = ramBytes;
    const buffer = new ArrayBuffer(ramBytes + PAGE_SIZE);
    this.bytes = new Uint8Array(buffer);
    this.view = new DataView(buffer);
    this.scratchPage = ramBytes / PAGE_SIZE;
    this.codePages = new Uint8Array(this.scratchPage + 1);
  }

  /** Maps a physical page base (any number) to a usable page base inside the buffer. */
  clampPage(physPageBase: number): number {
    return physPageBase >= 0 && physPageBase < this.ramBytes ? physPageBase : this.ramBytes;
  }

  load(physAddr: number, data: Uint8Array): void {
    if (physAddr < 0 || physAddr + data.length > this.ramBytes) {
      throw new RangeError(`image at 0x${physAddr.toString(16)} (+${data.length}) does not fit in RAM`);
    }
    this.bytes.set(data, physAddr);
  }

  writeU64(physAddr: number, value: bigint): void {
    this.view.setBigUint64(physAddr, value, true);
  }
}
