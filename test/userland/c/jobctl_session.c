/*
 * A scripted terminal session for the shell's job-control test, run by init
 * as the session's first process (the console is its controlling terminal):
 *
 *   jobctl_session MS:TEXT...
 *
 * starts an interactive /bin/sh, then after each MS milliseconds types TEXT
 * on the terminal as if at the keyboard (TIOCSTI; the escapes \n and \ooo,
 * so \032 is ^Z), waits for the shell and exits with its status.  Typing
 * while the shell runs, not ahead of it, makes ^Z reach the job it is for.
 * (One argument a step: the kernel passes init at most 32 arguments.)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static void pause_ms(long ms)
{
	struct timespec ts = { ms / 1000, (ms % 1000) * 1000000L };

	while (nanosleep(&ts, &ts) < 0)
		;
}

/* Type text, its escapes decoded, a byte at a time. */
static void type_text(const char *text)
{
	const char *p = text;
	char c;

	while (*p) {
		c = *p++;
		if (c == '\\' && *p == 'n') {
			c = '\n';
			p++;
		} else if (c == '\\' && *p >= '0' && *p <= '7') {
			c = (char)strtol(p, (char **)&p, 8);
		}
		ioctl(0, TIOCSTI, &c);
	}
}

int main(int argc, char **argv)
{
	pid_t shell = fork();
	int i, status;

	if (shell == 0) {
		execl("/bin/sh", "sh", (char *)NULL);
		_exit(127);
	}
	for (i = 1; i < argc; i++) {
		char *text = strchr(argv[i], ':');

		pause_ms(atol(argv[i]));
		type_text(text ? text + 1 : "");
	}
	while (waitpid(shell, &status, 0) < 0)
		;
	return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}
