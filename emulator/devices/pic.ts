// The 8259A programmable interrupt controller pair (master at 0x20/0x21,
// slave at 0xA0/0xA1 cascaded on master line 2). Edge-triggered only.

class Pic8259 {
  irr = 0;
  isr = 0;
  imr = 0xff;
  vectorBase = 0;
  /** 0 = ready for OCWs; 2..4 = waiting for ICW2..ICW4. */
  initStep = 0;
  needIcw4 = false;
  autoEoi = false;
  readIsr = false;

  /** Highest-priority pending line (IRQ0 highest) that no in-service line blocks, or -1. */
  pendingLine(): number {
    const pending = this.irr & ~this.imr;
    if (pending === 0) return -1;
    for (let line = 0; line < 8; line++) {
      const bit = 1 << line;
      if (this.isr & bit) return -1; // an equal or higher priority line is in service
      if (pending & bit) return line;
    }
    return -1;
  }

  writeCommand(v: number): void {
    if (v & 0x10) {
      // ICW1: start initialization.
      this.initStep = 2;
      this.needIcw4 = (v & 1) !== 0;
      this.imr = 0;
      this.isr = 0;
      this.irr = 0;
      this.readIsr = false;
      return;
    }
    if ((v & 0x18) === 0x08) {
      // OCW3: select IRR or ISR for reads.
      if (v & 2) this.readIsr = (v & 1) !== 0;
      return;
    }
    // OCW2: end of interrupt.
    const cmd = v >> 5;
    if (cmd === 1) {
      // Non-specific EOI: clear the highest-priority in-service bit.
      for (let line = 0; line < 8; line++) {
        if (this.isr & (1 << line)) { this.isr &= ~(1 << line); break; }
      }
    } else if (cmd === 3) {
      this.isr &= ~(1 << (v & 7));
    }
  }

  writeData(v: number): void {
    switch (this.initStep) {
      case 2: this.vectorBase = v & 0xf8; this.initStep = 3; return;
      case 3: this.initStep = this.needIcw4 ? 4 : 0; return;
      case 4: this.autoEoi = (v & 2) !== 0; this.initStep = 0; return;
      default: this.imr = v;
    }
  }

  readCommand(): number {
    return this.readIsr ? this.isr : this.irr;
  }
}

export class PicPair {
  private readonly master = new Pic8259();
  private readonly slave = new Pic8259();

  /** Latches an edge on IRQ line 0..15. */
  raise(irq: number): void {
    if (irq < 8) this.master.irr |= 1 << irq;
    else {
      this.slave.irr |= 1 << (irq - 8);
      this.master.irr |= 1 << 2;
    }
  }

  /** True when an edge on `irq` could never reach the CPU (masked at its PIC or at the cascade). */
  isMasked(irq: number): boolean {
    if (irq < 8) return (this.master.imr & (1 << irq)) !== 0;
    return (this.slave.imr & (1 << (irq - 8))) !== 0 || (this.master.imr & 4) !== 0;
  }

  hasInterrupt(): boolean {
    this.refreshCascade();
    return this.master.pendingLine() >= 0;
  }

  /** The CPU's interrupt acknowledge cycle: moves IRR to ISR and returns the vector, or -1. */
  acknowledge(): number {
    this.refreshCascade();
    const line = this.master.pendingLine();
    if (line < 0) return -1;
    this.master.irr &= ~(1 << line);
    if (!this.master.autoEoi) this.master.isr |= 1 << line;
    if (line !== 2) return this.master.vectorBase + line;
    const sline = this.slave.pendingLine();
    if (sline < 0) return this.slave.vectorBase + 7; // spurious IRQ15
    this.slave.irr &= ~(1 << sline);
    if (!this.slave.autoEoi) this.slave.isr |= 1 << sline;
    return this.slave.vectorBase + sline;
  }

  /** The cascade line 2 reflects whether the slave has something to deliver. */
  private refreshCascade(): void {
    if (this.slave.pendingLine() >= 0) this.master.irr |= 4;
    else this.master.irr &= ~4;
  }

  portIn(port: number): number {
    switch (port) {
      case 0x20: return this.master.readCommand();
      case 0x21: return this.master.imr;
      case 0xa0: return this.slave.readCommand();
      default: return this.slave.imr;
    }
  }

  portOut(port: number, v: number): void {
    switch (port) {
      case 0x20: this.master.writeCommand(v); return;
      case 0x21: this.master.writeData(v); return;
      case 0xa0: this.slave.writeCommand(v); return;
      default: this.slave.writeData(v);
    }
  }
}
