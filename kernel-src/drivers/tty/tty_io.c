/*
 * tty_io.c - the console terminal (what /dev/console reads and writes).
 *
 * Output goes straight to the serial port.  Input arrives a byte at a
 * time from the serial interrupt; in canonical mode (the default) the
 * line discipline collects a line with simple editing - backspace erases,
 * ^U kills the line, ^D ends input, ^C sends SIGINT, ^Z SIGTSTP - and
 * echoes it, and read() returns whole lines.  With ICANON off (TCSETS)
 * bytes are delivered as they come.
 *
 * Job control, as Linux's: a session leader makes the console its
 * controlling terminal (TIOCSCTTY), and then its foreground process group
 * (TIOCSPGRP) is the one that may read it; a background group that reads
 * gets SIGTTIN, and one that writes under TOSTOP, or changes the settings
 * or the foreground group, gets SIGTTOU.  Until then (tcc-lite run -c) the
 * console is no one's controlling terminal and nothing is checked.
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/sched.h>
#include <linux/fs.h>
#include <linux/poll.h>
#include <linux/tty.h>
#include <linux/console.h>
#include <linux/uaccess.h>

#define TCGETS		0x5401
#define TCSETS		0x5402
#define TCSETSW		0x5403
#define TCSETSF		0x5404
#define TIOCSCTTY	0x540E
#define TIOCGPGRP	0x540F
#define TIOCSPGRP	0x5410
#define TIOCSTI		0x5412
#define TIOCGSID	0x5429
#define TIOCGWINSZ	0x5413
#define TIOCSWINSZ	0x5414
#define FIONREAD	0x541B
#define TIOCNOTTY	0x5422

/* termios flag bits (asm-generic/termbits.h) */
#define ICRNL	0000400
#define IXON	0002000
#define OPOST	0000001
#define B38400	0000017
#define CS8	0000060
#define CREAD	0000200
#define ISIG	0000001
#define ICANON	0000002
#define ECHO	0000010
#define ECHOE	0000020
#define ECHOK	0000040
#define ECHOCTL	0001000
#define TOSTOP	0000400
#define ECHOKE	0004000
#define IEXTEN	0100000

#define VINTR	0
#define VQUIT	1
#define VERASE	2
#define VKILL	3
#define VEOF	4
#define VTIME	5
#define VMIN	6
#define VSUSP	10
#define NCCS	19

#define N_TTY_BUF_SIZE	4096
#define EOF_MARK	0x100	/* in the read queue: "end of input here" */

struct termios {
	unsigned int c_iflag, c_oflag, c_cflag, c_lflag;
	unsigned char c_line;
	unsigned char c_cc[NCCS];
};

struct winsize {
	unsigned short ws_row, ws_col, ws_xpixel, ws_ypixel;
};

struct tty_struct {
	struct termios termios;
	struct winsize winsize;
	pid_t pgrp;			/* foreground process group (0: init's) */
	pid_t session;			/* whose controlling terminal it is (0: no one's) */
	/* bytes ready for read(); completed lines only in canonical mode */
	unsigned short read_buf[N_TTY_BUF_SIZE];
	unsigned int read_head, read_tail;
	int lines;			/* line ends (newline or EOF) in read_buf */
	/* the line being edited */
	char line[N_TTY_BUF_SIZE];
	int line_len;
	int hung_up;			/* carrier lost: reads at the end see EOF */
};

static struct tty_struct console_tty = {
	.termios = {
		.c_iflag = ICRNL | IXON,
		.c_oflag = OPOST,
		.c_cflag = B38400 | CS8 | CREAD,
		.c_lflag = ISIG | ICANON | ECHO | ECHOE | ECHOK | ECHOCTL | ECHOKE | IEXTEN,
		.c_cc = { 3, 28, 127, 21, 4, 0, 1, 0, 17, 19, 26, 0, 18, 15, 23, 22, 0 },
	},
	.winsize = { 24, 80, 0, 0 },
};

static void put_queue(struct tty_struct *tty, unsigned short c)
{
	if (tty->read_head - tty->read_tail >= N_TTY_BUF_SIZE)
		return;		/* full: drop */
	tty->read_buf[tty->read_head++ % N_TTY_BUF_SIZE] = c;
}

static void echo(struct tty_struct *tty, const char *s, size_t n)
{
	if (tty->termios.c_lflag & ECHO)
		console_write(s, n);
}

/* The line is complete: move it to the read queue. */
static void commit_line(struct tty_struct *tty, int eof)
{
	int i;

	for (i = 0; i < tty->line_len; i++)
		put_queue(tty, (unsigned char)tty->line[i]);
	if (eof)
		put_queue(tty, EOF_MARK);
	tty->line_len = 0;
	tty->lines++;
}

/* Called for every received byte (from the serial interrupt). */
void tty_receive_char(char ch)
{
	struct tty_struct *tty = &console_tty;
	struct termios *t = &tty->termios;
	unsigned char c = (unsigned char)ch;

	if ((t->c_iflag & ICRNL) && c == '\r')
		c = '\n';
	if ((t->c_lflag & ISIG) && (c == t->c_cc[VINTR] || c == t->c_cc[VQUIT])) {
		int sig = c == t->c_cc[VINTR] ? SIGINT : SIGQUIT;

		echo(tty, sig == SIGINT ? "^C\n" : "^\\\n", 3);
		tty->line_len = 0;
		kill_pgrp(tty->pgrp ? tty->pgrp : 1, sig);
		wake_up(tty);
		return;
	}
	if ((t->c_lflag & ISIG) && c == t->c_cc[VSUSP] && c) {
		echo(tty, "^Z", 2);	/* ECHOCTL's echo; the shell starts the next line */
		tty->line_len = 0;
		kill_pgrp(tty->pgrp ? tty->pgrp : 1, SIGTSTP);
		wake_up(tty);
		return;
	}
	if (!(t->c_lflag & ICANON)) {
		put_queue(tty, c);
		echo(tty, (char *)&c, 1);
		wake_up(tty);
		return;
	}
	if (c == t->c_cc[VERASE] || c == '\b') {
		if (tty->line_len) {
			tty->line_len--;
			echo(tty, "\b \b", 3);
		}
		return;
	}
	if (c == t->c_cc[VKILL]) {
		while (tty->line_len) {
			tty->line_len--;
			echo(tty, "\b \b", 3);
		}
		return;
	}
	if (c == t->c_cc[VEOF]) {
		commit_line(tty, 1);
		wake_up(tty);
		return;
	}
	if (tty->line_len < N_TTY_BUF_SIZE - 1)
		tty->line[tty->line_len++] = (char)c;
	echo(tty, (char *)&c, 1);
	if (c == '\n') {
		commit_line(tty, 0);
		wake_up(tty);
	}
}

/*
 * The line hung up (carrier lost). Linux would also send SIGHUP to the session; we only
 * end input, which is what a piped `tcc-lite run` needs: reads return what was typed,
 * then 0 (end of file) for ever.
 */
void tty_hangup(void)
{
	struct tty_struct *tty = &console_tty;

	if (tty->hung_up)
		return;
	if (tty->line_len)
		commit_line(tty, 0);
	tty->hung_up = 1;
	wake_up(tty);
}

/* Is the console the calling process's controlling terminal? */
static int is_ctty(struct tty_struct *tty)
{
	return tty->session && tty->session == current->group_leader->session;
}

/* Is sig blocked or ignored by the calling thread (Linux's is_ignored)? */
static int sig_blocked_or_ignored(int sig)
{
	return (current->blocked & sigmask(sig)) ||
	       current->sighand->action[sig - 1].sa.sa_handler == SIG_IGN;
}

/*
 * May the caller use its controlling terminal (Linux's tty_check_change)?
 * A process of a background group gets sig (SIGTTIN or SIGTTOU) sent to its
 * group and the call is restarted once it is continued; it goes ahead when
 * it blocks or ignores SIGTTOU, fails with EIO when it does so with SIGTTIN,
 * and when its group is orphaned (nobody would continue it).
 */
static int tty_check_change(struct tty_struct *tty, int sig)
{
	pid_t pgrp = current->group_leader->pgrp;

	if (!is_ctty(tty) || !tty->pgrp || tty->pgrp == pgrp)
		return 0;
	if (sig_blocked_or_ignored(sig))
		return sig == SIGTTIN ? -EIO : 0;
	if (pgrp_orphaned(pgrp))
		return -EIO;
	kill_pgrp(pgrp, sig);
	return -ERESTARTSYS;
}

static int input_available(struct tty_struct *tty)
{
	if (tty->termios.c_lflag & ICANON)
		return tty->lines > 0;
	return tty->read_head != tty->read_tail;
}

static ssize_t tty_read(struct file *file, char __user *buf, size_t count, loff_t *ppos)
{
	struct tty_struct *tty = &console_tty;
	int canon = tty->termios.c_lflag & ICANON;
	size_t n = 0;
	unsigned short last = 0;

	if (!count)
		return 0;
	for (;;) {
		int err = tty_check_change(tty, SIGTTIN);

		if (err)
			return err;
		if (input_available(tty))
			break;
		if (tty->hung_up)
			return 0;
		if ((file->f_flags & O_NONBLOCK) ||
		    (!canon && tty->termios.c_cc[VMIN] == 0))
			return (file->f_flags & O_NONBLOCK) ? -EAGAIN : 0;
		sleep_on(tty);
		if (signal_pending(current))
			return -ERESTARTSYS;
	}
	while (n < count && tty->read_tail != tty->read_head) {
		unsigned short c = tty->read_buf[tty->read_tail % N_TTY_BUF_SIZE];

		if (c == EOF_MARK) {
			if (n)		/* return the data now, the EOF next time */
				break;
			tty->read_tail++;
			tty->lines--;
			return 0;
		}
		if (put_user((char)c, buf + n))
			return n ? (ssize_t)n : -EFAULT;
		tty->read_tail++;
		n++;
		last = c;
		if (canon && c == '\n') {
			tty->lines--;
			break;
		}
	}
	/* A line ended by ^D has its data read: consume the marker too. */
	if (canon && n && tty->read_tail != tty->read_head &&
	    tty->read_buf[tty->read_tail % N_TTY_BUF_SIZE] == EOF_MARK && last != '\n') {
		tty->read_tail++;
		tty->lines--;
	}
	return n;
}

static ssize_t tty_write(struct file *file, const char __user *buf, size_t count, loff_t *ppos)
{
	struct tty_struct *tty = &console_tty;
	char chunk[256];
	size_t done = 0;

	if (tty->termios.c_lflag & TOSTOP) {
		int err = tty_check_change(tty, SIGTTOU);

		if (err)
			return err;
	}
	while (done < count) {
		size_t n = count - done > sizeof(chunk) ? sizeof(chunk) : count - done;

		if (copy_from_user(chunk, buf + done, n))
			return done ? (ssize_t)done : -EFAULT;
		console_write(chunk, n);
		done += n;
	}
	return done;
}

/* TCSETS and friends; TCSETSF first drops the input. */
static long set_termios(struct tty_struct *tty, unsigned int cmd, void __user *p)
{
	if (cmd == TCSETSF) {
		tty->read_tail = tty->read_head;
		tty->lines = 0;
		tty->line_len = 0;
	}
	if (copy_from_user(&tty->termios, p, sizeof(tty->termios)))
		return -EFAULT;
	if (!(tty->termios.c_lflag & ICANON) && tty->line_len) {
		int i;	/* leaving canonical mode: the partial line becomes readable */

		for (i = 0; i < tty->line_len; i++)
			put_queue(tty, (unsigned char)tty->line[i]);
		tty->line_len = 0;
	}
	return 0;
}

/*
 * tcsetpgrp (Linux's tiocspgrp): a background caller gets SIGTTOU first;
 * the terminal must be the caller's, the group one of its session.  Without
 * a controlling terminal any group may be set, as before job control.
 */
static long tiocspgrp(struct tty_struct *tty, void __user *p)
{
	int pgrp, err = tty_check_change(tty, SIGTTOU);

	if (err)
		return err == -EIO ? -ENOTTY : err;
	if (get_user(pgrp, (int __user *)p))
		return -EFAULT;
	if (pgrp < 0)
		return -EINVAL;
	if (tty->session && !is_ctty(tty))
		return -ENOTTY;
	if (tty->session && session_of_pgrp(pgrp) != tty->session)
		return session_of_pgrp(pgrp) < 0 ? -ESRCH : -EPERM;
	tty->pgrp = pgrp;
	return 0;
}

/*
 * TIOCSCTTY: a session leader without a controlling terminal takes this one,
 * and its group becomes the foreground; taking it from another session
 * needs arg 1 and CAP_SYS_ADMIN (Linux's tiocsctty).
 */
static long tiocsctty(struct tty_struct *tty, unsigned long arg)
{
	struct task_struct *leader = current->group_leader;

	if (leader->session == leader->tgid && tty->session == leader->session)
		return 0;
	if (leader->session != leader->tgid)
		return -EPERM;
	if (tty->session && (arg != 1 || !capable(CAP_SYS_ADMIN)))
		return -EPERM;
	tty->session = leader->session;
	tty->pgrp = leader->pgrp;
	return 0;
}

/* TIOCSTI: a byte as if typed, for the terminal's own processes or the administrator. */
static long tiocsti(struct tty_struct *tty, void __user *p)
{
	char c;

	if (!is_ctty(tty) && !capable(CAP_SYS_ADMIN))
		return -EPERM;
	if (get_user(c, (char __user *)p))
		return -EFAULT;
	tty_receive_char(c);
	return 0;
}

static long tty_ioctl(struct file *file, unsigned int cmd, unsigned long arg)
{
	struct tty_struct *tty = &console_tty;
	void __user *p = (void __user *)arg;

	switch (cmd) {
	case TCGETS:
		return copy_to_user(p, &tty->termios, sizeof(tty->termios)) ? -EFAULT : 0;
	case TCSETSF:
	case TCSETS:
	case TCSETSW: {
		int err = tty_check_change(tty, SIGTTOU);

		return err ? err : set_termios(tty, cmd, p);
	}
	case TIOCGWINSZ:
		return copy_to_user(p, &tty->winsize, sizeof(tty->winsize)) ? -EFAULT : 0;
	case TIOCSWINSZ:
		return copy_from_user(&tty->winsize, p, sizeof(tty->winsize)) ? -EFAULT : 0;
	case TIOCGPGRP:
		return put_user(tty->pgrp ? tty->pgrp : 1, (int __user *)p);
	case TIOCSPGRP:
		return tiocspgrp(tty, p);
	case TIOCSCTTY:
		return tiocsctty(tty, arg);
	case TIOCGSID:
		if (!is_ctty(tty))
			return -ENOTTY;
		return put_user(tty->session, (int __user *)p);
	case TIOCSTI:
		return tiocsti(tty, p);
	case FIONREAD:
		return put_user((int)(tty->read_head - tty->read_tail), (int __user *)p);
	case TIOCNOTTY:
		return 0;
	default:
		return -ENOTTY;
	}
}

/* Output never waits; input is ready by line (canonical mode) or by byte. */
static unsigned int tty_poll(struct file *file, poll_table *wait)
{
	struct tty_struct *tty = &console_tty;
	unsigned int mask = POLLOUT | POLLWRNORM;

	poll_wait(file, tty, wait);
	if (input_available(tty))
		mask |= POLLIN | POLLRDNORM;
	if (tty->hung_up)
		mask |= POLLHUP;
	return mask;
}

const struct file_operations tty_fops = {
	.read = tty_read,
	.write = tty_write,
	.unlocked_ioctl = tty_ioctl,
	.poll = tty_poll,
};
