/*
 * Process-shared synchronization in MAP_SHARED | MAP_ANONYMOUS memory, the
 * OS-course exercise: a parent and a child add to one counter under a
 * PTHREAD_PROCESS_SHARED mutex, hand a condition variable's signal back and
 * forth, play ping-pong with sem_init(&s, 1, 0) semaphores, meet at a shared
 * barrier and take turns at a shared rwlock.  Every exchange makes one side
 * really sleep in the kernel (the other holds the lock, or posts only after
 * a pause), so a futex keyed by address space alone would never wake it.
 * Children print nothing: they record what they saw in the shared memory,
 * and the parent prints it after wait().
 */
#define _GNU_SOURCE
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include "child_helpers.h"

#define ADDS 3000		/* per process */
#define ROUNDS 5

struct shared {
	pthread_mutex_t lock;
	pthread_cond_t changed;
	pthread_barrier_t barrier;
	pthread_rwlock_t rwlock;
	sem_t ping, pong;
	long counter;
	int turn;		/* whose move it is in the condition-variable handoff */
	int serials[ROUNDS];	/* PTHREAD_BARRIER_SERIAL_THREAD results per round */
	int arrived[ROUNDS];
	int seen_all[ROUNDS];	/* at the barrier's exit, everyone had arrived */
	int child_saw[ROUNDS];
};

static struct shared *sh;

static void mutex_counter(void)
{
	pthread_mutexattr_t ma;
	int pshared;

	pthread_mutexattr_init(&ma);
	printf("setpshared(SHARED): %d\n", pthread_mutexattr_setpshared(&ma, PTHREAD_PROCESS_SHARED));
	printf("setpshared(7): %d\n", pthread_mutexattr_setpshared(&ma, 7) != 0);
	pthread_mutexattr_getpshared(&ma, &pshared);
	printf("getpshared: %s\n", pshared == PTHREAD_PROCESS_SHARED ? "shared" : "private");
	pthread_mutex_init(&sh->lock, &ma);
	pthread_mutexattr_destroy(&ma);
	fflush(stdout);
	if (fork() == 0) {
		add_under_mutex(&sh->lock, &sh->counter, ADDS, 500);
		_exit(0);
	}
	add_under_mutex(&sh->lock, &sh->counter, ADDS, 500);
	wait_child("mutex");
	printf("counter after %d adds in each process: %ld\n", ADDS, sh->counter);
}

/* Wait (under the mutex) until it is who's turn, then give the turn to next. */
static void take_turn(int who, int next)
{
	pthread_mutex_lock(&sh->lock);
	while (sh->turn != who)
		pthread_cond_wait(&sh->changed, &sh->lock);
	sh->counter += who;
	sh->turn = next;
	pthread_cond_signal(&sh->changed);
	pthread_mutex_unlock(&sh->lock);
}

static void cond_handoff(void)
{
	pthread_condattr_t ca;
	int i;

	pthread_condattr_init(&ca);
	pthread_condattr_setpshared(&ca, PTHREAD_PROCESS_SHARED);
	pthread_cond_init(&sh->changed, &ca);
	pthread_condattr_destroy(&ca);
	sh->counter = 0;
	sh->turn = 1;
	fflush(stdout);
	if (fork() == 0) {
		for (i = 0; i < ROUNDS; i++)
			take_turn(2, 1);
		_exit(0);
	}
	for (i = 0; i < ROUNDS; i++) {
		pause_ms(5);		/* the child is asleep in pthread_cond_wait by now */
		take_turn(1, 2);
	}
	wait_child("cond");
	printf("turns taken: counter %ld, turn %d\n", sh->counter, sh->turn);
}

static void semaphore_ping_pong(void)
{
	int i, value;

	printf("sem_init pshared: %d %d\n", sem_init(&sh->ping, 1, 0), sem_init(&sh->pong, 1, 0));
	sh->counter = 0;
	fflush(stdout);
	if (fork() == 0) {
		for (i = 0; i < ROUNDS; i++) {
			sem_wait(&sh->ping);
			sh->counter = sh->counter * 10 + 2;
			sem_post(&sh->pong);
		}
		_exit(0);
	}
	for (i = 0; i < ROUNDS; i++) {
		pause_ms(5);		/* the child sleeps in sem_wait meanwhile */
		sh->counter = sh->counter * 10 + 1;
		sem_post(&sh->ping);
		sem_wait(&sh->pong);
	}
	wait_child("sem");
	sem_getvalue(&sh->ping, &value);
	printf("ping-pong record: %ld, ping value %d\n", sh->counter, value);
	sem_destroy(&sh->ping);
	sem_destroy(&sh->pong);
}

/* One process's part of the barrier rounds; a late one makes the others sleep. */
static void barrier_rounds(int late)
{
	int round;

	for (round = 0; round < ROUNDS; round++) {
		if (late)
			pause_ms(3);
		__sync_fetch_and_add(&sh->arrived[round], 1);
		if (pthread_barrier_wait(&sh->barrier) == PTHREAD_BARRIER_SERIAL_THREAD)
			__sync_fetch_and_add(&sh->serials[round], 1);
		if (sh->arrived[round] == 3)
			__sync_fetch_and_add(&sh->seen_all[round], 1);
	}
}

static void barrier(void)
{
	pthread_barrierattr_t ba;
	int child, round, pshared;

	pthread_barrierattr_init(&ba);
	pthread_barrierattr_setpshared(&ba, PTHREAD_PROCESS_SHARED);
	pthread_barrierattr_getpshared(&ba, &pshared);
	printf("barrier pshared: %d, init: %d\n", pshared, pthread_barrier_init(&sh->barrier, &ba, 3));
	pthread_barrierattr_destroy(&ba);
	fflush(stdout);
	for (child = 1; child <= 2; child++) {
		if (fork() == 0) {
			barrier_rounds(child == 2);
			_exit(0);
		}
	}
	barrier_rounds(0);
	wait_child("barrier");
	wait_child("barrier");
	for (round = 0; round < ROUNDS; round++)
		printf("round %d: %d serial, %d of 3 saw everyone arrive\n", round,
		       sh->serials[round], sh->seen_all[round]);
	printf("barrier destroy: %d\n", pthread_barrier_destroy(&sh->barrier));
}

/* The child reads under a read lock while the parent holds the write lock, and then not. */
static void rwlock(void)
{
	pthread_rwlockattr_t ra;
	int round;

	pthread_rwlockattr_init(&ra);
	pthread_rwlockattr_setpshared(&ra, PTHREAD_PROCESS_SHARED);
	pthread_rwlock_init(&sh->rwlock, &ra);
	pthread_rwlockattr_destroy(&ra);
	sem_init(&sh->ping, 1, 0);
	sem_init(&sh->pong, 1, 0);
	sh->counter = 0;
	fflush(stdout);
	if (fork() == 0) {
		for (round = 0; round < ROUNDS; round++) {
			sem_wait(&sh->ping);	/* the parent holds the write lock now */
			pthread_rwlock_rdlock(&sh->rwlock);
			sh->child_saw[round] = (int)sh->counter;
			pthread_rwlock_unlock(&sh->rwlock);
			sem_post(&sh->pong);
		}
		_exit(0);
	}
	for (round = 0; round < ROUNDS; round++) {
		pthread_rwlock_wrlock(&sh->rwlock);
		sem_post(&sh->ping);
		pause_ms(3);		/* the reader blocks until the write is complete */
		sh->counter = round * 100 + 1;
		pause_ms(1);
		sh->counter = round * 100 + 2;
		pthread_rwlock_unlock(&sh->rwlock);
		sem_wait(&sh->pong);
	}
	wait_child("rwlock");
	for (round = 0; round < ROUNDS; round++)
		printf("reader %d saw %d\n", round, sh->child_saw[round]);
	printf("rwlock destroy: %d\n", pthread_rwlock_destroy(&sh->rwlock));
}

int main(void)
{
	sh = mmap(NULL, sizeof(*sh), PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	if (sh == MAP_FAILED)
		return 1;
	memset(sh, 0, sizeof(*sh));
	mutex_counter();
	cond_handoff();
	semaphore_ping_pong();
	barrier();
	rwlock();
	return 0;
}
