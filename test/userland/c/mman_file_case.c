/*
 * File mappings (argv[1] names a scratch file).  MAP_SHARED: stores reach read() and
 * the file, other mappings and children see them, write() shows through the mapping.
 * MAP_PRIVATE: the file's page until the first store, which copies it, so private
 * stores never reach the file.  Past the end of the file: SIGBUS.  msync, madvise,
 * MAP_FIXED over and munmap of part of a file mapping, mremap, offsets, /dev/zero,
 * and Linux's error numbers.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <setjmp.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

static long page;
static sigjmp_buf escape;
static volatile int last_code;
static char *volatile last_addr;

static void on_fault(int sig, siginfo_t *si, void *ctx)
{
	(void)ctx;
	last_code = si->si_code;
	last_addr = si->si_addr;
	siglongjmp(escape, sig);
}

static void show(const char *what, long r)
{
	printf("%s: %ld %s\n", what, r, r < 0 ? strerror(errno) : "");
}

static void try_load(const char *what, char *p)
{
	volatile char c;
	int sig = sigsetjmp(escape, 1);

	if (sig == 0) {
		c = *p;
		printf("%s: reads %d\n", what, c);
	} else {
		printf("%s: signal %d code %d, si_addr %s\n", what, sig, last_code,
		       last_addr == p ? "matches" : "differs");
	}
}

/* The file's first n bytes by read(), printable. */
static void show_file(const char *what, int fd, int n)
{
	char buf[64];
	int got, i;

	got = (int)pread(fd, buf, n, 0);
	for (i = 0; i < got; i++)
		if (buf[i] < ' ' || buf[i] > '~')
			buf[i] = '.';
	printf("%s: %d bytes \"%.*s\"\n", what, got, got < 0 ? 0 : got, buf);
}

static void fill_file(int fd, char c, long n)
{
	char buf[512];
	long i;

	memset(buf, c, sizeof(buf));
	ftruncate(fd, 0);
	for (i = 0; i < n; i += sizeof(buf))
		pwrite(fd, buf, n - i < (long)sizeof(buf) ? n - i : (long)sizeof(buf), i);
}

int main(int argc, char **argv)
{
	struct sigaction sa;
	char *sh, *sh2, *pr, *p;
	int fd, ro, zero, pipefd[2], status;
	char buf[16];

	if (argc < 2)
		return 2;
	page = sysconf(_SC_PAGESIZE);
	memset(&sa, 0, sizeof(sa));
	sa.sa_sigaction = on_fault;
	sa.sa_flags = SA_SIGINFO;
	sigaction(SIGSEGV, &sa, NULL);
	sigaction(SIGBUS, &sa, NULL);

	fd = open(argv[1], O_RDWR | O_CREAT | O_TRUNC, 0600);
	write(fd, "hello, mapped world", 19);
	sh = mmap(NULL, page, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
	printf("shared mapping reads \"%.19s\", then zeros: %d\n", sh, sh[19] + sh[page - 1]);

	/* Stores through the mapping are seen by read(); write() is seen by the mapping. */
	memcpy(sh, "HELLO", 5);
	show_file("after store via mapping", fd, 19);
	pwrite(fd, "WORLD", 5, 14);
	printf("mapping after pwrite: \"%.19s\"\n", sh);
	lseek(fd, 0, SEEK_END);
	write(fd, "!!", 2);
	printf("mapping sees appended bytes: \"%.21s\"\n", sh);

	/* A second shared mapping, and a child, see the same bytes. */
	sh2 = mmap(NULL, page, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
	sh2[0] = 'J';
	printf("first mapping sees the second's store: '%c'\n", sh[0]);
	fflush(stdout);
	if (fork() == 0) {
		sh[1] = 'U';
		_exit(0);
	}
	wait(&status);
	show_file("after the child's store", fd, 21);
	munmap(sh2, page);

	/* Private: the file's bytes, but stores stay private. */
	pr = mmap(NULL, page, PROT_READ | PROT_WRITE, MAP_PRIVATE, fd, 0);
	printf("private mapping reads \"%.21s\"\n", pr);
	pwrite(fd, "j", 1, 0);
	printf("private page, not stored to, sees the file's write: '%c'\n", pr[0]);
	pr[0] = 'p';
	pwrite(fd, "J", 1, 0);
	printf("once stored to, its own: '%c'\n", pr[0]);
	show_file("file after private store", fd, 21);
	printf("shared mapping after private store: '%c', private: '%c'\n", sh[0], pr[0]);
	fflush(stdout);
	if (fork() == 0) {
		pr[0] = 'c';
		_exit(0);
	}
	wait(&status);
	printf("private page after the child's store: '%c'\n", pr[0]);
	munmap(pr, page);

	/* Persisted: closed, unmapped, reopened. */
	memcpy(sh + 7, "mmap", 4);
	munmap(sh, page);
	close(fd);
	fd = open(argv[1], O_RDWR);
	show_file("reopened", fd, 21);

	/* Past the end of the file: zeros in the last page, SIGBUS beyond it. */
	sh = mmap(NULL, 3 * page, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
	try_load("byte after the end, same page", sh + 100);
	try_load("next page, past the end", sh + page + 1);
	ftruncate(fd, 2 * page + 10);
	try_load("next page after ftruncate", sh + page + 1);
	sh[2 * page] = 'e';
	show_file("file keeps its size", fd, 3);
	printf("file size %ld, byte at 2 pages: ", (long)lseek(fd, 0, SEEK_END));
	pread(fd, buf, 1, 2 * page);
	printf("'%c'\n", buf[0]);
	ftruncate(fd, page);
	try_load("page 2 after the file shrank", sh + 2 * page);
	pr = mmap(NULL, 2 * page, PROT_READ | PROT_WRITE, MAP_PRIVATE, fd, 0);
	try_load("private mapping past the end", pr + page);
	munmap(pr, 2 * page);
	munmap(sh, 3 * page);

	/* Offsets, partial munmap and MAP_FIXED over a file mapping. */
	fill_file(fd, 'A', page);
	fill_file(fd, 'A', 3 * page);
	pwrite(fd, "B", 1, page);
	pwrite(fd, "C", 1, 2 * page);
	p = mmap(NULL, 2 * page, PROT_READ | PROT_WRITE, MAP_SHARED, fd, page);
	printf("mapping at offset 1 page: '%c' '%c'\n", p[0], p[page]);
	show("munmap of its first page", munmap(p, page));
	try_load("the unmapped page", p);
	p[page] = 'c';
	show_file("offset store", fd, 1);
	pread(fd, buf, 1, 2 * page);
	printf("byte at 2 pages: '%c'\n", buf[0]);
	show("MAP_FIXED anonymous over it", (long)(mmap(p + page, page, PROT_READ | PROT_WRITE,
			MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0) == p + page));
	printf("now reads %d\n", p[page]);
	p[page] = 'x';
	pread(fd, buf, 1, 2 * page);
	printf("file byte unchanged: '%c'\n", buf[0]);
	sh = mmap(p + page, page, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_FIXED, fd, 0);
	printf("MAP_FIXED file mapping over it reads '%c'\n", sh[0]);
	munmap(p, 2 * page);

	/* mremap of a file mapping goes on with the file's following pages. */
	p = mmap(NULL, page, PROT_READ, MAP_SHARED, fd, 0);
	p = mremap(p, page, 3 * page, MREMAP_MAYMOVE);
	printf("file mapping grown by mremap: '%c' '%c' '%c'\n", p[0], p[page], p[2 * page]);
	pr = mmap(NULL, 2 * page, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	p = mremap(p + page, 2 * page, 2 * page, MREMAP_MAYMOVE | MREMAP_FIXED, pr);
	printf("its last two pages moved: '%c' '%c'\n", p[0], p[page]);
	munmap(p, 2 * page);

	/* madvise(MADV_DONTNEED): private anonymous zeros, private file the file, shared kept. */
	p = mmap(NULL, page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	p[0] = 9;
	show("madvise DONTNEED anonymous", madvise(p, page, MADV_DONTNEED));
	printf("anonymous page reads %d\n", p[0]);
	pr = mmap(NULL, page, PROT_READ | PROT_WRITE, MAP_PRIVATE, fd, 0);
	pr[0] = 'z';
	show("madvise DONTNEED private file", madvise(pr, page, MADV_DONTNEED));
	printf("private file page reads '%c'\n", pr[0]);
	sh = mmap(NULL, page, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
	sh[0] = 's';
	show("madvise DONTNEED shared", madvise(sh, page, MADV_DONTNEED));
	printf("shared page reads '%c'\n", sh[0]);
	show("madvise WILLNEED", madvise(sh, page, MADV_WILLNEED));
	show("madvise bad advice", madvise(sh, page, 1000));
	show("madvise unaligned", madvise(sh + 1, page, MADV_NORMAL));
	pr = mmap(NULL, 2 * page, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	munmap(pr + page, page);
	show("madvise with a hole", madvise(pr, 2 * page, MADV_NORMAL));
	show("madvise unmapped", madvise(pr + page, page, MADV_NORMAL));
	show("posix_madvise", posix_madvise(sh, page, POSIX_MADV_SEQUENTIAL));

	/* msync: ramfs and the page cache are one. */
	show("msync MS_SYNC", msync(sh, page, MS_SYNC));
	show("msync MS_ASYNC|MS_INVALIDATE", msync(sh, page, MS_ASYNC | MS_INVALIDATE));
	show("msync both", msync(sh, page, MS_ASYNC | MS_SYNC));
	show("msync bad flag", msync(sh, page, 8));
	show("msync unaligned", msync(sh + 1, page, MS_SYNC));
	show("msync length 0", msync(sh, 0, MS_SYNC));
	munmap(p, page);
	show("msync unmapped", msync(p, page, MS_SYNC));

	/* Errors, as Linux. */
	ro = open(argv[1], O_RDONLY);
	show("shared writable of read-only fd", (long)mmap(NULL, page, PROT_READ | PROT_WRITE, MAP_SHARED, ro, 0));
	p = mmap(NULL, page, PROT_READ, MAP_SHARED, ro, 0);
	printf("read-only shared mapping reads '%c'\n", p[0]);
	show("mprotect it writable", mprotect(p, page, PROT_READ | PROT_WRITE));
	pr = mmap(NULL, page, PROT_READ | PROT_WRITE, MAP_PRIVATE, ro, 0);
	pr[0] = 'w';
	printf("private writable of read-only fd: '%c', file '%c'\n", pr[0], p[0]);
	close(ro);
	printf("mapping outlives its descriptor: '%c'\n", p[0]);
	ro = open(argv[1], O_WRONLY);
	show("mapping of write-only fd", (long)mmap(NULL, page, PROT_READ, MAP_PRIVATE, ro, 0));
	close(ro);
	show("bad fd", (long)mmap(NULL, page, PROT_READ, MAP_SHARED, 99, 0));
	pipe(pipefd);
	show("pipe", (long)mmap(NULL, page, PROT_READ, MAP_SHARED, pipefd[0], 0));
	show("neither shared nor private", (long)mmap(NULL, page, PROT_READ, 0, fd, 0));
	show("unaligned offset", (long)mmap(NULL, page, PROT_READ, MAP_SHARED, fd, 1));
	show("length 0", (long)mmap(NULL, 0, PROT_READ, MAP_SHARED, fd, 0));
	show("MAP_POPULATE|MAP_NORESERVE accepted", mmap(NULL, page, PROT_READ, MAP_SHARED | MAP_POPULATE | MAP_NORESERVE, fd, 0) != MAP_FAILED);

	/* /dev/zero: private is anonymous memory, shared is shared with children. */
	zero = open("/dev/zero", O_RDWR);
	p = mmap(NULL, page, PROT_READ | PROT_WRITE, MAP_SHARED, zero, 0);
	pr = mmap(NULL, page, PROT_READ | PROT_WRITE, MAP_PRIVATE, zero, 0);
	printf("/dev/zero mappings read %d %d\n", p[0], pr[0]);
	fflush(stdout);
	if (fork() == 0) {
		p[0] = 5;
		pr[0] = 6;
		_exit(0);
	}
	wait(&status);
	printf("after the child: shared %d, private %d\n", p[0], pr[0]);
	unlink(argv[1]);
	printf("unlinked file still mapped: '%c'\n", sh[0]);
	return 0;
}
