/*
 * The OS-course exercise "the lock is never released": a process holding a
 * PTHREAD_PROCESS_SHARED mutex in MAP_SHARED memory dies.  A plain mutex
 * stays locked for good; a robust one goes to the next locker with
 * EOWNERDEAD, who repairs the data and calls pthread_mutex_consistent -- or
 * does not, and the mutex is ENOTRECOVERABLE from then on.  The kernel
 * notices the death at exit, at a kill and at exec; a parent already asleep
 * in pthread_mutex_lock is woken by it.  Children print nothing; the parent
 * prints what it saw after each child is gone (or, for the sleeper, while).
 */
#define _GNU_SOURCE
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include "errno_names.h"

static pthread_mutex_t *mutex;	/* in MAP_SHARED memory */

static void init_mutex(int type, int robust)
{
	pthread_mutexattr_t a;

	pthread_mutexattr_init(&a);
	pthread_mutexattr_setpshared(&a, PTHREAD_PROCESS_SHARED);
	pthread_mutexattr_settype(&a, type);
	pthread_mutexattr_setrobust(&a, robust);
	pthread_mutex_init(mutex, &a);
	pthread_mutexattr_destroy(&a);
}

enum death { EXIT, KILLED, EXEC, EXIT_LATER };

/*
 * A child that locks the mutex `times` times and dies as `how` says; the
 * parent returns once it holds the lock (EXIT_LATER: the child exits 100 ms
 * after that, so the parent is asleep in lock by then).
 */
static void child_dies_holding(int times, enum death how)
{
	int ready[2], status;
	pid_t pid;
	char c;

	pipe(ready);
	fflush(stdout);
	pid = fork();
	if (pid == 0) {
		struct timespec later = { 0, 100000000 };

		while (times-- > 0)
			pthread_mutex_lock(mutex);
		write(ready[1], "x", 1);
		if (how == KILLED)
			pause();
		if (how == EXEC)
			execl("/bin/true", "true", (char *)NULL);
		if (how == EXIT_LATER)
			nanosleep(&later, NULL);
		_exit(0);
	}
	read(ready[0], &c, 1);
	close(ready[0]);
	close(ready[1]);
	if (how == KILLED)
		kill(pid, SIGKILL);
	if (how != EXIT_LATER) {
		waitpid(pid, &status, 0);
		return;
	}
	printf("lock while the holder lives on: %s\n", errno_name(pthread_mutex_lock(mutex)));
	waitpid(pid, &status, 0);
}

static void consistent_and_unlock(void)
{
	printf("consistent: %s\n", errno_name(pthread_mutex_consistent(mutex)));
	printf("unlock: %s\n", errno_name(pthread_mutex_unlock(mutex)));
}

static void attributes(void)
{
	pthread_mutexattr_t a;
	int r;

	pthread_mutexattr_init(&a);
	pthread_mutexattr_getrobust(&a, &r);
	printf("default robustness: %s\n", r == PTHREAD_MUTEX_STALLED ? "stalled" : "robust");
	printf("setrobust(ROBUST): %s\n", errno_name(pthread_mutexattr_setrobust(&a, PTHREAD_MUTEX_ROBUST)));
	printf("setrobust(5): %s\n", errno_name(pthread_mutexattr_setrobust(&a, 5)));
	pthread_mutexattr_getrobust(&a, &r);
	printf("getrobust: %s\n", r == PTHREAD_MUTEX_ROBUST ? "robust" : "stalled");
	printf("setrobust_np(STALLED_NP): %s\n", errno_name(pthread_mutexattr_setrobust_np(&a, PTHREAD_MUTEX_STALLED_NP)));
	pthread_mutexattr_getrobust_np(&a, &r);
	printf("getrobust_np: %s\n", r == PTHREAD_MUTEX_ROBUST_NP ? "robust" : "stalled");
	pthread_mutexattr_destroy(&a);
}

static void owner_exits_then_consistent(void)
{
	init_mutex(PTHREAD_MUTEX_NORMAL, PTHREAD_MUTEX_ROBUST);
	printf("consistent on a healthy mutex: %s\n", errno_name(pthread_mutex_consistent(mutex)));
	child_dies_holding(1, EXIT);
	printf("owner exited: lock %s\n", errno_name(pthread_mutex_lock(mutex)));
	printf("consistent: %s\n", errno_name(pthread_mutex_consistent(mutex)));
	printf("consistent again: %s\n", errno_name(pthread_mutex_consistent(mutex)));
	printf("unlock: %s\n", errno_name(pthread_mutex_unlock(mutex)));
	printf("lock: %s\n", errno_name(pthread_mutex_lock(mutex)));
	printf("unlock: %s\n", errno_name(pthread_mutex_unlock(mutex)));
	printf("unlock of an unlocked mutex: %s\n", errno_name(pthread_mutex_unlock(mutex)));
}

static void owner_killed_no_consistent(void)
{
	init_mutex(PTHREAD_MUTEX_NORMAL, PTHREAD_MUTEX_ROBUST);
	child_dies_holding(1, KILLED);
	printf("owner killed: lock %s\n", errno_name(pthread_mutex_lock(mutex)));
	printf("unlock without consistent: %s\n", errno_name(pthread_mutex_unlock(mutex)));
	printf("lock: %s\n", errno_name(pthread_mutex_lock(mutex)));
	printf("lock again: %s\n", errno_name(pthread_mutex_lock(mutex)));
	consistent_and_unlock();
}

static void owner_execs(void)
{
	init_mutex(PTHREAD_MUTEX_NORMAL, PTHREAD_MUTEX_ROBUST);
	child_dies_holding(1, EXEC);
	printf("owner ran exec: trylock %s\n", errno_name(pthread_mutex_trylock(mutex)));
	consistent_and_unlock();
}

static void sleeper_woken_by_death(void)
{
	init_mutex(PTHREAD_MUTEX_NORMAL, PTHREAD_MUTEX_ROBUST);
	child_dies_holding(1, EXIT_LATER);
	consistent_and_unlock();
}

static void recursive_and_errorcheck(void)
{
	init_mutex(PTHREAD_MUTEX_RECURSIVE, PTHREAD_MUTEX_ROBUST);
	child_dies_holding(2, EXIT);
	printf("recursive, owner held it twice: lock %s\n", errno_name(pthread_mutex_lock(mutex)));
	printf("lock again: %s\n", errno_name(pthread_mutex_lock(mutex)));
	printf("unlock: %s\n", errno_name(pthread_mutex_unlock(mutex)));
	printf("unlock: %s\n", errno_name(pthread_mutex_unlock(mutex)));
	printf("lock: %s\n", errno_name(pthread_mutex_lock(mutex)));

	init_mutex(PTHREAD_MUTEX_ERRORCHECK, PTHREAD_MUTEX_ROBUST);
	child_dies_holding(1, KILLED);
	printf("errorcheck: trylock %s\n", errno_name(pthread_mutex_trylock(mutex)));
	printf("lock again: %s\n", errno_name(pthread_mutex_lock(mutex)));
	printf("trylock again: %s\n", errno_name(pthread_mutex_trylock(mutex)));
	consistent_and_unlock();
	printf("unlock again: %s\n", errno_name(pthread_mutex_unlock(mutex)));
}

/* Without the attribute, the lock a dead process held is lost, as glibc's is. */
static void stalled_mutex_stays_locked(void)
{
	init_mutex(PTHREAD_MUTEX_NORMAL, PTHREAD_MUTEX_STALLED);
	child_dies_holding(1, EXIT);
	printf("stalled mutex, owner exited: trylock %s\n", errno_name(pthread_mutex_trylock(mutex)));
}

int main(void)
{
	mutex = mmap(NULL, sizeof(*mutex), PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	attributes();
	owner_exits_then_consistent();
	owner_killed_no_consistent();
	owner_execs();
	sleeper_woken_by_death();
	recursive_and_errorcheck();
	stalled_mutex_stays_locked();
	return 0;
}
