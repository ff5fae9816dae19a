/*
 * fork.c - creating processes: fork/vfork/clone (a copy of the caller)
 * and kernel_thread (used once, to start init).
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include <linux/mm.h>
#include <linux/fs.h>
#include <linux/syscalls.h>

#define CLONE_VM		0x00000100
#define CLONE_VFORK		0x00004000
#define CLONE_THREAD		0x00010000
#define CLONE_SETTLS		0x00080000
#define CLONE_PARENT_SETTID	0x00100000
#define CLONE_CHILD_CLEARTID	0x00200000
#define CLONE_CHILD_SETTID	0x01000000

static pid_t last_pid;

/* A task slot and a task_struct with a fresh kernel stack, or NULL. */
static struct task_struct *alloc_task(void)
{
	struct task_struct *p;
	int i;

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
	task[i] = p;
	return p;
}

/* Release a task that will never run again (a reaped zombie). */
void free_task(struct task_struct *p)
{
	int i;

	for (i = 1; i < NR_TASKS; i++)
		if (task[i] == p)
			task[i] = NULL;
	free_pages((unsigned long)p->stack, 2);
	kfree(p);
}

/* Copy the parts of current that a child inherits. */
static void copy_process_state(struct task_struct *p)
{
	int fd;

	p->parent = current;
	p->pgrp = current->pgrp;
	p->umask = current->umask;
	p->cwd = current->cwd;
	if (p->cwd)
		iget(p->cwd);
	for (fd = 0; fd < NR_OPEN; fd++) {
		p->files[fd] = current->files[fd];
		if (p->files[fd])
			p->files[fd]->f_count++;
	}
	p->close_on_exec = current->close_on_exec;
	p->blocked = current->blocked;
	memcpy(p->sighand, current->sighand, sizeof(p->sighand));
	memcpy(p->comm, current->comm, sizeof(p->comm));
}

/*
 * fork: the child gets a copy of everything, and returns 0 from the same
 * system call.  Threads (CLONE_VM without a new address space) are not
 * supported.
 */
long do_fork(unsigned long clone_flags, unsigned long newsp, unsigned long tls)
{
	struct pt_regs *regs = current_pt_regs();
	struct task_struct *p;

	/* vfork's CLONE_VM is honoured with a copy, which behaves the same. */
	if ((clone_flags & CLONE_THREAD) || ((clone_flags & CLONE_VM) && !(clone_flags & CLONE_VFORK)))
		return -EINVAL;
	p = alloc_task();
	if (!p)
		return -EAGAIN;
	p->mm = dup_mm(current->mm);
	if (!p->mm) {
		free_task(p);
		return -ENOMEM;
	}
	copy_process_state(p);
	copy_thread(p, regs, NULL, NULL);
	if (newsp)
		task_pt_regs(p)->sp = newsp;
	if (clone_flags & CLONE_SETTLS)
		p->thread.fsbase = tls;
	p->state = TASK_RUNNING;
	return p->pid;
}

/* Start fn(arg) as a new task with no user address space (yet). */
pid_t kernel_thread(int (*fn)(void *), void *arg)
{
	struct task_struct *p = alloc_task();

	if (!p)
		panic("kernel_thread: no memory");
	copy_process_state(p);
	copy_thread(p, NULL, fn, arg);
	p->state = TASK_RUNNING;
	return p->pid;
}

SYSCALL_DEFINE0(fork)
{
	return do_fork(0, 0, 0);
}

SYSCALL_DEFINE0(vfork)
{
	return do_fork(CLONE_VM | CLONE_VFORK, 0, 0);
}

/* clone(flags, newsp, parent_tid, child_tid, tls): only fork-like uses. */
SYSCALL_DEFINE5(clone, unsigned long, clone_flags, unsigned long, newsp,
		int __user *, parent_tidptr, int __user *, child_tidptr, unsigned long, tls)
{
	long pid = do_fork(clone_flags, newsp, tls);

	if (pid > 0 && (clone_flags & CLONE_PARENT_SETTID))
		put_user((int)pid, parent_tidptr);
	return pid;
}

SYSCALL_DEFINE1(set_tid_address, int __user *, tidptr)
{
	current->clear_child_tid = tidptr;
	return current->pid;
}
