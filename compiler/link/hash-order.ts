/**
 * The order of GNU ld's symbol hash table (bfd/hash.c), in which ld writes the global
 * symbols of the output and places COMMON symbols: by bucket of 4051, a bucket's latest
 * entry first. `names` is in the order the symbols were first met, as ld meets them; the
 * result gives each name its position. (Past 3038 names ld's table grows and moves its
 * entries; the order within a bucket may then differ from ld's, which is harmless.)
 */
export function hashTableOrder(names: string[]): Map<string, number> {
  const keyed = names.map((name, met) => ({ name, met, bucket: Number(bfdHash(name) % 4051n) }));
  keyed.sort((a, b) => a.bucket - b.bucket || b.met - a.met);
  return new Map(keyed.map((k, position) => [k.name, position]));
}

/** bfd's string hash (hash.c hash_string), on a 64-bit unsigned long. */
function bfdHash(name: string): bigint {
  let hash = 0n;
  const step = (c: bigint) => {
    hash = BigInt.asUintN(64, hash + c + (c << 17n));
    hash ^= hash >> 2n;
  };
  for (let i = 0; i < name.length; i++) step(BigInt(name.charCodeAt(i) & 0xff));
  step(BigInt(name.length));
  return hash;
}
