/*
 * Program termination: exit handlers (atexit, on_exit), then buffered
 * output, then the exit system call; quick_exit runs only its own handlers.
 */
#include <stdlib.h>
#include <unistd.h>
#include <sys/syscall.h>
#include "libc.h"

/*
 * Exit handlers, from atexit (no argument) and on_exit (status and an
 * argument), in one list run last-registered first. The first block is
 * static, so the 32 handlers C guarantees never need malloc.
 */
#define HANDLERS_PER_BLOCK 32

typedef struct {
    void (*fn)(void);
    void (*fn_status)(int, void *);
    void *arg;
} exit_handler;

typedef struct handler_block {
    struct handler_block *next;   /* older block */
    int count;
    exit_handler h[HANDLERS_PER_BLOCK];
} handler_block;

static handler_block exit_first, quick_first;
static handler_block *exit_handlers = &exit_first;   /* atexit, on_exit */
static handler_block *quick_handlers = &quick_first; /* at_quick_exit */

static int add_handler(handler_block **list, void (*fn)(void), void (*fn_status)(int, void *), void *arg)
{
    handler_block *b;

    if ((*list)->count == HANDLERS_PER_BLOCK) {
        b = calloc(1, sizeof(*b));
        if (b == NULL)
            return -1;
        b->next = *list;
        *list = b;
    }
    b = *list;
    b->h[b->count].fn = fn;
    b->h[b->count].fn_status = fn_status;
    b->h[b->count].arg = arg;
    b->count++;
    return 0;
}

int atexit(void (*fn)(void))
{
    return add_handler(&exit_handlers, fn, NULL, NULL);
}

int on_exit(void (*fn)(int, void *), void *arg)
{
    return add_handler(&exit_handlers, NULL, fn, arg);
}

int at_quick_exit(void (*fn)(void))
{
    return add_handler(&quick_handlers, fn, NULL, NULL);
}

/* Run a list newest first (handlers may register more while we run). */
static void run_handlers(handler_block **list, int status)
{
    exit_handler h;

    for (;;) {
        while ((*list)->count == 0) {
            if ((*list)->next == NULL)
                return;
            *list = (*list)->next;
        }
        h = (*list)->h[--(*list)->count];
        if (h.fn != NULL)
            h.fn();
        else
            h.fn_status(status, h.arg);
    }
}

void exit(int status)
{
    run_handlers(&exit_handlers, status);
    __stdio_flush_all();
    _exit(status);
}

/* C11: only the at_quick_exit handlers run; buffered output is not flushed. */
void quick_exit(int status)
{
    run_handlers(&quick_handlers, status);
    _exit(status);
}

void _exit(int status)
{
    /* exit_group ends every thread; plain exit is the fallback for a kernel without it. */
    for (;;) {
        __syscall1(SYS_exit_group, status);
        __syscall1(SYS_exit, status);
    }
}

void _Exit(int status)
{
    _exit(status);
}
