/*
 * pthread_atfork's handlers around fork (prepare in reverse order, parent and
 * child in registration order; none for system and popen, whose children
 * glibc makes without fork), the GNU joins that do not wait forever
 * (pthread_tryjoin_np, pthread_timedjoin_np), and read-write locks with a
 * deadline (pthread_rwlock_timedrdlock, _timedwrlock); a thread's CPU
 * affinity (pthread_setaffinity_np, _getaffinity_np) and names
 * (pthread_setname_np, _getname_np); <sys/single_threaded.h>'s flag, which
 * the first thread clears for good.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/single_threaded.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

/* Each process notes what its handlers did and prints it when it is its turn. */
static char ran[256];

static void note(const char *what)
{
	strcat(ran, what);
	strcat(ran, " ");
}

static void prepare_a(void) { note("prepare-A"); }
static void parent_a(void) { note("parent-A"); }
static void child_a(void) { note("child-A"); }
static void prepare_b(void) { note("prepare-B"); }
static void parent_b(void) { note("parent-B"); }
static void child_b(void) { note("child-B"); }

static sem_t release;
static pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER;

static struct timespec in_ms(long ms)
{
	struct timespec t;

	clock_gettime(CLOCK_REALTIME, &t);
	t.tv_nsec += ms * 1000000L;
	t.tv_sec += t.tv_nsec / 1000000000L;
	t.tv_nsec %= 1000000000L;
	return t;
}

static void *timed_reader(void *arg)
{
	struct timespec deadline = in_ms(*(long *)arg);

	return (void *)(long)pthread_rwlock_timedrdlock(&rw, &deadline);
}

static void *timed_writer(void *arg)
{
	struct timespec deadline = in_ms(*(long *)arg);

	return (void *)(long)pthread_rwlock_timedwrlock(&rw, &deadline);
}

static const char *joined_error(pthread_t t)
{
	void *r;

	pthread_join(t, &r);
	return r == NULL ? "0" : strerror((int)(long)r);
}

static sem_t named, can_end;

static void *named_worker(void *arg)
{
	(void)arg;
	sem_post(&named);
	sem_wait(&can_end);
	return NULL;
}

/* Thread names: one's own, another thread's (through /proc), and the limits. */
static void thread_names(void)
{
	char name[16];
	pthread_t t;

	sem_init(&named, 0, 0);
	sem_init(&can_end, 0, 0);
	printf("setname_np self: %d\n", pthread_setname_np(pthread_self(), "main-thread"));
	pthread_getname_np(pthread_self(), name, sizeof name);
	printf("getname_np self: %s\n", name);
	pthread_create(&t, NULL, named_worker, NULL);
	sem_wait(&named);
	pthread_getname_np(t, name, sizeof name);
	printf("a new thread starts with its creator's name: %s\n", name);
	printf("setname_np another: %d\n", pthread_setname_np(t, "worker-1"));
	pthread_getname_np(t, name, sizeof name);
	printf("getname_np another: %s\n", name);
	printf("16 characters: %s\n", strerror(pthread_setname_np(t, "sixteen-chars-xx")));
	printf("a buffer of 15: %s\n", strerror(pthread_getname_np(t, name, 15)));
	sem_post(&can_end);
	pthread_join(t, NULL);
}

/* Timed waits on a read-write lock: timeouts, and readers a timed-out writer was keeping out. */
static void timed_rwlocks(void)
{
	long short_wait = 50, long_wait = 5000;
	pthread_t reader, writer;

	pthread_rwlock_wrlock(&rw);
	pthread_create(&reader, NULL, timed_reader, &short_wait);
	printf("timedrdlock while written: %s\n", joined_error(reader));
	pthread_create(&writer, NULL, timed_writer, &short_wait);
	printf("timedwrlock while written: %s\n", joined_error(writer));
	pthread_rwlock_unlock(&rw);

	pthread_rwlock_rdlock(&rw);
	pthread_create(&writer, NULL, timed_writer, &short_wait);
	usleep(10000);      /* the writer waits: new readers queue behind it */
	pthread_create(&reader, NULL, timed_reader, &long_wait);
	printf("timedwrlock while read: %s\n", joined_error(writer));
	printf("the reader it kept out: %s\n", joined_error(reader));
	pthread_rwlock_unlock(&rw);     /* the main thread's read lock */
	pthread_rwlock_unlock(&rw);     /* the reader thread's */
	printf("free again: trywrlock %d\n", pthread_rwlock_trywrlock(&rw));
	pthread_rwlock_unlock(&rw);
}

static void *worker(void *arg)
{
	sem_wait(&release);
	return arg;
}

int main(void)
{
	struct timespec deadline;
	pthread_t t;
	void *result;
	FILE *p;
	pid_t pid;
	int status;
	cpu_set_t cpus;

	int a, b;

	a = pthread_atfork(prepare_a, parent_a, child_a);
	b = pthread_atfork(prepare_b, parent_b, child_b);
	printf("pthread_atfork: %d %d, no handlers at all: %d\n", a, b, pthread_atfork(NULL, NULL, NULL));
	fflush(stdout);
	pid = fork();
	if (pid == 0) {
		printf("in the child: %s\n", ran);
		return 0;
	}
	waitpid(pid, &status, 0);
	printf("in the parent: %s\n", ran);

	ran[0] = '\0';
	status = system("exit 3");
	p = popen("echo from popen", "r");
	printf("system exited %d; popen read %s", WEXITSTATUS(status), fgets(ran + 128, 64, p));
	pclose(p);
	printf("handlers run by system and popen: \"%s\"\n", ran);

	sem_init(&release, 0, 0);
	printf("single threaded before the first thread: %d\n", __libc_single_threaded);
	pthread_create(&t, NULL, worker, "the worker's result");
	printf("single threaded with a thread: %d\n", __libc_single_threaded);
	printf("tryjoin while it runs: %s\n", strerror(pthread_tryjoin_np(t, &result)));
	clock_gettime(CLOCK_REALTIME, &deadline);
	deadline.tv_nsec += 50 * 1000000L;
	if (deadline.tv_nsec >= 1000000000L) {
		deadline.tv_nsec -= 1000000000L;
		deadline.tv_sec++;
	}
	printf("timedjoin, 50 ms: %s\n", strerror(pthread_timedjoin_np(t, &result, &deadline)));
	sem_post(&release);
	deadline.tv_sec += 10;
	deadline.tv_nsec = 0;
	status = pthread_timedjoin_np(t, &result, &deadline);
	printf("timedjoin after it ends: %d, \"%s\"\n", status, (char *)result);

	pthread_create(&t, NULL, worker, "second");
	sem_post(&release);
	while (pthread_tryjoin_np(t, &result) == EBUSY)
		usleep(1000);
	printf("tryjoin once it ended: \"%s\"\n", (char *)result);
	printf("single threaded again: %d\n", __libc_single_threaded);

	timed_rwlocks();
	thread_names();

	/* The host may have many CPUs and the emulator one: print only what both share. */
	CPU_ZERO(&cpus);
	CPU_SET(0, &cpus);
	printf("setaffinity_np {0}: %d\n", pthread_setaffinity_np(pthread_self(), sizeof cpus, &cpus));
	CPU_ZERO(&cpus);
	status = pthread_getaffinity_np(pthread_self(), sizeof cpus, &cpus);
	printf("getaffinity_np: %d, CPU 0 %d, count %d\n", status, CPU_ISSET(0, &cpus), CPU_COUNT(&cpus));
	CPU_ZERO(&cpus);
	printf("setaffinity_np {}: %s\n", strerror(pthread_setaffinity_np(pthread_self(), sizeof cpus, &cpus)));
	return 0;
}
