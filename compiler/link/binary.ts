/**
 * `ld --oformat binary`: the memory image and nothing else, as boot sectors and small
 * kernels are loaded (BIOS copies 512 bytes to 0x7c00, a loader copies the file to where
 * it was linked). Like BFD's binary target, the file starts at the lowest load address
 * (LMA) of a section with contents; each section's bytes go at its LMA minus that address,
 * gaps are zeros, and zero-fill sections (.bss) are not written, so a trailing .bss makes
 * the file no longer.
 */

import { SHF_ALLOC, SHT } from '../elf/constants.js';
import { LinkError, type OutputSection } from './types.js';

/** An image this big comes from sections placed far apart (a .data at 0x10000000 after a .text at 0x7c00). */
const MAX_IMAGE_BYTES = 1 << 30;

export function binaryImage(sections: OutputSection[], contents: Map<OutputSection, Uint8Array>): Uint8Array {
  const loaded = sections.filter((s) => (s.flags & SHF_ALLOC) !== 0 && s.type !== SHT.NOBITS && s.size > 0);
  if (loaded.length === 0) return new Uint8Array(0);
  const low = loaded.reduce((min, s) => (s.lma < min ? s.lma : min), loaded[0].lma);
  const high = loaded.reduce((max, s) => (s.lma + BigInt(s.size) > max ? s.lma + BigInt(s.size) : max), 0n);
  if (high - low > BigInt(MAX_IMAGE_BYTES)) {
    throw new LinkError(`--oformat binary: the image from 0x${low.toString(16)} to 0x${high.toString(16)} is too large`);
  }
  const image = new Uint8Array(Number(high - low));
  for (const s of loaded) {
    const bytes = contents.get(s);
    if (bytes) image.set(bytes.subarray(0, s.size), Number(s.lma - low));
  }
  return image;
}
