/*
 * UDP over loopback: a ping and its pong with the sender's address,
 * message boundaries, MSG_TRUNC and MSG_PEEK, connected sockets (their
 * filter, and ECONNREFUSED reported on the next call after a datagram to a
 * port nobody has), and the errors of sendto, bind, listen and shutdown.
 * Ports are picked by the kernel and never printed.
 */
#include <poll.h>
#include <stdlib.h>
#include "inet_helpers.h"

static char big[65508];

static void ping_pong(void)
{
	int srv = bound_socket(SOCK_DGRAM, 0), cli = socket(AF_INET, SOCK_DGRAM, 0);
	struct sockaddr_in to = loopback(local_port(srv)), from;
	socklen_t flen = sizeof from;
	char buf[64];
	ssize_t n;

	show("sendto from an unbound socket", sendto(cli, "ping", 4, 0, (struct sockaddr *)&to, sizeof to));
	n = recvfrom(srv, buf, sizeof buf, 0, (struct sockaddr *)&from, &flen);
	printf("server got %zd bytes %.*s from len %u %s\n", n, (int)n, buf, flen, addr_text(&from, local_port(cli)));
	show("pong", sendto(srv, "pong", 4, 0, (struct sockaddr *)&from, flen));
	flen = sizeof from;
	n = recvfrom(cli, buf, sizeof buf, 0, (struct sockaddr *)&from, &flen);
	printf("client got %zd bytes %.*s from %s\n", n, (int)n, buf, addr_text(&from, local_port(srv)));

	sendto(cli, "one", 3, 0, (struct sockaddr *)&to, sizeof to);
	sendto(cli, "three", 5, 0, (struct sockaddr *)&to, sizeof to);
	sendto(cli, "", 0, 0, (struct sockaddr *)&to, sizeof to);
	sendto(cli, "truncated!", 10, 0, (struct sockaddr *)&to, sizeof to);
	sendto(cli, "0123456789", 10, 0, (struct sockaddr *)&to, sizeof to);
	show("boundaries: recv 64", recv(srv, buf, sizeof buf, 0));
	show("peek", recv(srv, buf, sizeof buf, MSG_PEEK));
	show("recv 64", recv(srv, buf, sizeof buf, 0));
	show("an empty datagram", recv(srv, buf, sizeof buf, 0));
	{
		struct iovec iov = { buf, 4 };
		struct msghdr msg = { .msg_iov = &iov, .msg_iovlen = 1 };

		show("recvmsg into 4 bytes", recvmsg(srv, &msg, 0));
		printf("msg_flags MSG_TRUNC: %d, got %.4s\n", (msg.msg_flags & MSG_TRUNC) != 0, buf);
	}
	show("recv 4 with MSG_TRUNC gives the real length", recv(srv, buf, 4, MSG_TRUNC));
	show("nothing left, MSG_DONTWAIT", recv(srv, buf, sizeof buf, MSG_DONTWAIT));
	show("the largest datagram", sendto(cli, big, 65507, 0, (struct sockaddr *)&to, sizeof to));
	show("arrives whole", recv(srv, big, sizeof big, 0));
	show("one byte more", sendto(cli, big, 65508, 0, (struct sockaddr *)&to, sizeof to));
	close(cli);
	close(srv);
}

/* A port no socket holds (natively another program could take it: a race we accept). */
static unsigned short unused_port(void)
{
	int fd = bound_socket(SOCK_DGRAM, 0);
	unsigned short port = local_port(fd);

	close(fd);
	return port;
}

static void connected(void)
{
	int srv = bound_socket(SOCK_DGRAM, 0), other = bound_socket(SOCK_DGRAM, 0), fd = socket(AF_INET, SOCK_DGRAM, 0);
	struct sockaddr_in to = loopback(local_port(srv)), peer, me;
	socklen_t plen = sizeof peer, mlen = sizeof me;
	char buf[16];

	show("getpeername unconnected", getpeername(fd, (struct sockaddr *)&peer, &plen));
	show("send unconnected", send(fd, "x", 1, 0));
	show("connect", connect(fd, (struct sockaddr *)&to, sizeof to));
	show("getpeername", getpeername(fd, (struct sockaddr *)&peer, &plen));
	printf("peer %s\n", addr_text(&peer, local_port(srv)));
	getsockname(fd, (struct sockaddr *)&me, &mlen);
	printf("own address %s\n", inet_ntoa(me.sin_addr));
	show("send", send(fd, "hi", 2, 0));
	show("server gets", recv(srv, buf, sizeof buf, 0));
	show("server answers", sendto(srv, "ho", 2, 0, (struct sockaddr *)&me, mlen));
	show("a stranger sends too", sendto(other, "no", 2, 0, (struct sockaddr *)&me, mlen));
	show("the connected socket gets its peer's", recv(fd, buf, sizeof buf, 0));
	show("and not the stranger's", recv(fd, buf, sizeof buf, MSG_DONTWAIT));

	to = loopback(unused_port());
	show("connect to a port nobody has", connect(fd, (struct sockaddr *)&to, sizeof to));
	show("send", send(fd, "a", 1, 0));
	show("next recv", recv(fd, buf, sizeof buf, MSG_DONTWAIT));
	show("then", recv(fd, buf, sizeof buf, MSG_DONTWAIT));
	show("send", send(fd, "b", 1, 0));
	show("send again", send(fd, "c", 1, 0));
	show("and once more", send(fd, "d", 1, 0));
	{
		int err = -1;
		socklen_t len = sizeof err;

		getsockopt(fd, SOL_SOCKET, SO_ERROR, &err, &len);
		printf("SO_ERROR %s\n", net_err(err));
	}
	show("unconnect (AF_UNSPEC)", connect(fd, (struct sockaddr *)&(struct sockaddr){ AF_UNSPEC }, sizeof(struct sockaddr)));
	show("send", send(fd, "e", 1, 0));
	close(fd);
	close(other);
	close(srv);
}

static void errors(void)
{
	int fd = bound_socket(SOCK_DGRAM, 0), fd2 = socket(AF_INET, SOCK_DGRAM, 0), fd3, one = 1, v = -1;
	struct sockaddr_in sin = loopback(local_port(fd));
	struct pollfd p = { fd, POLLIN | POLLOUT };
	socklen_t len = sizeof v;

	show("bind to a bound port", bind(fd2, (struct sockaddr *)&sin, sizeof sin));
	show("sendto with a short address", sendto(fd2, "x", 1, 0, (struct sockaddr *)&sin, 8));
	sin.sin_family = AF_UNIX;
	show("sendto AF_UNIX", sendto(fd2, "x", 1, 0, (struct sockaddr *)&sin, sizeof sin));
	sin = loopback(0);
	show("sendto port 0", sendto(fd2, "x", 1, 0, (struct sockaddr *)&sin, sizeof sin));
	show("listen", listen(fd, 1));
	show("accept", accept(fd, NULL, NULL));
	show("shutdown unconnected", shutdown(fd2, SHUT_RD));
	show("poll a quiet socket", poll(&p, 1, 0));
	printf("revents %#x\n", p.revents);
	sin = loopback(local_port(fd));
	sendto(fd2, "x", 1, 0, (struct sockaddr *)&sin, sizeof sin);
	show("poll after a datagram", poll(&p, 1, 0));
	printf("revents %#x\n", p.revents);
	close(fd2);

	fd2 = socket(AF_INET, SOCK_DGRAM, 0);
	fd3 = socket(AF_INET, SOCK_DGRAM, 0);
	setsockopt(fd2, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
	setsockopt(fd3, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
	sin = loopback(0);
	bind(fd2, (struct sockaddr *)&sin, sizeof sin);
	sin = loopback(local_port(fd2));
	show("both SO_REUSEADDR: the same port", bind(fd3, (struct sockaddr *)&sin, sizeof sin));
	getsockopt(fd3, SOL_SOCKET, SO_BROADCAST, &v, &len);
	printf("SO_BROADCAST %d, ", v);
	setsockopt(fd3, SOL_SOCKET, SO_BROADCAST, &one, sizeof one);
	getsockopt(fd3, SOL_SOCKET, SO_BROADCAST, &v, &len);
	printf("set %d\n", v);
	getsockopt(fd3, SOL_SOCKET, SO_TYPE, &v, &len);
	printf("SO_TYPE %d ", v);
	getsockopt(fd3, SOL_SOCKET, SO_PROTOCOL, &v, &len);
	printf("SO_PROTOCOL %d\n", v);
	show("TCP_NODELAY on UDP", setsockopt(fd3, IPPROTO_TCP, 1, &one, sizeof one));
	show("socket(AF_INET, SOCK_DGRAM, IPPROTO_TCP)", socket(AF_INET, SOCK_DGRAM, IPPROTO_TCP));
	close(fd3);
	close(fd2);
	close(fd);
}

int main(void)
{
	setvbuf(stdout, NULL, _IOFBF, 1 << 16);
	ping_pong();
	connected();
	errors();
	return 0;
}
