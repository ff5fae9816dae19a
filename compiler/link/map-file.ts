/**
 * `ld -Map FILE`: the link map in GNU ld's shape (ldlang.c's lang_map), so that a course's
 * "look where your section went" exercise reads the same with either linker:
 *
 *   Archive member included to satisfy reference by file (symbol)
 *   Allocating common symbols
 *   Discarded input sections
 *   Memory Configuration
 *   Linker script and memory map: the inputs (LOAD), then the script walked in order with
 *     each assignment's value, each output section's address and size, the input sections
 *     it took (address, size, file) and the global symbols defined in each.
 *
 * Columns are ld's: names in a field of 16 (a longer name gets a line of its own), 64-bit
 * addresses as 0x%016x, sizes right-aligned in 10.
 */

import { globalAddress, globalSection, sectionAddress } from './address.js';
import type { Layout } from './layout.js';
import type { SymbolResolver } from './resolve.js';
import type { Assignment, DataItem, Expr, InputSpec, SectionItem, Statement } from './script-ast.js';
import type { InputSection, OutputSection } from './types.js';

const NAME_FIELD = 16;

export interface MapParts {
  inputs: { name: string; group?: number }[];
  resolver: SymbolResolver;
  layout: Layout;
  /** BFD's name of the output format: elf64-x86-64 or binary. */
  format: string;
  outputName: string;
}

export function formatLinkMap(parts: MapParts): string {
  const out: string[] = [];
  archiveMembers(parts.resolver, out);
  commonSymbols(parts.resolver, out);
  discardedSections(parts.layout, out);
  out.push('Memory Configuration\n', 'Name             Origin             Length             Attributes');
  out.push(`*default*        ${hex(0n)} ${hex(0xffffffffffffffffn)}`, '', 'Linker script and memory map', '');
  loadLines(parts.inputs, out);
  const map = new LinkMap(parts.layout, symbolsBySection(parts.resolver));
  for (const stmt of parts.layout.statements) map.statement(stmt, out);
  out.push(`OUTPUT(${parts.outputName} ${parts.format})`);
  return `${out.join('\n')}\n`;
}

function hex(v: bigint): string {
  return `0x${v.toString(16).padStart(16, '0')}`;
}

function size(n: number): string {
  return `0x${n.toString(16)}`.padStart(10);
}

/** A name in the 16-column field; a name that does not fit ends its own line. */
function nameField(name: string): string {
  return name.length >= NAME_FIELD - 1 ? `${name}\n${' '.repeat(NAME_FIELD)}` : name.padEnd(NAME_FIELD);
}

function archiveMembers(resolver: SymbolResolver, out: string[]): void {
  if (resolver.pulled.length === 0) return;
  out.push('Archive member included to satisfy reference by file (symbol)', '');
  for (const { member, by, symbol } of resolver.pulled) {
    const left = member.length >= 29 ? `${member}\n${' '.repeat(30)}` : member.padEnd(30);
    out.push(`${left}${by} (${symbol})`);
  }
  out.push('');
}

/** The COMMON symbols that became .bss, with the size and the object each came from. */
function commonSymbols(resolver: SymbolResolver, out: string[]): void {
  const commons = [...resolver.globals.values()].filter((g) => g.def?.common && g.commonSection);
  if (commons.length === 0) return;
  out.push('Allocating common symbols', 'Common symbol       size              file', '');
  for (const g of commons) {
    const name = g.name.length >= 19 ? `${g.name}\n${' '.repeat(20)}` : g.name.padEnd(20);
    out.push(`${name}0x${g.def!.symbol.size.toString(16).padEnd(16)}${g.def!.object.name}`);
  }
  out.push('');
}

function discardedSections(layout: Layout, out: string[]): void {
  if (layout.discarded.size === 0) return;
  out.push('Discarded input sections', '');
  for (const s of layout.discarded) out.push(`${nameField(` ${s.name}`)}${hex(0n)} ${size(s.size)} ${s.object.name}`);
  out.push('');
}

/** `LOAD file` for every input on the command line, groups between START GROUP and END GROUP. */
function loadLines(inputs: { name: string; group?: number }[], out: string[]): void {
  let group: number | undefined;
  for (const input of inputs) {
    if (input.group !== group) {
      if (group !== undefined) out.push('END GROUP');
      if (input.group !== undefined) out.push('START GROUP');
      group = input.group;
    }
    out.push(`LOAD ${input.name}`);
  }
  if (group !== undefined) out.push('END GROUP');
}

/** The global symbols objects define, by the input section that holds them, in address order. */
function symbolsBySection(resolver: SymbolResolver): Map<InputSection, { name: string; address: bigint }[]> {
  const bySection = new Map<InputSection, { name: string; address: bigint }[]>();
  for (const g of resolver.globals.values()) {
    const sec = globalSection(g);
    if (!sec?.output) continue;
    const address = globalAddress(g)!;
    const list = bySection.get(sec) ?? [];
    list.push({ name: g.name, address });
    bySection.set(sec, list);
  }
  for (const list of bySection.values()) list.sort((a, b) => (a.address < b.address ? -1 : a.address > b.address ? 1 : 0));
  return bySection;
}

class LinkMap {
  private readonly outputs = new Map<Statement, OutputSection>();
  /** Where the previous piece of the current section ended: padding before the next is ld's *fill*. */
  private end = 0n;

  constructor(private readonly layout: Layout, private readonly symbols: Map<InputSection, { name: string; address: bigint }[]>) {
    // Only the sections in the output: ld prints an empty one by its name alone.
    for (const o of layout.sections) this.outputs.set(o.statement, o);
  }

  statement(stmt: Statement, out: string[]): void {
    if (stmt.kind === 'assign') this.assignment(stmt, out);
    else if (stmt.kind === 'section') this.section(stmt, out);
  }

  private assignment(a: Assignment, out: string[]): void {
    let text = `${a.target} ${a.op} ${exprText(a.expr)}`;
    if (a.provide || a.hidden) text = `${a.provide ? (a.hidden ? 'PROVIDE_HIDDEN' : 'PROVIDE') : 'HIDDEN'} (${text})`;
    const value = this.layout.assigned.get(a);
    const column = value === undefined ? '[!provide]'.padEnd(18) : hex(value);
    out.push(`${' '.repeat(NAME_FIELD)}${column}${' '.repeat(NAME_FIELD)}${text}`);
  }

  private section(stmt: Extract<Statement, { kind: 'section' }>, out: string[]): void {
    const o = this.outputs.get(stmt);
    out.push('');
    if (o === undefined) out.push(stmt.name);
    else {
      const load = o.lma !== o.addr ? ` load address ${hex(o.lma)}` : '';
      out.push(`${nameField(stmt.name)}${hex(o.addr)} ${size(o.size)}${load}`);
    }
    this.end = o?.addr ?? 0n;
    let data = 0;
    for (const item of stmt.items) this.item(item, o, stmt.orphan === true, out, item.kind === 'data' ? data++ : -1);
  }

  private item(item: SectionItem, o: OutputSection | undefined, orphan: boolean, out: string[], dataIndex: number): void {
    if (item.kind === 'assign') {
      this.assignment(item, out);
      if (item.target === '.') this.end = this.layout.assigned.get(item) ?? this.end;
    } else if (item.kind === 'data') this.data(item, o?.dataItems[dataIndex], o, out);
    else if (item.kind === 'input') {
      if (!orphan) out.push(` ${specText(item)}`);
      if (o === undefined) return;
      for (const s of this.layout.claimed.get(item) ?? []) {
        const at = sectionAddress(s);
        const bytes = s.excluded ? 0 : s.size;
        if (at > this.end) out.push(`${nameField(' *fill*')}${hex(this.end)} ${size(Number(at - this.end))} `);
        out.push(`${nameField(` ${s.name}`)}${hex(at)} ${size(bytes)} ${s.object.name}`);
        for (const sym of this.symbols.get(s) ?? []) out.push(`${' '.repeat(NAME_FIELD)}${hex(sym.address)}${' '.repeat(NAME_FIELD)}${sym.name}`);
        if (at + BigInt(bytes) > this.end) this.end = at + BigInt(bytes);
      }
    }
  }

  /** `QUAD 0x26 (_etext - _text)`: the value, then the expression when it is not a plain number. */
  private data(item: DataItem, placed: { offset: number; value: bigint } | undefined, o: OutputSection | undefined, out: string[]): void {
    const name = { 1: 'BYTE', 2: 'SHORT', 4: 'LONG', 8: 'QUAD' }[item.size];
    const at = o && placed ? o.addr + BigInt(placed.offset) : 0n;
    const value = ` 0x${BigInt.asUintN(item.size * 8, placed?.value ?? 0n).toString(16)}`;
    const expr = item.expr.kind === 'number' ? '' : ` ${exprText(item.expr)}`;
    out.push(`${' '.repeat(NAME_FIELD)}${hex(at)} ${size(item.size)} ${name}${value}${expr}`);
    this.end = at + BigInt(item.size);
  }
}

const SORT_NAMES = { name: 'SORT_BY_NAME', alignment: 'SORT_BY_ALIGNMENT', init_priority: 'SORT_BY_INIT_PRIORITY' } as const;

/** `*(.text .text.*)` as ld prints an input section description (KEEP is not shown). */
function specText(spec: InputSpec): string {
  const patterns = spec.sort === 'none' ? spec.sectionPatterns : spec.sectionPatterns.map((p) => `${SORT_NAMES[spec.sort as keyof typeof SORT_NAMES]}(${p})`);
  const exclude = spec.excludeFiles.length > 0 ? [`EXCLUDE_FILE(${spec.excludeFiles.join(' ')})`] : [];
  return `${spec.filePattern}(${[...exclude, ...patterns].join(' ')})`;
}

/** An expression as ld's exp_print_tree writes it: hex numbers, binary operations in parentheses. */
export function exprText(e: Expr): string {
  switch (e.kind) {
    case 'number': return `0x${e.value.toString(16)}`;
    case 'dot': return '.';
    case 'symbol': return e.name;
    case 'unary': return `${e.op}${exprText(e.arg)}`;
    case 'binary': return `(${exprText(e.left)} ${e.op} ${exprText(e.right)})`;
    case 'ternary': return `${exprText(e.cond)}?${exprText(e.then)}:${exprText(e.else)}`;
    case 'call': {
      if (e.fn === 'SIZEOF_HEADERS') return e.fn;
      const names = e.fn === 'SEGMENT_START' ? e.names.map((n) => `"${n}"`) : e.names;
      return `${e.fn} (${[...names, ...e.args.map(exprText)].join(', ')})`;
    }
  }
}
