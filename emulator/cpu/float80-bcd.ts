// fbld/fbstp's packed BCD: 18 decimal digits, two per byte in bytes 0..8
// (least significant first), the sign in bit 7 of byte 9.

import { type F80, IE, env80, classify, NORMAL, DENORMAL, ZERO } from './float80.js';
import { fromInteger, toInteger } from './float80-convert.js';

/** fbld from the ten bytes as (lo, hi, last two bytes); the value is exact. */
export function loadBcd(lo: number, hi: number, top: number): F80 {
  const bytes = [lo, lo >>> 8, lo >>> 16, lo >>> 24, hi, hi >>> 8, hi >>> 16, hi >>> 24, top];
  let n = 0n;
  for (let i = 8; i >= 0; i--) n = n * 100n + BigInt(((bytes[i] >> 4) & 15) * 10 + (bytes[i] & 15));
  if (n === 0n) return { se: top & 0x8000, hi: 0, lo: 0 };
  return fromInteger(top & 0x8000 ? -n : n);
}

/** fbstp: rounds by RC; out of range (18 digits), NaN or infinity store the BCD indefinite (IE). */
export function storeBcd(v: F80): [number, number, number] {
  const k = classify(v);
  const sign = v.se & 0x8000;
  const before = env80.flags;
  const n = k === ZERO ? 0n : k === NORMAL || k === DENORMAL ? toInteger(v, 8, env80.rc) : undefined;
  const limit = 10n ** 18n;
  if (n === undefined || n >= limit || n <= -limit) {
    // Out of range is IE alone: no PE or C1 from the rounding.
    env80.flags = before | IE;
    return [0, 0xc0000000 | 0, 0xffff];
  }
  let m = n < 0n ? -n : n, lo = 0, hi = 0;
  for (let i = 0; i < 9; i++) {
    const pair = Number(m % 100n);
    m /= 100n;
    const byte = ((Math.floor(pair / 10) << 4) | (pair % 10)) << (8 * (i & 3));
    if (i < 4) lo |= byte; else if (i < 8) hi |= byte; else return [lo, hi, sign | (byte & 0xff)];
  }
  return [lo, hi, sign];
}
