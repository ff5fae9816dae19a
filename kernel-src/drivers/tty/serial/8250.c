/*
 * 8250.c - the PC's 16550 UART on COM1 (I/O port 0x3f8, IRQ 4): the
 * system console.  Output polls the transmitter; input arrives by
 * interrupt and is handed to the tty layer (drivers/tty/tty_io.c).
 */
#include <linux/kernel.h>
#include <linux/console.h>
#include <linux/tty.h>
#include <asm/io.h>

#define COM1		0x3f8
#define UART_RX		0	/* receive buffer (read) */
#define UART_TX		0	/* transmit holding (write) */
#define UART_IER	1	/* interrupt enable */
#define UART_FCR	2	/* FIFO control (write) */
#define UART_LCR	3	/* line control */
#define UART_MCR	4	/* modem control */
#define UART_LSR	5	/* line status */
#define UART_MSR	6	/* modem status */
#define UART_DLL	0	/* divisor latch, with LCR.DLAB */
#define UART_DLM	1

#define UART_LSR_DR	0x01	/* a received byte is waiting */
#define UART_LSR_THRE	0x20	/* the transmitter can take a byte */
#define UART_IER_RDI	0x01	/* interrupt on received data */
#define UART_IER_MSI	0x08	/* interrupt on modem status change */
#define UART_MSR_DCD	0x80	/* carrier detect */
#define UART_LCR_DLAB	0x80
#define UART_LCR_WLEN8	0x03

void serial8250_init(void)
{
	outb(0, COM1 + UART_IER);
	outb(UART_LCR_DLAB, COM1 + UART_LCR);
	outb(1, COM1 + UART_DLL);		/* 115200 baud */
	outb(0, COM1 + UART_DLM);
	outb(UART_LCR_WLEN8, COM1 + UART_LCR);	/* 8N1 */
	outb(0xc7, COM1 + UART_FCR);		/* FIFOs on and cleared */
	outb(0x0b, COM1 + UART_MCR);		/* DTR, RTS, OUT2 (IRQ gate) */
	outb(UART_IER_RDI | UART_IER_MSI, COM1 + UART_IER);
}

void serial8250_putc(char c)
{
	int spins = 100000;

	while (!(inb(COM1 + UART_LSR) & UART_LSR_THRE) && --spins)
		;
	outb((unsigned char)c, COM1 + UART_TX);
}

int serial8250_getc(void)
{
	if (!(inb(COM1 + UART_LSR) & UART_LSR_DR))
		return -1;
	return inb(COM1 + UART_RX);
}

/* The console: bytes go out unchanged (no "\n" to "\r\n"). */
void console_write(const char *s, size_t len)
{
	while (len--)
		serial8250_putc(*s++);
}

/*
 * Move every waiting byte into the tty, then look at the modem lines: no carrier
 * (the emulator's host input ended) hangs the terminal up.  Called from IRQ 4 and,
 * like a polling driver, from the idle loop: a hang-up that happened before the
 * interrupt controller was set up raised an interrupt nobody saw.
 */
void serial8250_poll(void)
{
	int c;

	while ((c = serial8250_getc()) >= 0)
		tty_receive_char((char)c);
	if (!(inb(COM1 + UART_MSR) & UART_MSR_DCD))
		tty_hangup();
}

void serial8250_interrupt(void)
{
	serial8250_poll();
}
