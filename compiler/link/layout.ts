/**
 * Address assignment: walks the script's statements with the location counter `.`,
 * giving each output section its address (VMA) and load address (LMA), each input
 * section its offset, and each script symbol its value.
 *
 * An expression may name a symbol or section placed later in the script. Like GNU ld we
 * simply lay out again with the values from the previous pass until nothing moves (a
 * few passes at most), so forward references settle without a dependency analysis.
 */

import { SHF_ALLOC, SHF_EXECINSTR, SHF_MERGE, SHF_STRINGS, SHF_TLS, SHF_WRITE, SHT } from '../elf/constants.js';
import { globalAddress, globalSection, U64 } from './address.js';
import { mapSections } from './mapping.js';
import { mergeSections } from './merge.js';
import type { Assignment, Expr, InputSpec, LinkerScript, OutputSectionStatement, SectionItem, Statement } from './script-ast.js';
import { LinkError, type GlobalSymbol, type InputSection, type OutputSection } from './types.js';

export const PAGE_SIZE = 0x1000n;

export interface LayoutOptions {
  globals: Map<string, GlobalSymbol>;
  sizeofHeaders: number;
  scriptName: string;
  hasRelocations: (s: InputSection) => boolean;
  /**
   * DATA_SEGMENT_ALIGN starts the data on a fresh page even when no RELRO section exists.
   * GNU ld 2.40 does this when the program has .eh_frame (observed; without unwind tables,
   * or with -z norelro, it keeps the low address bits as ld's lang_size_segment describes).
   */
  pageAlignData?: boolean;
  /** Edits the .eh_frame inputs of an output section, knowing what /DISCARD/ dropped. */
  editEhFrames?: (inputs: InputSection[], discarded: Set<InputSection>) => void;
  /** ld -Ttext/-Tdata/-Tbss/--section-start: these output sections start there, whatever the script says. */
  sectionStarts?: Map<string, bigint>;
  /** ld -Ttext-segment and friends: what SEGMENT_START("text-segment", default) gives instead of its default. */
  segmentStarts?: Map<string, bigint>;
  /** ld -z relro (its default): DATA_SEGMENT_RELRO_END ends a read-only-after-relocation region on a page boundary. */
  relro?: boolean;
}

export interface Layout {
  /** Every output section in script order (emitted or not). */
  all: OutputSection[];
  /** Output sections that appear in the file, in script order. */
  sections: OutputSection[];
  discarded: Set<InputSection>;
  /** For the -Map: the statements (orphans inserted), the inputs each description took, each assignment's value. */
  statements: Statement[];
  claimed: Map<InputSpec, InputSection[]>;
  assigned: Map<Assignment, bigint>;
  /** DATA_SEGMENT_ALIGN's start and DATA_SEGMENT_RELRO_END's end, when the script has them (PT_GNU_RELRO). */
  relro?: { start: bigint; end: bigint };
}

export function alignUp(v: bigint, align: bigint): bigint {
  if (align <= 1n) return v;
  return U64((v + align - 1n) & ~(align - 1n));
}

interface PassState {
  dot: bigint;
  /** VMA − LMA of the previous allocated section, carried to sections without AT(). */
  lmaDelta: bigint;
  changed: boolean;
  final: boolean;
  /** Undefined names met in expressions, and where (the script, or --defsym). */
  missing: Map<string, string>;
  where: string;
}

export class LayoutEngine {
  private readonly outputs = new Map<OutputSectionStatement, OutputSection>();
  private readonly byName = new Map<string, OutputSection>();
  private readonly statements: Statement[];
  private readonly inputsOf = new Map<OutputSectionStatement, InputSection[]>();
  private readonly claimed: Map<InputSpec, InputSection[]>;
  readonly discarded: Set<InputSection>;
  /** The value each assignment gave in the last pass: the layout is done when none changes. */
  private readonly assigned = new Map<Assignment, bigint>();

  constructor(script: LinkerScript, inputs: InputSection[], private readonly opts: LayoutOptions) {
    const mapping = mapSections(script, inputs);
    this.statements = mapping.statements;
    this.claimed = mapping.claimed;
    this.discarded = mapping.discarded;
    for (const stmt of this.statements) {
      if (stmt.kind !== 'section' || stmt.name === '/DISCARD/') continue;
      const list = stmt.items.flatMap((it) => (it.kind === 'input' ? this.claimed.get(it) ?? [] : []));
      mergeSections(list, opts.hasRelocations);
      opts.editEhFrames?.(list, this.discarded);
      this.inputsOf.set(stmt, list);
      const out = this.createOutput(stmt, list);
      this.outputs.set(stmt, out);
      if (!this.byName.has(stmt.name)) this.byName.set(stmt.name, out);
    }
  }

  private createOutput(stmt: OutputSectionStatement, inputs: InputSection[]): OutputSection {
    let flags = 0;
    for (const s of inputs) flags |= s.flags & (SHF_ALLOC | SHF_WRITE | SHF_EXECINSTR | SHF_TLS);
    const hasData = stmt.items.some((it) => it.kind === 'data');
    const types = new Set(inputs.map((s) => s.type));
    let type: number = SHT.PROGBITS;
    // As ld: zero-fill when nothing in it has bytes (only `.` moves, or only .bss inputs).
    if (stmt.noload || (types.size === 0 || (types.size === 1 && types.has(SHT.NOBITS))) && !hasData) type = SHT.NOBITS;
    else if (types.size === 1 && !hasData && inputs.length > 0) {
      const only = inputs[0].type;
      if (only === SHT.INIT_ARRAY || only === SHT.FINI_ARRAY || only === SHT.PREINIT_ARRAY || only === SHT.NOTE) type = only;
    }
    // Without inputs ld makes data written by LONG() read-only, room made by `.` writable.
    if (inputs.length === 0) flags = hasData ? SHF_ALLOC : SHF_ALLOC | SHF_WRITE;
    // Like ld, the output is "mergeable strings" only when every input is.
    const entsizes = new Set(inputs.map((s) => s.object.elf.sections[s.index]?.entsize ?? 0));
    const entsize = entsizes.size === 1 ? [...entsizes][0] : 0;
    const mergeFlags = SHF_MERGE | SHF_STRINGS;
    if (inputs.length > 0 && entsize > 0 && inputs.every((s) => (s.flags & mergeFlags) === (inputs[0].flags & mergeFlags))) {
      flags |= inputs[0].flags & mergeFlags;
    }
    const keepEmpty = hasData || stmt.items.some((it) => it.kind === 'assign' && it.target === '.');
    return {
      name: stmt.name, statement: stmt, type, flags, align: 1, addr: 0n, lma: 0n, size: 0, inputs, dataItems: [],
      keepEmpty, fileOffset: 0, headerIndex: 0, entsize: (flags & SHF_MERGE) !== 0 || type === SHT.INIT_ARRAY || type === SHT.FINI_ARRAY ? entsize : 0,
    };
  }

  run(): Layout {
    const fresh = (final: boolean): PassState => ({
      dot: 0n, lmaDelta: 0n, changed: false, final, missing: new Map(), where: this.opts.scriptName,
    });
    for (let pass = 0; ; pass++) {
      const state = fresh(false);
      this.pass(state);
      if (!state.changed && pass >= 1) {
        // One more walk with `final` set checks ASSERTs and undefined names.
        const check = fresh(true);
        this.pass(check);
        for (const [name, where] of check.missing) throw new LinkError(`${where}: undefined symbol '${name}' referenced in expression`);
        break;
      }
      if (pass > 8) throw new LinkError(`${this.opts.scriptName}: section layout does not converge`);
    }
    this.anchorScriptSymbols();
    const all = [...this.outputs.values()];
    const sections = all.filter((o) => this.isEmitted(o));
    const relro = this.opts.relro && this.relroStart !== undefined && this.relroEnd !== undefined ? { start: this.relroStart, end: this.relroEnd } : undefined;
    return { all, sections, discarded: this.discarded, statements: this.statements, claimed: this.claimed, assigned: this.assigned, relro };
  }

  /** As ld, an output section that ends up with no bytes is left out, whatever it held. */
  isEmitted(o: OutputSection): boolean {
    return o.size > 0;
  }

  /**
   * Chooses the section a relative script symbol belongs to (what nm's letter shows), as
   * GNU ld does: a symbol assigned after an output section belongs to that section, but
   * once `.` itself is assigned between sections it belongs to the next section. Symbols
   * inside a section that ends up empty (and is dropped) go to a neighbour (nearbySection).
   * Never to a thread-local section (ld's section_for_dot walks back past them): to the
   * last other section before it.
   */
  private anchorScriptSymbols(): void {
    let last: OutputSection | undefined;
    let lastPlain: OutputSection | undefined;
    const anchor = (s: OutputSection | undefined) => (s && s.flags & SHF_TLS ? lastPlain : s);
    let waiting: GlobalSymbol[] = [];
    let dotMoved = false;
    const inDropped: { g: GlobalSymbol; dropped: OutputSection; prev?: OutputSection; next?: OutputSection }[] = [];
    const relative = (name: string) => {
      const g = this.opts.globals.get(name);
      return g && g.scriptValue !== undefined && !g.scriptAbsolute ? g : undefined;
    };
    for (const stmt of this.statements) {
      if (stmt.kind === 'assign') {
        if (stmt.target === '.') dotMoved = true;
        else if (!this.attachToSymbol(stmt)) {
          const g = relative(stmt.target);
          if (g && (dotMoved || !last)) waiting.push(g);
          else if (g) g.scriptSection = anchor(last);
        }
      } else if (stmt.kind === 'section' && stmt.name !== '/DISCARD/' && !stmt.started) {
        const out = this.outputs.get(stmt)!;
        if (!this.isEmitted(out)) {
          for (const item of stmt.items) {
            const g = item.kind === 'assign' && item.target !== '.' ? relative(item.target) : undefined;
            if (g) inDropped.push({ g, dropped: out, prev: anchor(last) });
          }
          continue;
        }
        for (const g of waiting) g.scriptSection = anchor(out);
        for (const d of inDropped) d.next ??= out;
        waiting = [];
        last = out;
        if (!(out.flags & SHF_TLS)) lastPlain = out;
        dotMoved = false;
      }
    }
    for (const g of waiting) g.scriptSection = anchor(last);
    for (const d of inDropped) d.g.scriptSection = nearbySection(d.dropped, d.prev, d.next, d.g.scriptValue!);
  }

  /** `jiffies = jiffies_64;` (no `.` involved) makes jiffies part of jiffies_64's section. */
  private attachToSymbol(a: Assignment): boolean {
    const name = symbolOf(a.expr);
    if (!name) return false;
    const g = this.opts.globals.get(a.target);
    const source = this.opts.globals.get(name);
    if (!g || !source) return false;
    if (g.scriptAbsolute) return true;
    const section = source.scriptValue !== undefined ? source.scriptSection : globalSection(source)?.output;
    if (!section || !this.isEmitted(section)) return false;
    g.scriptSection = section;
    return true;
  }

  private pass(state: PassState): void {
    for (const stmt of this.statements) {
      if (stmt.kind === 'assign') this.assign(stmt, state, undefined);
      else if (stmt.kind === 'assert') this.checkAssert(stmt, state);
      else if (stmt.name !== '/DISCARD/') this.placeSection(stmt, state);
    }
  }

  private placeSection(stmt: OutputSectionStatement, state: PassState): void {
    const out = this.outputs.get(stmt)!;
    const inputs = this.inputsOf.get(stmt)!;
    const empty = !out.keepEmpty && inputs.every((s) => s.size === 0) && !stmt.items.some((it) => it.kind === 'data');
    if (empty) {
      // ld drops an empty output section but still runs its assignments at the current `.`.
      this.setIfChanged(state, out, state.dot, U64(state.dot - state.lmaDelta), 0);
      for (const item of stmt.items) if (item.kind === 'assign') this.assign(item, state, out);
      return;
    }
    let align = 1n;
    for (const s of inputs) if (BigInt(s.align) > align) align = BigInt(s.align);
    if (stmt.align) {
      const a = this.eval(stmt.align, state, undefined);
      if (a > align) align = a;
    }
    out.align = Number(align);
    // As in ld, -Ttext and --section-start replace the script's address for the section.
    const forced = this.opts.sectionStarts?.get(stmt.name);
    const dotBefore = state.dot;
    const addr = forced ?? (stmt.address ? this.eval(stmt.address, state, undefined) : alignUp(state.dot, align));
    state.dot = addr;
    const lma = stmt.lma ? this.eval(stmt.lma, state, undefined) : U64(addr - state.lmaDelta);
    if (out.flags & SHF_ALLOC) state.lmaDelta = U64(addr - lma);
    const subalign = stmt.subalign ? this.eval(stmt.subalign, state, undefined) : undefined;
    const startDot = addr;
    out.addr = addr; // assignments inside may use ADDR(this section)
    out.dataItems = [];
    for (const item of stmt.items) this.placeItem(item, out, state, subalign);
    const size = Number(U64(state.dot - startDot));
    // ld drops a section that stayed empty; its alignment does not move `.` then.
    if (size === 0 && !forced && !stmt.address) state.dot = dotBefore;
    this.setIfChanged(state, out, addr, lma, size);
    if (this.inRelro && out.align > this.relroAlignSoFar) this.relroAlignSoFar = out.align;
    // As in ld, .tbss takes no room in the image: it exists only in each thread's TLS
    // block (the PT_TLS segment's memsz), so the next section starts where it starts.
    const tbss = (out.flags & SHF_TLS) !== 0 && out.type === SHT.NOBITS;
    if (tbss) state.dot = startDot;
    // Nor does it count in the RELRO region: one that holds only .tbss is empty for ld.
    else if (this.inRelro && size > 0) this.relroContentEnd = addr + BigInt(size);
  }

  private placeItem(item: SectionItem, out: OutputSection, state: PassState, subalign: bigint | undefined): void {
    switch (item.kind) {
      case 'input':
        for (const s of this.claimed.get(item) ?? []) {
          if (s.excluded) { s.output = out; s.outputOffset = Number(state.dot - out.addr); continue; }
          const a = subalign ?? BigInt(s.align);
          state.dot = alignUp(state.dot, a);
          s.output = out;
          s.outputOffset = Number(state.dot - out.addr);
          state.dot += BigInt(s.size);
        }
        return;
      case 'assign':
        this.assign(item, state, out);
        return;
      case 'data': {
        const value = this.eval(item.expr, state, out);
        out.dataItems.push({ offset: Number(state.dot - out.addr), size: item.size, value });
        state.dot += BigInt(item.size);
        return;
      }
      case 'assert':
        this.checkAssert(item, state);
    }
  }

  private setIfChanged(state: PassState, out: OutputSection, addr: bigint, lma: bigint, size: number): void {
    if (out.addr !== addr || out.lma !== lma || out.size !== size) state.changed = true;
    out.addr = addr;
    out.lma = lma;
    out.size = size;
  }

  /**
   * Inside an output section a plain number means an offset from the section's start
   * (`. = 0x10;`, `sym = 4;`), as in GNU ld; anything built from addresses is used as is.
   */
  private evalAssigned(a: Assignment, state: PassState, section: OutputSection | undefined): bigint {
    const v = this.eval(a.expr, state, section);
    return section && a.op === '=' && !isRelative(a.expr) ? U64(section.addr + v) : v;
  }

  private assign(a: Assignment, state: PassState, section: OutputSection | undefined): void {
    state.where = a.defsym ? '--defsym' : this.opts.scriptName;
    if (a.target === '.') {
      const v = this.combine(a, state.dot, this.evalAssigned(a, state, section));
      this.assigned.set(a, v);
      if (section && v < state.dot) {
        throw new LinkError(`${this.opts.scriptName}:${a.line}: cannot move location counter backwards (from 0x${state.dot.toString(16)} to 0x${v.toString(16)})`);
      }
      state.dot = v;
      return;
    }
    let g = this.opts.globals.get(a.target);
    if (a.provide && (!g || !g.referenced || g.def !== undefined || g.defsym)) return;
    const old = g ? globalAddress(g) ?? 0n : 0n;
    const value = this.combine(a, old, this.evalAssigned(a, state, section));
    if (!g) {
      g = { name: a.target, referenced: false, strongReference: false };
      this.opts.globals.set(a.target, g);
    }
    // Compared with this assignment's last value, not the symbol's: a symbol assigned
    // twice (--defsym x=1 --defsym x=2) changes within a pass but the same way each time.
    if (this.assigned.get(a) !== value) state.changed = true;
    this.assigned.set(a, value);
    g.scriptValue = value;
    g.scriptSection = section;
    g.scriptHidden = a.hidden;
    g.scriptAbsolute = a.defsym ? !this.namesObjectSymbol(a.expr) : !section && !isRelative(a.expr);
  }

  /**
   * GNU ld (2.40) makes a --defsym symbol absolute unless its expression is just a symbol
   * an object defines: `--defsym alias=func` is code like func, `--defsym x=func+0` is not.
   */
  private namesObjectSymbol(e: Expr): boolean {
    return e.kind === 'symbol' && this.opts.globals.get(e.name)?.def !== undefined;
  }

  private combine(a: Assignment, old: bigint, v: bigint): bigint {
    switch (a.op) {
      case '=': return v;
      case '+=': return U64(old + v);
      case '-=': return U64(old - v);
      case '*=': return U64(old * v);
      case '/=': return v === 0n ? 0n : old / v;
      case '&=': return old & v;
      case '|=': return old | v;
      case '<<=': return U64(old << v);
      case '>>=': return old >> v;
    }
  }

  private checkAssert(a: { expr: Expr; message: string; line: number }, state: PassState): void {
    if (!state.final) return;
    if (this.eval(a.expr, state, undefined) === 0n) throw new LinkError(`${this.opts.scriptName}:${a.line}: ${a.message}`);
  }

  /**
   * ld's DATA_SEGMENT_ALIGN with RELRO: the data segment starts on a new page, then moves
   * up so that the read-only-after-relocation part (up to DATA_SEGMENT_RELRO_END) ends on
   * a page boundary. The RELRO size comes from the previous pass.
   */
  private dataSegmentAlign(state: PassState, maxPage: bigint, commonPage: bigint): bigint {
    const aligned = alignUp(state.dot, maxPage);
    const keepLowBits = U64(aligned + (state.dot & (maxPage - 1n)));
    const pageStart = U64(aligned + ((state.dot + commonPage - 1n) & (maxPage - commonPage)));
    const relroSize = this.opts.relro && this.relroEnd !== undefined && this.relroStart !== undefined ? this.relroEnd - this.relroStart : 0n;
    let base: bigint;
    this.inRelro = true;
    this.relroAlignSoFar = 1;
    if (relroSize > 0n) {
      // Ends on a page boundary, then moves down (as ld) until every RELRO section is aligned.
      base = alignUp(pageStart + relroSize, commonPage) - relroSize;
      base &= ~(BigInt(this.relroAlign) - 1n);
    } else if (this.opts.pageAlignData && this.opts.relro) {
      base = pageStart;
    } else {
      // As ld (lang_size_segment): lay the data out keeping the file offset's low bits;
      // if that layout's first and last pages together hold no more than one page, start
      // on a fresh page instead. The choice is made once, from a low-bits layout, and kept:
      // re-deciding from the moved layout could flip it back and forth for ever.
      if (!this.segmentOnFreshPage && this.segmentEnd !== undefined && this.relroStart === keepLowBits) {
        const first = U64(-keepLowBits) & (commonPage - 1n);
        const last = this.segmentEnd & (commonPage - 1n);
        const samePage = keepLowBits / commonPage === this.segmentEnd / commonPage;
        this.segmentOnFreshPage = first !== 0n && last !== 0n && !samePage && first + last <= commonPage;
      }
      base = this.segmentOnFreshPage ? pageStart : keepLowBits;
    }
    this.relroStart = base;
    this.relroContentEnd = base;
    return base;
  }

  private relroStart: bigint | undefined;
  private relroEnd: bigint | undefined;
  /** Where the last RELRO section with room in the image ends (this pass). */
  private relroContentEnd: bigint | undefined;
  /** The largest alignment among the RELRO sections (previous pass), and this pass's so far. */
  private relroAlign = 1;
  private relroAlignSoFar = 1;
  private inRelro = false;
  private segmentEnd: bigint | undefined;
  private segmentOnFreshPage = false;

  private section(name: string, state: PassState): OutputSection | undefined {
    const o = this.byName.get(name);
    if (!o && state.final) throw new LinkError(`${this.opts.scriptName}: undefined section '${name}' referenced in expression`);
    return o;
  }

  private eval(e: Expr, state: PassState, section: OutputSection | undefined): bigint {
    switch (e.kind) {
      case 'number': return U64(e.value);
      case 'dot': return state.dot;
      case 'symbol': {
        const g = this.opts.globals.get(e.name);
        const v = g ? globalAddress(g) : undefined;
        if (v === undefined) { state.missing.set(e.name, state.where); return 0n; }
        return v;
      }
      case 'unary': {
        const v = this.eval(e.arg, state, section);
        if (e.op === '-') return U64(-v);
        if (e.op === '~') return U64(~v);
        return v === 0n ? 1n : 0n;
      }
      case 'ternary': return this.eval(e.cond, state, section) !== 0n ? this.eval(e.then, state, section) : this.eval(e.else, state, section);
      case 'binary': {
        let left = this.eval(e.left, state, section);
        let right = this.eval(e.right, state, section);
        // In ld a comparison inside an output section sees `.` as the offset in the
        // section when the other side is a plain number: ALIGN(. != 0 ? 8 : 1) in the
        // default script's .bss means "if .bss is not empty".
        if (section && COMPARISONS.has(e.op)) {
          if (usesOnlyDot(e.left) && !isRelative(e.right)) left = U64(left - section.addr);
          if (usesOnlyDot(e.right) && !isRelative(e.left)) right = U64(right - section.addr);
        }
        return binary(e.op, left, right);
      }
      case 'call': return this.call(e, state, section);
    }
  }

  private call(e: Extract<Expr, { kind: 'call' }>, state: PassState, section: OutputSection | undefined): bigint {
    const arg = (i: number) => this.eval(e.args[i], state, section);
    switch (e.fn) {
      case 'ALIGN':
        return e.args.length === 1 ? alignUp(state.dot, arg(0)) : alignUp(arg(0), arg(1));
      case 'ADDR': return this.section(e.names[0], state)?.addr ?? 0n;
      case 'LOADADDR': return this.section(e.names[0], state)?.lma ?? 0n;
      case 'SIZEOF': return BigInt(this.section(e.names[0], state)?.size ?? 0);
      case 'ALIGNOF': return BigInt(this.section(e.names[0], state)?.align ?? 1);
      case 'DEFINED': {
        const g = this.opts.globals.get(e.names[0]);
        return g && (g.def || g.scriptValue !== undefined) ? 1n : 0n;
      }
      case 'ABSOLUTE': return arg(0);
      case 'MAX': return arg(0) > arg(1) ? arg(0) : arg(1);
      case 'MIN': return arg(0) < arg(1) ? arg(0) : arg(1);
      case 'CONSTANT':
        if (e.names[0] === 'MAXPAGESIZE' || e.names[0] === 'COMMONPAGESIZE') return PAGE_SIZE;
        throw new LinkError(`${this.opts.scriptName}: unknown constant ${e.names[0]}`);
      case 'SIZEOF_HEADERS': return BigInt(this.opts.sizeofHeaders);
      case 'SEGMENT_START': return this.opts.segmentStarts?.get(e.names[0]) ?? arg(0);
      case 'DATA_SEGMENT_ALIGN': return this.dataSegmentAlign(state, arg(0), arg(1));
      case 'DATA_SEGMENT_RELRO_END':
        this.relroEnd = this.relroContentEnd ?? state.dot;
        this.relroAlign = this.relroAlignSoFar;
        this.inRelro = false;
        return state.dot;
      case 'DATA_SEGMENT_END':
        this.segmentEnd = arg(0);
        return arg(0);
      case 'LENGTH': case 'ORIGIN':
        throw new LinkError(`${this.opts.scriptName}: memory regions are not supported`);
      default:
        throw new LinkError(`${this.opts.scriptName}: unknown function ${e.fn} in expression`);
    }
  }
}

function binary(op: string, a: bigint, b: bigint): bigint {
  const sa = BigInt.asIntN(64, a);
  const sb = BigInt.asIntN(64, b);
  switch (op) {
    case '+': return U64(a + b);
    case '-': return U64(a - b);
    case '*': return U64(a * b);
    case '/': return b === 0n ? 0n : a / b;
    case '%': return b === 0n ? 0n : a % b;
    case '&': return a & b;
    case '|': return a | b;
    case '^': return a ^ b;
    case '<<': return U64(a << (b & 63n));
    case '>>': return a >> (b & 63n);
    case '==': return a === b ? 1n : 0n;
    case '!=': return a !== b ? 1n : 0n;
    case '<': return sa < sb ? 1n : 0n;
    case '>': return sa > sb ? 1n : 0n;
    case '<=': return sa <= sb ? 1n : 0n;
    case '>=': return sa >= sb ? 1n : 0n;
    case '&&': return a !== 0n && b !== 0n ? 1n : 0n;
    case '||': return a !== 0n || b !== 0n ? 1n : 0n;
    default: throw new Error(`internal: unknown operator ${op}`);
  }
}

/**
 * The section a symbol of the dropped section `s` moves to (bfd's _bfd_nearby_section):
 * the one of its neighbours that would have shared its segment, judged by the flags of
 * what `s` held (none, when it held no input: then it is not even allocated), else the
 * next one unless the symbol lies below it.
 */
function nearbySection(s: OutputSection, prev: OutputSection | undefined, next: OutputSection | undefined, value: bigint): OutputSection | undefined {
  if (!prev || !next) return prev ?? next;
  const held = s.inputs.reduce((f, i) => f | i.flags, 0);
  const readOnly = (o: OutputSection) => (o.flags & SHF_WRITE) === 0;
  const loaded = (o: OutputSection) => (o.flags & SHF_ALLOC) !== 0 && o.type !== SHT.NOBITS;
  const differ = (a: number, b: number, mask: number) => ((a ^ b) & mask) !== 0;
  if (differ(prev.flags, next.flags, SHF_ALLOC | SHF_TLS) || loaded(prev) !== loaded(next)) {
    return differ(next.flags, held, SHF_ALLOC | SHF_TLS) || (loaded(prev) && !loaded(next)) ? prev : next;
  }
  if (readOnly(prev) !== readOnly(next)) {
    const heldReadOnly = s.inputs.length > 0 && (held & SHF_WRITE) === 0;
    return readOnly(next) !== heldReadOnly ? prev : next;
  }
  if (differ(prev.flags, next.flags, SHF_EXECINSTR)) return differ(next.flags, held, SHF_EXECINSTR) ? prev : next;
  return value < next.addr ? prev : next;
}

const COMPARISONS = new Set(['==', '!=', '<', '>', '<=', '>=', '&&', '||']);

/** Whether an expression is built from `.` and numbers only (its value is an address in the current section). */
function usesOnlyDot(e: Expr): boolean {
  switch (e.kind) {
    case 'dot': return true;
    case 'unary': return usesOnlyDot(e.arg);
    case 'binary': return (usesOnlyDot(e.left) && !isRelative(e.right)) || (usesOnlyDot(e.right) && !isRelative(e.left));
    default: return false;
  }
}

/** The symbol an expression is based on when it is `sym` or `sym ± constant`. */
function symbolOf(e: Expr): string | undefined {
  if (e.kind === 'symbol') return e.name;
  if (e.kind === 'binary' && (e.op === '+' || e.op === '-') && e.right.kind === 'number') return symbolOf(e.left);
  if (e.kind === 'binary' && e.op === '+' && e.left.kind === 'number') return symbolOf(e.right);
  return undefined;
}

/** Whether an expression yields an address (relative to a section) rather than a number. */
function isRelative(e: Expr): boolean {
  switch (e.kind) {
    case 'number': return false;
    case 'dot': case 'symbol': return true;
    case 'unary': return isRelative(e.arg);
    case 'binary': return isRelative(e.left) || isRelative(e.right);
    case 'ternary': return isRelative(e.then) || isRelative(e.else);
    case 'call':
      // ld treats ADDR() and LOADADDR() results as plain numbers (nm shows 'A').
      if (['ABSOLUTE', 'SIZEOF', 'ALIGNOF', 'DEFINED', 'SIZEOF_HEADERS', 'CONSTANT', 'ADDR', 'LOADADDR'].includes(e.fn)) return false;
      if (e.fn === 'SEGMENT_START' || e.fn === 'ALIGN' && e.args.length === 1) return true;
      return e.args.some(isRelative);
  }
}
