/*
 * errno_names.h - an error number as its name ("0" for none, else the
 * number), for cases that print results: the names are the same in every
 * libc, where strerror's texts need not be.
 */
#ifndef ERRNO_NAMES_H
#define ERRNO_NAMES_H

#include <errno.h>
#include <stdio.h>

static const char *errno_name(int e)
{
	static char buf[8][16];
	static int next;

	switch (e) {
	case 0: return "0";
	case EAGAIN: return "EAGAIN";
	case EBUSY: return "EBUSY";
	case EDEADLK: return "EDEADLK";
	case EFAULT: return "EFAULT";
	case EINVAL: return "EINVAL";
	case ENOSYS: return "ENOSYS";
	case ENOTRECOVERABLE: return "ENOTRECOVERABLE";
	case EOWNERDEAD: return "EOWNERDEAD";
	case EPERM: return "EPERM";
	case ETIMEDOUT: return "ETIMEDOUT";
	}
	next = (next + 1) % 8;
	snprintf(buf[next], sizeof(buf[next]), "%d", e);
	return buf[next];
}

#endif
