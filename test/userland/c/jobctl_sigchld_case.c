/*
 * What a parent hears of its child's stops and continues: SIGCHLD with
 * si_code CLD_STOPPED (si_status the stop signal) or CLD_CONTINUED
 * (si_status SIGCONT), none of either once its SIGCHLD action has
 * SA_NOCLDSTOP, but CLD_KILLED still.  SIGCHLD is blocked and taken with
 * sigtimedwait, so the order is the kernel's, not the scheduler's.
 */
#define _GNU_SOURCE
#include <errno.h>
#include "jobctl_helpers.h"

static void on_sigchld(int sig)
{
	(void)sig;
}

static void set_sigchld_flags(int flags)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_sigchld;
	sa.sa_flags = flags;
	sigaction(SIGCHLD, &sa, NULL);
}

/* The next SIGCHLD within timeout_ms, described. */
static void next_sigchld(const char *what, pid_t pid, long timeout_ms)
{
	struct timespec ts = { timeout_ms / 1000, (timeout_ms % 1000) * 1000000L };
	sigset_t set;
	siginfo_t si;
	int sig;

	sigemptyset(&set);
	sigaddset(&set, SIGCHLD);
	memset(&si, 0, sizeof(si));
	sig = sigtimedwait(&set, &si, &ts);
	if (sig < 0) {
		printf("%s: no SIGCHLD (%s)\n", what, errno == EAGAIN ? "EAGAIN" : "other error");
		return;
	}
	printf("%s: signal %d, %s, si_status %d, si_pid is the child %d\n", what, sig, cld_name(si.si_code),
	       si.si_status, si.si_pid == pid);
}

int main(void)
{
	sigset_t set;
	pid_t pid;

	setvbuf(stdout, NULL, _IONBF, 0);
	sigemptyset(&set);
	sigaddset(&set, SIGCHLD);
	sigprocmask(SIG_BLOCK, &set, NULL);
	set_sigchld_flags(0);
	pid = fork_pauser();

	kill(pid, SIGSTOP);
	next_sigchld("SIGSTOP", pid, 5000);
	wait_and_print("  waitpid WUNTRACED", pid, WUNTRACED);
	kill(pid, SIGCONT);
	next_sigchld("SIGCONT", pid, 5000);
	wait_and_print("  waitpid WCONTINUED", pid, WCONTINUED);
	kill(pid, SIGTSTP);
	next_sigchld("SIGTSTP", pid, 5000);
	kill(pid, SIGCONT);
	next_sigchld("SIGCONT", pid, 5000);

	set_sigchld_flags(SA_NOCLDSTOP);
	kill(pid, SIGSTOP);
	wait_and_print("SA_NOCLDSTOP, SIGSTOP, waitpid WUNTRACED", pid, WUNTRACED);
	next_sigchld("  then", pid, 200);
	kill(pid, SIGCONT);
	wait_and_print("  SIGCONT, waitpid WCONTINUED", pid, WCONTINUED);
	next_sigchld("  then", pid, 200);
	kill(pid, SIGKILL);
	next_sigchld("  SIGKILL", pid, 5000);
	wait_and_print("  waitpid", pid, 0);
	return 0;
}
