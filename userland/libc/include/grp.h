#ifndef _GRP_H
#define _GRP_H

#define __need_size_t
#define __need_NULL
#include <stddef.h>
#include <sys/types.h>

/* A line of /etc/group. */
struct group {
    char *gr_name;
    char *gr_passwd;
    gid_t gr_gid;
    char **gr_mem;   /* member names, NULL-terminated */
};

struct group *getgrnam(const char *name);
struct group *getgrgid(gid_t gid);
int getgrnam_r(const char *name, struct group *grp, char *buf, size_t size, struct group **result);
int getgrgid_r(gid_t gid, struct group *grp, char *buf, size_t size, struct group **result);
struct group *getgrent(void);
void setgrent(void);
void endgrent(void);
/* The supplementary groups (glibc: with _DEFAULT_SOURCE); needs CAP_SETGID. */
int setgroups(size_t size, const gid_t *list);

#endif
