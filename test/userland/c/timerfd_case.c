/*
 * timerfd as Linux defines it: the errors of create, settime and gettime;
 * one-shot and periodic timers on CLOCK_MONOTONIC and CLOCK_REALTIME,
 * relative and absolute (TFD_TIMER_ABSTIME); the expiration count a read
 * returns; what gettime and settime's old value say is left; settime
 * forgetting unread expirations; the flags; readiness under poll and epoll.
 * Times vary from run to run, so they are printed as coarse comparisons.
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <poll.h>
#include <stdint.h>
#include <sys/timerfd.h>
#include <time.h>
#include <unistd.h>
#include "epoll_helpers.h"

#define MS 1000000L

static struct itimerspec spec(long long value_ns, long interval_ns)
{
	struct itimerspec t;

	t.it_value.tv_sec = value_ns / 1000000000L;
	t.it_value.tv_nsec = value_ns % 1000000000L;
	t.it_interval.tv_sec = interval_ns / 1000000000L;
	t.it_interval.tv_nsec = interval_ns % 1000000000L;
	return t;
}

static long long ns(const struct timespec *ts)
{
	return ts->tv_sec * 1000000000LL + ts->tv_nsec;
}

static int arm(int fd, int flags, long long value_ns, long interval_ns)
{
	struct itimerspec t = spec(value_ns, interval_ns);

	return timerfd_settime(fd, flags, &t, NULL);
}

/* read's result; the expiration count through *ticks. */
static long expirations(int fd, uint64_t *ticks)
{
	*ticks = 0;
	return read(fd, ticks, sizeof *ticks);
}

static void errors(void)
{
	int fd = timerfd_create(CLOCK_MONOTONIC, 0), p[2];
	struct itimerspec t = spec(MS, 0), bad = spec(0, 0);
	char small[4];

	pipe(p);
	show("timerfd_create(bad clock)", timerfd_create(12345, 0));
	show("timerfd_create(CLOCK_PROCESS_CPUTIME_ID)", timerfd_create(CLOCK_PROCESS_CPUTIME_ID, 0));
	show("timerfd_create(bad flags)", timerfd_create(CLOCK_MONOTONIC, 4));
	show("settime bad flags", timerfd_settime(fd, 4, &t, NULL));
	bad.it_value.tv_nsec = 1000000000L;
	show("settime tv_nsec 1e9", timerfd_settime(fd, 0, &bad, NULL));
	bad = spec(0, 0);
	bad.it_interval.tv_sec = -1;
	show("settime negative interval", timerfd_settime(fd, 0, &bad, NULL));
	show("settime NULL", timerfd_settime(fd, 0, NULL, NULL));
	show("settime on a bad fd", timerfd_settime(99, 0, &t, NULL));
	show("settime on a pipe", timerfd_settime(p[0], 0, &t, NULL));
	show("gettime on a pipe", timerfd_gettime(p[0], &t));
	show("gettime NULL", timerfd_gettime(fd, NULL));
	show("read into 4 bytes", read(fd, small, sizeof small));
	show("write", write(fd, small, sizeof small));
	close(p[0]);
	close(p[1]);
	close(fd);
}

static void one_shot(void)
{
	int fd = timerfd_create(CLOCK_MONOTONIC, 0), nb = timerfd_create(CLOCK_REALTIME, TFD_NONBLOCK | TFD_CLOEXEC);
	struct itimerspec t;
	uint64_t ticks;

	timerfd_gettime(fd, &t);
	printf("disarmed: value %lld interval %lld\n", ns(&t.it_value), ns(&t.it_interval));
	show("non-blocking read of a disarmed timer", expirations(nb, &ticks));
	printf("flags: FD_CLOEXEC %d, O_NONBLOCK %d\n", fcntl(nb, F_GETFD), !!(fcntl(nb, F_GETFL) & O_NONBLOCK));
	show("arm 50 ms", arm(fd, 0, 50 * MS, 0));
	timerfd_gettime(fd, &t);
	printf("left: in (0, 50 ms] %d, interval %lld\n", ns(&t.it_value) > 0 && ns(&t.it_value) <= 50 * MS,
	       ns(&t.it_interval));
	show("blocking read", expirations(fd, &ticks));
	printf("expirations %llu\n", (unsigned long long)ticks);
	timerfd_gettime(fd, &t);
	printf("after it expired: value %lld\n", ns(&t.it_value));

	arm(nb, 0, 10 * MS, 0);
	usleep(30000);
	show("re-armed before reading: expirations forgotten", arm(nb, 0, 10 * MS, 0));
	show("non-blocking read at once", expirations(nb, &ticks));
	usleep(30000);
	show("after it expired", expirations(nb, &ticks));
	printf("expirations %llu\n", (unsigned long long)ticks);
	close(fd);
	close(nb);
}

static void periodic_and_absolute(void)
{
	int fd = timerfd_create(CLOCK_MONOTONIC, 0), rt = timerfd_create(CLOCK_REALTIME, 0);
	struct itimerspec t, old;
	struct timespec now;
	uint64_t ticks;

	arm(fd, 0, 10 * MS, 10 * MS);
	usleep(55000);
	expirations(fd, &ticks);
	/* A loaded host may oversleep: only a bound far off is wrong. */
	printf("every 10 ms for 55 ms: at least 4 %d, at most 100 %d\n", ticks >= 4, ticks <= 100);
	timerfd_gettime(fd, &t);
	printf("periodic: left in (0, 10 ms] %d, interval %lld\n", ns(&t.it_value) > 0 && ns(&t.it_value) <= 10 * MS,
	       ns(&t.it_interval));
	t = spec(0, 0);
	timerfd_settime(fd, 0, &t, &old);
	printf("disarmed: old interval %lld, old value in (0, 10 ms] %d\n", ns(&old.it_interval),
	       ns(&old.it_value) > 0 && ns(&old.it_value) <= 10 * MS);

	clock_gettime(CLOCK_MONOTONIC, &now);
	show("absolute, 30 ms ahead on CLOCK_MONOTONIC", arm(fd, TFD_TIMER_ABSTIME, ns(&now) + 30 * MS, 0));
	show("its read", expirations(fd, &ticks));
	clock_gettime(CLOCK_MONOTONIC, &t.it_value);
	printf("expirations %llu, not early %d\n", (unsigned long long)ticks, ns(&t.it_value) >= ns(&now) + 30 * MS);

	/* Started 10.2 s in the past with a 1 s period: 11 expirations are due at once. */
	clock_gettime(CLOCK_REALTIME, &now);
	show("absolute on CLOCK_REALTIME, 10.2 s ago, every second",
	     arm(rt, TFD_TIMER_ABSTIME, ns(&now) - 10200 * MS, 1000 * MS));
	expirations(rt, &ticks);
	printf("expirations %llu\n", (unsigned long long)ticks);
	timerfd_gettime(rt, &t);
	printf("next in (0, 800 ms] %d\n", ns(&t.it_value) > 0 && ns(&t.it_value) <= 800 * MS);
	close(fd);
	close(rt);
}

static void readiness(void)
{
	int fd = timerfd_create(CLOCK_MONOTONIC, TFD_NONBLOCK), ep = epoll_create1(0);
	struct pollfd p = { .fd = fd, .events = POLLIN };
	uint64_t ticks;

	ctl(ep, EPOLL_CTL_ADD, fd, EPOLLIN, 77);
	wait_and_show("disarmed", ep, 4, 0);
	arm(fd, 0, 20 * MS, 0);
	printf("poll before it expires: %d\n", poll(&p, 1, 0));
	wait_and_show("epoll until it expires", ep, 4, -1);
	show("poll after", poll(&p, 1, 0));
	printf("revents %s\n", mask_names((unsigned)p.revents));
	expirations(fd, &ticks);
	printf("read %llu\n", (unsigned long long)ticks);
	wait_and_show("after the read", ep, 4, 0);
	arm(fd, 0, 5 * MS, 5 * MS);
	wait_and_show("periodic", ep, 4, -1);
	close(fd);
	close(ep);
}

int main(void)
{
	setvbuf(stdout, NULL, _IOLBF, 0);
	errors();
	one_shot();
	periodic_and_absolute();
	readiness();
	return 0;
}
