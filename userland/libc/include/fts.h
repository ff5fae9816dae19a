#ifndef _FTS_H
#define _FTS_H

/*
 * Walking file hierarchies, BSD's and glibc's <fts.h> (fts.c): fts_read returns each file
 * in turn, a directory before its contents (FTS_D) and after them (FTS_DP).
 */
#include <sys/types.h>
#include <sys/stat.h>

typedef struct _ftsent FTSENT;

typedef struct {
    FTSENT *fts_cur;        /* the entry fts_read returned last */
    FTSENT *fts_child;      /* the list fts_children returned */
    FTSENT **fts_array;     /* room for sorting a directory's entries */
    dev_t fts_dev;          /* the device of the root being walked (FTS_XDEV) */
    char *fts_path;         /* unused: each entry holds its own path */
    int fts_rfd;            /* the starting directory, without FTS_NOCHDIR */
    int fts_pathlen;
    int fts_nitems;         /* fts_array's size */
    int (*fts_compar)(const FTSENT **, const FTSENT **);
    int fts_options;
} FTS;

struct _ftsent {
    FTSENT *fts_cycle;      /* FTS_DC: the ancestor this directory is */
    FTSENT *fts_parent;
    FTSENT *fts_link;       /* the next entry of the same directory */
    long fts_number;        /* for the program */
    void *fts_pointer;      /* for the program */
    char *fts_accpath;      /* a path that reaches the file from the current directory */
    char *fts_path;         /* the path from the root given to fts_open */
    int fts_errno;          /* FTS_DNR, FTS_ERR, FTS_NS: why */
    int fts_symfd;          /* a followed link to a directory: where to come back to */
    unsigned short fts_pathlen;
    unsigned short fts_namelen;
    ino_t fts_ino;
    dev_t fts_dev;
    nlink_t fts_nlink;
    short fts_level;        /* FTS_ROOTLEVEL for the roots */
    unsigned short fts_info;
    unsigned short fts_flags;
    unsigned short fts_instr;
    struct stat *fts_statp;
    char fts_name[1];       /* the file's name (a root's: the path as given) */
};

/* fts_open's options */
#define FTS_COMFOLLOW 0x0001   /* follow symbolic links given as roots */
#define FTS_LOGICAL 0x0002     /* follow every symbolic link */
#define FTS_NOCHDIR 0x0004     /* never change the current directory */
#define FTS_NOSTAT 0x0008      /* no stat for what readdir says is not a directory */
#define FTS_PHYSICAL 0x0010    /* symbolic links as themselves */
#define FTS_SEEDOT 0x0020      /* return "." and ".." too */
#define FTS_XDEV 0x0040        /* stay on the roots' file systems */
#define FTS_WHITEOUT 0x0080
#define FTS_OPTIONMASK 0x00ff
#define FTS_NAMEONLY 0x0100    /* fts_children: names only */
#define FTS_STOP 0x0200        /* internal: an error ended the walk */

#define FTS_ROOTPARENTLEVEL -1
#define FTS_ROOTLEVEL 0

/* fts_info */
#define FTS_D 1         /* a directory, before its contents */
#define FTS_DC 2        /* a directory that is one of its ancestors */
#define FTS_DEFAULT 3   /* none of the others */
#define FTS_DNR 4       /* a directory that cannot be read */
#define FTS_DOT 5       /* "." or ".." (FTS_SEEDOT) */
#define FTS_DP 6        /* a directory, after its contents */
#define FTS_ERR 7       /* an error (fts_errno) */
#define FTS_F 8         /* a regular file */
#define FTS_INIT 9
#define FTS_NS 10       /* stat failed (fts_errno) */
#define FTS_NSOK 11     /* not stat'ed (FTS_NOSTAT) */
#define FTS_SL 12       /* a symbolic link */
#define FTS_SLNONE 13   /* a symbolic link to nothing */
#define FTS_W 14        /* a whiteout */

/* fts_flags */
#define FTS_DONTCHDIR 0x01
#define FTS_SYMFOLLOW 0x02

/* fts_set's instructions */
#define FTS_AGAIN 1     /* return this entry again */
#define FTS_FOLLOW 2    /* follow this symbolic link */
#define FTS_NOINSTR 3
#define FTS_SKIP 4      /* do not descend into this directory */

FTS *fts_open(char *const *paths, int options, int (*compar)(const FTSENT **, const FTSENT **));
FTSENT *fts_read(FTS *ftsp);
FTSENT *fts_children(FTS *ftsp, int options);
int fts_set(FTS *ftsp, FTSENT *f, int instr);
int fts_close(FTS *ftsp);

#endif
