/*
 * setup.c - x86_64_start_kernel(), the first C code: take in the boot
 * loader's information, then give the CPU the kernel's own page tables,
 * segments and interrupt table before the generic start_kernel().
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/console.h>
#include <asm/setup.h>
#include <asm/pgtable.h>
#include <asm/uaccess.h>

struct boot_info boot_params;
char boot_command_line[COMMAND_LINE_SIZE];

/*
 * Called from head_64.S with the physical address of struct boot_info.
 * Low memory is still identity-mapped by the loader's page tables, so we
 * can read it directly until paging_init() switches to ours.
 */
asmlinkage __visible void x86_64_start_kernel(struct boot_info *bi)
{
	unsigned long len;

	serial8250_init();
	memcpy(&boot_params, bi, sizeof(boot_params));
	if (boot_params.magic != BOOT_INFO_MAGIC)
		panic("bad boot_info magic %lx", (unsigned long)boot_params.magic);
	len = boot_params.cmdline_size;
	if (len > COMMAND_LINE_SIZE - 1)
		len = COMMAND_LINE_SIZE - 1;
	if (boot_params.cmdline_addr)
		memcpy(boot_command_line, (void *)boot_params.cmdline_addr, len);
	boot_command_line[len] = '\0';

	sort_main_extable();
	paging_init(boot_params.ram_size);
	cpu_init();
	trap_init();
	start_kernel();
}
