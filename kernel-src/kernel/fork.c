/*
 * fork.c - creating tasks: fork/vfork/clone and kernel_thread (used once,
 * to start init).
 *
 * clone's flags say what the new task shares with its creator instead of
 * copying: CLONE_VM the address space, CLONE_FILES the descriptor table,
 * CLONE_SIGHAND the signal handlers, CLONE_THREAD the process (it joins
 * the caller's thread group: same getpid, its own gettid).  With none of
 * them it is fork.  pthread_create passes them all, and CLONE_FS (the
 * working directory and umask).
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include <linux/mm.h>
#include <linux/fs.h>
#include <linux/sem.h>
#include <linux/syscalls.h>
#include <linux/ptrace.h>
#include <linux/err.h>
#include <asm/uaccess.h>

#define CSIGNAL			0x000000ff	/* the signal sent to the parent at exit */
#define CLONE_VM		0x00000100
#define CLONE_FS		0x00000200
#define CLONE_FILES		0x00000400
#define CLONE_SIGHAND		0x00000800
#define CLONE_VFORK		0x00004000
#define CLONE_THREAD		0x00010000
#define CLONE_SYSVSEM		0x00040000
#define CLONE_SETTLS		0x00080000
#define CLONE_PARENT_SETTID	0x00100000
#define CLONE_CHILD_CLEARTID	0x00200000
#define CLONE_DETACHED		0x00400000
#define CLONE_CHILD_SETTID	0x01000000

/* What this kernel can do; anything else (namespaces, ptrace...) is refused. */
#define CLONE_SUPPORTED	(CSIGNAL | CLONE_VM | CLONE_FS | CLONE_FILES | CLONE_SIGHAND | \
			 CLONE_VFORK | CLONE_THREAD | CLONE_SYSVSEM | CLONE_SETTLS | \
			 CLONE_PARENT_SETTID | CLONE_CHILD_CLEARTID | CLONE_DETACHED | \
			 CLONE_CHILD_SETTID)

pid_t last_pid;		/* the newest pid: /proc/loadavg and stat show it */

/* A task slot and a task_struct with a fresh kernel stack, or NULL. */
static struct task_struct *alloc_task(void)
{
	struct task_struct *p;
	int i;

	release_dead_tasks();
	for (i = 1; i < NR_TASKS; i++)
		if (!task[i])
			break;
	if (i == NR_TASKS)
		return NULL;
	p = kzalloc(sizeof(*p), GFP_KERNEL);
	if (!p)
		return NULL;
	p->stack = (void *)__get_free_pages(GFP_KERNEL, 2);	/* THREAD_SIZE */
	if (!p->stack) {
		kfree(p);
		return NULL;
	}
	p->pid = ++last_pid;
	p->tgid = p->pid;
	p->group_leader = p;
	task[i] = p;
	return p;
}

/* Release a task that will never run again (a reaped zombie or a dead thread). */
void free_task(struct task_struct *p)
{
	int i;

	for (i = 1; i < NR_TASKS; i++)
		if (task[i] == p)
			task[i] = NULL;
	if (p->sighand && --p->sighand->count == 0)
		kfree(p->sighand);
	free_pages((unsigned long)p->stack, 2);
	kfree(p);
}

/*
 * Threads free themselves: a thread cannot free the kernel stack it is
 * running on, so do_exit leaves it EXIT_DEAD and the next fork (or wait4)
 * frees it from another task's stack.
 */
void release_dead_tasks(void)
{
	int i;

	for (i = 1; i < NR_TASKS; i++) {
		struct task_struct *p = task[i];

		if (p && p != current && p->state == EXIT_DEAD)
			free_task(p);
	}
}

/* The descriptor table: shared (CLONE_FILES) or a copy holding its own references. */
static int copy_files(unsigned long clone_flags, struct task_struct *p)
{
	struct files_struct *old = current->files, *files;
	int fd;

	if (clone_flags & CLONE_FILES) {
		old->count++;
		p->files = old;
		return 0;
	}
	files = kzalloc(sizeof(*files), GFP_KERNEL);
	if (!files)
		return -ENOMEM;
	files->count = 1;
	for (fd = 0; fd < NR_OPEN; fd++) {
		files->fd[fd] = old->fd[fd];
		if (files->fd[fd])
			files->fd[fd]->f_count++;
	}
	files->close_on_exec = old->close_on_exec;
	p->files = files;
	return 0;
}

/* The root, working directory and umask: shared (CLONE_FS) or copied. */
static int copy_fs(unsigned long clone_flags, struct task_struct *p)
{
	struct fs_struct *fs;

	if (clone_flags & CLONE_FS) {
		current->fs->count++;
		p->fs = current->fs;
		return 0;
	}
	fs = kmalloc(sizeof(*fs), GFP_KERNEL);
	if (!fs)
		return -ENOMEM;
	fs->count = 1;
	fs->umask = current->fs->umask;
	fs->root = current->fs->root;
	if (fs->root)
		iget(fs->root);
	fs->cwd = current->fs->cwd;
	if (fs->cwd)
		iget(fs->cwd);
	p->fs = fs;
	return 0;
}

static int copy_sighand(unsigned long clone_flags, struct task_struct *p)
{
	struct sighand_struct *sig;

	if (clone_flags & CLONE_SIGHAND) {
		current->sighand->count++;
		p->sighand = current->sighand;
		return 0;
	}
	sig = kmalloc(sizeof(*sig), GFP_KERNEL);
	if (!sig)
		return -ENOMEM;
	memcpy(sig->action, current->sighand->action, sizeof(sig->action));
	sig->count = 1;
	p->sighand = sig;
	return 0;
}

/* The address space: the same one (CLONE_VM, a thread) or a private copy (fork). */
static int copy_mm(unsigned long clone_flags, struct task_struct *p)
{
	if (!current->mm)
		return 0;
	if ((clone_flags & CLONE_VM) && !(clone_flags & CLONE_VFORK)) {
		current->mm->mm_users++;
		p->mm = current->mm;
		return 0;
	}
	/* vfork's CLONE_VM is honoured with a copy, which behaves the same. */
	p->mm = dup_mm(current->mm);
	return p->mm ? 0 : -ENOMEM;
}

/* The rest of what a new task inherits. */
static void copy_process_state(unsigned long clone_flags, struct task_struct *p)
{
	if (clone_flags & CLONE_THREAD) {
		p->tgid = current->tgid;
		p->group_leader = current->group_leader;
	}
	/* A process's parent is a process leader, whichever thread forked it. */
	p->parent = (clone_flags & CLONE_THREAD) ? current->group_leader->parent : current->group_leader;
	p->pgrp = current->pgrp;
	p->session = current->session;
	p->blocked = current->blocked;
	/* A forked child keeps the alternate signal stack; a new thread has none (Linux). */
	if ((clone_flags & (CLONE_VM | CLONE_VFORK)) != CLONE_VM) {
		p->sas_ss_sp = current->sas_ss_sp;
		p->sas_ss_size = current->sas_ss_size;
		p->sas_ss_flags = current->sas_ss_flags;
	}
	p->nice = current->group_leader->nice;
	memcpy(p->rlim, current->group_leader->rlim, sizeof(p->rlim));
	p->cred = current->cred;
	p->personality = current->personality;
	p->start_time = local_clock();
	sched_fork(p);
	memcpy(p->comm, current->comm, sizeof(p->comm));
}

/* Undo a half-built task (clone failed for lack of memory). */
static void abort_fork(struct task_struct *p)
{
	exit_sem(p);
	if (p->mm)
		mmput(p->mm);
	if (p->files)
		put_files_struct(p->files);
	if (p->fs)
		put_fs_struct(p->fs);
	free_task(p);
}

/* The flag combinations Linux insists on. */
static int check_clone_flags(unsigned long clone_flags)
{
	if (clone_flags & ~CLONE_SUPPORTED)
		return -EINVAL;
	if ((clone_flags & CLONE_THREAD) && !(clone_flags & CLONE_SIGHAND))
		return -EINVAL;
	if ((clone_flags & CLONE_SIGHAND) && !(clone_flags & CLONE_VM))
		return -EINVAL;
	return 0;
}

/*
 * The first thing a new task does (from ret_from_fork, in its own address
 * space): CLONE_CHILD_SETTID's store, which must land in the child's
 * memory even when that is a copy of the parent's.
 */
static int schedule_tail(void *unused)
{
	(void)unused;
	if (current->set_child_tid)
		put_user((int)current->pid, current->set_child_tid);
	return 0;
}

/*
 * RLIMIT_NPROC: does the caller's real user have as many tasks as it may?
 * Threads count, and processes until they are reaped, as in Linux's
 * user->processes; root, and whoever has CAP_SYS_RESOURCE or CAP_SYS_ADMIN,
 * is not held to it.
 */
static int nproc_exceeded(void)
{
	uid_t uid = current->cred.uid;
	unsigned long n = 0;
	int i;

	if (uid == GLOBAL_ROOT_UID || capable(CAP_SYS_RESOURCE) || capable(CAP_SYS_ADMIN))
		return 0;
	for (i = 1; i < NR_TASKS; i++)
		if (task[i] && task[i]->cred.uid == uid && task[i]->state != EXIT_DEAD)
			n++;
	return n >= rlimit(RLIMIT_NPROC);
}

/*
 * Create a task that returns 0 from the same system call as current
 * (on stack newsp if given), sharing what clone_flags say.
 */
static struct task_struct *copy_process(unsigned long clone_flags, unsigned long newsp, unsigned long tls,
					int __user *child_tidptr)
{
	struct task_struct *p;

	if (nproc_exceeded())
		return ERR_PTR(-EAGAIN);
	p = alloc_task();
	if (!p)
		return ERR_PTR(-EAGAIN);
	if (copy_semundo(clone_flags, p) || copy_mm(clone_flags, p) || copy_files(clone_flags, p) ||
	    copy_fs(clone_flags, p) || copy_sighand(clone_flags, p)) {
		abort_fork(p);
		return ERR_PTR(-ENOMEM);
	}
	copy_process_state(clone_flags, p);
	if (clone_flags & CLONE_CHILD_SETTID)
		p->set_child_tid = child_tidptr;
	if (clone_flags & CLONE_CHILD_CLEARTID)
		p->clear_child_tid = child_tidptr;
	copy_thread(p, current_pt_regs(), p->set_child_tid ? schedule_tail : NULL, NULL);
	if (newsp)
		task_pt_regs(p)->sp = newsp;
	if (clone_flags & CLONE_SETTLS)
		p->thread.fsbase = tls;
	return p;
}

/* Which ptrace event a new task is, as Linux's _do_fork decides it. */
static int fork_trace_event(unsigned long clone_flags)
{
	if (clone_flags & CLONE_VFORK)
		return PTRACE_EVENT_VFORK;
	if ((clone_flags & CSIGNAL) != SIGCHLD)
		return PTRACE_EVENT_CLONE;
	return PTRACE_EVENT_FORK;
}

/*
 * Let the new task run.  A tracee whose tracer follows this kind of child gets
 * the child traced too, and stops to report it (PTRACE_GETEVENTMSG: its pid).
 */
static long wake_up_new_task(struct task_struct *p, unsigned long clone_flags)
{
	int event = current->ptrace ? fork_trace_event(clone_flags) : 0;

	ptrace_init_task(p, event);
	p->state = TASK_RUNNING;
	if (event && ptrace_event_enabled(current, event))
		ptrace_event(event, p->pid);
	return p->pid;
}

long do_fork(unsigned long clone_flags, unsigned long newsp, unsigned long tls)
{
	struct task_struct *p;
	int err = check_clone_flags(clone_flags);

	if (err)
		return err;
	p = copy_process(clone_flags, newsp, tls, NULL);
	if (IS_ERR(p))
		return PTR_ERR(p);
	return wake_up_new_task(p, clone_flags);
}

/* Start fn(arg) as a new task with no user address space (yet). */
pid_t kernel_thread(int (*fn)(void *), void *arg)
{
	struct task_struct *p = alloc_task();

	if (!p || copy_files(0, p) || copy_fs(0, p) || copy_sighand(0, p))
		panic("kernel_thread: no memory");
	copy_process_state(0, p);
	copy_thread(p, NULL, fn, arg);
	p->state = TASK_RUNNING;
	return p->pid;
}

SYSCALL_DEFINE0(fork)
{
	return do_fork(SIGCHLD, 0, 0);
}

SYSCALL_DEFINE0(vfork)
{
	return do_fork(CLONE_VM | CLONE_VFORK | SIGCHLD, 0, 0);
}

/*
 * clone(flags, newsp, parent_tid, child_tid, tls) - the x86-64 argument
 * order.  The parent's copy of the thread id is stored before the child
 * can run (pthread_join relies on it); the child stores its own first thing.
 */
SYSCALL_DEFINE5(clone, unsigned long, clone_flags, unsigned long, newsp,
		int __user *, parent_tidptr, int __user *, child_tidptr, unsigned long, tls)
{
	struct task_struct *p;
	int err = check_clone_flags(clone_flags);

	if (err)
		return err;
	p = copy_process(clone_flags, newsp, tls, child_tidptr);
	if (IS_ERR(p))
		return PTR_ERR(p);
	if (clone_flags & CLONE_PARENT_SETTID)
		put_user((int)p->pid, parent_tidptr);
	return wake_up_new_task(p, clone_flags);
}

SYSCALL_DEFINE1(set_tid_address, int __user *, tidptr)
{
	current->clear_child_tid = tidptr;
	return current->pid;
}
