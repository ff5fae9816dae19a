/*
 * POSIX timers with signals: timer_create's siginfo (SI_TIMER, si_value,
 * si_timerid, the default sigevent), one-shot and interval timers, the
 * overruns of a blocked signal (si_overrun, timer_getoverrun),
 * timer_settime's old value, absolute times, disarming, timer_gettime, the
 * errors of every call, per-process ids across fork, and timers gone after
 * execve.  Only comparisons are printed, never amounts of time.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include "errno_names.h"
#include "timer_helpers.h"

static sigset_t set_of(int sig)
{
	sigset_t set;

	sigemptyset(&set);
	sigaddset(&set, sig);
	return set;
}

static void block(int sig)
{
	sigset_t set = set_of(sig);

	sigprocmask(SIG_BLOCK, &set, NULL);
}

/* The signal's siginfo, or si_signo -errno after the timeout in ms. */
static siginfo_t wait_signal(int sig, long long timeout_ms)
{
	sigset_t set = set_of(sig);
	struct timespec ts = ts_of(timeout_ms * MS);
	siginfo_t info;

	memset(&info, 0, sizeof(info));
	if (sigtimedwait(&set, &info, &ts) < 0)
		info.si_signo = -errno;
	return info;
}

/* A call's result: 0, or its errno's name. */
static const char *result(int r)
{
	if (r == 0)
		return "0";
	return errno == EOPNOTSUPP ? "EOPNOTSUPP" : errno_name(errno);
}

static volatile sig_atomic_t handled;
static siginfo_t handled_info;

static void on_signal(int sig, siginfo_t *info, void *context)
{
	(void)sig;
	(void)context;
	handled_info = *info;
	handled++;
}

static const char *code_name(int code)
{
	return code == SI_TIMER ? "SI_TIMER" : code == SI_USER ? "SI_USER" : "other";
}

/* A handler sees SI_TIMER, the timer's id and value; a one-shot timer then reads 0. */
static void one_shot_with_handler(void)
{
	struct sigevent sev = { .sigev_notify = SIGEV_SIGNAL, .sigev_signo = SIGUSR1 };
	struct sigaction sa = { .sa_sigaction = on_signal, .sa_flags = SA_SIGINFO };
	struct itimerspec cur;
	timer_t t;
	int r;

	sigaction(SIGUSR1, &sa, NULL);
	sev.sigev_value.sival_int = 1234;
	r = timer_create(CLOCK_MONOTONIC, &sev, &t);
	printf("timer_create: %d, first id %ld\n", r, (long)t);
	r = set_timer(t, 0, 20 * MS, 0);
	while (!handled)
		pause();
	printf("handler: signal %d, %s, value %d, si_timerid is the id %d, si_overrun %d\n", handled_info.si_signo,
	       code_name(handled_info.si_code), handled_info.si_value.sival_int,
	       handled_info.si_timerid == (int)(long)t, handled_info.si_overrun);
	r = timer_gettime(t, &cur);
	printf("after it fired: timer_gettime %d, value %lld, interval %lld\n", r, ns_of(cur.it_value),
	       ns_of(cur.it_interval));
	r = timer_delete(t);
	printf("timer_delete: %d; again: %s\n", r, result(timer_delete(t)));
}

/*
 * No sigevent: SIGALRM to the process.  (Linux 4.7 makes sival_int the timer's
 * id; the 6.x kernels the oracle may run on leave it 0, so it is not printed.)
 */
static void default_sigevent(void)
{
	siginfo_t info;
	timer_t t;

	block(SIGALRM);
	timer_create(CLOCK_REALTIME, NULL, &t);
	set_timer(t, 0, 10 * MS, 0);
	info = wait_signal(SIGALRM, 2000);
	printf("default sigevent: signal %d, %s, si_timerid is the id %d\n", info.si_signo, code_name(info.si_code),
	       info.si_timerid == (int)(long)t);
	timer_delete(t);
}

/* A blocked interval timer's signal: one queued, the missed expiries counted as overruns. */
static void interval_overruns(void)
{
	struct sigevent sev = { .sigev_notify = SIGEV_SIGNAL, .sigev_signo = SIGRTMIN };
	struct itimerspec cur;
	siginfo_t info;
	sigset_t pending;
	timer_t t;
	int overrun;

	block(SIGRTMIN);
	sev.sigev_value.sival_int = 7;
	timer_create(CLOCK_MONOTONIC, &sev, &t);
	printf("timer_getoverrun before any signal: %d\n", timer_getoverrun(t));
	set_timer(t, 0, 10 * MS, 10 * MS);
	sleep_ms(200);
	sigpending(&pending);
	printf("after 200 ms of 10 ms intervals: pending %d\n", sigismember(&pending, SIGRTMIN));
	timer_gettime(t, &cur);
	printf("while the signal waits: value > 0 %d, <= 10 ms %d\n", ns_of(cur.it_value) > 0,
	       ns_of(cur.it_value) <= 10 * MS);
	info = wait_signal(SIGRTMIN, 0);
	overrun = timer_getoverrun(t);
	printf("taken: %s, value %d, si_overrun >= 5 %d, timer_getoverrun the same %d\n", code_name(info.si_code),
	       info.si_value.sival_int, info.si_overrun >= 5, overrun == info.si_overrun);
	sigpending(&pending);
	printf("only one was queued: still pending %d\n", sigismember(&pending, SIGRTMIN));
	info = wait_signal(SIGRTMIN, 2000);
	printf("the timer runs on: next signal %d, si_overrun < 5 %d\n", info.si_signo == SIGRTMIN,
	       info.si_overrun < 5);
	timer_gettime(t, &cur);
	printf("interval reads %lld ms\n", ns_of(cur.it_interval) / MS);
	set_timer(t, 0, 0, 0);
	printf("disarmed: timer_getoverrun %d\n", timer_getoverrun(t));
	timer_gettime(t, &cur);
	printf("disarmed: value %lld, interval %lld\n", ns_of(cur.it_value), ns_of(cur.it_interval));
	info = wait_signal(SIGRTMIN, 50);
	printf("no signal after disarming: %s\n", info.si_signo < 0 ? errno_name(-info.si_signo) : "signal");
	timer_delete(t);
}

/* timer_settime's old value, absolute times, and a time already past. */
static void settime_values(void)
{
	struct sigevent sev = { .sigev_notify = SIGEV_SIGNAL, .sigev_signo = SIGUSR2 };
	struct itimerspec its = { ts_of(1000 * MS), ts_of(10000 * MS) }, old;
	long long at;
	siginfo_t info;
	timer_t t;
	int r;

	block(SIGUSR2);
	timer_create(CLOCK_BOOTTIME, &sev, &t);
	r = timer_settime(t, 0, &its, &old);
	printf("first timer_settime: %d, old value %lld, old interval %lld\n", r, ns_of(old.it_value),
	       ns_of(old.it_interval));
	its.it_interval = ts_of(0);
	its.it_value = ts_of(20000 * MS);
	r = timer_settime(t, 0, &its, &old);
	printf("second: %d, old interval %lld ms, old value in (9 s, 10 s] %d\n", r, ns_of(old.it_interval) / MS,
	       ns_of(old.it_value) > 9000 * MS && ns_of(old.it_value) <= 10000 * MS);
	timer_delete(t);

	timer_create(CLOCK_REALTIME, &sev, &t);
	at = now_on(CLOCK_REALTIME) + 30 * MS;
	set_timer(t, TIMER_ABSTIME, at, 0);
	info = wait_signal(SIGUSR2, 2000);
	printf("TIMER_ABSTIME on CLOCK_REALTIME: signal %d, not early %d\n", info.si_signo == SIGUSR2,
	       now_on(CLOCK_REALTIME) >= at);
	set_timer(t, TIMER_ABSTIME, now_on(CLOCK_REALTIME) - 1000 * MS, 0);
	info = wait_signal(SIGUSR2, 2000);
	printf("a time already past: signal %d\n", info.si_signo == SIGUSR2);
	timer_delete(t);

	timer_create(CLOCK_MONOTONIC, &sev, &t);
	at = now_on(CLOCK_MONOTONIC) + 30 * MS;
	set_timer(t, TIMER_ABSTIME, at, 0);
	info = wait_signal(SIGUSR2, 2000);
	printf("TIMER_ABSTIME on CLOCK_MONOTONIC: signal %d, not early %d\n", info.si_signo == SIGUSR2,
	       now_on(CLOCK_MONOTONIC) >= at);
	timer_delete(t);
}

static void errors(void)
{
	struct sigevent sev = { .sigev_notify = SIGEV_SIGNAL, .sigev_signo = 0 };
	struct itimerspec its = { ts_of(0), ts_of(MS) }, cur;
	timer_t t, gone;

	printf("timer_create on clock 99: %s\n", result(timer_create(99, NULL, &t)));
	printf("on CLOCK_MONOTONIC_RAW: %s\n", result(timer_create(CLOCK_MONOTONIC_RAW, NULL, &t)));
	printf("on CLOCK_MONOTONIC_COARSE: %s\n", result(timer_create(CLOCK_MONOTONIC_COARSE, NULL, &t)));
	printf("with signal 0: %s\n", result(timer_create(CLOCK_MONOTONIC, &sev, &t)));
	sev.sigev_signo = 65;
	printf("with signal 65: %s\n", result(timer_create(CLOCK_MONOTONIC, &sev, &t)));
	sev.sigev_signo = SIGUSR1;
	sev.sigev_notify = SIGEV_THREAD_ID;
	sev.sigev_notify_thread_id = 1;
	printf("SIGEV_THREAD_ID to another process's thread: %s\n", result(timer_create(CLOCK_MONOTONIC, &sev, &t)));
	sev.sigev_notify = SIGEV_THREAD_ID | SIGEV_NONE;
	sev.sigev_notify_thread_id = getpid();
	printf("SIGEV_THREAD_ID with SIGEV_NONE: %s\n", result(timer_create(CLOCK_MONOTONIC, &sev, &t)));

	sev.sigev_notify = SIGEV_NONE;
	timer_create(CLOCK_MONOTONIC, &sev, &t);
	its.it_value.tv_nsec = 1000000000;
	printf("timer_settime with tv_nsec 1e9: %s\n", result(timer_settime(t, 0, &its, NULL)));
	its.it_value.tv_nsec = 0;
	its.it_interval.tv_sec = -1;
	printf("with a negative interval: %s\n", result(timer_settime(t, 0, &its, NULL)));
	printf("with no new value: %s\n", result(timer_settime(t, 0, NULL, NULL)));
	printf("timer_gettime to a bad address: %s\n", result(timer_gettime(t, (struct itimerspec *)8)));
	timer_create(CLOCK_MONOTONIC, &sev, &gone);
	timer_delete(gone);
	its.it_interval.tv_sec = 0;
	printf("a deleted timer: settime %s, gettime %s, getoverrun %s, delete %s\n",
	       result(timer_settime(gone, 0, &its, NULL)), result(timer_gettime(gone, &cur)),
	       result(timer_getoverrun(gone) < 0 ? -1 : 0), result(timer_delete(gone)));
	timer_delete(t);
}

/* Timer ids are per process: a child has none of its parent's, and its own count from 0. */
static void across_fork(void)
{
	struct itimerspec cur;
	timer_t t, mine;
	pid_t pid;
	int status;

	timer_create(CLOCK_MONOTONIC, NULL, &t);
	set_timer(t, 0, 10000 * MS, 0);
	fflush(stdout);
	pid = fork();
	if (pid == 0) {
		printf("child: its parent's timer: %s\n", result(timer_gettime(t, &cur)));
		timer_create(CLOCK_MONOTONIC, NULL, &mine);
		printf("child: its first timer's id is 0: %d\n", (long)mine == 0);
		exit(0);
	}
	waitpid(pid, &status, 0);
	printf("parent: its timer still runs: %d\n", timer_gettime(t, &cur) == 0 && ns_of(cur.it_value) > 0);
	timer_delete(t);
}

/* execve deletes the timers and their queued signals. */
static void across_exec(const char *self)
{
	timer_t t;
	pid_t pid;
	int status;

	fflush(stdout);
	pid = fork();
	if (pid == 0) {
		struct sigevent sev = { .sigev_notify = SIGEV_SIGNAL, .sigev_signo = SIGRTMIN + 1 };

		block(SIGRTMIN + 1);
		timer_create(CLOCK_MONOTONIC, &sev, &t);
		set_timer(t, 0, 10 * MS, 0);
		sleep_ms(50);
		execl(self, self, "after-exec", (char *)NULL);
		_exit(1);
	}
	waitpid(pid, &status, 0);
}

static int after_exec(void)
{
	struct itimerspec cur;
	sigset_t pending;

	sigpending(&pending);
	printf("after execve: timer 0 %s, its signal pending %d\n", result(timer_gettime((timer_t)0, &cur)),
	       sigismember(&pending, SIGRTMIN + 1));
	return 0;
}

int main(int argc, char **argv)
{
	char self[256];
	ssize_t n;

	if (argc > 1 && strcmp(argv[1], "after-exec") == 0)
		return after_exec();
	n = readlink("/proc/self/exe", self, sizeof(self) - 1);
	if (n <= 0)
		return 1;
	self[n] = '\0';
	one_shot_with_handler();
	default_sigevent();
	interval_overruns();
	settime_values();
	errors();
	across_fork();
	across_exec(self);
	return 0;
}
