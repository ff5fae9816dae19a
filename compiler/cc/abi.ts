/**
 * System V AMD64 classification of arguments and return values into eightbytes
 * (INTEGER / SSE / MEMORY), as the psABI §3.2.3 describes and gcc implements.
 */
import { isAggregate, isFlonum, type Type } from './types.js';

// SSEUP: the upper half of a 16-byte vector, which travels in the same xmm register as its SSE half.
// NONE: an eightbyte of padding, passed in nothing.
export type EightbyteClass = 'INTEGER' | 'SSE' | 'SSEUP' | 'MEMORY' | 'NONE';

/** One class per eightbyte; `['MEMORY']` when the value travels in memory, `[]` for an empty struct. */
export function classify(ty: Type): EightbyteClass[] {
  if (ty.kind === 'ldouble') return ['MEMORY'];
  if (isFlonum(ty)) return ['SSE'];
  if (!isAggregate(ty) && ty.kind !== 'array') return ['INTEGER'];
  // gcc passes and returns an empty struct (a GNU extension) in nothing at all: no register, no stack slot.
  if (ty.size === 0) return [];
  const classes = aggregateClasses(ty);
  // An x87 eightbyte (a long double's) travels in memory as an argument.
  if (classes.some((c) => c === 'MEMORY' || c === 'X87' || c === 'X87UP')) return ['MEMORY'];
  // An SSEUP not preceded by SSE (a union with a double over a vector's upper half) is plain
  // SSE. A NONE eightbyte (only padding or empty members) travels in no register at all.
  return classes.map((c, i): EightbyteClass => (c === 'SSEUP' && classes[i - 1] !== 'SSE' ? 'SSE' : (c as EightbyteClass)));
}

/**
 * How many x87 registers a returned value of this type comes back in, when it is an
 * aggregate the psABI returns on the x87 stack: 2 for `_Complex long double` (COMPLEX_X87:
 * real part in st0, imaginary in st1), 1 for a struct or union whose eightbytes are X87 +
 * X87UP (one `long double` and nothing else in its bytes: st0), else 0. As arguments both
 * travel in memory.
 */
export function x87ReturnRegisters(ty: Type): number {
  if (ty.complexBase?.kind === 'ldouble') return 2;
  if (!isAggregate(ty) || ty.size !== 16) return 0;
  const classes = aggregateClasses(ty);
  return classes[0] === 'X87' && classes[1] === 'X87UP' ? 1 : 0;
}

/** Is a value of this type returned through a hidden pointer (in %rdi, echoed in %rax)? */
export function returnsInMemory(ty: Type): boolean {
  return isAggregate(ty) && x87ReturnRegisters(ty) === 0 && classify(ty)[0] === 'MEMORY';
}

/** The psABI's classes before the passing rules: with a long double's X87 and X87UP halves. */
type RawClass = EightbyteClass | 'X87' | 'X87UP';

/** A struct's or union's eightbyte classes, after gcc's merge and its post-merger cleanup. */
function aggregateClasses(ty: Type): RawClass[] {
  if (ty.size > 16) return ['MEMORY'];
  const classes: RawClass[] = ty.size > 8 ? ['NONE', 'NONE'] : ['NONE'];
  if (!classifyInto(ty, 0, classes)) return ['MEMORY'];
  // An X87UP whose X87 half merged into something else cannot be returned on the x87 stack either.
  return classes.some((c, i) => c === 'X87UP' && classes[i - 1] !== 'X87') ? ['MEMORY'] : classes;
}

/** gcc's merge_classes, in the psABI's order: MEMORY, then INTEGER, then x87 means MEMORY, then SSE. */
function merge(a: RawClass, b: RawClass): RawClass {
  if (a === b) return a;
  if (a === 'NONE') return b;
  if (b === 'NONE') return a;
  if (a === 'MEMORY' || b === 'MEMORY') return 'MEMORY';
  if (a === 'INTEGER' || b === 'INTEGER') return 'INTEGER';
  if (a === 'X87' || a === 'X87UP' || b === 'X87' || b === 'X87UP') return 'MEMORY';
  return 'SSE';
}

/** Merges every scalar inside `ty` (at byte `offset`) into its eightbyte; false if misaligned. */
function classifyInto(ty: Type, offset: number, classes: RawClass[]): boolean {
  if (ty.vectorElem || ty.isFloat128) {
    // A vector of 8 or 16 bytes is SSE whatever its lanes are (gcc's __m64 and __m128
    // classes); gcc passes smaller ones like integers. _Float128 is SSE + SSEUP as well.
    if (offset % ty.size !== 0) return false;
    const idx = Math.floor(offset / 8);
    if (idx < classes.length) classes[idx] = merge(classes[idx], ty.size < 8 ? 'INTEGER' : 'SSE');
    if (ty.size === 16 && idx + 1 < classes.length) classes[idx + 1] = merge(classes[idx + 1], 'SSEUP');
    return true;
  }
  if (ty.kind === 'array') {
    // gcc's quirk: a zero-length array off an eightbyte boundary is classified as one element
    // there (so one too big for registers sends the record to memory); on a boundary, as nothing.
    if (ty.arrayLen === 0 && offset % 8 !== 0) return ty.base!.size <= 16 && classifyInto(ty.base!, offset, classes);
    for (let i = 0; i < Math.max(ty.arrayLen, 0); i++) {
      if (!classifyInto(ty.base!, offset + i * ty.base!.size, classes)) return false;
    }
    return true;
  }
  if (isAggregate(ty)) {
    // gcc classifies a record inside a record on its own, post-merger cleanup included, and
    // merges the result: a union of a char and a long double is MEMORY even inside another.
    const own: RawClass[] = classes.map(() => 'NONE');
    for (const m of ty.members) {
      // In a union gcc classifies a bit-field as its declared type.
      if (m.isBitfield && ty.kind === 'struct') {
        // Every eightbyte the bit-field touches: one may straddle two.
        const first = offset * 8 + m.offset * 8 + m.bitOffset;
        for (let idx = Math.floor(first / 64); idx <= Math.floor((first + m.bitWidth - 1) / 64) && idx < own.length; idx++) {
          own[idx] = merge(own[idx], 'INTEGER');
        }
        continue;
      }
      if (!classifyInto(m.ty, offset + m.offset, own)) return false;
    }
    if (own.includes('MEMORY') || own.some((c, i) => c === 'X87UP' && own[i - 1] !== 'X87')) return false;
    own.forEach((c, i) => (classes[i] = merge(classes[i], c === 'SSEUP' && own[i - 1] !== 'SSE' ? 'SSE' : c)));
    return true;
  }
  // Misaligned for its size, whatever alignment a typedef or attribute gave it: memory, as gcc.
  if (offset % ty.size !== 0) return false;
  const idx = Math.floor(offset / 8);
  if (idx >= classes.length) return true;
  if (ty.kind === 'ldouble') {
    classes[idx] = merge(classes[idx], 'X87');
    if (idx + 1 < classes.length) classes[idx + 1] = merge(classes[idx + 1], 'X87UP');
    return true;
  }
  classes[idx] = merge(classes[idx], isFlonum(ty) ? 'SSE' : 'INTEGER');
  return true;
}

export function countClasses(classes: EightbyteClass[]): { gp: number; fp: number } {
  let gp = 0;
  let fp = 0;
  for (const c of classes) {
    if (c === 'INTEGER') gp++;
    else if (c === 'SSE') fp++;
  }
  return { gp, fp };
}

export const argRegs64 = ['%rdi', '%rsi', '%rdx', '%rcx', '%r8', '%r9'];
