/**
 * Seeded pseudo-random generators for the tests' random cases: the same seed gives the
 * same cases on every run and machine, so a failure reproduces.
 */

/** xorshift32: the next value is a uint32. */
export function xorshift32(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s;
  };
}

/** mulberry32: the next value is a float in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A seeded choice among n (0..n-1), from xorshift32: picks grammar alternatives. */
export function seededChoice(seed: number): (n: number) => number {
  const next = xorshift32(seed);
  return (n) => next() % n;
}
