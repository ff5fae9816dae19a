#ifndef _GLOB_H
#define _GLOB_H

#define __need_size_t
#define __need_NULL
#include <stddef.h>

typedef struct {
    size_t gl_pathc;    /* paths matched */
    char **gl_pathv;    /* gl_offs NULLs, the paths, then a NULL */
    size_t gl_offs;     /* slots to reserve at the start of gl_pathv (GLOB_DOOFFS) */
    int gl_flags;
} glob_t;

#define GLOB_ERR (1 << 0)      /* stop at an unreadable directory */
#define GLOB_MARK (1 << 1)     /* append '/' to directories */
#define GLOB_NOSORT (1 << 2)
#define GLOB_DOOFFS (1 << 3)
#define GLOB_NOCHECK (1 << 4)  /* no match: return the pattern itself */
#define GLOB_APPEND (1 << 5)
#define GLOB_NOESCAPE (1 << 6)
#define GLOB_PERIOD (1 << 7)   /* wildcards may match a leading '.' */
#define GLOB_MAGCHAR (1 << 8)  /* set in gl_flags: the pattern had wildcards */
#define GLOB_BRACE (1 << 10)   /* {a,b} alternatives */
#define GLOB_NOMAGIC (1 << 11) /* GLOB_NOCHECK only for patterns without wildcards */
#define GLOB_TILDE (1 << 12)   /* ~ and ~/ mean $HOME */
#define GLOB_ONLYDIR (1 << 13)
#define GLOB_TILDE_CHECK (1 << 14)

#define GLOB_NOSPACE 1
#define GLOB_ABORTED 2
#define GLOB_NOMATCH 3
#define GLOB_NOSYS 4

int glob(const char *pattern, int flags, int (*errfunc)(const char *path, int err), glob_t *pglob);
void globfree(glob_t *pglob);

#endif
