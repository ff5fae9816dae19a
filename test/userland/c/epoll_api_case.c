/*
 * epoll's calls as Linux defines them, on pipes: the errors of epoll_create,
 * epoll_ctl and epoll_wait; level-triggered, edge-triggered (EPOLLET) and
 * one-shot items; EPOLLHUP and EPOLLERR reported unasked; data returned as
 * given; the order of several ready items; what closing a watched descriptor
 * does (with and without a duplicate); epoll instances watching each other;
 * timeouts; EINTR; and epoll_pwait's signal mask.
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <unistd.h>
#include "epoll_helpers.h"

static void errors(const char *scratch)
{
	int ep = epoll_create1(0), p[2], file, other = epoll_create(1);
	struct epoll_event ev[2];

	pipe(p);
	file = open(scratch, O_RDWR | O_CREAT | O_TRUNC, 0600);
	show("epoll_create(0)", epoll_create(0));
	show("epoll_create(-1)", epoll_create(-1));
	show("epoll_create1(bad flag)", epoll_create1(1));
	show("ctl on a bad epfd", ctl(99, EPOLL_CTL_ADD, p[0], EPOLLIN, 1));
	show("ctl of a bad fd", ctl(ep, EPOLL_CTL_ADD, 99, EPOLLIN, 1));
	show("ctl of a regular file", ctl(ep, EPOLL_CTL_ADD, file, EPOLLIN, 1));
	show("ctl on a non-epoll epfd", ctl(p[0], EPOLL_CTL_ADD, p[1], EPOLLIN, 1));
	show("ctl epfd watching itself", ctl(ep, EPOLL_CTL_ADD, ep, EPOLLIN, 1));
	show("ctl bad op", ctl(ep, 7, p[0], EPOLLIN, 1));
	show("ctl ADD with a NULL event", epoll_ctl(ep, EPOLL_CTL_ADD, p[0], NULL));
	show("DEL of an fd not watched", ctl(ep, EPOLL_CTL_DEL, p[0], 0, 0));
	show("MOD of an fd not watched", ctl(ep, EPOLL_CTL_MOD, p[0], EPOLLIN, 1));
	show("ADD", ctl(ep, EPOLL_CTL_ADD, p[0], EPOLLIN, 1));
	show("ADD again", ctl(ep, EPOLL_CTL_ADD, p[0], EPOLLIN, 1));
	show("MOD with EPOLLEXCLUSIVE", ctl(ep, EPOLL_CTL_MOD, p[0], EPOLLIN | EPOLLEXCLUSIVE, 1));
	show("ADD EPOLLEXCLUSIVE with EPOLLONESHOT", ctl(ep, EPOLL_CTL_ADD, p[1], EPOLLOUT | EPOLLEXCLUSIVE | EPOLLONESHOT, 2));
	show("ADD EPOLLEXCLUSIVE of an epoll fd", ctl(ep, EPOLL_CTL_ADD, other, EPOLLIN | EPOLLEXCLUSIVE, 2));
	show("DEL with a NULL event", epoll_ctl(ep, EPOLL_CTL_DEL, p[0], NULL));
	show("DEL again", epoll_ctl(ep, EPOLL_CTL_DEL, p[0], NULL));
	show("wait with maxevents 0", epoll_wait(ep, ev, 0, 0));
	show("wait with maxevents -1", epoll_wait(ep, ev, -1, 0));
	show("wait on a bad epfd", epoll_wait(99, ev, 2, 0));
	show("wait on a pipe", epoll_wait(p[0], ev, 2, 0));
	show("wait into a kernel address", epoll_wait(ep, (struct epoll_event *)-4096L, 2, 0));
	show("ADD (for EFAULT)", ctl(ep, EPOLL_CTL_ADD, p[1], EPOLLOUT, 2));
	show("wait into an unmapped page", epoll_wait(ep, (struct epoll_event *)16, 2, 0));
	printf("sizeof(struct epoll_event) %zu\n", sizeof(struct epoll_event));
	printf("FD_CLOEXEC: epoll_create1(EPOLL_CLOEXEC) %d, epoll_create %d\n",
	       fcntl(epoll_create1(EPOLL_CLOEXEC), F_GETFD), fcntl(other, F_GETFD));
	close(file);
	close(p[0]);
	close(p[1]);
	close(ep);
	close(other);
}

/* Level-triggered reports while data is there; edge-triggered once per arrival. */
static void triggers(void)
{
	int lt = epoll_create1(0), et = epoll_create1(0), p[2];
	char buf[16];

	pipe(p);
	ctl(lt, EPOLL_CTL_ADD, p[0], EPOLLIN, 0x1122334455667788ULL);
	ctl(et, EPOLL_CTL_ADD, p[0], EPOLLIN | EPOLLET, 7);
	wait_and_show("empty pipe, LT", lt, 4, 0);
	write(p[1], "abcdef", 6);
	wait_and_show("6 bytes, LT", lt, 4, 0);
	wait_and_show("again, LT", lt, 4, 0);
	wait_and_show("6 bytes, ET", et, 4, 0);
	wait_and_show("again, ET", et, 4, 0);
	read(p[0], buf, 6);
	wait_and_show("drained, LT", lt, 4, 0);
	wait_and_show("drained, ET", et, 4, 0);
	write(p[1], "gh", 2);
	wait_and_show("2 more bytes, ET", et, 4, 0);
	write(p[1], "ij", 2);
	wait_and_show("2 more on unread data, ET", et, 4, 0);
	wait_and_show("and again, ET", et, 4, 0);
	read(p[0], buf, 4);
	close(p[1]);
	wait_and_show("writer closed, LT", lt, 4, 0);
	wait_and_show("writer closed, ET", et, 4, 0);
	wait_and_show("writer closed, ET again", et, 4, 0);
	close(p[0]);
	close(lt);
	close(et);
}

static void oneshot_and_mod(void)
{
	int ep = epoll_create1(0), p[2];

	pipe(p);
	ctl(ep, EPOLL_CTL_ADD, p[1], EPOLLOUT | EPOLLONESHOT, 5);
	wait_and_show("one-shot writable", ep, 4, 0);
	wait_and_show("one-shot again", ep, 4, 0);
	show("MOD re-arms", ctl(ep, EPOLL_CTL_MOD, p[1], EPOLLOUT | EPOLLONESHOT, 6));
	wait_and_show("re-armed", ep, 4, 0);
	show("MOD to EPOLLIN on a write end", ctl(ep, EPOLL_CTL_MOD, p[1], EPOLLIN, 8));
	wait_and_show("nothing to read there", ep, 4, 0);
	close(p[0]);
	wait_and_show("reader closed: ERR unasked", ep, 4, 0);
	show("MOD to no events", ctl(ep, EPOLL_CTL_MOD, p[1], 0, 9));
	wait_and_show("still ERR", ep, 4, 0);
	close(p[1]);
	close(ep);
}

/* Items are reported in the order they became ready; maxevents leaves the rest for later. */
static void order(void)
{
	int ep = epoll_create1(0), a[2], b[2], c[2];

	pipe(a);
	pipe(b);
	pipe(c);
	ctl(ep, EPOLL_CTL_ADD, a[0], EPOLLIN, 1);
	ctl(ep, EPOLL_CTL_ADD, b[0], EPOLLIN, 2);
	ctl(ep, EPOLL_CTL_ADD, c[0], EPOLLIN, 3);
	write(c[1], "c", 1);
	write(a[1], "a", 1);
	write(b[1], "b", 1);
	wait_and_show("c, a, b written", ep, 8, 0);
	wait_and_show("one at a time", ep, 1, 0);
	wait_and_show("one at a time", ep, 1, 0);
	wait_and_show("two", ep, 2, 0);
	close(a[0]);
	wait_and_show("a's read end closed: it is gone", ep, 8, 0);
	show("DEL of the closed fd", ctl(ep, EPOLL_CTL_DEL, a[0], 0, 0));
	{
		int dup_b = dup(b[0]);

		close(b[0]);
		wait_and_show("b closed but duplicated: still watched", ep, 8, 0);
		show("DEL by the closed number", ctl(ep, EPOLL_CTL_DEL, b[0], 0, 0));
		show("DEL by the duplicate", ctl(ep, EPOLL_CTL_DEL, dup_b, 0, 0));
		show("ADD the duplicate", ctl(ep, EPOLL_CTL_ADD, dup_b, EPOLLIN, 4));
		wait_and_show("the duplicate", ep, 8, 0);
		close(dup_b);
	}
	close(a[1]);
	close(b[1]);
	close(c[0]);
	close(c[1]);
	close(ep);
}

/* An epoll instance is readable while one it watches has events; cycles are refused. */
static void nesting(void)
{
	int outer = epoll_create1(0), inner = epoll_create1(0), third = epoll_create1(0), p[2];

	pipe(p);
	ctl(inner, EPOLL_CTL_ADD, p[0], EPOLLIN, 1);
	show("outer watches inner", ctl(outer, EPOLL_CTL_ADD, inner, EPOLLIN, 100));
	show("inner watches outer", ctl(inner, EPOLL_CTL_ADD, outer, EPOLLIN, 101));
	show("third watches outer", ctl(third, EPOLL_CTL_ADD, outer, EPOLLIN, 102));
	show("inner watches third", ctl(inner, EPOLL_CTL_ADD, third, EPOLLIN, 103));
	wait_and_show("nothing yet", third, 4, 0);
	write(p[1], "x", 1);
	wait_and_show("outer", outer, 4, 0);
	wait_and_show("third", third, 4, 0);
	wait_and_show("inner", inner, 4, 0);
	close(inner);
	wait_and_show("inner closed: outer", outer, 4, 0);
	close(p[0]);
	close(p[1]);
	close(outer);
	close(third);
}

static int alarms;

/* SIGALRM in ms milliseconds. */
static void alarm_ms(int ms)
{
	struct itimerval it;

	memset(&it, 0, sizeof it);
	it.it_value.tv_usec = ms * 1000;
	setitimer(ITIMER_REAL, &it, NULL);
}

static void on_alarm(int sig)
{
	(void)sig;
	alarms++;
}

/* Timeouts, a child's write that ends a wait, EINTR, and epoll_pwait's mask. */
static void waiting(void)
{
	int ep = epoll_create1(0), p[2], status;
	struct sigaction sa;
	struct epoll_event ev;
	sigset_t block_alrm, old;
	pid_t pid;

	pipe(p);
	ctl(ep, EPOLL_CTL_ADD, p[0], EPOLLIN, 42);
	wait_and_show("timeout 30 ms", ep, 4, 30);
	fflush(stdout);
	pid = fork();
	if (pid == 0) {
		usleep(20000);
		write(p[1], "!", 1);
		_exit(0);
	}
	wait_and_show("until a child writes", ep, 4, -1);
	waitpid(pid, &status, 0);
	read(p[0], &ev, 1);

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_alarm;
	sigaction(SIGALRM, &sa, NULL);
	alarm_ms(20);
	show("wait interrupted by SIGALRM", epoll_wait(ep, &ev, 1, -1));
	printf("alarms %d\n", alarms);

	sigemptyset(&block_alrm);
	sigaddset(&block_alrm, SIGALRM);
	sigprocmask(SIG_BLOCK, &block_alrm, &old);
	alarm_ms(20);
	usleep(40000);
	printf("blocked SIGALRM pending, alarms %d\n", alarms);
	show("epoll_pwait with SIGALRM unblocked", epoll_pwait(ep, &ev, 1, -1, &old));
	printf("alarms %d\n", alarms);
	sigprocmask(SIG_SETMASK, NULL, &old);
	printf("SIGALRM blocked again after epoll_pwait: %d\n", sigismember(&old, SIGALRM));
	alarm_ms(20);
	show("epoll_pwait with SIGALRM blocked, timeout 60", epoll_pwait(ep, &ev, 1, 60, &old));
	printf("alarms %d\n", alarms);
	sigprocmask(SIG_UNBLOCK, &block_alrm, NULL);
	printf("after unblocking, alarms %d\n", alarms);
	close(p[0]);
	close(p[1]);
	close(ep);
}

int main(int argc, char **argv)
{
	setvbuf(stdout, NULL, _IOLBF, 0);
	errors(argc > 1 ? argv[1] : "/tmp/epoll_api_case.scratch");
	triggers();
	oneshot_and_mod();
	order();
	nesting();
	waiting();
	return 0;
}
