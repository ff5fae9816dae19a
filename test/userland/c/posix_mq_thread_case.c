/*
 * mq_notify with SIGEV_THREAD, as the mq_notify(3) manual's example uses it:
 * a message arriving in the empty queue runs the function in a new thread
 * (with the sigev_value given), once; a second registration is
 * EBUSY; mq_notify(q, NULL) ends a registration before anything arrives.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <mqueue.h>
#include <pthread.h>
#include <semaphore.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static sem_t done;
static volatile int calls;
static char got[64];

static void on_message(union sigval sv)
{
	mqd_t q = *(mqd_t *)sv.sival_ptr;
	ssize_t n;

	calls++;
	n = mq_receive(q, got, sizeof got, NULL);
	got[n > 0 ? n : 0] = '\0';
	sem_post(&done);
}

int main(void)
{
	char name[64];
	struct mq_attr attr = { 0, 4, sizeof got, 0, { 0 } };
	struct sigevent sev;
	mqd_t q;
	int v;

	snprintf(name, sizeof name, "/tcc-lite-mq-thread-%d", (int)getpid());
	q = mq_open(name, O_CREAT | O_EXCL | O_RDWR, 0600, &attr);
	if (q == (mqd_t)-1) {
		perror("mq_open");
		return 1;
	}
	sem_init(&done, 0, 0);
	memset(&sev, 0, sizeof sev);
	sev.sigev_notify = SIGEV_THREAD;
	sev.sigev_notify_function = on_message;
	sev.sigev_value.sival_ptr = &q;
	printf("register SIGEV_THREAD: %d\n", mq_notify(q, &sev));
	errno = 0;
	v = mq_notify(q, &sev);
	printf("register again: %d %s\n", v, strerror(errno));
	mq_send(q, "hello", 5, 0);
	sem_wait(&done);
	printf("the function ran %d time(s) and read \"%s\"\n", calls, got);

	mq_send(q, "second", 6, 0);
	mq_receive(q, got, sizeof got, NULL);
	usleep(50000);
	printf("one notification per registration: %d call(s)\n", calls);

	v = mq_notify(q, &sev);
	printf("register, then unregister: %d %d\n", v, mq_notify(q, NULL));
	mq_send(q, "third", 5, 0);
	usleep(50000);
	printf("after mq_notify(q, NULL): %d call(s)\n", calls);
	mq_receive(q, got, sizeof got, NULL);
	printf("register once more: %d\n", mq_notify(q, &sev));
	mq_send(q, "fourth", 6, 0);
	sem_wait(&done);
	printf("then: %d call(s), read \"%s\"\n", calls, got);

	mq_close(q);
	mq_unlink(name);
	return 0;
}
