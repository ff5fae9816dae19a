/*
 * What the System V IPC cases (and the POSIX message-queue ones) share: error
 * names to print (errno numbers differ nowhere, but names read better) and a
 * call's result as "ok" or its error; a child's end is reported by
 * child_helpers.h's wait_child.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include "child_helpers.h"

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
	case EBADF: return "EBADF";
	case EBUSY: return "EBUSY";
	case EMSGSIZE: return "EMSGSIZE";
	case ETIMEDOUT: return "ETIMEDOUT";
	case ENAMETOOLONG: return "ENAMETOOLONG";
	default: return strerror(e);
	}
}

/* The result of a call that returns -1 on failure, as "ok" or the errno's name. */
static const char *result(long r)
{
	return errname(r == -1 ? errno : 0);
}
