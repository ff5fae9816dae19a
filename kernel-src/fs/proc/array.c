/*
 * array.c - /proc/PID/stat and /proc/PID/status, in Linux 4.7's formats
 * (its fs/proc/array.c).  What this kernel does not track (major page
 * faults, sessions, capabilities of non-root users) is 0, as Linux shows
 * such fields for kernel threads.
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/sched.h>
#include <linux/time.h>
#include <linux/mm.h>
#include <linux/signal.h>
#include <linux/proc_fs.h>

#define SIGCHLD_NR	17

static char task_state_char(struct task_struct *task)
{
	switch (task->state) {
	case TASK_RUNNING:	return 'R';
	case EXIT_ZOMBIE:	return 'Z';
	case EXIT_DEAD:		return 'X';
	case TASK_TRACED:	return 't';
	case TASK_STOPPED:	return 'T';
	default:		return 'S';
	}
}

static const char *task_state_name(struct task_struct *task)
{
	switch (task_state_char(task)) {
	case 'R':	return "R (running)";
	case 'Z':	return "Z (zombie)";
	case 'X':	return "X (dead)";
	case 't':	return "t (tracing stop)";
	case 'T':	return "T (stopped)";
	default:	return "S (sleeping)";
	}
}

static pid_t task_ppid(struct task_struct *task)
{
	struct task_struct *parent = task->group_leader->parent;

	return parent ? parent->tgid : 0;
}

static int nr_threads_of(struct task_struct *p)
{
	int i, n = 0;

	for (i = 0; i < NR_TASKS; i++)
		if (task[i] && task[i]->tgid == p->tgid && task[i]->state != EXIT_DEAD)
			n++;
	return n;
}

/* The controlling terminal, as stat's tty_nr: the device on fd 0, if a terminal. */
static unsigned int task_tty_nr(struct task_struct *task)
{
	struct file *f = task->files ? task->files->fd[0] : NULL;
	dev_t dev;

	if (!f || !f->f_inode || !S_ISCHR(f->f_inode->i_mode) || MAJOR(f->f_inode->i_rdev) != 5)
		return 0;
	dev = f->f_inode->i_rdev;
	return (MINOR(dev) & 0xff) | (MAJOR(dev) << 8);	/* new_encode_dev */
}

/* Signals the process ignores (SIG_IGN) and catches (a handler). */
static void task_sig_actions(struct task_struct *task, sigset_t *ign, sigset_t *catch)
{
	int sig;

	*ign = *catch = 0;
	if (!task->sighand)
		return;
	for (sig = 1; sig <= _NSIG; sig++) {
		void *handler = task->sighand->action[sig - 1].sa.sa_handler;

		if (handler == SIG_IGN)
			*ign |= sigmask(sig);
		else if (handler != SIG_DFL)
			*catch |= sigmask(sig);
	}
}

/*
 * minflt cminflt majflt cmajflt utime stime cutime cstime: a process leader's
 * file counts the whole process and its reaped children, another thread's its
 * own (Linux's do_task_stat).
 */
static void task_stat_times(struct seq_file *m, struct task_struct *task)
{
	struct task_usage times, children = { 0, 0 };

	if (thread_group_leader(task)) {
		process_usage(task, &times);
		children = task->children;
	} else {
		thread_usage(task, &times);
	}
	seq_printf(m, " %lu %lu 0 0 %ld %ld %ld %ld", times.min_flt, children.min_flt,
		   nsec_to_clock_t(times.utime), nsec_to_clock_t(times.stime),
		   nsec_to_clock_t(children.utime), nsec_to_clock_t(children.stime));
}

int proc_pid_stat(struct seq_file *m, struct task_struct *task)
{
	struct task_struct *leader = task->group_leader;
	struct mm_struct *mm = task->mm;
	int threaded = task->pid != task->tgid;
	sigset_t ign, catch;

	task_sig_actions(task, &ign, &catch);
	/* pid comm state ppid pgrp session tty_nr tpgid flags */
	seq_printf(m, "%d (%s) %c %d %d 0 %u %d 0", task->pid, task->comm,
		   task_state_char(task), task_ppid(task), leader->pgrp,
		   task_tty_nr(task), task_tty_nr(task) ? leader->pgrp : -1);
	task_stat_times(m, task);
	/* priority nice num_threads itrealvalue start_time vsize rss rsslim */
	seq_printf(m, " %d %d %d 0 %ld %lu %lu %lu", 20 + leader->nice, leader->nice,
		   nr_threads_of(task), nsec_to_clock_t(task->start_time), mm ? task_vsize(mm) : 0,
		   mm ? task_rss(mm) : 0, ~0UL);
	/* start_code end_code start_stack kstkesp kstkeip */
	seq_printf(m, " %lu %lu %lu 0 0", mm ? mm->start_code : 0,
		   mm ? mm->start_brk : 0, mm ? mm->start_stack : 0);
	/* signal blocked sigignore sigcatch wchan nswap cnswap exit_signal cpu */
	seq_printf(m, " %lu %lu %lu %lu 0 0 0 %d 0", task->pending, task->blocked, ign, catch,
		   threaded ? -1 : SIGCHLD_NR);
	/* rt_priority policy blkio_ticks guest_time cguest_time */
	seq_printf(m, " 0 0 0 0 0");
	/* start_data end_data start_brk arg_start arg_end env_start env_end exit_code */
	seq_printf(m, " %lu %lu %lu %lu %lu %lu %lu %d\n", mm ? mm->start_code : 0,
		   mm ? mm->start_brk : 0, mm ? mm->start_brk : 0, mm ? mm->arg_start : 0,
		   mm ? mm->arg_end : 0, mm ? mm->env_start : 0, mm ? mm->env_end : 0,
		   task->state == EXIT_ZOMBIE ? task->exit_code : 0);
	return 0;
}

static int nr_fds(struct task_struct *task)
{
	return task->files ? NR_OPEN : 0;
}

static void task_mem(struct seq_file *m, struct mm_struct *mm)
{
	unsigned long size = task_vsize(mm) >> 10, rss = task_rss(mm) << (PAGE_SHIFT - 10);
	unsigned long stack = 0;
	struct vm_area_struct *vma;

	for (vma = mm->mmap; vma; vma = vma->vm_next)
		if (vma->vm_flags & VM_GROWSDOWN)
			stack += (vma->vm_end - vma->vm_start) >> 10;
	seq_printf(m, "VmPeak:\t%8lu kB\nVmSize:\t%8lu kB\nVmLck:\t%8lu kB\nVmPin:\t%8lu kB\n",
		   get_mm_hiwater_vm(mm) << (PAGE_SHIFT - 10), size, locked_vm(mm) << (PAGE_SHIFT - 10), 0UL);
	seq_printf(m, "VmHWM:\t%8lu kB\nVmRSS:\t%8lu kB\nRssAnon:\t%8lu kB\n"
		   "RssFile:\t%8lu kB\nRssShmem:\t%8lu kB\n",
		   get_mm_hiwater_rss(mm) << (PAGE_SHIFT - 10), rss, rss, 0UL, 0UL);
	seq_printf(m, "VmData:\t%8lu kB\nVmStk:\t%8lu kB\nVmExe:\t%8lu kB\nVmLib:\t%8lu kB\n",
		   data_vm(mm) << (PAGE_SHIFT - 10), stack, (mm->start_brk - mm->start_code) >> 10, 0UL);
	seq_printf(m, "VmPTE:\t%8lu kB\nVmPMD:\t%8lu kB\nVmSwap:\t%8lu kB\n"
		   "HugetlbPages:\t%8lu kB\n", 0UL, 0UL, 0UL, 0UL);
}

int proc_pid_status(struct seq_file *m, struct task_struct *task)
{
	sigset_t ign, catch;

	seq_printf(m, "Name:\t%s\n", task->comm);
	if (task->fs)
		seq_printf(m, "Umask:\t%#04o\n", task->fs->umask);
	seq_printf(m, "State:\t%s\nTgid:\t%d\nNgid:\t0\nPid:\t%d\nPPid:\t%d\nTracerPid:\t%d\n",
		   task_state_name(task), task->tgid, task->pid, task_ppid(task),
		   task->tracer ? task->tracer->tgid : 0);
	seq_printf(m, "Uid:\t%u\t%u\t%u\t%u\nGid:\t%u\t%u\t%u\t%u\nFDSize:\t%d\nGroups:\t\n",
		   task->cred.uid, task->cred.euid, task->cred.suid, task->cred.fsuid,
		   task->cred.gid, task->cred.egid, task->cred.sgid, task->cred.fsgid, nr_fds(task));
	seq_printf(m, "NStgid:\t%d\nNSpid:\t%d\nNSpgid:\t%d\nNSsid:\t0\n",
		   task->tgid, task->pid, task->group_leader->pgrp);
	if (task->mm)
		task_mem(m, task->mm);
	task_sig_actions(task, &ign, &catch);
	seq_printf(m, "Threads:\t%d\nSigQ:\t%d/%d\n", nr_threads_of(task), task->nr_queued,
		   SIGQUEUE_MAX);
	seq_printf(m, "SigPnd:\t%016lx\nShdPnd:\t%016lx\nSigBlk:\t%016lx\n"
		   "SigIgn:\t%016lx\nSigCgt:\t%016lx\n", task->pending, 0UL, task->blocked,
		   ign, catch);
	seq_printf(m, "CapInh:\t%016llx\nCapPrm:\t%016llx\nCapEff:\t%016llx\n"
		   "CapBnd:\t%016llx\nCapAmb:\t%016llx\n", task->cred.cap_inheritable, task->cred.cap_permitted,
		   task->cred.cap_effective, CAP_FULL_SET, 0ULL);
	seq_printf(m, "Seccomp:\t0\nCpus_allowed:\t1\nCpus_allowed_list:\t0\n"
		   "Mems_allowed:\t1\nMems_allowed_list:\t0\n"
		   "voluntary_ctxt_switches:\t%lu\nnonvoluntary_ctxt_switches:\t%lu\n",
		   task->nvcsw, task->nivcsw);
	return 0;
}
