/*
 * User and group ids as Linux's kernel/sys.c changes them: getresuid and
 * getresgid, setresuid/setresgid, setreuid/setregid, setuid/setgid,
 * seteuid, setfsuid/setfsgid (which answer the old id), /proc/self/status's
 * Uid and Gid lines, the ids inherited by fork and reset by execve (the
 * saved ids become the effective ones), and the privileges that follow the
 * uids: root that keeps uid 0 only as its saved uid may take it back; one
 * that gives it up everywhere may not.  kill needs a shared uid.  Each part
 * runs in a child that starts as root.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/fsuid.h>
#include <sys/wait.h>
#include <unistd.h>
#include "errno_names.h"

static const char *result(int r)
{
	return r == 0 ? "ok" : errno == ESRCH ? "ESRCH" : errno_name(errno);
}

static void print_ids(const char *when)
{
	uid_t r, e, s;
	gid_t gr, ge, gs;

	getresuid(&r, &e, &s);
	getresgid(&gr, &ge, &gs);
	printf("%s: uids %u %u %u, gids %u %u %u\n", when, r, e, s, gr, ge, gs);
}

/* The Uid: and Gid: lines of /proc/self/status, on one line. */
static void print_status_ids(void)
{
	char text[4096], *uid, *gid, *end;
	int fd = open("/proc/self/status", O_RDONLY);
	long n = read(fd, text, sizeof(text) - 1);

	close(fd);
	text[n > 0 ? n : 0] = '\0';
	uid = strstr(text, "Uid:");
	gid = strstr(text, "Gid:");
	if (!uid || !gid)
		return;
	*strchr(uid, '\n') = '\0';
	end = strchr(gid, '\n');
	*end = '\0';
	printf("  /proc/self/status: %s | %s\n", uid, gid);
}

static void in_child(void (*part)(void))
{
	pid_t pid;
	int status;

	fflush(stdout);
	pid = fork();
	if (pid == 0) {
		part();
		fflush(stdout);
		_exit(0);
	}
	waitpid(pid, &status, 0);
}

static void res_calls(void)
{
	int r;

	print_ids("root");
	r = setresgid(100, 200, 300);
	printf("setresgid(100, 200, 300): %s\n", result(r));
	r = setresuid(1000, 2000, 0);
	printf("setresuid(1000, 2000, 0): %s\n", result(r));
	print_ids("now");
	print_status_ids();
	printf("setfsgid(555) answers %d", setfsgid(555));
	printf(", then %d\n", setfsgid(555));
	printf("setfsuid(1000) answers %d", setfsuid(1000));
	printf(", setfsuid(4242) %d", setfsuid(4242));
	printf(", then %d\n", setfsuid(-1));
	print_status_ids();
	printf("effective uid 2000: setuid(3000): %s", result(setuid(3000)));
	printf(", setresuid(-1, -1, 7): %s", result(setresuid(-1, -1, 7)));
	printf(", setresuid(2000, 0, 1000): %s\n", result(setresuid(2000, 0, 1000)));
	print_ids("  then");
	printf("back to effective uid 0, root again: setuid(3000): %s\n", result(setuid(3000)));
	print_ids("  then");
	printf("uid 0 given up: setuid(0): %s", result(setuid(0)));
	printf(", seteuid(0): %s", result(seteuid(0)));
	printf(", setresuid(-1, 0, -1): %s\n", result(setresuid(-1, 0, -1)));
	printf("gids without the privilege: setgid(0): %s", result(setgid(0)));
	printf(", setgid(300): %s", result(setgid(300)));
	printf(", setregid(-1, 100): %s", result(setregid(-1, 100)));
	printf(", setgroups(0, NULL): %s\n", result(setgroups(0, NULL)));
	print_ids("  then");
	print_status_ids();
}

static void re_calls(void)
{
	printf("setreuid(1000, 2000): %s\n", result(setreuid(1000, 2000)));
	print_ids("  then");
	printf("swap them: setreuid(2000, 1000): %s\n", result(setreuid(2000, 1000)));
	print_ids("  then");
	printf("setreuid(-1, 2000) as 2000 1000 1000: %s\n", result(setreuid(-1, 2000)));
	print_ids("  then");
	printf("setreuid(0, -1): %s\n", result(setreuid(0, -1)));
}

static void effective_only(void)
{
	printf("seteuid(1000): %s\n", result(seteuid(1000)));
	print_ids("  then");
	printf("setegid(50): %s\n", result(setegid(50)));
	print_ids("  then");
	printf("setuid(-1): %s", result(setuid(-1)));
	printf(", setgid(-1): %s\n", result(setgid(-1)));
}

/* fork keeps every id; execve makes the saved ids the effective ones. */
static char self[256];

static void across_exec(void)
{
	pid_t pid;
	int status;

	setresgid(10, 20, 30);
	setresuid(1000, 0, 1000);	/* effective root: the program stays readable in a private directory */
	fflush(stdout);
	pid = fork();
	if (pid == 0) {
		print_ids("a child");
		fflush(stdout);
		execl(self, self, "after-exec", (char *)NULL);
		_exit(1);
	}
	waitpid(pid, &status, 0);
}

/* kill: a process of another user is refused (EPERM), even for signal 0. */
static void kill_permission(void)
{
	pid_t parent = getppid(), pid;
	int status;

	setuid(3000);
	printf("uid 3000: kill(root's process, 0): %s", result(kill(parent, 0)));
	printf(", kill(root's, SIGCONT): %s\n", result(kill(parent, SIGCONT)));
	fflush(stdout);
	pid = fork();
	if (pid == 0) {
		pause();
		_exit(0);
	}
	printf("  its own child: kill(child, SIGKILL): %s\n", result(kill(pid, SIGKILL)));
	waitpid(pid, &status, 0);
	printf("  kill of a process that is gone: %s\n", result(kill(pid, 0)));
}

int main(int argc, char **argv)
{
	ssize_t n;

	if (argc > 1 && strcmp(argv[1], "after-exec") == 0) {
		print_ids("after execve");
		return 0;
	}
	n = readlink("/proc/self/exe", self, sizeof(self) - 1);
	if (n <= 0)
		return 1;
	self[n] = '\0';
	in_child(res_calls);
	in_child(re_calls);
	in_child(effective_only);
	in_child(across_exec);
	in_child(kill_permission);
	return 0;
}
