/*
 * system() in a thread that is cancelled while the command runs: the
 * thread ends as cancelled, and glibc kills the shell (SIGKILL) and reaps
 * it on the way out, so no child is left running or unreaped.  The shell
 * writes its pid to the scratch file (argv[1]) before it sleeps, so the
 * main thread knows when to cancel and whom to look for afterwards.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

static char command[512];
static volatile int after_system;

static void *run_command(void *arg)
{
	(void)arg;
	system(command);
	after_system = 1;       /* never reached: cancelled inside */
	return NULL;
}

/* The shell's pid, once it has written it (0 until then). */
static pid_t shell_pid(const char *file)
{
	FILE *f = fopen(file, "r");
	int pid = 0;

	if (f == NULL)
		return 0;
	if (fscanf(f, "%d\n", &pid) != 1)
		pid = 0;
	fclose(f);
	return pid;
}

int main(int argc, char **argv)
{
	const char *file = argc > 1 ? argv[1] : "system_cancel.scratch";
	pthread_t t;
	void *result;
	pid_t pid;
	int tries, r;

	unlink(file);
	snprintf(command, sizeof command, "echo $$ > %s.tmp; mv %s.tmp %s; sleep 5", file, file, file);
	pthread_create(&t, NULL, run_command, NULL);
	for (tries = 0; (pid = shell_pid(file)) == 0 && tries < 500; tries++)
		usleep(10000);
	printf("the shell started: %d\n", pid > 0);
	printf("cancel: %d\n", pthread_cancel(t));
	r = pthread_join(t, &result);
	printf("join: %d, cancelled %d, system returned %d\n", r, result == PTHREAD_CANCELED, after_system);
	printf("the shell is gone (killed and reaped): kill(pid, 0) %s\n", kill(pid, 0) == 0 ? "0" : strerror(errno));
	printf("no child left to wait for: %s\n", waitpid(-1, NULL, WNOHANG) < 0 ? strerror(errno) : "a child");
	unlink(file);
	return 0;
}
