/*
 * strace - a small strace for the course: each system call of a program (and, with
 * -f, of its children) as "name(arguments) = result" on stderr, decoded as strace
 * does for the common calls.  main.c traces (ptrace), decode.c formats.
 */
#ifndef STRACE_H
#define STRACE_H

#include <sys/types.h>

/* One traced task: the call it is in, and what its entry showed. */
struct tracee {
    pid_t pid;
    int in_syscall;          /* between the entry and exit stops */
    int attached;            /* its first stop (SIGSTOP or PTRACE_EVENT_STOP) was seen */
    long nr;
    unsigned long args[6];
    char entry_text[512];    /* execve's arguments, read before the new program replaces them */
};

/* decode.c */
void print_syscall(struct tracee *t, long ret, int prefix);
void format_entry(struct tracee *t);
int syscall_returns(long nr);
const char *signal_name(int sig);
extern unsigned int string_limit;   /* -s: the longest string shown */

#endif
