/* err.h - pointers that carry an error number (ERR_PTR(-ENOENT)). */
#ifndef _LINUX_ERR_H
#define _LINUX_ERR_H

#include <linux/errno.h>

static inline void *ERR_PTR(long error) { return (void *)error; }
static inline long PTR_ERR(const void *ptr) { return (long)ptr; }
static inline int IS_ERR(const void *ptr) { return IS_ERR_VALUE((unsigned long)ptr); }

#endif
