/**
 * Symbol resolution: loads objects in command-line order, pulls archive members that
 * define a symbol some earlier input needs, and builds the global symbol table.
 *
 * The rules are GNU ld's for static links:
 *  - a strong definition beats a weak one and COMMON; two strong ones are an error;
 *  - COMMON against COMMON keeps the larger size (and the larger alignment);
 *  - an archive is searched only at its position; a member is loaded when it defines a
 *    symbol that is undefined and strongly referenced, and the search repeats until a
 *    pass loads nothing (so members may depend on each other in any order);
 *  - archives in a group (--start-group ... --end-group) are searched in turn, again and
 *    again, until a round loads nothing;
 *  - a COMDAT group whose signature was seen before is dropped with its sections.
 */

import { SHN_COMMON, SHN_UNDEF, SHT, STB } from '../elf/constants.js';
import { readElf, type ElfFile, type ElfSymbol } from '../elf/reader.js';
import { readArchive } from './archive.js';
import { LinkError, type GlobalSymbol, type InputObject } from './types.js';

const GRP_COMDAT = 1;

export class SymbolResolver {
  readonly globals = new Map<string, GlobalSymbol>();
  readonly objects: InputObject[] = [];
  readonly errors: string[] = [];
  /** Archive members in load order, with the reference that pulled each in (for the -Map). */
  readonly pulled: { member: string; by: string; symbol: string }[] = [];
  private readonly comdatSignatures = new Set<string>();

  global(name: string): GlobalSymbol {
    let g = this.globals.get(name);
    if (!g) {
      g = { name, referenced: false, strongReference: false };
      this.globals.set(name, g);
    }
    return g;
  }

  /** ld -u NAME: undefined and wanted before any input is read, as if the command line referred to it. */
  require(name: string): void {
    const g = this.global(name);
    g.referenced = g.strongReference = true;
  }

  /**
   * ld --defsym: the linker defines NAME (its value comes with the layout), so no archive
   * member is loaded for it, and it wins over a definition in an object, as with GNU ld.
   */
  predefine(name: string): void {
    const g = this.global(name);
    g.scriptValue ??= 0n;
    g.scriptAbsolute = g.defsym = true;
  }

  addObject(data: Uint8Array, name: string, fileName: string): InputObject {
    const elf = readElf(data, name);
    if (elf.header.type !== 1) throw new LinkError(`${name}: not a relocatable object (ELF type ${elf.header.type})`);
    const obj: InputObject = {
      name, fileName, elf, sections: [], globals: [], discarded: this.discardedGroupMembers(elf),
      noteGnuStack: elf.sections.some((s) => s.name === '.note.GNU-stack'),
    };
    this.objects.push(obj);
    for (let i = elf.firstGlobal; i < elf.symbols.length; i++) {
      const sym = elf.symbols[i];
      if (sym.bind === STB.LOCAL) continue; // a misordered symtab; readelf warns, ld copes
      obj.globals[i] = this.resolve(obj, sym);
    }
    return obj;
  }

  /** Searches an archive at its command-line position, loading members until nothing changes. */
  addArchive(data: Uint8Array, name: string): void {
    const search = this.archiveSearch(data, name);
    while (search());
  }

  /**
   * ld's --start-group ... --end-group: objects are loaded once, in order; the archives
   * are searched again and again, in order, until a whole round loads no member (so
   * archives that need each other resolve whatever their order).
   */
  addGroup(inputs: { name: string; data: Uint8Array; archive: boolean; fileName: string }[]): void {
    const searches: (() => boolean)[] = [];
    for (const input of inputs) {
      if (!input.archive) this.addObject(input.data, input.name, input.fileName);
      else searches.push(this.archiveSearch(input.data, input.name));
    }
    for (let changed = true; changed;) {
      changed = false;
      for (const search of searches) while (search()) changed = true;
    }
  }

  /** A function that makes one pass over an archive's index and tells whether it loaded a member. */
  private archiveSearch(data: Uint8Array, name: string): () => boolean {
    const archive = readArchive(data, name);
    const byOffset = new Map(archive.members.map((m) => [m.headerOffset, m]));
    const loaded = new Set<number>();
    return () => {
      let changed = false;
      for (const { symbol, memberOffset } of archive.index) {
        if (loaded.has(memberOffset) || !this.wantsDefinition(symbol)) continue;
        const member = byOffset.get(memberOffset);
        if (!member) throw new LinkError(`${name}: symbol index points at a missing member (offset ${memberOffset})`);
        loaded.add(memberOffset);
        const by = this.globals.get(symbol)?.firstReference?.name ?? '--undefined';
        this.pulled.push({ member: `${name}(${member.name})`, by, symbol });
        this.addObject(member.data, `${name}(${member.name})`, member.name);
        changed = true;
      }
      return changed;
    };
  }

  /** A symbol an archive member should be loaded for: undefined and strongly referenced. */
  private wantsDefinition(name: string): boolean {
    const g = this.globals.get(name);
    return g !== undefined && g.def === undefined && g.scriptValue === undefined && g.strongReference;
  }

  private discardedGroupMembers(elf: ElfFile): Set<number> {
    const discarded = new Set<number>();
    for (const s of elf.sections) {
      if (s.type !== SHT.GROUP || s.data.length < 4) continue;
      const v = new DataView(s.data.buffer, s.data.byteOffset, s.data.byteLength);
      if ((v.getUint32(0, true) & GRP_COMDAT) === 0) continue;
      const signature = elf.symbols[s.info]?.name ?? '';
      if (!this.comdatSignatures.has(signature)) { this.comdatSignatures.add(signature); continue; }
      for (let off = 4; off + 4 <= s.data.length; off += 4) discarded.add(v.getUint32(off, true));
    }
    return discarded;
  }

  private resolve(obj: InputObject, sym: ElfSymbol): GlobalSymbol {
    const g = this.global(sym.name);
    const undefinedHere = sym.shndx === SHN_UNDEF || obj.discarded.has(sym.shndx);
    if (undefinedHere) {
      g.referenced = true;
      if (sym.bind !== STB.WEAK) g.strongReference = true;
      g.firstReference ??= obj;
      return g;
    }
    const incoming = { object: obj, symbol: sym, weak: sym.bind === STB.WEAK, common: sym.shndx === SHN_COMMON };
    const current = g.def;
    if (!current) { g.def = incoming; return g; }
    if (incoming.common && current.common) {
      if (sym.size > current.symbol.size) g.def = incoming;
      else if (sym.value > current.symbol.value && sym.size === current.symbol.size) g.def = incoming;
      return g;
    }
    if (incoming.weak) return g; // the existing definition (strong, weak or COMMON) wins
    if (current.weak || current.common) { g.def = incoming; return g; }
    if (incoming.common) return g; // a real definition beats COMMON
    this.errors.push(`${obj.name}: multiple definition of '${sym.name}'; first defined in ${current.object.name}`);
    return g;
  }
}
