// Port I/O decoding: which device answers which port.

import type { IoBus } from '../cpu/cpu.js';
import type { PicPair } from './pic.js';
import type { Pit } from './pit.js';
import type { Rtc } from './rtc.js';
import type { Uart } from './uart.js';

export const POWER_OFF_PORT = 0xf4;

export class PortBus implements IoBus {
  constructor(
    private readonly pic: PicPair,
    private readonly pit: Pit,
    private readonly uart: Uart,
    private readonly rtc: Rtc,
    private readonly powerOff: (status: number) => void,
  ) {}

  portIn(port: number, size: number): number {
    if (size !== 8) {
      // Wider accesses are rare here; compose them from byte reads of the same port.
      const lo = this.portIn(port, 8);
      return size === 16 ? lo | (this.portIn(port + 1, 8) << 8) : lo | (this.portIn(port + 1, 8) << 8) | (this.portIn(port + 2, 8) << 16) | (this.portIn(port + 3, 8) << 24);
    }
    if (port >= 0x3f8 && port <= 0x3ff) return this.uart.portIn(port - 0x3f8);
    switch (port) {
      case 0x20: case 0x21: case 0xa0: case 0xa1: return this.pic.portIn(port);
      case 0x40: case 0x41: case 0x42: case 0x43: return this.pit.portIn(port);
      case 0x61: return this.pit.readPortB();
      case 0x70: case 0x71: return this.rtc.portIn(port);
      case POWER_OFF_PORT: return 0;
      default: return 0xff;
    }
  }

  portOut(port: number, size: number, value: number): void {
    if (port === POWER_OFF_PORT) {
      this.powerOff(value & 0xff);
      return;
    }
    if (size !== 8) {
      if (port >= 0x3f8 && port <= 0x3ff) { this.uart.portOut(port - 0x3f8, value & 0xff); return; }
      this.portOut(port, 8, value & 0xff);
      return;
    }
    if (port >= 0x3f8 && port <= 0x3ff) { this.uart.portOut(port - 0x3f8, value); return; }
    switch (port) {
      case 0x20: case 0x21: case 0xa0: case 0xa1: this.pic.portOut(port, value); return;
      case 0x40: case 0x41: case 0x42: case 0x43: this.pit.portOut(port, value); return;
      case 0x61: this.pit.writePortB(value); return;
      case 0x70: case 0x71: this.rtc.portOut(port, value); return;
    }
  }
}
