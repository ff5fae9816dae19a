/* tty.h - the console terminal: line editing and termios (drivers/tty/tty_io.c). */
#ifndef _LINUX_TTY_H
#define _LINUX_TTY_H

void tty_receive_char(char c);
void tty_hangup(void);
void tty_init(void);

#endif
