/*
 * The CPU-time clocks of other threads and processes: pthread_getcpuclockid
 * and clock_getcpuclockid, reading those clocks (another thread's of this
 * process, a child's, a zombie child's), their errors (an ended thread, a
 * reaped child, a thread named as a process, another process's thread),
 * and clock_nanosleep on them: on the process's clock, relative and
 * absolute, and on another thread's; one's own thread clock is EINVAL.
 * Only comparisons are printed, never amounts.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define MS 1000000LL

static volatile unsigned long counter;
static volatile int stop;

static void spin(unsigned long n)
{
	unsigned long i;

	for (i = 0; i < n; i++)
		counter++;
}

static long long ns_of(struct timespec ts)
{
	return ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

/* The clock's reading in ns, or -errno. */
static long long read_clock(clockid_t clock)
{
	struct timespec ts;

	if (clock_gettime(clock, &ts) != 0)
		return -errno;
	return ns_of(ts);
}

static struct timespec ns_to_ts(long long ns)
{
	struct timespec ts = { ns / 1000000000LL, ns % 1000000000LL };

	return ts;
}

/* Spins, tells the main thread its own clock's reading and its tid, then waits for a byte. */
struct worker {
	int to_main[2], from_main[2];
	long long own;
	pid_t tid;
	int self_clock_err;     /* clock_getcpuclockid of its own tid */
};

static void *worker(void *arg)
{
	struct worker *w = arg;
	clockid_t clock;
	char c;

	spin(500000);
	w->own = read_clock(CLOCK_THREAD_CPUTIME_ID);
	w->tid = (pid_t)syscall(SYS_gettid);
	w->self_clock_err = clock_getcpuclockid(w->tid, &clock);
	write(w->to_main[1], "x", 1);
	read(w->from_main[0], &c, 1);
	return NULL;
}

static void thread_clocks(void)
{
	struct worker w;
	pthread_t t;
	clockid_t clock, self_clock;
	struct timespec res;
	long long before, mine, after, seen;
	char c;
	int r;

	pipe(w.to_main);
	pipe(w.from_main);
	pthread_create(&t, NULL, worker, &w);
	read(w.to_main[0], &c, 1);
	r = pthread_getcpuclockid(t, &clock);
	seen = read_clock(clock);
	printf("another thread's clock: %d, reads at least what it read itself %d, and it waits: under 50 ms more %d\n",
	       r, seen >= w.own && w.own > 0, seen - w.own < 50 * MS);
	r = clock_getres(clock, &res);
	printf("clock_getres on it: %d, %ld ns\n", r, res.tv_nsec);
	printf("clock_getcpuclockid of a thread's tid: %s; from that thread itself: %s\n",
	       strerror(clock_getcpuclockid(w.tid, &self_clock)), strerror(w.self_clock_err));

	pthread_getcpuclockid(pthread_self(), &self_clock);
	before = read_clock(CLOCK_THREAD_CPUTIME_ID);
	mine = read_clock(self_clock);
	after = read_clock(CLOCK_THREAD_CPUTIME_ID);
	printf("my own clock is CLOCK_THREAD_CPUTIME_ID: %d\n", before <= mine && mine <= after);

	write(w.from_main[1], "x", 1);
	usleep(100000);         /* it ends, and waits to be joined */
	r = pthread_getcpuclockid(t, &self_clock);
	printf("once it has ended: pthread_getcpuclockid %s, its clock %s\n", strerror(r),
	       strerror((int)-read_clock(clock)));
	pthread_join(t, NULL);
	close(w.to_main[0]);
	close(w.to_main[1]);
	close(w.from_main[0]);
	close(w.from_main[1]);
}

/* Reads the same as CLOCK_PROCESS_CPUTIME_ID (between two readings of it). */
static int is_process_clock(clockid_t clock)
{
	long long before = read_clock(CLOCK_PROCESS_CPUTIME_ID);
	long long reading = read_clock(clock);

	return before <= reading && reading <= read_clock(CLOCK_PROCESS_CPUTIME_ID);
}

static void process_clocks(void)
{
	clockid_t clock, mine, parent_thread;
	long long child_own;
	int to_parent[2], to_child[2], status, r;
	pid_t child;
	char c;

	clock_getcpuclockid(0, &mine);
	printf("clock_getcpuclockid(0) is CLOCK_PROCESS_CPUTIME_ID: %d\n", is_process_clock(mine));
	r = clock_getcpuclockid(getpid(), &clock);
	printf("clock_getcpuclockid(getpid()): %d, so is it %d\n", r, is_process_clock(clock));

	pthread_getcpuclockid(pthread_self(), &parent_thread);
	pipe(to_parent);
	pipe(to_child);
	fflush(stdout);
	child = fork();
	if (child == 0) {
		long long own;

		spin(500000);
		own = read_clock(CLOCK_PROCESS_CPUTIME_ID);
		write(to_parent[1], &own, sizeof own);
		printf("  in the child: its parent's thread clock %s\n", strerror((int)-read_clock(parent_thread)));
		fflush(stdout);
		write(to_parent[1], &own, sizeof own);
		read(to_child[0], &c, 1);
		spin(200000);
		_exit(0);
	}
	read(to_parent[0], &child_own, sizeof child_own);
	read(to_parent[0], &child_own, sizeof child_own);
	printf("a child's clock: %d, reads at least what it read itself %d\n", clock_getcpuclockid(child, &clock),
	       read_clock(clock) >= child_own);
	write(to_child[1], "x", 1);
	usleep(200000);
	printf("a zombie child's clock still reads: %d\n", read_clock(clock) > child_own);
	waitpid(child, &status, 0);
	printf("reaped: clock_getcpuclockid %s, its old clock %s\n", strerror(clock_getcpuclockid(child, &clock)),
	       strerror((int)-read_clock(clock)));
	printf("clock ids -1 and -5 (CLOCKFD): %s, %s\n", strerror((int)-read_clock(-1)),
	       strerror((int)-read_clock(-5)));
	close(to_parent[0]);
	close(to_parent[1]);
	close(to_child[0]);
	close(to_child[1]);
}

static void *spinner(void *arg)
{
	(void)arg;
	while (!stop)
		counter++;
	return NULL;
}

/* Sleeping on CPU-time clocks while another thread spins: they move only as it runs. */
static void sleeps(void)
{
	struct timespec t = ns_to_ts(5 * MS), past = { 0, 1 };
	clockid_t process, own, other;
	long long before, deadline;
	pthread_t t1;
	int r;

	clock_getcpuclockid(0, &process);
	pthread_getcpuclockid(pthread_self(), &own);
	pthread_create(&t1, NULL, spinner, NULL);

	before = read_clock(CLOCK_PROCESS_CPUTIME_ID);
	r = clock_nanosleep(CLOCK_PROCESS_CPUTIME_ID, 0, &t, NULL);
	printf("5 ms on the process clock: %d, it moved that much %d\n", r,
	       read_clock(CLOCK_PROCESS_CPUTIME_ID) - before >= 5 * MS);

	deadline = read_clock(process) + 5 * MS;
	t = ns_to_ts(deadline);
	r = clock_nanosleep(process, TIMER_ABSTIME, &t, NULL);
	printf("until a time on clock_getcpuclockid(0)'s clock: %d, reached %d\n", r, read_clock(process) >= deadline);
	printf("a time already passed: %d\n", clock_nanosleep(process, TIMER_ABSTIME, &past, NULL));

	pthread_getcpuclockid(t1, &other);
	deadline = read_clock(other) + 5 * MS;
	t = ns_to_ts(deadline);
	r = clock_nanosleep(other, TIMER_ABSTIME, &t, NULL);
	printf("until a time on another thread's clock: %d, reached %d\n", r, read_clock(other) >= deadline);
	printf("on my own thread's clock: %s\n", strerror(clock_nanosleep(own, 0, &past, NULL)));
	t.tv_nsec = 1000000000L;
	printf("tv_nsec 1e9 on the process clock: %s\n", strerror(clock_nanosleep(process, 0, &t, NULL)));
	stop = 1;
	pthread_join(t1, NULL);
}

int main(void)
{
	thread_clocks();
	process_clocks();
	sleeps();
	return 0;
}
