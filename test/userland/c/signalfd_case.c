/*
 * signalfd as Linux defines it: blocked signals read as struct
 * signalfd_siginfo (signal, code, sender's pid, sigqueue's value, a child's
 * exit status), several per read in signal order, the mask of an existing
 * signalfd changed, the errors, a blocked read woken by another process or
 * interrupted by a handled signal, and readiness under poll and epoll.
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/signalfd.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <unistd.h>
#include "epoll_helpers.h"

static const char *code_name(int code)
{
	static char buf[16];

	switch (code) {
	case SI_USER: return "SI_USER";
	case SI_QUEUE: return "SI_QUEUE";
	case SI_TKILL: return "SI_TKILL";
	case CLD_EXITED: return "CLD_EXITED";
	case CLD_KILLED: return "CLD_KILLED";
	}
	snprintf(buf, sizeof buf, "%d", code);
	return buf;
}

/* Read up to max signals and print each; sender is the pid expected in ssi_pid. */
static void take(const char *what, int fd, int max, pid_t sender)
{
	struct signalfd_siginfo si[4];
	long r = read(fd, si, max * sizeof si[0]), i;

	printf("%s: %s", what, res(r));
	for (i = 0; r > 0 && i < r / (long)sizeof si[0]; i++)
		printf(" [signo %u code %s pid %s status %d int %d]", si[i].ssi_signo, code_name(si[i].ssi_code),
		       si[i].ssi_pid == (unsigned)sender ? "matches" : "differs", si[i].ssi_status, si[i].ssi_int);
	printf("\n");
}

static sigset_t set_of(int a, int b)
{
	sigset_t s;

	sigemptyset(&s);
	if (a)
		sigaddset(&s, a);
	if (b)
		sigaddset(&s, b);
	return s;
}

static void errors(void)
{
	sigset_t m = set_of(SIGUSR1, 0);
	int fd = signalfd(-1, &m, SFD_NONBLOCK), p[2];
	char small[128];

	pipe(p);
	show("bad flags", signalfd(-1, &m, 1));
	show("mask size 4", syscall(SYS_signalfd4, -1, &m, 4, 0));
	show("new mask for a pipe", signalfd(p[0], &m, 0));
	show("new mask for a bad fd", signalfd(99, &m, 0));
	show("read into 64 bytes", read(fd, small, 64));
	show("read with nothing pending", read(fd, small, 128));
	show("write", write(fd, small, 8));
	printf("sizeof(struct signalfd_siginfo) %zu\n", sizeof(struct signalfd_siginfo));
	printf("flags: FD_CLOEXEC %d, O_NONBLOCK %d\n", fcntl(signalfd(-1, &m, SFD_CLOEXEC), F_GETFD),
	       !!(fcntl(fd, F_GETFL) & O_NONBLOCK));
	close(p[0]);
	close(p[1]);
	close(fd);
}

static void reading(void)
{
	sigset_t m = set_of(SIGUSR1, SIGUSR2);
	int fd = signalfd(-1, &m, SFD_NONBLOCK), same;
	union sigval v;

	kill(getpid(), SIGUSR2);
	kill(getpid(), SIGUSR1);
	take("USR2 then USR1 sent: the lower first", fd, 4, getpid());
	raise(SIGUSR2);
	take("raised", fd, 4, getpid());
	kill(getpid(), SIGUSR1);
	kill(getpid(), SIGUSR1);
	take("USR1 twice: one pending", fd, 4, getpid());
	m = set_of(SIGUSR1, SIGRTMIN);
	same = signalfd(fd, &m, 0);
	printf("new mask returns the same fd: %d\n", same == fd);
	v.sival_int = 42;
	sigqueue(getpid(), SIGRTMIN, v);
	v.sival_int = 43;
	sigqueue(getpid(), SIGRTMIN, v);
	raise(SIGUSR2);
	take("two sigqueue'd SIGRTMIN, one at a time", fd, 1, getpid());
	take("the second", fd, 1, getpid());
	take("SIGUSR2 is no longer in the mask", fd, 4, getpid());
	m = set_of(SIGUSR2, 0);
	signalfd(fd, &m, 0);
	take("back in the mask", fd, 4, getpid());
	close(fd);
}

static void children(void)
{
	sigset_t m = set_of(SIGCHLD, 0);
	int fd = signalfd(-1, &m, 0);
	pid_t pid;

	fflush(stdout);
	pid = fork();
	if (pid == 0)
		_exit(7);
	take("child exited", fd, 4, pid);
	waitpid(pid, NULL, 0);
	pid = fork();
	if (pid == 0) {
		pause();
		_exit(0);
	}
	kill(pid, SIGTERM);
	take("child killed", fd, 4, pid);
	waitpid(pid, NULL, 0);
	close(fd);

	m = set_of(SIGUSR1, 0);
	fd = signalfd(-1, &m, 0);
	pid = fork();
	if (pid == 0) {
		usleep(20000);
		kill(getppid(), SIGUSR1);
		_exit(0);
	}
	take("blocked read, woken by a child's kill", fd, 4, pid);
	waitpid(pid, NULL, 0);
	close(fd);
}

static int alarms;

static void on_alarm(int sig)
{
	(void)sig;
	alarms++;
}

static void readiness(void)
{
	sigset_t m = set_of(SIGUSR1, 0);
	int fd = signalfd(-1, &m, SFD_NONBLOCK), ep = epoll_create1(0);
	struct pollfd p = { .fd = fd, .events = POLLIN };
	struct itimerval it = { { 0, 0 }, { 0, 20000 } };
	struct sigaction sa;
	char buf[128];

	ctl(ep, EPOLL_CTL_ADD, fd, EPOLLIN, 5);
	show("poll, nothing pending", poll(&p, 1, 0));
	wait_and_show("epoll, nothing pending", ep, 4, 0);
	fflush(stdout);
	if (fork() == 0) {
		usleep(20000);
		kill(getppid(), SIGUSR1);
		_exit(0);
	}
	wait_and_show("epoll until a child's kill", ep, 4, -1);
	show("poll", poll(&p, 1, 0));
	printf("revents %s\n", mask_names((unsigned)p.revents));
	take("read", fd, 4, 0);
	wait_and_show("epoll after the read", ep, 4, 0);
	wait(NULL);

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_alarm;
	sigaction(SIGALRM, &sa, NULL);
	fcntl(fd, F_SETFL, 0);
	setitimer(ITIMER_REAL, &it, NULL);
	show("blocking read interrupted by a handled SIGALRM", read(fd, buf, sizeof buf));
	printf("alarms %d\n", alarms);
	close(fd);
	close(ep);
}

int main(void)
{
	sigset_t all;

	setvbuf(stdout, NULL, _IOLBF, 0);
	sigemptyset(&all);
	sigaddset(&all, SIGUSR1);
	sigaddset(&all, SIGUSR2);
	sigaddset(&all, SIGCHLD);
	sigaddset(&all, SIGRTMIN);
	sigprocmask(SIG_BLOCK, &all, NULL);
	errors();
	reading();
	children();
	readiness();
	return 0;
}
