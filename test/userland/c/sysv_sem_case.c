/*
 * System V semaphores as an operating-systems course uses them: a counter in shared
 * memory that parent and child increment under a semaphore, waiters that block and
 * are woken in order, IPC_NOWAIT, timeouts, signals, IPC_RMID under a waiter,
 * SEM_UNDO at exit, semctl's commands and the errors Linux gives.  Every array and
 * segment is removed before the program ends.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <pthread.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/ipc.h>
#include <sys/sem.h>
#include <sys/shm.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include "sysv_ipc_util.h"

union semun {
	int val;
	struct semid_ds *buf;
	unsigned short *array;
};

static int op(int id, int num, int delta, int flags)
{
	struct sembuf sb = { (unsigned short)num, (short)delta, (short)flags };

	return semop(id, &sb, 1);
}

static int getval(int id, int num)
{
	return semctl(id, num, GETVAL);
}

static void setval(int id, int num, int val)
{
	union semun arg = { .val = val };

	semctl(id, num, SETVAL, arg);
}

/* Wait until n processes sleep on semaphore num (cmd GETNCNT or GETZCNT). */
static void wait_for_sleepers(int id, int num, int cmd, int n)
{
	while (semctl(id, num, cmd) != n)
		usleep(1000);
}

/* The classic: two processes add to a shared counter, a semaphore makes it a critical section. */
static void counter(void)
{
	int shm = shmget(IPC_PRIVATE, sizeof(int), 0600);
	int sem = semget(IPC_PRIVATE, 1, 0600);
	volatile int *count = shmat(shm, NULL, 0);
	int i;

	*count = 0;
	setval(sem, 0, 1);
	if (fork() == 0) {
		for (i = 0; i < 300; i++) {
			int v;

			op(sem, 0, -1, SEM_UNDO);
			v = *count;
			sched_yield();	/* without the semaphore the other process would slip in here */
			*count = v + 1;
			op(sem, 0, 1, SEM_UNDO);
		}
		_exit(0);
	}
	for (i = 0; i < 300; i++) {
		int v;

		op(sem, 0, -1, SEM_UNDO);
		v = *count;
		sched_yield();
		*count = v + 1;
		op(sem, 0, 1, SEM_UNDO);
	}
	wait_child("counter");
	printf("counter after 300 + 300 guarded increments: %d, semaphore %d\n", *count, getval(sem, 0));
	shmdt((void *)count);
	shmctl(shm, IPC_RMID, NULL);
	semctl(sem, 0, IPC_RMID);
}

/* Sleepers are served in arrival order, each as soon as its operation can proceed. */
static void waiters(void)
{
	int sem = semget(IPC_PRIVATE, 2, 0600);
	pid_t a, b;

	if ((a = fork()) == 0) {
		printf("A (wants 2): %s\n", result(op(sem, 0, -2, 0)));
		_exit(0);
	}
	wait_for_sleepers(sem, 0, GETNCNT, 1);
	if ((b = fork()) == 0) {
		printf("B (wants 1): %s\n", result(op(sem, 0, -1, 0)));
		_exit(0);
	}
	wait_for_sleepers(sem, 0, GETNCNT, 2);
	printf("GETNCNT with A and B asleep: %d, GETZCNT %d\n", semctl(sem, 0, GETNCNT), semctl(sem, 0, GETZCNT));
	op(sem, 0, 1, 0);		/* too little for A, enough for B */
	waitpid(b, NULL, 0);
	printf("after +1: value %d, GETNCNT %d, GETPID is B %d\n", getval(sem, 0), semctl(sem, 0, GETNCNT),
	       semctl(sem, 0, GETPID) == b);
	op(sem, 0, 2, 0);
	waitpid(a, NULL, 0);
	printf("after +2: value %d, GETNCNT %d\n", getval(sem, 0), semctl(sem, 0, GETNCNT));

	/* waiting for zero */
	setval(sem, 1, 2);
	if (fork() == 0) {
		printf("zero waiter: %s, ", result(op(sem, 1, 0, 0)));
		printf("value %d\n", getval(sem, 1));
		_exit(0);
	}
	wait_for_sleepers(sem, 1, GETZCNT, 1);
	printf("GETZCNT %d; ", semctl(sem, 1, GETZCNT));
	op(sem, 1, -1, 0);
	printf("one down, still %d asleep\n", semctl(sem, 1, GETZCNT));
	op(sem, 1, -1, 0);
	wait_child("zero");

	/* several operations at once: all or nothing */
	{
		struct sembuf both[2] = { { 0, -1, 0 }, { 1, -1, 0 } };

		setval(sem, 0, 0);
		setval(sem, 1, 1);
		if (fork() == 0) {
			printf("both at once: %s, ", result(semop(sem, both, 2)));
			printf("values %d %d\n", getval(sem, 0), getval(sem, 1));
			_exit(0);
		}
		wait_for_sleepers(sem, 0, GETNCNT, 1);
		printf("blocked on 0 only: GETNCNT %d %d, semaphore 1 untouched: %d\n", semctl(sem, 0, GETNCNT),
		       semctl(sem, 1, GETNCNT), getval(sem, 1));
		op(sem, 0, 1, 0);
		wait_child("both");
	}
	semctl(sem, 0, IPC_RMID);
}

static void on_usr1(int sig)
{
	(void)sig;
}

/* What ends a wait other than the semaphore: IPC_NOWAIT, a timeout, a signal, IPC_RMID. */
static void interruptions(void)
{
	int sem = semget(IPC_PRIVATE, 1, 0600);
	struct timespec ts = { 0, 20 * 1000 * 1000 };
	struct sembuf down = { 0, -1, 0 };
	struct sigaction sa;
	pid_t pid;

	printf("IPC_NOWAIT on 0: %s\n", result(op(sem, 0, -1, IPC_NOWAIT)));
	setval(sem, 0, 1);
	printf("wait for zero with IPC_NOWAIT on 1: %s\n", result(op(sem, 0, 0, IPC_NOWAIT)));
	setval(sem, 0, 0);
	printf("semtimedop 20 ms: %s\n", result(semtimedop(sem, &down, 1, &ts)));
	ts.tv_nsec = 1000000000;
	printf("semtimedop bad timeout: %s\n", result(semtimedop(sem, &down, 1, &ts)));

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_usr1;
	sa.sa_flags = SA_RESTART;	/* semop is never restarted */
	sigaction(SIGUSR1, &sa, NULL);
	if ((pid = fork()) == 0) {
		printf("semop under a signal: %s\n", result(op(sem, 0, -1, 0)));
		_exit(0);
	}
	wait_for_sleepers(sem, 0, GETNCNT, 1);
	kill(pid, SIGUSR1);
	wait_child("signal");
	printf("GETNCNT after the interrupted wait: %d\n", semctl(sem, 0, GETNCNT));

	if (fork() == 0) {
		printf("semop when the array is removed: %s\n", result(op(sem, 0, -1, 0)));
		_exit(0);
	}
	wait_for_sleepers(sem, 0, GETNCNT, 1);
	semctl(sem, 0, IPC_RMID);
	wait_child("removed");
	printf("semop on the removed id: %s\n", result(op(sem, 0, 1, 0)));
}

/* SEM_UNDO: what a process did is undone when it exits, unless SETVAL reset it. */
static void undo(void)
{
	int sem = semget(IPC_PRIVATE, 2, 0600);
	int to_parent[2], to_child[2];
	char c;

	setval(sem, 0, 5);
	if (fork() == 0) {
		op(sem, 0, -3, SEM_UNDO);
		op(sem, 1, 4, SEM_UNDO);
		op(sem, 1, 1, 0);
		printf("child took 3 and gave 4 + 1: %d %d\n", getval(sem, 0), getval(sem, 1));
		_exit(0);
	}
	wait_child("undo");
	printf("after its exit: %d %d\n", getval(sem, 0), getval(sem, 1));

	pipe(to_parent);
	pipe(to_child);
	if (fork() == 0) {
		op(sem, 0, -2, SEM_UNDO);
		write(to_parent[1], "x", 1);
		read(to_child[0], &c, 1);	/* parent's SETVAL happens meanwhile */
		_exit(0);
	}
	read(to_parent[0], &c, 1);
	setval(sem, 0, 7);
	write(to_child[1], "x", 1);
	wait_child("undo after SETVAL");
	printf("SETVAL cleared the adjustment: %d\n", getval(sem, 0));

	setval(sem, 0, 2);
	if (fork() == 0) {
		op(sem, 0, 3, SEM_UNDO);
		op(sem, 0, -5, 0);	/* the undo of +3 now finds 0: it stops there */
		_exit(0);
	}
	wait_child("undo below zero");
	printf("undo clamped at zero: %d\n", getval(sem, 0));
	close(to_parent[0]);
	close(to_parent[1]);
	close(to_child[0]);
	close(to_child[1]);
	semctl(sem, 0, IPC_RMID);
}

/* What ipcs does: SEM_INFO gives the highest slot in use, SEM_STAT reads a slot and returns its id. */
static void find_by_slot(int id)
{
	struct seminfo info;
	struct semid_ds ds;
	union semun arg = { .buf = (struct semid_ds *)&info };
	int maxid = semctl(0, 0, SEM_INFO, arg), slot, found = 0;

	arg.buf = &ds;
	for (slot = 0; slot <= maxid; slot++)
		if (semctl(slot, 0, SEM_STAT, arg) == id)
			found = ds.sem_nsems == 3;
	printf("SEM_INFO: arrays %d, semmsl %d, semopm %d, semvmx %d; SEM_STAT finds this one: %d\n",
	       info.semusz >= 1, info.semmsl, info.semopm, info.semvmx, found);
}

static void *take_one_with_undo(void *arg)
{
	op(*(int *)arg, 0, -1, SEM_UNDO);
	return NULL;
}

/* Threads share one undo list (CLONE_SYSVSEM): a thread's end undoes nothing, the process's does. */
static void undo_in_threads(void)
{
	int sem = semget(IPC_PRIVATE, 1, 0600);

	setval(sem, 0, 3);
	if (fork() == 0) {
		pthread_t t;

		pthread_create(&t, NULL, take_one_with_undo, &sem);
		pthread_join(t, NULL);
		printf("after the thread's end: %d\n", getval(sem, 0));
		_exit(0);
	}
	wait_child("threads");
	printf("after the process's end: %d\n", getval(sem, 0));
	semctl(sem, 0, IPC_RMID);
}

/* semctl's commands, keys and the argument checks. */
static void control(void)
{
	key_t key = 0x5e000000 | (getpid() & 0xffffff);
	int sem = semget(key, 3, IPC_CREAT | IPC_EXCL | 0640);
	unsigned short vals[3] = { 1, 2, 3 }, back[3] = { 0, 0, 0 };
	struct sembuf many[501], pair[2] = { { 0, 1, 0 }, { 1, -9, IPC_NOWAIT } };
	union semun arg;
	struct semid_ds ds;

	printf("create with a key: %s\n", result(sem));
	printf("same key: %s\n", semget(key, 2, 0) == sem ? "same id" : "other");
	printf("IPC_CREAT | IPC_EXCL: %s\n", result(semget(key, 3, IPC_CREAT | IPC_EXCL | 0600)));
	printf("more semaphores than it has: %s\n", result(semget(key, 4, 0)));
	printf("nsems 0 for an existing key: %s\n", semget(key, 0, 0) == sem ? "same id" : "other");
	printf("unknown key: %s\n", result(semget(key + 1, 1, 0)));
	printf("nsems 0: %s, ", result(semget(IPC_PRIVATE, 0, 0600)));
	printf("nsems 32001: %s\n", result(semget(IPC_PRIVATE, 32001, 0600)));

	arg.buf = &ds;
	semctl(sem, 0, IPC_STAT, arg);
	printf("IPC_STAT: nsems %lu, mode %04o, otime %ld, ctime set %d, cuid == uid %d\n", (unsigned long)ds.sem_nsems,
	       (unsigned)ds.sem_perm.mode, (long)ds.sem_otime, ds.sem_ctime != 0, ds.sem_perm.cuid == getuid());
	arg.array = vals;
	printf("SETALL: %s; ", result(semctl(sem, 0, SETALL, arg)));
	arg.array = back;
	semctl(sem, 0, GETALL, arg);
	printf("GETALL: %d %d %d\n", back[0], back[1], back[2]);
	op(sem, 2, -1, 0);
	arg.buf = &ds;
	semctl(sem, 0, IPC_STAT, arg);
	printf("after a semop: otime set %d, GETPID is me %d\n", ds.sem_otime != 0, semctl(sem, 2, GETPID) == getpid());

	arg.val = 32768;
	printf("SETVAL 32768: %s, ", result(semctl(sem, 0, SETVAL, arg)));
	arg.val = -1;
	printf("SETVAL -1: %s, ", result(semctl(sem, 0, SETVAL, arg)));
	printf("GETVAL of semaphore 3: %s\n", result(semctl(sem, 3, GETVAL)));
	vals[1] = 40000;
	arg.array = vals;
	printf("SETALL with 40000: %s, ", result(semctl(sem, 0, SETALL, arg)));
	printf("values unchanged %d\n", getval(sem, 1));
	setval(sem, 0, 32767);
	printf("past SEMVMX: %s, ", result(op(sem, 0, 1, 0)));
	printf("sem_num 3: %s, ", result(op(sem, 3, 1, 0)));
	printf("nsops 0: %s, ", result(semop(sem, pair, 0)));
	memset(many, 0, sizeof(many));
	printf("nsops 501: %s\n", result(semop(sem, many, 501)));
	setval(sem, 0, 0);
	printf("all or nothing: %s, ", result(semop(sem, pair, 2)));
	printf("semaphore 0 still %d\n", getval(sem, 0));
	printf("bad command: %s, ", result(semctl(sem, 0, 12345)));
	printf("negative id: %s\n", result(semctl(-1, 0, GETVAL)));

	arg.buf = &ds;
	semctl(sem, 0, IPC_STAT, arg);
	ds.sem_perm.mode = 0600;
	printf("IPC_SET: %s, ", result(semctl(sem, 0, IPC_SET, arg)));
	semctl(sem, 0, IPC_STAT, arg);
	printf("mode %04o\n", (unsigned)ds.sem_perm.mode);
	find_by_slot(sem);
	printf("IPC_RMID: %s, ", result(semctl(sem, 0, IPC_RMID)));
	printf("again: %s, ", result(semctl(sem, 0, IPC_RMID)));
	printf("the key is gone: %s\n", result(semget(key, 1, 0)));
}

int main(void)
{
	setvbuf(stdout, NULL, _IONBF, 0);
	counter();
	waiters();
	interruptions();
	undo();
	undo_in_threads();
	control();
	return 0;
}
