// SSE/SSE2 handlers by the shared table's semantic key (`mnemonic operands`, see
// x86/table.ts). The table's mandatory prefix (none, 66, F3, F2) already tells ps / pd /
// ss / sd and the integer forms apart, and its operand kinds say which forms need a
// register (U) or a memory (M) operand; handler-map.ts binds each key below.

import type { Handler } from './insn.js';
import * as F from './ops-sse-float.js';
import * as I from './ops-sse-int.js';
import { lanes, sat16s, sat16u, sat8s, sat8u } from './ops-sse-int.js';
import { nop } from './ops-system.js';

export const SSE_HANDLERS = new Map<string, Handler>();

function def(keys: string | readonly string[], h: Handler): void {
  for (const key of typeof keys === 'string' ? [keys] : keys) SSE_HANDLERS.set(key, h);
}

// Scalar and packed floating point: <op>ps, <op>pd, <op>ss, <op>sd.
const FLAVOURS: Array<[string, boolean, boolean]> = [['ps', false, false], ['pd', true, false], ['ss', false, true], ['sd', true, true]];
const ARITH: Array<[string, F.FloatOp]> = [['add', F.ADD], ['mul', F.MUL], ['sub', F.SUB], ['div', F.DIV]];
for (const [m, fn] of ARITH) {
  for (const [suffix, double, scalar] of FLAVOURS) def(`${m}${suffix} W,V`, F.floatArith(fn, double, scalar));
}
for (const [suffix, double, scalar] of FLAVOURS) {
  def(`min${suffix} W,V`, F.floatMinMax(false, double, scalar));
  def(`max${suffix} W,V`, F.floatMinMax(true, double, scalar));
  def(`sqrt${suffix} W,V`, F.floatSqrt(double, scalar));
  def(`cmp${suffix} Ib,W,V`, F.floatCompare(double, scalar));
}
def('rsqrtps W,V', F.floatUnary((v) => 1 / Math.sqrt(v), false, false));
def('rsqrtss W,V', F.floatUnary((v) => 1 / Math.sqrt(v), false, true));
def('rcpps W,V', F.floatUnary((v) => 1 / v, false, false));
def('rcpss W,V', F.floatUnary((v) => 1 / v, false, true));
def('ucomiss W,V', F.floatCompareFlags(false, false));
def('comiss W,V', F.floatCompareFlags(false, true));
def('ucomisd W,V', F.floatCompareFlags(true, false));
def('comisd W,V', F.floatCompareFlags(true, true));
def('cvttss2si W,Gv', F.floatToInt(false, true));
def('cvttsd2si W,Gv', F.floatToInt(true, true));
def('cvtss2si W,Gv', F.floatToInt(false, false));
def('cvtsd2si W,Gv', F.floatToInt(true, false));
def('cvtsi2ss Ev,V', F.intToFloat(false));
def('cvtsi2sd Ev,V', F.intToFloat(true));
def('cvtss2sd W,V', F.convert('ss2sd'));
def('cvtsd2ss W,V', F.convert('sd2ss'));
def('cvtps2pd W,V', F.convert('ps2pd'));
def('cvtpd2ps W,V', F.convert('pd2ps'));
def('cvtdq2ps W,V', F.convert('dq2ps'));
def('cvtps2dq W,V', F.convert('ps2dq'));
def('cvttps2dq W,V', F.convert('tps2dq'));
def('cvtdq2pd W,V', F.convert('dq2pd'));
def('cvttpd2dq W,V', F.convert('tpd2dq'));
def('cvtpd2dq W,V', F.convert('pd2dq'));

// Moves.
def(['movups W,V', 'movupd W,V', 'movdqu W,V'], I.loadUnaligned);
def(['movups V,M', 'movupd V,M', 'movdqu V,M', 'movups V,U', 'movupd V,U', 'movdqu V,U'], I.storeUnaligned);
def(['movaps W,V', 'movapd W,V', 'movdqa W,V'], I.loadAligned);
def(['movaps V,M', 'movapd V,M', 'movdqa V,M', 'movaps V,U', 'movapd V,U', 'movdqa V,U'], I.storeAligned);
def(['movntps V,M', 'movntpd V,M', 'movntdq V,M'], I.storeAligned);
def('movss W,V', I.moveScalarLoad(4));
def('movsd W,V', I.moveScalarLoad(8));
def(['movss V,M', 'movss V,U'], I.moveScalarStore(4));
def(['movsd V,M', 'movsd V,U'], I.moveScalarStore(8));
// The low/high-half moves: with a register source the same opcodes are movhlps/movlhps.
def(['movlps M,V', 'movlpd M,V', 'movhlps U,V'], I.moveHalf(false));
def(['movhps M,V', 'movhpd M,V', 'movlhps U,V'], I.moveHalf(true));
def(['movlps V,M', 'movlpd V,M'], I.storeHalf(false));
def(['movhps V,M', 'movhpd V,M'], I.storeHalf(true));
def(['movd Ed,V', 'movq Eq,V'], I.movdToXmm);
def(['movd V,Ed', 'movq V,Eq'], I.movdFromXmm);
def('movq W,V', I.movqLoad);
def(['movq V,M', 'movq V,U'], I.movqStore);
def('movmskps U,Gd', I.movmsk(false));
def('movmskpd U,Gd', I.movmsk(true));
def('pmovmskb U,Gd', I.pmovmskb);
def('movnti Gv,M', I.movnti);
def('emms -', nop);

// Bitwise (ps/pd and the integer forms share the same operation).
for (const op of ['and', 'andn', 'or', 'xor'] as const) def([`${op}ps W,V`, `${op}pd W,V`, `p${op} W,V`], I.bitwise(op));

// Shuffles and (un)packs.
def('pshufd Ib,W,V', I.pshufd);
def('pshuflw Ib,W,V', I.pshufw(false));
def('pshufhw Ib,W,V', I.pshufw(true));
def('shufps Ib,W,V', I.shufps);
def('shufpd Ib,W,V', I.shufpd);
def('pinsrw Ib,Ed,V', I.pinsrw);
def('pextrw Ib,U,Gd', I.pextrw);
def('unpcklps W,V', I.unpack(4, false));
def('unpckhps W,V', I.unpack(4, true));
def('unpcklpd W,V', I.unpack(8, false));
def('unpckhpd W,V', I.unpack(8, true));
def('punpcklbw W,V', I.unpack(1, false));
def('punpcklwd W,V', I.unpack(2, false));
def('punpckldq W,V', I.unpack(4, false));
def('punpckhbw W,V', I.unpack(1, true));
def('punpckhwd W,V', I.unpack(2, true));
def('punpckhdq W,V', I.unpack(4, true));
def('punpcklqdq W,V', I.unpack(8, false));
def('punpckhqdq W,V', I.unpack(8, true));
def('packsswb W,V', I.pack('sswb'));
def('packuswb W,V', I.pack('uswb'));
def('packssdw W,V', I.pack('ssdw'));

// Packed integer arithmetic and comparisons.
const eq = (a: number, b: number): number => (a === b ? -1 : 0);
const gt = (a: number, b: number): number => (a > b ? -1 : 0);
def('pcmpeqb W,V', lanes('i8', eq));
def('pcmpeqw W,V', lanes('i16', eq));
def('pcmpeqd W,V', lanes('i32', eq));
def('pcmpgtb W,V', lanes('i8', gt));
def('pcmpgtw W,V', lanes('i16', gt));
def('pcmpgtd W,V', lanes('i32', gt));
def('paddb W,V', lanes('u8', (a, b) => a + b));
def('paddw W,V', lanes('u16', (a, b) => a + b));
def('paddd W,V', lanes('i32', (a, b) => (a + b) | 0));
def('paddq W,V', I.lanes64(false));
def('psubb W,V', lanes('u8', (a, b) => a - b));
def('psubw W,V', lanes('u16', (a, b) => a - b));
def('psubd W,V', lanes('i32', (a, b) => (a - b) | 0));
def('psubq W,V', I.lanes64(true));
def('paddsb W,V', lanes('i8', (a, b) => sat8s(a + b)));
def('paddsw W,V', lanes('i16', (a, b) => sat16s(a + b)));
def('paddusb W,V', lanes('u8', (a, b) => sat8u(a + b)));
def('paddusw W,V', lanes('u16', (a, b) => sat16u(a + b)));
def('psubsb W,V', lanes('i8', (a, b) => sat8s(a - b)));
def('psubsw W,V', lanes('i16', (a, b) => sat16s(a - b)));
def('psubusb W,V', lanes('u8', (a, b) => sat8u(a - b)));
def('psubusw W,V', lanes('u16', (a, b) => sat16u(a - b)));
def('pmullw W,V', lanes('i16', (a, b) => Math.imul(a, b)));
def('pmulhw W,V', lanes('i16', (a, b) => (a * b) >> 16));
def('pmulhuw W,V', lanes('u16', (a, b) => Math.floor((a * b) / 65536)));
def('pmuludq W,V', I.pmuludq);
def('pmaddwd W,V', I.pmaddwd);
def('psadbw W,V', I.psadbw);
def('pavgb W,V', lanes('u8', (a, b) => (a + b + 1) >> 1));
def('pavgw W,V', lanes('u16', (a, b) => (a + b + 1) >> 1));
def('pminub W,V', lanes('u8', Math.min));
def('pmaxub W,V', lanes('u8', Math.max));
def('pminsw W,V', lanes('i16', Math.min));
def('pmaxsw W,V', lanes('i16', Math.max));

// Shifts by an xmm count (W,V) or an immediate (Ib,U: the /digit picked the shift).
const SHIFTS: Array<[string, number, 'r' | 'a' | 'l']> = [
  ['psrlw', 2, 'r'], ['psrld', 4, 'r'], ['psrlq', 8, 'r'], ['psraw', 2, 'a'], ['psrad', 4, 'a'],
  ['psllw', 2, 'l'], ['pslld', 4, 'l'], ['psllq', 8, 'l'],
];
for (const [m, width, kind] of SHIFTS) {
  def(`${m} W,V`, I.shiftXmm(width, kind));
  def(`${m} Ib,U`, I.shiftImm(width, kind));
}
def('psrldq Ib,U', I.byteShift(false));
def('pslldq Ib,U', I.byteShift(true));
