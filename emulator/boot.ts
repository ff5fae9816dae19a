// Our 64-bit boot protocol (docs/architecture.md, "The board"): load the
// kernel ELF's PT_LOAD segments at p_paddr, place the initrd, write boot_info
// and the command line, build temporary page tables and a GDT, and put the
// CPU in long mode at e_entry.

import { CR0_PE, CR0_PG, CR0_WP, CR4_PAE, Cpu, EFER_LMA, EFER_LME, RSI, RSP } from './cpu/cpu.js';
import type { PhysicalMemory } from './memory.js';

export const BOOT_INFO_ADDR = 0x7000;
export const CMDLINE_ADDR = 0x7100;
export const CMDLINE_MAX = 2048;
export const BOOT_MAGIC = 0x4f4f42454c4c4354n; // "TCCLEBOO"
export const TSC_KHZ = 1000000;

const PML4 = 0x1000, PDPT_LOW = 0x2000, PDPT_HIGH = 0x3000, PD = 0x4000, GDT = 0x5000;
const TWO_MIB = 0x200000;

/** Linux x86-64 GDT layout: kernel32 CS, kernel CS, kernel DS, user32 CS, user DS, user CS. */
const GDT_ENTRIES = [
  0n,
  0x00cf9b000000ffffn,
  0x00af9b000000ffffn,
  0x00cf93000000ffffn,
  0x00cffb000000ffffn,
  0x00cff3000000ffffn,
  0x00affb000000ffffn,
];

export class BootError extends Error {}

export interface KernelImage {
  entry: bigint;
  /** Highest p_paddr + p_memsz over all PT_LOAD segments. */
  end: number;
}

/** Loads every PT_LOAD segment of an ELF64 x86-64 executable at its physical address. */
export function loadKernelElf(mem: PhysicalMemory, elf: Uint8Array): KernelImage {
  if (elf.length < 64 || elf[0] !== 0x7f || elf[1] !== 0x45 || elf[2] !== 0x4c || elf[3] !== 0x46) {
    throw new BootError('kernel is not an ELF file');
  }
  const view = new DataView(elf.buffer, elf.byteOffset, elf.byteLength);
  if (elf[4] !== 2 || elf[5] !== 1 || view.getUint16(18, true) !== 62) {
    throw new BootError('kernel is not an ELF64 little-endian x86-64 file');
  }
  const entry = view.getBigUint64(24, true);
  const phoff = Number(view.getBigUint64(32, true));
  const phentsize = view.getUint16(54, true);
  const phnum = view.getUint16(56, true);
  let end = 0;
  for (let i = 0; i < phnum; i++) {
    const ph = phoff + i * phentsize;
    if (ph + 56 > elf.length) throw new BootError('program header table extends past the end of the file');
    if (view.getUint32(ph, true) !== 1) continue;
    const offset = Number(view.getBigUint64(ph + 8, true));
    const paddr = Number(view.getBigUint64(ph + 24, true));
    const filesz = Number(view.getBigUint64(ph + 32, true));
    const memsz = Number(view.getBigUint64(ph + 40, true));
    if (offset + filesz > elf.length) throw new BootError('PT_LOAD segment extends past the end of the file');
    if (paddr + memsz > mem.ramBytes) {
      throw new BootError(`PT_LOAD segment at physical 0x${paddr.toString(16)} (+0x${memsz.toString(16)}) does not fit in RAM`);
    }
    mem.bytes.fill(0, paddr, paddr + memsz);
    mem.load(paddr, elf.subarray(offset, offset + filesz));
    end = Math.max(end, paddr + memsz);
  }
  if (end === 0) throw new BootError('kernel has no PT_LOAD segments');
  return { entry, end };
}

export interface BootParameters {
  kernel: Uint8Array;
  initrd?: Uint8Array;
  cmdline?: string;
}

/** Prepares memory and CPU state so that the next instruction is the kernel's first. */
export function bootKernel(cpu: Cpu, mem: PhysicalMemory, params: BootParameters): void {
  const image = loadKernelElf(mem, params.kernel);
  let initrdAddr = 0;
  const initrdSize = params.initrd?.length ?? 0;
  if (params.initrd && initrdSize > 0) {
    initrdAddr = Math.ceil(image.end / TWO_MIB) * TWO_MIB;
    if (initrdAddr + initrdSize > mem.ramBytes) throw new BootError('initrd does not fit in RAM');
    mem.load(initrdAddr, params.initrd);
  }
  const cmdline = new TextEncoder().encode(params.cmdline ?? '');
  if (cmdline.length >= CMDLINE_MAX) throw new BootError(`command line longer than ${CMDLINE_MAX - 1} bytes`);
  mem.bytes.fill(0, 0x1000, 0x8000 + CMDLINE_MAX);
  mem.load(CMDLINE_ADDR, cmdline);

  const info: bigint[] = [
    BOOT_MAGIC, BigInt(mem.ramBytes), BigInt(CMDLINE_ADDR), BigInt(cmdline.length),
    BigInt(initrdAddr), BigInt(initrdSize), BigInt(TSC_KHZ), BigInt(image.end),
  ];
  info.forEach((v, i) => mem.writeU64(BOOT_INFO_ADDR + 8 * i, v));

  // Identity map of the first 1 GiB and 0xffffffff80000000 + x -> x, with 2 MiB pages.
  mem.writeU64(PML4, BigInt(PDPT_LOW | 3));
  mem.writeU64(PML4 + 511 * 8, BigInt(PDPT_HIGH | 3));
  mem.writeU64(PDPT_LOW, BigInt(PD | 3));
  mem.writeU64(PDPT_HIGH + 510 * 8, BigInt(PD | 3));
  for (let i = 0; i < 512; i++) mem.writeU64(PD + i * 8, BigInt(i * TWO_MIB) | 0x83n);
  GDT_ENTRIES.forEach((d, i) => mem.writeU64(GDT + i * 8, d));

  cpu.gdtBase = GDT;
  cpu.gdtLimit = GDT_ENTRIES.length * 8 - 1;
  cpu.idtBase = 0;
  cpu.idtLimit = 0;
  cpu.cr3 = PML4;
  cpu.cr4 = CR4_PAE;
  cpu.efer = EFER_LME | EFER_LMA;
  cpu.cr0 = CR0_PE | CR0_PG | CR0_WP | 0x10;
  cpu.segSel.set([0x18, 0x10, 0x18, 0x18, 0, 0]);
  cpu.setCpl(0);
  cpu.rflags = 2;
  cpu.flushTlb();
  cpu.setAddrReg(RSP, BOOT_INFO_ADDR);
  cpu.setAddrReg(RSI, BOOT_INFO_ADDR);
  cpu.rip = Number(BigInt.asIntN(64, image.entry));
}
