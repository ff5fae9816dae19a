/*
 * epoll over the kinds of files a course's event loop watches: an echo
 * server for several forked clients over AF_UNIX and over TCP (the
 * listening socket is readable while a connection waits), what a stream
 * socket reports as its peer shuts down (EPOLLRDHUP, EPOLLHUP), UDP, a FIFO
 * and standard output.  Only what is deterministic is printed: totals, and
 * the clients' verdicts in the order they were forked.
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdlib.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <netinet/in.h>
#include <arpa/inet.h>
#include <unistd.h>
#include "epoll_helpers.h"

#define CLIENTS 4
#define ROUNDS 3

static char unix_path[108];

/* A listening socket of the family, on a name the kernel (TCP) or the scratch path (AF_UNIX) gives. */
static int listener(int family, struct sockaddr_storage *addr, socklen_t *len)
{
	int fd = socket(family, SOCK_STREAM, 0);

	memset(addr, 0, sizeof *addr);
	if (family == AF_UNIX) {
		struct sockaddr_un *sun = (struct sockaddr_un *)addr;

		sun->sun_family = AF_UNIX;
		strcpy(sun->sun_path, unix_path);
		unlink(unix_path);
		*len = sizeof *sun;
	} else {
		struct sockaddr_in *sin = (struct sockaddr_in *)addr;

		sin->sin_family = AF_INET;
		sin->sin_addr.s_addr = htonl(INADDR_LOOPBACK);
		*len = sizeof *sin;
	}
	bind(fd, (struct sockaddr *)addr, *len);
	listen(fd, CLIENTS);
	getsockname(fd, (struct sockaddr *)addr, len);
	return fd;
}

static int connect_stream(int family, struct sockaddr_storage *addr, socklen_t len)
{
	int fd = socket(family, SOCK_STREAM, 0);

	if (connect(fd, (struct sockaddr *)addr, len) < 0) {
		close(fd);
		return -1;
	}
	return fd;
}

/* A client sends ROUNDS lines and checks each echo; its exit status is the verdict. */
static void client(int id, int family, struct sockaddr_storage *addr, socklen_t len)
{
	int fd = connect_stream(family, addr, len), r;
	char line[64], echo[64];

	if (fd < 0)
		_exit(2);
	for (r = 0; r < ROUNDS; r++) {
		int n = snprintf(line, sizeof line, "client %d round %d\n", id, r), got = 0;

		write(fd, line, n);
		while (got < n) {
			int k = read(fd, echo + got, n - got);

			if (k <= 0)
				_exit(3);
			got += k;
		}
		if (memcmp(line, echo, n))
			_exit(4);
		usleep(1000 * (id + 1));
	}
	shutdown(fd, SHUT_WR);
	_exit(read(fd, echo, sizeof echo) == 0 ? 0 : 5);
}

/* One epoll loop serves them all: accept on the listener, echo on connections, close at end of file. */
static void echo_server(int family, const char *name)
{
	struct sockaddr_storage addr;
	socklen_t len;
	int srv = listener(family, &addr, &len), ep = epoll_create1(EPOLL_CLOEXEC), i, open_conns = 0;
	int accepted = 0, closed = 0, rdhups = 0;
	long echoed = 0;
	pid_t pids[CLIENTS];

	fcntl(srv, F_SETFL, O_NONBLOCK);
	ctl(ep, EPOLL_CTL_ADD, srv, EPOLLIN, (unsigned long long)srv);
	wait_and_show("listener before any client", ep, 8, 0);
	fflush(stdout);
	for (i = 0; i < CLIENTS; i++) {
		pids[i] = fork();
		if (pids[i] == 0) {
			close(ep);
			close(srv);
			client(i, family, &addr, len);
		}
	}
	while (closed < CLIENTS) {
		struct epoll_event ev[8];
		int n = epoll_wait(ep, ev, 8, 5000), k;

		if (n <= 0) {
			printf("%s: epoll_wait %s\n", name, res(n));
			break;
		}
		for (k = 0; k < n; k++) {
			int fd = (int)ev[k].data.u64;
			char buf[256];
			ssize_t got;

			if (fd == srv) {
				int c;

				while ((c = accept(srv, NULL, NULL)) >= 0) {
					ctl(ep, EPOLL_CTL_ADD, c, EPOLLIN | EPOLLRDHUP, (unsigned long long)c);
					accepted++;
					open_conns++;
				}
				continue;
			}
			if (ev[k].events & EPOLLRDHUP)
				rdhups++;
			got = read(fd, buf, sizeof buf);
			if (got > 0) {
				write(fd, buf, got);
				echoed += got;
			} else {
				epoll_ctl(ep, EPOLL_CTL_DEL, fd, NULL);
				close(fd);
				closed++;
				open_conns--;
			}
		}
	}
	for (i = 0; i < CLIENTS; i++) {
		int status;

		waitpid(pids[i], &status, 0);
		printf("%s client %d: %s\n", name, i,
		       WIFEXITED(status) && WEXITSTATUS(status) == 0 ? "all echoes right" : "failed");
	}
	printf("%s: accepted %d, echoed %ld bytes, closed %d, EPOLLRDHUP seen: %s, open %d\n", name, accepted, echoed,
	       closed, rdhups ? "yes" : "no", open_conns);
	close(ep);
	close(srv);
	if (family == AF_UNIX)
		unlink(unix_path);
}

/* What one end of a stream connection reports as data comes and each side shuts down. */
static void stream_states(int family, const char *name)
{
	struct sockaddr_storage addr;
	socklen_t len;
	int srv = listener(family, &addr, &len), ep = epoll_create1(0), c, s;
	char buf[16], what[80];

	ctl(ep, EPOLL_CTL_ADD, srv, EPOLLIN, 1);
	c = connect_stream(family, &addr, len);
	snprintf(what, sizeof what, "%s listener with a connection waiting", name);
	wait_and_show(what, ep, 8, 1000);
	s = accept(srv, NULL, NULL);
	snprintf(what, sizeof what, "%s listener after accept", name);
	wait_and_show(what, ep, 8, 0);
	ctl(ep, EPOLL_CTL_DEL, srv, 0, 0);
	ctl(ep, EPOLL_CTL_ADD, s, EPOLLIN | EPOLLOUT | EPOLLRDHUP, 2);
	snprintf(what, sizeof what, "%s accepted, idle", name);
	wait_and_show(what, ep, 8, 0);
	write(c, "data", 4);
	snprintf(what, sizeof what, "%s data came", name);
	wait_and_show(what, ep, 8, 1000);
	read(s, buf, sizeof buf);
	shutdown(c, SHUT_WR);
	snprintf(what, sizeof what, "%s peer shut its writing", name);
	wait_and_show(what, ep, 8, 1000);
	shutdown(s, SHUT_WR);
	snprintf(what, sizeof what, "%s both directions shut", name);
	wait_and_show(what, ep, 8, 1000);
	close(c);
	close(s);
	close(srv);
	close(ep);
	if (family == AF_UNIX)
		unlink(unix_path);
}

static void udp_fifo_stdout(const char *scratch)
{
	int ep = epoll_create1(0), u = socket(AF_INET, SOCK_DGRAM, 0), r, w;
	struct sockaddr_in sin;
	socklen_t len = sizeof sin;
	char fifo[128], buf[16];

	memset(&sin, 0, sizeof sin);
	sin.sin_family = AF_INET;
	sin.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	bind(u, (struct sockaddr *)&sin, sizeof sin);
	getsockname(u, (struct sockaddr *)&sin, &len);
	ctl(ep, EPOLL_CTL_ADD, u, EPOLLIN, 10);
	wait_and_show("udp idle", ep, 8, 0);
	sendto(u, "dgram", 5, 0, (struct sockaddr *)&sin, len);
	wait_and_show("udp datagram", ep, 8, 1000);
	recv(u, buf, sizeof buf, 0);
	wait_and_show("udp read", ep, 8, 0);
	close(u);

	snprintf(fifo, sizeof fifo, "%s.fifo", scratch);
	unlink(fifo);
	mkfifo(fifo, 0600);
	r = open(fifo, O_RDONLY | O_NONBLOCK);
	w = open(fifo, O_WRONLY);
	ctl(ep, EPOLL_CTL_ADD, r, EPOLLIN, 11);
	wait_and_show("fifo empty", ep, 8, 0);
	write(w, "f", 1);
	wait_and_show("fifo written", ep, 8, 0);
	read(r, buf, 1);
	close(w);
	wait_and_show("fifo writer gone", ep, 8, 0);
	close(r);
	unlink(fifo);

	/*
	 * The tests run us with standard output on a pipe (natively) or the console
	 * (emulated), which has hung up (HUP) once the test's input ended.
	 */
	show("watch stdout", ctl(ep, EPOLL_CTL_ADD, 1, EPOLLOUT, 12));
	{
		struct epoll_event ev;
		int n = epoll_wait(ep, &ev, 1, 0);

		printf("stdout: %d, writable %s, data %llu\n", n, n == 1 && (ev.events & EPOLLOUT) ? "yes" : "no",
		       n == 1 ? (unsigned long long)ev.data.u64 : 0ULL);
	}
	close(ep);
}

int main(int argc, char **argv)
{
	const char *scratch = argc > 1 ? argv[1] : "/tmp/epoll_sockets_case.scratch";

	setvbuf(stdout, NULL, _IOLBF, 0);
	snprintf(unix_path, sizeof unix_path, "%s.sock", scratch);
	stream_states(AF_UNIX, "unix");
	stream_states(AF_INET, "tcp");
	echo_server(AF_UNIX, "unix");
	echo_server(AF_INET, "tcp");
	udp_fifo_stdout(scratch);
	return 0;
}
