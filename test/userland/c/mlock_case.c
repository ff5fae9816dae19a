/*
 * mlock, mlock2, munlock, mlockall, munlockall and mincore (argv[1] names a
 * scratch file): what /proc/self/status's VmLck counts, which pages a lock
 * brings in (mincore), MLOCK_ONFAULT, MCL_FUTURE locking later mappings,
 * mincore of file mappings (the page cache's pages), remap_file_pages'
 * emulation, and Linux's errors.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

static long page;

static void show(const char *what, long r)
{
	printf("%s: %ld%s%s\n", what, r, r < 0 ? " " : "", r < 0 ? strerror(errno) : "");
}

static long vm_lck_kb(void)
{
	char line[256];
	long kb = -1;
	FILE *f = fopen("/proc/self/status", "r");

	while (fgets(line, sizeof(line), f))
		if (sscanf(line, "VmLck: %ld kB", &kb) == 1)
			break;
	fclose(f);
	return kb;
}

/* mincore's answer for n pages at p, as a string of 0s and 1s. */
static void show_resident(const char *what, void *p, int n)
{
	unsigned char vec[64];
	int i, r = mincore(p, n * page, vec);

	printf("  %s: ", what);
	if (r < 0)
		printf("%s", strerror(errno));
	for (i = 0; r == 0 && i < n; i++)
		putchar('0' + (vec[i] & 1));
	printf(", VmLck %ld kB\n", vm_lck_kb());
}

static void locks(void)
{
	char *p = mmap(NULL, 8 * page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

	show_resident("a new mapping", p, 8);
	p[page] = 1;
	show_resident("one page touched", p, 8);
	show("mlock pages 2..3", mlock(p + 2 * page, 2 * page));
	show_resident("after it", p, 8);
	show("mlock2 pages 5..6, MLOCK_ONFAULT", mlock2(p + 5 * page, 2 * page, MLOCK_ONFAULT));
	show_resident("after it", p, 8);
	show("munlock pages 0..7", munlock(p, 8 * page));
	show_resident("after it", p, 8);
	show("mlock of part of page 7 and nothing more", mlock(p + 7 * page + 100, 10));
	show_resident("after it", p, 8);
	munlock(p, 8 * page);
	munmap(p + 4 * page, page);
	show("mlock across a hole", mlock(p, 8 * page));
	show("munlock across it", munlock(p, 8 * page));
	show("mlock2 with flag 2", mlock2(p, page, 2));
	show("mlock of nothing", mlock(p, 0));
	munmap(p, 8 * page);
	show("mlock of unmapped memory", mlock(p, page));
}

static void lock_all(void)
{
	char *p;

	show("mlockall(0)", mlockall(0));
	show("mlockall(MCL_ONFAULT)", mlockall(MCL_ONFAULT));
	show("mlockall(8)", mlockall(8));
	show("mlockall(MCL_FUTURE)", mlockall(MCL_FUTURE));
	printf("  VmLck %ld kB\n", vm_lck_kb());
	p = mmap(NULL, 3 * page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	show_resident("a mapping made after it", p, 3);
	show("munlockall", munlockall());
	show_resident("after it", p, 3);
	munmap(p, 3 * page);
	p = mmap(NULL, 2 * page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_LOCKED, -1, 0);
	show_resident("a MAP_LOCKED mapping", p, 2);
	munmap(p, 2 * page);
	p = mmap(NULL, 2 * page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_POPULATE, -1, 0);
	show_resident("a MAP_POPULATE mapping", p, 2);
	munmap(p, 2 * page);
}

static void files(const char *path)
{
	int fd = open(path, O_RDWR | O_CREAT | O_TRUNC, 0600);
	char buf[4096], *p;

	memset(buf, 'a', sizeof(buf));
	pwrite(fd, buf, sizeof(buf), 0);
	memset(buf, 'c', sizeof(buf));
	pwrite(fd, buf, sizeof(buf), 2 * page);	/* page 1 is a hole */
	p = mmap(NULL, 4 * page, PROT_READ, MAP_SHARED, fd, 0);
	show_resident("a file's mapping (page 1 a hole, page 3 past the end)", p, 3);
	show("remap_file_pages of page 0 to file page 2", remap_file_pages(p, page, 0, 2, 0));
	printf("  page 0 now reads '%c', page 2 '%c'\n", p[0], p[2 * page]);
	show("remap_file_pages with prot 1", remap_file_pages(p, page, PROT_READ, 2, 0));
	munmap(p, 4 * page);
	p = mmap(NULL, page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	show("remap_file_pages of private memory", remap_file_pages(p, page, 0, 0, 0));
	munmap(p, page);
	close(fd);
	unlink(path);
}

static void mincore_errors(void)
{
	unsigned char vec[4];
	char *p = mmap(NULL, 2 * page, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

	show("mincore of an unaligned address", mincore(p + 1, page, vec));
	show("mincore into a bad vector", mincore(p, page, (unsigned char *)8));
	show("mincore of 0 bytes", mincore(p, 0, vec));
	munmap(p + page, page);
	show("mincore past the end of a mapping", mincore(p, 2 * page, vec));
	show("mincore of kernel addresses", mincore((void *)0xffff800000000000UL, page, vec));
	munmap(p, page);
}

int main(int argc, char **argv)
{
	if (argc < 2)
		return 2;
	page = sysconf(_SC_PAGESIZE);
	locks();
	lock_all();
	files(argv[1]);
	mincore_errors();
	return 0;
}
