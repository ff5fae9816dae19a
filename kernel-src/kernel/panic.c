/*
 * panic.c - the kernel cannot go on: say why and stop.  Real Linux
 * halts; we also power off (status 255) so an emulated run ends instead
 * of hanging.
 */
#include <linux/kernel.h>
#include <asm/io.h>
#include <asm/processor.h>

void panic(const char *fmt, ...)
{
	static char buf[1024];
	va_list args;

	local_irq_disable();
	va_start(args, fmt);
	vsnprintf(buf, sizeof(buf), fmt, args);
	va_end(args);
	printk(KERN_EMERG "Kernel panic - not syncing: %s\n", buf);
	printk(KERN_EMERG "---[ end Kernel panic - not syncing: %s\n", buf);
	outb(255, 0xf4);
	for (;;)
		halt();
}
