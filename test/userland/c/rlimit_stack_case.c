/*
 * RLIMIT_STACK bounds the main stack: a recursion that needs more than the soft
 * limit gets SIGSEGV, one that fits returns; setrlimit applies at once, to the
 * stack's growth from then on.
 */
#include <signal.h>
#include <stdio.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

/* Each level holds about 4 KiB of the stack. */
static int recurse(int n)
{
	volatile char pad[4000];

	pad[0] = (char)n;
	pad[sizeof pad - 1] = 1;
	return n == 0 ? 0 : recurse(n - 1) + pad[0] - (char)n;
}

static void run(const char *limit_name, rlim_t limit, int levels)
{
	int status;
	pid_t pid;

	fflush(stdout);
	pid = fork();
	if (pid == 0) {
		struct rlimit r;

		getrlimit(RLIMIT_STACK, &r);
		r.rlim_cur = limit;
		setrlimit(RLIMIT_STACK, &r);
		_exit(recurse(levels));
	}
	waitpid(pid, &status, 0);
	printf("limit %s, %d levels of 4 KiB: ", limit_name, levels);
	if (WIFSIGNALED(status))
		printf("killed by %s\n", WTERMSIG(status) == SIGSEGV ? "SIGSEGV" : "another signal");
	else
		printf("exit %d\n", WEXITSTATUS(status));
}

int main(void)
{
	run("256 KiB", 256 << 10, 30);
	run("256 KiB", 256 << 10, 100);
	run("1 MiB", 1 << 20, 100);
	run("1 MiB", 1 << 20, 400);
	run("4 MiB", 4 << 20, 600);
	return 0;
}
