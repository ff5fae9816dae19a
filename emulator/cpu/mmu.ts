// 4-level page-table walk (Intel SDM vol. 3, 4.5). Sets accessed/dirty bits
// the way the hardware does and raises #PF with a precise error code and CR2.

import type { Cpu } from './cpu.js';
import { ACC_EXEC, ACC_WRITE, CR0_PG, CR0_WP, EFER_NXE, GuestFault, PF_VEC } from './cpu.js';

const P = 1, RW = 2, US = 4, A = 0x20, D = 0x40, PS = 0x80;
const PF_P = 1, PF_W = 2, PF_U = 4, PF_RSVD = 8, PF_I = 0x10;
const TWO32 = 4294967296;

/** Table index (9 bits) of a canonical linear address at a given shift (39, 30, 21, 12). */
function tableIndex(addr: number, shift: number): number {
  if (shift + 9 <= 32) return (addr >>> shift) & 0x1ff;
  return Math.floor(addr / 2 ** shift) & 0x1ff;
}

/**
 * Translates `addr` for an access of kind `access` (read/write/exec) made in
 * user mode or not. Returns the physical address; throws #PF on failure.
 */
export function walkPageTables(cpu: Cpu, addr: number, access: number, user: boolean): number {
  if ((cpu.cr0 & CR0_PG) === 0) return addr >= 0 ? addr % TWO32 : 0;
  const view = cpu.view;
  const ram = cpu.mem.ramBytes;
  const nxe = (cpu.efer & EFER_NXE) !== 0;
  let table = cpu.cr3 - (cpu.cr3 % 4096);
  let allowWrite = true, allowUser = true, allowExec = true;
  for (let shift = 39; shift >= 12; shift -= 9) {
    const entryAddr = table + tableIndex(addr, shift) * 8;
    if (entryAddr + 8 > ram) throw pageFault(cpu, addr, access, user, 0);
    const lo = view.getUint32(entryAddr, true);
    const hi = view.getInt32(entryAddr + 4, true);
    if ((lo & P) === 0) throw pageFault(cpu, addr, access, user, 0);
    if (hi < 0 && !nxe) throw pageFault(cpu, addr, access, user, PF_P | PF_RSVD);
    if ((lo & RW) === 0) allowWrite = false;
    if ((lo & US) === 0) allowUser = false;
    if (hi < 0) allowExec = false;
    const frameHigh = (hi & 0xfffff) * TWO32;
    const isLeaf = shift === 12 || ((lo & PS) !== 0 && shift <= 30);
    if (!isLeaf) {
      if ((lo & A) === 0) view.setUint32(entryAddr, lo | A, true);
      table = frameHigh + (lo & 0xfffff000) + ((lo & 0xfffff000) < 0 ? TWO32 : 0);
      continue;
    }
    checkRights(cpu, addr, access, user, allowWrite, allowUser, allowExec);
    let newLo = lo | A;
    if (access === ACC_WRITE) newLo |= D;
    if (newLo !== lo) view.setUint32(entryAddr, newLo >>> 0, true);
    const pageSize = 2 ** shift;
    const frame = frameHigh + ((lo >>> 0) - ((lo >>> 0) % 4096));
    const base = frame - (frame % pageSize);
    const offset = addr - Math.floor(addr / pageSize) * pageSize;
    return base + offset;
  }
  throw new Error('unreachable');
}

function checkRights(cpu: Cpu, addr: number, access: number, user: boolean,
  allowWrite: boolean, allowUser: boolean, allowExec: boolean): void {
  if (user && !allowUser) throw pageFault(cpu, addr, access, user, PF_P);
  if (access === ACC_WRITE && !allowWrite && (user || (cpu.cr0 & CR0_WP) !== 0)) {
    throw pageFault(cpu, addr, access, user, PF_P);
  }
  if (access === ACC_EXEC && !allowExec) throw pageFault(cpu, addr, access, user, PF_P);
}

function pageFault(cpu: Cpu, addr: number, access: number, user: boolean, bits: number): GuestFault {
  let code = bits;
  if (access === ACC_WRITE) code |= PF_W;
  if (user) code |= PF_U;
  if (access === ACC_EXEC && (cpu.efer & EFER_NXE) !== 0) code |= PF_I;
  cpu.cr2 = addr;
  return new GuestFault(PF_VEC, code);
}
