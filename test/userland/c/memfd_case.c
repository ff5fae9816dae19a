/*
 * memfd_create: an anonymous file (mode, links, /proc/self/fd's
 * "/memfd:NAME (deleted)", MFD_CLOEXEC) that reads, writes, maps and
 * grows like any; with MFD_ALLOW_SEALING, F_ADD_SEALS and F_GET_SEALS
 * and what each seal forbids from then on (F_SEAL_SHRINK, F_SEAL_GROW,
 * F_SEAL_WRITE, F_SEAL_SEAL).  Linux's errors.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

static void show(const char *what, long r)
{
	printf("%s: %ld%s%s\n", what, r, r < 0 ? " " : "", r < 0 ? strerror(errno) : "");
}

static void show_link(int fd)
{
	char path[64], target[512];
	long n;

	snprintf(path, sizeof(path), "/proc/self/fd/%d", fd);
	n = readlink(path, target, sizeof(target) - 1);
	printf("  its link: \"%.*s\"\n", (int)(n < 0 ? 0 : n), target);
}

static void plain(void)
{
	struct stat st;
	char buf[16];
	char *map;
	int fd = memfd_create("plain file", 0);

	fstat(fd, &st);
	printf("memfd_create: a regular file %d, mode %o, links %ld, size %ld, F_GETFL O_RDWR %d, close-on-exec %d\n",
	       S_ISREG(st.st_mode), (unsigned)(st.st_mode & 07777), (long)st.st_nlink, (long)st.st_size,
	       (fcntl(fd, F_GETFL) & O_ACCMODE) == O_RDWR, fcntl(fd, F_GETFD));
	show_link(fd);
	show("write", write(fd, "hello", 5));
	show("pread", pread(fd, buf, sizeof(buf), 0));
	show("ftruncate to 8192", ftruncate(fd, 8192));
	map = mmap(NULL, 8192, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
	map[4096] = 'M';
	pread(fd, buf, 1, 4096);
	printf("  a store through a shared mapping reads back '%c'\n", buf[0]);
	munmap(map, 8192);
	show("F_GET_SEALS without MFD_ALLOW_SEALING", fcntl(fd, F_GET_SEALS));
	show("F_ADD_SEALS without MFD_ALLOW_SEALING", fcntl(fd, F_ADD_SEALS, F_SEAL_WRITE));
	close(fd);
	fd = memfd_create("cloexec", MFD_CLOEXEC);
	printf("MFD_CLOEXEC: close-on-exec %d\n", fcntl(fd, F_GETFD));
	close(fd);
}

static void seals(void)
{
	int fd = memfd_create("sealed", MFD_ALLOW_SEALING);
	void *map;

	show("F_GET_SEALS with MFD_ALLOW_SEALING", fcntl(fd, F_GET_SEALS));
	write(fd, "0123456789", 10);
	show("F_ADD_SEALS F_SEAL_SHRINK", fcntl(fd, F_ADD_SEALS, F_SEAL_SHRINK));
	show("  ftruncate smaller", ftruncate(fd, 5));
	show("  ftruncate to the same size", ftruncate(fd, 10));
	show("  ftruncate larger", ftruncate(fd, 20));
	show("F_ADD_SEALS F_SEAL_GROW", fcntl(fd, F_ADD_SEALS, F_SEAL_GROW));
	show("  ftruncate larger", ftruncate(fd, 30));
	show("  write within", pwrite(fd, "ab", 2, 3));
	show("  write past the end", pwrite(fd, "ab", 2, 19));
	show("  fallocate past the end", fallocate(fd, 0, 0, 100));
	show("F_GET_SEALS", fcntl(fd, F_GET_SEALS));

	map = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
	show("F_ADD_SEALS F_SEAL_WRITE while mapped shared", fcntl(fd, F_ADD_SEALS, F_SEAL_WRITE));
	munmap(map, 4096);
	show("F_ADD_SEALS F_SEAL_WRITE once unmapped", fcntl(fd, F_ADD_SEALS, F_SEAL_WRITE));
	show("  write", pwrite(fd, "ab", 2, 0));
	show("  write of nothing", write(fd, "", 0));
	show("  punch a hole", fallocate(fd, FALLOC_FL_PUNCH_HOLE | FALLOC_FL_KEEP_SIZE, 0, 5));
	map = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
	printf("  mmap shared writable: %s\n", map == MAP_FAILED ? strerror(errno) : "mapped");
	map = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE, fd, 0);
	printf("  mmap private writable: %s\n", map == MAP_FAILED ? strerror(errno) : "mapped");
	show("F_ADD_SEALS F_SEAL_SEAL", fcntl(fd, F_ADD_SEALS, F_SEAL_SEAL));
	show("F_GET_SEALS", fcntl(fd, F_GET_SEALS));
	show("F_ADD_SEALS after F_SEAL_SEAL", fcntl(fd, F_ADD_SEALS, F_SEAL_SHRINK));
	close(fd);
}

static void errors(void)
{
	char name[300];
	int fd = memfd_create("errors", MFD_ALLOW_SEALING), ok, p[2];

	memset(name, 'n', sizeof(name));
	name[249] = '\0';
	ok = memfd_create(name, 0);
	show("memfd_create with a 249-byte name", ok >= 0 ? 0 : -1);
	close(ok);
	name[249] = 'n';
	name[250] = '\0';
	show("memfd_create with a 250-byte name", memfd_create(name, 0));
	show("memfd_create with flag 0x100", memfd_create("x", 0x100));
	show("memfd_create with a bad name", memfd_create((const char *)8, 0));
	show("F_ADD_SEALS of an unknown seal", fcntl(fd, F_ADD_SEALS, 0x100));
	pipe(p);
	show("F_GET_SEALS of a pipe", fcntl(p[0], F_GET_SEALS));
	show("F_ADD_SEALS of a pipe", fcntl(p[1], F_ADD_SEALS, F_SEAL_GROW));
	close(p[0]);
	close(p[1]);
	close(fd);
}

int main(void)
{
	plain();
	seals();
	errors();
	return 0;
}
