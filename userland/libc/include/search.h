#ifndef _SEARCH_H
#define _SEARCH_H

#include <stddef.h>

/* Linear search in an array (lsearch appends the key when it is missing). */
void *lfind(const void *key, const void *base, size_t *nmemb, size_t size,
            int (*cmp)(const void *, const void *));
void *lsearch(const void *key, void *base, size_t *nmemb, size_t size,
              int (*cmp)(const void *, const void *));

#endif
