/*
 * An edge-triggered relay, as event loops are written: three producer
 * children write numbered blocks into their pipes; the parent watches the
 * read ends with EPOLLET, drains each to EAGAIN at every event, and relays
 * everything into one non-blocking pipe to a consumer child, waiting for
 * EPOLLOUT (edge-triggered too) whenever that pipe is full.  Event counts
 * depend on timing, so only what arrived is printed: bytes and checksums
 * per producer, and what the consumer counted.  Each producer waits after
 * its first block until the relay has drained its pipe to EAGAIN, so that
 * happens at least once however the machine schedules them.
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>
#include "epoll_helpers.h"

#define PRODUCERS 3
#define BLOCK 1000
#define BLOCKS 40

/* The same for the same bytes however reads split them. */
static unsigned long checksum(unsigned long sum, const unsigned char *p, long n)
{
	while (n-- > 0)
		sum = (sum * 31 + *p++) % 1000003;
	return sum;
}

static void producer(int id, int fd, int go)
{
	unsigned char block[BLOCK], byte;
	int b;

	for (b = 0; b < BLOCKS; b++) {
		if (b == 1 && read(go, &byte, 1) != 1)
			_exit(1);
		memset(block, 'a' + id, sizeof block);
		block[0] = (unsigned char)b;
		write(fd, block, sizeof block);
		if (b % 10 == 0)
			usleep(2000);
	}
	_exit(0);
}

/* The consumer counts what it reads and reports it on its own pipe back. */
static void consumer(int in, int report)
{
	unsigned char buf[4096];
	unsigned long total = 0;
	ssize_t n;

	/* The relay interleaves the producers as they come: only the total is the same every run. */
	while ((n = read(in, buf, sizeof buf)) > 0)
		total += n;
	dprintf(report, "consumer read %lu bytes\n", total);
	_exit(0);
}

/* Pending output for the consumer, written as far as the pipe takes it. */
static unsigned char pending[PRODUCERS * BLOCK * BLOCKS];
static long pending_len, written;

static void flush_pending(int out)
{
	while (written < pending_len) {
		ssize_t n = write(out, pending + written, pending_len - written);

		if (n < 0)
			return;		/* EAGAIN: wait for EPOLLOUT */
		written += n;
	}
}

int main(void)
{
	int ep = epoll_create1(0), in[PRODUCERS], out[2], report[2], i, open_producers = PRODUCERS;
	unsigned long bytes[PRODUCERS] = { 0 }, sums[PRODUCERS] = { 0 };
	int eagains = 0, eofs = 0, go[PRODUCERS][2], released[PRODUCERS] = { 0 };
	pid_t pids[PRODUCERS + 1];
	char line[128];
	ssize_t n;

	setvbuf(stdout, NULL, _IOLBF, 0);
	pipe(out);
	pipe(report);
	fflush(stdout);
	pids[PRODUCERS] = fork();
	if (pids[PRODUCERS] == 0) {
		close(out[1]);
		close(report[0]);
		consumer(out[0], report[1]);
	}
	close(out[0]);
	close(report[1]);
	for (i = 0; i < PRODUCERS; i++) {
		int p[2];

		pipe(p);
		pipe(go[i]);
		pids[i] = fork();
		if (pids[i] == 0) {
			close(p[0]);
			close(go[i][1]);
			producer(i, p[1], go[i][0]);
		}
		close(p[1]);
		close(go[i][0]);
		in[i] = p[0];
		fcntl(in[i], F_SETFL, O_NONBLOCK);
		ctl(ep, EPOLL_CTL_ADD, in[i], EPOLLIN | EPOLLET, (unsigned long long)i);
	}
	fcntl(out[1], F_SETFL, O_NONBLOCK);
	ctl(ep, EPOLL_CTL_ADD, out[1], EPOLLOUT | EPOLLET, 100);

	while (open_producers > 0 || written < pending_len) {
		struct epoll_event ev[8];
		int k, got = epoll_wait(ep, ev, 8, 5000);

		if (got <= 0) {
			printf("epoll_wait: %s\n", res(got));
			break;
		}
		for (k = 0; k < got; k++) {
			int id = (int)ev[k].data.u64;

			if (id == 100)
				continue;	/* room in the consumer's pipe: flushed below */
			/* Edge-triggered: read until EAGAIN, or this data is never reported again. */
			for (;;) {
				unsigned char buf[1500];

				n = read(in[id], buf, sizeof buf);
				if (n < 0) {
					eagains += errno == EAGAIN;
					/* Drained while the producer waits: now it may go on. */
					if (errno == EAGAIN && !released[id]) {
						released[id] = 1;
						write(go[id][1], "g", 1);
						close(go[id][1]);
					}
					break;
				}
				if (n == 0) {
					epoll_ctl(ep, EPOLL_CTL_DEL, in[id], NULL);
					close(in[id]);
					open_producers--;
					eofs++;
					break;
				}
				bytes[id] += n;
				sums[id] = checksum(sums[id], buf, n);
				memcpy(pending + pending_len, buf, n);
				pending_len += n;
			}
		}
		flush_pending(out[1]);
	}
	close(out[1]);
	for (i = 0; i < PRODUCERS; i++)
		printf("producer %d: %lu bytes, checksum %lu\n", i, bytes[i], sums[i]);
	printf("end of file from %d producers; drained to EAGAIN at least once: %s\n", eofs, eagains > 0 ? "yes" : "no");
	printf("relayed %ld of %ld bytes\n", written, pending_len);
	n = read(report[0], line, sizeof line - 1);
	line[n > 0 ? n : 0] = 0;
	printf("%s", line);
	for (i = 0; i <= PRODUCERS; i++) {
		int status;

		waitpid(pids[i], &status, 0);
		printf("child %d exit %d\n", i, WEXITSTATUS(status));
	}
	close(ep);
	return 0;
}
