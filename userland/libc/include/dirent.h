#ifndef _DIRENT_H
#define _DIRENT_H

#include <sys/types.h>

#define DT_UNKNOWN 0
#define DT_FIFO 1
#define DT_CHR 2
#define DT_DIR 4
#define DT_BLK 6
#define DT_REG 8
#define DT_LNK 10
#define DT_SOCK 12

/* The record getdents64 returns. */
struct dirent {
    ino_t d_ino;
    off_t d_off;
    unsigned short d_reclen;
    unsigned char d_type;
    char d_name[256];
};

typedef struct __DIR DIR;

DIR *opendir(const char *path);
struct dirent *readdir(DIR *dir);
int closedir(DIR *dir);
int scandir(const char *dir, struct dirent ***namelist, int (*filter)(const struct dirent *),
            int (*compar)(const struct dirent **, const struct dirent **));
int alphasort(const struct dirent **a, const struct dirent **b);
#ifdef _GNU_SOURCE
int versionsort(const struct dirent **a, const struct dirent **b);
#endif
int dirfd(DIR *dir);
DIR *fdopendir(int fd);
void rewinddir(DIR *dir);
long telldir(DIR *dir);
void seekdir(DIR *dir, long pos);
int readdir_r(DIR *dir, struct dirent *entry, struct dirent **result);

#endif
