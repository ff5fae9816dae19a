/*
 * The emulator's compiled blocks (emulator/cpu/compile.ts, inline.ts) on the paths
 * that leave the fast one: every loop here runs thousands of times, so its blocks are
 * compiled, and then meets what a compiled block must hand back exactly as the
 * interpreter would.
 *  - loads, stores and read-modify-writes that straddle a page boundary;
 *  - a store that faults (a read-only page) in the middle of a hot loop: the handler
 *    sees every earlier store and not the faulting one;
 *  - a load from a non-canonical address after the same load ran from good ones;
 *  - copy-on-write after fork, met by the hot loop of each side;
 *  - loops whose blocks follow jumps and leave at the side of an if-chain.
 */
#include <setjmp.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

static sigjmp_buf escape;
static volatile sig_atomic_t faults;

static void on_segv(int sig)
{
	(void)sig;
	faults++;
	siglongjmp(escape, 1);
}

static unsigned long mix(unsigned long h, unsigned long v)
{
	return (h ^ v) * 1099511628211UL;
}

/* Loads and stores of 2, 4 and 8 bytes at every offset across the boundary of two pages. */
static void straddle(unsigned char *pages)
{
	unsigned char *edge = pages + 4096;
	unsigned long h = 14695981039346656037UL;
	int round, k;

	for (round = 0; round < 3000; round++) {
		for (k = 1; k < 8; k++) {
			unsigned char *p = edge - k;
			*(volatile uint64_t *)p = (uint64_t)round * 0x0101010101010101UL + k;
			h = mix(h, *(volatile uint64_t *)p);
			*(volatile uint32_t *)p += (uint32_t)(round + k);
			h = mix(h, *(volatile uint32_t *)p);
			*(volatile uint16_t *)(edge - 1) = (uint16_t)(round * 7 + k);
			h = mix(h, *(volatile uint16_t *)(edge - 1));
			if (*(volatile uint64_t *)p != 0)
				h = mix(h, (uint64_t)*(volatile int32_t *)p);
		}
	}
	printf("straddling accesses: %016lx\n", h);
}

/* Stores page after page until the read-only one. */
static void store_fault(void)
{
	long *area = mmap(NULL, 4 * 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	volatile long i = 0, last = -1;
	long n = 4 * 4096 / sizeof(long), sum = 0;

	mprotect((char *)area + 3 * 4096, 4096, PROT_READ);
	if (sigsetjmp(escape, 1) == 0) {
		for (i = 0; i < n; i++) {
			area[i] = i * 3;
			last = i;
		}
	}
	for (long j = 0; j < n; j++)
		sum += area[j];
	printf("store fault: faults %d, stopped at %ld, last stored %ld, sum %ld\n", (int)faults, (long)i, (long)last, sum);
	munmap(area, 4 * 4096);
}

/* The same load, first from good addresses, then from a non-canonical one. */
static void noncanonical(void)
{
	static long cells[64];
	volatile uintptr_t base = (uintptr_t)cells;
	volatile long total = 0;
	volatile int i = 0;

	for (int j = 0; j < 64; j++)
		cells[j] = j + 1;
	if (sigsetjmp(escape, 1) == 0) {
		for (i = 0; i < 5000; i++) {
			if (i == 4000)
				base = 0x8000000000000000UL;
			total += *(volatile long *)(base + (unsigned)(i & 63) * 8);
		}
	}
	printf("non-canonical load: faults %d, at iteration %d, total %ld\n", (int)faults, (int)i, (long)total);
}

/* Both sides of a fork write the same hot loop over pages they share until written. */
static void cow(void)
{
	static unsigned int buf[3 * 1024];
	unsigned long h = 0;
	int status;
	pid_t pid;

	for (int i = 0; i < 3 * 1024; i++)
		buf[i] = (unsigned)i;
	fflush(stdout);
	pid = fork();
	for (int r = 0; r < 4; r++)
		for (int i = 0; i < 3 * 1024; i++)
			buf[i] = buf[i] * 33 + (pid == 0 ? 1 : 2);
	for (int i = 0; i < 3 * 1024; i++)
		h = mix(h, buf[i]);
	if (pid == 0) {
		printf("copy-on-write, child: %016lx\n", h);
		fflush(stdout);
		_exit(0);
	}
	waitpid(pid, &status, 0);
	printf("copy-on-write, parent: %016lx\n", h);
}

/* An if-chain in a loop whose test sits at its top: side exits and jumps. */
static void branches(void)
{
	unsigned long h = 0;
	int counts[5] = { 0 };

	for (int i = 0; i < 200000; i++) {
		int v = (i * 7919) % 101;
		if (v < 10)
			counts[0]++;
		else if (v < 30)
			counts[1] += 2;
		else if (v < 60) {
			counts[2]++;
			if (v & 1)
				continue;
		} else if (v == 99 && i > 190000)
			break;
		else
			counts[3]++;
		h = mix(h, (unsigned long)v);
		counts[4]++;
	}
	printf("branches: %d %d %d %d %d %016lx\n", counts[0], counts[1], counts[2], counts[3], counts[4], h);
}

int main(void)
{
	struct sigaction sa;
	unsigned char *pages = mmap(NULL, 2 * 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	unsigned char *between = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

	/* Page frames in the order second page, another, first page: whichever way the
	 * allocator goes, the two pages are not neighbours in physical memory. */
	pages[4096] = 1;
	between[0] = 1;
	pages[0] = 1;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_segv;
	sigaction(SIGSEGV, &sa, NULL);
	straddle(pages);
	store_fault();
	noncanonical();
	cow();
	branches();
	return 0;
}
