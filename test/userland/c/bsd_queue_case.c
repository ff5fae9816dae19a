/*
 * <sys/queue.h>'s four list kinds and <sys/sysmacros.h>'s device numbers, as real programs
 * use them: statically initialized heads, insertion at both ends and around an element,
 * removal from the middle, reverse walks and concatenation.
 */
#include <stdio.h>
#include <stdlib.h>
#include <sys/queue.h>
#include <sys/sysmacros.h>
#include <sys/types.h>

struct job {
    int id;
    SLIST_ENTRY(job) s;
    LIST_ENTRY(job) l;
    STAILQ_ENTRY(job) q;
    TAILQ_ENTRY(job) t;
};

static SLIST_HEAD(job_stack, job) stack = SLIST_HEAD_INITIALIZER(stack);
static LIST_HEAD(job_list, job) list = LIST_HEAD_INITIALIZER(list);
static STAILQ_HEAD(job_fifo, job) fifo = STAILQ_HEAD_INITIALIZER(fifo);
static TAILQ_HEAD(job_queue, job) queue = TAILQ_HEAD_INITIALIZER(queue);

static struct job jobs[8];

static void show(const char *what) {
    struct job *j;
    printf("%-6s slist:", what);
    SLIST_FOREACH(j, &stack, s) printf(" %d", j->id);
    printf(" | list:");
    LIST_FOREACH(j, &list, l) printf(" %d", j->id);
    printf(" | stailq:");
    STAILQ_FOREACH(j, &fifo, q) printf(" %d", j->id);
    printf(" | tailq:");
    TAILQ_FOREACH(j, &queue, t) printf(" %d", j->id);
    printf(" | back:");
    TAILQ_FOREACH_REVERSE(j, &queue, job_queue, t) printf(" %d", j->id);
    printf("\n");
}

int main(void) {
    for (int i = 0; i < 8; i++) jobs[i].id = i;
    show("empty");
    for (int i = 0; i < 4; i++) {
        SLIST_INSERT_HEAD(&stack, &jobs[i], s);
        LIST_INSERT_HEAD(&list, &jobs[i], l);
        STAILQ_INSERT_TAIL(&fifo, &jobs[i], q);
        TAILQ_INSERT_TAIL(&queue, &jobs[i], t);
    }
    show("fill");
    SLIST_INSERT_AFTER(&jobs[2], &jobs[4], s);
    LIST_INSERT_AFTER(&jobs[3], &jobs[4], l);
    LIST_INSERT_BEFORE(&jobs[0], &jobs[5], l);
    STAILQ_INSERT_HEAD(&fifo, &jobs[4], q);
    STAILQ_INSERT_AFTER(&fifo, &jobs[3], &jobs[5], q);
    TAILQ_INSERT_HEAD(&queue, &jobs[4], t);
    TAILQ_INSERT_AFTER(&queue, &jobs[3], &jobs[5], t);
    TAILQ_INSERT_BEFORE(&jobs[1], &jobs[6], t);
    show("insert");
    SLIST_REMOVE(&stack, &jobs[1], job, s);
    SLIST_REMOVE_HEAD(&stack, s);
    LIST_REMOVE(&jobs[5], l);
    LIST_REMOVE(&jobs[3], l);
    STAILQ_REMOVE(&fifo, &jobs[5], job, q);
    STAILQ_REMOVE_HEAD(&fifo, q);
    TAILQ_REMOVE(&queue, &jobs[5], t);
    TAILQ_REMOVE(&queue, &jobs[4], t);
    show("remove");
    printf("first %d %d %d %d last %d prev %d next %d\n", SLIST_FIRST(&stack)->id, LIST_FIRST(&list)->id,
           STAILQ_FIRST(&fifo)->id, TAILQ_FIRST(&queue)->id, TAILQ_LAST(&queue, job_queue)->id,
           TAILQ_PREV(&jobs[1], job_queue, t)->id, TAILQ_NEXT(&jobs[1], t)->id);

    struct job_fifo more = STAILQ_HEAD_INITIALIZER(more);
    struct job_queue tail;
    TAILQ_INIT(&tail);
    STAILQ_INSERT_TAIL(&more, &jobs[7], q);
    TAILQ_INSERT_TAIL(&tail, &jobs[7], t);
    TAILQ_INSERT_TAIL(&tail, &jobs[5], t);
    STAILQ_CONCAT(&fifo, &more);
    TAILQ_CONCAT(&queue, &tail, t);
    show("concat");
    printf("emptied %d %d\n", STAILQ_EMPTY(&more), TAILQ_EMPTY(&tail));
    STAILQ_INSERT_TAIL(&fifo, &jobs[6], q); /* the tail link followed the concatenation */
    TAILQ_INSERT_TAIL(&queue, &jobs[4], t);
    show("append");
    while (!TAILQ_EMPTY(&queue)) TAILQ_REMOVE(&queue, TAILQ_FIRST(&queue), t);
    while (!SLIST_EMPTY(&stack)) SLIST_REMOVE_HEAD(&stack, s);
    show("drain");

    dev_t d = makedev(259, 70000);
    printf("dev %llx major %u minor %u\n", (unsigned long long)d, major(d), minor(d));
    printf("console %u:%u\n", major(makedev(5, 1)), minor(makedev(5, 1)));
    return 0;
}
