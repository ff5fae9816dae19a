/*
 * The scheduler calls of operating-systems exercises: policies and priorities
 * (sched_setscheduler, sched_getscheduler, sched_setparam, sched_getparam, their
 * limits and errors, inheritance by fork and SCHED_RESET_ON_FORK), the RR time
 * slice, CPU affinity and the CPU_* macros.  It prints only what is the same on a
 * host of many CPUs and on the emulator's one: CPU 0 is there, and a mask of CPU 0
 * alone is accepted.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <sched.h>
#include <stdio.h>
#include <string.h>
#include <sys/sysinfo.h>
#include <sys/wait.h>
#include <unistd.h>

static const char *result(long r)
{
	if (r != -1)
		return "ok";
	switch (errno) {
	case EINVAL: return "EINVAL";
	case ESRCH: return "ESRCH";
	case EPERM: return "EPERM";
	case EFAULT: return "EFAULT";
	default: return strerror(errno);
	}
}

static void print_policy(const char *when, pid_t pid)
{
	struct sched_param sp = { -1 };
	int policy = sched_getscheduler(pid);

	sched_getparam(pid, &sp);
	printf("%s: policy %#x, priority %d\n", when, policy, sp.sched_priority);
}

static void set(const char *what, int policy, int priority)
{
	struct sched_param sp = { priority };

	printf("%s: %s\n", what, result(sched_setscheduler(0, policy, &sp)));
}

static void limits(void)
{
	static const int policies[] = { SCHED_OTHER, SCHED_FIFO, SCHED_RR, SCHED_BATCH, SCHED_IDLE, 4, -1 };
	unsigned i;

	for (i = 0; i < sizeof(policies) / sizeof(policies[0]); i++) {
		int max = sched_get_priority_max(policies[i]);
		const char *max_result = result(max);
		int min = sched_get_priority_min(policies[i]);

		printf("policy %d: max %d (%s), min %d (%s)\n", policies[i], max, max_result, min, result(min));
	}
}

static void in_child(const char *what)
{
	if (fork() == 0) {
		print_policy(what, 0);
		_exit(0);
	}
	wait(NULL);
}

static void policies(void)
{
	struct sched_param sp = { 20 };
	struct timespec ts;
	pid_t gone;

	print_policy("at start", 0);
	set("FIFO 10", SCHED_FIFO, 10);
	print_policy("now", 0);
	printf("sched_setparam 20: %s\n", result(sched_setparam(0, &sp)));
	print_policy("now", getpid());
	in_child("a forked child");
	printf("FIFO interval: %s", result(sched_rr_get_interval(0, &ts)));
	printf(" %ld.%09ld\n", (long)ts.tv_sec, ts.tv_nsec);
	set("FIFO 0", SCHED_FIFO, 0);
	set("FIFO 100", SCHED_FIFO, 100);
	set("OTHER 5", SCHED_OTHER, 5);
	set("policy 4", 4, 0);
	set("policy -1", -1, 0);
	set("RR 99 | SCHED_RESET_ON_FORK", SCHED_RR | SCHED_RESET_ON_FORK, 99);
	print_policy("now", 0);
	printf("RR interval: %s", result(sched_rr_get_interval(0, &ts)));
	printf(" %ld.%09ld\n", (long)ts.tv_sec, ts.tv_nsec);
	in_child("a forked child");
	set("BATCH", SCHED_BATCH, 0);
	print_policy("now", 0);
	set("IDLE", SCHED_IDLE, 0);
	print_policy("now", 0);
	set("OTHER", SCHED_OTHER, 0);
	print_policy("now", 0);
	sp.sched_priority = 1;
	printf("sched_setparam 1 under OTHER: %s\n", result(sched_setparam(0, &sp)));
	printf("pid -1: %s, NULL param: %s\n", result(sched_setscheduler(-1, SCHED_OTHER, &sp)),
	       result(sched_getparam(0, NULL)));
	gone = fork();
	if (gone == 0)
		_exit(0);
	waitpid(gone, NULL, 0);
	printf("a reaped pid: %s, %s\n", result(sched_getscheduler(gone)), result(sched_rr_get_interval(gone, &ts)));
}

static void affinity(void)
{
	cpu_set_t set;

	printf("sizeof(cpu_set_t) %zu, CPU_SETSIZE %d\n", sizeof(cpu_set_t), CPU_SETSIZE);
	CPU_ZERO(&set);
	CPU_SET(5, &set);
	CPU_SET(100, &set);
	CPU_SET(2000, &set);	/* past the set: ignored */
	printf("CPU_SET 5, 100: count %d, 100 set %d, 6 set %d\n", CPU_COUNT(&set), CPU_ISSET(100, &set) != 0,
	       CPU_ISSET(6, &set) != 0);
	CPU_CLR(5, &set);
	printf("CPU_CLR 5: count %d\n", CPU_COUNT(&set));
	memset(&set, 0xff, sizeof(set));
	printf("sched_getaffinity: %s", result(sched_getaffinity(0, sizeof(set), &set)));
	printf(", CPU 0 %d, at least one %d, CPU 1023 %d\n", CPU_ISSET(0, &set) != 0, CPU_COUNT(&set) >= 1,
	       CPU_ISSET(1023, &set) != 0);
	printf("get_nprocs() == sysconf(_SC_NPROCESSORS_ONLN): %d, >= 1: %d, conf >= online: %d\n",
	       get_nprocs() == sysconf(_SC_NPROCESSORS_ONLN), get_nprocs() >= 1, get_nprocs_conf() >= get_nprocs());
	CPU_ZERO(&set);
	CPU_SET(0, &set);
	printf("sched_setaffinity to CPU 0: %s\n", result(sched_setaffinity(0, sizeof(set), &set)));
	memset(&set, 0xff, sizeof(set));
	sched_getaffinity(0, sizeof(set), &set);
	printf("now: count %d, CPU 0 %d\n", CPU_COUNT(&set), CPU_ISSET(0, &set) != 0);
	CPU_ZERO(&set);
	printf("an empty mask: %s\n", result(sched_setaffinity(0, sizeof(set), &set)));
	CPU_SET(1023, &set);
	printf("CPU 1023 alone: %s\n", result(sched_setaffinity(0, sizeof(set), &set)));
	printf("getaffinity into 0 bytes: %s, 4 bytes: %s, 12 bytes: %s\n", result(sched_getaffinity(0, 0, &set)),
	       result(sched_getaffinity(0, 4, &set)), result(sched_getaffinity(0, 12, &set)));
	printf("getaffinity of pid -1: %s\n", result(sched_getaffinity(-1, sizeof(set), &set)));
}

int main(void)
{
	setvbuf(stdout, NULL, _IONBF, 0);
	limits();
	policies();
	affinity();
	return 0;
}
