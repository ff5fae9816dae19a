/* traps.h - exception vector numbers and the handlers' entry points. */
#ifndef _ASM_X86_TRAPS_H
#define _ASM_X86_TRAPS_H

#define X86_TRAP_DE	0	/* divide error */
#define X86_TRAP_DB	1	/* debug */
#define X86_TRAP_NMI	2
#define X86_TRAP_BP	3	/* breakpoint (int3) */
#define X86_TRAP_OF	4
#define X86_TRAP_BR	5
#define X86_TRAP_UD	6	/* invalid opcode */
#define X86_TRAP_NM	7
#define X86_TRAP_DF	8	/* double fault */
#define X86_TRAP_TS	10
#define X86_TRAP_NP	11
#define X86_TRAP_SS	12
#define X86_TRAP_GP	13	/* general protection */
#define X86_TRAP_PF	14	/* page fault */
#define X86_TRAP_MF	16
#define X86_TRAP_AC	17
#define X86_TRAP_MC	18
#define X86_TRAP_XF	19

/* Page-fault error code bits. */
#define PF_PROT		0x01	/* the page was present: a protection violation */
#define PF_WRITE	0x02
#define PF_USER		0x04	/* the access came from user mode */
#define PF_RSVD		0x08
#define PF_INSTR	0x10

#ifndef __ASSEMBLY__
struct pt_regs;
void do_page_fault(struct pt_regs *regs, unsigned long error_code);
void die(const char *str, struct pt_regs *regs, long err);
void show_regs(struct pt_regs *regs);
#endif

#endif
