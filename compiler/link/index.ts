/**
 * tcc-lite's static linker: ELF64 x86-64 relocatable objects and `ar` archives in, an
 * ET_EXEC executable out, laid out by a GNU ld linker script (or ld's default layout for
 * static programs), plus System.map, a symbol table for symbolizing and a source map.
 *
 * The steps, in order:
 *   resolve.ts   load objects, pull archive members, resolve symbols
 *   sections.ts  collect input sections, COMMON pieces and the .got
 *   layout.ts    map inputs to output sections (mapping.ts), merge strings (merge.ts),
 *                edit .eh_frame (eh-frame.ts), assign addresses
 *   segments.ts  program headers and file offsets, as GNU ld makes them
 *   relocate.ts  apply relocations to the section contents
 *   symbols.ts   the output symbol table and System.map
 *   output.ts    write the file
 */

import { EHDR_SIZE, PF_R, PF_W, PF_X, PHDR_SIZE, PT, SHF_EXECINSTR, SHT } from '../elf/constants.js';
import { isElf, readCString, type ElfFile, type ElfRelocation } from '../elf/reader.js';
import { globalAddress, globalSection, sectionAddress } from './address.js';
import { isArchive } from './archive.js';
import { editEhFrames, patchCiePointers, remapEhRelocations } from './eh-frame.js';
import { collectDebugSections, debugSectionContents, isPlaced } from './debug-sections.js';
import { defaultLinkerScript } from './default-script.js';
import { binaryImage } from './binary.js';
import { LayoutEngine, type Layout, type LayoutOptions } from './layout.js';
import { formatLinkMap } from './map-file.js';
import { writeExecutable } from './output.js';
import { estimateProgramHeaders, layoutSegments, threadPointerBase, tlsTemplate, type FileLayout } from './segments.js';
import { layoutScriptSegments } from './phdrs.js';
import { fillGot, relocateSection, type RelocationContext } from './relocate.js';
import { SymbolResolver } from './resolve.js';
import { parseDefsym, parseLinkerScript } from './script.js';
import type { InputSpec, LinkerScript } from './script-ast.js';
import { allocateCommons, buildGot, collectInputSections } from './sections.js';
import { buildSourceMap, type LineRecord } from './sourcemap.js';
import { buildOutputSymbols, formatSystemMap, symbolMap, type LinkedSymbol } from './symbols.js';
import { LinkError, type InputObject, type InputSection, type OutputSection } from './types.js';

export { LinkError } from './types.js';
export { readArchive, writeArchive, isArchive } from './archive.js';
export { symbolize, parseSourceMap, type SourceLineTable } from './sourcemap.js';
export { parseSystemMap, type LinkedSymbol } from './symbols.js';
export { parseLinkerScript } from './script.js';

export interface LinkInput {
  name: string;
  data: Uint8Array;
  /** Consecutive inputs with the same number are one --start-group ... --end-group. */
  group?: number;
}

export interface LinkOptions {
  /** Linker script text (the GNU ld subset in docs/architecture.md). */
  script?: string;
  /** Name used in messages about the script. */
  scriptName?: string;
  /** Entry symbol; default: the script's ENTRY, else `_start`. */
  entry?: string;
  /** Image base when there is no script; default 0x400000. */
  defaultBase?: bigint | number;
  /** Also produce a source map from the `.tcclite.lines` tables. */
  sourceMap?: boolean;
  /** The output's name, recorded in the source map's "file". */
  outputName?: string;
  /** ld -u: symbols to treat as undefined from the start, so archive members defining them are loaded. */
  undefinedSymbols?: string[];
  /** ld -z execstack / -z noexecstack: the stack's permission whatever the inputs' notes ask. */
  stack?: 'exec' | 'noexec';
  /** ld -z norelro (false): no read-only-after-relocation region (DATA_SEGMENT_RELRO_END, PT_GNU_RELRO). */
  relro?: boolean;
  /** ld --defsym: `SYM=EXPR` assignments, in command-line order, run before the script's. */
  defsyms?: string[];
  /** ld -Ttext/-Tdata/-Tbss/--section-start: output section name → its address. */
  sectionStarts?: Map<string, bigint>;
  /** ld -Ttext-segment/-Trodata-segment/-Tldata-segment: "text-segment" → SEGMENT_START's value. */
  segmentStarts?: Map<string, bigint>;
  /** ld -S/-s: leave the .debug_* sections out (.comment stays, as with ld). */
  stripDebug?: boolean;
  /** ld --oformat binary: also produce the raw memory image (no headers are loaded then). */
  binary?: boolean;
  /** ld -Map: also produce the link map; `outputName` is the file it names. */
  map?: boolean;
}

export interface LinkResult {
  elf: Uint8Array;
  /** `nm -n` style lines, like Linux's System.map. */
  systemMap: string;
  sourceMap?: string;
  /** Every symbol of the output by name (a global wins over a static of the same name). */
  symbols: Map<string, LinkedSymbol>;
  /** With `binary`: the image from the lowest load address, as ld --oformat binary writes it. */
  binary?: Uint8Array;
  /** With `map`: GNU ld's -Map text. */
  map?: string;
  /** What GNU ld would warn about (the CLI prints them). */
  warnings: string[];
}

export function link(inputs: LinkInput[], opts: LinkOptions = {}): LinkResult {
  const defsyms = (opts.defsyms ?? []).map(parseDefsym);
  const resolver = loadInputs(inputs, opts.undefinedSymbols ?? [], defsyms.map((a) => a.target));
  const scriptName = opts.scriptName ?? 'linker script';
  const script = parseLinkerScript(opts.script ?? defaultLinkerScript(BigInt(opts.defaultBase ?? 0x400000)), opts.script ? scriptName : 'default linker script');
  script.statements.unshift(...defsyms);
  addStartedSections(script, opts.sectionStarts);

  const objects = resolver.objects;
  const inputSections = collectInputSections(objects);
  inputSections.push(...allocateCommons(objects, resolver.globals.values()));
  const linkerObject = syntheticObject();
  const got = buildGot(objects, linkerObject);
  if (got) inputSections.push(got);

  const hasRelocations = (s: InputSection) => (s.object.elf.relocations.get(s.index)?.length ?? 0) > 0;
  const { layout, file } = layoutWithHeaders(script, inputSections, {
    globals: resolver.globals, scriptName, hasRelocations, editEhFrames: ehFrameEditor,
    pageAlignData: inputSections.some((s) => s.name === '.eh_frame'),
    sectionStarts: opts.sectionStarts, segmentStarts: opts.segmentStarts, relro: opts.relro ?? true,
  }, opts.binary === true, stackFlags(objects, opts.stack));
  defineStartStop(resolver, layout);

  const ctx: RelocationContext = {
    got, threadPointer: threadPointerBase(file, layout.sections), tlsStart: tlsTemplate(file, layout.sections)?.vaddr, errors: [], reported: new Set(),
  };
  if (got) fillGot(got, resolver.globals.values());
  const contents = buildContents(layout, objects, ctx);
  const entryName = opts.entry ?? script.entry ?? '_start';
  const warnings: string[] = [...(file.warnings ?? [])];
  let entry = entryAddress(resolver, entryName);
  if (entry === undefined && opts.binary) {
    // A raw image has no entry field: like GNU ld, warn and go on.
    entry = layout.sections.find((s) => s.flags & SHF_EXECINSTR)?.addr ?? 0n;
    warnings.push(`cannot find entry symbol ${entryName}; defaulting to ${entry.toString(16).padStart(16, '0')}`);
  }
  if (entry === undefined) ctx.errors.push(`cannot find entry symbol ${entryName}`);
  if (ctx.errors.length > 0 || entry === undefined) throw new LinkError(ctx.errors.join('\n'));

  const symbols = buildOutputSymbols(objects, resolver.globals, layout.sections, tlsTemplate(file, layout.sections)?.vaddr);
  const debugSections = collectDebugSections(objects, script, opts.script === undefined, opts.stripDebug === true);
  const debugContents = debugSectionContents(debugSections, ctx);
  if (ctx.errors.length > 0) throw new LinkError(ctx.errors.join('\n'));
  const elf = writeExecutable({
    entry, sections: startedSectionsFirst(layout.sections, opts.sectionStarts, opts.script === undefined), contents, file, symbols,
    debugSections, debugContents,
  });
  const result: LinkResult = { elf, systemMap: formatSystemMap(symbols), symbols: symbolMap(symbols), warnings };
  if (opts.binary) result.binary = binaryImage(layout.sections, contents);
  if (opts.map) {
    result.map = formatLinkMap({
      inputs, resolver, layout, format: opts.binary ? 'binary' : 'elf64-x86-64', outputName: opts.outputName ?? 'a.out',
    });
  }
  if (opts.sourceMap) {
    const base = file.segments.find((s) => s.type === PT.LOAD)?.vaddr ?? 0n;
    result.sourceMap = buildSourceMap(lineRecords(objects, ctx), base, opts.outputName ?? 'a.out');
    if (ctx.errors.length > 0) throw new LinkError(ctx.errors.join('\n'));
  }
  return result;
}

/**
 * PT_GNU_STACK's flags, as GNU ld sets them: -z execstack / -z noexecstack decide; else
 * there is a PT_GNU_STACK only when some input has a `.note.GNU-stack`, executable (RWE)
 * when one of those notes has the "x" flag (gcc writes one for the trampolines of nested
 * functions) or some input lacks the note (ld warns "missing .note.GNU-stack section
 * implies executable stack"). Without one the kernel's load_elf_binary maps the stack
 * executable, as Linux does.
 */
function stackFlags(objects: InputObject[], stack: LinkOptions['stack']): number | undefined {
  if (stack) return stack === 'exec' ? PF_R | PF_W | PF_X : PF_R | PF_W;
  if (!objects.some((o) => o.noteGnuStack)) return undefined;
  const x = objects.some((o) => o.elf.sections.some((s) => s.name === '.note.GNU-stack' && (s.flags & SHF_EXECINSTR) !== 0));
  return x || objects.some((o) => !o.noteGnuStack) ? PF_R | PF_W | PF_X : PF_R | PF_W;
}

function loadInputs(inputs: LinkInput[], undefinedSymbols: string[], defsyms: string[]): SymbolResolver {
  const resolver = new SymbolResolver();
  for (const name of undefinedSymbols) resolver.require(name);
  for (const name of defsyms) resolver.predefine(name);
  for (let i = 0; i < inputs.length;) {
    // One input, or all the inputs of one group.
    const group = inputs[i].group;
    let end = i + 1;
    while (group !== undefined && end < inputs.length && inputs[end].group === group) end++;
    const run = inputs.slice(i, end).map(recognize);
    if (group !== undefined) resolver.addGroup(run);
    else if (run[0].archive) resolver.addArchive(run[0].data, run[0].name);
    else resolver.addObject(run[0].data, run[0].name, run[0].fileName);
    i = end;
  }
  if (resolver.errors.length > 0) throw new LinkError(resolver.errors.join('\n'));
  return resolver;
}

/** An input as an archive or an ELF object, with the base name script file patterns match. */
function recognize(input: LinkInput): LinkInput & { archive: boolean; fileName: string } {
  if (!isArchive(input.data) && !isElf(input.data)) throw new LinkError(`${input.name}: file format not recognized`);
  return { ...input, archive: isArchive(input.data), fileName: input.name.split('/').pop() ?? input.name };
}

/**
 * --section-start (and -Ttext...) for a section the script does not name: as in ld, an
 * output section of that name at the end of the script, which the orphans of that name join.
 */
function addStartedSections(script: LinkerScript, starts: Map<string, bigint> | undefined): void {
  for (const name of starts?.keys() ?? []) {
    if (script.statements.some((st) => st.kind === 'section' && st.name === name)) continue;
    const spec: InputSpec = { kind: 'input', filePattern: '*', excludeFiles: [], sectionPatterns: [name], keep: false, sort: 'none', line: 0 };
    script.statements.push({ kind: 'section', name, noload: false, items: [spec], line: 0, started: true });
  }
}

/** The owner of linker-made sections (.got). */
function syntheticObject(): InputObject {
  const elf: ElfFile = {
    name: '<linker>', sections: [], symbols: [], firstGlobal: 0, relocations: new Map(), programHeaders: [],
    header: { type: 1, machine: 62, entry: 0n, phoff: 0, shoff: 0, flags: 0, phnum: 0, shnum: 0, shstrndx: 0 },
  };
  return { name: '<linker>', fileName: '<linker>', elf, sections: [], globals: [], discarded: new Set(), noteGnuStack: true };
}

/**
 * SIZEOF_HEADERS is the size of the headers the output will have, and the number of
 * program headers depends on the layout. As ld (ldelf_map_segments): lay out with a
 * guess, count, and lay out again while the count changes — any change the first few
 * times, then only growth, so that a layout flipping between two counts still ends.
 */
function layoutWithHeaders(
  script: LinkerScript, inputs: InputSection[], options: Omit<LayoutOptions, 'sizeofHeaders'>, binary: boolean, stackFlags: number | undefined,
): { layout: Layout; file: FileLayout } {
  const attempt = (phnum: number) => {
    const headersSize = EHDR_SIZE + phnum * PHDR_SIZE;
    // A raw binary has no headers: SIZEOF_HEADERS is 0 there, as for ld's binary target.
    const layout = new LayoutEngine(script, inputs, { ...options, sizeofHeaders: binary ? 0 : headersSize }).run();
    const file = script.phdrs ? layoutScriptSegments(layout.sections, script.phdrs)
      : layoutSegments(layout.sections, { headersSize, loadHeaders: script.usesSizeofHeaders && !binary, stackFlags, relro: layout.relro });
    return { layout, file, phnum };
  };
  let result = attempt(script.phdrs?.length ?? estimateProgramHeaders(inputs, stackFlags));
  // Without SIZEOF_HEADERS in the script no address depends on the count.
  if (!script.usesSizeofHeaders || binary) return result;
  for (let tries = 10; result.file.phnum !== result.phnum && tries > 1; tries--) {
    if (tries <= 6 && result.file.phnum < result.phnum) break;
    result = attempt(result.file.phnum);
  }
  if (result.file.phnum > result.phnum) throw new LinkError('not enough room for program headers, try linking with -N');
  return result;
}

/**
 * ld creates the output sections named by -Ttext/--section-start while reading its command
 * line, before it reads its default script: they come first in the section header table,
 * in option order. (A script given with -T is read where it stands; we keep its order.)
 */
function startedSectionsFirst(sections: OutputSection[], starts: Map<string, bigint> | undefined, defaultScript: boolean): OutputSection[] {
  if (!starts || !defaultScript) return sections;
  const started = [...starts.keys()].flatMap((name) => sections.filter((s) => s.name === name));
  return [...started, ...sections.filter((s) => !started.includes(s))];
}

/** Keeps one copy of each CIE and the FDEs of code that is in the image (eh-frame.ts). */
function ehFrameEditor(inputs: InputSection[], discarded: Set<InputSection>): void {
  const relocs = (s: InputSection) => s.object.elf.relocations.get(s.index) ?? [];
  const symbolKey = (s: InputSection, r: ElfRelocation) => {
    const g = s.object.globals[r.symbol];
    const sym = s.object.elf.symbols[r.symbol];
    return g ? `global ${g.name}` : `local ${s.object.name} ${sym?.shndx} ${sym?.value}`;
  };
  const codeIsLive = (s: InputSection, r: ElfRelocation) => {
    const g = s.object.globals[r.symbol];
    const target = g ? globalSection(g) : s.object.sections[s.object.elf.symbols[r.symbol]?.shndx ?? 0];
    if (g && g.scriptValue !== undefined) return true;
    return target !== undefined && !discarded.has(target);
  };
  editEhFrames(inputs, relocs, symbolKey, codeIsLive);
}

/** `__start_SEC` / `__stop_SEC` for referenced, undefined names whose SEC is an output section. */
function defineStartStop(resolver: SymbolResolver, layout: Layout): void {
  for (const g of resolver.globals.values()) {
    if (!g.referenced || g.def || g.scriptValue !== undefined) continue;
    const m = /^__(start|stop)_([A-Za-z_][A-Za-z0-9_]*)$/.exec(g.name);
    if (!m) continue;
    const sec = layout.sections.find((s) => s.name === m[2]);
    if (!sec) continue;
    g.scriptValue = m[1] === 'start' ? sec.addr : sec.addr + BigInt(sec.size);
    g.scriptSection = sec;
  }
}

/** A file-backed output section bigger than this is a mistake (a huge .bss inside .data...). */
const MAX_SECTION_BYTES = 1 << 30;

function buildContents(layout: Layout, objects: InputObject[], ctx: RelocationContext): Map<OutputSection, Uint8Array> {
  const contents = new Map<OutputSection, Uint8Array>();
  for (const out of layout.sections) {
    if (out.type === SHT.NOBITS) continue;
    if (out.size > MAX_SECTION_BYTES) throw new LinkError(`output section ${out.name} is too large (${out.size} bytes)`);
    const buf = new Uint8Array(out.size);
    const placed = out.inputs.filter((s) => s.output === out).sort((a, b) => a.outputOffset - b.outputOffset);
    let end = 0;
    for (const s of placed) {
      if (s.type !== SHT.NOBITS) buf.set(s.data.subarray(0, s.size), s.outputOffset);
      if (out.flags & SHF_EXECINSTR && s.outputOffset > end) fillWithNops(buf, end, s.outputOffset);
      end = Math.max(end, s.outputOffset + s.size);
    }
    if (out.flags & SHF_EXECINSTR && out.size > end && out.dataItems.length === 0) fillWithNops(buf, end, out.size);
    const v = new DataView(buf.buffer);
    for (const d of out.dataItems) {
      const u = BigInt.asUintN(d.size * 8, d.value);
      if (d.size === 8) v.setBigUint64(d.offset, u, true);
      else if (d.size === 4) v.setUint32(d.offset, Number(u), true);
      else if (d.size === 2) v.setUint16(d.offset, Number(u), true);
      else v.setUint8(d.offset, Number(u));
    }
    contents.set(out, buf);
  }
  for (const obj of objects) {
    for (const [index, rels] of obj.elf.relocations) {
      const sec = obj.sections[index];
      if (!sec?.output || layout.discarded.has(sec) || sec.type === SHT.NOBITS) continue;
      const buf = contents.get(sec.output);
      if (!buf) continue;
      const moved = sec.ehFrame ? remapEhRelocations(sec.ehFrame, rels) : rels;
      relocateSection(obj, sec, moved, buf, sec.outputOffset, sectionAddress(sec), ctx);
      if (sec.ehFrame) patchCiePointers(sec, buf);
    }
  }
  return contents;
}

/** ld's multi-byte NOPs (the ones GNU as uses), longest first, for padding inside code. */
const NOPS: number[][] = [
  [0x90], [0x66, 0x90], [0x0f, 0x1f, 0x00], [0x0f, 0x1f, 0x40, 0x00], [0x0f, 0x1f, 0x44, 0x00, 0x00],
  [0x66, 0x0f, 0x1f, 0x44, 0x00, 0x00], [0x0f, 0x1f, 0x80, 0x00, 0x00, 0x00, 0x00],
  [0x0f, 0x1f, 0x84, 0x00, 0x00, 0x00, 0x00, 0x00], [0x66, 0x0f, 0x1f, 0x84, 0x00, 0x00, 0x00, 0x00, 0x00],
  [0x66, 0x2e, 0x0f, 0x1f, 0x84, 0x00, 0x00, 0x00, 0x00, 0x00],
];

/** Pads code with NOPs so a disassembler (and a stray jump) sees instructions, not zeros. */
function fillWithNops(buf: Uint8Array, from: number, to: number): void {
  for (let at = from; at < to;) {
    const n = Math.min(NOPS.length, to - at);
    buf.set(NOPS[n - 1], at);
    at += n;
  }
}

/** The entry symbol's address (or a number given as the entry), undefined when it does not exist. */
function entryAddress(resolver: SymbolResolver, entry: string): bigint | undefined {
  const g = resolver.globals.get(entry);
  const addr = g ? globalAddress(g) : undefined;
  if (addr !== undefined) return addr;
  if (/^(0x[0-9a-fA-F]+|[0-9]+)$/.test(entry)) return BigInt(entry);
  return undefined;
}

/** Reads every object's `.tcclite.lines` table, relocating its addresses. */
function lineRecords(objects: InputObject[], ctx: RelocationContext): LineRecord[] {
  const records: LineRecord[] = [];
  for (const obj of objects) {
    const lines = obj.elf.sections.find((s) => s.name === '.tcclite.lines');
    const files = obj.elf.sections.find((s) => s.name === '.tcclite.files');
    if (!lines || !files) continue;
    const names: string[] = [];
    for (let off = 0; off < files.data.length;) {
      const name = readCString(files.data, off);
      names.push(name);
      off += name.length + 1;
    }
    const buf = new Uint8Array(lines.data);
    const rels = obj.elf.relocations.get(lines.index) ?? [];
    // Records whose code was discarded have no address; skip them rather than fail.
    const keep = rels.filter((r) => isPlaced(obj, r.symbol));
    relocateSection(obj, lines, keep, buf, 0, 0n, ctx);
    const placed = new Set(keep.map((r) => r.offset));
    const v = new DataView(buf.buffer);
    for (let at = 0; at + 16 <= buf.length; at += 16) {
      if (rels.length > 0 && !placed.has(at)) continue;
      const file = names[v.getUint32(at + 8, true) - 1];
      if (file === undefined) continue;
      records.push({ address: v.getBigUint64(at, true), file, line: v.getUint32(at + 12, true) });
    }
  }
  return records;
}
