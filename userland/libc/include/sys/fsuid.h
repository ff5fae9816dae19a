#ifndef _SYS_FSUID_H
#define _SYS_FSUID_H

#include <sys/types.h>

/* The file-system ids: both answer the old id, whether or not it changed. */
int setfsuid(uid_t uid);
int setfsgid(gid_t gid);

#endif
