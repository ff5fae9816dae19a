/**
 * System V AMD64 classification of arguments and return values into eightbytes
 * (INTEGER / SSE / MEMORY), as the psABI §3.2.3 describes and gcc implements.
 */
import { isAggregate, isFlonum, type Type } from './types.js';

export type EightbyteClass = 'INTEGER' | 'SSE' | 'MEMORY' | 'NONE';

/** One class per eightbyte; `['MEMORY']` when the value travels in memory. */
export function classify(ty: Type): EightbyteClass[] {
  if (ty.kind === 'ldouble') return ['MEMORY'];
  if (isFlonum(ty)) return ['SSE'];
  if (!isAggregate(ty) && ty.kind !== 'array') return ['INTEGER'];
  if (ty.size > 16 || ty.size === 0) return ['MEMORY'];
  const classes: EightbyteClass[] = ty.size > 8 ? ['NONE', 'NONE'] : ['NONE'];
  if (!classifyInto(ty, 0, classes)) return ['MEMORY'];
  if (classes.includes('MEMORY')) return ['MEMORY'];
  return classes.map((c) => (c === 'NONE' ? 'SSE' : c));
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
