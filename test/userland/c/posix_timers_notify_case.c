/*
 * How POSIX timers notify, and on which clocks: SIGEV_NONE (no signal,
 * timer_gettime still counts down), SIGEV_THREAD_ID (the signal goes to
 * one thread), SIGEV_THREAD (the function runs in another thread, glibc's
 * way), and timers on the process's and the thread's CPU-time clocks,
 * which count time on the CPU only.  Only comparisons are printed.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>
#include "timer_helpers.h"

static long long value_left(timer_t t)
{
	struct itimerspec cur;

	timer_gettime(t, &cur);
	return ns_of(cur.it_value);
}

static void sigev_none(void)
{
	struct sigevent sev = { .sigev_notify = SIGEV_NONE, .sigev_signo = SIGUSR1 };
	sigset_t pending;
	long long left;
	timer_t t;

	timer_create(CLOCK_MONOTONIC, &sev, &t);
	set_timer(t, 0, 50 * MS, 0);
	left = value_left(t);
	printf("SIGEV_NONE: counts down: in (0, 50 ms] %d\n", left > 0 && left <= 50 * MS);
	sleep_ms(80);
	sigpending(&pending);
	printf("after it expired: value %lld, a signal pending %d\n", value_left(t), sigismember(&pending, SIGUSR1));
	set_timer(t, 0, 20 * MS, 20 * MS);
	sleep_ms(50);
	left = value_left(t);
	printf("an interval SIGEV_NONE timer keeps going: value in (0, 20 ms] %d\n", left > 0 && left <= 20 * MS);
	timer_delete(t);
}

/* SIGEV_THREAD_ID: the signal goes to the thread named, although every thread blocks it. */
static volatile pid_t waiter_tid;

static void *waiter(void *arg)
{
	sigset_t set;
	siginfo_t info;

	(void)arg;
	waiter_tid = (pid_t)syscall(SYS_gettid);
	sigemptyset(&set);
	sigaddset(&set, SIGUSR2);
	memset(&info, 0, sizeof(info));
	sigwaitinfo(&set, &info);
	return (void *)(long)(info.si_code == SI_TIMER && info.si_value.sival_int == 99);
}

static void sigev_thread_id(void)
{
	struct sigevent sev = { .sigev_notify = SIGEV_THREAD_ID, .sigev_signo = SIGUSR2 };
	sigset_t set, pending;
	pthread_t thread;
	void *got;
	timer_t t;
	int r;

	sigemptyset(&set);
	sigaddset(&set, SIGUSR2);
	pthread_sigmask(SIG_BLOCK, &set, NULL);
	pthread_create(&thread, NULL, waiter, NULL);
	while (!waiter_tid)
		sleep_ms(1);
	sev.sigev_notify_thread_id = waiter_tid;
	sev.sigev_value.sival_int = 99;
	r = timer_create(CLOCK_MONOTONIC, &sev, &t);
	set_timer(t, 0, 20 * MS, 0);
	pthread_join(thread, &got);
	sigpending(&pending);
	printf("SIGEV_THREAD_ID: timer_create %d, the thread took it with SI_TIMER and the value %ld, "
	       "pending in the main thread %d\n", r, (long)got, sigismember(&pending, SIGUSR2));
	timer_delete(t);
}

/* SIGEV_THREAD: each expiry runs the function in a thread other than the caller's. */
static pthread_t main_thread;
static int calls_pipe[2];
static volatile int calls, elsewhere, right_value;

static void expired(union sigval value)
{
	calls++;
	elsewhere += !pthread_equal(pthread_self(), main_thread);
	right_value += value.sival_int == 77;
	write(calls_pipe[1], "x", 1);
}

static void sigev_thread(void)
{
	struct sigevent sev = { .sigev_notify = SIGEV_THREAD };
	struct itimerspec cur;
	pthread_attr_t attr;
	timer_t t;
	char c;
	int r, i, before;

	main_thread = pthread_self();
	pipe(calls_pipe);
	pthread_attr_init(&attr);
	sev.sigev_notify_function = expired;
	sev.sigev_notify_attributes = &attr;
	sev.sigev_value.sival_int = 77;
	r = timer_create(CLOCK_MONOTONIC, &sev, &t);
	set_timer(t, 0, 20 * MS, 20 * MS);
	for (i = 0; i < 3; i++)
		read(calls_pipe[0], &c, 1);
	timer_gettime(t, &cur);
	printf("SIGEV_THREAD: timer_create %d, 3 calls: in other threads %d, with the value %d, interval %lld ms\n",
	       r, elsewhere >= 3, right_value >= 3, ns_of(cur.it_interval) / MS);
	r = timer_delete(t);
	sleep_ms(30);
	before = calls;
	sleep_ms(60);
	printf("timer_delete: %d, no calls after it %d\n", r, calls == before);
}

static volatile sig_atomic_t fired;

static void on_signal(int sig)
{
	(void)sig;
	fired++;
}

/* Spins until the timer's signal has come n times, or the clock has run 2 s. */
static void spin_until_fired(clockid_t clock, int n)
{
	long long start = now_on(clock);

	while (fired < n && now_on(clock) - start < 2000 * MS)
		;
}

static void cpu_clock_timer(clockid_t clock, const char *name)
{
	struct sigevent sev = { .sigev_notify = SIGEV_SIGNAL, .sigev_signo = SIGUSR1 };
	long long start;
	timer_t t;
	int r;

	fired = 0;
	r = timer_create(clock, &sev, &t);
	set_timer(t, 0, 30 * MS, 0);
	sleep_ms(100);
	printf("%s: timer_create %d, not while asleep %d", name, r, fired == 0);
	start = now_on(clock);
	spin_until_fired(clock, 1);
	printf(", fired when spinning %d, after the time was used %d\n", fired == 1, now_on(clock) - start >= 25 * MS);
	fired = 0;
	set_timer(t, 0, 10 * MS, 10 * MS);
	spin_until_fired(clock, 3);
	printf("  an interval of 10 ms: 3 signals %d\n", fired >= 3);
	timer_delete(t);
}

int main(void)
{
	struct sigaction sa = { .sa_handler = on_signal };
	clockid_t own;

	setvbuf(stdout, NULL, _IOLBF, 0);
	sigaction(SIGUSR1, &sa, NULL);
	sigev_none();
	sigev_thread_id();
	sigev_thread();
	cpu_clock_timer(CLOCK_PROCESS_CPUTIME_ID, "CLOCK_PROCESS_CPUTIME_ID");
	cpu_clock_timer(CLOCK_THREAD_CPUTIME_ID, "CLOCK_THREAD_CPUTIME_ID");
	clock_getcpuclockid(0, &own);
	cpu_clock_timer(own, "clock_getcpuclockid(0)");
	return 0;
}
