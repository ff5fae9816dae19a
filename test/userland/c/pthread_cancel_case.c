/*
 * Thread cancellation as an operating-systems course meets it: workers asleep
 * in read, sleep, pthread_cond_wait, sem_wait, pthread_join and waitpid are
 * cancelled; cleanup handlers run innermost first with the mutex held again;
 * cancellation disabled, deferred to pthread_testcancel, asynchronous in a
 * busy loop; a worker cancelled inside stdio lets go of the stream, and a
 * thread blocked reading a stream holds up no other stream; glibc's
 * reserved signal 32 is refused to programs. Threads are ordered with
 * semaphores and pipes so that the output is deterministic.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <pthread.h>
#include <semaphore.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static sem_t started;
static int pipe_fds[2];

/*
 * What cleanup handlers and destructors did, printed after the join: the
 * cancelled thread runs them while the main thread goes on printing.
 */
static char cleanup_log[512];

static void note(const char *what, const char *detail)
{
	snprintf(cleanup_log + strlen(cleanup_log), sizeof cleanup_log - strlen(cleanup_log), "  %s%s\n", what, detail);
}

static void say(void *what)
{
	note("cleanup: ", what);
}

static void report(const char *what, pthread_t t)
{
	void *result;
	int r = pthread_join(t, &result);

	printf("%s: join %d, %s\n%s", what, r, result == PTHREAD_CANCELED ? "PTHREAD_CANCELED" : "returned", cleanup_log);
	cleanup_log[0] = '\0';
}

/* Waits until the worker is about to block, then a little more so that it is asleep in the kernel. */
static void wait_started(void)
{
	struct timespec ts = { 0, 20 * 1000000L };

	sem_wait(&started);
	nanosleep(&ts, NULL);
}

static void *reader(void *arg)
{
	char c;

	(void)arg;
	pthread_cleanup_push(say, "outer");
	pthread_cleanup_push(say, "inner");
	sem_post(&started);
	read(pipe_fds[0], &c, 1);
	printf("  read returned: wrong\n");
	pthread_cleanup_pop(0);
	pthread_cleanup_pop(0);
	return NULL;
}

static void *sleeper(void *arg)
{
	(void)arg;
	pthread_cleanup_push(say, "sleep");
	sem_post(&started);
	sleep(100);
	pthread_cleanup_pop(0);
	return NULL;
}

static pthread_mutex_t lock;
static pthread_cond_t never;

static void unlock_if_mine(void *m)
{
	/* An error-checking mutex says EPERM unless this thread holds it. */
	note("cleanup: unlock ", pthread_mutex_unlock(m) == 0 ? "ok (held again)" : "failed");
}

static void *cond_waiter(void *arg)
{
	(void)arg;
	pthread_mutex_lock(&lock);
	pthread_cleanup_push(unlock_if_mine, &lock);
	sem_post(&started);
	for (;;)
		pthread_cond_wait(&never, &lock);
	pthread_cleanup_pop(0);
	return NULL;
}

static sem_t empty;

static void *sem_waiter(void *arg)
{
	(void)arg;
	sem_post(&started);
	sem_wait(&empty);
	return NULL;
}

static void *disabled_worker(void *arg)
{
	sem_t *go = arg;
	int old;

	pthread_setcancelstate(PTHREAD_CANCEL_DISABLE, &old);
	printf("  old state %s\n", old == PTHREAD_CANCEL_ENABLE ? "ENABLE" : "DISABLE");
	pthread_cleanup_push(say, "disabled worker");
	sem_post(&started);
	sem_wait(go);       /* a cancellation point, but disabled: it returns */
	printf("  still running after the request\n");
	pthread_setcancelstate(PTHREAD_CANCEL_ENABLE, &old);
	/* (printf would be the cancellation point now: its write is one.) */
	note("enabled again, old state ", old == PTHREAD_CANCEL_DISABLE ? "DISABLE" : "ENABLE");
	pthread_testcancel();
	printf("  testcancel returned: wrong\n");
	pthread_cleanup_pop(0);
	return NULL;
}

static volatile unsigned long spins;

static void *async_spinner(void *arg)
{
	int old;

	(void)arg;
	pthread_setcanceltype(PTHREAD_CANCEL_ASYNCHRONOUS, &old);
	printf("  old type %s\n", old == PTHREAD_CANCEL_DEFERRED ? "DEFERRED" : "ASYNCHRONOUS");
	pthread_cleanup_push(say, "async");
	sem_post(&started);
	for (;;)
		spins++;
	pthread_cleanup_pop(0);
	return NULL;
}

static void *self_canceller(void *arg)
{
	(void)arg;
	pthread_cleanup_push(say, "self");
	pthread_cancel(pthread_self());
	note("deferred: ", "runs on to the next cancellation point");
	pthread_testcancel();
	pthread_cleanup_pop(0);
	return NULL;
}

static pthread_key_t key;

static void destructor(void *value)
{
	note("key destructor: ", value);
}

static void *with_key(void *arg)
{
	(void)arg;
	pthread_setspecific(key, "worker's value");
	sem_post(&started);
	pause();
	return NULL;
}

/* Writes into a pipe nobody reads: it blocks inside stdio, holding stdio's lock. */
static void *stdio_writer(void *arg)
{
	FILE *f = arg;
	static char block[4096];

	memset(block, 'x', sizeof block);
	sem_post(&started);
	for (;;) {
		fwrite(block, 1, sizeof block, f);
		fflush(f);
	}
	return NULL;
}

static void *masked_reader(void *arg)
{
	sigset_t all;
	char c;

	(void)arg;
	sigfillset(&all);
	pthread_sigmask(SIG_BLOCK, &all, NULL);
	sem_post(&started);
	read(pipe_fds[0], &c, 1);
	return NULL;
}

static pthread_t forever;

static void *joiner(void *arg)
{
	(void)arg;
	pthread_cleanup_push(say, "joiner");
	sem_post(&started);
	pthread_join(forever, NULL);
	pthread_cleanup_pop(0);
	return NULL;
}

static void *child_waiter(void *arg)
{
	pid_t child = *(pid_t *)arg;

	pthread_cleanup_push(say, "waitpid");
	sem_post(&started);
	waitpid(child, NULL, 0);
	pthread_cleanup_pop(0);
	return NULL;
}

/* Blocks in fgets on its own stream; the main thread's printf must not wait for it. */
static void *line_reader(void *arg)
{
	static char line[64];

	sem_post(&started);
	return fgets(line, sizeof line, arg);
}

static pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER;

/* pthread_rwlock_wrlock is no cancellation point: the worker gets the lock, and stops at sleep. */
static void *rw_writer(void *arg)
{
	(void)arg;
	sem_post(&started);
	pthread_rwlock_wrlock(&rw);
	note("got the write lock", "");
	pthread_rwlock_unlock(&rw);
	sleep(100);
	return NULL;
}

static void *returns_at_once(void *arg)
{
	return arg;
}

static void cancel_and_report(const char *what, void *(*fn)(void *), void *arg)
{
	pthread_t t;

	pthread_create(&t, NULL, fn, arg);
	wait_started();
	printf("%s: cancel %d\n", what, pthread_cancel(t));
	report(what, t);
}

int main(void)
{
	pthread_mutexattr_t ma;
	pthread_t t;
	sem_t go;
	int v, old, fds[2];
	FILE *f;
	pid_t child;
	struct sigaction sa;
	void *result;

	setvbuf(stdout, NULL, _IONBF, 0);
	sem_init(&started, 0, 0);
	pipe(pipe_fds);

	pipe(fds);
	f = fdopen(fds[0], "r");
	pthread_create(&t, NULL, line_reader, f);
	wait_started();
	printf("printf while another thread waits in fgets: ok\n");
	write(fds[1], "a line\n", 7);
	pthread_join(t, &result);
	printf("then fgets returned \"%.6s\"\n", (char *)result);
	fclose(f);
	close(fds[1]);

	cancel_and_report("blocked in read", reader, NULL);
	cancel_and_report("blocked in sleep", sleeper, NULL);

	pthread_mutexattr_init(&ma);
	pthread_mutexattr_settype(&ma, PTHREAD_MUTEX_ERRORCHECK);
	pthread_mutex_init(&lock, &ma);
	pthread_cond_init(&never, NULL);
	cancel_and_report("blocked in pthread_cond_wait", cond_waiter, NULL);
	printf("mutex free afterwards: %s\n", pthread_mutex_trylock(&lock) == 0 ? "yes" : "no");
	pthread_mutex_unlock(&lock);

	sem_init(&empty, 0, 0);
	cancel_and_report("blocked in sem_wait", sem_waiter, NULL);
	sem_post(&empty);
	sem_getvalue(&empty, &v);
	printf("semaphore after a post: %d, wait %d\n", v, sem_wait(&empty));

	sem_init(&go, 0, 0);
	pthread_create(&t, NULL, disabled_worker, &go);
	sem_wait(&started);
	printf("cancellation disabled: cancel %d\n", pthread_cancel(t));
	sem_post(&go);
	report("cancellation disabled", t);

	cancel_and_report("asynchronous, busy loop", async_spinner, NULL);

	pthread_create(&t, NULL, self_canceller, NULL);
	report("cancels itself", t);

	pthread_key_create(&key, destructor);
	cancel_and_report("blocked in pause, with a key value", with_key, NULL);

	pipe(fds);
	f = fdopen(fds[1], "w");
	cancel_and_report("blocked in fwrite to a full pipe", stdio_writer, f);
	printf("the stream's lock was let go: %s\n", ftrylockfile(f) == 0 ? "yes" : "no");
	funlockfile(f);
	/* What the worker left in the stream's buffer cannot go anywhere now. */
	signal(SIGPIPE, SIG_IGN);
	close(fds[0]);
	fclose(f);

	cancel_and_report("every signal blocked, blocked in read", masked_reader, NULL);

	pthread_create(&forever, NULL, sleeper, NULL);
	sem_wait(&started);
	cancel_and_report("blocked in pthread_join", joiner, NULL);
	pthread_cancel(forever);
	report("the thread it joined", forever);

	pthread_rwlock_rdlock(&rw);
	pthread_create(&t, NULL, rw_writer, NULL);
	wait_started();
	printf("waiting for a write lock: cancel %d\n", pthread_cancel(t));
	usleep(20000);
	pthread_rwlock_unlock(&rw);
	report("waiting for a write lock", t);
	printf("the lock is free: trywrlock %d\n", pthread_rwlock_trywrlock(&rw));
	pthread_rwlock_unlock(&rw);

	child = fork();
	if (child == 0) {
		pause();
		_exit(0);
	}
	cancel_and_report("blocked in waitpid", child_waiter, &child);
	kill(child, SIGTERM);
	waitpid(child, &v, 0);
	printf("child reaped afterwards: killed by %d\n", WIFSIGNALED(v) ? WTERMSIG(v) : 0);

	pthread_create(&t, NULL, returns_at_once, "done");
	usleep(20000);
	printf("cancel of an ended thread: %d\n", pthread_cancel(t));
	report("ended thread", t);

	printf("setcancelstate(7): %s\n", strerror(pthread_setcancelstate(7, &old)));
	printf("setcanceltype(7): %s\n", strerror(pthread_setcanceltype(7, &old)));
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = SIG_IGN;
	errno = 0;
	v = sigaction(32, &sa, NULL);
	printf("sigaction(32): %d %s\n", v, strerror(errno));
	errno = 0;
	v = sigaddset(&sa.sa_mask, 32);
	printf("sigaddset(32): %d %s\n", v, strerror(errno));
	sigfillset(&sa.sa_mask);
	printf("sigfillset has 31 %d, 32 %d, 33 %d, 34 %d\n", sigismember(&sa.sa_mask, 31), sigismember(&sa.sa_mask, 32),
	       sigismember(&sa.sa_mask, 33), sigismember(&sa.sa_mask, 34));
	printf("PTHREAD_CANCELED is %ld\n", (long)PTHREAD_CANCELED);
	return 0;
}
