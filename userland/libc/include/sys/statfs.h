#ifndef _SYS_STATFS_H
#define _SYS_STATFS_H

#include <sys/types.h>

/* What statfs reports of a file system (the kernel's x86-64 layout). */
struct statfs {
    long f_type;            /* what it is: TMPFS_MAGIC, PROC_SUPER_MAGIC, ... */
    long f_bsize;           /* its block size */
    fsblkcnt_t f_blocks;
    fsblkcnt_t f_bfree;
    fsblkcnt_t f_bavail;    /* free to unprivileged users */
    fsfilcnt_t f_files;
    fsfilcnt_t f_ffree;
    fsid_t f_fsid;
    long f_namelen;         /* the longest name */
    long f_frsize;
    long f_flags;           /* ST_* mount flags, with ST_VALID */
    long f_spare[4];
};

int statfs(const char *path, struct statfs *buf);
int fstatfs(int fd, struct statfs *buf);

#endif
