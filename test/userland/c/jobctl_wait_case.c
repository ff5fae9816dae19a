/*
 * Job control as wait sees it: a child stopped by SIGSTOP or SIGTSTP is
 * reported once to waitpid(WUNTRACED) (status sig << 8 | 0x7f), and a
 * SIGCONT once to WCONTINUED (0xffff); /proc shows it stopped ('T'); a stop
 * signal for a stopped child is no new report; SIGKILL kills a stopped child;
 * waitid(WSTOPPED | WNOWAIT) leaves the stop to be reported again, and
 * WCONTINUED gives CLD_CONTINUED with si_status SIGCONT.
 */
#define _GNU_SOURCE
#include "jobctl_helpers.h"

static void stop_and_continue(pid_t pid, int sig)
{
	char name[64], state[64];

	snprintf(name, sizeof(name), "signal %d, waitpid WUNTRACED", sig);
	kill(pid, sig);
	wait_and_print(name, pid, WUNTRACED);
	proc_status_state(pid, state, sizeof(state));
	printf("  /proc stat state %c, status State: %s\n", proc_state(pid), state);
	wait_and_print("  again, WUNTRACED | WNOHANG", pid, WUNTRACED | WNOHANG);
	wait_and_print("  without WUNTRACED, WNOHANG", pid, WNOHANG);
	kill(pid, SIGTTIN);
	wait_and_print("  SIGTTIN while stopped, WUNTRACED | WNOHANG", pid, WUNTRACED | WNOHANG);
	kill(pid, SIGCONT);
	wait_and_print("  SIGCONT, waitpid WCONTINUED", pid, WCONTINUED);
	wait_and_print("  again, WCONTINUED | WNOHANG", pid, WCONTINUED | WNOHANG);
	wait_and_print("  a continue is no stop: WUNTRACED | WNOHANG", pid, WUNTRACED | WNOHANG);
}

static void kill_stopped(void)
{
	pid_t pid = fork_pauser();

	kill(pid, SIGSTOP);
	wait_and_print("SIGSTOP", pid, WUNTRACED);
	kill(pid, SIGKILL);
	wait_and_print("  SIGKILL of the stopped child, waitpid", pid, 0);
}

static void print_waitid(const char *what, int r, const siginfo_t *si, pid_t pid)
{
	printf("%s: %d, signal %d, %s, status %d, si_pid is the child %d\n", what, r, si->si_signo,
	       cld_name(si->si_code), si->si_status, si->si_pid == pid);
}

static void waitid_reports(void)
{
	pid_t pid = fork_pauser();
	siginfo_t si;
	int r;

	kill(pid, SIGSTOP);
	memset(&si, 0, sizeof(si));
	r = waitid(P_PID, pid, &si, WSTOPPED | WNOWAIT);
	print_waitid("SIGSTOP, waitid WSTOPPED | WNOWAIT", r, &si, pid);
	memset(&si, 0, sizeof(si));
	r = waitid(P_PID, pid, &si, WSTOPPED);
	print_waitid("  again, WSTOPPED", r, &si, pid);
	memset(&si, 0xff, sizeof(si));
	r = waitid(P_PID, pid, &si, WSTOPPED | WNOHANG);
	print_waitid("  again, WSTOPPED | WNOHANG (si_pid 0)", r, &si, 0);
	wait_and_print("  waitpid WUNTRACED | WNOHANG", pid, WUNTRACED | WNOHANG);
	kill(pid, SIGCONT);
	memset(&si, 0, sizeof(si));
	r = waitid(P_PID, pid, &si, WCONTINUED | WNOWAIT);
	print_waitid("  SIGCONT, waitid WCONTINUED | WNOWAIT", r, &si, pid);
	memset(&si, 0, sizeof(si));
	r = waitid(P_PID, pid, &si, WCONTINUED | WSTOPPED);
	print_waitid("  again, WCONTINUED | WSTOPPED", r, &si, pid);
	kill(pid, SIGTERM);
	memset(&si, 0, sizeof(si));
	r = waitid(P_PID, pid, &si, WEXITED | WSTOPPED | WCONTINUED);
	print_waitid("  SIGTERM, WEXITED | WSTOPPED | WCONTINUED", r, &si, pid);
}

int main(void)
{
	pid_t pid = fork_pauser();

	setvbuf(stdout, NULL, _IONBF, 0);
	stop_and_continue(pid, SIGSTOP);
	stop_and_continue(pid, SIGTSTP);
	kill(pid, SIGTERM);
	wait_and_print("SIGTERM, waitpid", pid, 0);
	kill_stopped();
	waitid_reports();
	return 0;
}
