/*
 * epoll_helpers.h - what the epoll cases share: results with error names
 * (res and show, from inet_helpers.h), event masks as names, and one
 * epoll_wait printed as the (mask, data) pairs it returned, in its order.
 */
#ifndef EPOLL_HELPERS_H
#define EPOLL_HELPERS_H

#include <sys/epoll.h>
#include "inet_helpers.h"

/* An event mask as names, "IN|OUT", or "0". */
static const char *mask_names(unsigned int m)
{
	static const struct { unsigned int bit; const char *name; } bits[] = {
		{ EPOLLIN, "IN" }, { EPOLLPRI, "PRI" }, { EPOLLOUT, "OUT" }, { EPOLLERR, "ERR" },
		{ EPOLLHUP, "HUP" }, { EPOLLRDNORM, "RDNORM" }, { EPOLLRDBAND, "RDBAND" },
		{ EPOLLWRNORM, "WRNORM" }, { EPOLLWRBAND, "WRBAND" }, { EPOLLRDHUP, "RDHUP" },
	};
	static char buf[4][96];
	static int next;
	unsigned int i;

	next = (next + 1) % 4;
	buf[next][0] = 0;
	for (i = 0; i < sizeof bits / sizeof bits[0]; i++)
		if (m & bits[i].bit) {
			if (buf[next][0])
				strcat(buf[next], "|");
			strcat(buf[next], bits[i].name);
			m &= ~bits[i].bit;
		}
	if (m)
		snprintf(buf[next] + strlen(buf[next]), 32, "%s0x%x", buf[next][0] ? "|" : "", m);
	return buf[next][0] ? buf[next] : "0";
}

/* One epoll_wait, printed: "what: n [MASK data] ..." (data as a number). */
static int wait_and_show(const char *what, int epfd, int maxevents, int timeout)
{
	struct epoll_event ev[16];
	int n = epoll_wait(epfd, ev, maxevents, timeout), i;

	printf("%s: %s", what, res(n));
	for (i = 0; i < n; i++)
		printf(" [%s %llu]", mask_names(ev[i].events), (unsigned long long)ev[i].data.u64);
	printf("\n");
	return n;
}

/* epoll_ctl with events and data (descriptor numbers differ between runs: data names the file). */
static int ctl(int epfd, int op, int fd, unsigned int events, unsigned long long data)
{
	struct epoll_event ev;

	memset(&ev, 0, sizeof ev);
	ev.events = events;
	ev.data.u64 = data;
	return epoll_ctl(epfd, op, fd, &ev);
}

#endif
