/**
 * What the parser only sees as an unexpected token: gcc's decimal types (ISO/IEC TS
 * 18661-2), unknown names to us, and a constant with letters glued on (`1.5qq`, or a
 * decimal `1.5DD`), which C reads as one preprocessing number but our scanner, like
 * chevrotain's Lexer it is checked against, splits in two. Looked for only once parsing
 * failed (index.ts, and the parser's own `expected` errors), so the per-token path pays nothing.
 */
import type { IToken } from './chevrotain.js';
import { errorAt, isDecimalTypeName, refuseDecimalType } from './report.js';

const CONSTANT = /^(0[xX][\da-fA-F]*\.?[\da-fA-F]*(?:[pP][+-]?\d+)?|\d+\.?\d*(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?)([a-zA-Z]*)$/;

/** Refuses, in gcc's words, what the unexpected token `tok` (after `previous`) really is; returns if it is just unexpected. */
export function refuseUnknownForms(tok: IToken, previous: IToken | undefined): void {
  const decimal = [tok, previous].find((t) => t !== undefined && isDecimalTypeName(t.image));
  if (decimal) refuseDecimalType(decimal);
  // Letters glued onto a constant.
  if (previous === undefined || !/^[A-Za-z_$]/.test(tok.image) || previous.startOffset + previous.image.length !== tok.startOffset) return;
  const constant = CONSTANT.exec(previous.image);
  if (!constant) return;
  // The letters the scanner took as a suffix belong to the one gcc names (`1.5q` + `q`).
  const [, number, letters] = constant;
  const suffix = letters + tok.image;
  if (/^[dD][dDfFlL]$/.test(suffix)) errorAt(tok, `decimal floating point constants are not supported by tcc-lite ('${number}${suffix}')`);
  // gcc names the whole constant, at its start.
  const hex = /^0[xX]/.test(number);
  if (!/[eEpP]/.test(hex ? number.replace(/^0[xX][\da-fA-F.]*/, '') : number) && (hex ? /^[pP]/ : /^[eE]/).test(suffix)) {
    errorAt(previous, 'exponent has no digits');
  }
  const floating = !hex ? /[.eE]/.test(number) : /[.pP]/.test(number);
  errorAt(previous, `invalid suffix "${suffix}" on ${floating ? 'floating' : 'integer'} constant`);
}
