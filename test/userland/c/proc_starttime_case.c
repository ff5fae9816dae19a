/*
 * When processes and threads started, as /proc/PID/stat's field 22 says
 * (starttime: clock ticks since boot, 100 a second): not after /proc/uptime's
 * now, not before the parent's, later by the time slept before a fork or a
 * pthread_create (a thread has its own in /proc/self/task/TID/stat, the
 * process keeps its leader's), kept across execve and by a zombie.  Only
 * comparisons are printed.
 */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

/* Field 22 of a stat file (the fields after "(comm)" start at 3), or -1. */
static long long starttime_of(const char *path)
{
	char buf[1024], *p;
	long long value = -1;
	FILE *f = fopen(path, "r");
	int field;

	if (!f)
		return -1;
	if (fgets(buf, sizeof(buf), f) && (p = strrchr(buf, ')')) != NULL) {
		for (field = 2; field < 22 && p; field++)
			p = strchr(p + 1, ' ');
		if (p)
			value = atoll(p + 1);
	}
	fclose(f);
	return value;
}

static long long starttime_of_pid(pid_t pid)
{
	char path[64];

	snprintf(path, sizeof(path), "/proc/%d/stat", (int)pid);
	return starttime_of(path);
}

/* /proc/uptime in clock ticks (read as integers: 0.29 * 100 is 28.999... in a double). */
static long long uptime_ticks(void)
{
	long long seconds = 0, hundredths = 0;
	FILE *f = fopen("/proc/uptime", "r");

	if (f) {
		if (fscanf(f, "%lld.%lld", &seconds, &hundredths) != 2)
			seconds = hundredths = 0;
		fclose(f);
	}
	return seconds * 100 + hundredths;
}

/* Field 3 of the process's stat file: its state letter. */
static char state_of(pid_t pid)
{
	char path[64], buf[1024], *p;
	FILE *f;

	snprintf(path, sizeof(path), "/proc/%d/stat", (int)pid);
	f = fopen(path, "r");
	buf[0] = '\0';
	if (f) {
		if (!fgets(buf, sizeof(buf), f))
			buf[0] = '\0';
		fclose(f);
	}
	p = strrchr(buf, ')');
	return p && p[1] ? p[2] : '?';
}

static long long thread_start;

static void *thread_main(void *unused)
{
	char path[64];

	(void)unused;
	snprintf(path, sizeof(path), "/proc/self/task/%ld/stat", (long)syscall(SYS_gettid));
	thread_start = starttime_of(path);
	return NULL;
}

static void threads(long long self)
{
	pthread_t t;

	usleep(200000);
	pthread_create(&t, NULL, thread_main, NULL);
	pthread_join(t, NULL);
	printf("a thread made 200 ms later: its own starttime 20 ticks later or more: %d\n",
	       thread_start >= self + 20 && thread_start <= uptime_ticks());
	printf("  the process's is still the leader's: %d\n", starttime_of("/proc/self/stat") == self);
}

/* A child made 300 ms after us, which then runs this program again. */
static void children(const char *exe, long long self)
{
	int go[2];
	char arg[32], c;
	long long child;
	pid_t pid;

	pipe(go);
	usleep(300000);
	fflush(stdout);
	pid = fork();
	if (pid == 0) {
		read(go[0], &c, 1);
		snprintf(arg, sizeof(arg), "%lld", starttime_of("/proc/self/stat"));
		execl(exe, exe, "after-exec", arg, (char *)NULL);
		_exit(1);
	}
	child = starttime_of_pid(pid);
	printf("a child forked 300 ms later: starts 30 ticks later or more: %d, not after now: %d\n",
	       child >= self + 30, child <= uptime_ticks());
	fflush(stdout);
	write(go[1], "g", 1);
	while (state_of(pid) != 'Z')
		usleep(10000);
	printf("  a zombie keeps it: %d\n", starttime_of_pid(pid) == child);
	waitpid(pid, NULL, 0);
}

int main(int argc, char **argv)
{
	long long self = starttime_of("/proc/self/stat"), now = uptime_ticks();
	char exe[256];
	ssize_t n;

	if (argc > 2 && strcmp(argv[1], "after-exec") == 0) {
		printf("  after execve it is the same: %d\n", self == atoll(argv[2]));
		return 0;
	}
	printf("starttime: not after now: %d, within 10 s of it: %d, not before the parent's: %d\n",
	       self <= now, now - self < 1000, starttime_of_pid(getppid()) <= self);
	n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
	if (n <= 0)
		return 1;
	exe[n] = '\0';
	children(exe, self);
	threads(self);
	return 0;
}
