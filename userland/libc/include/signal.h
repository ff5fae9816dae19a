#ifndef _SIGNAL_H
#define _SIGNAL_H

#include <bits/posixtypes.h>

#define SIGHUP 1
#define SIGINT 2
#define SIGQUIT 3
#define SIGILL 4
#define SIGTRAP 5
#define SIGABRT 6
#define SIGIOT 6
#define SIGBUS 7
#define SIGFPE 8
#define SIGKILL 9
#define SIGUSR1 10
#define SIGSEGV 11
#define SIGUSR2 12
#define SIGPIPE 13
#define SIGALRM 14
#define SIGTERM 15
#define SIGSTKFLT 16
#define SIGCHLD 17
#define SIGCONT 18
#define SIGSTOP 19
#define SIGTSTP 20
#define SIGTTIN 21
#define SIGTTOU 22
#define SIGURG 23
#define SIGXCPU 24
#define SIGXFSZ 25
#define SIGVTALRM 26
#define SIGPROF 27
#define SIGWINCH 28
#define SIGIO 29
#define SIGPWR 30
#define SIGSYS 31
#define NSIG 65
/* glibc keeps 32 and 33 for its threads: real-time signals start at 34. */
#define SIGRTMIN 34
#define SIGRTMAX 64

typedef void (*sighandler_t)(int);
#include <bits/sigset.h>
typedef int sig_atomic_t;

#define SIG_DFL ((sighandler_t)0)
#define SIG_IGN ((sighandler_t)1)
#define SIG_ERR ((sighandler_t)-1)

#define SA_NOCLDSTOP 1
#define SA_NOCLDWAIT 2
#define SA_SIGINFO 4
#define SA_RESTORER 0x04000000
#define SA_ONSTACK 0x08000000
#define SA_RESTART 0x10000000
#define SA_NODEFER 0x40000000
#define SA_RESETHAND 0x80000000

#define SIG_BLOCK 0
#define SIG_UNBLOCK 1
#define SIG_SETMASK 2

union sigval {
    int sival_int;
    void *sival_ptr;
};

/* How an event (mq_notify, timer_create) is told: glibc's 64-byte x86-64 layout. */
typedef struct sigevent {
    union sigval sigev_value;
    int sigev_signo;
    int sigev_notify;
    union {
        int _pad[12];
        pid_t _tid;
        struct {
            void (*_function)(union sigval);
            void *_attribute;   /* pthread_attr_t * */
        } _sigev_thread;
    } _sigev_un;
} sigevent_t;
#define sigev_notify_function _sigev_un._sigev_thread._function
#define sigev_notify_attributes _sigev_un._sigev_thread._attribute
#define sigev_notify_thread_id _sigev_un._tid
#define SIGEV_SIGNAL 0
#define SIGEV_NONE 1
#define SIGEV_THREAD 2
#define SIGEV_THREAD_ID 4

/* What an SA_SIGINFO handler learns: the kernel's 128-byte x86-64 layout. */
typedef struct {
    int si_signo;
    int si_errno;
    int si_code;
    union {
        int __pad[28];
        struct { pid_t si_pid; uid_t si_uid; } __kill;
        struct { int si_tid; int si_overrun; union sigval si_sigval; } __timer;
        struct { pid_t si_pid; uid_t si_uid; union sigval si_sigval; } __rt;
        struct { pid_t si_pid; uid_t si_uid; int si_status; long si_utime; long si_stime; } __chld;
        struct { void *si_addr; short si_addr_lsb; } __fault;
        struct { long si_band; int si_fd; } __poll;
    } __fields;
} siginfo_t;
#define si_pid __fields.__kill.si_pid
#define si_uid __fields.__kill.si_uid
#define si_timerid __fields.__timer.si_tid
#define si_overrun __fields.__timer.si_overrun
#define si_value __fields.__rt.si_sigval
#define si_int __fields.__rt.si_sigval.sival_int
#define si_ptr __fields.__rt.si_sigval.sival_ptr
#define si_status __fields.__chld.si_status
#define si_utime __fields.__chld.si_utime
#define si_stime __fields.__chld.si_stime
#define si_addr __fields.__fault.si_addr
#define si_addr_lsb __fields.__fault.si_addr_lsb
#define si_band __fields.__poll.si_band
#define si_fd __fields.__poll.si_fd

/* si_code values. */
#define SI_USER 0
#define SI_KERNEL 0x80
#define SI_QUEUE (-1)
#define SI_TIMER (-2)
#define SI_MESGQ (-3)
#define SI_ASYNCIO (-4)
#define SI_SIGIO (-5)
#define SI_TKILL (-6)
#define ILL_ILLOPC 1
#define ILL_ILLOPN 2
#define ILL_ILLADR 3
#define ILL_ILLTRP 4
#define ILL_PRVOPC 5
#define ILL_PRVREG 6
#define ILL_COPROC 7
#define ILL_BADSTK 8
#define FPE_INTDIV 1
#define FPE_INTOVF 2
#define FPE_FLTDIV 3
#define FPE_FLTOVF 4
#define FPE_FLTUND 5
#define FPE_FLTRES 6
#define FPE_FLTINV 7
#define FPE_FLTSUB 8
#define SEGV_MAPERR 1
#define SEGV_ACCERR 2
#define BUS_ADRALN 1
#define BUS_ADRERR 2
#define BUS_OBJERR 3
#define TRAP_BRKPT 1
#define TRAP_TRACE 2
#define CLD_EXITED 1
#define CLD_KILLED 2
#define CLD_DUMPED 3
#define CLD_TRAPPED 4
#define CLD_STOPPED 5
#define CLD_CONTINUED 6
#define POLL_IN 1
#define POLL_OUT 2
#define POLL_MSG 3
#define POLL_ERR 4
#define POLL_PRI 5
#define POLL_HUP 6

/*
 * Laid out as the kernel's struct sigaction (rt_sigaction, 8-byte mask). The
 * handler is one of two kinds, as in glibc: sa_handler(sig), or with
 * SA_SIGINFO sa_sigaction(sig, info, ucontext).
 */
struct sigaction {
    union {
        sighandler_t sa_handler;
        void (*sa_sigaction)(int sig, siginfo_t *info, void *context);
    } __sa_handler;
    unsigned long sa_flags;
    void (*sa_restorer)(void);
    sigset_t sa_mask;
};
#define sa_handler __sa_handler.sa_handler
#define sa_sigaction __sa_handler.sa_sigaction

/* An alternate stack for handlers (sigaltstack, SA_ONSTACK). */
typedef struct {
    void *ss_sp;
    int ss_flags;
    size_t ss_size;
} stack_t;
#define SS_ONSTACK 1
#define SS_DISABLE 2
#define MINSIGSTKSZ 2048
#define SIGSTKSZ 8192
int sigaltstack(const stack_t *ss, stack_t *old);

sighandler_t signal(int sig, sighandler_t handler);
int sigaction(int sig, const struct sigaction *act, struct sigaction *old);
int siginterrupt(int sig, int flag);
void psignal(int sig, const char *s);
int sigprocmask(int how, const sigset_t *set, sigset_t *old);
/* The thread forms (<pthread.h>'s pthread_t is an unsigned long): the error number is returned. */
int pthread_sigmask(int how, const sigset_t *set, sigset_t *old);
int pthread_kill(unsigned long thread, int sig);
int sigemptyset(sigset_t *set);
int sigfillset(sigset_t *set);
int sigaddset(sigset_t *set, int sig);
int sigdelset(sigset_t *set, int sig);
int sigismember(const sigset_t *set, int sig);
int kill(pid_t pid, int sig);
int raise(int sig);
int killpg(pid_t pgrp, int sig);
int sigpending(sigset_t *set);
int sigsuspend(const sigset_t *mask);
struct timespec;
int sigtimedwait(const sigset_t *set, siginfo_t *info, const struct timespec *timeout);
int sigwaitinfo(const sigset_t *set, siginfo_t *info);
int sigwait(const sigset_t *set, int *sig);
int sigqueue(pid_t pid, int sig, const union sigval value);
#ifdef _GNU_SOURCE
int sigisemptyset(const sigset_t *set);
int sigandset(sigset_t *dest, const sigset_t *left, const sigset_t *right);
int sigorset(sigset_t *dest, const sigset_t *left, const sigset_t *right);
#endif

#endif
