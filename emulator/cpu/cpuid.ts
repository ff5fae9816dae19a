// CPUID: a plain GenuineIntel x86-64 with SSE/SSE2, NX, SYSCALL, RDTSCP and
// no AVX/OSXSAVE, so kernels and libcs pick the baseline code paths.

function ascii4(s: string): number {
  return (s.charCodeAt(0) | (s.charCodeAt(1) << 8) | (s.charCodeAt(2) << 16) | (s.charCodeAt(3) << 24)) >>> 0;
}

const BRAND = 'tcc-lite virtual x86-64 CPU'.padEnd(48, '\0');

function brandLeaf(part: number): number[] {
  const s = BRAND.slice(part * 16, part * 16 + 16);
  return [0, 1, 2, 3].map((i) => ascii4(s.slice(i * 4, i * 4 + 4)));
}

// Leaf 1 EDX: FPU, PSE, TSC, MSR, PAE, CX8, PGE, CMOV, PAT, CLFSH, MMX, FXSR, SSE, SSE2.
const LEAF1_EDX = [0, 3, 4, 5, 6, 8, 13, 15, 16, 19, 23, 24, 25, 26].reduce((a, b) => a | (1 << b), 0) >>> 0;
// Leaf 1 ECX: CX16 only.
const LEAF1_ECX = 1 << 13;
// 0x80000001 EDX: SYSCALL, NX, RDTSCP, LM. ECX: LAHF/SAHF in 64-bit mode.
const EXT1_EDX = ((1 << 11) | (1 << 20) | (1 << 27) | (1 << 29)) >>> 0;

/** Returns [EAX, EBX, ECX, EDX] for leaf/subleaf. */
export function cpuidLeaf(leaf: number, _subleaf: number): number[] {
  switch (leaf) {
    case 0: return [7, ascii4('Genu'), ascii4('ntel'), ascii4('ineI')];
    case 1: return [0x000306a9, 0x00010800, LEAF1_ECX, LEAF1_EDX];
    case 0x80000000: return [0x80000008, 0, 0, 0];
    case 0x80000001: return [0, 0, 1, EXT1_EDX];
    case 0x80000002: return brandLeaf(0);
    case 0x80000003: return brandLeaf(1);
    case 0x80000004: return brandLeaf(2);
    case 0x80000008: return [0x00003028, 0, 0, 0];
    default: return [0, 0, 0, 0];
  }
}
