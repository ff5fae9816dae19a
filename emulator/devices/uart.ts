// A 16550 UART (COM1 at 0x3F8, IRQ 4) used as the console. Output goes
// straight to the host; input bytes wait in a queue behind RBR.

export class Uart {
  private readonly input: number[] = [];
  private ier = 0;
  private lcr = 0;
  private mcr = 0;
  private scr = 0;
  private dll = 1;
  private dlm = 0;
  private fifoEnabled = false;
  /** THR-empty interrupt pending (cleared by reading IIR or writing THR). */
  private threPending = false;
  private output: number[] = [];
  /** Carrier detect: dropped once the host says no more input will come (a hang-up). */
  private carrier = true;
  /** MSR delta bits (DDSR 0x02, DDCD 0x08) not yet read by the guest. */
  private msrDelta = 0;

  constructor(private readonly raiseIrq: () => void, private readonly flushOutput: (bytes: Uint8Array) => void) {}

  /** Queues host input; raises the receive interrupt if enabled. */
  receive(bytes: Uint8Array): void {
    const wasEmpty = this.input.length === 0;
    for (const b of bytes) this.input.push(b);
    if (wasEmpty && bytes.length > 0 && (this.ier & 1)) this.raiseIrq();
  }

  /**
   * The host's input ended: drop DCD and DSR, as a modem hanging up does, and raise the
   * modem-status interrupt if enabled. The guest's tty turns this into end-of-file.
   */
  hangup(): void {
    if (!this.carrier) return;
    this.carrier = false;
    this.msrDelta |= 0x0a;
    if (this.ier & 8) this.raiseIrq();
  }

  hasInput(): boolean {
    return this.input.length > 0;
  }

  /** Sends buffered output to the host. */
  flush(): void {
    if (this.output.length === 0) return;
    const bytes = Uint8Array.from(this.output);
    this.output = [];
    this.flushOutput(bytes);
  }

  portIn(offset: number): number {
    const dlab = (this.lcr & 0x80) !== 0;
    switch (offset) {
      case 0: {
        if (dlab) return this.dll;
        const b = this.input.length > 0 ? this.input.shift()! : 0;
        // More data still waiting: keep the (edge-triggered) line asserted.
        if (this.input.length > 0 && (this.ier & 1)) this.raiseIrq();
        return b;
      }
      case 1: return dlab ? this.dlm : this.ier;
      case 2: return this.readIir();
      case 3: return this.lcr;
      case 4: return this.mcr;
      case 5: return 0x60 | (this.input.length > 0 ? 1 : 0);
      case 6: return this.readMsr();
      default: return this.scr;
    }
  }

  /** Modem status: CTS always; DCD and DSR while the carrier is up; deltas clear on read. */
  private readMsr(): number {
    if (this.mcr & 0x10) return ((this.mcr & 0xc) << 4) | ((this.mcr & 3) << 4); // loopback
    const status = 0x10 | (this.carrier ? 0xa0 : 0) | this.msrDelta;
    this.msrDelta = 0;
    return status;
  }

  private readIir(): number {
    const fifo = this.fifoEnabled ? 0xc0 : 0;
    if ((this.ier & 1) && this.input.length > 0) return fifo | 0x04;
    if ((this.ier & 2) && this.threPending) {
      this.threPending = false;
      return fifo | 0x02;
    }
    if ((this.ier & 8) && this.msrDelta) return fifo | 0x00;
    return fifo | 0x01;
  }

  portOut(offset: number, v: number): void {
    const dlab = (this.lcr & 0x80) !== 0;
    switch (offset) {
      case 0:
        if (dlab) { this.dll = v; return; }
        this.output.push(v);
        if (this.output.length >= 4096) this.flush();
        // The byte leaves at once, so THR is immediately empty again.
        if (this.ier & 2) { this.threPending = true; this.raiseIrq(); }
        return;
      case 1: {
        if (dlab) { this.dlm = v; return; }
        const old = this.ier;
        this.ier = v & 0x0f;
        if ((v & 2) && !(old & 2)) { this.threPending = true; this.raiseIrq(); }
        if ((v & 1) && !(old & 1) && this.input.length > 0) this.raiseIrq();
        if ((v & 8) && !(old & 8) && this.msrDelta) this.raiseIrq();
        return;
      }
      case 2: this.fifoEnabled = (v & 1) !== 0; if (v & 2) this.input.length = 0; return;
      case 3: this.lcr = v; return;
      case 4: this.mcr = v; return;
      case 7: this.scr = v; return;
    }
  }
}
