/**
 * AT&T operand syntax → the encoder's operands:
 *   %reg   $imm   *%reg   *mem   [%seg:][disp](base[,index[,scale]])   [%seg:]disp
 */

import { Ch, Cursor } from './cursor.js';
import { parseExpr, type ExprContext } from './expr.js';
import { isConstant, type Expr } from './model.js';
import { lookupRegister, type Register } from '../x86/registers.js';
import type { MemOperand, Operand, Value } from '../x86/encoder.js';

export function toValue(e: Expr): Value<Expr> {
  return isConstant(e) ? { k: e.k, e: null } : { k: 0n, e };
}

function register(text: string, ctx: ExprContext): Register {
  const r = lookupRegister(text) ?? lookupRegister(text.replace(/\s+/g, '').toLowerCase());
  if (!r) ctx.error(`bad register name '%${text}'`);
  return r;
}

/** Reads `%name` or `%st(N)` at the cursor (which is on the '%'). */
function readRegister(c: Cursor, ctx: ExprContext): Register {
  c.pos++;
  const name = c.name();
  if (name === 'st' && c.peek() === Ch.LParen) {
    const close = c.text.indexOf(')', c.pos);
    if (close < 0) ctx.error("missing ')'");
    const inner = c.text.slice(c.pos + 1, close).trim();
    c.pos = close + 1;
    return register(`st(${inner})`, ctx);
  }
  return register(name, ctx);
}

export function parseOperand(text: string, ctx: ExprContext): Operand<Expr> {
  const c = new Cursor(text);
  c.skipSpace();
  let indirect = false;
  if (c.peek() === Ch.Star) {
    indirect = true;
    c.pos++;
    c.skipSpace();
  }
  const first = c.peek();
  if (first === Ch.Dollar && !indirect) {
    c.pos++;
    const e = parseExpr(c, ctx);
    if (!c.done) ctx.error(`junk '${c.rest()}' after expression`);
    return { type: 'imm', value: toValue(e) };
  }
  let seg: Register | null = null;
  if (first === Ch.Percent) {
    const reg = readRegister(c, ctx);
    c.skipSpace();
    if (c.peek() !== Ch.Colon) {
      if (!c.done) ctx.error(`junk '${c.rest()}' after register`);
      return { type: 'reg', reg, indirect };
    }
    if (reg.cls !== 'seg') ctx.error(`'%${reg.name}' is not a segment register`);
    seg = reg;
    c.pos++;
  }
  const mem = parseMemory(c, ctx, seg, indirect);
  // `(%dx)` is how AT&T writes the port register of in/out, not a memory operand.
  if (mem.base?.name === 'dx' && !mem.index && !mem.seg && mem.disp.e === null && mem.disp.k === 0n) {
    return { type: 'reg', reg: mem.base, indirect: false };
  }
  return mem;
}

/** Finds where a trailing `(base,index,scale)` group starts, or -1. */
function baseGroupStart(text: string, from: number): number {
  let end = text.length - 1;
  while (end >= from && (text.charCodeAt(end) === Ch.Space || text.charCodeAt(end) === Ch.Tab)) end--;
  if (end < from || text.charCodeAt(end) !== Ch.RParen) return -1;
  let depth = 0;
  for (let i = end; i >= from; i--) {
    const ch = text.charCodeAt(i);
    if (ch === Ch.RParen) depth++;
    else if (ch === Ch.LParen && --depth === 0) {
      let j = i + 1;
      while (text.charCodeAt(j) === Ch.Space) j++;
      const next = text.charCodeAt(j);
      return next === Ch.Percent || next === Ch.Comma ? i : -1;
    }
  }
  return -1;
}

function parseMemory(c: Cursor, ctx: ExprContext, seg: Register | null, indirect: boolean): MemOperand<Expr> {
  const text = c.text;
  const group = baseGroupStart(text, c.pos);
  const dispText = group < 0 ? text.slice(c.pos) : text.slice(c.pos, group);
  let disp: Value<Expr> = { k: 0n, e: null };
  if (dispText.trim() !== '') {
    const dc = new Cursor(dispText);
    const e = parseExpr(dc, ctx);
    if (!dc.done) ctx.error(`junk '${dc.rest()}' after expression`);
    disp = toValue(e);
  }
  const mem: MemOperand<Expr> = { type: 'mem', seg, base: null, index: null, scale: 1, disp, indirect, bare: group < 0 && seg === null };
  if (group < 0) return mem;
  const inner = text.slice(group + 1, text.lastIndexOf(')')).split(',');
  if (inner.length > 3) ctx.error('too many commas in memory operand');
  const baseText = inner[0].trim();
  if (baseText) mem.base = register(stripPercent(baseText, ctx), ctx);
  if (inner.length > 1) {
    const indexText = inner[1].trim();
    if (indexText) mem.index = register(stripPercent(indexText, ctx), ctx);
    if (inner.length > 2 && inner[2].trim()) {
      const sc = new Cursor(inner[2]);
      const e = parseExpr(sc, ctx);
      if (!isConstant(e)) ctx.error('scale factor must be a constant');
      mem.scale = Number(e.k);
    }
  }
  if (mem.base && mem.base.cls !== 'gpr' && mem.base.cls !== 'rip') ctx.error(`'%${mem.base.name}' is not a valid base/index expression`);
  return mem;
}

function stripPercent(t: string, ctx: ExprContext): string {
  if (t.charCodeAt(0) !== Ch.Percent) ctx.error(`bad memory operand '${t}'`);
  return t.slice(1);
}
