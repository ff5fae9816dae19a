/*
 * inet_helpers.h - what the AF_INET and epoll cases share: error names (the
 * same in every libc), loopback addresses, and listeners on ports the kernel
 * picks (natively these cases run on the host's real loopback, where a fixed
 * port may be taken).  Ports are never printed: they differ from run to run.
 */
#ifndef INET_HELPERS_H
#define INET_HELPERS_H

#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

static const char *net_err(int e)
{
	static char buf[16];

	switch (e) {
	case 0: return "0";
	case EAGAIN: return "EAGAIN";
	case EINVAL: return "EINVAL";
	case EPIPE: return "EPIPE";
	case ENOTCONN: return "ENOTCONN";
	case EISCONN: return "EISCONN";
	case ECONNREFUSED: return "ECONNREFUSED";
	case ECONNRESET: return "ECONNRESET";
	case EADDRINUSE: return "EADDRINUSE";
	case EADDRNOTAVAIL: return "EADDRNOTAVAIL";
	case EAFNOSUPPORT: return "EAFNOSUPPORT";
	case EPROTONOSUPPORT: return "EPROTONOSUPPORT";
	case ESOCKTNOSUPPORT: return "ESOCKTNOSUPPORT";
	case EOPNOTSUPP: return "EOPNOTSUPP";
	case EDESTADDRREQ: return "EDESTADDRREQ";
	case EMSGSIZE: return "EMSGSIZE";
	case ENOPROTOOPT: return "ENOPROTOOPT";
	case EBADF: return "EBADF";
	case ENOTSOCK: return "ENOTSOCK";
	case EEXIST: return "EEXIST";
	case EFAULT: return "EFAULT";
	case EINTR: return "EINTR";
	case ELOOP: return "ELOOP";
	case ENOENT: return "ENOENT";
	case EPERM: return "EPERM";
	}
	snprintf(buf, sizeof buf, "%d", e);
	return buf;
}

/* "ok" or "-1 ENAME" for a call's result (r >= 0 prints as r). */
static const char *res(long r)
{
	static char buf[4][32];
	static int next;

	next = (next + 1) % 4;
	if (r < 0)
		snprintf(buf[next], sizeof buf[next], "-1 %s", net_err(errno));
	else
		snprintf(buf[next], sizeof buf[next], "%ld", r);
	return buf[next];
}

/* One call's result on a line of its own (one call per statement keeps their order). */
static void show(const char *what, long r)
{
	printf("%s: %s\n", what, res(r));
}

static struct sockaddr_in loopback(unsigned short port)
{
	struct sockaddr_in sin;

	memset(&sin, 0, sizeof sin);
	sin.sin_family = AF_INET;
	sin.sin_port = htons(port);
	sin.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	return sin;
}

/* The local port a socket holds (host order). */
static unsigned short local_port(int fd)
{
	struct sockaddr_in sin;
	socklen_t len = sizeof sin;

	getsockname(fd, (struct sockaddr *)&sin, &len);
	return ntohs(sin.sin_port);
}

/* A socket of type bound to 127.0.0.1 on a port the kernel picks; listening if stream. */
static int bound_socket(int type, int reuse)
{
	struct sockaddr_in sin = loopback(0);
	int fd = socket(AF_INET, type, 0);

	setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &reuse, sizeof reuse);
	bind(fd, (struct sockaddr *)&sin, sizeof sin);
	if (type == SOCK_STREAM)
		listen(fd, 8);
	return fd;
}

static int connect_to(int type, unsigned short port)
{
	struct sockaddr_in sin = loopback(port);
	int fd = socket(AF_INET, type, 0);

	if (connect(fd, (struct sockaddr *)&sin, sizeof sin) < 0) {
		printf("connect: %s\n", net_err(errno));
		close(fd);
		return -1;
	}
	return fd;
}

/* An address as text, its port only as whether it equals port. */
static const char *addr_text(const struct sockaddr_in *sin, unsigned short port)
{
	static char buf[64];

	snprintf(buf, sizeof buf, "family %d %s port %s", sin->sin_family, inet_ntoa(sin->sin_addr),
		 ntohs(sin->sin_port) == port ? "matches" : "differs");
	return buf;
}

#endif
