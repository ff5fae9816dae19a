/*
 * Constructors run before main; at exit the atexit and on_exit handlers run
 * newest first, then the destructors, then buffered output is written.
 */
#include <stdio.h>
#include <stdlib.h>

static void __attribute__((constructor)) before_main(void)
{
    printf("constructor runs before main\n");
}

static void __attribute__((destructor)) after_exit(void)
{
    printf("destructor runs after the exit handlers\n");
}

static void handler(void)
{
    printf("atexit handler\n");
}

static void status_handler(int status, void *arg)
{
    printf("on_exit %d %s\n", status, (const char *)arg);
}

int main(void)
{
    atexit(handler);
    on_exit(status_handler, "arg");
    printf("main calls exit(5)\n");
    exit(5);
}
