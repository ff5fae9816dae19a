/**
 * The rows of the DWARF line table, placed as GNU as 2.40 places them (dwarf2dbg.c): a
 * `.loc` sets the current location, and its row is recorded at the next instruction —
 * after any alignment padding or data written in between — or, when another `.loc` comes
 * first, at the place that second directive is read. One `.loc` gives at most one row.
 * Rows land only in code sections, and a `.loc` with line 0 gives none. dwarf.ts turns
 * the rows into .debug_line.
 */

import { SHF_ALLOC, SHF_EXECINSTR } from '../elf/constants.js';
import type { Frag, Section } from './model.js';

/** The state a `.loc` leaves (gas's `current`): is_stmt, isa and the column stay until changed. */
export interface LineState {
  file: number;
  line: number;
  column: number;
  isStmt: boolean;
  isa: number;
  /** These last only for the row they are given with. */
  discriminator: number;
  basicBlock: boolean;
  prologueEnd: boolean;
  epilogueBegin: boolean;
}

/** What one `.loc` directive says; absent fields leave the state as it is. */
export interface LocDirective {
  file: number;
  line: number;
  column?: number;
  isStmt?: boolean;
  isa?: number;
  discriminator?: number;
  basicBlock: boolean;
  prologueEnd: boolean;
  epilogueBegin: boolean;
}

export interface LineRow {
  section: Section;
  frag: Frag;
  offset: number;
  loc: LineState;
}

const CODE = SHF_ALLOC | SHF_EXECINSTR;

export class DwarfLines {
  readonly rows: LineRow[] = [];
  /** A `.loc` whose row is not placed yet (gas's dwarf2_loc_directive_seen). */
  waiting = false;
  private readonly current: LineState = {
    file: 1, line: 1, column: 0, isStmt: true, isa: 0, discriminator: 0, basicBlock: false, prologueEnd: false, epilogueBegin: false,
  };

  /** A `.loc` read at `offset` of `frag`: a previous one still waiting gets its row here first. */
  directive(d: LocDirective, frag: Frag, offset: number): void {
    if (this.waiting) this.placeRow(frag, offset);
    const c = this.current;
    c.file = d.file;
    c.line = d.line;
    if (d.column !== undefined) c.column = d.column;
    if (d.isStmt !== undefined) c.isStmt = d.isStmt;
    if (d.isa !== undefined) c.isa = d.isa;
    if (d.discriminator !== undefined) c.discriminator = d.discriminator;
    c.basicBlock ||= d.basicBlock;
    c.prologueEnd ||= d.prologueEnd;
    c.epilogueBegin ||= d.epilogueBegin;
    this.waiting = true;
  }

  /** Records the waiting `.loc`'s row at `offset` of `frag` (an instruction starts there). */
  placeRow(frag: Frag, offset: number): void {
    const c = this.current;
    const section = frag.section;
    if (c.line !== 0 && (section.flags & CODE) === CODE && !section.nobits) this.rows.push({ section, frag, offset, loc: copyState(c) });
    this.waiting = false;
    c.discriminator = 0;
    c.basicBlock = c.prologueEnd = c.epilogueBegin = false;
  }
}

/** A copy written field by field: one per row, and a spread costs more on this many. */
function copyState(c: LineState): LineState {
  return {
    file: c.file, line: c.line, column: c.column, isStmt: c.isStmt, isa: c.isa, discriminator: c.discriminator,
    basicBlock: c.basicBlock, prologueEnd: c.prologueEnd, epilogueBegin: c.epilogueBegin,
  };
}
