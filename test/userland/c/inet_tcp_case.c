/*
 * TCP over loopback as an operating-systems course uses it: an echo server
 * and its client (fork), names, shutdown and end of file, MSG_PEEK /
 * MSG_WAITALL / MSG_DONTWAIT, the errors of a connection that is gone
 * (ECONNRESET, EPIPE and SIGPIPE), and what connect, bind, listen and the
 * options say.  Ports are picked by the kernel and never printed.
 */
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <netinet/tcp.h>
#include "inet_helpers.h"

static int sigpipes;

static void on_sigpipe(int sig)
{
	sigpipes++;
}

/* The client: three lines echoed back, then its half closed and the server's end of file. */
static void echo_client(unsigned short port)
{
	const char *lines[] = { "hello", "operating systems", "bye" };
	char buf[64];
	int fd = connect_to(SOCK_STREAM, port), i;

	for (i = 0; i < 3; i++) {
		ssize_t n = strlen(lines[i]);

		write(fd, lines[i], n);
		n = recv(fd, buf, n, MSG_WAITALL);
		printf("client got %zd bytes: %.*s\n", n, (int)n, buf);
	}
	shutdown(fd, SHUT_WR);
	printf("client read after shutdown: %s\n", res(read(fd, buf, sizeof buf)));
	close(fd);
}

/* The server echoes one client until end of file; the child is the client. */
static void echo(void)
{
	int srv = bound_socket(SOCK_STREAM, 1), conn, status;
	unsigned short port = local_port(srv);
	struct sockaddr_in peer, me;
	socklen_t plen = sizeof peer, mlen = sizeof me;
	char buf[64];
	ssize_t n, total = 0;
	pid_t pid;

	printf("listener's port is ephemeral: %s\n", port >= 32768 && port <= 60999 ? "yes" : "no");
	fflush(stdout);
	pid = fork();
	if (pid == 0) {
		echo_client(port);
		exit(0);
	}
	conn = accept(srv, (struct sockaddr *)&peer, &plen);
	getsockname(conn, (struct sockaddr *)&me, &mlen);
	while ((n = read(conn, buf, sizeof buf)) > 0) {
		write(conn, buf, n);
		total += n;
	}
	close(conn);
	waitpid(pid, &status, 0);
	printf("server: peer len %u %s\n", plen, addr_text(&peer, 0));
	printf("server: own %s\n", addr_text(&me, port));
	printf("server echoed %zd bytes, then end of file (%zd); child status %d\n", total, n, status);
	close(srv);
}

/* One process, both ends: loopback completes connect before accept. */
static void names_and_reads(void)
{
	int srv = bound_socket(SOCK_STREAM, 0);
	unsigned short port = local_port(srv);
	int c = connect_to(SOCK_STREAM, port), s = accept(srv, NULL, NULL);
	struct sockaddr_in a, b;
	socklen_t alen = sizeof a, blen = sizeof b;
	char buf[32];

	getsockname(c, (struct sockaddr *)&a, &alen);
	getpeername(s, (struct sockaddr *)&b, &blen);
	printf("client's name is the server's peer: %s, %s\n",
	       a.sin_port == b.sin_port && a.sin_addr.s_addr == b.sin_addr.s_addr ? "yes" : "no",
	       inet_ntoa(a.sin_addr));
	blen = sizeof b;
	getpeername(c, (struct sockaddr *)&b, &blen);
	printf("client's peer: %s\n", addr_text(&b, port));

	show("recv nothing yet, MSG_DONTWAIT", recv(s, buf, sizeof buf, MSG_DONTWAIT));
	send(c, "abcdef", 6, 0);
	send(c, "ghij", 4, 0);
	show("peek 4", recv(s, buf, 4, MSG_PEEK));
	printf("peeked %.4s\n", buf);
	show("read 8", recv(s, buf, 8, 0));
	printf("read %.8s\n", buf);
	show("read the rest", recv(s, buf, sizeof buf, 0));
	printf("read %.2s\n", buf);
	shutdown(s, SHUT_WR);
	show("after the server's SHUT_WR the client reads", read(c, buf, sizeof buf));
	show("and may still write", write(c, "x", 1));
	show("server reads it", read(s, buf, sizeof buf));
	show("server writes after SHUT_WR", send(s, "y", 1, MSG_NOSIGNAL));
	close(c);
	show("server reads end of file", read(s, buf, sizeof buf));
	close(s);
	close(srv);
}

/* A peer gone: its unread data makes an RST; writes after its close fail with EPIPE and SIGPIPE. */
static void broken_connections(void)
{
	int srv = bound_socket(SOCK_STREAM, 0);
	unsigned short port = local_port(srv);
	int c = connect_to(SOCK_STREAM, port), s = accept(srv, NULL, NULL);
	char buf[8];

	signal(SIGPIPE, on_sigpipe);
	send(c, "unread", 6, 0);
	close(s);
	show("closed with unread data: the peer reads", read(c, buf, sizeof buf));
	show("then", read(c, buf, sizeof buf));
	close(c);

	c = connect_to(SOCK_STREAM, port);
	s = accept(srv, NULL, NULL);
	close(c);
	show("peer closed: read", read(s, buf, sizeof buf));
	show("write", write(s, "a", 1));
	show("write again", write(s, "b", 1));
	printf("SIGPIPE %d\n", sigpipes);
	show("MSG_NOSIGNAL", send(s, "c", 1, MSG_NOSIGNAL));
	printf("SIGPIPE %d\n", sigpipes);
	show("read", read(s, buf, sizeof buf));
	close(s);

	s = socket(AF_INET, SOCK_STREAM, 0);
	show("unconnected: write", write(s, "d", 1));
	printf("SIGPIPE %d\n", sigpipes);
	show("read", read(s, buf, 1));
	show("getpeername", getpeername(s, (struct sockaddr *)buf, &(socklen_t){ sizeof buf }));
	show("shutdown", shutdown(s, SHUT_RDWR));
	show("read after shutdown", read(s, buf, 1));
	close(s);
	close(srv);
	signal(SIGPIPE, SIG_DFL);
}

static void bind_errors(void)
{
	int srv = bound_socket(SOCK_STREAM, 1), port = local_port(srv);
	struct sockaddr_in sin = loopback(port);
	int fd = socket(AF_INET, SOCK_STREAM, 0), one = 1, c, s, fd2;

	show("bind to a listener's port", bind(fd, (struct sockaddr *)&sin, sizeof sin));
	setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
	show("with SO_REUSEADDR too, while it listens", bind(fd, (struct sockaddr *)&sin, sizeof sin));
	sin.sin_addr.s_addr = htonl(INADDR_ANY);
	show("INADDR_ANY on that port", bind(fd, (struct sockaddr *)&sin, sizeof sin));
	close(fd);

	c = connect_to(SOCK_STREAM, port);
	s = accept(srv, NULL, NULL);
	close(srv);
	sin = loopback(port);
	fd = socket(AF_INET, SOCK_STREAM, 0);
	show("listener closed, its connection open: bind", bind(fd, (struct sockaddr *)&sin, sizeof sin));
	setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
	show("with SO_REUSEADDR", bind(fd, (struct sockaddr *)&sin, sizeof sin));
	show("listen", listen(fd, 1));
	fd2 = connect_to(SOCK_STREAM, port);
	show("a new client reaches the new listener", fd2 >= 0);
	close(fd2);
	close(fd);
	close(c);
	close(s);

	fd = socket(AF_INET, SOCK_STREAM, 0);
	sin = loopback(0);
	bind(fd, (struct sockaddr *)&sin, sizeof sin);
	port = local_port(fd);
	show("bind twice", bind(fd, (struct sockaddr *)&sin, sizeof sin));
	sin = loopback(port);
	fd2 = socket(AF_INET, SOCK_STREAM, 0);
	show("connect to a bound port nobody listens on", connect(fd2, (struct sockaddr *)&sin, sizeof sin));
	close(fd2);
	close(fd);

	fd = socket(AF_INET, SOCK_STREAM, 0);
	sin.sin_addr.s_addr = inet_addr("192.0.2.1");
	show("bind to an address not ours", bind(fd, (struct sockaddr *)&sin, sizeof sin));
	sin = loopback(0);
	show("short address: bind", bind(fd, (struct sockaddr *)&sin, 8));
	show("connect", connect(fd, (struct sockaddr *)&sin, 8));
	sin.sin_family = AF_UNIX;
	show("wrong family: bind", bind(fd, (struct sockaddr *)&sin, sizeof sin));
	show("connect", connect(fd, (struct sockaddr *)&sin, sizeof sin));
	sin = loopback(0);
	sin.sin_addr.s_addr = inet_addr("127.0.0.2");
	show("bind to 127.0.0.2", bind(fd, (struct sockaddr *)&sin, sizeof sin));
	close(fd);
	show("socket(AF_INET, SOCK_STREAM, IPPROTO_UDP)", socket(AF_INET, SOCK_STREAM, IPPROTO_UDP));
	show("socket(AF_INET, SOCK_SEQPACKET, 0)", socket(AF_INET, SOCK_SEQPACKET, 0));
	show("socket(12345, SOCK_STREAM, 0)", socket(12345, SOCK_STREAM, 0));
}

static int get_int(int fd, int level, int name)
{
	int v = -1;
	socklen_t len = sizeof v;

	if (getsockopt(fd, level, name, &v, &len) < 0)
		return -errno;
	return v;
}

static void options(void)
{
	int fd = socket(AF_INET, SOCK_STREAM, 0), v = 8192, one = 1, srv, c, s;

	printf("SO_TYPE %d SO_PROTOCOL %d SO_DOMAIN %d SO_ERROR %d SO_ACCEPTCONN %d\n", get_int(fd, SOL_SOCKET, SO_TYPE),
	       get_int(fd, SOL_SOCKET, SO_PROTOCOL), get_int(fd, SOL_SOCKET, SO_DOMAIN),
	       get_int(fd, SOL_SOCKET, SO_ERROR), get_int(fd, SOL_SOCKET, SO_ACCEPTCONN));
	setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &v, sizeof v);
	setsockopt(fd, SOL_SOCKET, SO_SNDBUF, &v, sizeof v);
	printf("SO_RCVBUF %d SO_SNDBUF %d after setting 8192\n", get_int(fd, SOL_SOCKET, SO_RCVBUF),
	       get_int(fd, SOL_SOCKET, SO_SNDBUF));
	printf("TCP_NODELAY %d\n", get_int(fd, IPPROTO_TCP, TCP_NODELAY));
	setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
	setsockopt(fd, SOL_SOCKET, SO_KEEPALIVE, &one, sizeof one);
	setsockopt(fd, SOL_SOCKET, SO_REUSEPORT, &one, sizeof one);
	printf("set: TCP_NODELAY %d SO_KEEPALIVE %d SO_REUSEPORT %d\n", get_int(fd, IPPROTO_TCP, TCP_NODELAY) != 0,
	       get_int(fd, SOL_SOCKET, SO_KEEPALIVE), get_int(fd, SOL_SOCKET, SO_REUSEPORT));
	close(fd);

	srv = bound_socket(SOCK_STREAM, 0);
	printf("listener: SO_ACCEPTCONN %d\n", get_int(srv, SOL_SOCKET, SO_ACCEPTCONN));
	fcntl(srv, F_SETFL, O_NONBLOCK);
	show("nonblocking accept with none queued", accept(srv, NULL, NULL));
	c = connect_to(SOCK_STREAM, local_port(srv));
	show("connect again", connect(c, (struct sockaddr *)&(struct sockaddr_in){ AF_INET, htons(local_port(srv)), { htonl(INADDR_LOOPBACK) } }, sizeof(struct sockaddr_in)));
	s = accept4(srv, NULL, NULL, SOCK_NONBLOCK);
	show("accepted with SOCK_NONBLOCK: read", read(s, &v, sizeof v));
	close(c);
	show("after the client's close", read(s, &v, sizeof v));
	show("fcntl says O_NONBLOCK", (fcntl(s, F_GETFL) & O_NONBLOCK) != 0);
	close(s);
	close(srv);
}

int main(void)
{
	setvbuf(stdout, NULL, _IOFBF, 1 << 16);
	echo();
	names_and_reads();
	broken_connections();
	bind_errors();
	options();
	return 0;
}
