/*
 * capget(2) and capset(2): root's sets (only the capabilities Linux 4.7 knows,
 * 0-37, are shown: newer kernels have more; a virtual machine may hold some back,
 * so "all" below is whatever root started with), version 1's 32-bit halves, an
 * unknown version answered with the kernel's, another process's sets; capset
 * dropping an effective capability and taking it back, dropping a permitted one
 * for good, the inheritable set's and the other process's EPERM, and what a
 * change of uid does to the sets.  Run as root.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#define V1 0x19980330
#define V3 0x20080522
#define KNOWN 0x3fffffffffULL	/* capabilities 0-37 */
#define CAP_SYS_CHROOT 18
#define CAP_SETPCAP 8

struct header { unsigned version; int pid; };
struct data { unsigned effective, permitted, inheritable; };

static const char *res(long r)
{
	return r == 0 ? "ok" : strerror(errno);
}

static unsigned long long join(unsigned lo, unsigned hi)
{
	return ((unsigned long long)hi << 32 | lo) & KNOWN;
}

static unsigned long long all;	/* root's permitted set at the start */

static int count(unsigned long long set)
{
	int n = 0;

	for (; set; set &= set - 1)
		n++;
	return n;
}

/* A set as the same text on any machine: "all", "all but BITS", or its bits. */
static const char *name(unsigned long long set)
{
	static char buf[4][40];
	static int n;
	char *b = buf[n++ % 4];

	if (set == all)
		return "all";
	if ((set & ~all) == 0 && count(all & ~set) < 8)
		snprintf(b, 40, "all but %llx", all & ~set);
	else
		snprintf(b, 40, "%llx", set);
	return b;
}

static void show(const char *label, int pid)
{
	struct header h = { V3, pid };
	struct data d[2];
	long r = syscall(SYS_capget, &h, d);

	if (r) {
		printf("%s: %s\n", label, strerror(errno));
		return;
	}
	printf("%s: effective %s, permitted %s, inheritable %s\n", label, name(join(d[0].effective, d[1].effective)),
	       name(join(d[0].permitted, d[1].permitted)), name(join(d[0].inheritable, d[1].inheritable)));
}

static long set(unsigned long long eff, unsigned long long perm, unsigned long long inh)
{
	struct header h = { V3, 0 };
	struct data d[2] = {
		{ (unsigned)eff, (unsigned)perm, (unsigned)inh },
		{ (unsigned)(eff >> 32), (unsigned)(perm >> 32), (unsigned)(inh >> 32) },
	};

	return syscall(SYS_capset, &h, d);
}

int main(void)
{
	struct header h = { V1, 0 };
	struct data d[2];
	int p[2], status;
	pid_t pid;
	char c;
	const char *r;

	h.version = V3;
	syscall(SYS_capget, &h, d);
	all = join(d[0].permitted, d[1].permitted);
	printf("root has the capabilities 0-37 but a few: %d\n", count(all) >= 30);
	h.version = V1;
	r = res(syscall(SYS_capget, &h, d));
	printf("version 1: %s, effective is the low half: %d\n", r, d[0].effective == (unsigned)all);
	h.version = 0x12345678;
	r = res(syscall(SYS_capget, &h, d));
	printf("unknown version: %s, version now %x\n", r, h.version);
	h.version = 0x12345678;
	r = res(syscall(SYS_capget, &h, NULL));
	printf("unknown version, no data: %s, version now %x\n", r, h.version);
	h.version = V3;
	h.pid = -1;
	printf("pid -1: %s\n", res(syscall(SYS_capget, &h, d)));
	h.pid = 999999;
	printf("no such pid: %s\n", res(syscall(SYS_capget, &h, d)));

	pipe(p);
	fflush(stdout);
	pid = fork();
	if (pid == 0) {
		set(all & ~(1ULL << CAP_SYS_CHROOT), all, 0);
		write(p[1], "x", 1);
		pause();
		_exit(0);
	}
	read(p[0], &c, 1);
	show("the child, without CAP_SYS_CHROOT in effect", pid);
	h.pid = pid;
	printf("capset of the child: %s\n", res(syscall(SYS_capset, &h, d)));
	kill(pid, 9);
	waitpid(pid, &status, 0);

	fflush(stdout);
	if (fork() == 0) {
		show("before", 0);
		printf("drop CAP_SYS_CHROOT from effective: %s\n", res(set(all & ~(1ULL << CAP_SYS_CHROOT), all, 0)));
		printf("  chroot: %s\n", res(chroot("/")));
		printf("  take it back: %s\n", res(set(all, all, 0)));
		printf("  chroot: %s\n", res(chroot("/")));
		printf("effective beyond permitted: %s\n", res(set(all, all & ~1ULL, 0)));
		printf("drop CAP_SYS_CHROOT and CAP_SETPCAP from permitted: %s\n",
		       res(set(all & ~(1ULL << CAP_SYS_CHROOT | 1ULL << CAP_SETPCAP), all & ~(1ULL << CAP_SYS_CHROOT | 1ULL << CAP_SETPCAP), 0)));
		show("  now", 0);
		printf("  take it back: %s\n", res(set(all, all, 0)));
		printf("  inheritable beyond permitted, without CAP_SETPCAP: %s\n",
		       res(set(0, all & ~(1ULL << CAP_SYS_CHROOT | 1ULL << CAP_SETPCAP), 1ULL << CAP_SYS_CHROOT)));
		printf("  inheritable within: %s\n", res(set(0, 1, 1)));
		show("  now", 0);
		fflush(stdout);
		_exit(0);
	}
	wait(&status);
	fflush(stdout);
	if (fork() == 0) {
		setresuid(1000, 0, 0);
		show("real uid 1000, effective 0", 0);
		seteuid(1000);
		show("effective 1000, saved 0", 0);
		setresuid(1000, 1000, 1000);
		show("uid 1000 everywhere", 0);
		printf("  capset to regain: %s\n", res(set(1, 1, 0)));
		fflush(stdout);
		_exit(0);
	}
	wait(&status);
	return 0;
}
