/**
 * Applies x86-64 relocations (psABI §4.4) to the placed sections. S+A is computed once per
 * relocation; for a section symbol in a merged string section the whole S+A goes through
 * the merge map, because the addend selects the string.
 */

import { R_X86_64, STB, STT, relocTypeName } from '../elf/constants.js';
import type { ElfRelocation, ElfSymbol } from '../elf/reader.js';
import { globalAddress, offsetAddress, sectionAddress, symbolAddress, U64 } from './address.js';
import { gotAction } from './sections.js';
import type { GlobalSymbol, InputObject, InputSection } from './types.js';

export interface RelocationContext {
  got?: InputSection;
  /** Where the thread pointer points relative to the TLS template (output.ts threadPointerBase). */
  threadPointer?: bigint;
  /** The TLS template's first address: DTPOFF (a thread-local's place in it, in DWARF locations) counts from there. */
  tlsStart?: bigint;
  errors: string[];
  /** Undefined references already reported, so each (object, function, symbol) appears once. */
  reported: Set<string>;
}

interface Target {
  /** S + A, or undefined when the symbol has no definition (an error was recorded). */
  sa: bigint | undefined;
  name: string;
  global?: GlobalSymbol;
}

/** The name ld prints for the function containing `offset` in an input section. */
function enclosingFunction(obj: InputObject, sectionIndex: number, offset: number): string | undefined {
  let best: ElfSymbol | undefined;
  for (const s of obj.elf.symbols) {
    if (s.type !== STT.FUNC || s.shndx !== sectionIndex || s.value > BigInt(offset)) continue;
    if (!best || s.value > best.value) best = s;
  }
  return best?.name;
}

function where(obj: InputObject, sec: { index: number; name: string }, offset: number): string {
  const fn = enclosingFunction(obj, sec.index, offset);
  return fn ? `${obj.name}: in function '${fn}'` : `${obj.name}:(${sec.name}+0x${offset.toString(16)})`;
}

function resolveTarget(obj: InputObject, sec: { index: number; name: string }, rel: ElfRelocation, ctx: RelocationContext): Target {
  if (rel.symbol === 0) return { sa: rel.addend, name: '*ABS*' };
  const sym = obj.elf.symbols[rel.symbol];
  const g = obj.globals[rel.symbol];
  if (!g) {
    if (sym.type === STT.SECTION) {
      const target = obj.sections[sym.shndx];
      const name = obj.elf.sections[sym.shndx]?.name ?? `section ${sym.shndx}`;
      if (!target?.output) return discardedReference(obj, sec, rel, name, ctx);
      return { sa: offsetAddress(target, U64(sym.value + rel.addend)), name };
    }
    const s = symbolAddress(obj, sym);
    if (s === undefined) return discardedReference(obj, sec, rel, sym.name, ctx);
    return { sa: U64(s + rel.addend), name: sym.name };
  }
  const s = globalAddress(g);
  if (s !== undefined) return { sa: U64(s + rel.addend), name: g.name, global: g };
  if (sym.bind === STB.WEAK) return { sa: U64(rel.addend), name: g.name, global: g };
  const message = `${where(obj, sec, rel.offset)}: undefined reference to '${g.name}'`;
  if (!ctx.reported.has(message)) { ctx.reported.add(message); ctx.errors.push(message); }
  return { sa: undefined, name: g.name, global: g };
}

function discardedReference(obj: InputObject, sec: { index: number; name: string }, rel: ElfRelocation, name: string, ctx: RelocationContext): Target {
  ctx.errors.push(`${where(obj, sec, rel.offset)}: '${name}' is referenced but was discarded`);
  return { sa: undefined, name };
}

/**
 * Relocates one input section whose bytes sit at `buf[base ...]` and whose first byte has
 * address `address`. Used for the image and for the .tcclite.lines table.
 */
export function relocateSection(
  obj: InputObject, sec: { index: number; name: string }, rels: ElfRelocation[], buf: Uint8Array, base: number,
  address: bigint, ctx: RelocationContext,
): void {
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  for (const rel of rels) {
    if (rel.type === NONE) continue;
    const target = resolveTarget(obj, sec, rel, ctx);
    if (target.sa === undefined) continue;
    const problem = applyOne(obj, rel, view, buf, base, U64(address + BigInt(rel.offset)), target, target.sa, ctx);
    if (problem) {
      const what = problem === 'truncated'
        ? `(${sec.name}+0x${rel.offset.toString(16)}): relocation truncated to fit: ${relocTypeName(rel.type)} against '${target.name}'`
        : problem;
      ctx.errors.push(`${where(obj, sec, rel.offset)}: ${what}`);
    }
  }
}

/** Patches one field; returns 'truncated' or a message when it cannot. */
function applyOne(
  obj: InputObject, rel: ElfRelocation, view: DataView, buf: Uint8Array, base: number, p: bigint, target: Target, sa: bigint,
  ctx: RelocationContext,
): string | undefined {
  const width = relocWidth(rel.type);
  if (width === 0) return `unsupported relocation type ${relocTypeName(rel.type)} against '${target.name}'`;
  const at = base + rel.offset;
  if (at + width > buf.length) return `relocation ${relocTypeName(rel.type)} is outside the section`;
  let value: bigint;
  let signed = true;
  switch (rel.type) {
    case R64: view.setBigUint64(at, sa, true); return undefined;
    case PC64: view.setBigUint64(at, U64(sa - p), true); return undefined;
    case R32: case R16: case R8:
      value = sa;
      signed = false;
      break;
    case R32S:
      value = BigInt.asIntN(64, sa);
      break;
    case PC32: case PLT32: case PC16: case PC8:
      value = BigInt.asIntN(64, sa - p);
      break;
    case TPOFF64: case TPOFF32: case GOTTPOFF: {
      if (ctx.threadPointer === undefined) return `thread-local reference to '${target.name}' without a TLS segment`;
      // TPOFF: S + A - TP. GOTTPOFF's addend belongs to the %rip-relative form it replaces.
      const offset = BigInt.asIntN(64, sa - (rel.type === GOTTPOFF ? rel.addend : 0n) - ctx.threadPointer);
      if (rel.type === TPOFF64) { view.setBigUint64(at, BigInt.asUintN(64, offset), true); return undefined; }
      if (rel.type === GOTTPOFF) {
        // The executable is static: the offset is known, so (as ld) the GOT load becomes an immediate.
        const problem = relaxInitialExec(buf, at, target.name);
        if (problem) return problem;
      }
      value = offset;
      break;
    }
    case DTPOFF64: case DTPOFF32: {
      if (ctx.tlsStart === undefined) return `thread-local reference to '${target.name}' without a TLS segment`;
      const offset = BigInt.asIntN(64, sa - ctx.tlsStart);
      if (rel.type === DTPOFF64) { view.setBigUint64(at, BigInt.asUintN(64, offset), true); return undefined; }
      value = offset;
      break;
    }
    default: { // the GOT-relative family
      const got = gotValue(obj, rel, buf, base, target, sa, ctx);
      if (typeof got === 'string') return got;
      value = BigInt.asIntN(64, got - p);
    }
  }
  if (!fits(value, width, signed)) return 'truncated';
  if (width === 4) view.setUint32(at, Number(BigInt.asUintN(32, value)), true);
  else if (width === 2) view.setUint16(at, Number(BigInt.asUintN(16, value)), true);
  else view.setUint8(at, Number(BigInt.asUintN(8, value)));
  return undefined;
}

function fits(value: bigint, width: number, signed: boolean): boolean {
  if (!signed) return value < (width === 4 ? 0x100000000n : width === 2 ? 0x10000n : 0x100n);
  const limit = width === 4 ? 0x80000000n : width === 2 ? 0x8000n : 0x80n;
  return value >= -limit && value < limit;
}

/**
 * Initial-exec to local-exec (psABI's TLS relaxation): `mov x@gottpoff(%rip), %reg`
 * becomes `mov $offset, %reg` and `add x@gottpoff(%rip), %reg` becomes `add $offset, %reg`;
 * the field then holds the offset itself. `at` is the field; the REX prefix, opcode and
 * ModRM byte are the three bytes before it.
 */
function relaxInitialExec(buf: Uint8Array, at: number, name: string): string | undefined {
  const rex = buf[at - 3], opcode = buf[at - 2], modrm = buf[at - 1];
  if ((rex & 0xf8) !== 0x48 || (modrm & 0xc7) !== 0x05 || (opcode !== 0x8b && opcode !== 0x03)) {
    return `R_X86_64_GOTTPOFF against '${name}' is not on a mov or add from (%rip)`;
  }
  const reg = (modrm >> 3) & 7;
  // The register moves from ModRM.reg (REX.R) to ModRM.rm (REX.B).
  buf[at - 3] = 0x48 | ((rex & 0x04) >> 2);
  buf[at - 2] = opcode === 0x8b ? 0xc7 : 0x81;
  buf[at - 1] = 0xc0 | reg;
  return undefined;
}

/** The address the 32-bit GOT-relative field points at after relaxation (S+A or the slot), or a message. */
function gotValue(
  obj: InputObject, rel: ElfRelocation, buf: Uint8Array, base: number, target: Target, sa: bigint, ctx: RelocationContext,
): bigint | string {
  const code = buf.subarray(base);
  const action = gotAction(rel, code, target.global, obj.elf);
  if (action === 'lea') { code[rel.offset - 2] = 0x8d; return sa; }
  if (action === 'call') { code[rel.offset - 2] = 0x67; code[rel.offset - 1] = 0xe8; return sa; }
  const g = target.global;
  if (!g || g.gotOffset === undefined || !ctx.got) return `GOT reference to local symbol '${target.name}' is not supported`;
  // The field holds G + GOT + A − P: the slot's address plus the addend (usually −4).
  return U64(sectionAddress(ctx.got) + BigInt(g.gotOffset) + rel.addend);
}

// Plain numbers: imported enum members are property reads on every use in hot loops.
const NONE = R_X86_64.NONE, R64 = R_X86_64.R64, PC64 = R_X86_64.PC64, R32 = R_X86_64.R32, R32S = R_X86_64.R32S;
const R16 = R_X86_64.R16, R8 = R_X86_64.R8, PC32 = R_X86_64.PC32, PLT32 = R_X86_64.PLT32, PC16 = R_X86_64.PC16;
const PC8 = R_X86_64.PC8, GOTPCREL = R_X86_64.GOTPCREL, GOTPCRELX = R_X86_64.GOTPCRELX, REX_GOTPCRELX = R_X86_64.REX_GOTPCRELX;
const TPOFF64 = R_X86_64.TPOFF64, TPOFF32 = R_X86_64.TPOFF32, GOTTPOFF = R_X86_64.GOTTPOFF;
const DTPOFF64 = R_X86_64.DTPOFF64, DTPOFF32 = R_X86_64.DTPOFF32;

function relocWidth(type: number): number {
  switch (type) {
    case R64: case PC64: case TPOFF64: case DTPOFF64: return 8;
    case R32: case R32S: case PC32: case PLT32: case GOTPCREL: case GOTPCRELX: case REX_GOTPCRELX: return 4;
    case TPOFF32: case GOTTPOFF: case DTPOFF32: return 4;
    case R16: case PC16: return 2;
    case R8: case PC8: return 1;
    default: return 0;
  }
}

/** Fills the .got slots with the addresses of their symbols (0 for undefined weak ones). */
export function fillGot(got: InputSection, globals: Iterable<GlobalSymbol>): void {
  const view = new DataView(got.data.buffer, got.data.byteOffset, got.data.byteLength);
  for (const g of globals) {
    if (g.gotOffset !== undefined) view.setBigUint64(g.gotOffset, globalAddress(g) ?? 0n, true);
  }
}
