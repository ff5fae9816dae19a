// x87 floating point.

import type { Insn } from './insn.js';
import type { DecodeContext } from './decode.js';

export function decodeX87(_d: DecodeContext, _ins: Insn, _op: number): void {
}
