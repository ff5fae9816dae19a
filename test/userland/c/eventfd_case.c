/*
 * eventfd as Linux defines it: the counter (write adds, read takes all, or
 * one with EFD_SEMAPHORE), the 8-byte rules (EINVAL), EAGAIN when empty or
 * when the sum would overflow, a blocked reader and a blocked writer woken
 * from another process, the flags, glibc's eventfd_read/eventfd_write, and
 * readiness under poll and epoll.  Last, what /proc/self/fd and fstat show
 * of the four kinds of event file (anonymous inodes).
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <poll.h>
#include <stdint.h>
#include <stdlib.h>
#include <sys/eventfd.h>
#include <sys/signalfd.h>
#include <sys/stat.h>
#include <sys/timerfd.h>
#include <sys/wait.h>
#include <unistd.h>
#include "epoll_helpers.h"

static long put(int fd, uint64_t v)
{
	return write(fd, &v, sizeof v);
}

/* read's result, and the value read when it succeeded. */
static void take(const char *what, int fd)
{
	uint64_t v = 0;
	long r = read(fd, &v, sizeof v);

	printf("%s: %s", what, res(r));
	if (r == sizeof v)
		printf(" value %llu", (unsigned long long)v);
	printf("\n");
}

static const char *revents(int fd)
{
	struct pollfd p = { .fd = fd, .events = POLLIN | POLLOUT };

	poll(&p, 1, 0);
	return mask_names((unsigned)p.revents);
}

static void counter(void)
{
	int fd = eventfd(3, EFD_NONBLOCK), sem = eventfd(2, EFD_SEMAPHORE | EFD_NONBLOCK);
	char small[4];
	eventfd_t v;

	take("initial 3", fd);
	take("then empty", fd);
	show("write 5", put(fd, 5));
	show("write 7", put(fd, 7));
	take("sum", fd);
	show("read into 4 bytes", read(fd, small, sizeof small));
	show("write 4 bytes", write(fd, small, sizeof small));
	show("write ULLONG_MAX", put(fd, UINT64_MAX));
	show("write 0", put(fd, 0));
	printf("after writing 0: %s\n", revents(fd));
	show("write 2^64 - 2", put(fd, UINT64_MAX - 1));
	printf("at 2^64 - 2: %s\n", revents(fd));
	show("write 1 more", put(fd, 1));
	take("read it all", fd);
	take("semaphore 1", sem);
	take("semaphore 2", sem);
	take("semaphore 3", sem);
	show("eventfd_write 40", eventfd_write(sem, 40));
	show("eventfd_read", eventfd_read(sem, &v));
	printf("eventfd_read value %llu\n", (unsigned long long)v);
	show("eventfd(0, bad flag)", eventfd(0, 2));
	printf("FD_CLOEXEC %d, O_NONBLOCK %d, O_RDWR %d\n", fcntl(eventfd(0, EFD_CLOEXEC), F_GETFD),
	       !!(fcntl(fd, F_GETFL) & O_NONBLOCK), (fcntl(fd, F_GETFL) & O_ACCMODE) == O_RDWR);
	close(fd);
	close(sem);
}

/* A reader blocked on 0 and a writer blocked on a full counter, each woken by a child. */
static void blocking(void)
{
	int fd = eventfd(0, 0), status;
	pid_t pid;

	fflush(stdout);
	pid = fork();
	if (pid == 0) {
		usleep(20000);
		put(fd, 9);
		_exit(0);
	}
	take("blocked read, woken by a child's write", fd);
	waitpid(pid, &status, 0);
	put(fd, UINT64_MAX - 1);
	pid = fork();
	if (pid == 0) {
		uint64_t v;

		usleep(20000);
		read(fd, &v, sizeof v);
		_exit(v == UINT64_MAX - 1 ? 0 : 1);
	}
	show("blocked write, woken by a child's read", put(fd, 2));
	waitpid(pid, &status, 0);
	printf("child status %d\n", WEXITSTATUS(status));
	take("then", fd);
	close(fd);
}

static void readiness(void)
{
	int fd = eventfd(0, EFD_NONBLOCK), ep = epoll_create1(0), et = epoll_create1(0);

	ctl(ep, EPOLL_CTL_ADD, fd, EPOLLIN | EPOLLOUT, 1);
	ctl(et, EPOLL_CTL_ADD, fd, EPOLLIN | EPOLLET, 2);
	printf("poll at 0: %s\n", revents(fd));
	wait_and_show("epoll at 0", ep, 4, 0);
	wait_and_show("ET at 0", et, 4, 0);
	put(fd, 1);
	wait_and_show("epoll at 1", ep, 4, 0);
	wait_and_show("ET at 1", et, 4, 0);
	wait_and_show("ET again", et, 4, 0);
	put(fd, 1);
	wait_and_show("ET after another write", et, 4, 0);
	take("read", fd);
	wait_and_show("epoll after read", ep, 4, 0);
	wait_and_show("ET after read", et, 4, 0);
	close(fd);
	close(ep);
	close(et);
}

static void anon_names(void)
{
	sigset_t none;
	int fds[4], i;

	sigemptyset(&none);
	fds[0] = epoll_create1(0);
	fds[1] = eventfd(0, 0);
	fds[2] = timerfd_create(CLOCK_MONOTONIC, 0);
	fds[3] = signalfd(-1, &none, 0);
	for (i = 0; i < 4; i++) {
		char path[64], link[64];
		struct stat st;
		ssize_t n;

		snprintf(path, sizeof path, "/proc/self/fd/%d", fds[i]);
		n = readlink(path, link, sizeof link - 1);
		link[n > 0 ? n : 0] = 0;
		fstat(fds[i], &st);
		printf("%s: st_mode %o\n", link, (unsigned)st.st_mode);
		close(fds[i]);
	}
}

int main(void)
{
	setvbuf(stdout, NULL, _IOLBF, 0);
	counter();
	blocking();
	readiness();
	anon_names();
	return 0;
}
