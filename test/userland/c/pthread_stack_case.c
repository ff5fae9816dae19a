/*
 * Thread stacks: the stack attributes (setstack, setstackaddr, sizes and
 * guards and their errors), a thread running on a stack its creator gave it
 * (never freed by the library), and pthread_getattr_np's answers for created
 * threads and for the main thread, whose stack glibc finds in
 * /proc/self/maps and RLIMIT_STACK.  Addresses differ from run to run and
 * machine to machine, so only comparisons and sizes are printed.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#define PAGE 4096UL
/* PTHREAD_STACK_MIN on x86-64 (with _GNU_SOURCE glibc's is a sysconf call, not a constant). */
#define STACK_MIN 16384

/* What a thread saw of itself. */
struct seen {
	pthread_attr_t attr;
	int getattr;
	char *local;            /* the address of one of its locals */
};

static void *look_at_self(void *arg)
{
	struct seen *s = arg;
	char local;

	s->local = &local;
	s->getattr = pthread_getattr_np(pthread_self(), &s->attr);
	return NULL;
}

static int on_stack(const struct seen *s)
{
	void *addr;
	size_t size;

	pthread_attr_getstack(&s->attr, &addr, &size);
	return s->local >= (char *)addr && s->local < (char *)addr + size;
}

static void attributes(void)
{
	pthread_attr_t a;
	static char buf[STACK_MIN];
	void *addr, *top;
	size_t size, guard, dflt;
	struct rlimit rl;

	pthread_attr_init(&a);
	pthread_attr_getstack(&a, &addr, &size);
	pthread_attr_getguardsize(&a, &guard);
	printf("a fresh attr: getstack NULL %d, size %zu, guard %zu\n", addr == NULL, size, guard);
	pthread_attr_getstacksize(&a, &dflt);
	getrlimit(RLIMIT_STACK, &rl);
	printf("default stack size is RLIMIT_STACK's: %d\n", dflt == rl.rlim_cur);
	printf("setstack of PTHREAD_STACK_MIN - 1: %s\n", strerror(pthread_attr_setstack(&a, buf, STACK_MIN - 1)));
	printf("setstacksize of PTHREAD_STACK_MIN - 1: %s\n", strerror(pthread_attr_setstacksize(&a, STACK_MIN - 1)));
	printf("setstack of PTHREAD_STACK_MIN: %d\n", pthread_attr_setstack(&a, buf, STACK_MIN));
	pthread_attr_getstack(&a, &addr, &size);
	pthread_attr_getstackaddr(&a, &top);
	printf("getstack gives it back: %d %zu; getstackaddr is its top: %d\n", addr == buf, size,
	       top == buf + sizeof buf);
	pthread_attr_setstackaddr(&a, buf + 2 * PAGE);
	pthread_attr_getstack(&a, &addr, &size);
	printf("setstackaddr moves the top, the size stays: %d %zu\n", addr == buf + 2 * PAGE - size, size);
	pthread_attr_setguardsize(&a, 5000);
	pthread_attr_getguardsize(&a, &guard);
	printf("setguardsize 5000: %zu\n", guard);
	pthread_attr_destroy(&a);
}

/* A mapping, so that a library unmapping it would make the next access fault (msync says ENOMEM). */
static char *map(size_t size)
{
	return mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
}

static void *signal_and_end(void *arg)
{
	char local;
	int fd = *(int *)arg;
	char *where = &local;

	write(fd, &where, sizeof where);
	return NULL;
}

static void caller_stacks(void)
{
	size_t size = 256 * 1024;
	char *stack = map(size), *where;
	pthread_attr_t a;
	struct seen s;
	void *addr;
	size_t got, guard;
	int fds[2];
	pthread_t t;
	struct timespec pause = { 0, 50000000L };

	pthread_attr_init(&a);
	pthread_attr_setstack(&a, stack, size);
	pthread_attr_setguardsize(&a, 8192);
	printf("create on a caller's stack: %d\n", pthread_create(&t, &a, look_at_self, &s));
	pthread_join(t, NULL);
	pthread_attr_getstack(&s.attr, &addr, &got);
	pthread_attr_getguardsize(&s.attr, &guard);
	printf("it ran on it: %d; getattr_np %d: the same stack %d %d, guard %zu (ignored)\n",
	       s.local >= stack && s.local < stack + size, s.getattr, addr == stack, got == size, guard);
	pthread_attr_destroy(&s.attr);
	printf("still mapped after the join: %d\n", msync(stack, size, MS_ASYNC) == 0);
	printf("again on the same stack: %d\n", pthread_create(&t, &a, look_at_self, &s));
	pthread_join(t, NULL);
	printf("it ran on it: %d\n", s.local >= stack && s.local < stack + size);
	pthread_attr_destroy(&s.attr);

	pthread_attr_setdetachstate(&a, PTHREAD_CREATE_DETACHED);
	pipe(fds);
	pthread_create(&t, &a, signal_and_end, &fds[1]);
	read(fds[0], &where, sizeof where);
	nanosleep(&pause, NULL);
	printf("detached, on it: %d; still mapped once it ended: %d\n", where >= stack && where < stack + size,
	       msync(stack, size, MS_ASYNC) == 0);
	pthread_attr_destroy(&a);
	munmap(stack, size);
	close(fds[0]);
	close(fds[1]);
}

/* Detaches itself, then sends what pthread_getattr_np says of its detach state down the pipe. */
static void *detach_self(void *arg)
{
	int fd = *(int *)arg, state;
	pthread_attr_t a;

	pthread_detach(pthread_self());
	pthread_getattr_np(pthread_self(), &a);
	pthread_attr_getdetachstate(&a, &state);
	pthread_attr_destroy(&a);
	write(fd, &state, sizeof state);
	return NULL;
}

static void created_threads(void)
{
	pthread_attr_t a, dflt;
	struct seen s;
	void *addr;
	size_t size, guard, dflt_size, dflt_guard;
	int state, policy, inherit, scope, detach = -1, fds[2];
	struct sched_param param;
	pthread_t t;

	pthread_attr_init(&a);
	pthread_attr_setstacksize(&a, 256 * 1024);
	pthread_attr_setguardsize(&a, 5000);
	pthread_create(&t, &a, look_at_self, &s);
	pthread_join(t, NULL);
	pthread_attr_getstack(&s.attr, &addr, &size);
	pthread_attr_getguardsize(&s.attr, &guard);
	printf("256 KiB, guard 5000: getattr_np %d, size %zu, guard %zu, a local in it %d\n", s.getattr, size, guard,
	       on_stack(&s));
	pthread_attr_getdetachstate(&s.attr, &state);
	pthread_attr_getschedpolicy(&s.attr, &policy);
	pthread_attr_getschedparam(&s.attr, &param);
	pthread_attr_getinheritsched(&s.attr, &inherit);
	pthread_attr_getscope(&s.attr, &scope);
	printf("joinable %d, SCHED_OTHER %d, priority %d, inherit %d, system scope %d\n",
	       state == PTHREAD_CREATE_JOINABLE, policy == SCHED_OTHER, param.sched_priority,
	       inherit == PTHREAD_INHERIT_SCHED, scope == PTHREAD_SCOPE_SYSTEM);
	pthread_attr_destroy(&s.attr);

	pthread_create(&t, NULL, look_at_self, &s);
	pthread_join(t, NULL);
	pthread_attr_init(&dflt);
	pthread_attr_getstacksize(&dflt, &dflt_size);
	pthread_attr_getguardsize(&dflt, &dflt_guard);
	pthread_attr_getstack(&s.attr, &addr, &size);
	pthread_attr_getguardsize(&s.attr, &guard);
	printf("no attributes: the default size %d and guard %d, a local in it %d\n", size == dflt_size,
	       guard == dflt_guard, on_stack(&s));
	pthread_attr_destroy(&s.attr);

	pipe(fds);
	pthread_create(&t, NULL, detach_self, &fds[1]);
	read(fds[0], &detach, sizeof detach);
	printf("after pthread_detach(self): detached %d\n", detach == PTHREAD_CREATE_DETACHED);
	close(fds[0]);
	close(fds[1]);
	pthread_attr_destroy(&a);
	pthread_attr_destroy(&dflt);
}

/* A thread that reads the byte just below its stack: its guard page. */
static void *read_below(void *arg)
{
	pthread_attr_t a;
	void *addr;
	size_t size;

	(void)arg;
	pthread_getattr_np(pthread_self(), &a);
	pthread_attr_getstack(&a, &addr, &size);
	return (void *)(long)*((volatile char *)addr - 1);
}

static void guard_page(void)
{
	pid_t child = fork();
	int status;

	if (child == 0) {
		pthread_t t;

		pthread_create(&t, NULL, read_below, NULL);
		pthread_join(t, NULL);
		_exit(0);
	}
	waitpid(child, &status, 0);
	printf("reading the guard page: killed by SIGSEGV %d\n", WIFSIGNALED(status) && WTERMSIG(status) == SIGSEGV);
}

/* The line of /proc/self/maps that holds p, and the end of the one before it. */
static int find_mapping(void *p, unsigned long *from, unsigned long *to, unsigned long *last_to)
{
	FILE *f = fopen("/proc/self/maps", "r");
	char line[512];

	*last_to = 0;
	while (fgets(line, sizeof line, f) != NULL) {
		if (sscanf(line, "%lx-%lx", from, to) == 2 && *from <= (unsigned long)p && (unsigned long)p < *to) {
			fclose(f);
			return 1;
		}
		*last_to = *to;
	}
	fclose(f);
	return 0;
}

static void main_thread(void)
{
	pthread_attr_t a;
	void *addr;
	size_t size, guard;
	unsigned long from, to, last_to, top, limit;
	struct rlimit rl;
	int r, state, local;

	r = pthread_getattr_np(pthread_self(), &a);
	pthread_attr_getstack(&a, &addr, &size);
	pthread_attr_getguardsize(&a, &guard);
	pthread_attr_getdetachstate(&a, &state);
	top = (unsigned long)addr + size;
	getrlimit(RLIMIT_STACK, &rl);
	find_mapping(&local, &from, &to, &last_to);
	printf("main thread: getattr_np %d, guard %zu, joinable %d\n", r, guard, state == PTHREAD_CREATE_JOINABLE);
	printf("  its top is a page boundary in the [stack] mapping, above this frame: %d %d %d\n", top % PAGE == 0,
	       top > from && top <= to, top > (unsigned long)&local);
	limit = (rl.rlim_cur - (to - top)) & ~(PAGE - 1);
	printf("  its size is RLIMIT_STACK less what lies above the top, in whole pages, down to the mapping below: %d\n",
	       size == (limit < top - last_to ? limit : top - last_to));
	pthread_attr_destroy(&a);
}

int main(void)
{
	attributes();
	created_threads();
	caller_stacks();
	guard_page();
	main_thread();
	return 0;
}
