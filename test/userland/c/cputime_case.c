/*
 * CPU time as a process sees it: getrusage (self, children, one thread),
 * times, clock, the CPU-time clocks and /proc/self/stat all count time on
 * the CPU (not time asleep), children's time once they are reaped, and a
 * thread's time in its process's; page faults and voluntary switches are
 * counted too. clock_nanosleep with TIMER_ABSTIME sleeps
 * until a time on its clock. Only what holds on any machine is printed:
 * comparisons, never amounts.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/times.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static volatile unsigned long counter;

static void spin(unsigned long n)
{
	unsigned long i;

	for (i = 0; i < n; i++)
		counter++;
}

static long long tv_ns(struct timeval tv)
{
	return tv.tv_sec * 1000000000LL + tv.tv_usec * 1000LL;
}

static long long clock_ns(clockid_t clock)
{
	struct timespec ts;

	clock_gettime(clock, &ts);
	return ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

static long long rusage_ns(int who)
{
	struct rusage ru;

	getrusage(who, &ru);
	return tv_ns(ru.ru_utime) + tv_ns(ru.ru_stime);
}

/* Fields 14 and 15 of /proc/self/stat: utime and stime in clock ticks. */
static long proc_ticks(void)
{
	char buf[1024], *p;
	FILE *f = fopen("/proc/self/stat", "r");
	long utime = 0, stime = 0;
	int field;

	if (f == NULL || fgets(buf, sizeof buf, f) == NULL)
		return -1;
	fclose(f);
	p = strrchr(buf, ')') + 2;     /* field 3 */
	for (field = 3; field < 14; field++)
		p = strchr(p, ' ') + 1;
	sscanf(p, "%ld %ld", &utime, &stime);
	return utime + stime;
}

/* Clock ticks (100 a second, each of utime and stime rounded down) that count ns of CPU time. */
static int within_a_tick(long long ns, long ticks)
{
	long long whole = ns / 10000000LL;

	return ticks <= whole && ticks >= whole - 1;
}

/* Touches 64 pages of fresh memory (too small a mapping for a huge page): 64 page faults. */
static void touch_pages(void)
{
	char *p = mmap(NULL, 64 * 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	int i;

	for (i = 0; i < 64; i++)
		p[i * 4096] = 1;
	munmap(p, 64 * 4096);
}

/* The counts getrusage keeps: page faults and voluntary switches, in this process and in a reaped child. */
static void counts(void)
{
	struct rusage before, after;
	pid_t child;
	int i;

	getrusage(RUSAGE_SELF, &before);
	touch_pages();
	for (i = 0; i < 10; i++)
		usleep(1000);
	getrusage(RUSAGE_SELF, &after);
	printf("64 pages touched: at least 64 more minor faults %d\n", after.ru_minflt - before.ru_minflt >= 64);
	printf("10 sleeps: at least 10 more voluntary switches %d\n", after.ru_nvcsw - before.ru_nvcsw >= 10);
	getrusage(RUSAGE_CHILDREN, &before);
	child = fork();
	if (child == 0) {
		touch_pages();
		_exit(0);
	}
	waitpid(child, NULL, 0);
	getrusage(RUSAGE_CHILDREN, &after);
	printf("a reaped child's faults count in RUSAGE_CHILDREN %d\n", after.ru_minflt - before.ru_minflt >= 64);
}

static void *spinner(void *arg)
{
	long long *thread_ns = arg;

	spin(2000000);
	*thread_ns = clock_ns(CLOCK_THREAD_CPUTIME_ID);
	return NULL;
}

static void absolute_sleeps(void)
{
	struct timespec deadline, past = { 1, 0 };
	long long before;
	int r;

	clock_gettime(CLOCK_MONOTONIC, &deadline);
	deadline.tv_nsec += 50000000L;
	if (deadline.tv_nsec >= 1000000000L) {
		deadline.tv_nsec -= 1000000000L;
		deadline.tv_sec++;
	}
	r = clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &deadline, NULL);
	printf("TIMER_ABSTIME on CLOCK_MONOTONIC: %d, woke after the deadline %d\n", r,
	       clock_ns(CLOCK_MONOTONIC) >= deadline.tv_sec * 1000000000LL + deadline.tv_nsec);
	before = clock_ns(CLOCK_MONOTONIC);
	r = clock_nanosleep(CLOCK_REALTIME, TIMER_ABSTIME, &past, NULL);
	printf("a deadline in 1970: %d, at once %d\n", r, clock_ns(CLOCK_MONOTONIC) - before < 20000000LL);
	r = clock_nanosleep(CLOCK_THREAD_CPUTIME_ID, 0, &past, NULL);
	printf("on a thread's CPU clock: %s\n", strerror(r));
	past.tv_nsec = 1000000000L;
	r = clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &past, NULL);
	printf("tv_nsec 1e9: %s\n", strerror(r));
}

int main(void)
{
	long long cpu_before, cpu_after, self, thread_ns = 0;
	long ticks;
	struct rusage ru;
	struct tms tms;
	clock_t c;
	pid_t child;
	int status;
	pthread_t t;

	spin(3000000);
	self = rusage_ns(RUSAGE_SELF);
	ticks = proc_ticks();
	printf("after a busy loop: rusage > 0 %d, clock() > 0 %d, /proc/self/stat within a tick of it %d\n",
	       self > 0, clock() > 0, within_a_tick(self, ticks));
	printf("the CPU-time clock has counted it too: %d\n", clock_ns(CLOCK_PROCESS_CPUTIME_ID) >= self);

	cpu_before = clock_ns(CLOCK_PROCESS_CPUTIME_ID);
	usleep(200000);
	cpu_after = clock_ns(CLOCK_PROCESS_CPUTIME_ID);
	printf("200 ms asleep costs under 50 ms of CPU: %d\n", cpu_after - cpu_before < 50000000LL);

	child = fork();
	if (child == 0) {
		spin(4000000);
		_exit(0);
	}
	usleep(50000);
	printf("children's time before the wait: %lld\n", rusage_ns(RUSAGE_CHILDREN));
	wait4(child, &status, 0, &ru);
	printf("wait4's rusage of the child > 0: %d\n", tv_ns(ru.ru_utime) + tv_ns(ru.ru_stime) > 0);
	printf("children's time after it: > 0 %d\n", rusage_ns(RUSAGE_CHILDREN) > 0);
	c = times(&tms);
	printf("times: cutime+cstime within a tick of RUSAGE_CHILDREN %d, returned > 0 %d\n",
	       within_a_tick(rusage_ns(RUSAGE_CHILDREN), tms.tms_cutime + tms.tms_cstime), c > 0);

	cpu_before = clock_ns(CLOCK_PROCESS_CPUTIME_ID);
	pthread_create(&t, NULL, spinner, &thread_ns);
	pthread_join(t, NULL);
	cpu_after = clock_ns(CLOCK_PROCESS_CPUTIME_ID);
	printf("a thread's CPU time counts in its process's: %d\n", cpu_after - cpu_before >= thread_ns && thread_ns > 0);
	printf("the main thread's own is less than the process's: %d\n",
	       clock_ns(CLOCK_THREAD_CPUTIME_ID) < clock_ns(CLOCK_PROCESS_CPUTIME_ID));
	printf("RUSAGE_THREAD less than RUSAGE_SELF: %d\n", rusage_ns(RUSAGE_THREAD) < rusage_ns(RUSAGE_SELF));

	counts();
	absolute_sleeps();
	return 0;
}
