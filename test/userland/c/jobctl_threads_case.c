/*
 * A stop signal stops the whole process: a child whose main thread and a
 * worker thread each count in memory shared with the parent is stopped
 * (SIGSTOP to the process, then SIGTSTP to the worker thread alone with
 * tgkill), and neither count moves until SIGCONT; /proc shows every thread
 * stopped ('T').  SIGKILL then ends it.
 */
#define _GNU_SOURCE
#include <dirent.h>
#include <pthread.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include "jobctl_helpers.h"

struct shared {
	volatile long count[2];		/* the main thread's, the worker's */
	volatile pid_t worker_tid;
};

static struct shared *shared;

static void *worker(void *arg)
{
	(void)arg;
	shared->worker_tid = (pid_t)syscall(SYS_gettid);
	for (;;) {
		shared->count[1]++;
		pause_ms(1);
	}
	return NULL;
}

static pid_t fork_two_threads(void)
{
	pid_t pid = fork();
	pthread_t t;

	if (pid == 0) {
		setpgid(0, 0);
		pthread_create(&t, NULL, worker, NULL);
		for (;;) {
			shared->count[0]++;
			pause_ms(1);
		}
	}
	setpgid(pid, pid);
	return pid;
}

/* Wait (up to 10 s) until both counts pass the given values. */
static int both_move(long c0, long c1)
{
	int i;

	for (i = 0; i < 10000 && (shared->count[0] == c0 || shared->count[1] == c1); i++)
		pause_ms(1);
	return shared->count[0] != c0 && shared->count[1] != c1;
}

/* How many of the process's threads /proc shows in state 'T', of how many. */
static void print_thread_states(pid_t pid)
{
	char path[64], stat[320];
	int stopped = 0, all = 0;
	struct dirent *d;
	DIR *dir;

	snprintf(path, sizeof(path), "/proc/%d/task", (int)pid);
	dir = opendir(path);
	while (dir && (d = readdir(dir))) {
		if (d->d_name[0] == '.')
			continue;
		snprintf(stat, sizeof(stat), "%s/%s/stat", path, d->d_name);
		all++;
		stopped += stat_state(stat) == 'T';
	}
	if (dir)
		closedir(dir);
	printf("  threads stopped: %d of %d\n", stopped, all);
}

static void stopped_then_continued(pid_t pid)
{
	long c0 = shared->count[0], c1 = shared->count[1];

	print_thread_states(pid);
	pause_ms(50);
	printf("  no count moved while stopped: %d\n", shared->count[0] == c0 && shared->count[1] == c1);
	kill(pid, SIGCONT);
	wait_and_print("  SIGCONT", pid, WCONTINUED);
	printf("  both threads count again: %d\n", both_move(c0, c1));
}

int main(void)
{
	pid_t pid;

	setvbuf(stdout, NULL, _IONBF, 0);
	shared = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	if (shared == MAP_FAILED)
		return 1;
	pid = fork_two_threads();
	printf("both threads count: %d\n", both_move(0, 0));
	while (!shared->worker_tid)
		pause_ms(1);

	kill(pid, SIGSTOP);
	wait_and_print("SIGSTOP to the process", pid, WUNTRACED);
	stopped_then_continued(pid);

	syscall(SYS_tgkill, pid, shared->worker_tid, SIGTSTP);
	wait_and_print("SIGTSTP to the worker thread", pid, WUNTRACED);
	stopped_then_continued(pid);

	kill(pid, SIGSTOP);
	wait_and_print("SIGSTOP again", pid, WUNTRACED);
	kill(pid, SIGKILL);
	wait_and_print("  SIGKILL", pid, 0);
	return 0;
}
