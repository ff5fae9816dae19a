/*
 * MAP_SHARED | MAP_ANONYMOUS memory is shared with children, MAP_PRIVATE memory is
 * copied: the OS-course exercise of a parent and a child taking turns incrementing a
 * shared counter (a pipe each way orders the turns), pages first touched after the
 * fork, munmap in one process, and mremap of a shared mapping (grow, move, duplicate).
 */
#define _GNU_SOURCE
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>
#include "child_helpers.h"

static long page;

static void show(const char *what, long r)
{
	printf("%s: %ld %s\n", what, r, r < 0 ? strerror(errno) : "");
}

/* The parent and the child add to the counter in turns, rounds times each. */
static void take_turns(volatile int *counter, int rounds)
{
	int to_child[2], to_parent[2], i;
	char token = 't';

	pipe(to_child);
	pipe(to_parent);
	fflush(stdout);
	if (fork() == 0) {
		for (i = 0; i < rounds; i++) {
			read(to_child[0], &token, 1);
			*counter += 10;
			write(to_parent[1], &token, 1);
		}
		_exit(*counter == rounds * 11 ? 0 : 1);
	}
	for (i = 0; i < rounds; i++) {
		*counter += 1;
		write(to_child[1], &token, 1);
		read(to_parent[0], &token, 1);
	}
	printf("after %d turns each the parent sees %d\n", rounds, *counter);
	wait_child("turns");
	close(to_child[0]); close(to_child[1]);
	close(to_parent[0]); close(to_parent[1]);
}

int main(void)
{
	int *shared, *private;
	char *area, *grown, *moved, *alias, *target;

	page = sysconf(_SC_PAGESIZE);
	shared = mmap(NULL, 3 * page, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	private = mmap(NULL, page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	printf("fresh shared memory reads %d\n", shared[0]);
	shared[0] = 0;
	take_turns(shared, 5);

	/* Pages nobody touched before the fork are shared too; private ones are not. */
	*private = 1;
	fflush(stdout);
	if (fork() == 0) {
		shared[page / sizeof(int)] = 4242;		/* page 1: untouched so far */
		shared[2 * page / sizeof(int)] = 77;
		*private = 2;
		_exit(0);
	}
	wait_child("late touch");
	printf("parent sees page 1 = %d, page 2 = %d, private = %d\n",
	       shared[page / sizeof(int)], shared[2 * page / sizeof(int)], *private);

	/* The child unmaps its view; the parent's memory stays. */
	fflush(stdout);
	if (fork() == 0) {
		munmap(shared, 3 * page);
		_exit(0);
	}
	wait_child("child munmap");
	printf("parent still reads %d\n", shared[0]);
	show("parent munmap of page 0", munmap(shared, page));

	/* Shared memory across exec-less generations: a grandchild writes. */
	fflush(stdout);
	if (fork() == 0) {
		if (fork() == 0) {
			shared[page / sizeof(int)] = 99;
			_exit(0);
		}
		wait(NULL);
		_exit(0);
	}
	wait_child("grandchild");
	printf("parent sees the grandchild's %d\n", shared[page / sizeof(int)]);

	/* mremap: move the shared pages; the child still shares them. */
	area = mmap(NULL, page, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	strcpy(area, "shared text");
	target = mmap(NULL, 2 * page, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	moved = mremap(area, page, 2 * page, MREMAP_MAYMOVE | MREMAP_FIXED, target);
	show("mremap moved", moved == MAP_FAILED ? -1 : moved == target);
	printf("moved area reads \"%s\"\n", moved);
	fflush(stdout);
	if (fork() == 0) {
		strcpy(moved, "child wrote");
		_exit(0);
	}
	wait_child("moved");
	printf("moved area now reads \"%s\"\n", moved);

	/* Old size 0: a second mapping of the same shared pages. */
	alias = mremap(moved, 0, page, MREMAP_MAYMOVE);
	show("mremap duplicate", alias == MAP_FAILED ? -1 : alias != moved);
	if (alias != MAP_FAILED) {
		strcpy(alias, "via alias");
		printf("original reads \"%s\"\n", moved);
	}
	grown = mremap(private, 0, page, MREMAP_MAYMOVE);
	show("mremap duplicate of private memory", grown == MAP_FAILED ? -1 : 0);

	/* Grown past the shared memory's size: SIGBUS there, as the size is fixed. */
	fflush(stdout);
	if (fork() == 0) {
		char *p = mremap(area = mmap(NULL, page, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0),
				 page, 2 * page, MREMAP_MAYMOVE);
		p[0] = 1;
		p[page] = 1;
		_exit(0);
	}
	wait_child("store past grown shared memory");

	/* Shared memory that is read-only, then made writable. */
	area = mmap(NULL, page, PROT_READ, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	show("mprotect shared anonymous writable", mprotect(area, page, PROT_READ | PROT_WRITE));
	fflush(stdout);
	if (fork() == 0) {
		area[0] = 'k';
		_exit(0);
	}
	wait_child("after mprotect");
	printf("parent reads '%c'\n", area[0]);
	show("munmap", munmap(area, page));
	return 0;
}
