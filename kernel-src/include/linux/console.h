/*
 * console.h - where kernel messages go: the 8250 serial port
 * (drivers/tty/serial/8250.c), written by polling so printk works
 * anywhere, even with interrupts off or in a fault handler.
 */
#ifndef _LINUX_CONSOLE_H
#define _LINUX_CONSOLE_H

#include <linux/types.h>

void console_write(const char *s, size_t len);
void serial8250_init(void);
void serial8250_putc(char c);
int serial8250_getc(void);		/* -1 if no byte is waiting */
void serial8250_interrupt(void);
void serial8250_poll(void);		/* take waiting input, notice a hang-up */
void printk_clock_init(unsigned long tsc_khz);

#endif
