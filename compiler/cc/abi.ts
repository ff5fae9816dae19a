/**
 * System V AMD64 classification of arguments and return values into eightbytes
 * (INTEGER / SSE / MEMORY), as the psABI §3.2.3 describes and gcc implements.
 */
import { isAggregate, isFlonum, type Type } from './types.js';

// SSEUP: the upper half of a 16-byte vector, which travels in the same xmm register as its SSE half.
export type EightbyteClass = 'INTEGER' | 'SSE' | 'SSEUP' | 'MEMORY' | 'NONE';

/** One class per eightbyte; `['MEMORY']` when the value travels in memory, `[]` for an empty struct. */
export function classify(ty: Type): EightbyteClass[] {
  if (ty.kind === 'ldouble') return ['MEMORY'];
  if (isFlonum(ty)) return ['SSE'];
  if (!isAggregate(ty) && ty.kind !== 'array') return ['INTEGER'];
  // gcc passes and returns an empty struct (a GNU extension) in nothing at all: no register, no stack slot.
  if (ty.size === 0) return [];
  if (ty.size > 16) return ['MEMORY'];
  const classes: EightbyteClass[] = ty.size > 8 ? ['NONE', 'NONE'] : ['NONE'];
  if (!classifyInto(ty, 0, classes)) return ['MEMORY'];
  if (classes.includes('MEMORY')) return ['MEMORY'];
  // An SSEUP not preceded by SSE (a union with a double over a vector's upper half) is plain SSE.
  return classes.map((c, i) => (c === 'NONE' || (c === 'SSEUP' && classes[i - 1] !== 'SSE') ? 'SSE' : c));
}

/**
 * `_Complex long double` is the psABI's COMPLEX_X87 class: passed in memory like any
 * 32-byte value, but returned on the x87 stack (real part in st0, imaginary in st1).
 */
export function isComplexX87(ty: Type): boolean {
  return ty.complexBase?.kind === 'ldouble';
}

/** Is a value of this type returned through a hidden pointer (in %rdi, echoed in %rax)? */
export function returnsInMemory(ty: Type): boolean {
  return isAggregate(ty) && !isComplexX87(ty) && classify(ty)[0] === 'MEMORY';
}

function merge(a: EightbyteClass, b: EightbyteClass): EightbyteClass {
  if (a === b) return a;
  if (a === 'NONE') return b;
  if (b === 'NONE') return a;
  if (a === 'MEMORY' || b === 'MEMORY') return 'MEMORY';
  if (a === 'INTEGER' || b === 'INTEGER') return 'INTEGER';
  return 'SSE';
}

/** Merges every scalar inside `ty` (at byte `offset`) into its eightbyte; false if misaligned. */
function classifyInto(ty: Type, offset: number, classes: EightbyteClass[]): boolean {
  if (ty.vectorElem || ty.isFloat128) {
    // A vector of 8 or 16 bytes is SSE whatever its lanes are (gcc's __m64 and __m128
    // classes); gcc passes smaller ones like integers. _Float128 is SSE + SSEUP as well.
    if (offset % ty.align !== 0) return false;
    const idx = Math.floor(offset / 8);
    if (idx < classes.length) classes[idx] = merge(classes[idx], ty.size < 8 ? 'INTEGER' : 'SSE');
    if (ty.size === 16 && idx + 1 < classes.length) classes[idx + 1] = merge(classes[idx + 1], 'SSEUP');
    return true;
  }
  if (ty.kind === 'array') {
    for (let i = 0; i < Math.max(ty.arrayLen, 0); i++) {
      if (!classifyInto(ty.base!, offset + i * ty.base!.size, classes)) return false;
    }
    return true;
  }
  if (isAggregate(ty)) {
    for (const m of ty.members) {
      if (m.isBitfield) {
        const idx = Math.floor((offset * 8 + m.offset * 8 + m.bitOffset) / 64);
        if (idx < classes.length) classes[idx] = merge(classes[idx], 'INTEGER');
        continue;
      }
      if (!classifyInto(m.ty, offset + m.offset, classes)) return false;
    }
    return true;
  }
  if (offset % ty.align !== 0) return false;
  const idx = Math.floor(offset / 8);
  if (idx >= classes.length) return true;
  const c: EightbyteClass = ty.kind === 'ldouble' ? 'MEMORY' : isFlonum(ty) ? 'SSE' : 'INTEGER';
  classes[idx] = merge(classes[idx], c);
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
