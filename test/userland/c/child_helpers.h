/*
 * What the cases with child processes share: a pause, the report of how a
 * child ended, and the contended counter of the process-shared cases.
 * Included by each case, which is one program of its own.
 */
#include <pthread.h>
#include <stdio.h>
#include <sys/wait.h>
#include <time.h>

static void pause_ms(long ms)
{
	struct timespec ts = { 0, ms * 1000000L };

	nanosleep(&ts, NULL);
}

static void wait_child(const char *what)
{
	int status;

	wait(&status);
	if (WIFSIGNALED(status))
		printf("%s: child killed by signal %d\n", what, WTERMSIG(status));
	else
		printf("%s: child exited %d\n", what, WEXITSTATUS(status));
}

/*
 * Add 1 to *counter adds times under lock, the read and the write far apart
 * now and then (a pause every pause_every adds), so that another process
 * adding too blocks on the mutex meanwhile.
 */
static void add_under_mutex(pthread_mutex_t *lock, long *counter, int adds, int pause_every)
{
	int i;

	for (i = 0; i < adds; i++) {
		long v;

		pthread_mutex_lock(lock);
		v = *counter;
		if (i % pause_every == 0)
			pause_ms(2);
		*counter = v + 1;
		pthread_mutex_unlock(lock);
	}
}
