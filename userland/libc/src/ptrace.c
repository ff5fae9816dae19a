/*
 * ptrace(request, pid, addr, data), glibc's way: the kernel's PEEK requests
 * store the word at data, so the wrapper passes its own and returns the word,
 * with errno 0 on success (the word may be -1: callers clear errno and look).
 */
#include <stdarg.h>
#include <errno.h>
#include <sys/ptrace.h>
#include <sys/syscall.h>
#include "libc.h"

static int is_peek(enum __ptrace_request request)
{
    return request == PTRACE_PEEKTEXT || request == PTRACE_PEEKDATA || request == PTRACE_PEEKUSER;
}

long ptrace(enum __ptrace_request request, ...)
{
    va_list ap;
    pid_t pid;
    void *addr, *data;
    long word, res;

    va_start(ap, request);
    pid = va_arg(ap, pid_t);
    addr = va_arg(ap, void *);
    data = va_arg(ap, void *);
    va_end(ap);
    if (is_peek(request))
        data = &word;
    res = __syscall_ret(__syscall4(SYS_ptrace, request, pid, addr, data));
    if (res >= 0 && is_peek(request)) {
        errno = 0;
        return word;
    }
    return res;
}
