/*
 * Program start-up and termination.
 */
#include <stdlib.h>
#include <unistd.h>
#include <sys/syscall.h>
#include "libc.h"

char **environ;
int errno;

int main(int argc, char **argv, char **envp);

/* crt0.S jumps here with the values it found on the initial stack. */
void __libc_start_main(int argc, char **argv, char **envp)
{
    environ = envp;
    exit(main(argc, argv, envp));
}

#define ATEXIT_MAX 32

static void (*atexit_fns[ATEXIT_MAX])(void);
static int atexit_count;

int atexit(void (*fn)(void))
{
    if (atexit_count == ATEXIT_MAX)
        return -1;
    atexit_fns[atexit_count++] = fn;
    return 0;
}

void exit(int status)
{
    /* Handlers run in reverse order of registration, then buffered output goes out. */
    while (atexit_count > 0)
        atexit_fns[--atexit_count]();
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

long __syscall_ret(long r)
{
    if (r < 0 && r >= -4095) {
        errno = (int)-r;
        return -1;
    }
    return r;
}
