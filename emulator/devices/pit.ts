// The 8254 programmable interval timer, channel 0 (IRQ 0) and channel 2
// (speaker gate, port 0x61). Time is in virtual nanoseconds.

export const PIT_HZ = 1193182;
const NS_PER_SECOND = 1e9;

class PitChannel {
  mode = 0;
  access = 3;
  reload = 0x10000;
  /** Virtual time at which counting started (after the reload was written). */
  start = 0;
  armed = false;
  writeLow = true;
  pendingLow = 0;
  readLow = true;
  latched = -1;
  /** Time of the next IRQ edge (channel 0), Infinity when none. */
  nextEdge = Infinity;
  gate = false;

  periodNs(): number {
    return (this.reload * NS_PER_SECOND) / PIT_HZ;
  }

  counterAt(now: number): number {
    if (!this.armed) return 0;
    const ticks = Math.floor(((now - this.start) * PIT_HZ) / NS_PER_SECOND);
    if (this.mode === 0 || this.mode === 1) return Math.max(0, this.reload - ticks) & 0xffff;
    return (this.reload - (ticks % this.reload)) & 0xffff;
  }

  outputAt(now: number): boolean {
    if (!this.armed) return false;
    const ticks = Math.floor(((now - this.start) * PIT_HZ) / NS_PER_SECOND);
    if (this.mode === 0 || this.mode === 1) return ticks >= this.reload;
    if ((this.mode & 3) === 3) return ticks % this.reload < Math.ceil(this.reload / 2);
    return true;
  }
}

export class Pit {
  private readonly channels = [new PitChannel(), new PitChannel(), new PitChannel()];

  constructor(private readonly now: () => number, private readonly raiseIrq0: () => void) {}

  /** Earliest pending timer event, for HLT time skipping. */
  nextEventTime(): number {
    return this.channels[0].nextEdge;
  }

  /** Raises IRQ 0 for every edge due by `time` (missed edges collapse into one, as IRR does). */
  update(time: number): void {
    const ch = this.channels[0];
    if (time < ch.nextEdge) return;
    this.raiseIrq0();
    if (ch.mode === 0 || ch.mode === 1) {
      ch.nextEdge = Infinity;
      return;
    }
    const period = ch.periodNs();
    const elapsed = Math.floor((time - ch.start) / period) + 1;
    ch.nextEdge = ch.start + elapsed * period;
  }

  portIn(port: number): number {
    if (port === 0x43) return 0xff;
    const ch = this.channels[port - 0x40];
    const value = ch.latched >= 0 ? ch.latched : ch.counterAt(this.now());
    let byte: number;
    if (ch.access === 1) byte = value & 0xff;
    else if (ch.access === 2) byte = value >> 8;
    else {
      byte = ch.readLow ? value & 0xff : value >> 8;
      ch.readLow = !ch.readLow;
      if (ch.readLow) ch.latched = -1;
      return byte;
    }
    ch.latched = -1;
    return byte;
  }

  portOut(port: number, v: number): void {
    if (port === 0x43) {
      this.command(v);
      return;
    }
    const ch = this.channels[port - 0x40];
    if (ch.access === 3) {
      if (ch.writeLow) { ch.pendingLow = v; ch.writeLow = false; return; }
      ch.writeLow = true;
      this.load(port - 0x40, ch.pendingLow | (v << 8));
    } else if (ch.access === 1) this.load(port - 0x40, v);
    else this.load(port - 0x40, v << 8);
  }

  private command(v: number): void {
    const sel = v >> 6;
    if (sel === 3) {
      // Read-back: only "latch count" is supported.
      for (let i = 0; i < 3; i++) {
        if ((v & (2 << i)) && (v & 0x20) === 0) this.channels[i].latched = this.channels[i].counterAt(this.now());
      }
      return;
    }
    const ch = this.channels[sel];
    const access = (v >> 4) & 3;
    if (access === 0) {
      ch.latched = ch.counterAt(this.now());
      ch.readLow = true;
      return;
    }
    ch.access = access;
    ch.mode = (v >> 1) & 7;
    if (ch.mode > 5) ch.mode -= 4;
    ch.writeLow = true;
    ch.readLow = true;
    ch.armed = false;
    if (sel === 0) ch.nextEdge = Infinity;
  }

  private load(index: number, value: number): void {
    const ch = this.channels[index];
    ch.reload = value === 0 ? 0x10000 : value;
    ch.start = this.now();
    ch.armed = true;
    if (index === 0) ch.nextEdge = ch.start + ch.periodNs();
  }

  /** Port 0x61 (system control port B): bit 0 gate 2, bit 5 channel 2 output. */
  readPortB(): number {
    const ch = this.channels[2];
    return (ch.gate ? 1 : 0) | (ch.outputAt(this.now()) ? 0x20 : 0);
  }

  writePortB(v: number): void {
    const ch = this.channels[2];
    const gate = (v & 1) !== 0;
    if (gate && !ch.gate) ch.start = this.now();
    ch.gate = gate;
  }
}
