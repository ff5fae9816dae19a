// A warm-up run for the V8 start-up snapshot (cli/snapshot builds it).
//
// A snapshot keeps the bytecode of every function that ran while it was being built,
// but not V8's type feedback or optimized code. Without this warm-up, a cold
// `tcc-lite run` first compiles to bytecode the decoder, its binders, the instruction
// handlers, the block compiler, the devices and the machine loop — each the first time
// the guest needs it. Running a small guest once while the snapshot is built moves that
// work to build time.
//
// The guest is a freestanding 64-bit program booted with our boot protocol (see
// docs/architecture.md, "The board"): it sets up an IDT gate, the PICs and the PIT,
// runs a loop of everyday integer code in the style of unoptimized compiled C (frame
// setup, loads and stores through RBP, imul, shifts, movsx/movzx, setcc, cmov, push/pop,
// idiv, direct and indirect calls), REP string instructions, the kernel's own kind of
// instructions (CPUID, RDTSC, MSRs, SWAPGS, control registers, INVLPG, locked
// read-modify-writes), a page fault its handler resolves, port I/O to the UART, timer
// interrupts while halted, and powers off. It touches no file: nothing of the user's
// file system can end up in the snapshot.

import { Machine, type MachineExit } from './machine.js';

/**
 * The guest's source. test/emulator/warm-up.test.ts assembles it with GNU as and checks
 * that GUEST_CODE is its .text and that the data lies where GUEST_MEMORY_SIZE says.
 */
export const WARM_UP_GUEST_SOURCE = String.raw`
# Position-independent, runs at CPL 0 right after our boot protocol (RSP = 0x7000).
        .text
        .globl _start
_start:
        # IDT gates: 14 (page fault) and 0x20 (the timer's vector once the PIC is remapped).
        lea     pagefault(%rip), %rax
        lea     idt+14*16(%rip), %rdi
        call    gate
        lea     timer(%rip), %rax
        lea     idt+0x20*16(%rip), %rdi
        call    gate
        lea     idt(%rip), %rax
        mov     %rax, idtr+2(%rip)
        movw    $0x21*16-1, idtr(%rip)
        lidt    idtr(%rip)
        # PICs: vectors 0x20 and 0x28, only IRQ 0 unmasked.
        mov     $0x11, %al
        out     %al, $0x20
        out     %al, $0xa0
        mov     $0x20, %al
        out     %al, $0x21
        mov     $0x28, %al
        out     %al, $0xa1
        mov     $4, %al
        out     %al, $0x21
        mov     $2, %al
        out     %al, $0xa1
        mov     $1, %al
        out     %al, $0x21
        out     %al, $0xa1
        mov     $0xfe, %al
        out     %al, $0x21
        mov     $0xff, %al
        out     %al, $0xa1
        # PIT channel 0, rate generator, divisor 100 (an IRQ every ~84 us).
        mov     $0x34, %al
        out     %al, $0x43
        mov     $100, %al
        out     %al, $0x40
        xor     %eax, %eax
        out     %al, $0x40
        sti
        mov     $200, %r12d
1:      mov     $0x200000, %edi
        mov     $64, %esi
        lea     work(%rip), %rax
        call    *%rax
        add     %rax, %r13
        mov     $0x200000, %edi
        xor     %eax, %eax
        mov     $64, %ecx
        rep stosq
        mov     $0x200000, %esi
        mov     $0x201000, %edi
        mov     $512, %ecx
        rep movsb
        mov     $0x200000, %esi
        mov     $0x201000, %edi
        mov     $512, %ecx
        repe cmpsb
        mov     $0x200000, %edi
        call    misc
        dec     %r12d
        jnz     1b
        # One character to the console, then wait for three timer ticks.
        mov     $0x3f8, %dx
        mov     $'.', %al
        out     %al, %dx
        mov     $0x3fd, %dx
        in      %dx, %al
2:      hlt
        cmpl    $3, ticks(%rip)
        jb      2b
        cli
        xor     %eax, %eax
        out     %al, $0xf4
3:      hlt
        jmp     3b

# long work(long *buf, long n), in the style of unoptimized compiled C.
work:
        push    %rbp
        mov     %rsp, %rbp
        sub     $32, %rsp
        mov     %rdi, -8(%rbp)
        mov     %rsi, -16(%rbp)
        movq    $0, -24(%rbp)
        xor     %eax, %eax
4:      mov     -24(%rbp), %rcx
        cmp     -16(%rbp), %rcx
        jge     5f
        mov     -8(%rbp), %rdx
        mov     (%rdx,%rcx,8), %rax
        imul    $33, %rax, %rax
        add     %rcx, %rax
        movslq  %eax, %r8
        shl     $3, %r8
        sar     %cl, %r8
        xor     %r8, %rax
        mov     %rax, (%rdx,%rcx,8)
        movzbl  (%rdx,%rcx,1), %r9d
        movsbl  %r9b, %r9d
        test    %r9d, %r9d
        setne   %r10b
        movzbl  %r10b, %r10d
        add     %r10d, -28(%rbp)
        lea     1(%rcx), %rcx
        mov     %rcx, -24(%rbp)
        push    %rax
        pop     %r11
        and     $0xff, %r11
        cmp     $0x80, %r11
        cmovb   %rcx, %r11
        jmp     4b
5:      mov     -24(%rbp), %rax
        cqo
        mov     $7, %r8
        idiv    %r8
        movl    -28(%rbp), %eax
        leave
        ret

# The kernel's own kind of instructions (rdi = a buffer): CPUID, the TSC, an MSR, GS
# swapping, control registers and TLB maintenance, locked read-modify-writes, 32-bit
# arithmetic, and a page fault that the handler resolves.
misc:
        push    %rbx
        xor     %eax, %eax
        cpuid
        rdtsc
        mov     $0xc0000102, %ecx
        rdmsr
        wrmsr
        swapgs
        swapgs
        mov     %cr3, %rax
        mov     %rax, %cr3
        invlpg  (%rdi)
        mov     %cr0, %rax
        lock xadd %eax, (%rdi)
        lock cmpxchg %ecx, 4(%rdi)
        mov     (%rdi), %ebx
        bswap   %ebx
        not     %ebx
        neg     %ebx
        add     $5, %ebx
        sub     4(%rdi), %ebx
        mov     %ebx, %ecx
        test    $1, %bl
        je      6f
        imul    %ecx, %ebx
6:      mov     %ebx, %eax
        mul     %ecx
        pushq   $7
        pop     %rax
        push    (%rdi)
        pop     %rax
        cld
        mov     $16, %ecx
        xor     %eax, %eax
        repne scasb
        # 1 GiB up is unmapped: the page fault handler maps it onto the first GiB.
        movq    $0, 0x2008
        invlpg  0x40200000
        movl    $1, 0x40200000
        pop     %rbx
        ret

# Writes an interrupt gate at (%rdi) for the handler at %rax.
gate:
        mov     %ax, (%rdi)
        movw    $0x10, 2(%rdi)
        movw    $0x8e00, 4(%rdi)
        shr     $16, %rax
        mov     %ax, 6(%rdi)
        shr     $16, %rax
        mov     %eax, 8(%rdi)
        ret

pagefault:
        push    %rax
        mov     $0x4003, %eax
        mov     %rax, 0x2008
        pop     %rax
        add     $8, %rsp
        iretq

timer:
        push    %rax
        incl    ticks(%rip)
        mov     $0x20, %al
        out     %al, $0x20
        pop     %rax
        iretq

        # Data on its own page: writes to a page that holds code drop its decoded blocks.
        .balign 4096
ticks:  .long   0
        .balign 8
idtr:   .word   0
        .quad   0
        .balign 16
idt:    .space  0x21*16
`;

/** The machine code of WARM_UP_GUEST_SOURCE up to its page-aligned data. */
export const GUEST_CODE = hexBytes(
  '488d050f020000488d3df2100000e8e4010000488d0511020000488d3dff110000e8d1010000488d05f30f0000488905' +
  'd60f000066c705cb0f00000f020f011dc40f0000b011e620e6a0b020e621b028e6a1b004e621b002e6a1b001e621e6a1' +
  'b0fee621b0ffe6a1b034e643b064e64031c0e640fb41bcc8000000bf00002000be40000000488d0563000000ffd04901' +
  'c5bf0000200031c0b940000000f348abbe00002000bf00102000b900020000f3a4be00002000bf00102000b900020000' +
  'f3a6bf00002000e8b300000041ffcc75aa66baf803b02eee66bafd03ecf4833d1b0f00000372f6fa31c0e6f4f4ebfd55' +
  '4889e54883ec2048897df8488975f048c745e80000000031c0488b4de8483b4df07d57488b55f8488b04ca486bc02148' +
  '01c84c63c049c1e00349d3f84c31c0488904ca440fb60c0a450fbec94585c9410f95c2450fb6d2440155e4488d490148' +
  '894de850415b4981e3ff0000004981fb800000004c0f42d9eb9f488b45e8489949c7c00700000049f7f88b45e4c9c353' +
  '31c00fa20f31b9020100c00f320f300f01f80f01f80f20d80f22d80f013f0f20c0f00fc107f00fb14f048b1f0fcbf7d3' +
  'f7db83c3052b5f0489d9f6c30174030fafd989d8f7e16a0758ff3758fcb91000000031c0f2ae48c70425082000000000' +
  '00000f013c2500002040c7042500002040010000005bc366890766c74702100066c74704008e48c1e8106689470648c1' +
  'e810894708c350b8034000004889042508200000584883c40848cf50ff05ce0d0000b020e6205848cf',
);

/** Bytes from the code's first byte to the end of the data (ticks, idtr, idt); zeroed by the loader. */
export const GUEST_MEMORY_SIZE = 0x1230;

/** Where the guest is loaded: 1 MiB physical, in the boot protocol's high mapping. */
const LOAD_PHYS = 0x100000;
const LOAD_VIRT = 0xffffffff80000000n + BigInt(LOAD_PHYS);

function hexBytes(hex: string): Uint8Array {
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return out;
}

/** An ELF64 executable with one PT_LOAD segment: the guest's code, then zeroed data. */
export function warmUpKernel(): Uint8Array {
  const EHDR = 64, PHDR = 56;
  const elf = new Uint8Array(EHDR + PHDR + GUEST_CODE.length);
  const view = new DataView(elf.buffer);
  elf.set([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1]); // ELF, 64-bit, little-endian, version 1
  view.setUint16(16, 2, true); // ET_EXEC
  view.setUint16(18, 62, true); // EM_X86_64
  view.setUint32(20, 1, true);
  view.setBigUint64(24, LOAD_VIRT, true); // e_entry
  view.setBigUint64(32, BigInt(EHDR), true); // e_phoff
  view.setUint16(52, EHDR, true);
  view.setUint16(54, PHDR, true);
  view.setUint16(56, 1, true); // e_phnum
  view.setUint32(EHDR, 1, true); // PT_LOAD
  view.setUint32(EHDR + 4, 7, true); // RWX
  view.setBigUint64(EHDR + 8, BigInt(EHDR + PHDR), true); // p_offset
  view.setBigUint64(EHDR + 16, LOAD_VIRT, true);
  view.setBigUint64(EHDR + 24, BigInt(LOAD_PHYS), true);
  view.setBigUint64(EHDR + 32, BigInt(GUEST_CODE.length), true);
  view.setBigUint64(EHDR + 40, BigInt(GUEST_MEMORY_SIZE), true);
  view.setBigUint64(EHDR + 48, 0x1000n, true);
  elf.set(GUEST_CODE, EHDR + PHDR);
  return elf;
}

/**
 * Boots the warm-up guest to its power-off (about 400k instructions, ~0.2 s cold).
 * Meant to be called while a start-up snapshot is being built; any other time it only
 * costs that time. Throws if the guest does not power off cleanly: a broken emulator
 * should not go unnoticed at build time.
 */
export function warmUpEmulator(): MachineExit {
  const machine = new Machine({ memoryBytes: 16 << 20, kernel: warmUpKernel(), onConsoleOutput: () => {} });
  machine.closeConsoleInput();
  const exit = machine.runSync({ maxInstructions: 10_000_000 });
  if (exit.reason !== 'poweroff' || exit.exitCode !== 0) {
    throw new Error(`emulator warm-up: the guest ended with ${exit.reason} (status ${exit.exitCode})\n${exit.report ?? ''}`);
  }
  return exit;
}
