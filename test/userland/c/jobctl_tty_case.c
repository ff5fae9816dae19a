/*
 * The terminal's job control: ^Z (typed with TIOCSTI) stops the foreground
 * group with SIGTSTP; a background group that reads gets SIGTTIN (EIO when it
 * ignores or blocks it); under TOSTOP one that writes gets SIGTTOU (it writes
 * when it ignores it); tcsetpgrp from the background gets SIGTTOU unless
 * blocked.  Runs on a terminal of its own: natively under script(1), in the
 * emulator on the console.  The parent ignores SIGTTOU, as shells do, so that
 * it can take the terminal back.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <sys/ioctl.h>
#include <termios.h>
#include "jobctl_helpers.h"

/* A child in a group of its own (the background unless given the terminal) that runs fn. */
static pid_t fork_job(void (*fn)(void))
{
	pid_t pid = fork();

	if (pid == 0) {
		setpgid(0, 0);
		signal(SIGTTOU, SIG_DFL);	/* the parent's is ignored */
		fn();
		_exit(0);
	}
	setpgid(pid, pid);
	return pid;
}

static void pauses(void)
{
	for (;;)
		pause();
}

static void reads(void)
{
	char c;
	ssize_t n = read(0, &c, 1);

	printf("read: %zd %s\n", n, n < 0 && errno == EIO ? "EIO" : "");
}

static void reads_ignoring_sigttin(void)
{
	signal(SIGTTIN, SIG_IGN);
	reads();
}

static void reads_blocking_sigttin(void)
{
	sigset_t set;

	sigemptyset(&set);
	sigaddset(&set, SIGTTIN);
	sigprocmask(SIG_BLOCK, &set, NULL);
	reads();
}

static void writes(void)
{
	printf("a background write\n");
}

static void writes_ignoring_sigttou(void)
{
	signal(SIGTTOU, SIG_IGN);
	printf("a background write, SIGTTOU ignored\n");
}

static void takes_terminal(void)
{
	int r = tcsetpgrp(0, getpgrp());

	printf("tcsetpgrp: %d\n", r);
}

static void takes_terminal_blocking_sigttou(void)
{
	sigset_t set;

	sigemptyset(&set);
	sigaddset(&set, SIGTTOU);
	sigprocmask(SIG_BLOCK, &set, NULL);
	takes_terminal();
}

/* Run fn in a background job and say how it ended, killing it if it stopped. */
static void background(const char *what, void (*fn)(void))
{
	pid_t pid = fork_job(fn);

	wait_and_print(what, pid, WUNTRACED);
	kill(pid, SIGKILL);
	waitpid(pid, NULL, 0);
	tcsetpgrp(0, getpgrp());	/* back, if the job took it */
}

static void set_tostop(int on)
{
	struct termios t;

	tcgetattr(0, &t);
	t.c_lflag = on ? t.c_lflag | TOSTOP : t.c_lflag & ~TOSTOP;
	tcsetattr(0, TCSANOW, &t);
}

static void ctrl_z(void)
{
	char c = 032;
	pid_t pid = fork_job(pauses), r;
	int status = 0;

	tcsetpgrp(0, pid);
	ioctl(0, TIOCSTI, &c);
	r = waitpid(pid, &status, WUNTRACED);
	printf("\n");		/* after the echoed ^Z, as a shell does */
	print_status("a foreground job, ^Z", r, pid, status);
	tcsetpgrp(0, getpgrp());
	kill(pid, SIGKILL);
	waitpid(pid, NULL, 0);
}

int main(void)
{
	setvbuf(stdout, NULL, _IONBF, 0);
	setsid();			/* natively, script's shell may have made us a leader already */
	if (ioctl(0, TIOCSCTTY, 1) < 0 || tcsetpgrp(0, getpgrp()) < 0) {
		printf("no controlling terminal\n");
		return 1;
	}
	signal(SIGTTOU, SIG_IGN);
	ctrl_z();
	background("a background read", reads);
	background("a background read, SIGTTIN ignored", reads_ignoring_sigttin);
	background("a background read, SIGTTIN blocked", reads_blocking_sigttin);
	background("a background write", writes);
	set_tostop(1);
	background("TOSTOP, a background write", writes);
	background("TOSTOP, a background write, SIGTTOU ignored", writes_ignoring_sigttou);
	set_tostop(0);
	background("tcsetpgrp in the background", takes_terminal);
	background("tcsetpgrp in the background, SIGTTOU blocked", takes_terminal_blocking_sigttou);
	return 0;
}
