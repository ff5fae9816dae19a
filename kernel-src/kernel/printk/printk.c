/*
 * printk.c - the kernel log.
 *
 * printk() formats a message, takes its level from a leading KERN_SOH
 * digit, and stores it as a record in the ring buffer __log_buf:
 *
 *   struct printk_log header (16 bytes) | text | padding to LOG_ALIGN
 *
 * A header whose len is 0 means "the next record is at offset 0" (the
 * writer wrapped around).  When the buffer is full the oldest records are
 * dropped.  Records below console_loglevel are also written to the
 * console with a "[    1.234567] " timestamp prefix.  syslog(2) (and so
 * dmesg) reads the records back as "<6>[    1.234567] text\n" lines.
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/sched.h>
#include <linux/syscalls.h>
#include <linux/console.h>
#include <asm/msr.h>

#define LOG_ALIGN	4
#define LOG_LINE_MAX	(1024 - 32)
#define __LOG_BUF_LEN	(1 << CONFIG_LOG_BUF_SHIFT)

#define LOG_NOCONS	1
#define LOG_NEWLINE	2

int console_printk[4] = {
	CONSOLE_LOGLEVEL_DEFAULT,		/* console_loglevel */
	CONFIG_MESSAGE_LOGLEVEL_DEFAULT,	/* default_message_loglevel */
	CONSOLE_LOGLEVEL_MIN,			/* minimum_console_loglevel */
	CONSOLE_LOGLEVEL_DEFAULT,		/* default_console_loglevel */
};
#define minimum_console_loglevel (console_printk[2])
#define default_console_loglevel (console_printk[3])

struct printk_log {
	u64 ts_nsec;		/* timestamp in nanoseconds */
	u16 len;		/* length of the whole record */
	u16 text_len;
	u16 dict_len;		/* always 0 here */
	u8 facility;		/* 0: kernel */
	u8 flags:5;
	u8 level:3;
};

static char __log_buf[__LOG_BUF_LEN] __aligned(LOG_ALIGN);
static char *log_buf = __log_buf;
static u32 log_buf_len = __LOG_BUF_LEN;

/* Oldest and next record, by index into log_buf and sequence number. */
static u32 log_first_idx, log_next_idx;
static u64 log_first_seq, log_next_seq;
/* Where SYSLOG_ACTION_CLEAR left off, and where READ (2) continues. */
static u32 clear_idx, syslog_idx;
static u64 clear_seq, syslog_seq;
static int saved_console_loglevel = -1;
static int log_wait;		/* sleep channel for SYSLOG_ACTION_READ */

/* The clock: TSC ticks since boot, in nanoseconds (0 before time_init). */
static unsigned long tsc_khz_boot;
static unsigned long tsc_at_boot;

void printk_clock_init(unsigned long tsc_khz)
{
	tsc_at_boot = rdtsc();
	tsc_khz_boot = tsc_khz;
}

u64 local_clock(void)
{
	unsigned long cycles;

	if (!tsc_khz_boot)
		return 0;
	cycles = rdtsc() - tsc_at_boot;
	/* cycles * 1e6 / khz, split to avoid overflowing 64 bits */
	return (cycles / tsc_khz_boot) * 1000000UL +
	       (cycles % tsc_khz_boot) * 1000000UL / tsc_khz_boot;
}

static struct printk_log *log_from_idx(u32 idx)
{
	struct printk_log *msg = (struct printk_log *)(log_buf + idx);

	if (!msg->len)		/* wrap marker */
		return (struct printk_log *)log_buf;
	return msg;
}

static u32 log_next(u32 idx)
{
	struct printk_log *msg = (struct printk_log *)(log_buf + idx);

	if (!msg->len)
		return ((struct printk_log *)log_buf)->len;
	return idx + msg->len;
}

static char *log_text(struct printk_log *msg)
{
	return (char *)msg + sizeof(struct printk_log);
}

/* Is there room for size bytes at log_next_idx, or at 0 after wrapping? */
static int logbuf_has_space(u32 size, int empty)
{
	u32 free;

	if (log_next_idx > log_first_idx || empty) {
		free = log_buf_len - log_next_idx;
		if (log_first_idx > free)
			free = log_first_idx;
	} else {
		free = log_first_idx - log_next_idx;
	}
	/* keep room for a wrap marker after the record */
	return free >= size + sizeof(struct printk_log);
}

static void log_store(int facility, int level, u64 ts, const char *text, u16 text_len)
{
	struct printk_log *msg;
	u32 size = sizeof(struct printk_log) + text_len;

	size = (size + LOG_ALIGN - 1) & ~(LOG_ALIGN - 1);
	while (log_first_seq < log_next_seq && !logbuf_has_space(size, 0)) {
		log_first_idx = log_next(log_first_idx);
		log_first_seq++;
	}
	if (clear_seq < log_first_seq) {
		clear_seq = log_first_seq;
		clear_idx = log_first_idx;
	}
	if (syslog_seq < log_first_seq) {
		syslog_seq = log_first_seq;
		syslog_idx = log_first_idx;
	}
	if (log_next_idx + size + sizeof(struct printk_log) > log_buf_len) {
		memset(log_buf + log_next_idx, 0, sizeof(struct printk_log));
		log_next_idx = 0;
	}
	msg = (struct printk_log *)(log_buf + log_next_idx);
	memcpy(log_text(msg), text, text_len);
	msg->ts_nsec = ts;
	msg->len = (u16)size;
	msg->text_len = text_len;
	msg->dict_len = 0;
	msg->facility = (u8)facility;
	msg->flags = LOG_NEWLINE;
	msg->level = (u8)(level & 7);
	log_next_idx += size;
	log_next_seq++;
	wake_up(&log_wait);
}

static char *memchr_nl(const char *s, size_t n)
{
	for (; n; n--, s++)
		if (*s == '\n')
			return (char *)s;
	return NULL;
}

/* "[    1.234567] " */
static size_t print_time(u64 ts, char *buf, size_t size)
{
	unsigned long rem_nsec = (unsigned long)(ts % 1000000000);

	return snprintf(buf, size, "[%5lu.%06lu] ", (unsigned long)(ts / 1000000000),
			rem_nsec / 1000);
}

/* Render one record as text lines; with syslog, each line starts with <N>. */
static size_t msg_print_text(struct printk_log *msg, int syslog, char *buf, size_t size)
{
	char prefix[40];
	size_t prefix_len = 0, len = 0;
	const char *text = log_text(msg);
	size_t text_size = msg->text_len;

	if (syslog)
		prefix_len = snprintf(prefix, sizeof(prefix), "<%u>",
				      (unsigned int)(msg->facility << 3 | msg->level));
	prefix_len += print_time(msg->ts_nsec, prefix + prefix_len, sizeof(prefix) - prefix_len);

	do {
		const char *next = memchr_nl(text, text_size);
		size_t line = next ? (size_t)(next - text) : text_size;

		if (buf) {
			if (len + prefix_len + line + 1 >= size)
				break;
			memcpy(buf + len, prefix, prefix_len);
			memcpy(buf + len + prefix_len, text, line);
			buf[len + prefix_len + line] = '\n';
		}
		len += prefix_len + line + 1;
		if (!next)
			break;
		text = next + 1;
		text_size -= line + 1;
	} while (text_size);
	return len;
}

static void call_console(int level, u64 ts, const char *text, size_t len)
{
	char prefix[32];
	size_t n;

	if (level >= console_loglevel)
		return;
	n = print_time(ts, prefix, sizeof(prefix));
	console_write(prefix, n);
	console_write(text, len);
	console_write("\n", 1);
}

/* A line without its final newline waits here for the rest (KERN_CONT). */
static char cont_buf[LOG_LINE_MAX];
static size_t cont_len;
static int cont_level;
static u64 cont_ts;

static void cont_flush(void)
{
	if (!cont_len)
		return;
	log_store(0, cont_level, cont_ts, cont_buf, (u16)cont_len);
	call_console(cont_level, cont_ts, cont_buf, cont_len);
	cont_len = 0;
}

static void cont_add(int level, u64 ts, const char *text, size_t len)
{
	if (!cont_len) {
		cont_level = level;
		cont_ts = ts;
	}
	if (cont_len + len > sizeof(cont_buf))
		len = sizeof(cont_buf) - cont_len;
	memcpy(cont_buf + cont_len, text, len);
	cont_len += len;
}

int vprintk_emit(int facility, int level, const char *fmt, va_list args)
{
	static char textbuf[LOG_LINE_MAX];
	char *text = textbuf;
	size_t text_len;
	u64 ts = local_clock();
	int printed_len;

	printed_len = vsnprintf(textbuf, sizeof(textbuf), fmt, args);
	text_len = strlen(textbuf);

	/* A level prefix starts a new message; no prefix continues the last. */
	if (text[0] == KERN_SOH_ASCII && text[1]) {
		if (text[1] >= '0' && text[1] <= '7')
			level = text[1] - '0';
		text += 2;
		text_len -= 2;
		cont_flush();
	}
	if (level < 0)
		level = cont_len ? cont_level : default_message_loglevel;

	/* Each complete line becomes a record. */
	while (text_len) {
		char *nl = memchr_nl(text, text_len);
		size_t line = nl ? (size_t)(nl - text) : text_len;

		cont_add(level, ts, text, line);
		if (!nl)
			break;
		cont_flush();
		text += line + 1;
		text_len -= line + 1;
	}
	return printed_len;
}

int vprintk(const char *fmt, va_list args)
{
	return vprintk_emit(0, -1, fmt, args);
}

asmlinkage int printk(const char *fmt, ...)
{
	va_list args;
	int r;

	va_start(args, fmt);
	r = vprintk_emit(0, -1, fmt, args);
	va_end(args);
	return r;
}

void console_setup_loglevel(int level)
{
	console_loglevel = level;
}

#define SYSLOG_ACTION_CLOSE		0
#define SYSLOG_ACTION_OPEN		1
#define SYSLOG_ACTION_READ		2
#define SYSLOG_ACTION_READ_ALL		3
#define SYSLOG_ACTION_READ_CLEAR	4
#define SYSLOG_ACTION_CLEAR		5
#define SYSLOG_ACTION_CONSOLE_OFF	6
#define SYSLOG_ACTION_CONSOLE_ON	7
#define SYSLOG_ACTION_CONSOLE_LEVEL	8
#define SYSLOG_ACTION_SIZE_UNREAD	9
#define SYSLOG_ACTION_SIZE_BUFFER	10

static char syslog_text[LOG_LINE_MAX + 64];

/* READ_ALL: the newest records that fit in size bytes, oldest first. */
static int syslog_print_all(char __user *buf, int size, int clear)
{
	u64 seq, next_seq;
	u32 idx;
	int len = 0;

	/* Total length of everything since the last clear... */
	seq = clear_seq;
	idx = clear_idx;
	while (seq < log_next_seq) {
		len += msg_print_text(log_from_idx(idx), 1, NULL, 0);
		idx = log_next(idx);
		seq++;
	}
	/* ...then skip the oldest until the rest fits. */
	seq = clear_seq;
	idx = clear_idx;
	while (len > size && seq < log_next_seq) {
		len -= msg_print_text(log_from_idx(idx), 1, NULL, 0);
		idx = log_next(idx);
		seq++;
	}

	next_seq = log_next_seq;
	len = 0;
	while (len >= 0 && seq < next_seq) {
		size_t n = msg_print_text(log_from_idx(idx), 1, syslog_text, sizeof(syslog_text));

		idx = log_next(idx);
		seq++;
		if (len + (int)n > size)
			break;
		if (copy_to_user(buf + len, syslog_text, n))
			len = -EFAULT;
		else
			len += n;
	}
	if (clear) {
		clear_seq = log_next_seq;
		clear_idx = log_next_idx;
	}
	return len;
}

/* READ: records not yet read this way, consuming them. */
static int syslog_read(char __user *buf, int size)
{
	int len = 0;

	while (size > 0 && syslog_seq < log_next_seq) {
		size_t n = msg_print_text(log_from_idx(syslog_idx), 1, syslog_text, sizeof(syslog_text));

		if ((int)n > size - len)
			break;
		if (copy_to_user(buf + len, syslog_text, n))
			return len ? len : -EFAULT;
		len += n;
		syslog_idx = log_next(syslog_idx);
		syslog_seq++;
	}
	return len;
}

int do_syslog(int type, char __user *buf, int len)
{
	u64 seq;
	u32 idx;
	int n;

	switch (type) {
	case SYSLOG_ACTION_CLOSE:
	case SYSLOG_ACTION_OPEN:
		return 0;
	case SYSLOG_ACTION_READ:
		if (!buf || len < 0)
			return -EINVAL;
		if (!len)
			return 0;
		if (!access_ok(VERIFY_WRITE, buf, len))
			return -EFAULT;
		while (syslog_seq == log_next_seq) {
			sleep_on(&log_wait);
			if (signal_pending(current))
				return -ERESTARTSYS;
		}
		return syslog_read(buf, len);
	case SYSLOG_ACTION_READ_CLEAR:
	case SYSLOG_ACTION_READ_ALL:
		if (!buf || len < 0)
			return -EINVAL;
		if (!len)
			return 0;
		if (!access_ok(VERIFY_WRITE, buf, len))
			return -EFAULT;
		return syslog_print_all(buf, len, type == SYSLOG_ACTION_READ_CLEAR);
	case SYSLOG_ACTION_CLEAR:
		clear_seq = log_next_seq;
		clear_idx = log_next_idx;
		return 0;
	case SYSLOG_ACTION_CONSOLE_OFF:
		if (saved_console_loglevel == -1)
			saved_console_loglevel = console_loglevel;
		console_loglevel = minimum_console_loglevel;
		return 0;
	case SYSLOG_ACTION_CONSOLE_ON:
		if (saved_console_loglevel != -1) {
			console_loglevel = saved_console_loglevel;
			saved_console_loglevel = -1;
		}
		return 0;
	case SYSLOG_ACTION_CONSOLE_LEVEL:
		if (len < 1 || len > 8)
			return -EINVAL;
		if (len < minimum_console_loglevel)
			len = minimum_console_loglevel;
		console_loglevel = len;
		saved_console_loglevel = -1;
		return 0;
	case SYSLOG_ACTION_SIZE_UNREAD:
		n = 0;
		for (seq = syslog_seq, idx = syslog_idx; seq < log_next_seq; seq++) {
			n += msg_print_text(log_from_idx(idx), 1, NULL, 0);
			idx = log_next(idx);
		}
		return n;
	case SYSLOG_ACTION_SIZE_BUFFER:
		return log_buf_len;
	default:
		return -EINVAL;
	}
}

SYSCALL_DEFINE3(syslog, int, type, char __user *, buf, int, len)
{
	return do_syslog(type, buf, len);
}
