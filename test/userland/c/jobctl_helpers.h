/*
 * What the job-control cases share: a child that waits in its own process
 * group, how wait described it, and its state as /proc shows it.  Included
 * by each case, which is one program of its own.  The child has a group of
 * its own so that the group is never orphaned, wherever the test runs.
 */
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static void pause_ms(long ms)
{
	struct timespec ts = { ms / 1000, (ms % 1000) * 1000000L };

	nanosleep(&ts, NULL);
}

/* A child in its own process group that pauses until a signal ends it. */
static pid_t fork_pauser(void)
{
	pid_t pid = fork();

	if (pid == 0) {
		setpgid(0, 0);
		for (;;)
			pause();
	}
	setpgid(pid, pid);	/* both set it, so it is done whoever runs first */
	return pid;
}

/* What a wait status says, in words (no pids: r is compared with the child's). */
static void print_status(const char *what, pid_t r, pid_t pid, int status)
{
	printf("%s: ", what);
	if (r != pid)
		printf("returned %s\n", r == 0 ? "0" : r < 0 ? "-1" : "another pid");
	else if (WIFSTOPPED(status))
		printf("stopped by signal %d\n", WSTOPSIG(status));
	else if (WIFCONTINUED(status))
		printf("continued (status 0x%x)\n", status);
	else if (WIFSIGNALED(status))
		printf("killed by signal %d\n", WTERMSIG(status));
	else
		printf("exited %d\n", WEXITSTATUS(status));
}

/* waitpid(pid, options), and what it says. */
static void wait_and_print(const char *what, pid_t pid, int options)
{
	int status = 0;
	pid_t r = waitpid(pid, &status, options);

	print_status(what, r, pid, status);
}

static const char *cld_name(int code)
{
	switch (code) {
	case CLD_EXITED: return "CLD_EXITED";
	case CLD_KILLED: return "CLD_KILLED";
	case CLD_DUMPED: return "CLD_DUMPED";
	case CLD_TRAPPED: return "CLD_TRAPPED";
	case CLD_STOPPED: return "CLD_STOPPED";
	case CLD_CONTINUED: return "CLD_CONTINUED";
	case 0: return "0";
	default: return "other";
	}
}

/* The state letter of /proc/PID/stat (or of a thread's, path /proc/PID/task/TID/stat). */
static char stat_state(const char *path)
{
	char buf[512], *paren;
	FILE *f = fopen(path, "r");
	size_t n;

	if (!f)
		return '?';
	n = fread(buf, 1, sizeof(buf) - 1, f);
	fclose(f);
	buf[n] = '\0';
	paren = strrchr(buf, ')');
	return paren && paren[1] == ' ' ? paren[2] : '?';
}

static char proc_state(pid_t pid)
{
	char path[64];

	snprintf(path, sizeof(path), "/proc/%d/stat", (int)pid);
	return stat_state(path);
}

/* The State: line of /proc/PID/status, without its name. */
static void proc_status_state(pid_t pid, char *out, size_t size)
{
	char path[64], line[256];
	FILE *f;

	snprintf(path, sizeof(path), "/proc/%d/status", (int)pid);
	snprintf(out, size, "?");
	f = fopen(path, "r");
	if (!f)
		return;
	while (fgets(line, sizeof(line), f))
		if (strncmp(line, "State:\t", 7) == 0) {
			line[strcspn(line, "\n")] = '\0';
			snprintf(out, size, "%s", line + 7);
		}
	fclose(f);
}
