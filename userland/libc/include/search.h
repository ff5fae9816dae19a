#ifndef _SEARCH_H
#define _SEARCH_H

#define __need_size_t
#define __need_NULL
#include <stddef.h>

/* Linear search in an array (lsearch appends the key when it is missing). */
void *lfind(const void *key, const void *base, size_t *nmemb, size_t size,
            int (*cmp)(const void *, const void *));
void *lsearch(const void *key, void *base, size_t *nmemb, size_t size,
              int (*cmp)(const void *, const void *));

/* Binary search trees: a node's first member is the pointer to the key. */
typedef enum { preorder, postorder, endorder, leaf } VISIT;

void *tsearch(const void *key, void **rootp, int (*cmp)(const void *, const void *));
void *tfind(const void *key, void *const *rootp, int (*cmp)(const void *, const void *));
void *tdelete(const void *key, void **rootp, int (*cmp)(const void *, const void *));
void twalk(const void *root, void (*action)(const void *node, VISIT which, int depth));
#ifdef _GNU_SOURCE
void tdestroy(void *root, void (*free_key)(void *key));
#endif

/* One hash table per process (hsearch) or per struct hsearch_data (the _r forms). */
typedef struct entry {
    char *key;
    void *data;
} ENTRY;

typedef enum { FIND, ENTER } ACTION;

int hcreate(size_t nel);
void hdestroy(void);
ENTRY *hsearch(ENTRY item, ACTION action);

#ifdef _GNU_SOURCE
struct hsearch_data {
    struct _ENTRY *table;
    unsigned int size;
    unsigned int filled;
};
int hcreate_r(size_t nel, struct hsearch_data *htab);
void hdestroy_r(struct hsearch_data *htab);
int hsearch_r(ENTRY item, ACTION action, ENTRY **retval, struct hsearch_data *htab);
#endif

/* Doubly linked queues of elements whose first two members are the links. */
void insque(void *element, void *pred);
void remque(void *element);

#endif
