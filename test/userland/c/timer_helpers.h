/*
 * What the POSIX timer cases share: times in nanoseconds, a clock's reading,
 * a sleep that signals do not cut short, and arming a timer.  Included by
 * each case, which is one program of its own.
 */
#include <time.h>

#define MS 1000000LL
#ifndef sigev_notify_thread_id		/* glibc 2.36 lacks the name */
#define sigev_notify_thread_id _sigev_un._tid
#endif

static long long ns_of(struct timespec ts)
{
	return ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

static struct timespec ts_of(long long ns)
{
	struct timespec ts = { ns / 1000000000LL, ns % 1000000000LL };

	return ts;
}

static long long now_on(clockid_t clock)
{
	struct timespec ts;

	clock_gettime(clock, &ts);
	return ns_of(ts);
}

static void sleep_ms(long long ms)
{
	struct timespec ts = ts_of(ms * MS);

	while (nanosleep(&ts, &ts) != 0)
		;
}

static int set_timer(timer_t t, int flags, long long value, long long interval)
{
	struct itimerspec its = { ts_of(interval), ts_of(value) };

	return timer_settime(t, flags, &its, NULL);
}
