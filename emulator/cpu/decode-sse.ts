// SSE/SSE2 decoding (0F 10-17, 28-2F, 50-7F, C2-C6, D0-FF).

import type { Insn } from './insn.js';
import type { DecodeContext } from './decode.js';

export function decodeSse(_d: DecodeContext, _ins: Insn, _op: number): void {
  // Filled in below; unknown opcodes stay #UD.
}
