/*
 * Program termination: exit handlers (atexit, on_exit), then buffered
 * output, then the exit system call.
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

static handler_block first_block;
static handler_block *handlers = &first_block;

static int add_handler(void (*fn)(void), void (*fn_status)(int, void *), void *arg)
{
    handler_block *b;

    if (handlers->count == HANDLERS_PER_BLOCK) {
        b = calloc(1, sizeof(*b));
        if (b == NULL)
            return -1;
        b->next = handlers;
        handlers = b;
    }
    b = handlers;
    b->h[b->count].fn = fn;
    b->h[b->count].fn_status = fn_status;
    b->h[b->count].arg = arg;
    b->count++;
    return 0;
}

int atexit(void (*fn)(void))
{
    return add_handler(fn, NULL, NULL);
}

int on_exit(void (*fn)(int, void *), void *arg)
{
    return add_handler(NULL, fn, arg);
}

/* Take the newest handler off the list (handlers may register more while we run). */
static int pop_handler(exit_handler *out)
{
    while (handlers->count == 0) {
        if (handlers->next == NULL)
            return 0;
        handlers = handlers->next;
    }
    *out = handlers->h[--handlers->count];
    return 1;
}

void exit(int status)
{
    exit_handler h;

    while (pop_handler(&h)) {
        if (h.fn != NULL)
            h.fn();
        else
            h.fn_status(status, h.arg);
    }
    __stdio_flush_all();
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
