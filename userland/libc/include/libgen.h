#ifndef _LIBGEN_H
#define _LIBGEN_H

/* POSIX: both may modify path, and return a pointer into it or a constant. */
char *basename(char *path);
char *dirname(char *path);

#endif
