/* <search.h>: tsearch/tfind/tdelete/twalk/tdestroy, hsearch, insque/remque, against glibc. */
#define _GNU_SOURCE
#include <search.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>

static int compare_ints(const void *a, const void *b)
{
    int x = *(const int *)a, y = *(const int *)b;

    return (x > y) - (x < y);
}

static int visited;

/* In-order keys: POSIX fixes them, unlike the tree's shape. */
static void print_in_order(const void *node, VISIT which, int depth)
{
    (void)depth;
    if (which == postorder || which == leaf) {
        printf(" %d", **(int *const *)node);
        visited++;
    }
}

static int freed;

static void count_free(void *key)
{
    freed++;
    free(key);
}

static void trees(void)
{
    void *root = NULL;
    int keys[200], i, probe, *p, **found;
    unsigned seed = 7;

    for (i = 0; i < 200; i++) {
        seed = seed * 1103515245u + 12345u;
        keys[i] = (int)(seed >> 16) % 100;
        found = tsearch(&keys[i], &root, compare_ints);
        if (found == NULL || **found != keys[i])
            printf("tsearch lost %d\n", keys[i]);
    }
    printf("walk:");
    twalk(root, print_in_order);
    printf("\n%d distinct\n", visited);

    probe = keys[10];
    found = tfind(&probe, &root, compare_ints);
    printf("tfind %d: %s, same object as the first insert: %d\n", probe, found ? "found" : "missing",
           found != NULL && *found == &keys[10]);
    probe = 1000;
    printf("tfind 1000: %s\n", tfind(&probe, &root, compare_ints) ? "found" : "missing");

    for (i = 0; i < 100; i += 2) {
        probe = i;
        if (tfind(&probe, &root, compare_ints) != NULL && tdelete(&probe, &root, compare_ints) == NULL)
            printf("tdelete %d failed\n", i);
    }
    probe = 2;
    printf("tdelete absent: %s\n", tdelete(&probe, &root, compare_ints) ? "non-null" : "null");
    visited = 0;
    printf("after deleting evens:");
    twalk(root, print_in_order);
    printf("\n%d left\n", visited);
    while (root != NULL)
        tdelete(*(int **)root, &root, compare_ints);
    printf("emptied: root %s\n", root == NULL ? "NULL" : "set");

    for (i = 0; i < 50; i++) {
        p = malloc(sizeof(int));
        *p = (i * 37) % 50;
        tsearch(p, &root, compare_ints);
    }
    tdestroy(root, count_free);
    printf("tdestroy freed %d keys\n", freed);
}

static void hashing(void)
{
    static char names[40][16];
    ENTRY item, *e;
    int i, entered = 0;

    printf("hcreate %d\n", hcreate(30) != 0);
    for (i = 0; i < 40; i++) {
        snprintf(names[i], sizeof(names[i]), "key%d", i * 7);
        item.key = names[i];
        item.data = (void *)(long)i;
        errno = 0;
        e = hsearch(item, ENTER);
        if (e != NULL)
            entered++;
        else
            printf("ENTER %s failed, errno %s\n", names[i], errno == ENOMEM ? "ENOMEM" : "other");
    }
    printf("entered %d\n", entered);
    item.key = "key49";
    e = hsearch(item, FIND);
    printf("find key49: %ld\n", e != NULL ? (long)e->data : -1L);
    item.key = "key50";
    printf("find key50: %s\n", hsearch(item, FIND) ? "found" : "absent");
    item.key = "key14";
    item.data = (void *)99L;
    e = hsearch(item, ENTER);
    printf("re-enter key14 keeps %ld\n", (long)e->data);
    hdestroy();
}

static void queues(void)
{
    struct element {
        struct element *next, *prev;
        char name;
    } a = { 0 }, b = { 0 }, c = { 0 }, *q;

    a.name = 'a';
    b.name = 'b';
    c.name = 'c';
    insque(&a, NULL);
    insque(&c, &a);
    insque(&b, &a);
    printf("queue:");
    for (q = &a; q != NULL; q = q->next)
        printf(" %c", q->name);
    remque(&b);
    printf(" / after remque:");
    for (q = &a; q != NULL; q = q->next)
        printf(" %c", q->name);
    printf(" / back: %c\n", c.prev->name);
}

int main(void)
{
    trees();
    hashing();
    queues();
    return 0;
}
