#ifndef _ERROR_H
#define _ERROR_H

/*
 * GNU's error reporting: "program: message[: strerror(errnum)]" on stderr after
 * flushing stdout; a nonzero status then exits with it.
 */
void error(int status, int errnum, const char *format, ...);
void error_at_line(int status, int errnum, const char *filename, unsigned int linenum, const char *format, ...);

/* How many messages error() and error_at_line() have printed. */
extern unsigned int error_message_count;
/* Nonzero: error_at_line() prints a message once for consecutive calls about the same line. */
extern int error_one_per_line;
/* When set, called instead of printing "program: ". */
extern void (*error_print_progname)(void);

#endif
