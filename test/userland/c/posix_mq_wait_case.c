/*
 * POSIX message queues that make processes wait: timed receives and sends, a
 * receiver woken by another process's send, a signal that interrupts a wait (EINTR)
 * or restarts it (SA_RESTART), and mq_notify: a signal with si_code SI_MESGQ, once,
 * only when a message reaches an empty queue, one registered process at a time.
 */
#define _GNU_SOURCE
#include <signal.h>
#include <stdlib.h>
#include <sys/time.h>
#include <sys/wait.h>
#include "posix_mq_util.h"

static volatile sig_atomic_t notified, code_ok, value, from_sender, alarms;
static volatile pid_t notifier;

static void on_notify(int sig, siginfo_t *si, void *ctx)
{
	(void)sig;
	(void)ctx;
	notified++;
	code_ok = si->si_code == SI_MESGQ;
	value = si->si_value.sival_int;
	notifier = si->si_pid;
}

static void on_alarm(int sig)
{
	(void)sig;
	alarms++;
}

static void handle(int sig, void (*handler)(int), int flags)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = handler;
	sa.sa_flags = flags;
	sigaction(sig, &sa, NULL);
}

static void alarm_after_ms(long ms)
{
	struct itimerval it = { { 0, 0 }, { ms / 1000, (ms % 1000) * 1000 } };

	setitimer(ITIMER_REAL, &it, NULL);
}

/* A child that sleeps ms milliseconds, sends text and ends. */
static pid_t send_later(mqd_t q, long ms, const char *text)
{
	pid_t pid = fork();

	if (pid == 0) {
		usleep(ms * 1000);
		mq_send(q, text, strlen(text), 0);
		_exit(0);
	}
	return pid;
}

static void timeouts(mqd_t q)
{
	struct timespec bad = { 0, 1000000000L };
	char buf[16];
	ssize_t n;

	printf("timed receive from empty: %s\n", result(mq_timedreceive(q, buf, sizeof(buf), NULL, after_ms(100))));
	printf("timeout with tv_nsec 1e9: %s\n", result(mq_timedreceive(q, buf, sizeof(buf), NULL, &bad)));
	printf("timeout in 1970: %s\n", result(mq_timedreceive(q, buf, sizeof(buf), NULL, &(struct timespec){ 1, 0 })));
	send_later(q, 50, "later");
	n = mq_timedreceive(q, buf, sizeof(buf), NULL, after_ms(10000));
	printf("woken by a send: %zd bytes \"%.*s\"\n", n, (int)(n > 0 ? n : 0), buf);
	wait(NULL);
	mq_send(q, "here", 4, 0);
	n = mq_timedreceive(q, buf, sizeof(buf), NULL, &(struct timespec){ 1, 0 });
	printf("a past timeout does not matter when a message waits: %zd\n", n);
}

static void signals(mqd_t q)
{
	char buf[16];
	ssize_t n;

	handle(SIGALRM, on_alarm, 0);
	alarm_after_ms(50);
	n = mq_receive(q, buf, sizeof(buf), NULL);
	printf("receive under a signal: %s, handler ran %d\n", result(n), alarms);
	handle(SIGALRM, on_alarm, SA_RESTART);
	send_later(q, 300, "after");
	alarm_after_ms(50);
	n = mq_receive(q, buf, sizeof(buf), NULL);
	printf("with SA_RESTART: %zd bytes \"%.*s\", handler ran %d\n", n, (int)(n > 0 ? n : 0), buf, alarms);
	wait(NULL);
	mq_send(q, "1", 1, 0);
	mq_send(q, "2", 1, 0);
	if (fork() == 0) {
		usleep(50000);
		mq_receive(q, buf, sizeof(buf), NULL);
		_exit(0);
	}
	printf("send to a full queue waits for the receiver: %s\n", result(mq_send(q, "3", 1, 0)));
	wait(NULL);
	while (mq_timedreceive(q, buf, sizeof(buf), NULL, after_ms(0)) >= 0)
		;
}

/* Whether a notification came from the child is judged after it is reaped: it may come before fork returns its pid. */
static void send_from_child(mqd_t q, const char *text)
{
	int before = notified;
	pid_t sender = send_later(q, 0, text);

	wait(NULL);
	if (notified != before)
		from_sender = notifier == sender;
}

/* mq_notify from a child: the result it gets, while the parent may be registered. */
static void notify_from_child(const char *what, mqd_t q, const struct sigevent *sev)
{
	if (fork() == 0) {
		printf("%s: %s\n", what, result(mq_notify(q, sev)));
		_exit(0);
	}
	wait(NULL);
}

static void print_state(mqd_t q)
{
	char buf[128];
	ssize_t n = read(q, buf, sizeof(buf) - 1);
	char *pid;

	buf[n > 0 ? n : 0] = '\0';
	pid = strstr(buf, "NOTIFY_PID:");
	if (pid)
		*pid = '\0';
	printf("read(): %s\n", buf);
	lseek(q, 0, SEEK_SET);
}

static void notification(mqd_t q)
{
	struct sigevent sev;
	struct sigaction sa;
	char buf[16];

	memset(&sa, 0, sizeof(sa));
	sa.sa_sigaction = on_notify;
	sa.sa_flags = SA_SIGINFO | SA_RESTART;
	sigaction(SIGUSR1, &sa, NULL);
	memset(&sev, 0, sizeof(sev));
	sev.sigev_notify = SIGEV_SIGNAL;
	sev.sigev_signo = SIGUSR1;
	sev.sigev_value.sival_int = 42;
	printf("mq_notify: %s\n", result(mq_notify(q, &sev)));
	print_state(q);
	printf("again from the same process: %s\n", result(mq_notify(q, &sev)));
	notify_from_child("another process", q, &sev);
	send_from_child(q, "one");
	send_from_child(q, "two");
	printf("after 2 sends: notified %d, SI_MESGQ %d, value %d, si_pid is the sender %d\n",
	       notified, code_ok, value, from_sender);
	print_state(q);
	mq_receive(q, buf, sizeof(buf), NULL);
	printf("register while 1 is queued: %s\n", result(mq_notify(q, &sev)));
	send_from_child(q, "three");
	printf("a send to a queue that is not empty: notified %d\n", notified);
	while (mq_timedreceive(q, buf, sizeof(buf), NULL, after_ms(0)) >= 0)
		;
	send_from_child(q, "four");
	printf("a send to the emptied queue: notified %d\n", notified);
	mq_receive(q, buf, sizeof(buf), NULL);

	mq_notify(q, &sev);
	printf("mq_notify(NULL): %s\n", result(mq_notify(q, NULL)));
	notify_from_child("then another process", q, &sev);
	sev.sigev_notify = SIGEV_NONE;
	printf("SIGEV_NONE: %s\n", result(mq_notify(q, &sev)));
	print_state(q);
	notify_from_child("another process", q, &sev);
	send_from_child(q, "five");
	printf("after a send: notified %d\n", notified);
	notify_from_child("then another process", q, &sev);
	mq_receive(q, buf, sizeof(buf), NULL);
	sev.sigev_notify = 99;
	printf("sigev_notify 99: %s\n", result(mq_notify(q, &sev)));
}

/* The registration ends when its process closes a descriptor of the queue. */
static void close_ends_registration(const char *name)
{
	mqd_t q = mq_open(name, O_RDWR), other = mq_open(name, O_RDWR);
	struct sigevent sev;

	memset(&sev, 0, sizeof(sev));
	sev.sigev_notify = SIGEV_NONE;
	mq_notify(q, &sev);
	mq_close(q);
	notify_from_child("after the owner's close", other, &sev);
	mq_close(other);
}

int main(void)
{
	const char *name = qname("wait");
	mqd_t q = mq_open(name, O_CREAT | O_EXCL | O_RDWR, 0600, attr_of(2, 16));

	setvbuf(stdout, NULL, _IONBF, 0);
	timeouts(q);
	signals(q);
	notification(q);
	close_ends_registration(name);
	mq_close(q);
	mq_unlink(name);
	return 0;
}
