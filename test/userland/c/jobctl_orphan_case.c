/*
 * The terminal's stop signals (SIGTSTP, SIGTTIN, SIGTTOU) at their default
 * do not stop a process of an orphaned process group - no process outside it
 * in its session could continue it - but SIGSTOP does.  A child that calls
 * setsid is such a group (its parent is in another session); a child in a
 * group of its own whose parent is in the same session is not.  Also
 * setsid's EPERM for a group leader, and getsid.
 */
#define _GNU_SOURCE
#include <errno.h>
#include "jobctl_helpers.h"

static void say(int fd, const char *msg)
{
	write(fd, msg, strlen(msg));
}

/* The orphaned child: the terminal's stop signals pass it by, SIGSTOP stops it. */
static void orphaned_child(int fd)
{
	int sids_match;

	setsid();
	sids_match = getsid(0) == getpid() && getpgrp() == getpid();
	say(fd, sids_match ? "setsid: session and group are mine\n" : "setsid: wrong ids\n");
	kill(getpid(), SIGTSTP);
	say(fd, "after SIGTSTP: still running\n");
	kill(getpid(), SIGTTIN);
	say(fd, "after SIGTTIN: still running\n");
	kill(getpid(), SIGTTOU);
	say(fd, "after SIGTTOU: still running\n");
	kill(getpid(), SIGSTOP);
	say(fd, "after SIGSTOP and SIGCONT: running\n");
	_exit(3);
}

/* Copy what the child wrote up to its n-th line to stdout. */
static void relay_lines(int fd, int n)
{
	char c;

	while (n > 0 && read(fd, &c, 1) == 1) {
		putchar(c);
		n -= c == '\n';
	}
}

static void orphaned(void)
{
	int fds[2];
	pid_t pid;

	pipe(fds);
	pid = fork();
	if (pid == 0)
		orphaned_child(fds[1]);
	printf("orphaned group:\n");
	relay_lines(fds[0], 4);
	wait_and_print("SIGSTOP", pid, WUNTRACED);
	kill(pid, SIGCONT);
	relay_lines(fds[0], 1);
	wait_and_print("then", pid, 0);
	close(fds[0]);
	close(fds[1]);
}

static void not_orphaned(void)
{
	pid_t pid = fork();

	if (pid == 0) {
		setpgid(0, 0);
		printf("a group leader's setsid: %s\n", setsid() < 0 && errno == EPERM ? "EPERM" : "other");
		printf("getsid(0) is the parent's session: %d\n", getsid(0) == getsid(getppid()));
		kill(getpid(), SIGTSTP);
		_exit(4);
	}
	setpgid(pid, pid);
	wait_and_print("a group of its own, SIGTSTP", pid, WUNTRACED);
	kill(pid, SIGCONT);
	wait_and_print("then", pid, 0);
}

int main(void)
{
	setvbuf(stdout, NULL, _IONBF, 0);
	orphaned();
	not_orphaned();
	printf("getsid of no process: %s\n", getsid(999999) < 0 && errno == ESRCH ? "ESRCH" : "other");
	return 0;
}
