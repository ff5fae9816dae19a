/*
 * statfs and fstatfs, and POSIX's statvfs and fstatvfs made from them as
 * glibc makes them: the fsid's two halves in one number, the mount flags
 * without ST_VALID, f_favail as f_ffree.
 */
#include <sys/statfs.h>
#include <sys/statvfs.h>
#include <sys/syscall.h>
#include "libc.h"

#define ST_VALID 0x20   /* the kernel's: f_flags holds the mount flags */

int statfs(const char *path, struct statfs *buf)
{
    return (int)__syscall_ret(__syscall2(SYS_statfs, path, buf));
}

int fstatfs(int fd, struct statfs *buf)
{
    return (int)__syscall_ret(__syscall2(SYS_fstatfs, fd, buf));
}

static void statvfs_from_statfs(struct statvfs *out, const struct statfs *in)
{
    out->f_bsize = in->f_bsize;
    out->f_frsize = in->f_frsize ? in->f_frsize : in->f_bsize;
    out->f_blocks = in->f_blocks;
    out->f_bfree = in->f_bfree;
    out->f_bavail = in->f_bavail;
    out->f_files = in->f_files;
    out->f_ffree = out->f_favail = in->f_ffree;
    out->f_fsid = (unsigned int)in->f_fsid.__val[0] | (unsigned long)(unsigned int)in->f_fsid.__val[1] << 32;
    out->f_flag = in->f_flags & ~ST_VALID;
    out->f_namemax = in->f_namelen;
    for (int i = 0; i < 6; i++)
        out->__f_spare[i] = 0;
}

int statvfs(const char *path, struct statvfs *buf)
{
    struct statfs fs;

    if (statfs(path, &fs) < 0)
        return -1;
    statvfs_from_statfs(buf, &fs);
    return 0;
}

int fstatvfs(int fd, struct statvfs *buf)
{
    struct statfs fs;

    if (fstatfs(fd, &fs) < 0)
        return -1;
    statvfs_from_statfs(buf, &fs);
    return 0;
}
