#ifndef _FTW_H
#define _FTW_H

#include <sys/stat.h>

/* What the callback is given. */
#define FTW_F 0     /* a file */
#define FTW_D 1     /* a directory (before its contents) */
#define FTW_DNR 2   /* a directory that cannot be read */
#define FTW_NS 3    /* stat failed */
#define FTW_SL 4    /* a symbolic link (nftw with FTW_PHYS) */
#define FTW_DP 5    /* a directory after its contents (FTW_DEPTH) */
#define FTW_SLN 6   /* a symbolic link to nothing */

/* nftw flags */
#define FTW_PHYS 1
#define FTW_MOUNT 2
#define FTW_CHDIR 4
#define FTW_DEPTH 8
#define FTW_ACTIONRETVAL 16

/* FTW_ACTIONRETVAL's callback results */
#define FTW_CONTINUE 0
#define FTW_STOP 1
#define FTW_SKIP_SUBTREE 2
#define FTW_SKIP_SIBLINGS 3

struct FTW {
    int base;   /* offset of the last component in the path */
    int level;  /* depth below the starting point */
};

int ftw(const char *path, int (*fn)(const char *fpath, const struct stat *sb, int typeflag), int nopenfd);
int nftw(const char *path, int (*fn)(const char *fpath, const struct stat *sb, int typeflag, struct FTW *ftwbuf),
         int nopenfd, int flags);

#endif
