// x87 FPU register state. Values are kept as doubles (long double arithmetic
// is rounded to 53 bits); conversion to and from the 80-bit memory format
// happens in FLD/FSTP m80 and FXSAVE/FXRSTOR.

export class X87State {
  /** Physical registers R0..R7; ST(i) is R[(top + i) & 7]. */
  readonly regs = new Float64Array(8);
  /** Bit i set = physical register i is empty. */
  empty = 0xff;
  top = 0;
  fcw = 0x37f;
  /** Status word without TOP (bits 11..13 come from `top`). */
  fsw = 0;

  reset(): void {
    this.regs.fill(0);
    this.empty = 0xff;
    this.top = 0;
    this.fcw = 0x37f;
    this.fsw = 0;
  }

  statusWord(): number {
    return (this.fsw & ~0x3800) | (this.top << 11);
  }
}

const scratch = new DataView(new ArrayBuffer(16));

/** Encodes a double as the 80-bit extended format: returns [mantissa lo, mantissa hi, sign+exponent]. */
export function toExtended(v: number): [number, number, number] {
  scratch.setFloat64(0, v, true);
  const lo = scratch.getUint32(0, true);
  const hi = scratch.getUint32(4, true);
  const sign = hi >>> 31;
  const exp = (hi >>> 20) & 0x7ff;
  let mant = BigInt(hi & 0xfffff) << 32n | BigInt(lo);
  let e: number;
  if (exp === 0 && mant === 0n) return [0, 0, sign << 15];
  if (exp === 0x7ff) {
    e = 0x7fff;
    mant = (1n << 63n) | (mant << 11n);
  } else if (exp === 0) {
    // Subnormal double: normalize into the wider exponent range.
    let shift = 0;
    while ((mant & (1n << 52n)) === 0n) { mant <<= 1n; shift++; }
    e = 1 - 1023 - shift + 16383;
    mant <<= 11n;
  } else {
    e = exp - 1023 + 16383;
    mant = ((1n << 52n) | mant) << 11n;
  }
  return [Number(mant & 0xffffffffn), Number(mant >> 32n), (sign << 15) | e];
}

/** Decodes the 80-bit extended format (rounding to a double). */
export function fromExtended(lo: number, hi: number, se: number): number {
  const sign = se & 0x8000 ? -1 : 1;
  const e = se & 0x7fff;
  const mant = (hi >>> 0) * 4294967296 + (lo >>> 0);
  if (e === 0 && mant === 0) return sign * 0;
  if (e === 0x7fff) return (hi & 0x7fffffff) === 0 && lo === 0 ? sign * Infinity : NaN;
  return sign * mant * 2 ** (e - 16383 - 63);
}
