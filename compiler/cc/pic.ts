/**
 * Position-independent code: -fpic/-fPIC (code for a shared library) and -fpie/-fPIE (for a
 * position-independent executable), with gcc's rules for which objects such code must
 * reach through the global offset table.
 *
 * Every address is %rip-relative in all modes; what differs is whether the linker may fix
 * an object's place relative to the code:
 *  - In a shared library, a global with default visibility may be preempted by another
 *    module's definition (the executable's, or an LD_PRELOADed library's), so its address
 *    is loaded from the GOT (`mov x@GOTPCREL(%rip), %rax`), which the dynamic linker fills.
 *    Static objects, string literals and hidden or internal symbols stay where this module
 *    puts them, as do protected functions; protected data does not (gcc uses the GOT for it
 *    too, so that an executable's copy relocation of it is seen).
 *  - In a PIE, data is reached directly (the linker copies a library's object into the
 *    executable), but the address of a function not defined here comes from the GOT, so that
 *    it equals the address the function's own library sees, as does a weak object's that
 *    is not defined here (it may stay undefined: zero, which no copy can be).
 * Calls need nothing: the assembler marks `call f` to a global symbol R_X86_64_PLT32, which
 * the linker routes through the PLT when f is in another module.
 *
 * A symbol's visibility is its attribute's, else the `#pragma GCC visibility` in force where
 * it was first declared (declare.ts), else, for what this file defines, -fvisibility's.
 */
import type { Obj } from './ast.js';

export interface PositionIndependence {
  /** gcc's flag_pic: 1 for -fpic/-fpie, 2 for -fPIC/-fPIE (the same code on x86-64; the macros differ). */
  level: 0 | 1 | 2;
  /** -fpie/-fPIE: the code is for an executable. */
  pie: boolean;
}

export const NOT_POSITION_INDEPENDENT: PositionIndependence = { level: 0, pie: false };

export const VISIBILITIES: readonly string[] = ['default', 'internal', 'hidden', 'protected'];

// Set per compile, as the other target options that object addressing reads (types.ts's plain char).
let mode = NOT_POSITION_INDEPENDENT;
let defaultVisibility = 'default';

/** -fpic... and -fvisibility= for the next compile. */
export function setSymbolBinding(m: PositionIndependence, visibility: string): void {
  mode = m;
  defaultVisibility = visibility;
}

/** o's ELF visibility ('default', 'hidden'...). */
export function visibilityOf(o: Obj): string {
  return o.visibility ?? (o.isDefinition || o.isTentative || o.body ? defaultVisibility : 'default');
}

/** Shared-library code: what the GOT rules above call -fpic/-fPIC. */
export function isLibraryCode(): boolean {
  return mode.level > 0 && !mode.pie;
}

/**
 * Whether code takes o's address from the GOT instead of computing it from %rip. Decided
 * as each function is generated: a later declaration can only make an object more local
 * (`static` cannot follow a definition with linkage), and the GOT is right for a local one too.
 */
export function addressFromGot(o: Obj): boolean {
  if (mode.level === 0 || o.isLocal || o.isStatic || o.isString) return false;
  if (mode.pie) return !o.isDefinition && !o.isTentative && (o.isFunction || o.isWeak);
  const v = visibilityOf(o);
  if (v === 'hidden' || v === 'internal') return false;
  return !(v === 'protected' && o.isFunction);
}

/**
 * Whether the linker resolves references to o within this module (gcc's binds_local_p):
 * static objects, hidden ones, and, outside library code, whatever this file defines.
 */
export function bindsLocally(o: Obj): boolean {
  const v = visibilityOf(o);
  if (o.isStatic || o.isString || v === 'hidden' || v === 'internal') return true;
  return !isLibraryCode() && (o.isDefinition || o.isTentative) && !o.isWeak;
}

/** The instruction putting global o's address into `reg`. */
export function addressInto(o: Obj, reg: string): string {
  return addressFromGot(o) ? `\tmov ${o.name}@GOTPCREL(%rip), ${reg}` : `\tlea ${o.name}(%rip), ${reg}`;
}
