// Decoded basic blocks, cached by the physical address of their first byte.
// A block never spans two pages (except a lone page-straddling instruction,
// which is not cached), so one "has code" bit per physical page is enough to
// invalidate everything built from a page when the guest writes to it.
//
// A hot block is decoded again, before it is compiled, as a superblock: it follows
// direct jumps and the fall-through of conditional branches within its page, so a loop
// whose condition sits at its top runs as one block instead of two, and an if-chain
// without handing control back to the machine loop at each test. `deltas` gives each
// instruction's offset from the block's first byte, since instructions after a jump are
// not contiguous; a taken side exit ends the block early. Cold code stays in basic
// blocks, so the decoder never goes down paths that run-once code does not take.
//
// Blocks remember the block that followed them last time (per exit RIP), so
// hot loops go block to block without a TLB lookup or a map search; what the two links
// miss, a jump cache by RIP catches (jump-cache.ts). Links and the jump cache are only
// trusted while cpu.mappingEpoch is unchanged: any TLB flush or code invalidation bumps it.

import { ACC_EXEC, Cpu, GuestFault } from './cpu.js';
import { decodeInstruction } from './decode.js';
import type { Insn } from './insn.js';
import { jcc, je, jmpRel, jne } from './ops-control.js';
import { JumpCache } from './jump-cache.js';
import { compileBlock, CompiledBlock } from './compile.js';
import { ADDRESS_ZERO } from './shapes.js';

const MAX_BLOCK = 64;
/**
 * Default number of executions after which a block is compiled to a JavaScript function.
 * Compiling costs about as much as interpreting a block a few hundred times, and a boot
 * runs most blocks only tens of times: measured on the tutorial run (715k instructions,
 * warm), 40 → 180 ms, 200 → 101 ms, 1000 → 57 ms; hot loops still compile within
 * microseconds of guest time.
 */
export const HOT_THRESHOLD = 1000;

/**
 * Default number of executions after which a compiled block is compiled again with its
 * memory and stack instructions inline (inline.ts). That code costs more to compile, and
 * runs slower than calls to the already optimized handlers until V8 has optimized the
 * new function too: the tutorial run (boot, test, dmesg) compiles 20 blocks, of which 2
 * reach 2000 executions, and took 20% longer with all 20 inline from the start. A loop
 * inside one compiled block is entered only once per timer tick, so INLINE_LOOP_FACTOR
 * times as many instructions retired in the block count as well.
 */
export const INLINE_THRESHOLD = 2 * HOT_THRESHOLD;
const INLINE_LOOP_FACTOR = 16;

export class Block {
  /** Cached successors: the block that started at linkRip / link2Rip. */
  link: Block | null = null;
  linkRip = ADDRESS_ZERO;
  link2: Block | null = null;
  link2Rip = ADDRESS_ZERO;
  linkEpoch = -1;
  /** The last instruction hands control back to the machine loop. */
  exits: boolean;
  /** Times executed, counted until the block is compiled with memory access inline. */
  hits = 0;
  compiled: CompiledBlock | null = null;
  /** The compiled function has memory access inline; until then the machine counts `retired`. */
  inlined = false;
  /** Instructions retired by the compiled function without memory access inline. */
  retired = 0;

  /**
   * @param insns the instructions in execution order
   * @param deltas each instruction's offset from the first one's address
   * @param cacheable false for a lone instruction straddling two pages, decoded anew each time
   */
  constructor(public insns: Insn[], public deltas: number[], readonly cacheable: boolean) {
    this.exits = insns[insns.length - 1].exits;
  }

  /**
   * After instruction i - 1, a branch, left the block: execution is at `rip`, not at
   * instruction i (for a block that started at `start`).
   */
  leftAt(i: number, start: number, rip: number): boolean {
    return i < this.insns.length && rip !== start + this.deltas[i];
  }
}

/** A block's instructions and their offsets from the first; uncacheable: one instruction straddling two pages. */
interface Decoded {
  insns: Insn[];
  deltas: number[];
  cacheable: boolean;
}

/** Where a block goes on decoding after this branch (an offset from `at`, its address), or null. */
function continuation(ins: Insn): number | null {
  if (ins.exec === jmpRel) return ins.len + ins.imm;
  if (ins.exec === jcc || ins.exec === je || ins.exec === jne) return ins.len;
  return null;
}

/**
 * Runs a block's instructions one by one; returns how many retired. A fault leaves
 * cpu.rip at the faulting instruction and the count retired before it in
 * cpu.retiredInBlock, as a compiled block does.
 */
export function interpretBlock(cpu: Cpu, block: Block): number {
  const insns = block.insns;
  const n = insns.length;
  const start = cpu.rip;
  let i = 0;
  try {
    while (i < n) {
      const ins = insns[i++];
      cpu.nextRip = cpu.rip + ins.len;
      ins.exec(cpu, ins);
      cpu.rip = cpu.nextRip;
      if (cpu.stopBlock || (ins.endsBlock && block.leftAt(i, start, cpu.rip))) break;
    }
  } catch (e) {
    cpu.retiredInBlock = i - 1;
    throw e;
  }
  return i;
}

export class BlockCache {
  private readonly blocks = new Map<number, Block>();
  /** Physical page base → start addresses of the blocks decoded from it. */
  private readonly byPage = new Map<number, number[]>();
  private readonly jumps = new JumpCache<Block>();

  constructor(private readonly cpu: Cpu) {
    cpu.onCodeWrite = (page) => this.invalidatePage(page);
  }

  /** The block starting at `rip`; raises #PF/#GP for a bad fetch. */
  lookup(rip: number): Block {
    const cpu = this.cpu;
    const key = cpu.mappingEpoch * 2 + (cpu.cpl === 3 ? 1 : 0);
    const hit = this.jumps.get(rip, key);
    if (hit !== null) return hit;
    if (rip < -0x800000000000 || rip >= 0x800000000000) throw new GuestFault(13, 0);
    const phys = cpu.translate(rip, ACC_EXEC, cpu.cpl === 3);
    const block = this.blocks.get(phys) ?? this.build(rip, phys);
    // A page-straddling instruction is decoded anew each time (no "has code" bit covers its second page).
    if (block.cacheable) this.jumps.set(rip, key, block);
    return block;
  }

  /** The block after `from` now that execution reached `rip`, using and updating its links. */
  next(from: Block, rip: number): Block {
    const epoch = this.cpu.mappingEpoch;
    if (from.linkEpoch === epoch) {
      if (from.linkRip === rip && from.link !== null) return from.link;
      if (from.link2Rip === rip && from.link2 !== null) return from.link2;
    } else {
      from.link = from.link2 = null;
      from.linkEpoch = epoch;
    }
    const block = this.lookup(rip);
    if (this.cpu.mappingEpoch !== epoch) return block;
    if (from.link === null) { from.link = block; from.linkRip = rip; }
    else { from.link2 = block; from.link2Rip = rip; }
    return block;
  }

  /**
   * Counts an execution of `block`, which starts at cpu.rip; returns its compiled function
   * once it is hot: after `threshold` executions decoded again as a superblock and
   * compiled, after `inlineThreshold` (or INLINE_LOOP_FACTOR times as many instructions
   * retired in it) compiled again with memory access inline; at once if `inlineThreshold`
   * is not above `threshold`.
   */
  warm(block: Block, threshold: number, inlineThreshold: number): CompiledBlock | null {
    if (block.inlined) return block.compiled;
    const hits = ++block.hits;
    if (block.compiled === null) {
      if (hits >= threshold) this.compile(block, inlineThreshold <= threshold);
    } else if (hits >= inlineThreshold || block.retired >= INLINE_LOOP_FACTOR * inlineThreshold) {
      this.compile(block, true);
    }
    return block.compiled;
  }

  private compile(block: Block, inlineMemory: boolean): void {
    if (block.compiled === null) {
      const cpu = this.cpu;
      const rip = cpu.rip;
      // The block was just looked up or linked at this address under the same mapping, so
      // the fetch and its first instruction cannot fault; a later one only ends the block.
      const { insns, deltas } = this.decode(rip, cpu.translate(rip, ACC_EXEC, cpu.cpl === 3), true);
      block.insns = insns;
      block.deltas = deltas;
      block.exits = insns[insns.length - 1].exits;
    }
    block.compiled = compileBlock(block.insns, block.deltas, inlineMemory);
    block.inlined = inlineMemory;
  }

  private build(rip: number, phys: number): Block {
    const { insns, deltas, cacheable } = this.decode(rip, phys, false);
    const block = new Block(insns, deltas, cacheable);
    if (cacheable) this.remember(phys, block);
    return block;
  }

  /** Decodes the block at `rip` (physical `phys`): a basic block, or a superblock. */
  private decode(rip: number, phys: number, superblock: boolean): Decoded {
    const cpu = this.cpu;
    const user = cpu.cpl === 3;
    const pageStart = rip - (rip & 0xfff);
    const pageEnd = pageStart + 4096;
    const physStart = phys - (phys & 0xfff);
    const bytes = cpu.bytes;
    // lookup() has just translated this page, so the decoder reads its bytes straight from
    // RAM (the window below); only an instruction straddling into the next page reads
    // through `read`, which walks (and may fault) again.
    const read = (linear: number): number => bytes[cpu.translate(linear, ACC_EXEC, user)];
    const insns: Insn[] = [];
    const deltas: number[] = [];
    // Addresses already in the block: a jump back into it ends the block there.
    const seen = new Set<number>();
    let at = rip;
    let cacheable = true;
    while (insns.length < MAX_BLOCK) {
      let ins: Insn;
      try {
        ins = decodeInstruction(read, at, bytes, physStart + (at - pageStart), pageEnd - at);
      } catch (e) {
        // A fetch fault after the first instruction just ends the block early;
        // it is raised when (if) execution gets there.
        if (insns.length === 0 || !(e instanceof GuestFault)) throw e;
        break;
      }
      if (at + ins.len > pageEnd) {
        if (insns.length > 0) break;
        cacheable = false;
        insns.push(ins);
        deltas.push(0);
        break;
      }
      insns.push(ins);
      deltas.push(at - rip);
      seen.add(at);
      if (ins.endsBlock) {
        const next = superblock ? continuation(ins) : null;
        if (next === null) break;
        at += next;
        if (at < pageStart || at >= pageEnd || seen.has(at)) break;
      } else {
        at += ins.len;
        if (at === pageEnd) break;
      }
    }
    return { insns, deltas, cacheable };
  }

  private remember(phys: number, block: Block): void {
    const page = phys - (phys & 0xfff);
    this.blocks.set(phys, block);
    let list = this.byPage.get(page);
    if (list === undefined) {
      list = [];
      this.byPage.set(page, list);
    }
    list.push(phys);
    if (!this.cpu.mem.codePages[page >>> 12]) {
      this.cpu.mem.codePages[page >>> 12] = 1;
      this.cpu.forgetWritableMappings(page);
    }
  }

  invalidatePage(page: number): void {
    const list = this.byPage.get(page);
    if (list === undefined) return;
    for (const start of list) this.blocks.delete(start);
    this.byPage.delete(page);
    this.cpu.mappingEpoch++;
  }
}
