/*
 * waitid (kernel/exit.c): P_PID, P_PGID and P_ALL, WEXITED, WNOHANG (every
 * field 0 when nothing has ended) and WNOWAIT (the child can be waited for
 * again), the siginfo of a child that exited (CLD_EXITED and its code) or was
 * killed (CLD_KILLED and the signal), its uid, and the errors.  Also getcpu
 * and sched_getcpu (a CPU and a node, not which), and personality: asking
 * with 0xffffffff, setting, uname's machine under PER_LINUX32, and what fork
 * and execve keep.  Only deterministic facts are printed.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/personality.h>
#include <sys/syscall.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <unistd.h>
#include "errno_names.h"

static const char *result(int r)
{
	return r == 0 ? "0" : errno == ECHILD ? "ECHILD" : errno_name(errno);
}

static const char *code_name(int code)
{
	switch (code) {
	case CLD_EXITED: return "CLD_EXITED";
	case CLD_KILLED: return "CLD_KILLED";
	case CLD_DUMPED: return "CLD_DUMPED";
	case 0: return "0";
	default: return "other";
	}
}

static void print_info(const char *what, int r, const siginfo_t *si, pid_t pid)
{
	printf("%s: %s, signal %d, %s, status %d, si_pid is the child %d, si_uid %u\n", what, result(r),
	       si->si_signo, code_name(si->si_code), si->si_status, si->si_pid == pid, si->si_uid);
}

static pid_t child(int code, int sig, uid_t uid)
{
	pid_t pid = fork();

	if (pid == 0) {
		if (uid)
			setuid(uid);
		if (sig)
			kill(getpid(), sig);
		_exit(code);
	}
	return pid;
}

static void waiting(void)
{
	siginfo_t si;
	pid_t pid, other;
	int r;

	memset(&si, 0, sizeof(si));
	printf("no children: %s\n", result(waitid(P_ALL, 0, &si, WEXITED)));
	printf("no WEXITED, WSTOPPED or WCONTINUED: %s", result(waitid(P_ALL, 0, &si, WNOHANG)));
	printf(", idtype 9: %s", result(waitid((idtype_t)9, 0, &si, WEXITED)));
	printf(", P_PID 0: %s", result(waitid(P_PID, 0, &si, WEXITED)));
	printf(", option 0x100: %s\n", result(waitid(P_ALL, 0, &si, WEXITED | 0x100)));

	pid = child(7, 0, 0);
	usleep(50000);
	r = waitid(P_PID, (id_t)pid, &si, WEXITED | WNOWAIT);
	print_info("exit(7), WNOWAIT", r, &si, pid);
	memset(&si, 0, sizeof(si));
	r = waitid(P_PID, (id_t)pid, &si, WEXITED);
	print_info("  again", r, &si, pid);
	printf("  then waitpid: %s\n", result(waitpid(pid, NULL, 0) < 0 ? -1 : 0));

	pid = child(0, SIGTERM, 40123);
	memset(&si, 0, sizeof(si));
	r = waitid(P_ALL, 0, &si, WEXITED);
	print_info("SIGTERM as uid 40123", r, &si, pid);

	pid = fork();
	if (pid == 0) {
		pause();
		_exit(0);
	}
	memset(&si, 0xff, sizeof(si));
	r = waitid(P_PID, (id_t)pid, &si, WEXITED | WNOHANG);
	print_info("WNOHANG while it runs", r, &si, 0);
	kill(pid, SIGKILL);
	r = waitid(P_PID, (id_t)pid, &si, WEXITED);
	print_info("  SIGKILL", r, &si, pid);

	pid = fork();
	if (pid == 0) {
		setpgid(0, 0);
		usleep(20000);
		_exit(3);
	}
	setpgid(pid, pid);
	other = child(4, 0, 0);
	r = waitid(P_PGID, (id_t)pid, &si, WEXITED);
	print_info("P_PGID of a child's own group", r, &si, pid);
	r = waitid(P_ALL, 0, &si, WEXITED);
	print_info("  P_ALL then", r, &si, other);
}

static void cpu(void)
{
	unsigned int c = 99, node = 99;
	long r = syscall(SYS_getcpu, &c, &node, NULL);

	printf("getcpu: %ld, a CPU %d, a node %d; sched_getcpu >= 0: %d", r, c != 99, node != 99,
	       sched_getcpu() >= 0);
	printf("; to a bad address: %s\n", syscall(SYS_getcpu, (void *)8, NULL, NULL) < 0 ? errno_name(errno) : "0");
}

static void machine(const char *when)
{
	struct utsname u;

	uname(&u);
	printf("%s: uname says %s\n", when, u.machine);
}

static void personalities(const char *self)
{
	int old = personality(0xffffffff), r;
	pid_t pid;
	int status;

	r = personality(PER_LINUX | ADDR_NO_RANDOMIZE);
	printf("personality(ADDR_NO_RANDOMIZE) answers the old one: %d\n", r == old);
	printf("  now %#x, asking again %#x\n", personality(0xffffffff), personality(0xffffffff));
	personality(PER_LINUX32);
	machine("PER_LINUX32");
	personality(PER_LINUX);
	machine("PER_LINUX");
	personality(PER_LINUX | ADDR_NO_RANDOMIZE | READ_IMPLIES_EXEC);
	fflush(stdout);
	pid = fork();
	if (pid == 0) {
		printf("  a child has %#x\n", personality(0xffffffff));
		fflush(stdout);
		execl(self, self, "after-exec", (char *)NULL);
		_exit(1);
	}
	waitpid(pid, &status, 0);
	personality(old);
}

int main(int argc, char **argv)
{
	char self[256];
	ssize_t n;

	if (argc > 1 && strcmp(argv[1], "after-exec") == 0) {
		printf("  after execve: %#x\n", personality(0xffffffff));
		return 0;
	}
	n = readlink("/proc/self/exe", self, sizeof(self) - 1);
	if (n <= 0)
		return 1;
	self[n] = '\0';
	waiting();
	cpu();
	personalities(self);
	return 0;
}
