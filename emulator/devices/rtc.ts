// The MC146818 CMOS real-time clock at 0x70/0x71. In deterministic mode the
// clock starts at 2016-08-20 12:00:00 UTC and advances with virtual time.

export const DETERMINISTIC_EPOCH_MS = Date.UTC(2016, 7, 20, 12, 0, 0);

export class Rtc {
  private index = 0;
  private statusB = 0x02;
  private readonly nvram = new Uint8Array(128);

  /** `wallClockMs` returns the current guest wall-clock time in ms since 1970. */
  constructor(private readonly wallClockMs: () => number) {}

  private encode(v: number): number {
    return this.statusB & 4 ? v : ((v / 10) | 0) * 16 + (v % 10);
  }

  portIn(port: number): number {
    if (port === 0x70) return this.index;
    const d = new Date(this.wallClockMs());
    switch (this.index) {
      case 0x00: return this.encode(d.getUTCSeconds());
      case 0x02: return this.encode(d.getUTCMinutes());
      case 0x04: {
        const h = d.getUTCHours();
        if (this.statusB & 2) return this.encode(h);
        const h12 = h % 12 === 0 ? 12 : h % 12;
        return this.encode(h12) | (h >= 12 ? 0x80 : 0);
      }
      case 0x06: return this.encode(d.getUTCDay() + 1);
      case 0x07: return this.encode(d.getUTCDate());
      case 0x08: return this.encode(d.getUTCMonth() + 1);
      case 0x09: return this.encode(d.getUTCFullYear() % 100);
      case 0x32: return this.encode(Math.floor(d.getUTCFullYear() / 100));
      case 0x0a: return 0x26;
      case 0x0b: return this.statusB;
      case 0x0c: return 0;
      case 0x0d: return 0x80;
      default: return this.nvram[this.index];
    }
  }

  portOut(port: number, v: number): void {
    if (port === 0x70) { this.index = v & 0x7f; return; }
    if (this.index === 0x0b) this.statusB = v;
    else if (this.index >= 0x0e) this.nvram[this.index] = v;
  }
}
