#define _GNU_SOURCE
/*
 * A TCP server that serves several clients at once with poll(), as the
 * sockets chapter writes it: first the readiness each step of a connection
 * shows to poll and select (one process, both ends), then three forked
 * clients served by one poll loop, each checking its answer.  Ports are
 * picked by the kernel and never printed.
 */
#include <ctype.h>
#include <poll.h>
#include <stdlib.h>
#include <sys/select.h>
#include <sys/wait.h>
#include "inet_helpers.h"

#define CLIENTS 3

static void show_revents(const char *what, int fd)
{
	struct pollfd p = { fd, POLLIN | POLLOUT | POLLRDHUP, 0 };
	int n = poll(&p, 1, 0);

	printf("%s: poll %d revents %#x\n", what, n, p.revents);
}

/* select's view: readable, writable. */
static void show_select(const char *what, int fd)
{
	fd_set r, w;
	struct timeval tv = { 0, 0 };
	int n;

	FD_ZERO(&r);
	FD_ZERO(&w);
	FD_SET(fd, &r);
	FD_SET(fd, &w);
	n = select(fd + 1, &r, &w, NULL, &tv);
	printf("%s: select %d readable %d writable %d\n", what, n, FD_ISSET(fd, &r) != 0, FD_ISSET(fd, &w) != 0);
}

static void readiness(void)
{
	int srv = bound_socket(SOCK_STREAM, 0), fresh = socket(AF_INET, SOCK_STREAM, 0), c, s;
	char buf[16];

	show_revents("a new socket", fresh);
	close(fresh);
	show_revents("a listener, nobody waiting", srv);
	show_select("a listener, nobody waiting", srv);
	c = connect_to(SOCK_STREAM, local_port(srv));
	show_revents("a listener, a client waiting", srv);
	show_select("a listener, a client waiting", srv);
	s = accept(srv, NULL, NULL);
	show_revents("accepted, quiet", s);
	show_select("accepted, quiet", s);
	write(c, "hey", 3);
	show_revents("data came", s);
	show_select("data came", s);
	read(s, buf, sizeof buf);
	shutdown(c, SHUT_WR);
	show_revents("the client's SHUT_WR", s);
	show_revents("the client after its SHUT_WR", c);
	close(c);
	show_revents("the client closed", s);
	write(s, "x", 1);
	show_revents("written to the closed client", s);
	show_select("written to the closed client", s);
	close(s);
	close(srv);
}

/* A client: its name, and the answer must be the same name in capitals. */
static int client(int i, unsigned short port)
{
	char name[16], answer[16];
	int fd = connect_to(SOCK_STREAM, port), n, j;

	snprintf(name, sizeof name, "client %d", i);
	write(fd, name, strlen(name));
	n = recv(fd, answer, strlen(name), MSG_WAITALL);
	for (j = 0; j < n; j++)
		if (answer[j] != toupper((unsigned char)name[j]))
			return 1;
	close(fd);
	return n == (int)strlen(name) ? 0 : 2;
}

/* The server: one poll loop over the listener and every connection, until all clients have gone. */
static void serve(int srv)
{
	struct pollfd fds[1 + CLIENTS];
	int nfds = 1, served = 0, bytes = 0, i, j;
	char buf[64];

	fds[0].fd = srv;
	fds[0].events = POLLIN;
	while (served < CLIENTS || nfds > 1) {
		poll(fds, nfds, -1);
		if ((fds[0].revents & POLLIN) && nfds < 1 + CLIENTS) {
			fds[nfds].fd = accept(srv, NULL, NULL);
			fds[nfds++].events = POLLIN;
			served++;
		}
		for (i = 1; i < nfds; i++) {
			int n;

			if (!(fds[i].revents & POLLIN))
				continue;
			n = read(fds[i].fd, buf, sizeof buf);
			if (n <= 0) {
				close(fds[i].fd);
				fds[i--] = fds[--nfds];
				continue;
			}
			for (j = 0; j < n; j++)
				buf[j] = toupper((unsigned char)buf[j]);
			write(fds[i].fd, buf, n);
			bytes += n;
		}
	}
	printf("served %d clients, %d bytes\n", served, bytes);
}

static void several_clients(void)
{
	int srv = bound_socket(SOCK_STREAM, 0), i, status;
	unsigned short port = local_port(srv);
	pid_t pids[CLIENTS];

	fflush(stdout);
	for (i = 0; i < CLIENTS; i++) {
		pids[i] = fork();
		if (pids[i] == 0)
			exit(client(i, port));
	}
	serve(srv);
	for (i = 0; i < CLIENTS; i++) {
		waitpid(pids[i], &status, 0);
		printf("client %d: exit %d\n", i, WEXITSTATUS(status));
	}
	close(srv);
}

int main(void)
{
	setvbuf(stdout, NULL, _IOFBF, 1 << 16);
	readiness();
	several_clients();
	return 0;
}
