/*
 * POSIX message queues as an operating-systems course uses them: names and the
 * errors mq_open gives, attributes and their limits, priority order (FIFO within a
 * priority), a producer and a consumer process over a small queue, nonblocking
 * descriptors, descriptors that are files (fork, close-on-exec, poll), and queues
 * that outlive their descriptors or their names.  Every queue is unlinked at the end.
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <poll.h>
#include <stdlib.h>
#include <sys/wait.h>
#include "posix_mq_util.h"

static void print_attr(const char *when, mqd_t q)
{
	struct mq_attr a;

	if (mq_getattr(q, &a) < 0) {
		printf("%s: mq_getattr %s\n", when, errname(errno));
		return;
	}
	printf("%s: flags %s, maxmsg %ld, msgsize %ld, curmsgs %ld\n", when,
	       (a.mq_flags & O_NONBLOCK) ? "O_NONBLOCK" : "0", a.mq_maxmsg, a.mq_msgsize, a.mq_curmsgs);
}

static void names(void)
{
	char longname[300];
	mqd_t q;

	printf("no leading slash: %s\n", result(mq_open("tcc-lite-mq", O_CREAT | O_RDWR, 0600, NULL)));
	printf("slash inside: %s\n", result(mq_open("/tcc-lite/mq", O_CREAT | O_RDWR, 0600, NULL)));
	printf("just a slash: %s\n", result(mq_open("/", O_CREAT | O_RDWR, 0600, NULL)));
	longname[0] = '/';
	memset(longname + 1, 'q', 256);
	longname[257] = '\0';
	printf("256 characters: %s\n", result(mq_open(longname, O_CREAT | O_RDWR, 0600, NULL)));
	longname[256] = '\0';
	snprintf(longname, 20, "/%d", (int)getpid());	/* a unique 255-character name */
	longname[strlen(longname)] = 'q';
	q = mq_open(longname, O_CREAT | O_EXCL | O_RDWR, 0600, attr_of(1, 1));
	printf("255 characters: %s, unlink %s\n", result(q), result(mq_unlink(longname)));
	mq_close(q);
	printf("no such queue: %s\n", result(mq_open(qname("none"), O_RDWR)));
	printf("mq_unlink of no such queue: %s\n", result(mq_unlink(qname("none"))));
	printf("mq_unlink without a slash: %s\n", result(mq_unlink("tcc-lite-mq")));
}

static void attributes(void)
{
	const char *name = qname("attr");
	mqd_t q;

	q = mq_open(name, O_CREAT | O_EXCL | O_RDWR, 0600, NULL);
	print_attr("default queue", q);
	printf("O_CREAT | O_EXCL again: %s\n", result(mq_open(name, O_CREAT | O_EXCL | O_RDWR, 0600, NULL)));
	mq_close(q);
	q = mq_open(name, O_CREAT | O_RDWR, 0600, attr_of(3, 3));
	print_attr("O_CREAT of an existing queue keeps its attributes", q);
	mq_close(q);
	mq_unlink(name);
	printf("maxmsg 0: %s\n", result(mq_open(name, O_CREAT | O_RDWR, 0600, attr_of(0, 16))));
	printf("msgsize -1: %s\n", result(mq_open(name, O_CREAT | O_RDWR, 0600, attr_of(4, -1))));
	printf("maxmsg 65537: %s\n", result(mq_open(name, O_CREAT | O_RDWR, 0600, attr_of(65537, 16))));
	printf("msgsize 16 MiB + 1: %s\n", result(mq_open(name, O_CREAT | O_RDWR, 0600, attr_of(1, 16 * 1024 * 1024 + 1))));
	printf("the failed creates made no queue: %s\n", result(mq_open(name, O_RDWR)));
}

/* Messages leave highest priority first, and in the order sent within a priority. */
static void priorities(void)
{
	static const struct { const char *text; unsigned prio; } sent[] = {
		{ "low", 1 }, { "urgent", 31 }, { "normal", 5 }, { "urgent too", 31 }, { "zero", 0 }, { "normal too", 5 },
	};
	const char *name = qname("prio");
	mqd_t q = mq_open(name, O_CREAT | O_EXCL | O_RDWR, 0600, attr_of(8, 32));
	char buf[32];
	unsigned prio, i;
	ssize_t n;

	for (i = 0; i < sizeof(sent) / sizeof(sent[0]); i++)
		mq_send(q, sent[i].text, strlen(sent[i].text), sent[i].prio);
	printf("priority 32768: %s, 32767: %s\n", result(mq_send(q, "x", 1, 32768)), result(mq_send(q, "max", 3, 32767)));
	print_attr("after 7 sends", q);
	while ((n = mq_timedreceive(q, buf, sizeof(buf), &prio, after_ms(0))) >= 0)
		printf("received %zd bytes \"%.*s\" priority %u\n", n, (int)n, buf, prio);
	printf("then: %s\n", errname(errno));
	mq_send(q, "", 0, 0);
	printf("an empty message: %zd bytes\n", mq_receive(q, buf, sizeof(buf), NULL));
	printf("33 bytes: %s\n", result(mq_send(q, "123456789012345678901234567890123", 33, 0)));
	printf("buffer of 31 bytes: %s\n", result(mq_receive(q, buf, 31, NULL)));
	mq_close(q);
	mq_unlink(name);
}

/* A producer sends 20 numbered items and an end mark through a queue of 4; the consumer sums them. */
static void producer_consumer(void)
{
	const char *name = qname("pc");
	mqd_t q = mq_open(name, O_CREAT | O_EXCL | O_RDWR, 0600, attr_of(4, sizeof(int)));
	int i, item, sum = 0, items = 0, most = 0;
	struct mq_attr a;

	if (fork() == 0) {
		mqd_t in = mq_open(name, O_RDONLY);

		while (mq_receive(in, (char *)&item, sizeof(item), NULL) == sizeof(item) && item >= 0) {
			sum += item;
			items++;
		}
		printf("consumer got %d items, sum %d, end mark last\n", items, sum);
		_exit(0);
	}
	for (i = 1; i <= 20; i++) {
		mq_send(q, (const char *)&i, sizeof(i), i % 3 + 1);
		mq_getattr(q, &a);
		if (a.mq_curmsgs > most)
			most = (int)a.mq_curmsgs;
	}
	item = -1;
	mq_send(q, (const char *)&item, sizeof(item), 0);
	wait(NULL);
	printf("producer never saw more than 4 queued: %d\n", most <= 4);
	print_attr("after the consumer", q);
	mq_close(q);
	mq_unlink(name);
}

static void nonblocking(void)
{
	const char *name = qname("nb");
	mqd_t q = mq_open(name, O_CREAT | O_EXCL | O_RDWR | O_NONBLOCK, 0600, attr_of(2, 8));
	struct mq_attr set, old;
	char buf[8];

	print_attr("O_NONBLOCK queue", q);
	printf("receive from empty: %s\n", result(mq_receive(q, buf, sizeof(buf), NULL)));
	mq_send(q, "a", 1, 0);
	mq_send(q, "b", 1, 0);
	printf("send to full: %s\n", result(mq_send(q, "c", 1, 0)));
	memset(&set, 0, sizeof(set));
	set.mq_maxmsg = 100;		/* only mq_flags changes */
	printf("mq_setattr to blocking: %s\n", result(mq_setattr(q, &set, &old)));
	printf("old flags O_NONBLOCK %d, old curmsgs %ld\n", (old.mq_flags & O_NONBLOCK) != 0, old.mq_curmsgs);
	print_attr("now", q);
	printf("timed send to full: %s\n", result(mq_timedsend(q, "c", 1, 0, after_ms(50))));
	set.mq_flags = O_NONBLOCK | O_RDWR;
	printf("mq_setattr with other flags: %s\n", result(mq_setattr(q, &set, NULL)));
	set.mq_flags = O_NONBLOCK;
	printf("back to O_NONBLOCK: %s\n", result(mq_setattr(q, &set, NULL)));
	print_attr("now", q);
	mq_close(q);
	mq_unlink(name);
}

/* poll first: printf's arguments are evaluated in no fixed order. */
static void print_poll(const char *when, struct pollfd *p)
{
	int ready = poll(p, 2, 0);

	printf("%s: %d ready, revents %#x %#x\n", when, ready, p[0].revents, p[1].revents);
}

/* Descriptors are files: modes, fork, close-on-exec, poll; queues outlive names and descriptors. */
static void descriptors(void)
{
	const char *name = qname("fd");
	mqd_t q = mq_open(name, O_CREAT | O_EXCL | O_WRONLY, 0600, attr_of(4, 16));
	mqd_t r = mq_open(name, O_RDONLY);
	struct pollfd p[2] = { { q, POLLIN | POLLOUT, 0 }, { r, POLLIN | POLLOUT, 0 } };
	char buf[16];
	int fds[2];

	printf("close-on-exec: %d\n", (fcntl(q, F_GETFD) & FD_CLOEXEC) != 0);
	printf("receive on O_WRONLY: %s\n", result(mq_receive(q, buf, sizeof(buf), NULL)));
	printf("send on O_RDONLY: %s\n", result(mq_send(r, "x", 1, 0)));
	pipe(fds);
	printf("send on a pipe: %s, on a closed descriptor: %s\n", result(mq_send(fds[1], "x", 1, 0)),
	       result(mq_send(99, "x", 1, 0)));
	printf("mq_getattr of a pipe: %s\n", result(mq_getattr(fds[0], &(struct mq_attr){ 0 })));
	close(fds[0]);
	close(fds[1]);
	print_poll("poll empty", p);
	mq_send(q, "1", 1, 0);
	if (fork() == 0) {
		mq_send(q, "from child", 10, 0);
		_exit(0);
	}
	wait(NULL);
	print_poll("poll with 2 queued", p);
	mq_send(q, "3", 1, 0);
	mq_send(q, "4", 1, 0);
	print_poll("poll full", p);
	mq_close(q);
	mq_close(r);
	r = mq_open(name, O_RDONLY);
	print_attr("reopened after every descriptor closed", r);
	printf("mq_unlink: %s", result(mq_unlink(name)));
	printf(", open again: %s\n", result(mq_open(name, O_RDONLY)));
	printf("an unlinked queue still works: \"%.*s\"", (int)mq_receive(r, buf, sizeof(buf), NULL), buf);
	printf(" \"%.*s\"\n", (int)mq_receive(r, buf, sizeof(buf), NULL), buf);
	q = mq_open(name, O_CREAT | O_EXCL | O_RDWR, 0600, attr_of(1, 1));
	print_attr("a new queue of the same name", q);
	mq_close(q);
	mq_close(r);
	mq_unlink(name);
}

int main(void)
{
	setvbuf(stdout, NULL, _IONBF, 0);
	names();
	attributes();
	priorities();
	producer_consumer();
	nonblocking();
	descriptors();
	return 0;
}
