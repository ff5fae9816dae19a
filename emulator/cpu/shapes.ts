// Object shapes that stay put.
//
// V8 stores a number field as a small integer (Smi) until the first value that does not
// fit, then moves the field to the double representation by giving the object a new
// hidden class (map). Every piece of optimized code specialized on the old map is then
// thrown away, and the hot functions go back to the slower tiers and are recompiled. A
// field that will hold a 64-bit linear address (RIP, CR2, FS base...) is bound to get a
// value beyond ±2^31 a few thousand instructions into the boot, so those fields start
// with a heap number instead: their representation is final from the first store.

/**
 * Zero that is not a Smi (-0 can only be a heap number), for initializing fields that
 * will hold addresses. It compares equal to 0 and prints as "0"; nothing in the emulator
 * divides by such a field or uses Object.is on it.
 */
export const ADDRESS_ZERO = -0;
