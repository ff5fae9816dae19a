/*
 * Resource limits as Linux keeps and enforces them: getrlimit, setrlimit
 * and prlimit with their errors; RLIMIT_NOFILE (EMFILE from open, dup,
 * pipe and socket, EBADF from dup2, EINVAL from F_DUPFD); RLIMIT_FSIZE
 * (writes cut short, then SIGXFSZ and EFBIG, also from ftruncate; killed by
 * SIGXFSZ without a handler); RLIMIT_AS and RLIMIT_DATA (ENOMEM from mmap
 * and brk); RLIMIT_NPROC (EAGAIN from fork, zombies counted until reaped);
 * limits inherited by children and kept across execve; and raising a hard
 * limit, which takes CAP_SYS_RESOURCE: refused once the process has given
 * up root (by setuid, or only its effective uid by seteuid, until it takes
 * it back).  Each part runs in a child, so that its limits end with it.
 * Only counts, errno names and comparisons are printed.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>
#include "errno_names.h"

#define MIB (1024L * 1024L)
#define UNPRIVILEGED 40123	/* a uid no other process on the host has: RLIMIT_NPROC counts per user */

static const char *error_name(int e)
{
	switch (e) {
	case EBADF: return "EBADF";
	case EFBIG: return "EFBIG";
	case EMFILE: return "EMFILE";
	case ENOMEM: return "ENOMEM";
	case ESRCH: return "ESRCH";
	default: return errno_name(e);
	}
}

static const char *result(long r)
{
	return r >= 0 ? "ok" : error_name(errno);
}

static int set_limit(int resource, rlim_t cur, rlim_t max)
{
	struct rlimit r = { cur, max };

	return setrlimit(resource, &r);
}

static void print_limit(const char *what, int resource)
{
	struct rlimit r;

	getrlimit(resource, &r);
	printf("%s: soft %ld, hard %ld\n", what, r.rlim_cur == RLIM_INFINITY ? -1L : (long)r.rlim_cur,
	       r.rlim_max == RLIM_INFINITY ? -1L : (long)r.rlim_max);
}

/* Runs part in a child and waits for it; returns its wait status. */
static int in_child(void (*part)(const char *), const char *arg)
{
	pid_t pid;
	int status;

	fflush(stdout);
	pid = fork();
	if (pid == 0) {
		part(arg);
		fflush(stdout);
		_exit(0);
	}
	waitpid(pid, &status, 0);
	return status;
}

static void calls(const char *self)
{
	struct rlimit old, big = { 1UL << 30, 1UL << 30 };
	pid_t pid;
	int status;

	printf("setrlimit(RLIMIT_NOFILE, 16, 32): %s\n", result(set_limit(RLIMIT_NOFILE, 16, 32)));
	print_limit("RLIMIT_NOFILE", RLIMIT_NOFILE);
	printf("soft above hard: %s\n", result(set_limit(RLIMIT_NOFILE, 40, 32)));
	printf("resource 99: %s", result(set_limit(99, 1, 1)));
	printf(", getrlimit of it: %s\n", result(getrlimit(99, &old)));
	printf("RLIMIT_NOFILE past nr_open: %s\n", result(setrlimit(RLIMIT_NOFILE, &big)));
	printf("prlimit sets RLIMIT_CORE: %s", result(prlimit(0, RLIMIT_CORE, &(struct rlimit){ 0, 4096 }, NULL)));
	printf(", reads it: %s", result(prlimit(0, RLIMIT_CORE, NULL, &old)));
	printf(", soft %ld, hard %ld\n", (long)old.rlim_cur, (long)old.rlim_max);
	set_limit(RLIMIT_FSIZE, 5 * MIB, 6 * MIB);
	fflush(stdout);
	pid = fork();
	if (pid == 0) {
		print_limit("  a child inherits RLIMIT_FSIZE", RLIMIT_FSIZE);
		fflush(stdout);
		execl(self, self, "after-exec", (char *)NULL);
		_exit(1);
	}
	waitpid(pid, &status, 0);
	pid = fork();
	if (pid == 0) {
		pause();
		_exit(0);
	}
	printf("prlimit of a child: %s", result(prlimit(pid, RLIMIT_FSIZE, &(struct rlimit){ MIB, 2 * MIB }, &old)));
	printf(", it had soft %ld MiB\n", (long)(old.rlim_cur / MIB));
	kill(pid, SIGKILL);
	waitpid(pid, &status, 0);
	printf("prlimit of a process that is gone: %s\n", result(prlimit(pid, RLIMIT_FSIZE, NULL, &old)));
}

static void nofile(const char *unused)
{
	int fd, last = -1, sv[2], p[2];

	(void)unused;
	set_limit(RLIMIT_NOFILE, 10, 10);
	while ((fd = open("/dev/null", O_RDONLY)) >= 0)
		last = fd;
	printf("RLIMIT_NOFILE 10: opens until %s, the last descriptor %d\n", error_name(errno), last);
	printf("dup: %s", result(dup(0)));
	printf(", pipe: %s", result(pipe(p)));
	printf(", socket: %s", result(socket(AF_UNIX, SOCK_STREAM, 0)));
	printf(", socketpair: %s\n", result(socketpair(AF_UNIX, SOCK_STREAM, 0, sv)));
	close(5);
	printf("dup2 to 10: %s", result(dup2(0, 10)));
	printf(", to 5: %s", result(dup2(0, 5)));
	printf(", F_DUPFD from 10: %s", result(fcntl(0, F_DUPFD, 10)));
	close(7);
	printf(", from 6 with 7 free: %ld\n", (long)fcntl(0, F_DUPFD, 6));
	set_limit(RLIMIT_NOFILE, 4, 4);
	printf("lowered to 4: descriptor 9 still reads: %s", result(read(9, p, 0)));
	printf(", open: %s\n", result(open("/dev/null", O_RDONLY)));
}

static volatile sig_atomic_t xfsz;

static void on_xfsz(int sig)
{
	(void)sig;
	xfsz++;
}

static void fsize(const char *path)
{
	static char buf[600];
	int fd = open(path, O_RDWR | O_CREAT | O_TRUNC, 0644);
	long r1, r2, r3;

	signal(SIGXFSZ, on_xfsz);
	set_limit(RLIMIT_FSIZE, 1000, 1000);
	r1 = write(fd, buf, 600);
	r2 = write(fd, buf, 600);
	r3 = write(fd, buf, 600);
	printf("RLIMIT_FSIZE 1000: writes of 600: %ld, %ld, then %s with SIGXFSZ %d\n", r1, r2,
	       r3 < 0 ? error_name(errno) : "no error", xfsz);
	r1 = write(fd, buf, 0);
	printf("an empty write at the limit: %ld, SIGXFSZ %d\n", r1, xfsz);
	r1 = pwrite(fd, buf, 10, 999);
	printf("pwrite at 999: %ld", r1);
	printf(", at 2000: %s", result(pwrite(fd, buf, 10, 2000)));
	printf(", SIGXFSZ %d\n", xfsz);
	printf("ftruncate to 5000: %s", result(ftruncate(fd, 5000)));
	printf(", SIGXFSZ %d", xfsz);
	printf("; to 500: %s", result(ftruncate(fd, 500)));
	printf("; to 1000: %s", result(ftruncate(fd, 1000)));
	printf(", SIGXFSZ %d\n", xfsz);
	close(fd);
}

static void fsize_default(const char *path)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);

	set_limit(RLIMIT_CORE, 0, 0);	/* no core file, whatever the host's limit */
	set_limit(RLIMIT_FSIZE, 10, 10);
	write(fd, "0123456789", 10);
	write(fd, "x", 1);
	printf("not reached\n");
}

/* A field of /proc/self/status in kB, read without malloc. */
static long status_kb(const char *field)
{
	static char text[4096];
	int fd = open("/proc/self/status", O_RDONLY);
	long n = read(fd, text, sizeof(text) - 1);
	char *at;

	close(fd);
	text[n > 0 ? n : 0] = '\0';
	at = strstr(text, field);
	return at ? atol(at + strlen(field) + 1) : -1;
}

static const char *map(long bytes, int prot, int flags)
{
	void *p = mmap(NULL, (size_t)bytes, prot, flags | MAP_ANONYMOUS, -1, 0);

	return p == MAP_FAILED ? error_name(errno) : "ok";
}

static void address_space(const char *unused)
{
	long size;

	(void)unused;
	printf("RLIMIT_AS 6 MiB above the size now:\n");
	fflush(stdout);
	size = status_kb("VmSize:");
	set_limit(RLIMIT_AS, size * 1024 + 6 * MIB, RLIM_INFINITY);
	printf("  mmap 4 MiB: %s", map(4 * MIB, PROT_READ, MAP_PRIVATE));
	printf(", 4 MiB more: %s", map(4 * MIB, PROT_READ, MAP_SHARED));
	printf(", 1 MiB: %s\n", map(MIB, PROT_NONE, MAP_PRIVATE));
	printf("  sbrk 4 MiB: %s\n", sbrk(4 * MIB) == (void *)-1 ? error_name(errno) : "ok");
}

static void data(const char *unused)
{
	long size;

	(void)unused;
	printf("RLIMIT_DATA 6 MiB above VmData:\n");
	fflush(stdout);
	size = status_kb("VmData:");
	set_limit(RLIMIT_DATA, size * 1024 + 6 * MIB, RLIM_INFINITY);
	printf("  private writable 4 MiB: %s", map(4 * MIB, PROT_READ | PROT_WRITE, MAP_PRIVATE));
	printf(", 4 MiB more: %s\n", map(4 * MIB, PROT_READ | PROT_WRITE, MAP_PRIVATE));
	printf("  read-only 8 MiB: %s", map(8 * MIB, PROT_READ, MAP_PRIVATE));
	printf(", shared writable 8 MiB: %s\n", map(8 * MIB, PROT_READ | PROT_WRITE, MAP_SHARED));
	printf("  sbrk 4 MiB: %s", sbrk(4 * MIB) == (void *)-1 ? error_name(errno) : "ok");
	printf(", 1 MiB: %s\n", sbrk(MIB) == (void *)-1 ? error_name(errno) : "ok");
}

/* A child that waits to be killed; -1 and errno when fork fails. */
static pid_t sleeper(void)
{
	pid_t pid = fork();

	if (pid == 0) {
		for (;;)
			pause();
	}
	return pid;
}

static const char *forked(pid_t pid)
{
	return pid < 0 ? error_name(errno) : "ok";
}

static void nproc(const char *unused)
{
	pid_t first, second, third;
	int status;

	(void)unused;
	set_limit(RLIMIT_NPROC, 3, 3);
	setuid(UNPRIVILEGED);
	first = sleeper();
	second = sleeper();
	third = sleeper();
	printf("RLIMIT_NPROC 3, not root: two forks %d, the third: %s\n", first > 0 && second > 0, forked(third));
	kill(first, SIGKILL);
	usleep(50000);		/* the first child is a zombie now */
	third = sleeper();
	printf("  with a zombie not yet reaped: %s\n", forked(third));
	waitpid(first, &status, 0);
	third = sleeper();
	printf("  once it is reaped: %s\n", forked(third));
	kill(second, SIGKILL);
	kill(third, SIGKILL);
	while (wait(&status) > 0)
		;
}

/*
 * Raising a hard limit takes CAP_SYS_RESOURCE, which root gives up with its
 * uid.  (Whether root itself may is not printed: a container's root may lack
 * the capability.)
 */
static void privileges(const char *unused)
{
	struct rlimit r;

	(void)unused;
	set_limit(RLIMIT_NOFILE, 16, 32);
	seteuid(UNPRIVILEGED);
	printf("effective uid %d: raise the hard limit: %s", UNPRIVILEGED, result(set_limit(RLIMIT_NOFILE, 16, 48)));
	printf("; prlimit on the parent: %s\n", result(prlimit(getppid(), RLIMIT_NOFILE, NULL, &r)));
	seteuid(0);
	setuid(UNPRIVILEGED);
	printf("setuid(%d): raise it: %s", UNPRIVILEGED, result(set_limit(RLIMIT_NOFILE, 16, 64)));
	printf(", lower it: %s", result(set_limit(RLIMIT_NOFILE, 16, 24)));
	printf(", raise it back: %s", result(set_limit(RLIMIT_NOFILE, 16, 48)));
	printf(", soft up to hard: %s\n", result(set_limit(RLIMIT_NOFILE, 24, 24)));
	printf("  seteuid(0): %s\n", result(seteuid(0)));
	print_limit("  RLIMIT_NOFILE", RLIMIT_NOFILE);
}

int main(int argc, char **argv)
{
	char self[256];
	ssize_t n;
	int status;

	if (argc > 1 && strcmp(argv[1], "after-exec") == 0) {
		print_limit("  after execve", RLIMIT_FSIZE);
		return 0;
	}
	n = readlink("/proc/self/exe", self, sizeof(self) - 1);
	if (n <= 0 || argc < 2)
		return 1;
	self[n] = '\0';
	in_child(calls, self);
	in_child(nofile, NULL);
	in_child(fsize, argv[1]);
	status = in_child(fsize_default, argv[1]);
	printf("without a handler: killed by signal %d\n", WIFSIGNALED(status) ? WTERMSIG(status) : 0);
	in_child(address_space, NULL);
	in_child(data, NULL);
	in_child(nproc, NULL);
	in_child(privileges, NULL);
	unlink(argv[1]);
	return 0;
}
