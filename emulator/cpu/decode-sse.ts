// SSE/SSE2 decoding (0F 10-17, 28-2F, 50-7F, C2-C6, D0-FF). The mandatory
// prefix (none, 66, F3, F2) selects ps / pd / ss / sd or the integer form.

import type { Handler, Insn } from './insn.js';
import { DecodeContext, modrm } from './decode.js';
import * as F from './ops-sse-float.js';
import * as I from './ops-sse-int.js';
import { lanes, sat16s, sat16u, sat8s, sat8u } from './ops-sse-int.js';
import { nop } from './ops-system.js';

type Prefix = '' | '66' | 'F3' | 'F2';

function prefixOf(d: DecodeContext): Prefix {
  if (d.rep === 0xf3) return 'F3';
  if (d.rep === 0xf2) return 'F2';
  return d.opsize ? '66' : '';
}

/** Handlers indexed by "<prefix>:<opcode hex>". */
const table = new Map<string, Handler>();
function def(prefixes: Prefix[], op: number, h: Handler): void {
  for (const p of prefixes) table.set(`${p}:${op.toString(16)}`, h);
}

const arith: [number, F.FloatOp][] = [[0x58, F.ADD], [0x59, F.MUL], [0x5c, F.SUB], [0x5d, F.MIN], [0x5e, F.DIV], [0x5f, F.MAX]];
for (const [op, fn] of arith) {
  const mm = op === 0x5d || op === 0x5f;
  def([''], op, F.floatArith(fn, false, false, mm));
  def(['66'], op, F.floatArith(fn, true, false, mm));
  def(['F3'], op, F.floatArith(fn, false, true, mm));
  def(['F2'], op, F.floatArith(fn, true, true, mm));
}
def([''], 0x51, F.floatUnary(Math.sqrt, false, false));
def(['66'], 0x51, F.floatUnary(Math.sqrt, true, false));
def(['F3'], 0x51, F.floatUnary(Math.sqrt, false, true));
def(['F2'], 0x51, F.floatUnary(Math.sqrt, true, true));
def([''], 0x52, F.floatUnary((v) => 1 / Math.sqrt(v), false, false));
def(['F3'], 0x52, F.floatUnary((v) => 1 / Math.sqrt(v), false, true));
def([''], 0x53, F.floatUnary((v) => 1 / v, false, false));
def(['F3'], 0x53, F.floatUnary((v) => 1 / v, false, true));
def([''], 0xc2, F.floatCompare(false, false));
def(['66'], 0xc2, F.floatCompare(true, false));
def(['F3'], 0xc2, F.floatCompare(false, true));
def(['F2'], 0xc2, F.floatCompare(true, true));
def(['', '66'], 0x2e, F.floatCompareFlags(false));
def(['', '66'], 0x2f, F.floatCompareFlags(false));
table.set('66:2e', F.floatCompareFlags(true));
table.set('66:2f', F.floatCompareFlags(true));
def(['F3'], 0x2c, F.floatToInt(false, true));
def(['F2'], 0x2c, F.floatToInt(true, true));
def(['F3'], 0x2d, F.floatToInt(false, false));
def(['F2'], 0x2d, F.floatToInt(true, false));
def(['F3'], 0x2a, F.intToFloat(false));
def(['F2'], 0x2a, F.intToFloat(true));
def(['F3'], 0x5a, F.convert('ss2sd'));
def(['F2'], 0x5a, F.convert('sd2ss'));
def([''], 0x5a, F.convert('ps2pd'));
def(['66'], 0x5a, F.convert('pd2ps'));
def([''], 0x5b, F.convert('dq2ps'));
def(['66'], 0x5b, F.convert('ps2dq'));
def(['F3'], 0x5b, F.convert('tps2dq'));
def(['F3'], 0xe6, F.convert('dq2pd'));
def(['66'], 0xe6, F.convert('tpd2dq'));
def(['F2'], 0xe6, F.convert('pd2dq'));

// Moves.
def(['', '66'], 0x10, I.loadUnaligned);
def(['', '66'], 0x11, I.storeUnaligned);
def(['F3'], 0x10, I.moveScalarLoad(4));
def(['F2'], 0x10, I.moveScalarLoad(8));
def(['F3'], 0x11, I.moveScalarStore(4));
def(['F2'], 0x11, I.moveScalarStore(8));
def(['', '66'], 0x28, I.loadAligned);
def(['', '66'], 0x29, I.storeAligned);
def(['', '66'], 0x2b, I.storeAligned);
def(['66'], 0x6f, I.loadAligned);
def(['F3'], 0x6f, I.loadUnaligned);
def(['66'], 0x7f, I.storeAligned);
def(['F3'], 0x7f, I.storeUnaligned);
def(['66'], 0xe7, I.storeAligned);
def(['', '66'], 0x12, I.moveHalf(false));
def(['', '66'], 0x16, I.moveHalf(true));
def(['', '66'], 0x13, I.storeHalf(false));
def(['', '66'], 0x17, I.storeHalf(true));
def(['66'], 0x6e, I.movdToXmm);
def(['66'], 0x7e, I.movdFromXmm);
def(['F3'], 0x7e, I.movqLoad);
def(['66'], 0xd6, I.movqStore);
def([''], 0x50, I.movmsk(false));
def(['66'], 0x50, I.movmsk(true));
def(['66'], 0xd7, I.pmovmskb);
def([''], 0x77, nop); // emms

// Bitwise (ps/pd and the integer forms share the same operation).
def(['', '66'], 0x54, I.bitwise('and'));
def(['', '66'], 0x55, I.bitwise('andn'));
def(['', '66'], 0x56, I.bitwise('or'));
def(['', '66'], 0x57, I.bitwise('xor'));
def(['66'], 0xdb, I.bitwise('and'));
def(['66'], 0xdf, I.bitwise('andn'));
def(['66'], 0xeb, I.bitwise('or'));
def(['66'], 0xef, I.bitwise('xor'));

// Shuffles and (un)packs.
def(['66'], 0x70, I.pshufd);
def(['F2'], 0x70, I.pshufw(false));
def(['F3'], 0x70, I.pshufw(true));
def([''], 0xc6, I.shufps);
def(['66'], 0xc6, I.shufpd);
def([''], 0x14, I.unpack(4, false));
def([''], 0x15, I.unpack(4, true));
def(['66'], 0x14, I.unpack(8, false));
def(['66'], 0x15, I.unpack(8, true));
def(['66'], 0x60, I.unpack(1, false));
def(['66'], 0x61, I.unpack(2, false));
def(['66'], 0x62, I.unpack(4, false));
def(['66'], 0x68, I.unpack(1, true));
def(['66'], 0x69, I.unpack(2, true));
def(['66'], 0x6a, I.unpack(4, true));
def(['66'], 0x6c, I.unpack(8, false));
def(['66'], 0x6d, I.unpack(8, true));
def(['66'], 0x63, I.pack('sswb'));
def(['66'], 0x67, I.pack('uswb'));
def(['66'], 0x6b, I.pack('ssdw'));

// Packed integer arithmetic and comparisons.
const eq = (a: number, b: number): number => (a === b ? -1 : 0);
const gt = (a: number, b: number): number => (a > b ? -1 : 0);
def(['66'], 0x74, lanes('i8', eq));
def(['66'], 0x75, lanes('i16', eq));
def(['66'], 0x76, lanes('i32', eq));
def(['66'], 0x64, lanes('i8', gt));
def(['66'], 0x65, lanes('i16', gt));
def(['66'], 0x66, lanes('i32', gt));
def(['66'], 0xfc, lanes('u8', (a, b) => a + b));
def(['66'], 0xfd, lanes('u16', (a, b) => a + b));
def(['66'], 0xfe, lanes('i32', (a, b) => (a + b) | 0));
def(['66'], 0xd4, I.lanes64(false));
def(['66'], 0xf8, lanes('u8', (a, b) => a - b));
def(['66'], 0xf9, lanes('u16', (a, b) => a - b));
def(['66'], 0xfa, lanes('i32', (a, b) => (a - b) | 0));
def(['66'], 0xfb, I.lanes64(true));
def(['66'], 0xec, lanes('i8', (a, b) => sat8s(a + b)));
def(['66'], 0xed, lanes('i16', (a, b) => sat16s(a + b)));
def(['66'], 0xdc, lanes('u8', (a, b) => sat8u(a + b)));
def(['66'], 0xdd, lanes('u16', (a, b) => sat16u(a + b)));
def(['66'], 0xe8, lanes('i8', (a, b) => sat8s(a - b)));
def(['66'], 0xe9, lanes('i16', (a, b) => sat16s(a - b)));
def(['66'], 0xd8, lanes('u8', (a, b) => sat8u(a - b)));
def(['66'], 0xd9, lanes('u16', (a, b) => sat16u(a - b)));
def(['66'], 0xd5, lanes('i16', (a, b) => Math.imul(a, b)));
def(['66'], 0xe5, lanes('i16', (a, b) => (a * b) >> 16));
def(['66'], 0xe4, lanes('u16', (a, b) => Math.floor((a * b) / 65536)));
def(['66'], 0xf4, I.pmuludq);
def(['66'], 0xf5, I.pmaddwd);
def(['66'], 0xf6, I.psadbw);
def(['66'], 0xe0, lanes('u8', (a, b) => (a + b + 1) >> 1));
def(['66'], 0xe3, lanes('u16', (a, b) => (a + b + 1) >> 1));
def(['66'], 0xda, lanes('u8', Math.min));
def(['66'], 0xde, lanes('u8', Math.max));
def(['66'], 0xea, lanes('i16', Math.min));
def(['66'], 0xee, lanes('i16', Math.max));
def(['66'], 0xd1, I.shiftXmm(2, 'r'));
def(['66'], 0xd2, I.shiftXmm(4, 'r'));
def(['66'], 0xd3, I.shiftXmm(8, 'r'));
def(['66'], 0xe1, I.shiftXmm(2, 'a'));
def(['66'], 0xe2, I.shiftXmm(4, 'a'));
def(['66'], 0xf1, I.shiftXmm(2, 'l'));
def(['66'], 0xf2, I.shiftXmm(4, 'l'));
def(['66'], 0xf3, I.shiftXmm(8, 'l'));

/** Opcodes followed by an imm8. */
const WITH_IMM = new Set([0x70, 0x71, 0x72, 0x73, 0xc2, 0xc4, 0xc5, 0xc6]);

export function decodeSse(d: DecodeContext, ins: Insn, op: number): void {
  const prefix = prefixOf(d);
  const sub = modrm(d, ins) & 7;
  if (WITH_IMM.has(op)) ins.imm = d.byte();
  ins.size = d.rexW ? 64 : 32;
  // The prefix is consumed as part of the opcode, not as a REP/operand-size modifier.
  if (op === 0xc3 && prefix === '' && ins.rm < 0) { ins.exec = I.movnti; return; }
  if (prefix === '66' && ins.rm >= 0) {
    if (op === 0x71) { ins.exec = sub === 2 ? I.shiftImm(2, 'r') : sub === 4 ? I.shiftImm(2, 'a') : sub === 6 ? I.shiftImm(2, 'l') : ins.exec; return; }
    if (op === 0x72) { ins.exec = sub === 2 ? I.shiftImm(4, 'r') : sub === 4 ? I.shiftImm(4, 'a') : sub === 6 ? I.shiftImm(4, 'l') : ins.exec; return; }
    if (op === 0x73) {
      ins.exec = sub === 2 ? I.shiftImm(8, 'r') : sub === 3 ? I.byteShift(false) : sub === 6 ? I.shiftImm(8, 'l') : sub === 7 ? I.byteShift(true) : ins.exec;
      return;
    }
    if (op === 0xc5) { ins.exec = I.pextrw; return; }
    if (op === 0xd7) { ins.exec = I.pmovmskb; return; }
    if (op === 0x50) { ins.exec = I.movmsk(true); return; }
  }
  if (prefix === '66' && op === 0xc4) { ins.exec = I.pinsrw; return; }
  if (prefix === '' && op === 0x50 && ins.rm >= 0) { ins.exec = I.movmsk(false); return; }
  // Forms that need a register (or a memory) operand specifically.
  if ((op === 0xd7 || op === 0x50) && ins.rm < 0) return;
  if ((op === 0x13 || op === 0x17 || op === 0x2b || op === 0xe7) && ins.rm >= 0) return;
  const h = table.get(`${prefix}:${op.toString(16)}`);
  if (h) ins.exec = h;
}
