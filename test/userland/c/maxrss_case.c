/*
 * The peak resident set, as Linux keeps it: getrusage's ru_maxrss (KiB) and
 * /proc/self/status's VmHWM grow as memory is touched and never shrink when it
 * is unmapped, VmPeak likewise for the address space's size; a reaped child's
 * peak is RUSAGE_CHILDREN's and its wait4 rusage's, a thread's RUSAGE_THREAD
 * is its process's, and a peak before execve stays the new program's
 * ru_maxrss although its own VmHWM starts afresh.  Also the switch counts of
 * /proc/self/status.  Only comparisons are printed: amounts differ from
 * machine to machine (and ru_maxrss natively counts the parent's memory a
 * forked child started with).  Newer Linux kernels count resident pages per
 * CPU and sum them approximately, so VmHWM, VmRSS and ru_maxrss are compared
 * within SLACK of each other.
 */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#define MIB 1024L		/* in KiB, the unit of VmHWM and ru_maxrss */
#define SLACK MIB

/* A "Name:   N kB" line of /proc/self/status: N, or -1. */
static long status_field(const char *name)
{
	char line[256];
	size_t len = strlen(name);
	long value = -1;
	FILE *f = fopen("/proc/self/status", "r");

	while (f && fgets(line, sizeof(line), f))
		if (strncmp(line, name, len) == 0 && line[len] == ':')
			value = atol(line + len + 1);
	if (f)
		fclose(f);
	return value;
}

static long maxrss(int who)
{
	struct rusage ru;

	getrusage(who, &ru);
	return ru.ru_maxrss;
}

/* mib MiB of fresh memory, every page touched. */
static char *touch_new(long mib)
{
	char *p = mmap(NULL, mib * MIB * 1024, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	long i;

	for (i = 0; i < mib * MIB * 1024; i += 4096)
		p[i] = 1;
	return p;
}

/* The program again after execve: what it inherited of the peak. */
static int after_exec(long peak_before)
{
	printf("after execve: ru_maxrss >= the peak before it: %d, VmHWM below it: %d\n",
	       maxrss(RUSAGE_SELF) >= peak_before, status_field("VmHWM") < peak_before);
	return 0;
}

static void parent_and_self(void)
{
	long hwm = status_field("VmHWM"), peak = status_field("VmPeak");
	long rss, size;
	char *p;

	printf("ru_maxrss > 0: %d, >= VmHWM: %d, VmHWM >= VmRSS: %d, VmPeak >= VmSize: %d\n",
	       maxrss(RUSAGE_SELF) > 0, maxrss(RUSAGE_SELF) + SLACK >= hwm,
	       hwm + SLACK >= status_field("VmRSS"), peak >= status_field("VmSize"));
	p = touch_new(16);
	rss = status_field("VmRSS");
	size = status_field("VmSize");
	printf("16 MiB touched: VmHWM up by 16 MiB: %d, ru_maxrss >= VmHWM: %d, VmPeak up by 16 MiB: %d\n",
	       status_field("VmHWM") + SLACK >= hwm + 16 * MIB,
	       maxrss(RUSAGE_SELF) + SLACK >= status_field("VmHWM"),
	       status_field("VmPeak") >= peak + 16 * MIB);
	hwm = status_field("VmHWM");
	peak = status_field("VmPeak");
	munmap(p, 16 * MIB * 1024);
	printf("unmapped: VmRSS down by 16 MiB: %d, VmSize too: %d, VmHWM kept: %d, VmPeak kept: %d, ru_maxrss kept: %d\n",
	       status_field("VmRSS") <= rss - 16 * MIB + SLACK, status_field("VmSize") <= size - 16 * MIB,
	       labs(status_field("VmHWM") - hwm) <= SLACK, status_field("VmPeak") == peak,
	       maxrss(RUSAGE_SELF) + SLACK >= hwm);
	printf("RUSAGE_THREAD's ru_maxrss is RUSAGE_SELF's: %d\n", maxrss(RUSAGE_THREAD) == maxrss(RUSAGE_SELF));
}

static void children(const char *self)
{
	struct rusage ru;
	char peak[32];
	pid_t pid;
	int i;

	printf("RUSAGE_CHILDREN before any child: %ld\n", maxrss(RUSAGE_CHILDREN));
	fflush(stdout);
	pid = fork();
	if (pid == 0) {
		touch_new(32);
		_exit(0);
	}
	wait4(pid, NULL, 0, &ru);
	/*
	 * A recent host kernel counts resident pages per CPU and folds them in
	 * batches, so its peak may miss the last few hundred KiB: 1 MiB of slack.
	 */
	printf("a child that touched 32 MiB: wait4's ru_maxrss >= 31 MiB: %d, RUSAGE_CHILDREN's: %d\n",
	       ru.ru_maxrss >= 31 * MIB, maxrss(RUSAGE_CHILDREN) >= 31 * MIB);
	fflush(stdout);
	pid = fork();
	if (pid == 0) {
		touch_new(48);
		snprintf(peak, sizeof(peak), "%ld", maxrss(RUSAGE_SELF));
		execl(self, self, "after-exec", peak, (char *)NULL);
		_exit(1);
	}
	waitpid(pid, NULL, 0);
	/* The same slack: one run on a loaded host saw 1 here for glibc and 0 for our libc. */
	printf("RUSAGE_CHILDREN after it: >= 47 MiB: %d\n", maxrss(RUSAGE_CHILDREN) >= 47 * MIB);
	for (i = 0; i < 5; i++)
		usleep(1000);
	printf("5 sleeps: voluntary_ctxt_switches >= 5: %d, nonvoluntary_ctxt_switches shown: %d\n",
	       status_field("voluntary_ctxt_switches") >= 5, status_field("nonvoluntary_ctxt_switches") >= 0);
}

int main(int argc, char **argv)
{
	char self[256];
	ssize_t n;

	if (argc > 2 && strcmp(argv[1], "after-exec") == 0)
		return after_exec(atol(argv[2]));
	n = readlink("/proc/self/exe", self, sizeof(self) - 1);
	if (n <= 0)
		return 1;
	self[n] = '\0';
	parent_and_self();
	children(self);
	return 0;
}
