// x87 FPU register state. Each physical register holds the raw 80-bit image
// (sign+exponent word and a 64-bit significand in two halves), exactly as the
// hardware does, so FXSAVE/FNSAVE images and m80 stores are bit-exact;
// float80.ts computes on these images.

import { classify, NORMAL, ZERO, type F80 } from './float80.js';

export class X87State {
  /** Physical registers R0..R7: sign and biased exponent; ST(i) is R[(top + i) & 7]. */
  readonly se = new Uint16Array(8);
  /** Significand bits 63..32 (bit 63 is the explicit integer bit). */
  readonly hi = new Uint32Array(8);
  /** Significand bits 31..0. */
  readonly lo = new Uint32Array(8);
  /** Bit i set = physical register i is empty. */
  empty = 0xff;
  top = 0;
  fcw = 0x37f;
  /** Status word without TOP (bits 11..13 come from `top`). */
  fsw = 0;

  reset(): void {
    this.se.fill(0);
    this.hi.fill(0);
    this.lo.fill(0);
    this.init();
  }

  /** fninit: default control word, clear status, all registers empty (their contents stay). */
  init(): void {
    this.empty = 0xff;
    this.top = 0;
    this.fcw = 0x37f;
    this.fsw = 0;
  }

  statusWord(): number {
    return (this.fsw & ~0x3800) | (this.top << 11);
  }

  /** The value in physical register p (whether or not it is tagged empty). */
  physical(p: number): F80 {
    return { se: this.se[p], hi: this.hi[p], lo: this.lo[p] };
  }

  setPhysical(p: number, v: F80): void {
    this.se[p] = v.se;
    this.hi[p] = v.hi;
    this.lo[p] = v.lo;
  }

  /** The full tag word: two bits per physical register (0 valid, 1 zero, 2 special, 3 empty). */
  tagWord(): number {
    let tags = 0;
    for (let p = 0; p < 8; p++) {
      let tag = 3;
      if ((this.empty & (1 << p)) === 0) {
        const k = classify(this.physical(p));
        tag = k === NORMAL ? 0 : k === ZERO ? 1 : 2;
      }
      tags |= tag << (2 * p);
    }
    return tags;
  }
}
