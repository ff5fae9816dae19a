/*
 * Internal declarations shared by the libc sources (not installed).
 */
#ifndef _LIBC_INTERNAL_H
#define _LIBC_INTERNAL_H

#include <stdio.h>

#include <locale.h>

/*
 * locale.c: what a locale (setlocale's global one, or a locale_t) is here: each
 * category's name, and whether its LC_CTYPE is UTF-8 (every locale else behaves as "C").
 */
#define __LC_CATEGORIES 13          /* LC_CTYPE ... LC_IDENTIFICATION; number 6 is LC_ALL */
#define __LC_NAME_MAX 64
struct __locale_struct {
    char names[__LC_CATEGORIES][__LC_NAME_MAX];
    int utf8;
};

/* Sets loc's categories in mask from a name, "" (the environment) or a "LC_X=name;..." list: 0, or -1 leaving loc as it was. */
int __locale_choose(struct __locale_struct *loc, int mask, const char *name);
/* The "C" locale, and a copy of the global one. */
void __locale_c(struct __locale_struct *loc);
void __locale_global(struct __locale_struct *copy);

/*
 * mbchar.c: whether the calling thread's LC_CTYPE is UTF-8 (its uselocale locale, else
 * the global one). __thread_locale is set by the first uselocale (newlocale.c), so that
 * programs which never call it have no thread-local storage for it.
 */
extern int __utf8_locale;
extern locale_t (*__thread_locale)(void);
int __ctype_utf8(void);

/* syscall_raw.S: the raw system call; returns -errno on failure. */
long __syscall6(long n, long a1, long a2, long a3, long a4, long a5, long a6);

#define __syscall0(n) __syscall6((n), 0, 0, 0, 0, 0, 0)
#define __syscall1(n, a) __syscall6((n), (long)(a), 0, 0, 0, 0, 0)
#define __syscall2(n, a, b) __syscall6((n), (long)(a), (long)(b), 0, 0, 0, 0)
#define __syscall3(n, a, b, c) __syscall6((n), (long)(a), (long)(b), (long)(c), 0, 0, 0)
#define __syscall4(n, a, b, c, d) \
    __syscall6((n), (long)(a), (long)(b), (long)(c), (long)(d), 0, 0)
#define __syscall5(n, a, b, c, d, e) \
    __syscall6((n), (long)(a), (long)(b), (long)(c), (long)(d), (long)(e), 0)

/*
 * pthread_cancel.c: the same for a system call that is a cancellation point
 * (read, write, nanosleep, wait4, ...): a thread with a cancellation request
 * pending ends there instead (pthread_cancel.c tells how).
 */
long __syscall_cp(long n, long a1, long a2, long a3, long a4, long a5, long a6);

#define __syscall_cp0(n) __syscall_cp((n), 0, 0, 0, 0, 0, 0)
#define __syscall_cp1(n, a) __syscall_cp((n), (long)(a), 0, 0, 0, 0, 0)
#define __syscall_cp2(n, a, b) __syscall_cp((n), (long)(a), (long)(b), 0, 0, 0, 0)
#define __syscall_cp3(n, a, b, c) __syscall_cp((n), (long)(a), (long)(b), (long)(c), 0, 0, 0)
#define __syscall_cp4(n, a, b, c, d) \
    __syscall_cp((n), (long)(a), (long)(b), (long)(c), (long)(d), 0, 0)
#define __syscall_cp5(n, a, b, c, d, e) \
    __syscall_cp((n), (long)(a), (long)(b), (long)(c), (long)(d), (long)(e), 0)

/* Turn a raw result into the C convention: -1 with errno set. */
long __syscall_ret(long r);

/* stdio.c: flush every stream (called by exit). */
void __stdio_flush_all(void);

/* stdio.c: put n bytes just read back in front of the stream's input; 0 or -1. */
int __stdio_unread(FILE *f, const unsigned char *p, size_t n);

/* printf.c: the formatting engine behind every printf flavour. */
typedef struct {
    FILE *file;     /* write here when non-NULL ... */
    int fd;         /* ... or to this descriptor when >= 0, staged in base..str ... */
    char *str;      /* ... else into this string */
    size_t cap;     /* bytes available in str, including the NUL */
    char *base;     /* a descriptor's staging buffer */
    size_t count;   /* characters produced so far (the return value) */
    int error;
} __printf_sink;

int __vformat(__printf_sink *sink, const char *fmt, va_list ap);

void __restore_rt(void);

/* signal.c: glibc's signals for its threads (pthread_cancel.c sends the first), and sigaction without refusing them. */
#define SIGCANCEL 32
#define SIGSETXID 33
struct sigaction;
int __sigaction_internal(int sig, const struct sigaction *act, struct sigaction *old);

/* fork.c: fork without the pthread_atfork handlers (system, popen, posix_spawn). */
pid_t __libc_fork(void);

/* exec.c: in a forked child, replace it with `/bin/sh -c command` (system, popen). */
void __exec_shell(const char *command) __attribute__((noreturn));

/* calendar.c: the C locale's day and month names, Sunday and January first. */
extern const char *const __day_names[7];
/* The proleptic Gregorian calendar (calendar.c): leap years, and days from 1970-01-01 to y-m-d (m 1..12). */
int __is_leap_year(long long year);
long long __days_from_civil(long long y, int m, int d);
extern const char *const __month_names[12];

/* shm.c: the /dev/shm file of a shared memory object or named semaphore (prefix "sem."), and its removal. */
#define SHM_PATH_MAX 270    /* glibc's: "/dev/shm/", "sem.", NAME_MAX bytes and a NUL */
int __shm_path(char path[SHM_PATH_MAX], const char *name, const char *prefix);
int __shm_unlink(const char *name, const char *prefix);

/* start.c: argv[0] and its last component. */
extern char *program_invocation_name;
extern char *program_invocation_short_name;
extern void *__libc_stack_end;     /* progname.c: where crt0 found argc */

#endif
