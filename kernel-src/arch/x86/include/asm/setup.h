/*
 * setup.h - what the boot loader tells the kernel: struct boot_info at
 * physical 0x7000 (docs/architecture.md, "The board").
 */
#ifndef _ASM_X86_SETUP_H
#define _ASM_X86_SETUP_H

#include <linux/types.h>

#define BOOT_INFO_MAGIC		0x4f4f42454c4c4354UL	/* "TCCLEBOO" */
#define COMMAND_LINE_SIZE	2048

struct boot_info {
	u64 magic;
	u64 ram_size;
	u64 cmdline_addr;
	u64 cmdline_size;
	u64 initrd_addr;
	u64 initrd_size;
	u64 tsc_khz;
	u64 kernel_end;
};

extern struct boot_info boot_params;
extern char boot_command_line[COMMAND_LINE_SIZE];

void start_kernel(void) __noreturn;
void cpu_init(void);
void trap_init(void);
void init_IRQ(void);
void time_init(void);
int rtc_read_time(void);
extern long boot_epoch;		/* seconds since 1970 at boot, from the RTC */
extern unsigned long tsc_khz;

#endif
