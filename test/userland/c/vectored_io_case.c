/*
 * Vectored and positioned I/O (argv[1] names a scratch file): readv, writev,
 * preadv, pwritev, preadv2 and pwritev2 — what they move, where they leave
 * the file position, offset -1 meaning "the position" for the v2 calls, and
 * Linux's errors (EBADF, EINVAL, EFAULT, ESPIPE, EOPNOTSUPP).
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/uio.h>
#include <unistd.h>

static void show(const char *what, long r)
{
	printf("%s: %ld%s%s\n", what, r, r < 0 ? " " : "", r < 0 ? strerror(errno) : "");
}

/* n bytes, NULs as '.', and the descriptor's position. */
static void show_bytes(const char *what, const char *bytes, long n, int fd)
{
	long i;

	printf("  %s \"", what);
	for (i = 0; i < n; i++)
		putchar(bytes[i] ? bytes[i] : '.');
	printf("\" (%ld bytes), position %ld\n", n, (long)lseek(fd, 0, SEEK_CUR));
}

static void show_file(const char *what, int fd)
{
	char buf[64];

	show_bytes(what, buf, pread(fd, buf, sizeof(buf), 0), fd);
}

static void set_iov(struct iovec *iov, void *base, size_t len)
{
	iov->iov_base = base;
	iov->iov_len = len;
}

static void vectors_at_offsets(int fd)
{
	struct iovec iov[3];
	char a[4], b[32];

	set_iov(&iov[0], "abc", 3);
	set_iov(&iov[1], "", 0);
	set_iov(&iov[2], "defgh", 5);
	show("pwritev of 3+0+5 bytes at 5", pwritev(fd, iov, 3, 5));
	show_file("file", fd);
	show("writev at the position", writev(fd, iov, 1));
	show_file("file", fd);

	memset(a, 0, sizeof(a));
	memset(b, 0, sizeof(b));
	set_iov(&iov[0], a, sizeof(a));
	set_iov(&iov[1], b, sizeof(b));
	show("preadv into 4+32 at 1", preadv(fd, iov, 2, 1));
	show_bytes("first", a, 4, fd);
	show_bytes("second", b, 8, fd);
	show("preadv at the end", preadv(fd, iov, 2, 13));
	show("preadv past the end", preadv(fd, iov, 2, 100));
	lseek(fd, 0, SEEK_SET);
	memset(b, 0, sizeof(b));
	show("readv at the position", readv(fd, &iov[1], 1));
	show_bytes("read", b, 13, fd);
}

static void v2_calls(int fd)
{
	struct iovec iov;
	char buf[8];

	set_iov(&iov, "XY", 2);
	lseek(fd, 2, SEEK_SET);
	show("pwritev2 at -1 (the position, 2)", pwritev2(fd, &iov, 1, -1, 0));
	show_file("file", fd);
	show("pwritev2 at 0 with RWF_DSYNC", pwritev2(fd, &iov, 1, 0, RWF_DSYNC));
	show_file("file", fd);
	memset(buf, 0, sizeof(buf));
	set_iov(&iov, buf, 3);
	show("preadv2 at -1", preadv2(fd, &iov, 1, -1, 0));
	show_bytes("read", buf, 3, fd);
	show("preadv2 at 1", preadv2(fd, &iov, 1, 1, 0));
	show_bytes("read", buf, 3, fd);
	show("preadv2 at -2", preadv2(fd, &iov, 1, -2, 0));
	show("preadv2 with an unknown flag", preadv2(fd, &iov, 1, 0, 0x10000));
	show("pwritev2 with an unknown flag", pwritev2(fd, &iov, 1, 0, 0x10000));
	set_iov(&iov, buf, 0);
	show("preadv2 of nothing with an unknown flag", preadv2(fd, &iov, 1, 0, 0x10000));
}

static void on_pipes(void)
{
	struct iovec iov[2];
	char a[3], b[8];
	int p[2];

	pipe(p);
	write(p[1], "piped data", 10);
	memset(b, 0, sizeof(b));
	set_iov(&iov[0], a, sizeof(a));
	set_iov(&iov[1], b, sizeof(b) - 1);
	show("preadv on a pipe", preadv(p[0], iov, 2, 0));
	show("preadv2 on a pipe at 0", preadv2(p[0], iov, 2, 0, 0));
	show("preadv2 on a pipe at -1", preadv2(p[0], iov, 2, -1, 0));
	printf("  read \"%.3s\" and \"%s\"\n", a, b);
	show("pwritev on a pipe", pwritev(p[1], iov, 1, 0));
	show("pwritev2 on a pipe at -1", pwritev2(p[1], iov, 1, -1, 0));
	show("readv of what is left", readv(p[0], iov, 1));
	close(p[0]);
	close(p[1]);
}

static void errors(const char *path, int fd)
{
	static struct iovec many[1100];
	struct iovec iov;
	char buf[4];
	int ro = open(path, O_RDONLY), wo = open(path, O_WRONLY);

	set_iov(&iov, buf, sizeof(buf));
	show("preadv on a closed descriptor", preadv(99, &iov, 1, 0));
	show("preadv on a write-only file", preadv(wo, &iov, 1, 0));
	show("pwritev on a read-only file", pwritev(ro, &iov, 1, 0));
	show("preadv at -1", preadv(fd, &iov, 1, -1));
	show("preadv of 1025 vectors", preadv(fd, many, 1025, 0));
	show("readv of 1100 vectors", readv(fd, many, 1100));
	show("preadv of 1024 empty vectors", preadv(fd, many, 1024, 0));
	show("preadv of 0 vectors", preadv(fd, &iov, 0, 0));
	show("preadv of -1 vectors", preadv(fd, &iov, -1, 0));
	show("preadv from a bad vector array", preadv(fd, (struct iovec *)8, 1, 0));
	set_iov(&iov, (void *)8, 4);
	show("preadv into a bad buffer", preadv(fd, &iov, 1, 0));
	set_iov(&iov, buf, (size_t)-1);
	show("preadv of a negative length", preadv(fd, &iov, 1, 0));
	close(ro);
	close(wo);
}

int main(int argc, char **argv)
{
	int fd;

	if (argc < 2)
		return 2;
	fd = open(argv[1], O_RDWR | O_CREAT | O_TRUNC, 0600);
	vectors_at_offsets(fd);
	v2_calls(fd);
	on_pipes();
	errors(argv[1], fd);
	close(fd);
	unlink(argv[1]);
	return 0;
}
