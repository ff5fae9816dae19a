/*
 * printk.h - the kernel log.  A message starts with KERN_SOH and a level
 * digit ("\0016" is KERN_INFO); printk stores it in the log buffer with a
 * timestamp and prints it on the console when the level is below
 * console_loglevel.
 */
#ifndef __KERNEL_PRINTK__
#define __KERNEL_PRINTK__

#include <linux/stdarg.h>
#include <linux/types.h>

#define KERN_SOH	"\001"
#define KERN_SOH_ASCII	'\001'

#define KERN_EMERG	KERN_SOH "0"	/* system is unusable */
#define KERN_ALERT	KERN_SOH "1"	/* action must be taken immediately */
#define KERN_CRIT	KERN_SOH "2"	/* critical conditions */
#define KERN_ERR	KERN_SOH "3"	/* error conditions */
#define KERN_WARNING	KERN_SOH "4"	/* warning conditions */
#define KERN_NOTICE	KERN_SOH "5"	/* normal but significant condition */
#define KERN_INFO	KERN_SOH "6"	/* informational */
#define KERN_DEBUG	KERN_SOH "7"	/* debug-level messages */
#define KERN_DEFAULT	KERN_SOH "d"	/* the default kernel loglevel */
#define KERN_CONT	""

#define CONSOLE_LOGLEVEL_SILENT		0
#define CONSOLE_LOGLEVEL_MIN		1
#define CONSOLE_LOGLEVEL_QUIET		4
#define CONSOLE_LOGLEVEL_DEFAULT	7
#define CONSOLE_LOGLEVEL_DEBUG		10

extern int console_printk[];
#define console_loglevel (console_printk[0])
#define default_message_loglevel (console_printk[1])

asmlinkage __printf(1, 2) int printk(const char *fmt, ...);
int vprintk(const char *fmt, va_list args);

#define pr_emerg(fmt, ...)	printk(KERN_EMERG fmt, ##__VA_ARGS__)
#define pr_err(fmt, ...)	printk(KERN_ERR fmt, ##__VA_ARGS__)
#define pr_warn(fmt, ...)	printk(KERN_WARNING fmt, ##__VA_ARGS__)
#define pr_notice(fmt, ...)	printk(KERN_NOTICE fmt, ##__VA_ARGS__)
#define pr_info(fmt, ...)	printk(KERN_INFO fmt, ##__VA_ARGS__)
#define pr_debug(fmt, ...)	do { } while (0)

/* Used by the syslog(2) system call and the console setup. */
int do_syslog(int type, char __user *buf, int len);
void console_setup_loglevel(int level);
u64 local_clock(void);

#endif
