/*
 * Data moved inside the kernel (argv[1] names a scratch file; NAME.in and
 * NAME.out are made beside it): sendfile from a file to a file, a pipe and
 * a socket; splice between pipes, files and sockets; tee copying a pipe
 * without consuming it; vmsplice between user memory and a pipe;
 * copy_file_range between regular files.  What each moves, where it
 * leaves offsets and positions, and Linux's errors.  Transfers stay below
 * 4 KiB wherever a pipe's capacity would show.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/sendfile.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <sys/wait.h>
#include <unistd.h>

static char in_path[256], out_path[256];

static void show(const char *what, long r)
{
	printf("%s: %ld%s%s\n", what, r, r < 0 ? " " : "", r < 0 ? strerror(errno) : "");
}

/* What a descriptor yields now (without blocking), as text. */
static void show_pending(const char *what, int fd)
{
	char buf[128];
	int flags = fcntl(fd, F_GETFL);
	long n;

	fcntl(fd, F_SETFL, flags | O_NONBLOCK);
	n = read(fd, buf, sizeof(buf));
	fcntl(fd, F_SETFL, flags);
	if (n < 0)
		printf("  %s: nothing (%s)\n", what, strerror(errno));
	else
		printf("  %s: \"%.*s\"\n", what, (int)n, buf);
}

/* The file's bytes (NULs as '.') and the descriptor's position. */
static void show_file(const char *what, int fd)
{
	char buf[128];
	long n = pread(fd, buf, sizeof(buf), 0), i;

	printf("  %s: \"", what);
	for (i = 0; i < n; i++)
		putchar(buf[i] ? buf[i] : '.');
	printf("\", position %ld\n", (long)lseek(fd, 0, SEEK_CUR));
}

static int open_in(void)
{
	int fd = open(in_path, O_RDWR | O_CREAT | O_TRUNC, 0600);

	write(fd, "0123456789abcdefghij", 20);
	lseek(fd, 0, SEEK_SET);
	return fd;
}

static int open_out(int flags)
{
	return open(out_path, O_RDWR | O_CREAT | O_TRUNC | flags, 0600);
}

static void sendfile_cases(void)
{
	int in = open_in(), out = open_out(0), ro = open(in_path, O_RDONLY), app = open_out(O_APPEND);
	int p[2], sv[2];
	off_t off = 12;

	show("sendfile 8 bytes file to file", sendfile(out, in, NULL, 8));
	show_file("out", out);
	printf("  in's position %ld\n", (long)lseek(in, 0, SEEK_CUR));
	show("sendfile 100 from offset 12", sendfile(out, in, &off, 100));
	printf("  offset now %ld, in's position still %ld\n", (long)off, (long)lseek(in, 0, SEEK_CUR));
	show_file("out", out);
	show("sendfile at the end", sendfile(out, in, &off, 100));
	show("sendfile of 0 bytes", sendfile(out, in, NULL, 0));

	pipe(p);
	socketpair(AF_UNIX, SOCK_STREAM, 0, sv);
	off = 0;
	show("sendfile 5 bytes to a pipe", sendfile(p[1], in, &off, 5));
	show_pending("the pipe holds", p[0]);
	show("sendfile 6 bytes to a socket", sendfile(sv[0], in, &off, 6));
	show_pending("the peer receives", sv[1]);
	show("sendfile from a pipe with an offset", sendfile(out, p[0], &off, 5));
	show("sendfile from a socket with an offset", sendfile(out, sv[1], &off, 5));
	show("sendfile to an O_APPEND file", sendfile(app, in, &off, 5));
	show("sendfile to a read-only file", sendfile(ro, in, &off, 5));
	show("sendfile from a write-only pipe end", sendfile(out, p[1], NULL, 5));
	show("sendfile from a closed descriptor", sendfile(out, 99, NULL, 5));
	off = -1;
	show("sendfile from offset -1", sendfile(out, in, &off, 5));
	show("sendfile to a bad offset pointer", sendfile(out, in, (off_t *)8, 5));
	close(p[0]);
	close(p[1]);
	close(sv[0]);
	close(sv[1]);
	close(app);
	close(ro);
	close(out);
	close(in);
}

/* 10000 bytes through a pipe a child drains: sendfile waits for room as write would. */
static void sendfile_blocking(void)
{
	int in = open(in_path, O_RDWR | O_TRUNC), p[2], status;
	char buf[1000], last = 0;
	long total = 0, n, i;

	for (i = 0; i < 10; i++) {
		memset(buf, 'a' + i, sizeof(buf));
		write(in, buf, sizeof(buf));
	}
	lseek(in, 0, SEEK_SET);
	pipe(p);
	fflush(stdout);
	if (fork() == 0) {
		close(p[1]);
		while ((n = read(p[0], buf, sizeof(buf))) > 0) {
			total += n;
			last = buf[n - 1];
		}
		printf("the child read %ld bytes, the last '%c'\n", total, last);
		fflush(stdout);
		_exit(0);
	}
	close(p[0]);
	n = sendfile(p[1], in, NULL, 10000);
	close(p[1]);
	wait(&status);
	show("sendfile 10000 bytes into a pipe", n);
	close(in);
}

static void splice_files(void)
{
	int in = open_in(), out = open_out(0), app = open_out(O_APPEND), p[2];
	loff_t off = 3;

	pipe(p);
	show("splice 5 bytes from offset 3 into a pipe", splice(in, &off, p[1], NULL, 5, 0));
	printf("  offset now %ld, in's position %ld\n", (long)off, (long)lseek(in, 0, SEEK_CUR));
	show("splice from the pipe to a file", splice(p[0], NULL, out, NULL, 100, 0));
	show_file("out", out);
	show("splice 4 bytes at the position into the pipe", splice(in, NULL, p[1], NULL, 4, 0));
	printf("  in's position %ld\n", (long)lseek(in, 0, SEEK_CUR));
	off = 10;
	show("splice 2 of them to offset 10", splice(p[0], NULL, out, &off, 2, 0));
	printf("  offset now %ld\n", (long)off);
	show_file("out", out);
	show_pending("left in the pipe", p[0]);
	show("splice file to file", splice(in, NULL, out, NULL, 5, 0));
	show("splice with an offset on the pipe", splice(p[0], &off, out, NULL, 5, 0));
	show("splice into an O_APPEND file", splice(p[0], NULL, app, NULL, 5, 0));
	show("splice of 0 bytes", splice(in, NULL, out, NULL, 0, 0));
	show("splice from an empty pipe, SPLICE_F_NONBLOCK", splice(p[0], NULL, out, NULL, 5, SPLICE_F_NONBLOCK));
	show("splice to a read-only pipe end", splice(in, NULL, p[0], NULL, 5, 0));
	show("splice from a bad offset pointer", splice(in, (loff_t *)8, p[1], NULL, 5, 0));
	close(p[1]);
	show("splice from an empty pipe with no writer", splice(p[0], NULL, out, NULL, 5, 0));
	pipe(p);
	close(p[0]);
	show("splice into a pipe with no reader", splice(in, NULL, p[1], NULL, 5, 0));
	close(p[1]);
	close(app);
	close(out);
	close(in);
}

/* Fill a pipe up, however big it is. */
static void fill_pipe(int fd)
{
	char buf[512];
	int flags = fcntl(fd, F_GETFL);

	memset(buf, 'x', sizeof(buf));
	fcntl(fd, F_SETFL, flags | O_NONBLOCK);
	while (write(fd, buf, sizeof(buf)) > 0)
		;
	fcntl(fd, F_SETFL, flags);
}

static void splice_pipes_and_sockets(void)
{
	int a[2], b[2], sv[2], in = open_in();

	pipe(a);
	pipe(b);
	socketpair(AF_UNIX, SOCK_STREAM, 0, sv);
	write(a[1], "pipe to pipe", 12);
	show("splice 4 bytes pipe to pipe", splice(a[0], NULL, b[1], NULL, 4, 0));
	show_pending("the second pipe holds", b[0]);
	show_pending("the first keeps", a[0]);
	show("splice a pipe to itself", splice(a[0], NULL, a[1], NULL, 4, 0));
	write(a[1], "to a socket", 11);
	show("splice pipe to socket", splice(a[0], NULL, sv[0], NULL, 100, 0));
	show_pending("the peer receives", sv[1]);
	send(sv[1], "from a socket", 13, 0);
	show("splice socket to pipe", splice(sv[0], NULL, a[1], NULL, 100, 0));
	show_pending("the pipe holds", a[0]);
	fill_pipe(a[1]);
	show("splice into a full pipe, SPLICE_F_NONBLOCK", splice(in, NULL, a[1], NULL, 5, SPLICE_F_NONBLOCK));
	close(a[0]);
	close(a[1]);
	close(b[0]);
	close(b[1]);
	close(sv[0]);
	close(sv[1]);
	close(in);
}

static void tee_cases(void)
{
	int a[2], b[2], in = open_in();

	pipe(a);
	pipe(b);
	write(a[1], "tee data", 8);
	show("tee 100 bytes", tee(a[0], b[1], 100, 0));
	show("tee 3 bytes", tee(a[0], b[1], 3, 0));
	show_pending("the copy holds", b[0]);
	show_pending("the source keeps", a[0]);
	show("tee from an empty pipe, SPLICE_F_NONBLOCK", tee(a[0], b[1], 5, SPLICE_F_NONBLOCK));
	show("tee to itself", tee(a[0], a[1], 5, 0));
	show("tee from a file", tee(in, b[1], 5, 0));
	show("tee to a file", tee(a[0], in, 5, 0));
	show("tee of 0 bytes", tee(a[0], b[1], 0, 0));
	close(a[1]);
	show("tee from an empty pipe with no writer", tee(a[0], b[1], 5, 0));
	close(b[0]);
	pipe(a);
	write(a[1], "x", 1);
	show("tee to a pipe with no reader", tee(a[0], b[1], 5, 0));
	close(a[0]);
	close(a[1]);
	close(b[1]);
	close(in);
}

static void vmsplice_cases(void)
{
	static struct iovec many[1025];
	struct iovec iov[2];
	char x[3], y[16];
	int p[2], in = open_in();

	pipe(p);
	iov[0].iov_base = "vm";
	iov[0].iov_len = 2;
	iov[1].iov_base = "splice";
	iov[1].iov_len = 6;
	show("vmsplice 2+6 bytes into a pipe", vmsplice(p[1], iov, 2, 0));
	memset(y, 0, sizeof(y));
	iov[0].iov_base = x;
	iov[0].iov_len = sizeof(x);
	iov[1].iov_base = y;
	iov[1].iov_len = sizeof(y) - 1;
	show("vmsplice from the pipe into 3+15 bytes", vmsplice(p[0], iov, 2, 0));
	printf("  got \"%.3s\" and \"%s\"\n", x, y);
	show("vmsplice from an empty pipe, SPLICE_F_NONBLOCK", vmsplice(p[0], iov, 2, SPLICE_F_NONBLOCK));
	show("vmsplice of 0 vectors", vmsplice(p[1], iov, 0, 0));
	show("vmsplice of 1025 vectors", vmsplice(p[1], many, 1025, 0));
	show("vmsplice to a file", vmsplice(in, iov, 1, 0));
	show("vmsplice to a closed descriptor", vmsplice(99, iov, 1, 0));
	close(p[0]);
	show("vmsplice to a pipe with no reader", vmsplice(p[1], iov, 1, 0));
	close(p[1]);
	close(in);
}

static void copy_file_range_cases(void)
{
	int in = open_in(), out = open_out(0), app = open_out(O_APPEND), wo = open(in_path, O_WRONLY), p[2];
	int dir = open("/", O_RDONLY);
	loff_t off_in = 15, off_out = 2;

	show("copy_file_range 10 bytes", copy_file_range(in, NULL, out, NULL, 10, 0));
	show_file("out", out);
	printf("  in's position %ld\n", (long)lseek(in, 0, SEEK_CUR));
	show("copy_file_range 100 from offset 15 to offset 2", copy_file_range(in, &off_in, out, &off_out, 100, 0));
	printf("  offsets now %ld and %ld, positions still %ld and %ld\n", (long)off_in, (long)off_out,
	       (long)lseek(in, 0, SEEK_CUR), (long)lseek(out, 0, SEEK_CUR));
	show_file("out", out);
	show("copy_file_range at the end", copy_file_range(in, &off_in, out, NULL, 100, 0));
	show("copy_file_range of 0 bytes", copy_file_range(in, NULL, out, NULL, 0, 0));
	show("copy_file_range with flags 1", copy_file_range(in, NULL, out, NULL, 5, 1));
	show("copy_file_range to an O_APPEND file", copy_file_range(in, NULL, app, NULL, 5, 0));
	show("copy_file_range from a write-only file", copy_file_range(wo, NULL, out, NULL, 5, 0));
	show("copy_file_range from a closed descriptor", copy_file_range(99, NULL, out, NULL, 5, 0));
	show("copy_file_range from a directory", copy_file_range(dir, NULL, out, NULL, 5, 0));
	pipe(p);
	write(p[1], "pipe", 4);
	show("copy_file_range from a pipe", copy_file_range(p[0], NULL, out, NULL, 5, 0));
	show("copy_file_range to a pipe", copy_file_range(in, NULL, p[1], NULL, 5, 0));
	close(p[0]);
	close(p[1]);
	close(dir);
	close(wo);
	close(app);
	close(out);
	close(in);
}

int main(int argc, char **argv)
{
	if (argc < 2)
		return 2;
	signal(SIGPIPE, SIG_IGN);
	snprintf(in_path, sizeof(in_path), "%s.in", argv[1]);
	snprintf(out_path, sizeof(out_path), "%s.out", argv[1]);
	sendfile_cases();
	sendfile_blocking();
	splice_files();
	splice_pipes_and_sockets();
	tee_cases();
	vmsplice_cases();
	copy_file_range_cases();
	unlink(in_path);
	unlink(out_path);
	return 0;
}
