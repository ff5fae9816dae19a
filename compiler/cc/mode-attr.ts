/**
 * GNU `__attribute__((mode(M)))`: the declared integer or floating type is replaced by the
 * one of machine mode M, keeping its signedness (`typedef int SItype __attribute__((mode(SI)))`,
 * `unsigned int __attribute__((mode(QI)))` is unsigned char).
 */
import type { IToken } from './chevrotain.js';
import { tyInt128, tyUInt128 } from './int128.js';
import { errorAt } from './report.js';
import {
  isFlonum, isInteger, tyChar, tyDouble, tyFloat, tyInt, tyLDouble, tyLong, tyShort, tyUChar, tyUInt, tyULong, tyUShort,
  type Type,
} from './types.js';

export interface ModeAttribute {
  name: string;
  tok: IToken;
}

const integerModes: Record<string, [Type, Type]> = {
  QI: [tyChar, tyUChar], byte: [tyChar, tyUChar], HI: [tyShort, tyUShort], SI: [tyInt, tyUInt],
  DI: [tyLong, tyULong], word: [tyLong, tyULong], pointer: [tyLong, tyULong], TI: [tyInt128, tyUInt128],
};
const floatModes: Record<string, Type> = { SF: tyFloat, DF: tyDouble, XF: tyLDouble };

export function withModeAttribute(base: Type, mode: ModeAttribute | undefined): Type {
  if (!mode) return base;
  const name = mode.name.replace(/^__(.*)__$/, '$1');
  const ints = integerModes[name];
  if (ints && isInteger(base) && base.kind !== 'bool') return ints[base.isUnsigned ? 1 : 0];
  const float = floatModes[name];
  if (float && isFlonum(base)) return float;
  return errorAt(mode.tok, `unable to emulate '${name}'`);
}
