/*
 * <search.h>: balanced binary trees (tsearch and friends), the hash table
 * of hsearch, and insque/remque. lfind/lsearch are in pathname.c.
 *
 * The trees are AVL trees. POSIX leaves the shape open, so twalk's preorder
 * and endorder visits and depths may differ from glibc's red-black trees;
 * the in-order sequence (postorder and leaf visits) is the same.
 */
#define _GNU_SOURCE
#include <search.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>

typedef int (*compare_fn)(const void *, const void *);

struct node {
    const void *key;   /* first, so a node pointer is a pointer to the key */
    struct node *left;
    struct node *right;
    int height;
};

static int height(const struct node *n)
{
    return n != NULL ? n->height : 0;
}

static void update(struct node *n)
{
    int l = height(n->left), r = height(n->right);

    n->height = (l > r ? l : r) + 1;
}

static struct node *rotate_right(struct node *n)
{
    struct node *l = n->left;

    n->left = l->right;
    l->right = n;
    update(n);
    update(l);
    return l;
}

static struct node *rotate_left(struct node *n)
{
    struct node *r = n->right;

    n->right = r->left;
    r->left = n;
    update(n);
    update(r);
    return r;
}

/* Restore the AVL property at n (children differ in height by at most one). */
static struct node *rebalance(struct node *n)
{
    int balance = height(n->left) - height(n->right);

    if (balance > 1) {
        if (height(n->left->left) < height(n->left->right))
            n->left = rotate_left(n->left);
        return rotate_right(n);
    }
    if (balance < -1) {
        if (height(n->right->right) < height(n->right->left))
            n->right = rotate_right(n->right);
        return rotate_left(n);
    }
    update(n);
    return n;
}

/* Insert below *link unless present; *found is the node holding the key. */
static struct node *insert(struct node *n, const void *key, compare_fn cmp, struct node **found)
{
    int c;

    if (n == NULL) {
        n = malloc(sizeof(*n));
        if (n == NULL)
            return NULL;
        n->key = key;
        n->left = n->right = NULL;
        n->height = 1;
        *found = n;
        return n;
    }
    c = cmp(key, n->key);
    if (c == 0) {
        *found = n;
        return n;
    }
    if (c < 0)
        n->left = insert(n->left, key, cmp, found);
    else
        n->right = insert(n->right, key, cmp, found);
    return rebalance(n);
}

void *tsearch(const void *key, void **rootp, compare_fn cmp)
{
    struct node *found = NULL;
    struct node *root;

    if (rootp == NULL)
        return NULL;
    root = insert(*rootp, key, cmp, &found);
    /* Out of memory: the tree is unchanged (insert only links a node it made). */
    if (found == NULL)
        return NULL;
    *rootp = root;
    return found;
}

void *tfind(const void *key, void *const *rootp, compare_fn cmp)
{
    struct node *n;
    int c;

    if (rootp == NULL)
        return NULL;
    for (n = *rootp; n != NULL; n = c < 0 ? n->left : n->right) {
        c = cmp(key, n->key);
        if (c == 0)
            return n;
    }
    return NULL;
}

/* Unlink the smallest node below n into *min; returns the rebalanced rest. */
static struct node *take_min(struct node *n, struct node **min)
{
    if (n->left == NULL) {
        *min = n;
        return n->right;
    }
    n->left = take_min(n->left, min);
    return rebalance(n);
}

static struct node *remove_key(struct node *n, const void *key, compare_fn cmp, int *removed)
{
    struct node *successor;
    int c;

    if (n == NULL)
        return NULL;
    c = cmp(key, n->key);
    if (c < 0) {
        n->left = remove_key(n->left, key, cmp, removed);
    } else if (c > 0) {
        n->right = remove_key(n->right, key, cmp, removed);
    } else {
        *removed = 1;
        if (n->left == NULL || n->right == NULL) {
            successor = n->left != NULL ? n->left : n->right;
            free(n);
            return successor;
        }
        n->right = take_min(n->right, &successor);
        successor->left = n->left;
        successor->right = n->right;
        free(n);
        n = successor;
    }
    return rebalance(n);
}

/*
 * Returns the deleted node's parent as it was before the deletion (POSIX),
 * or rootp itself, a non-null pointer, when the root went.
 */
void *tdelete(const void *key, void **rootp, compare_fn cmp)
{
    struct node *n, *parent = NULL;
    int c, removed = 0;

    if (rootp == NULL || *rootp == NULL)
        return NULL;
    for (n = *rootp; n != NULL; n = c < 0 ? n->left : n->right) {
        c = cmp(key, n->key);
        if (c == 0)
            break;
        parent = n;
    }
    if (n == NULL)
        return NULL;
    *rootp = remove_key(*rootp, key, cmp, &removed);
    return parent != NULL ? (void *)parent : (void *)rootp;
}

static void walk(const struct node *n, void (*action)(const void *, VISIT, int), int depth)
{
    if (n->left == NULL && n->right == NULL) {
        action(n, leaf, depth);
        return;
    }
    action(n, preorder, depth);
    if (n->left != NULL)
        walk(n->left, action, depth + 1);
    action(n, postorder, depth);
    if (n->right != NULL)
        walk(n->right, action, depth + 1);
    action(n, endorder, depth);
}

void twalk(const void *root, void (*action)(const void *, VISIT, int))
{
    if (root != NULL && action != NULL)
        walk(root, action, 0);
}

void tdestroy(void *root, void (*free_key)(void *))
{
    struct node *n = root;

    if (n == NULL)
        return;
    tdestroy(n->left, free_key);
    tdestroy(n->right, free_key);
    free_key((void *)n->key);
    free(n);
}

/*
 * The hash table: open addressing with double hashing over a prime number of
 * slots, the smallest prime >= nel as in glibc, so a table fills up (and
 * ENTER fails with ENOMEM) at the same point.
 */
struct _ENTRY {
    unsigned int used;   /* the key's hash (never 0), or 0 for an empty slot */
    ENTRY entry;
};

static int is_prime(unsigned int n)
{
    unsigned int d;

    for (d = 3; d * d < n && n % d != 0; d += 2)
        ;
    return n % d != 0;
}

int hcreate_r(size_t nel, struct hsearch_data *htab)
{
    if (htab == NULL || htab->table != NULL) {
        errno = EINVAL;
        return 0;
    }
    for (nel |= 1;; nel += 2) {
        if (nel > 0xfffffffdu) {
            errno = ENOMEM;
            return 0;
        }
        if (is_prime((unsigned int)nel))
            break;
    }
    htab->size = (unsigned int)nel;
    htab->filled = 0;
    htab->table = calloc(htab->size, sizeof(struct _ENTRY));
    return htab->table != NULL;
}

void hdestroy_r(struct hsearch_data *htab)
{
    if (htab == NULL) {
        errno = EINVAL;
        return;
    }
    free(htab->table);
    htab->table = NULL;
}

static unsigned int hash_string(const char *s)
{
    unsigned int h = (unsigned int)strlen(s);

    while (*s != '\0')
        h = (h << 4) + (unsigned char)*s++;
    return h != 0 ? h : 1;
}

int hsearch_r(ENTRY item, ACTION action, ENTRY **retval, struct hsearch_data *htab)
{
    unsigned int hash = hash_string(item.key);
    unsigned int idx = hash % htab->size;
    /* The step is below the prime size, so the probes visit every slot. */
    unsigned int step = 1 + hash % (htab->size > 2 ? htab->size - 2 : 1);
    unsigned int tries;

    for (tries = 0; tries < htab->size; tries++) {
        struct _ENTRY *slot = &htab->table[idx];

        if (slot->used == 0)
            break;
        if (slot->used == hash && strcmp(item.key, slot->entry.key) == 0) {
            *retval = &slot->entry;
            return 1;
        }
        idx = (idx + htab->size - step % htab->size) % htab->size;
    }
    if (action == FIND || htab->filled == htab->size || tries == htab->size) {
        errno = action == FIND ? ESRCH : ENOMEM;
        *retval = NULL;
        return 0;
    }
    htab->table[idx].used = hash;
    htab->table[idx].entry = item;
    htab->filled++;
    *retval = &htab->table[idx].entry;
    return 1;
}

static struct hsearch_data global_table;

int hcreate(size_t nel)
{
    return hcreate_r(nel, &global_table);
}

void hdestroy(void)
{
    hdestroy_r(&global_table);
}

ENTRY *hsearch(ENTRY item, ACTION action)
{
    ENTRY *result;

    if (global_table.table == NULL) {
        errno = ESRCH;
        return NULL;
    }
    hsearch_r(item, action, &result, &global_table);
    return result;
}

/* insque/remque: the element's first two members are its next and previous links. */
struct queue_link {
    struct queue_link *next;
    struct queue_link *prev;
};

void insque(void *element, void *pred)
{
    struct queue_link *e = element, *p = pred;

    if (p == NULL) {
        e->next = e->prev = NULL;
        return;
    }
    e->next = p->next;
    e->prev = p;
    p->next = e;
    if (e->next != NULL)
        e->next->prev = e;
}

void remque(void *element)
{
    struct queue_link *e = element;

    if (e->next != NULL)
        e->next->prev = e->prev;
    if (e->prev != NULL)
        e->prev->next = e->next;
}
