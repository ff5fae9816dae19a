/*
 * Formatting a system call as strace prints it: "open("/etc/passwd", O_RDONLY) = 3",
 * "read(3, "root:x:0:0:root:/root:/bin/sh\n", 4096) = 29", errors as
 * "= -1 ENOENT (No such file or directory)".  The table gives each common call its
 * name, how to show each argument (one letter each, below) and its result; other
 * numbers print as "syscall_NNN(" and six hex arguments.  Memory is read from the
 * tracee a word at a time (PTRACE_PEEKDATA).
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <sys/ptrace.h>
#include <sys/syscall.h>
#include "strace.h"

unsigned int string_limit = 32;

/*
 * Argument kinds: d int, l long, u unsigned, x hex, p pointer, s string, b buffer
 * written (its length is the next argument), B buffer read (its length is the
 * result), o open flags (a mode follows when they create), a directory fd, P mmap
 * protection, M mmap flags, A access mode, S signal, v string array, e environment.
 * Results: d number (the default), x address, n none (the call does not return).
 */
struct syscall_desc {
    const char *name;
    const char *args;
    char result;
};

#define CALL(nr, name, args) [nr] = { name, args, 'd' }
#define CALLR(nr, name, args, result) [nr] = { name, args, result }

static const struct syscall_desc calls[] = {
    CALL(SYS_read, "read", "dBu"), CALL(SYS_write, "write", "dbu"), CALL(SYS_open, "open", "so"),
    CALL(SYS_close, "close", "d"), CALL(SYS_stat, "stat", "sp"), CALL(SYS_fstat, "fstat", "dp"),
    CALL(SYS_lstat, "lstat", "sp"), CALL(SYS_poll, "poll", "pud"), CALL(SYS_lseek, "lseek", "dld"),
    CALLR(SYS_mmap, "mmap", "puPMdx", 'x'), CALL(SYS_mprotect, "mprotect", "puP"),
    CALL(SYS_munmap, "munmap", "pu"), CALLR(SYS_brk, "brk", "p", 'x'),
    CALL(SYS_rt_sigaction, "rt_sigaction", "Sppu"), CALL(SYS_rt_sigprocmask, "rt_sigprocmask", "dppu"),
    CALL(SYS_rt_sigreturn, "rt_sigreturn", ""), CALL(SYS_ioctl, "ioctl", "dxp"),
    CALL(SYS_pread64, "pread64", "dBul"), CALL(SYS_pwrite64, "pwrite64", "dbul"),
    CALL(SYS_readv, "readv", "dpd"), CALL(SYS_writev, "writev", "dpd"), CALL(SYS_access, "access", "sA"),
    CALL(SYS_pipe, "pipe", "p"), CALL(SYS_sched_yield, "sched_yield", ""), CALL(SYS_dup, "dup", "d"),
    CALL(SYS_dup2, "dup2", "dd"), CALL(SYS_pause, "pause", ""), CALL(SYS_nanosleep, "nanosleep", "pp"),
    CALL(SYS_getpid, "getpid", ""), CALL(SYS_clone, "clone", "xpppx"), CALL(SYS_fork, "fork", ""),
    CALL(SYS_vfork, "vfork", ""), CALL(SYS_execve, "execve", "sve"), CALLR(SYS_exit, "exit", "d", 'n'),
    CALL(SYS_wait4, "wait4", "dpxp"), CALL(SYS_kill, "kill", "dS"), CALL(SYS_uname, "uname", "p"),
    CALL(SYS_fcntl, "fcntl", "ddx"), CALL(SYS_fsync, "fsync", "d"), CALL(SYS_truncate, "truncate", "sl"),
    CALL(SYS_ftruncate, "ftruncate", "dl"), CALL(SYS_getdents, "getdents", "dpu"),
    CALL(SYS_getcwd, "getcwd", "pu"), CALL(SYS_chdir, "chdir", "s"), CALL(SYS_rename, "rename", "ss"),
    CALL(SYS_mkdir, "mkdir", "sm"), CALL(SYS_rmdir, "rmdir", "s"), CALL(SYS_link, "link", "ss"),
    CALL(SYS_unlink, "unlink", "s"), CALL(SYS_symlink, "symlink", "ss"), CALL(SYS_readlink, "readlink", "spu"),
    CALL(SYS_chmod, "chmod", "sm"), CALL(SYS_umask, "umask", "m"), CALL(SYS_gettimeofday, "gettimeofday", "pp"),
    CALL(SYS_getrlimit, "getrlimit", "dp"), CALL(SYS_getrusage, "getrusage", "dp"),
    CALL(SYS_sysinfo, "sysinfo", "p"), CALL(SYS_getuid, "getuid", ""), CALL(SYS_getgid, "getgid", ""),
    CALL(SYS_geteuid, "geteuid", ""), CALL(SYS_getegid, "getegid", ""), CALL(SYS_setpgid, "setpgid", "dd"),
    CALL(SYS_getppid, "getppid", ""), CALL(SYS_getpgrp, "getpgrp", ""), CALL(SYS_setsid, "setsid", ""),
    CALL(SYS_sigaltstack, "sigaltstack", "pp"), CALL(SYS_arch_prctl, "arch_prctl", "xx"),
    CALL(SYS_gettid, "gettid", ""), CALL(SYS_tkill, "tkill", "dS"), CALL(SYS_futex, "futex", "pddppd"),
    CALL(SYS_set_tid_address, "set_tid_address", "p"), CALL(SYS_getdents64, "getdents64", "dpu"),
    CALL(SYS_clock_gettime, "clock_gettime", "dp"), CALL(SYS_clock_nanosleep, "clock_nanosleep", "ddpp"),
    CALLR(SYS_exit_group, "exit_group", "d", 'n'), CALL(SYS_tgkill, "tgkill", "ddS"),
    CALL(SYS_openat, "openat", "aso"), CALL(SYS_mkdirat, "mkdirat", "asm"),
    CALL(SYS_newfstatat, "newfstatat", "aspx"), CALL(SYS_unlinkat, "unlinkat", "asx"),
    CALL(SYS_pipe2, "pipe2", "px"), CALL(SYS_dup3, "dup3", "ddx"), CALL(SYS_prlimit64, "prlimit64", "ddpp"),
    CALL(SYS_getrandom, "getrandom", "pux"), CALL(SYS_set_robust_list, "set_robust_list", "pu"),
};

#define NR_CALLS ((long)(sizeof(calls) / sizeof(calls[0])))

static const char *const signal_names[32] = {
    "0", "SIGHUP", "SIGINT", "SIGQUIT", "SIGILL", "SIGTRAP", "SIGABRT", "SIGBUS", "SIGFPE",
    "SIGKILL", "SIGUSR1", "SIGSEGV", "SIGUSR2", "SIGPIPE", "SIGALRM", "SIGTERM", "SIGSTKFLT",
    "SIGCHLD", "SIGCONT", "SIGSTOP", "SIGTSTP", "SIGTTIN", "SIGTTOU", "SIGURG", "SIGXCPU",
    "SIGXFSZ", "SIGVTALRM", "SIGPROF", "SIGWINCH", "SIGIO", "SIGPWR", "SIGSYS",
};

static const char *const errno_names[] = {
    "0", "EPERM", "ENOENT", "ESRCH", "EINTR", "EIO", "ENXIO", "E2BIG", "ENOEXEC", "EBADF",
    "ECHILD", "EAGAIN", "ENOMEM", "EACCES", "EFAULT", "ENOTBLK", "EBUSY", "EEXIST", "EXDEV",
    "ENODEV", "ENOTDIR", "EISDIR", "EINVAL", "ENFILE", "EMFILE", "ENOTTY", "ETXTBSY", "EFBIG",
    "ENOSPC", "ESPIPE", "EROFS", "EMLINK", "EPIPE", "EDOM", "ERANGE", "EDEADLK", "ENAMETOOLONG",
    "ENOLCK", "ENOSYS", "ENOTEMPTY", "ELOOP",
};

/* The kernel's "restart me" results (512..516), which only a tracer sees. */
static const char *const restart_names[5] = {
    "ERESTARTSYS (To be restarted if SA_RESTART is set)", "ERESTARTNOINTR (To be restarted)",
    "ERESTARTNOHAND (To be restarted if no handler)", NULL,
    "ERESTART_RESTARTBLOCK (Interrupted by signal)",
};

const char *signal_name(int sig)
{
    static char buf[24];

    if (sig > 0 && sig < 32)
        return signal_names[sig];
    snprintf(buf, sizeof(buf), "SIGRT_%d", sig - 32);
    return buf;
}

/* The line being built. */
static char line[4096];
static size_t used;

static void put(const char *fmt, ...)
{
    va_list ap;

    if (used >= sizeof(line))
        return;
    va_start(ap, fmt);
    used += vsnprintf(line + used, sizeof(line) - used, fmt, ap);
    va_end(ap);
    if (used > sizeof(line))
        used = sizeof(line);
}

/* Up to n bytes of the tracee's memory at addr; returns how many could be read. */
static size_t peek(pid_t pid, unsigned long addr, char *out, size_t n)
{
    size_t done = 0;

    while (done < n) {
        unsigned long base = (addr + done) & ~7UL;
        size_t skip = (addr + done) - base, chunk = 8 - skip;
        long word;

        errno = 0;
        word = ptrace(PTRACE_PEEKDATA, pid, (void *)base, NULL);
        if (errno)
            break;
        if (chunk > n - done)
            chunk = n - done;
        memcpy(out + done, (char *)&word + skip, chunk);
        done += chunk;
    }
    return done;
}

/* A byte as strace quotes it: C escapes, octal for the unprintable. */
static void put_char(unsigned char c, unsigned char next)
{
    switch (c) {
    case '\n': put("\\n"); return;
    case '\t': put("\\t"); return;
    case '\r': put("\\r"); return;
    case '\v': put("\\v"); return;
    case '\f': put("\\f"); return;
    case '"': put("\\\""); return;
    case '\\': put("\\\\"); return;
    }
    if (c >= ' ' && c < 0x7f)
        put("%c", c);
    else if (next >= '0' && next <= '7')
        put("\\%03o", c);
    else
        put("\\%o", c);
}

/*
 * len bytes at addr (nul: up to a NUL) as a quoted string, cut at limit bytes with
 * "...": string_limit for data, PATH_MAX for file names, which strace shows whole.
 */
static void put_string(pid_t pid, unsigned long addr, size_t len, int nul, size_t limit)
{
    static char buf[PATH_MAX + 1];
    size_t shown = len < limit ? len : limit, n, i;

    if (!addr) {
        put("NULL");
        return;
    }
    if (shown > sizeof(buf) - 1)
        shown = sizeof(buf) - 1;
    n = peek(pid, addr, buf, nul ? shown + 1 : shown);
    if (n == 0 && shown == 0) {
        put("\"\"");
        return;
    }
    if (n == 0) {
        put("%#lx", addr);
        return;
    }
    if (nul) {
        buf[n] = '\0';
        len = strlen(buf);
        if (len < shown)
            shown = len;
    }
    put("\"");
    for (i = 0; i < shown && i < n; i++)
        put_char((unsigned char)buf[i], i + 1 < shown ? (unsigned char)buf[i + 1] : 0);
    put(len > shown ? "\"..." : "\"");
}

/* Names for the set bits of value; what is left over in hex. */
struct flag_name {
    unsigned long bit;
    const char *name;
};

static void put_flags(unsigned long value, const struct flag_name *names, const char *none)
{
    int first = 1;

    for (; names->name; names++) {
        if ((value & names->bit) == names->bit && names->bit) {
            put("%s%s", first ? "" : "|", names->name);
            value &= ~names->bit;
            first = 0;
        }
    }
    if (first && value)
        put("%#lx", value);
    else if (first)
        put("%s", none);
    else if (value)
        put("|%#lx", value);
}

static const struct flag_name open_flags[] = {
    { O_WRONLY, "O_WRONLY" }, { O_RDWR, "O_RDWR" }, { O_CREAT, "O_CREAT" }, { O_EXCL, "O_EXCL" },
    { O_NOCTTY, "O_NOCTTY" }, { O_TRUNC, "O_TRUNC" }, { O_APPEND, "O_APPEND" },
    { O_NONBLOCK, "O_NONBLOCK" }, { O_DIRECTORY, "O_DIRECTORY" }, { O_NOFOLLOW, "O_NOFOLLOW" },
    { O_CLOEXEC, "O_CLOEXEC" }, { 0, NULL },
};
static const struct flag_name prot_flags[] = {
    { 1, "PROT_READ" }, { 2, "PROT_WRITE" }, { 4, "PROT_EXEC" }, { 0, NULL },
};
static const struct flag_name map_flags[] = {
    { 1, "MAP_SHARED" }, { 2, "MAP_PRIVATE" }, { 0x10, "MAP_FIXED" }, { 0x20, "MAP_ANONYMOUS" },
    { 0x100, "MAP_GROWSDOWN" }, { 0x800, "MAP_DENYWRITE" }, { 0x4000, "MAP_NORESERVE" }, { 0x20000, "MAP_STACK" }, { 0, NULL },
};
static const struct flag_name access_modes[] = {
    { 4, "R_OK" }, { 2, "W_OK" }, { 1, "X_OK" }, { 0, NULL },
};

static void put_open_flags(unsigned long flags)
{
    if ((flags & O_ACCMODE) == O_RDONLY)
        put(flags == O_RDONLY ? "O_RDONLY" : "O_RDONLY|");
    if (flags != O_RDONLY)
        put_flags(flags, open_flags, "");
}

/* execve's argv: ["a", "b"]. */
static void put_string_array(pid_t pid, unsigned long addr)
{
    unsigned long p;
    int i;

    put("[");
    for (i = 0; i < 32 && peek(pid, addr + 8 * i, (char *)&p, 8) == 8 && p; i++) {
        if (i)
            put(", ");
        put_string(pid, p, string_limit, 1, string_limit);
    }
    put("]");
}

/* execve's envp, as strace abbreviates it: the address and the count. */
static void put_environment(pid_t pid, unsigned long addr)
{
    unsigned long p;
    int n = 0;

    while (n < 4096 && peek(pid, addr + 8 * n, (char *)&p, 8) == 8 && p)
        n++;
    put("%#lx /* %d var%s */", addr, n, n == 1 ? "" : "s");
}

static void put_arg(struct tracee *t, char kind, int i, long ret)
{
    unsigned long v = t->args[i];

    switch (kind) {
    case 'd': put("%d", (int)v); break;
    case 'l': put("%ld", (long)v); break;
    case 'u': put("%lu", v); break;
    case 'x': put("%#lx", v); break;
    case 'p': put(v ? "%#lx" : "NULL", v); break;
    case 's': put_string(t->pid, v, PATH_MAX, 1, PATH_MAX); break;
    case 'b': put_string(t->pid, v, t->args[i + 1], 0, string_limit); break;
    case 'B':
        if (ret < 0)
            put("%#lx", v);
        else
            put_string(t->pid, v, (size_t)ret, 0, string_limit);
        break;
    case 'A': put_flags(v, access_modes, "F_OK"); break;
    case 'o':
        put_open_flags(v);
        if (v & O_CREAT)
            put(", %#lo", t->args[i + 1]);
        break;
    case 'm': put("%#lo", v); break;
    case 'a': put((int)v == AT_FDCWD ? "AT_FDCWD" : "%d", (int)v); break;
    case 'P': put_flags(v, prot_flags, "PROT_NONE"); break;
    case 'M': put_flags(v, map_flags, "0"); break;
    case 'S': put("%s", signal_name((int)v)); break;
    case 'v': put_string_array(t->pid, v); break;
    case 'e': put_environment(t->pid, v); break;
    }
}

static const struct syscall_desc *describe(long nr)
{
    return nr >= 0 && nr < NR_CALLS && calls[nr].name ? &calls[nr] : NULL;
}

/* "name(arguments" into line; ret is the result, for arguments the call filled. */
static void put_call(struct tracee *t, long ret)
{
    const struct syscall_desc *d = describe(t->nr);
    int i;

    if (!d) {
        put("syscall_%ld(", t->nr);
        for (i = 0; i < 6; i++)
            put(i ? ", %#lx" : "%#lx", t->args[i]);
        return;
    }
    put("%s(", d->name);
    for (i = 0; d->args[i]; i++) {
        if (i)
            put(", ");
        put_arg(t, d->args[i], i, ret);
    }
}

/* Does the call come back?  (exit and exit_group end the line at their entry.) */
int syscall_returns(long nr)
{
    const struct syscall_desc *d = describe(nr);

    return !d || d->result != 'n';
}

/* At the entry stop: keep what the call itself will destroy (execve's arguments). */
void format_entry(struct tracee *t)
{
    t->entry_text[0] = '\0';
    if (t->nr != SYS_execve)
        return;
    used = 0;
    put_call(t, 0);
    memcpy(t->entry_text, line, used < sizeof(t->entry_text) ? used + 1 : sizeof(t->entry_text));
    t->entry_text[sizeof(t->entry_text) - 1] = '\0';
}

/* The whole line at the exit stop (prefix: "[pid N] " for -f); ret is rax. */
void print_syscall(struct tracee *t, long ret, int prefix)
{
    const struct syscall_desc *d = describe(t->nr);

    used = 0;
    if (prefix)
        put("[pid %5d] ", (int)t->pid);
    if (t->entry_text[0])
        put("%s", t->entry_text);
    else
        put_call(t, ret);
    if (d && d->result == 'n')
        put(") = ?");
    else if (ret <= -512 && ret >= -516 && restart_names[-ret - 512])
        put(") = ? %s", restart_names[-ret - 512]);
    else if (ret < 0 && ret >= -4095) {
        int err = (int)-ret;

        put(") = -1 %s (%s)", err < (int)(sizeof(errno_names) / sizeof(errno_names[0])) ? errno_names[err] : "E?",
            strerror(err));
    } else if (d && d->result == 'x')
        put(") = %#lx", (unsigned long)ret);
    else
        put(") = %ld", ret);
    fprintf(stderr, "%s\n", line);
}
