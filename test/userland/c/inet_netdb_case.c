/*
 * Names and numbers as the sockets chapter uses them: byte order,
 * inet_addr/aton/ntoa, getaddrinfo (numeric hosts, localhost, a server's
 * NULL + AI_PASSIVE, an unknown name), getnameinfo, gethostbyname, and a
 * client and server set up from getaddrinfo's answers.  IPv4 only: the
 * hints ask for AF_INET, so the host's IPv6 configuration does not matter.
 */
#include <netdb.h>
#include <stdlib.h>
#include "inet_helpers.h"

static void byte_order(void)
{
	struct in_addr a;

	printf("htons(0x1234) bytes %02x %02x, ntohs back %#x\n", ((unsigned char *)&(uint16_t){ htons(0x1234) })[0],
	       ((unsigned char *)&(uint16_t){ htons(0x1234) })[1], ntohs(htons(0x1234)));
	printf("htonl(0x7f000001) == inet_addr(\"127.0.0.1\"): %d\n", htonl(0x7f000001) == inet_addr("127.0.0.1"));
	printf("inet_addr(\"300.1.1.1\") is INADDR_NONE: %d\n", inet_addr("300.1.1.1") == INADDR_NONE);
	printf("inet_aton(\"127.1\"): %d", inet_aton("127.1", &a));
	printf(" -> %s\n", inet_ntoa(a));
}

/* One getaddrinfo call, its answers listed. */
static void lookup(const char *node, const char *service, int flags, int socktype)
{
	struct addrinfo hints = { .ai_flags = flags, .ai_family = AF_INET, .ai_socktype = socktype }, *res, *p;
	int err = getaddrinfo(node, service, &hints, &res);

	printf("getaddrinfo(%s, %s, flags %#x, socktype %d): %d %s\n", node ? node : "NULL", service ? service : "NULL",
	       flags, socktype, err, err ? gai_strerror(err) : "");
	if (err)
		return;
	for (p = res; p; p = p->ai_next) {
		struct sockaddr_in *sin = (struct sockaddr_in *)p->ai_addr;

		printf("  family %d socktype %d protocol %d addrlen %u %s:%u canon %s\n", p->ai_family, p->ai_socktype,
		       p->ai_protocol, p->ai_addrlen, inet_ntoa(sin->sin_addr), ntohs(sin->sin_port),
		       p->ai_canonname ? p->ai_canonname : "-");
	}
	freeaddrinfo(res);
}

static void names(void)
{
	struct sockaddr_in sin = loopback(8080);
	char host[NI_MAXHOST], serv[NI_MAXSERV];
	struct hostent *h;
	int err;

	lookup("127.0.0.1", "8080", 0, SOCK_STREAM);
	lookup("127.0.0.1", "9", 0, 0);
	lookup("localhost", NULL, AI_CANONNAME, SOCK_DGRAM);
	lookup(NULL, "7777", AI_PASSIVE, SOCK_STREAM);
	lookup(NULL, "7777", 0, SOCK_STREAM);
	lookup("nosuch.invalid", "80", 0, SOCK_STREAM);
	lookup("localhost", "80", AI_NUMERICHOST, SOCK_STREAM);
	lookup("127.0.0.1", "http-ish", AI_NUMERICSERV, SOCK_STREAM);
	lookup(NULL, NULL, 0, 0);
	lookup("127.0.0.1", "80", 0x10000, 0);

	err = getnameinfo((struct sockaddr *)&sin, sizeof sin, host, sizeof host, serv, sizeof serv,
			  NI_NUMERICHOST | NI_NUMERICSERV);
	printf("getnameinfo numeric: %d %s %s\n", err, host, serv);
	err = getnameinfo((struct sockaddr *)&sin, sizeof sin, host, 4, NULL, 0, NI_NUMERICHOST);
	printf("getnameinfo into 4 bytes: %d %s\n", err, gai_strerror(err));
	err = getnameinfo((struct sockaddr *)&sin, 4, host, sizeof host, NULL, 0, NI_NUMERICHOST);
	printf("getnameinfo short address: %d %s\n", err, gai_strerror(err));

	h = gethostbyname("localhost");
	printf("gethostbyname(localhost): %s type %d length %d first %s\n", h->h_name, h->h_addrtype, h->h_length,
	       inet_ntoa(*(struct in_addr *)h->h_addr));
	h = gethostbyname("127.0.0.1");
	printf("gethostbyname(127.0.0.1): %s %s\n", h->h_name, inet_ntoa(*(struct in_addr *)h->h_addr_list[0]));
	h = gethostbyname("nosuch.invalid");
	printf("gethostbyname(nosuch.invalid): %s h_errno %d\n", h ? "found" : "NULL", h_errno);
}

/* The textbook setup: a server from NULL + AI_PASSIVE, a client from "localhost", one message. */
static void from_getaddrinfo(void)
{
	struct addrinfo hints = { .ai_flags = AI_PASSIVE, .ai_family = AF_INET, .ai_socktype = SOCK_STREAM }, *res;
	struct sockaddr_in me;
	socklen_t len = sizeof me;
	char port[8], buf[16];
	int srv, cli, conn, n;

	getaddrinfo(NULL, "0", &hints, &res);
	srv = socket(res->ai_family, res->ai_socktype, res->ai_protocol);
	bind(srv, res->ai_addr, res->ai_addrlen);
	listen(srv, 1);
	freeaddrinfo(res);
	getsockname(srv, (struct sockaddr *)&me, &len);
	printf("server bound to %s\n", inet_ntoa(me.sin_addr));
	snprintf(port, sizeof port, "%u", ntohs(me.sin_port));

	hints.ai_flags = 0;
	getaddrinfo("localhost", port, &hints, &res);
	cli = socket(res->ai_family, res->ai_socktype, res->ai_protocol);
	show("client connects", connect(cli, res->ai_addr, res->ai_addrlen));
	freeaddrinfo(res);
	conn = accept(srv, NULL, NULL);
	write(cli, "via getaddrinfo", 15);
	n = read(conn, buf, sizeof buf);
	printf("server read %d: %.*s\n", n, n, buf);
	close(conn);
	close(cli);
	close(srv);
}

int main(void)
{
	byte_order();
	names();
	from_getaddrinfo();
	return 0;
}
