/*
 * ptrace.c - process tracing, as Linux 4.7's kernel/ptrace.c.
 *
 * A tracer attaches to a task (PTRACE_ATTACH, PTRACE_SEIZE) or a child asks
 * its parent to trace it (PTRACE_TRACEME).  From then on the tracee stops
 * (TASK_TRACED) before any signal is delivered, and wherever the tracer asked
 * for it: system-call entry and exit (PTRACE_SYSCALL), fork, exec and exit
 * events (PTRACE_SETOPTIONS).  The stop's report goes into the tracee's
 * exit_code, which the tracer's wait4 returns as a WIFSTOPPED status once.
 * While the tracee is stopped the tracer reads and writes its memory and
 * registers; PTRACE_CONT and friends resume it, naming the signal it gets.
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/signal.h>
#include <linux/ptrace.h>
#include <linux/syscalls.h>
#include <asm/uaccess.h>

static int valid_signal(unsigned long sig)
{
	return sig <= _NSIG;
}

/*
 * Tell the tracer its tracee stopped: SIGCHLD with CLD_TRAPPED (unless it
 * ignores SIGCHLD or asked for SA_NOCLDSTOP), and a wake-up for its wait4,
 * as Linux's do_notify_parent_cldstop.
 */
static void notify_tracer(struct task_struct *tsk)
{
	struct task_struct *tracer = tsk->tracer;
	struct ksiginfo info = { SIGCHLD, CLD_TRAPPED, tsk->pid, 0, tsk->exit_code & 0x7f, 0 };
	struct sigaction *sa = &tracer->sighand->action[SIGCHLD - 1].sa;

	if (sa->sa_handler != SIG_IGN && !(sa->sa_flags & SA_NOCLDSTOP))
		group_send_sig_info(SIGCHLD, &info, tracer->group_leader);
	wake_up(tracer->group_leader);		/* wait4 sleeps on its process's leader */
}

/*
 * Stop for the tracer with exit_code as the report (wait's status >> 8); info
 * says why, for PTRACE_GETSIGINFO.  Returns when the tracer resumes us, detaches,
 * exits, or SIGKILL comes.  A task about to die does not stop.
 */
void ptrace_stop(int exit_code, struct ksiginfo *info)
{
	if (!current->ptrace || (current->pending & sigmask(SIGKILL)))
		return;
	current->last_siginfo = info;
	current->exit_code = exit_code;
	current->state = TASK_TRACED;
	notify_tracer(current);
	while (current->state == TASK_TRACED)
		schedule();
	current->last_siginfo = NULL;
	/* The tracer may have put a non-canonical rip in our registers: IRET would fault. */
	if (current_pt_regs()->ip >= TASK_SIZE_MAX)
		force_sig(SIGSEGV, current);
}

/* A SIGTRAP stop that is no signal: a system call or a ptrace event. */
void ptrace_notify(int exit_code)
{
	struct ksiginfo info = { SIGTRAP, exit_code, current->pid, 0, 0, 0 };

	ptrace_stop(exit_code, &info);
}

/*
 * A fork, exec or exit the tracer asked to see: stop with (event << 8) | SIGTRAP
 * and leave message for PTRACE_GETEVENTMSG.  An exec the tracer did not ask
 * about is still reported the old way, as a SIGTRAP (not to PTRACE_SEIZE's).
 */
void ptrace_event(int event, unsigned long message)
{
	if (ptrace_event_enabled(current, event)) {
		current->ptrace_message = message;
		ptrace_notify((event << 8) | SIGTRAP);
	} else if (event == PTRACE_EVENT_EXEC && (current->ptrace & (PT_PTRACED | PT_SEIZED)) == PT_PTRACED) {
		send_sig(SIGTRAP, current);
	}
}

/* SIGSTOP as the kernel sends it at attach: SI_USER from nobody (Linux's SEND_SIG_FORCED). */
static void send_attach_stop(struct task_struct *child)
{
	struct ksiginfo info = { SIGSTOP, SI_USER, 0, 0, 0, 0 };

	send_sig_info(SIGSTOP, &info, child);
}

/*
 * A new child of a tracee whose tracer follows forks (event: PTRACE_EVENT_FORK,
 * _VFORK or _CLONE, or 0): it is traced by the same tracer from its first
 * instruction, and starts with a stop of its own.
 */
void ptrace_init_task(struct task_struct *child, int event)
{
	if (!event || !ptrace_event_enabled(current, event))
		return;
	child->ptrace = current->ptrace & ~(PT_SYSCALL_TRACE | PT_SINGLESTEP);
	child->tracer = current->tracer;
	task_pt_regs(child)->flags &= ~X86_EFLAGS_TF;
	if (child->ptrace & PT_SEIZED)
		child->jobctl |= JOBCTL_TRAP_STOP;
	else
		send_attach_stop(child);
}

/*
 * Stop tracing child; a stopped child runs again (with the signal in its exit_code).
 * A process that ended while traced by another is now its parent's to hear of.
 */
void ptrace_unlink(struct task_struct *child)
{
	int over = ptrace_reparented(child) && child->state == EXIT_ZOMBIE && thread_group_empty(child);

	user_disable_single_step(child);
	child->ptrace = 0;
	child->tracer = NULL;
	child->jobctl &= ~JOBCTL_TRAP_STOP;
	if (child->state == TASK_TRACED)
		child->state = TASK_RUNNING;
	if (over && child->parent)
		do_notify_parent(child, child->parent);
}

/* The tracer is exiting: its tracees go free, or die if they asked (PTRACE_O_EXITKILL). */
void exit_ptrace(struct task_struct *tracer)
{
	int i;

	for (i = 0; i < NR_TASKS; i++) {
		struct task_struct *p = task[i];

		if (!p || p->tracer != tracer)
			continue;
		if (p->ptrace & PT_EXITKILL)
			send_sig(SIGKILL, p);
		ptrace_unlink(p);
	}
}

/* wait4's report of a stopped tracee ((exit_code << 8) | 0x7f), given once; 0: none. */
int ptrace_wait_status(struct task_struct *p)
{
	int status;

	if (p->state != TASK_TRACED || !p->exit_code)
		return 0;
	status = (p->exit_code << 8) | 0x7f;
	p->exit_code = 0;
	return status;
}

/*
 * A system-call stop: SIGTRAP, | 0x80 with PTRACE_O_TRACESYSGOOD.  A signal the
 * tracer resumes us with is sent, as Linux's tracehook does.
 */
static void ptrace_report_syscall(void)
{
	ptrace_notify(SIGTRAP | ((current->ptrace & PT_TRACESYSGOOD) ? 0x80 : 0));
	if (current->exit_code) {
		struct ksiginfo info = { current->exit_code, SI_KERNEL, 0, 0, 0, 0 };

		send_sig_info(current->exit_code, &info, current);
		current->exit_code = 0;
	}
}

/*
 * Before a traced system call runs: the tracer sees rax = -ENOSYS and the number in
 * orig_rax, and may change both and the arguments.  Returns the number to run;
 * -1 (none: rax stays what the tracer left) when SIGKILL came meanwhile.
 */
long ptrace_report_syscall_entry(struct pt_regs *regs)
{
	ptrace_report_syscall();
	if (current->pending & sigmask(SIGKILL))
		return -1;
	return (long)regs->orig_ax;
}

/* After it ran: the tracer sees (and may change) the result; a single-step reports it as a step. */
void ptrace_report_syscall_exit(struct pt_regs *regs)
{
	if (current->ptrace & PT_SINGLESTEP) {
		force_sig_fault(SIGTRAP, TRAP_BRKPT, regs->ip, current);
		return;
	}
	ptrace_report_syscall();
}

static int ptrace_traceme(void)
{
	struct task_struct *parent = current->parent;

	if (current->ptrace || !parent)
		return -EPERM;
	current->ptrace = PT_PTRACED;
	current->tracer = parent;
	return 0;
}

/* PTRACE_ATTACH (the tracee gets SIGSTOP) and PTRACE_SEIZE (options in data, no stop). */
static int ptrace_attach(struct task_struct *child, long request, unsigned long addr, unsigned long data)
{
	unsigned int flags = PT_PTRACED;

	if (request == PTRACE_SEIZE) {
		if (addr || (data & ~(unsigned long)PTRACE_O_MASK))
			return -EIO;
		flags |= PT_SEIZED | (unsigned int)(data << PT_OPT_FLAG_SHIFT);
	}
	/* Kernel threads have nothing to trace; nor may a process trace itself. */
	if (!child->mm || child->tgid == current->tgid || child->ptrace)
		return -EPERM;
	child->ptrace = flags;
	child->tracer = current;
	if (request == PTRACE_ATTACH)
		send_attach_stop(child);
	return 0;
}

/* Is child traced by us, and (unless ignore_state) stopped for us?  Else ESRCH, as Linux. */
static int ptrace_check_attach(struct task_struct *child, int ignore_state)
{
	if (!child->ptrace || child->tracer != current)
		return -ESRCH;
	if (!ignore_state && child->state != TASK_TRACED)
		return -ESRCH;
	return 0;
}

static int ptrace_setoptions(struct task_struct *child, unsigned long data)
{
	unsigned int flags;

	/* PTRACE_O_SUSPEND_SECCOMP needs seccomp, which this kernel does not have. */
	if (data & ~(unsigned long)PTRACE_O_MASK || (data & PTRACE_O_SUSPEND_SECCOMP))
		return -EINVAL;
	flags = child->ptrace & ~(PTRACE_O_MASK << PT_OPT_FLAG_SHIFT);
	child->ptrace = flags | (unsigned int)(data << PT_OPT_FLAG_SHIFT);
	return 0;
}

static int ptrace_getsiginfo(struct task_struct *child, struct user_siginfo __user *uinfo)
{
	struct user_siginfo out;

	if (!child->last_siginfo)
		return -EINVAL;
	fill_user_siginfo(&out, child->last_siginfo);
	return copy_to_user(uinfo, &out, sizeof(out)) ? -EFAULT : 0;
}

static int ptrace_setsiginfo(struct task_struct *child, const struct user_siginfo __user *uinfo)
{
	struct user_siginfo in;
	struct ksiginfo *info = child->last_siginfo;

	if (copy_from_user(&in, uinfo, sizeof(in)))
		return -EFAULT;
	if (!info)
		return -EINVAL;
	info->signo = in.si_signo;
	info->code = in.si_code;
	info->pid = in.si_pid;
	info->uid = in.si_uid;
	info->value = in.si_value;
	return 0;
}

/* PTRACE_CONT, _SYSCALL, _SINGLESTEP, _KILL: run again, with signal data. */
static int ptrace_resume(struct task_struct *child, long request, unsigned long data)
{
	if (!valid_signal(data))
		return -EIO;
	if (request == PTRACE_SYSCALL)
		child->ptrace |= PT_SYSCALL_TRACE;
	else
		child->ptrace &= ~PT_SYSCALL_TRACE;
	if (request == PTRACE_SINGLESTEP)
		user_enable_single_step(child);
	else
		user_disable_single_step(child);
	child->exit_code = (int)data;
	if (child->state == TASK_TRACED)
		child->state = TASK_RUNNING;
	return 0;
}

static int ptrace_detach(struct task_struct *child, unsigned long data)
{
	if (!valid_signal(data))
		return -EIO;
	child->exit_code = (int)data;
	ptrace_unlink(child);
	return 0;
}

/* PTRACE_INTERRUPT: a seized tracee stops (PTRACE_EVENT_STOP) at its next chance. */
static int ptrace_interrupt(struct task_struct *child)
{
	if (!(child->ptrace & PT_SEIZED))
		return -EIO;
	child->jobctl |= JOBCTL_TRAP_STOP;
	wake_up_process(child);		/* out of a sleep: the system call restarts after the stop */
	return 0;
}

static int ptrace_peekdata(struct task_struct *child, unsigned long addr, unsigned long __user *datap)
{
	unsigned long word;

	if (access_process_vm(child, addr, &word, sizeof(word), 0) != sizeof(word))
		return -EIO;
	return put_user(word, datap);
}

static int ptrace_pokedata(struct task_struct *child, unsigned long addr, unsigned long data)
{
	return access_process_vm(child, addr, &data, sizeof(data), 1) == sizeof(data) ? 0 : -EIO;
}

/* The requests every architecture shares (arch_ptrace passes them on). */
long ptrace_request(struct task_struct *child, long request, unsigned long addr, unsigned long data)
{
	switch (request) {
	case PTRACE_PEEKTEXT:
	case PTRACE_PEEKDATA:
		return ptrace_peekdata(child, addr, (unsigned long __user *)data);
	case PTRACE_POKETEXT:
	case PTRACE_POKEDATA:
		return ptrace_pokedata(child, addr, data);
	case PTRACE_SETOPTIONS:
		return ptrace_setoptions(child, data);
	case PTRACE_GETEVENTMSG:
		return put_user(child->ptrace_message, (unsigned long __user *)data);
	case PTRACE_GETSIGINFO:
		return ptrace_getsiginfo(child, (struct user_siginfo __user *)data);
	case PTRACE_SETSIGINFO:
		return ptrace_setsiginfo(child, (const struct user_siginfo __user *)data);
	case PTRACE_INTERRUPT:
		return ptrace_interrupt(child);
	case PTRACE_DETACH:
		return ptrace_detach(child, data);
	case PTRACE_CONT:
	case PTRACE_SYSCALL:
	case PTRACE_SINGLESTEP:
		return ptrace_resume(child, request, data);
	case PTRACE_KILL:
		return ptrace_resume(child, request, SIGKILL);
	default:
		return -EIO;
	}
}

SYSCALL_DEFINE4(ptrace, long, request, long, pid, unsigned long, addr, unsigned long, data)
{
	struct task_struct *child;
	int err;

	if (request == PTRACE_TRACEME)
		return ptrace_traceme();
	child = find_task_by_pid((pid_t)pid);
	if (!child)
		return -ESRCH;
	if (request == PTRACE_ATTACH || request == PTRACE_SEIZE)
		return ptrace_attach(child, request, addr, data);
	err = ptrace_check_attach(child, request == PTRACE_KILL || request == PTRACE_INTERRUPT);
	if (err)
		return err;
	return arch_ptrace(child, request, addr, data);
}
