/*
 * irq.c - external interrupts through the two 8259 PICs.
 *
 * The PICs are remapped so IRQ 0..15 arrive as vectors 0x20..0x2f (the
 * BIOS default would collide with CPU exceptions).  Used lines: IRQ 0 the
 * PIT timer, IRQ 2 the cascade, IRQ 4 the COM1 serial port.
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/console.h>
#include <asm/io.h>
#include <asm/ptrace.h>
#include <asm/setup.h>

#define PIC_MASTER_CMD	0x20
#define PIC_MASTER_IMR	0x21
#define PIC_SLAVE_CMD	0xa0
#define PIC_SLAVE_IMR	0xa1
#define PIC_EOI		0x20
#define FIRST_EXTERNAL_VECTOR 0x20

void init_IRQ(void)
{
	outb(0x11, PIC_MASTER_CMD);	/* ICW1: edge, cascade, ICW4 follows */
	outb(0x11, PIC_SLAVE_CMD);
	outb(FIRST_EXTERNAL_VECTOR, PIC_MASTER_IMR);	/* ICW2: vector base */
	outb(FIRST_EXTERNAL_VECTOR + 8, PIC_SLAVE_IMR);
	outb(0x04, PIC_MASTER_IMR);	/* ICW3: slave on IRQ 2 */
	outb(0x02, PIC_SLAVE_IMR);
	outb(0x01, PIC_MASTER_IMR);	/* ICW4: 8086 mode */
	outb(0x01, PIC_SLAVE_IMR);
	outb((unsigned char)~((1 << 0) | (1 << 2) | (1 << 4)), PIC_MASTER_IMR);
	outb(0xff, PIC_SLAVE_IMR);
}

void timer_interrupt(struct pt_regs *regs);

/* Called from common_interrupt with orig_ax = ~vector. */
__visible void do_IRQ(struct pt_regs *regs)
{
	unsigned int irq = (unsigned int)~regs->orig_ax - FIRST_EXTERNAL_VECTOR;

	if (irq >= 8)
		outb(PIC_EOI, PIC_SLAVE_CMD);
	outb(PIC_EOI, PIC_MASTER_CMD);

	switch (irq) {
	case 0:
		timer_interrupt(regs);
		break;
	case 4:
		serial8250_interrupt();
		break;
	default:
		break;
	}
}
