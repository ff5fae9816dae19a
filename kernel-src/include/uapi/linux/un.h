/* un.h - the address of a Unix-domain socket: a path, or (sun_path[0] == 0) an abstract name. */
#ifndef _LINUX_UN_H
#define _LINUX_UN_H

#include <linux/socket.h>

#define UNIX_PATH_MAX	108

struct sockaddr_un {
	__kernel_sa_family_t sun_family;	/* AF_UNIX */
	char sun_path[UNIX_PATH_MAX];		/* pathname */
};

#endif
