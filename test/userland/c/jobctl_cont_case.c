/*
 * SIGCONT continues a stopped process whatever its action: a handler then
 * runs, an ignored SIGCONT continues it too.  SIGCONT discards pending stop
 * signals, and a stop signal a pending SIGCONT.  Each child counts in memory
 * shared with the parent, which so sees whether it runs; the children report
 * through a pipe.
 */
#define _GNU_SOURCE
#include <stdlib.h>
#include <sys/mman.h>
#include "jobctl_helpers.h"

static volatile long *counter;
static int report_fd;

static void on_sigcont(int sig)
{
	static const char msg[] = "the SIGCONT handler ran\n";

	(void)sig;
	write(report_fd, msg, sizeof(msg) - 1);
}

/* A child in its own group that counts, with SIGCONT's action set to handler. */
static pid_t fork_counter(void (*handler)(int))
{
	pid_t pid = fork();

	if (pid == 0) {
		setpgid(0, 0);
		signal(SIGCONT, handler);
		for (;;) {
			(*counter)++;
			pause_ms(1);
		}
	}
	setpgid(pid, pid);
	return pid;
}

/* Wait (up to 10 s) until the counter moves past from. */
static int counter_moves(long from)
{
	int i;

	for (i = 0; i < 10000 && *counter == from; i++)
		pause_ms(1);
	return *counter != from;
}

/* Print one line the child wrote to the pipe. */
static void print_report(int fd)
{
	char line[128];
	size_t n = 0;

	while (n < sizeof(line) - 1 && read(fd, line + n, 1) == 1 && line[n] != '\n')
		n++;
	line[n] = '\0';
	printf("  child says: %s\n", line);
}

static void stop_still_continue(const char *what, void (*handler)(int), int fds[2])
{
	pid_t pid;
	long seen;

	*counter = 0;
	pid = fork_counter(handler);
	counter_moves(0);
	printf("%s\n", what);
	kill(pid, SIGSTOP);
	wait_and_print("  SIGSTOP", pid, WUNTRACED);
	seen = *counter;
	pause_ms(50);
	printf("  the counter stays while stopped: %d\n", *counter == seen);
	kill(pid, SIGCONT);
	if (handler == on_sigcont)
		print_report(fds[0]);
	wait_and_print("  SIGCONT", pid, WCONTINUED);
	printf("  the counter moves again: %d\n", counter_moves(seen));
	kill(pid, SIGKILL);
	wait_and_print("  SIGKILL", pid, 0);
}

/* Which of SIGTSTP, SIGTTOU and SIGCONT the child has pending, all blocked. */
static void report_pending(void)
{
	char msg[96];
	sigset_t set;

	sigpending(&set);
	snprintf(msg, sizeof(msg), "pending SIGTSTP %d, SIGTTOU %d, SIGCONT %d\n", sigismember(&set, SIGTSTP),
		 sigismember(&set, SIGTTOU), sigismember(&set, SIGCONT));
	write(report_fd, msg, strlen(msg));
}

/*
 * The child blocks SIGTSTP, SIGTTOU and SIGCONT and says what is pending whenever
 * the parent writes a byte; the parent sends signals in between.
 */
static void discarding(int fds[2], int go[2])
{
	sigset_t set;
	pid_t pid;
	char c;

	pid = fork();
	if (pid == 0) {
		sigemptyset(&set);
		sigaddset(&set, SIGTSTP);
		sigaddset(&set, SIGTTOU);
		sigaddset(&set, SIGCONT);
		sigprocmask(SIG_BLOCK, &set, NULL);
		setpgid(0, 0);
		while (read(go[0], &c, 1) == 1)
			report_pending();
		_exit(0);
	}
	setpgid(pid, pid);
	printf("blocked SIGTSTP, SIGTTOU and SIGCONT\n");
	write(go[1], "x", 1);
	print_report(fds[0]);
	kill(pid, SIGTSTP);
	write(go[1], "x", 1);
	printf("after SIGTSTP:\n");
	print_report(fds[0]);
	kill(pid, SIGCONT);
	write(go[1], "x", 1);
	printf("after SIGCONT:\n");
	print_report(fds[0]);
	kill(pid, SIGTTOU);
	write(go[1], "x", 1);
	printf("after SIGTTOU:\n");
	print_report(fds[0]);
	kill(pid, SIGKILL);
	wait_and_print("SIGKILL", pid, 0);
}

int main(void)
{
	int fds[2], go[2];

	setvbuf(stdout, NULL, _IONBF, 0);
	counter = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	if (counter == MAP_FAILED || pipe(fds) || pipe(go))
		return 1;
	report_fd = fds[1];
	stop_still_continue("SIGCONT at its default", SIG_DFL, fds);
	stop_still_continue("SIGCONT handled", on_sigcont, fds);
	stop_still_continue("SIGCONT ignored", SIG_IGN, fds);
	discarding(fds, go);
	return 0;
}
