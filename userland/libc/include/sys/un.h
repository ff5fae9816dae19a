#ifndef _SYS_UN_H
#define _SYS_UN_H

#include <sys/socket.h>

/* A Unix-domain socket's address: a path, or (sun_path[0] == 0) an abstract name. */
struct sockaddr_un {
    sa_family_t sun_family;
    char sun_path[108];
};

/* The length of an address holding a path: the family and the path, without its NUL. */
#define SUN_LEN(ptr) ((size_t)(((struct sockaddr_un *)0)->sun_path) + __builtin_strlen((ptr)->sun_path))

#endif
