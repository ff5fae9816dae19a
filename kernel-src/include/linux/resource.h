/*
 * resource.h - resource limits (setrlimit), as Linux's.  A process keeps
 * them in its leader (Linux: signal_struct), shared by its threads,
 * inherited by fork and kept across execve.
 */
#ifndef _LINUX_RESOURCE_H
#define _LINUX_RESOURCE_H

#include <linux/types.h>

#define RLIMIT_CPU		0	/* CPU time in s: SIGXCPU each second past the soft limit, SIGKILL at the hard */
#define RLIMIT_FSIZE		1	/* the largest file a write or truncate may make: SIGXFSZ, EFBIG */
#define RLIMIT_DATA		2	/* the heap and private writable mappings: ENOMEM */
#define RLIMIT_STACK		3	/* the main thread's stack, and threads' by default */
#define RLIMIT_CORE		4	/* the largest core file (we write none) */
#define RLIMIT_RSS		5
#define RLIMIT_NPROC		6	/* tasks of the real user: fork's EAGAIN */
#define RLIMIT_NOFILE		7	/* one more than the highest descriptor: EMFILE */
#define RLIMIT_MEMLOCK		8
#define RLIMIT_AS		9	/* the whole address space: ENOMEM */
#define RLIMIT_LOCKS		10
#define RLIMIT_SIGPENDING	11
#define RLIMIT_MSGQUEUE		12
#define RLIMIT_NICE		13
#define RLIMIT_RTPRIO		14
#define RLIMIT_RTTIME		15
#define RLIM_NLIMITS		16

#define RLIM_INFINITY		(~0UL)

/* struct rlimit and struct rlimit64 are the same on x86-64. */
struct rlimit {
	unsigned long rlim_cur;
	unsigned long rlim_max;
};

struct task_struct;

/*
 * The boot limits every process inherits, Linux's INIT_RLIMITS: an 8 MiB
 * stack, no core files, 64 KiB of locked memory, the message queues' 800 KiB;
 * RLIMIT_NPROC and RLIMIT_SIGPENDING are half the tasks there can be, as
 * Linux's fork_init makes them; RLIMIT_NOFILE's hard limit is Linux's
 * nr_open, which for us is the descriptor table's size.
 */
#define INIT_RLIMITS(nr_tasks, nr_open)							\
{											\
	[RLIMIT_CPU]		= { RLIM_INFINITY, RLIM_INFINITY },			\
	[RLIMIT_FSIZE]		= { RLIM_INFINITY, RLIM_INFINITY },			\
	[RLIMIT_DATA]		= { RLIM_INFINITY, RLIM_INFINITY },			\
	[RLIMIT_STACK]		= { 8 << 20, RLIM_INFINITY },				\
	[RLIMIT_CORE]		= { 0, RLIM_INFINITY },					\
	[RLIMIT_RSS]		= { RLIM_INFINITY, RLIM_INFINITY },			\
	[RLIMIT_NPROC]		= { (nr_tasks) / 2, (nr_tasks) / 2 },			\
	[RLIMIT_NOFILE]		= { (nr_open), (nr_open) },				\
	[RLIMIT_MEMLOCK]	= { 64 << 10, 64 << 10 },				\
	[RLIMIT_AS]		= { RLIM_INFINITY, RLIM_INFINITY },			\
	[RLIMIT_LOCKS]		= { RLIM_INFINITY, RLIM_INFINITY },			\
	[RLIMIT_SIGPENDING]	= { (nr_tasks) / 2, (nr_tasks) / 2 },			\
	[RLIMIT_MSGQUEUE]	= { 819200, 819200 },					\
	[RLIMIT_NICE]		= { 0, 0 },						\
	[RLIMIT_RTPRIO]		= { 0, 0 },						\
	[RLIMIT_RTTIME]		= { RLIM_INFINITY, RLIM_INFINITY },			\
}

/* kernel/sys.c */
int do_prlimit(struct task_struct *tsk, unsigned int resource, struct rlimit *new_rlim, struct rlimit *old_rlim);
/* The calling process's soft limit. */
unsigned long rlimit(unsigned int resource);

#endif
