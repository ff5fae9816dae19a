/*
 * What the System V IPC cases share: error names to print (errno numbers differ
 * nowhere, but names read better), a call's result as "ok" or its error, and a
 * child's end.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>

static const char *errname(int e)
{
	switch (e) {
	case 0: return "ok";
	case EINVAL: return "EINVAL";
	case EEXIST: return "EEXIST";
	case ENOENT: return "ENOENT";
	case EACCES: return "EACCES";
	case EAGAIN: return "EAGAIN";
	case EINTR: return "EINTR";
	case EIDRM: return "EIDRM";
	case ENOMEM: return "ENOMEM";
	case ERANGE: return "ERANGE";
	case EFBIG: return "EFBIG";
	case E2BIG: return "E2BIG";
	case ENOMSG: return "ENOMSG";
	case EFAULT: return "EFAULT";
	default: return strerror(e);
	}
}

/* The result of a call that returns -1 on failure, as "ok" or the errno's name. */
static const char *result(long r)
{
	return errname(r == -1 ? errno : 0);
}

static void wait_child(const char *what)
{
	int status;

	wait(&status);
	if (WIFSIGNALED(status))
		printf("%s: child killed by signal %d\n", what, WTERMSIG(status));
	else
		printf("%s: child exited %d\n", what, WEXITSTATUS(status));
}
