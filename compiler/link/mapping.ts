/**
 * Which input sections go into which output section.
 *
 * As in GNU ld, every input section belongs to the first input-section description in the
 * script that matches it (file pattern and section pattern). Sections that nothing matches
 * are orphans: each distinct name becomes an output section of its own, inserted after
 * the output section that holds the most similar contents (code after code, read-only
 * data after read-only data, data after data, zero-initialised after .bss).
 */

import { SHF_ALLOC, SHF_EXECINSTR, SHF_TLS, SHF_WRITE, SHT } from '../elf/constants.js';
import type { InputSpec, LinkerScript, OutputSectionStatement, Statement } from './script-ast.js';
import type { InputSection } from './types.js';

export interface SectionMapping {
  statements: Statement[];
  /** The inputs each description claimed, in placement order. */
  claimed: Map<InputSpec, InputSection[]>;
  discarded: Set<InputSection>;
}

const globCache = new Map<string, RegExp | string>();

/** A glob (`*`, `?`, `[...]`) as a RegExp, or the plain string when it has no wildcard. */
function glob(pattern: string): RegExp | string {
  let g = globCache.get(pattern);
  if (g === undefined) {
    if (!/[*?[]/.test(pattern)) g = pattern;
    else {
      const re = pattern.replace(/[.+^${}()|\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
      g = new RegExp(`^${re}$`);
    }
    globCache.set(pattern, g);
  }
  return g;
}

function matches(pattern: string, name: string): boolean {
  if (pattern === '*') return true;
  const g = glob(pattern);
  return typeof g === 'string' ? g === name : g.test(name);
}

function fileMatches(spec: InputSpec, sec: InputSection): boolean {
  const names = [sec.object.fileName, sec.object.name];
  if (spec.excludeFiles.some((p) => names.some((n) => matches(p, n)))) return false;
  return spec.filePattern === '*' || names.some((n) => matches(spec.filePattern, n));
}

function initPriority(name: string): number {
  const m = /\.(\d+)$/.exec(name);
  return m ? Number(m[1]) : 65535;
}

function sortClaimed(spec: InputSpec, list: InputSection[]): InputSection[] {
  if (spec.sort === 'name') return [...list].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  if (spec.sort === 'alignment') return [...list].sort((a, b) => b.align - a.align);
  if (spec.sort === 'init_priority') return [...list].sort((a, b) => initPriority(a.name) - initPriority(b.name));
  return list;
}

export function mapSections(script: LinkerScript, inputs: InputSection[]): SectionMapping {
  const claimed = new Map<InputSpec, InputSection[]>();
  const discarded = new Set<InputSection>();
  const taken = new Set<InputSection>();
  // Patterns are matched against the few distinct section names, not every input section.
  const order = new Map<InputSection, number>(inputs.map((s, i) => [s, i]));
  const byName = new Map<string, InputSection[]>();
  for (const s of inputs) {
    const list = byName.get(s.name);
    if (list) list.push(s);
    else byName.set(s.name, [s]);
  }
  for (const stmt of script.statements) {
    if (stmt.kind !== 'section') continue;
    for (const item of stmt.items) {
      if (item.kind !== 'input') continue;
      const names = [...byName.keys()].filter((n) => item.sectionPatterns.some((p) => matches(p, n)));
      const candidates = names.flatMap((n) => byName.get(n)!);
      // Within one description, inputs keep command-line order (then section order).
      if (names.length > 1) candidates.sort((a, b) => order.get(a)! - order.get(b)!);
      const list: InputSection[] = [];
      for (const sec of candidates) {
        if (taken.has(sec) || !fileMatches(item, sec)) continue;
        taken.add(sec);
        list.push(sec);
        if (stmt.name === '/DISCARD/') discarded.add(sec);
      }
      claimed.set(item, sortClaimed(item, list));
    }
  }
  const statements = [...script.statements];
  placeOrphans(statements, claimed, inputs.filter((s) => !taken.has(s)));
  return { statements, claimed, discarded };
}

/** Whether an input-section description of the script's /DISCARD/ matches the section. */
export function isDiscardedByScript(script: LinkerScript, sec: InputSection): boolean {
  return script.statements.some((stmt) => stmt.kind === 'section' && stmt.name === '/DISCARD/' && stmt.items.some((item) =>
    item.kind === 'input' && item.sectionPatterns.some((p) => matches(p, sec.name)) && fileMatches(item, sec)));
}

type ContentClass = 'text' | 'rodata' | 'data' | 'bss' | 'tls';

function classOf(sec: InputSection): ContentClass {
  // ld keeps thread-locals together, .tdata then .tbss, after the loaded data (ldlang.c
  // lang_output_section_find_by_flags): never after .bss.
  if (sec.flags & SHF_TLS) return 'tls';
  if (sec.flags & SHF_EXECINSTR) return 'text';
  if (sec.flags & SHF_WRITE) return sec.type === SHT.NOBITS ? 'bss' : 'data';
  return 'rodata';
}

function classOfName(name: string): ContentClass | undefined {
  if (name === '.text') return 'text';
  if (name === '.rodata') return 'rodata';
  if (name === '.data') return 'data';
  if (name === '.bss') return 'bss';
  if (name === '.tdata' || name === '.tbss') return 'tls';
  return undefined;
}

/** The classes of what a statement holds: from its inputs, or from its name when empty. */
function statementClasses(stmt: OutputSectionStatement, claimed: Map<InputSpec, InputSection[]>): Set<ContentClass> {
  const classes = new Set<ContentClass>();
  for (const item of stmt.items) {
    if (item.kind === 'input') for (const s of claimed.get(item) ?? []) classes.add(classOf(s));
  }
  return classes;
}

const FALLBACK: Record<ContentClass, ContentClass[]> = {
  text: ['text'], rodata: ['rodata', 'text'], data: ['data', 'rodata', 'text'], bss: ['bss', 'data', 'rodata', 'text'],
  tls: ['tls', 'data', 'rodata', 'text'],
};

function placeOrphans(statements: Statement[], claimed: Map<InputSpec, InputSection[]>, orphans: InputSection[]): void {
  const byName = new Map<string, InputSection[]>();
  for (const s of orphans) {
    const list = byName.get(s.name);
    if (list) list.push(s);
    else byName.set(s.name, [s]);
  }
  for (const [name, list] of byName) {
    const spec: InputSpec = {
      kind: 'input', filePattern: '*', excludeFiles: [], sectionPatterns: [name], keep: false, sort: 'none', line: 0,
    };
    claimed.set(spec, list);
    const stmt: OutputSectionStatement = { kind: 'section', name, noload: false, items: [spec], line: 0, orphan: true };
    const at = notePosition(statements, list[0]) ?? orphanPosition(statements, claimed, classOf(list[0]));
    statements.splice(at, 0, stmt);
  }
}

/**
 * ld puts a loaded note right after `.interp` when the script has one (its default script
 * does), after the notes placed there before: next to the headers, where a loader or
 * `file` finds it in the first page.
 */
function notePosition(statements: Statement[], s: InputSection): number | undefined {
  if (s.type !== SHT.NOTE || (s.flags & SHF_ALLOC) === 0) return undefined;
  const interp = statements.findIndex((st) => st.kind === 'section' && st.name === '.interp');
  if (interp < 0) return undefined;
  let at = interp + 1;
  while (at < statements.length && (statements[at] as OutputSectionStatement).orphan) at++;
  return at;
}

/**
 * Index to insert an orphan of `cls` at. Like ld, prefer the section of that kind by its
 * usual name (.text, .rodata, .data, .bss), after orphans already placed there; else after
 * the last section holding the same kind of contents.
 */
function orphanPosition(statements: Statement[], claimed: Map<InputSpec, InputSection[]>, cls: ContentClass): number {
  const named = statements.findIndex((st) => st.kind === 'section' && classOfName(st.name) === cls);
  if (named >= 0) {
    let at = named + 1;
    while (at < statements.length && (statements[at] as OutputSectionStatement).orphan) at++;
    return at;
  }
  for (const want of FALLBACK[cls]) {
    for (let i = statements.length - 1; i >= 0; i--) {
      const st = statements[i];
      if (st.kind === 'section' && st.name !== '/DISCARD/' && statementClasses(st, claimed).has(want)) return i + 1;
    }
    for (let i = statements.length - 1; i >= 0; i--) {
      const st = statements[i];
      if (st.kind === 'section' && classOfName(st.name) === want) return i + 1;
    }
  }
  // Nothing similar: after the last allocated output section, before trailing assignments.
  for (let i = statements.length - 1; i >= 0; i--) {
    const st = statements[i];
    if (st.kind === 'section' && st.name !== '/DISCARD/') return i + 1;
  }
  return statements.length;
}
