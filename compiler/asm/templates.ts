/**
 * Instruction templates: an instruction whose operands name symbols (`lea table(%rip),%rdi`,
 * `mov x(%rip),%eax`, `movl $buf,%edi`) cannot be cached as bytes, but its text still
 * always gives the same bytes and the same fixups against the same symbols, as long as
 * each of those symbols still stands for a location and not for a constant. A template
 * is that encoding, kept by the statement's text (next to the byte cache), and replayed
 * instead of parsing and encoding the text again.
 *
 * Only the plainest shapes become templates: each symbol the operands named is the whole
 * symbolic part of one fixup (`sym` or `sym+k`, no modifier, no difference), so nothing
 * was folded from the symbols' state at the time (a difference of two labels, a symbol
 * set to a constant); `.`, local labels (`1f`) and `@` modifiers are left out entirely.
 */

import { Ch, isNameChar, isNameStart } from './cursor.js';
import { isLocalLabelName, type Expr, type Fixup, type Sym } from './model.js';

/** A fixup of the template, relative to the template's first byte. */
export type TemplateFixup = Omit<Fixup, 'frag' | 'file' | 'line'>;

export interface InstructionTemplate {
  bytes: Uint8Array;
  fixups: TemplateFixup[];
  /** The symbols the operands named (each is the `add` of a fixup). */
  symbols: Sym[];
  /** Symbols named first in an operand: GNU as puts such a local label on its chain at each use. */
  leading: Sym[];
}

/** What an encoding produced and read, for `makeTemplate` to judge. */
export interface EncodingRecord {
  bytes: Uint8Array;
  fixups: readonly Fixup[];
  /** First byte of the instruction in its fragment (fixup offsets are relative to the fragment). */
  start: number;
  /** Every symbol looked up while parsing the operands, in order. */
  referenced: readonly Sym[];
  /** The operand texts. */
  operands: readonly string[];
}

/**
 * A template for the encoding, or null when replaying it might not give what the general
 * path would. `lookup` finds an existing symbol by name without creating it.
 */
export function makeTemplate(rec: EncodingRecord, lookup: (name: string) => Sym | undefined): InstructionTemplate | null {
  if (rec.referenced.length === 0 || rec.fixups.length !== rec.referenced.length) return null;
  // Compiler-made local labels (a jump table, a string literal) are named from one place:
  // their templates would only fill the cache.
  if (rec.referenced.some((s) => isLocalLabelName(s.name))) return null;
  const fixups: TemplateFixup[] = [];
  // Each symbol looked up must be the whole symbolic part of its own fixup (the fixups come
  // in encoding order, not operand order: match them as a multiset).
  const unmatched = [...rec.referenced];
  for (const f of rec.fixups) {
    const at = f.explicit || f.expr.add === null ? -1 : unmatched.indexOf(f.expr.add);
    if (at < 0 || !isPlainReference(f.expr, unmatched[at])) return null;
    unmatched.splice(at, 1);
    fixups.push({ offset: f.offset - rec.start, size: f.size, expr: f.expr, pcrel: f.pcrel, signed: f.signed, trailing: f.trailing, rex: f.rex, field: f.field });
  }
  const leading: Sym[] = [];
  for (const op of rec.operands) {
    const name = leadingName(op);
    if (name === null) continue;
    const sym = lookup(name);
    // A leading name that did not become a symbol could become one later (then it would be promoted).
    if (sym === undefined) return null;
    leading.push(sym);
  }
  return { bytes: rec.bytes, fixups, symbols: [...rec.referenced], leading };
}

function isPlainReference(e: Expr, sym: Sym): boolean {
  return e.add === sym && e.sub === null && e.mod === '';
}

/** Whether the template still holds: no symbol it names has become a constant since (`.set x, 5`). */
export function templateHolds(t: InstructionTemplate): boolean {
  for (const s of t.symbols) if (s.absolute !== null && s.section === null && s.common === null) return false;
  return true;
}

/** Texts a template is never made for: modifiers (`@GOTPCREL` has side effects) and local labels. */
export function mayBeTemplate(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === Ch.At) return false;
  return true;
}

/**
 * The symbol name an operand starts with (after `*`), as Assembler.promoteLeadingName
 * finds it; null for registers, immediates, numbers and parenthesised memory operands.
 */
export function leadingName(operand: string): string | null {
  const first = operand.charCodeAt(0);
  if (first === Ch.Percent || first === Ch.Dollar || first === Ch.LParen || (first >= Ch.D0 && first <= Ch.D9) || first === Ch.Minus) return null;
  let p = skipBlanks(operand, 0);
  if (operand.charCodeAt(p) === Ch.Star) p = skipBlanks(operand, p + 1);
  if (p >= operand.length || !isNameStart(operand.charCodeAt(p))) return null;
  let end = p + 1;
  while (end < operand.length && isNameChar(operand.charCodeAt(end))) end++;
  return operand.slice(p, end);
}

function skipBlanks(text: string, p: number): number {
  for (;;) {
    const c = text.charCodeAt(p);
    if (c !== Ch.Space && c !== Ch.Tab && c !== 13 && c !== 12 && c !== 11) return p;
    p++;
  }
}
