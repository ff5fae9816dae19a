/*
 * File space and caching hints (argv[1] names a scratch file): fallocate
 * growing a file or not (FALLOC_FL_KEEP_SIZE) and punching holes that read
 * as zeros (through a shared mapping too), posix_fallocate, posix_fadvise,
 * readahead, sync_file_range and syncfs, and the errors Linux checks for
 * before asking the file system.  Modes only some file systems have, and
 * the checks newer kernels reordered, are left out: the native run's
 * kernel and file system are not ours.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

static void show(const char *what, long r)
{
	printf("%s: %ld%s%s\n", what, r, r < 0 ? " " : "", r < 0 ? strerror(errno) : "");
}

/* For the posix_ calls, which return an error number. */
static void show_err(const char *what, int err)
{
	printf("%s: %s\n", what, err ? strerror(err) : "ok");
}

static long size_of(int fd)
{
	struct stat st;

	fstat(fd, &st);
	return (long)st.st_size;
}

/* Bytes [from, to) as text: '.' for zeros, 'x' for anything else, grouped by 1000. */
static void show_bytes(const char *what, int fd, long from, long to)
{
	char buf[1000];
	long at, i, n;

	printf("  %s:", what);
	for (at = from; at < to; at += n) {
		n = pread(fd, buf, to - at < 1000 ? to - at : 1000, at);
		if (n <= 0)
			break;
		putchar(' ');
		for (i = 0; i < n && i < 1; i++)
			putchar(buf[i] ? 'x' : '.');
		for (i = 1; i < n && buf[i] == buf[0]; i++)
			;
		printf("%s", i == n ? "" : "+mixed");
	}
	printf(" (size %ld)\n", size_of(fd));
}

static void fill(int fd, long n)
{
	char buf[1000];
	long i;

	memset(buf, 'x', sizeof(buf));
	for (i = 0; i < n; i += sizeof(buf))
		pwrite(fd, buf, n - i < 1000 ? n - i : 1000, i);
}

static void allocate_and_punch(int fd)
{
	char *map, c;

	show("fallocate 10000 bytes of an empty file", fallocate(fd, 0, 0, 10000));
	show_bytes("reads", fd, 0, 10000);
	show("fallocate past the end, FALLOC_FL_KEEP_SIZE", fallocate(fd, FALLOC_FL_KEEP_SIZE, 9000, 8000));
	printf("  size %ld\n", size_of(fd));
	show("fallocate inside the file", fallocate(fd, 0, 100, 200));
	printf("  size %ld\n", size_of(fd));
	fill(fd, 10000);
	show("punch 1000..9000", fallocate(fd, FALLOC_FL_PUNCH_HOLE | FALLOC_FL_KEEP_SIZE, 1000, 8000));
	show_bytes("reads", fd, 0, 10000);
	show("punch past the end", fallocate(fd, FALLOC_FL_PUNCH_HOLE | FALLOC_FL_KEEP_SIZE, 20000, 100));
	printf("  size %ld\n", size_of(fd));

	fill(fd, 10000);
	map = mmap(NULL, 8192, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
	show("punch 0..8192 under a shared mapping", fallocate(fd, FALLOC_FL_PUNCH_HOLE | FALLOC_FL_KEEP_SIZE, 0, 8192));
	printf("  the mapping reads %d %d %d\n", map[0], map[4096], map[8191]);
	map[5] = 'm';
	pread(fd, &c, 1, 5);
	printf("  a store after it reaches the file: '%c'\n", c);
	munmap(map, 8192);
	show_err("posix_fallocate to 12000", posix_fallocate(fd, 0, 12000));
	printf("  size %ld\n", size_of(fd));
}

static void fallocate_errors(const char *path, int fd)
{
	int ro = open(path, O_RDONLY), null = open("/dev/null", O_WRONLY), dir = open("/", O_RDONLY);
	int p[2], sv[2];

	pipe(p);
	socketpair(AF_UNIX, SOCK_STREAM, 0, sv);
	show("fallocate FALLOC_FL_PUNCH_HOLE alone", fallocate(fd, FALLOC_FL_PUNCH_HOLE, 0, 10));
	show("fallocate PUNCH_HOLE | ZERO_RANGE", fallocate(fd, FALLOC_FL_PUNCH_HOLE | FALLOC_FL_ZERO_RANGE | FALLOC_FL_KEEP_SIZE, 0, 10));
	show("fallocate with an unknown mode", fallocate(fd, 0x100, 0, 10));
	show("fallocate at offset -1", fallocate(fd, 0, -1, 10));
	show("fallocate of 0 bytes", fallocate(fd, 0, 0, 0));
	show("fallocate wrapping past the largest offset", fallocate(fd, 0, 0x7fffffffffffff00LL, 0x1000));
	show("fallocate on a read-only file", fallocate(ro, 0, 0, 10));
	show("fallocate on a directory", fallocate(dir, 0, 0, 10));
	show("fallocate on a pipe", fallocate(p[1], 0, 0, 10));
	show("fallocate on /dev/null", fallocate(null, 0, 0, 10));
	show("fallocate on a socket", fallocate(sv[0], 0, 0, 10));
	show("fallocate on a closed descriptor", fallocate(99, 0, 0, 10));
	show_err("posix_fallocate on a pipe", posix_fallocate(p[1], 0, 10));
	show_err("posix_fallocate of -1 bytes", posix_fallocate(fd, 0, -1));
	close(p[0]);
	close(p[1]);
	close(sv[0]);
	close(sv[1]);
	close(dir);
	close(null);
	close(ro);
}

static void hints(const char *path, int fd)
{
	int wo = open(path, O_WRONLY), p[2];

	pipe(p);
	show_err("posix_fadvise POSIX_FADV_SEQUENTIAL", posix_fadvise(fd, 0, 0, POSIX_FADV_SEQUENTIAL));
	show_err("posix_fadvise POSIX_FADV_DONTNEED of a range", posix_fadvise(fd, 100, 5000, POSIX_FADV_DONTNEED));
	show_err("posix_fadvise with advice 6", posix_fadvise(fd, 0, 0, 6));
	show_err("posix_fadvise of -1 bytes", posix_fadvise(fd, 0, -1, POSIX_FADV_NORMAL));
	show_err("posix_fadvise on a pipe", posix_fadvise(p[0], 0, 0, POSIX_FADV_NORMAL));
	show_err("posix_fadvise on a closed descriptor", posix_fadvise(99, 0, 0, POSIX_FADV_NORMAL));
	show("readahead", readahead(fd, 0, 100000));
	show("readahead on a write-only file", readahead(wo, 0, 10));
	show("readahead on a pipe", readahead(p[0], 0, 10));
	show("readahead on a closed descriptor", readahead(99, 0, 10));
	show("sync_file_range", sync_file_range(fd, 0, 0, SYNC_FILE_RANGE_WRITE | SYNC_FILE_RANGE_WAIT_AFTER));
	show("sync_file_range with flag 8", sync_file_range(fd, 0, 0, 8));
	show("sync_file_range at -1", sync_file_range(fd, -1, 10, 0));
	show("sync_file_range wrapping", sync_file_range(fd, 0x7fffffffffffff00LL, 0x1000, 0));
	show("sync_file_range on a pipe", sync_file_range(p[0], 0, 10, 0));
	show("sync_file_range on a closed descriptor", sync_file_range(99, 0, 10, 0));
	show("syncfs", syncfs(fd));
	show("syncfs on a pipe", syncfs(p[0]));
	show("syncfs on a closed descriptor", syncfs(99));
	close(p[0]);
	close(p[1]);
	close(wo);
}

int main(int argc, char **argv)
{
	int fd;

	if (argc < 2)
		return 2;
	fd = open(argv[1], O_RDWR | O_CREAT | O_TRUNC, 0600);
	allocate_and_punch(fd);
	fallocate_errors(argv[1], fd);
	hints(argv[1], fd);
	close(fd);
	unlink(argv[1]);
	return 0;
}
