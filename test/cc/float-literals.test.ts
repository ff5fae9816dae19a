/**
 * Floating constants are rounded once, from their exact decimal value, to their own type
 * (as gcc does): a float constant is not rounded to a double first, and a long double's
 * 64-bit mantissa comes from all of its digits, however many (gcc.dg's float-exact-1.c
 * writes 2^-16445 out in full). test/cc/programs/float_literal_rounding.c checks 54 float
 * constants against gcc.
 */
import { describe, expect, it } from 'vitest';
import { parseFloatLiteral } from '../../compiler/cc/literals.js';

/** The exact decimal of k * 2^-n, and the same moved by one unit three places further. */
function decimal(k: bigint, n: number, nudge: -1n | 0n | 1n = 0n): string {
  const places = n + 3;
  const digits = (k * 5n ** BigInt(n) * 1000n + nudge).toString().padStart(places + 1, '0');
  return `${digits.slice(0, -places)}.${digits.slice(-places)}`;
}

describe('floating constants', () => {
  it('round a float once: just below, at and above halfway between 2^-149 and 2^-148', () => {
    // 3 * 2^-150 is a double, so each of these is that double before rounding to float.
    expect(parseFloatLiteral(`${decimal(3n, 150, -1n)}f`).value).toBe(2 ** -149);
    expect(parseFloatLiteral(`${decimal(3n, 150)}f`).value).toBe(2 ** -148); // a tie: to even
    expect(parseFloatLiteral(`${decimal(3n, 150, 1n)}f`).value).toBe(2 ** -148);
  });

  it('round a float just below halfway to 2^128 to the largest float, not infinity', () => {
    const halfway = (2n ** 128n - 2n ** 103n).toString();
    expect(parseFloatLiteral(`${halfway}.0f`).value).toBe(Infinity);
    expect(parseFloatLiteral(`${BigInt(halfway) - 1n}.999f`).value).toBe(3.4028234663852886e38);
  });

  it('give a long double written with thousands of digits its own 64-bit mantissa', () => {
    const image = (text: string): number[] => [...parseFloatLiteral(text).extended ?? []];
    // Just below halfway between the two smallest subnormals, 2^-16445 and 2^-16444.
    expect(image(`${decimal(3n, 16446, -1n)}L`)).toEqual(image('0x1p-16445L'));
    expect(image(`${decimal(3n, 16446, 1n)}L`)).toEqual(image('0x1p-16444L'));
  });
});
