/*
 * The futex operations condition variables are built on, called through
 * syscall() as a course's own lock library would: FUTEX_CMP_REQUEUE and
 * FUTEX_REQUEUE (waiters moved to a second word, where a later wake finds
 * them), FUTEX_WAKE_OP (an atomic operation on a second word whose old value
 * decides a second wake), FUTEX_WAIT_BITSET/WAKE_BITSET, and their errors.
 *
 * Waiter threads are started one at a time, each only once the previous one
 * sleeps in the kernel, so the kernel's first-come-first-woken order decides
 * who wakes; a woken thread records itself and posts a semaphore before the
 * next wake.  Whether a thread sleeps yet is asked of the kernel itself:
 * FUTEX_REQUEUE of a word onto itself moves nobody and returns its waiters.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <limits.h>
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include "errno_names.h"

#define FUTEX_WAIT		0
#define FUTEX_WAKE		1
#define FUTEX_FD		2
#define FUTEX_REQUEUE		3
#define FUTEX_CMP_REQUEUE	4
#define FUTEX_WAKE_OP		5
#define FUTEX_WAIT_BITSET	9
#define FUTEX_WAKE_BITSET	10
#define FUTEX_PRIVATE_FLAG	128
#define FUTEX_CLOCK_REALTIME	256
#define FUTEX_BITSET_MATCH_ANY	0xffffffff

#define FUTEX_OP_SET		0
#define FUTEX_OP_ADD		1
#define FUTEX_OP_OR		2
#define FUTEX_OP_ANDN		3
#define FUTEX_OP_XOR		4
#define FUTEX_OP_OPARG_SHIFT	8
#define FUTEX_OP_CMP_EQ		0
#define FUTEX_OP_CMP_NE		1
#define FUTEX_OP_CMP_LT		2
#define FUTEX_OP_CMP_GE		5
#define FUTEX_OP(op, oparg, cmp, cmparg) \
	((((op) & 0xf) << 28) | (((cmp) & 0xf) << 24) | (((oparg) & 0xfff) << 12) | ((cmparg) & 0xfff))

#define PRIV FUTEX_PRIVATE_FLAG

static long futex(volatile int *word, int op, int val, long val2, volatile int *word2, unsigned val3)
{
	long r = syscall(SYS_futex, word, op, val, val2, word2, val3);

	return r < 0 ? -errno : r;
}

/* A result: a count, or an error's name. */
static const char *show(long r)
{
	static char buf[8][24];
	static int next;

	if (r < 0)
		return errno_name((int)-r);
	next = (next + 1) % 8;
	snprintf(buf[next], sizeof(buf[next]), "%ld", r);
	return buf[next];
}

/* How many sleep on word (private or shared, as they waited): a requeue onto itself. */
static long waiters_on(volatile int *word, int flags)
{
	return futex(word, FUTEX_REQUEUE | flags, 0, INT_MAX, word, 0);
}

static void until_waiters(volatile int *word, int flags, long n)
{
	struct timespec ms = { 0, 1000000 };

	while (waiters_on(word, flags) != n)
		nanosleep(&ms, NULL);
}

struct waiter {
	pthread_t thread;
	int id;
	volatile int *word;
	int op;
	unsigned bitset;
	long result;
};

static sem_t woken;
static char order[16];	/* ids in the order the waiters woke */
static int norder;

static void *wait_thread(void *arg)
{
	struct waiter *w = arg;

	w->result = futex(w->word, w->op, *w->word, 0, NULL, w->bitset);
	order[norder++] = (char)('0' + w->id);
	sem_post(&woken);
	return NULL;
}

/* Start waiter id on word and return once it sleeps there (behind `before` others). */
static void start_waiter(struct waiter *w, int id, volatile int *word, int op, unsigned bitset, long before)
{
	w->id = id;
	w->word = word;
	w->op = op;
	w->bitset = bitset;
	pthread_create(&w->thread, NULL, wait_thread, w);
	until_waiters(word, op & PRIV, before + 1);
}

static void join_all(struct waiter *w, int n)
{
	int i;

	for (i = 0; i < n; i++)
		pthread_join(w[i].thread, NULL);
}

static void errors(void)
{
	static int word __attribute__((aligned(8)));
	struct timespec zero = { 0, 0 }, bad = { 0, 1000000000L };
	char *bytes = (char *)&word;

	printf("WAIT, value differs: %s\n", show(futex(&word, FUTEX_WAIT | PRIV, 1, 0, NULL, 0)));
	printf("WAIT, timeout 0: %s\n", show(futex(&word, FUTEX_WAIT | PRIV, 0, (long)&zero, NULL, 0)));
	printf("WAIT, tv_nsec 1e9: %s\n", show(futex(&word, FUTEX_WAIT | PRIV, 0, (long)&bad, NULL, 0)));
	printf("WAIT, unaligned: %s\n", show(futex((int *)(bytes + 1), FUTEX_WAIT | PRIV, 0, 0, NULL, 0)));
	printf("WAIT_BITSET, bitset 0: %s\n", show(futex(&word, FUTEX_WAIT_BITSET | PRIV, 0, 0, NULL, 0)));
	printf("WAKE_BITSET, bitset 0: %s\n", show(futex(&word, FUTEX_WAKE_BITSET | PRIV, 1, 0, NULL, 0)));
	printf("WAKE, nobody waits: %s\n", show(futex(&word, FUTEX_WAKE | PRIV, 1, 0, NULL, 0)));
	printf("WAKE with CLOCK_REALTIME: %s\n",
	       show(futex(&word, FUTEX_WAKE | PRIV | FUTEX_CLOCK_REALTIME, 1, 0, NULL, 0)));
	printf("FUTEX_FD: %s\n", show(futex(&word, FUTEX_FD | PRIV, 0, 0, NULL, 0)));
	printf("op 99: %s\n", show(futex(&word, 99, 0, 0, NULL, 0)));
	printf("REQUEUE to an unaligned word: %s\n",
	       show(futex(&word, FUTEX_REQUEUE | PRIV, 1, 1, (int *)(bytes + 2), 0)));
	printf("CMP_REQUEUE, value differs: %s\n", show(futex(&word, FUTEX_CMP_REQUEUE | PRIV, 1, 1, &word, 5)));
	printf("CMP_REQUEUE, nobody waits: %s\n", show(futex(&word, FUTEX_CMP_REQUEUE | PRIV, 1, 1, &word, 0)));
}

/* Absolute timeouts: FUTEX_WAIT_BITSET's are on CLOCK_MONOTONIC, or CLOCK_REALTIME if asked. */
static void absolute_timeouts(void)
{
	static int word;
	struct timespec t, start, end, past = { 0, 1000 };
	long r;

	clock_gettime(CLOCK_MONOTONIC, &start);
	t = start;
	t.tv_nsec += 20000000;
	if (t.tv_nsec >= 1000000000L) {
		t.tv_nsec -= 1000000000L;
		t.tv_sec++;
	}
	r = futex(&word, FUTEX_WAIT_BITSET | PRIV, 0, (long)&t, NULL, FUTEX_BITSET_MATCH_ANY);
	clock_gettime(CLOCK_MONOTONIC, &end);
	printf("WAIT_BITSET until monotonic now + 20 ms: %s, not before: %d\n", show(r),
	       end.tv_sec > t.tv_sec || (end.tv_sec == t.tv_sec && end.tv_nsec >= t.tv_nsec));
	clock_gettime(CLOCK_REALTIME, &t);
	t.tv_sec -= 1;
	printf("WAIT_BITSET until realtime now - 1 s: %s\n",
	       show(futex(&word, FUTEX_WAIT_BITSET | PRIV | FUTEX_CLOCK_REALTIME, 0, (long)&t, NULL, 1)));
	printf("WAIT_BITSET until monotonic 1 us: %s\n",
	       show(futex(&word, FUTEX_WAIT_BITSET | PRIV, 0, (long)&past, NULL, 1)));
	printf("WAIT_BITSET in the past, value differs: %s\n",
	       show(futex(&word, FUTEX_WAIT_BITSET | PRIV, 1, (long)&past, NULL, 1)));
}

/* A condition variable's broadcast: wake one, move the rest to the mutex word. */
static void cmp_requeue(void)
{
	static int cond, mutex;
	struct waiter w[3];
	int i;

	norder = 0;
	for (i = 0; i < 3; i++)
		start_waiter(&w[i], i, &cond, FUTEX_WAIT | PRIV, 0, i);
	printf("CMP_REQUEUE with a stale value: %s\n",
	       show(futex(&cond, FUTEX_CMP_REQUEUE | PRIV, 1, INT_MAX, &mutex, 1)));
	printf("CMP_REQUEUE wake 1, move the rest: %s\n",
	       show(futex(&cond, FUTEX_CMP_REQUEUE | PRIV, 1, INT_MAX, &mutex, 0)));
	sem_wait(&woken);
	printf("woken at once: %.*s; waiting on cond %ld, on mutex %ld\n", norder, order,
	       waiters_on(&cond, PRIV), waiters_on(&mutex, PRIV));
	printf("WAKE on cond: %s\n", show(futex(&cond, FUTEX_WAKE | PRIV, INT_MAX, 0, NULL, 0)));
	for (i = 0; i < 2; i++) {
		printf("WAKE 1 on mutex: %s\n", show(futex(&mutex, FUTEX_WAKE | PRIV, 1, 0, NULL, 0)));
		sem_wait(&woken);
	}
	join_all(w, 3);
	printf("wake order: %.*s, results %s %s %s\n", norder, order,
	       show(w[0].result), show(w[1].result), show(w[2].result));
}

/* Plain REQUEUE: no value check; nr_wake 0 moves only; a wake of 0 still wakes one, as Linux. */
static void requeue(void)
{
	static int a, b;
	struct waiter w[3];
	int i;

	norder = 0;
	for (i = 0; i < 3; i++)
		start_waiter(&w[i], i, &a, FUTEX_WAIT | PRIV, 0, i);
	printf("REQUEUE wake 0, move 2: %s\n", show(futex(&a, FUTEX_REQUEUE | PRIV, 0, 2, &b, 0)));
	printf("waiting on a %ld, on b %ld\n", waiters_on(&a, PRIV), waiters_on(&b, PRIV));
	printf("WAKE 0 on a: %s\n", show(futex(&a, FUTEX_WAKE | PRIV, 0, 0, NULL, 0)));
	sem_wait(&woken);
	printf("REQUEUE b onto a, wake 1, move 0: %s\n", show(futex(&b, FUTEX_REQUEUE | PRIV, 1, 0, &a, 0)));
	sem_wait(&woken);
	printf("WAKE on b: %s\n", show(futex(&b, FUTEX_WAKE | PRIV, 1, 0, NULL, 0)));
	sem_wait(&woken);
	join_all(w, 3);
	printf("wake order: %.*s\n", norder, order);
}

/* FUTEX_WAKE_OP with a waiter on each word: the comparison decides the second wake. */
static void wake_op_waiters(void)
{
	static int a, b;
	struct waiter w[2];

	norder = 0;
	start_waiter(&w[0], 0, &a, FUTEX_WAIT | PRIV, 0, 0);
	start_waiter(&w[1], 1, &b, FUTEX_WAIT | PRIV, 0, 0);
	b = 5;	/* the waiter on b slept on 0; its value changing does not wake it */
	printf("WAKE_OP b += 3 if old > 4: %s\n",
	       show(futex(&a, FUTEX_WAKE_OP | PRIV, 1, 1, &b, FUTEX_OP(FUTEX_OP_ADD, 3, 4, 4))));
	sem_wait(&woken);
	sem_wait(&woken);
	printf("b = %d\n", b);
	join_all(w, 2);

	norder = 0;
	a = b = 0;
	start_waiter(&w[0], 0, &a, FUTEX_WAIT | PRIV, 0, 0);
	start_waiter(&w[1], 1, &b, FUTEX_WAIT | PRIV, 0, 0);
	printf("WAKE_OP b = 7 if old == 1: %s\n",
	       show(futex(&a, FUTEX_WAKE_OP | PRIV, 1, 1, &b, FUTEX_OP(FUTEX_OP_SET, 7, FUTEX_OP_CMP_EQ, 1))));
	sem_wait(&woken);
	printf("b = %d, first woken %.*s, still waiting on b %ld\n", b, norder, order, waiters_on(&b, PRIV));
	printf("WAKE on b: %s\n", show(futex(&b, FUTEX_WAKE | PRIV, 1, 0, NULL, 0)));
	sem_wait(&woken);
	join_all(w, 2);
}

/* FUTEX_WAKE_OP's encodings and errors, on a word nobody waits on. */
static void wake_op_encodings(void)
{
	static int a, b;
	int *ro = mmap(NULL, 4096, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	long r;

	b = 6;
	r = futex(&a, FUTEX_WAKE_OP | PRIV, 1, 1, &b, FUTEX_OP(FUTEX_OP_OR | FUTEX_OP_OPARG_SHIFT, 4, FUTEX_OP_CMP_NE, 6));
	printf("b |= 1 << 4 if old != 6: %s, b = %d\n", show(r), b);
	r = futex(&a, FUTEX_WAKE_OP | PRIV, 1, 1, &b, FUTEX_OP(FUTEX_OP_ANDN, 2, FUTEX_OP_CMP_GE, 22));
	printf("b &= ~2 if old >= 22: %s, b = %d\n", show(r), b);
	r = futex(&a, FUTEX_WAKE_OP | PRIV, 1, 1, &b, FUTEX_OP(FUTEX_OP_XOR, 0xfff, FUTEX_OP_CMP_LT, -1));
	printf("b ^= -1 (12 bits, sign-extended) if old < -1: %s, b = %d\n", show(r), b);
	r = futex(&a, FUTEX_WAKE_OP | PRIV, 1, 1, &b, FUTEX_OP(FUTEX_OP_ADD, -2048, FUTEX_OP_CMP_LT, -1));
	printf("b += -2048 if old < -1: %s, b = %d\n", show(r), b);
	r = futex(&a, FUTEX_WAKE_OP | PRIV, 1, 1, &b, FUTEX_OP(FUTEX_OP_OR | FUTEX_OP_OPARG_SHIFT, 31, 3, -2069));
	printf("b |= 1 << 31 if old <= -2069: %s, b = %d\n", show(r), b);
	b = 1;
	r = futex(&a, FUTEX_WAKE_OP | PRIV, 1, 1, &b, FUTEX_OP(5, 9, FUTEX_OP_CMP_EQ, 0));
	printf("unknown op 5: %s, b = %d\n", show(r), b);
	r = futex(&a, FUTEX_WAKE_OP | PRIV, 1, 1, &b, FUTEX_OP(FUTEX_OP_SET, 9, 6, 0));
	printf("unknown comparison 6: %s, b = %d\n", show(r), b);
	r = futex(&a, FUTEX_WAKE_OP | PRIV, 1, 1, NULL, FUTEX_OP(FUTEX_OP_SET, 9, 0, 0));
	printf("second word NULL: %s\n", show(r));
	r = futex(&a, FUTEX_WAKE_OP | PRIV, 1, 1, ro, FUTEX_OP(FUTEX_OP_SET, 9, 0, 0));
	printf("second word read-only: %s, it holds %d\n", show(r), *ro);
	r = futex(&a, FUTEX_WAKE_OP | PRIV, 1, 1, (int *)((char *)&b + 1), FUTEX_OP(FUTEX_OP_SET, 9, 0, 0));
	printf("second word unaligned: %s\n", show(r));
	munmap(ro, 4096);
}

/* FUTEX_WAKE_BITSET wakes only waiters whose bitset shares a bit with its own; plain WAITs have all bits. */
static void bitsets(void)
{
	static int word;
	struct waiter w[3];

	norder = 0;
	start_waiter(&w[0], 0, &word, FUTEX_WAIT_BITSET | PRIV, 1, 0);
	start_waiter(&w[1], 1, &word, FUTEX_WAIT_BITSET | PRIV, 2 | 4, 1);
	printf("WAKE_BITSET 8: %s\n", show(futex(&word, FUTEX_WAKE_BITSET | PRIV, INT_MAX, 0, NULL, 8)));
	start_waiter(&w[2], 2, &word, FUTEX_WAIT | PRIV, 0, 2);
	printf("WAKE_BITSET 8 after a plain WAIT: %s\n",
	       show(futex(&word, FUTEX_WAKE_BITSET | PRIV, INT_MAX, 0, NULL, 8)));
	sem_wait(&woken);
	printf("WAKE_BITSET 4: %s\n", show(futex(&word, FUTEX_WAKE_BITSET | PRIV, INT_MAX, 0, NULL, 4)));
	sem_wait(&woken);
	printf("WAKE (any bit): %s\n", show(futex(&word, FUTEX_WAKE | PRIV, INT_MAX, 0, NULL, 0)));
	sem_wait(&woken);
	join_all(w, 3);
	printf("wake order: %.*s\n", norder, order);
}

/*
 * Shared futexes between processes: a child sleeps on a word in MAP_SHARED
 * memory; the parent moves it to another word there and wakes it on that one.
 */
static void shared_requeue(void)
{
	int *mem = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	volatile int *cond = mem, *mutex = mem + 1;
	int status;
	pid_t pid;

	fflush(stdout);
	pid = fork();
	if (pid == 0)
		_exit(futex(cond, FUTEX_WAIT, 0, 0, NULL, 0) == 0 ? 0 : 1);
	until_waiters(cond, 0, 1);
	printf("shared: private REQUEUE finds nobody: %s\n", show(futex(cond, FUTEX_REQUEUE | PRIV, 0, 1, mutex, 0)));
	printf("shared: CMP_REQUEUE wake 0, move 1: %s\n", show(futex(cond, FUTEX_CMP_REQUEUE, 0, 1, mutex, 0)));
	printf("shared: WAKE on the second word: %s\n", show(futex(mutex, FUTEX_WAKE, 1, 0, NULL, 0)));
	waitpid(pid, &status, 0);
	printf("shared: child woken normally: %d\n", WIFEXITED(status) && WEXITSTATUS(status) == 0);
	munmap(mem, 4096);
}

int main(void)
{
	sem_init(&woken, 0, 0);
	errors();
	absolute_timeouts();
	cmp_requeue();
	requeue();
	wake_op_waiters();
	wake_op_encodings();
	bitsets();
	shared_requeue();
	return 0;
}
