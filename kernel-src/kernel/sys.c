/*
 * sys.c - miscellaneous system calls: who am I (pids, ids), the system's
 * name (uname, sethostname), umask, process groups, resource queries.
 * New small system calls go here too - see the end of the file.
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/sched.h>
#include <linux/time.h>
#include <linux/utsname.h>
#include <linux/syscalls.h>
#include <linux/gfp.h>
#include <asm/setup.h>

SYSCALL_DEFINE0(getpid)
{
	return current->tgid;
}

SYSCALL_DEFINE0(gettid)
{
	return current->pid;
}

SYSCALL_DEFINE0(getppid)
{
	return current->parent ? current->parent->pid : 0;
}

/* Everyone is root. */
SYSCALL_DEFINE0(getuid)
{
	return 0;
}

SYSCALL_DEFINE0(geteuid)
{
	return 0;
}

SYSCALL_DEFINE0(getgid)
{
	return 0;
}

SYSCALL_DEFINE0(getegid)
{
	return 0;
}

SYSCALL_DEFINE1(setuid, uid_t, uid)
{
	return uid == 0 ? 0 : -EPERM;
}

SYSCALL_DEFINE1(setgid, gid_t, gid)
{
	return gid == 0 ? 0 : -EPERM;
}

/* -1 keeps an id; root may only stay root (there are no other users). */
SYSCALL_DEFINE2(setreuid, uid_t, ruid, uid_t, euid)
{
	return (ruid == 0 || ruid == (uid_t)-1) && (euid == 0 || euid == (uid_t)-1) ? 0 : -EPERM;
}

SYSCALL_DEFINE2(setregid, gid_t, rgid, gid_t, egid)
{
	return (rgid == 0 || rgid == (gid_t)-1) && (egid == 0 || egid == (gid_t)-1) ? 0 : -EPERM;
}

/* No supplementary groups: root's only group is its own. */
SYSCALL_DEFINE2(getgroups, int, gidsetsize, gid_t __user *, grouplist)
{
	return gidsetsize < 0 ? -EINVAL : 0;
}

SYSCALL_DEFINE2(setgroups, int, gidsetsize, gid_t __user *, grouplist)
{
	gid_t g;
	int i;

	if (gidsetsize < 0 || gidsetsize > 65536)
		return -EINVAL;
	for (i = 0; i < gidsetsize; i++) {
		if (get_user(g, grouplist + i))
			return -EFAULT;
		if (g != 0)
			return -EPERM;
	}
	return 0;
}

#define PRIO_PROCESS	0
#define PRIO_PGRP	1
#define PRIO_USER	2

/*
 * Nice values, per process (every thread of it), -20..19.  The scheduler is
 * round-robin and does not look at them; they are kept and reported.
 * getpriority answers 20 - nice, so that a success is never negative.
 */
static int priority_matches(struct task_struct *p, int which, int who)
{
	if (!p || p->group_leader != p || p->state == EXIT_ZOMBIE || p->state == EXIT_DEAD)
		return 0;
	switch (which) {
	case PRIO_PROCESS: return p->tgid == (who ? who : current->tgid);
	case PRIO_PGRP: return p->pgrp == (who ? who : current->pgrp);
	default: return who == 0;	/* PRIO_USER: everyone is root (uid 0) */
	}
}

/* Of several processes, the highest priority (the lowest nice value) is the answer. */
SYSCALL_DEFINE2(getpriority, int, which, int, who)
{
	int i, found = 0, nice = 19;

	if (which < PRIO_PROCESS || which > PRIO_USER)
		return -EINVAL;
	for (i = 0; i < NR_TASKS; i++) {
		if (priority_matches(task[i], which, who)) {
			found = 1;
			if (task[i]->nice < nice)
				nice = task[i]->nice;
		}
	}
	return found ? 20 - nice : -ESRCH;
}

SYSCALL_DEFINE3(setpriority, int, which, int, who, int, niceval)
{
	int i, found = 0;

	if (which < PRIO_PROCESS || which > PRIO_USER)
		return -EINVAL;
	if (niceval < -20)
		niceval = -20;
	if (niceval > 19)
		niceval = 19;
	for (i = 0; i < NR_TASKS; i++) {
		if (priority_matches(task[i], which, who)) {
			task[i]->nice = niceval;
			found = 1;
		}
	}
	return found ? 0 : -ESRCH;
}

SYSCALL_DEFINE1(umask, int, mask)
{
	int old = current->fs->umask;

	current->fs->umask = mask & 0777;
	return old;
}

SYSCALL_DEFINE1(newuname, struct new_utsname __user *, name)
{
	if (copy_to_user(name, utsname(), sizeof(*name)))
		return -EFAULT;
	return 0;
}

SYSCALL_DEFINE2(sethostname, char __user *, name, int, len)
{
	char tmp[__NEW_UTS_LEN];

	if (len < 0 || len > __NEW_UTS_LEN)
		return -EINVAL;
	if (copy_from_user(tmp, name, len))
		return -EFAULT;
	memcpy(utsname()->nodename, tmp, len);
	memset(utsname()->nodename + len, 0, sizeof(utsname()->nodename) - len);
	return 0;
}

SYSCALL_DEFINE2(setdomainname, char __user *, name, int, len)
{
	char tmp[__NEW_UTS_LEN];

	if (len < 0 || len > __NEW_UTS_LEN)
		return -EINVAL;
	if (copy_from_user(tmp, name, len))
		return -EFAULT;
	memcpy(utsname()->domainname, tmp, len);
	memset(utsname()->domainname + len, 0, sizeof(utsname()->domainname) - len);
	return 0;
}

SYSCALL_DEFINE2(setpgid, pid_t, pid, pid_t, pgid)
{
	struct task_struct *p = pid ? find_task_by_pid(pid) : current;

	if (!p)
		return -ESRCH;
	if (pgid < 0)
		return -EINVAL;
	p->pgrp = pgid ? pgid : p->pid;
	return 0;
}

SYSCALL_DEFINE1(getpgid, pid_t, pid)
{
	struct task_struct *p = pid ? find_task_by_pid(pid) : current;

	return p ? p->pgrp : -ESRCH;
}

SYSCALL_DEFINE0(getpgrp)
{
	return current->pgrp;
}

SYSCALL_DEFINE0(setsid)
{
	current->pgrp = current->pid;
	return current->pid;
}

SYSCALL_DEFINE1(getsid, pid_t, pid)
{
	return 1;
}

struct rlimit64 {
	u64 rlim_cur, rlim_max;
};

/* No limits are enforced; report "unlimited" (the stack: 8 MiB). */
SYSCALL_DEFINE2(getrlimit, unsigned int, resource, struct rlimit64 __user *, rlim)
{
	struct rlimit64 r = { ~0ULL, ~0ULL };

	if (resource == 3)	/* RLIMIT_STACK */
		r.rlim_cur = 8 << 20;
	return copy_to_user(rlim, &r, sizeof(r)) ? -EFAULT : 0;
}

SYSCALL_DEFINE4(prlimit64, pid_t, pid, unsigned int, resource,
		const struct rlimit64 __user *, new_rlim, struct rlimit64 __user *, old_rlim)
{
	if (old_rlim)
		return sys_getrlimit(resource, old_rlim);
	return 0;
}

#define RUSAGE_SELF	0
#define RUSAGE_CHILDREN	(-1)
#define RUSAGE_THREAD	1

/*
 * struct rusage.  put_rusage leaves ru_majflt, ru_inblock and ru_oublock 0,
 * which is what Linux reports for programs on ramfs or tmpfs: a fault is
 * major only when it waits for a device to read the page, and ours come from
 * memory or the page cache; ramfs reads and writes no blocks to count.  The
 * other zeros (ru_ixrss, ru_idrss, ru_isrss, ru_nswap, ru_msgsnd, ru_msgrcv,
 * ru_nsignals) Linux never fills in either.
 */
struct rusage_fields {
	struct timeval ru_utime;
	struct timeval ru_stime;
	long ru_maxrss, ru_ixrss, ru_idrss, ru_isrss;
	long ru_minflt, ru_majflt, ru_nswap, ru_inblock, ru_oublock;
	long ru_msgsnd, ru_msgrcv, ru_nsignals, ru_nvcsw, ru_nivcsw;
};

static struct timeval ns_to_timeval(u64 ns)
{
	struct timeval tv;

	tv.tv_sec = (time_t)(ns / NSEC_PER_SEC);
	tv.tv_usec = (long)(ns % NSEC_PER_SEC / NSEC_PER_USEC);
	return tv;
}

int put_rusage(const struct task_usage *times, void __user *ru)
{
	struct rusage_fields r;

	memset(&r, 0, sizeof(r));
	r.ru_utime = ns_to_timeval(times->utime);
	r.ru_stime = ns_to_timeval(times->stime);
	r.ru_minflt = (long)times->min_flt;
	r.ru_nvcsw = (long)times->nvcsw;
	r.ru_nivcsw = (long)times->nivcsw;
	r.ru_maxrss = (long)(times->maxrss << (PAGE_SHIFT - 10));	/* in KiB */
	return copy_to_user(ru, &r, sizeof(r)) ? -EFAULT : 0;
}

SYSCALL_DEFINE2(getrusage, int, who, void __user *, ru)
{
	struct task_usage times;

	switch (who) {
	case RUSAGE_SELF:
		process_usage(current->group_leader, &times);
		break;
	case RUSAGE_CHILDREN:
		times = current->group_leader->children;
		break;
	case RUSAGE_THREAD:
		thread_usage(current, &times);
		break;
	default:
		return -EINVAL;
	}
	return put_rusage(&times, ru);
}

SYSCALL_DEFINE5(prctl, int, option, unsigned long, arg2, unsigned long, arg3,
		unsigned long, arg4, unsigned long, arg5)
{
	if (option == 15) {	/* PR_SET_NAME */
		char name[TASK_COMM_LEN];
		long n = strncpy_from_user(name, (const char __user *)arg2, sizeof(name) - 1);

		if (n < 0)
			return -EFAULT;
		name[n] = '\0';
		memcpy(current->comm, name, sizeof(name));
		return 0;
	}
	if (option == 16)	/* PR_GET_NAME */
		return copy_to_user((char __user *)arg2, current->comm, TASK_COMM_LEN) ? -EFAULT : 0;
	return -EINVAL;
}

struct sysinfo {
	long uptime;
	unsigned long loads[3];
	unsigned long totalram, freeram, sharedram, bufferram, totalswap, freeswap;
	unsigned short procs, pad;
	unsigned long totalhigh, freehigh;
	unsigned int mem_unit;
	char _f[4];
};

SYSCALL_DEFINE1(sysinfo, struct sysinfo __user *, info)
{
	struct sysinfo val;
	int i;

	memset(&val, 0, sizeof(val));
	val.uptime = (long)(local_clock() / 1000000000);
	val.totalram = boot_params.ram_size;
	val.freeram = nr_free_pages() << PAGE_SHIFT;
	for (i = 0; i < NR_TASKS; i++)
		if (task[i])
			val.procs++;
	val.mem_unit = 1;
	return copy_to_user(info, &val, sizeof(val)) ? -EFAULT : 0;
}

/* Not random at all: the emulator is deterministic, and so is this. */
SYSCALL_DEFINE3(getrandom, char __user *, buf, size_t, count, unsigned int, flags)
{
	static unsigned long state = 0x2545f4914f6cdd1dUL;
	size_t i;

	for (i = 0; i < count; i++) {
		state ^= state << 13;
		state ^= state >> 7;
		state ^= state << 17;
		if (put_user((char)state, buf + i))
			return -EFAULT;
	}
	return count;
}

SYSCALL_DEFINE1(stephen, char *, msg)
{
  char buf[256];
  long copied = strncpy_from_user(buf, msg, sizeof(buf));
  if (copied < 0 || copied == sizeof(buf))
    return -EFAULT;
  printk(KERN_INFO "stephen syscall called with \"%s\"\n", buf);
  return 0;
}
